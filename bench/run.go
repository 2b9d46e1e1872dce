package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/coophive/coophive/devnet"
	"github.com/coophive/coophive/runner"
)

// RunConfig is what Run measures.
type RunConfig struct {
	Jobs    int          // `coophive run` processes started at once
	Slots   uint32       // the jobs the devnet's RP runs at once (0: from the machine)
	Bin     string       // the coophive binary they run
	DataDir string       // the devnet's and every job's data dir go under it
	Stderr  io.Writer    // the detail: slots, each job's and docker run's time, failures
	Log     *slog.Logger // the devnet's nodes
}

// RunReport is what Run measured.
type RunReport struct {
	Jobs               int
	P50, P99           time.Duration   // a whole `coophive run`, exec to exit
	DockerP50          time.Duration   // `docker run --rm` of the module's image
	Times, DockerTimes []time.Duration // each job's, each docker run's
	Slots              string          // the devnet RP's slots, as it logged them
}

func (r RunReport) String() string {
	return fmt.Sprintf("run jobs=%d p50_s=%.2f p99_s=%.2f docker_p50_s=%.2f",
		r.Jobs, r.P50.Seconds(), r.P99.Seconds(), r.DockerP50.Seconds())
}

const (
	runModule      = "cowsay:v0.0.1"
	runBlockPeriod = time.Second
	// dockerTimeout bounds one `docker run` of cowsay (or `docker info`).
	dockerTimeout = time.Minute
	// jobTimeoutBase and jobTimeoutEach bound the jobs: they queue for the RP's slots.
	jobTimeoutBase = 3 * time.Minute
	jobTimeoutEach = 30 * time.Second
	// stopGrace is how long a job has to stop after an interrupt before it is killed.
	stopGrace = 15 * time.Second
)

// Run starts a devnet in this process (1 s blocks, one funded extra key per job), times
// cfg.Jobs `docker run --rm` of cowsay's image one after another, then starts cfg.Jobs
// `coophive run cowsay:v0.0.1` processes of cfg.Bin at once, each with its own key and data
// dir, and times each from exec to exit; each must exit 0 and print its cow. It writes the
// figures' line to w and the detail to cfg.Stderr. The devnet's RP runs as many jobs at once
// as it has slots; the others queue, and their wait is part of what is measured.
func Run(ctx context.Context, w io.Writer, cfg RunConfig) (RunReport, error) {
	rep := RunReport{Jobs: cfg.Jobs}
	if cfg.Jobs < 1 {
		return rep, fmt.Errorf("bench run: --jobs must be at least 1, not %d", cfg.Jobs)
	}
	if cfg.Bin == "" {
		return rep, errors.New("bench run: no coophive binary to run")
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	mod, err := runner.Lookup(runModule)
	if err != nil {
		return rep, err
	}
	if err := dockerAnswers(ctx); err != nil {
		return rep, err
	}

	slots := &slotsSeen{}
	t0 := time.Now()
	d, err := devnet.Start(ctx, devnet.Config{DataDir: filepath.Join(cfg.DataDir, "devnet"), HTTPPort: -1,
		BlockPeriod: runBlockPeriod, ExtraKeys: cfg.Jobs, RPCapacity: cfg.Slots, Logger: slog.New(slotsHandler{cfg.Log.Handler(), slots})})
	if err != nil {
		return rep, fmt.Errorf("bench run: devnet: %w", err)
	}
	defer d.Stop()
	rep.Slots = slots.get()
	fmt.Fprintf(cfg.Stderr, "run: devnet ready in %.2f s; block %s; RP slots=%s (jobs it runs at once; the rest queue)\n",
		time.Since(t0).Seconds(), runBlockPeriod, rep.Slots)
	keys, err := os.ReadFile(filepath.Join(cfg.DataDir, "devnet", devnet.KeysFile))
	if err != nil {
		return rep, fmt.Errorf("bench run: the devnet's extra keys: %w", err)
	}
	keyList := strings.Fields(string(keys))
	if len(keyList) < cfg.Jobs {
		return rep, fmt.Errorf("bench run: the devnet funded %d extra keys, not %d", len(keyList), cfg.Jobs)
	}

	for i := 0; i < cfg.Jobs; i++ {
		took, err := dockerRun(ctx, mod.Image, fmt.Sprint("docker ", i))
		if err != nil {
			return rep, err
		}
		rep.DockerTimes = append(rep.DockerTimes, took)
	}
	fmt.Fprintf(cfg.Stderr, "run: docker run --rm %s, %d in a row: %s\n", mod.Image, cfg.Jobs, seconds(rep.DockerTimes))

	env := os.Environ()
	for _, kv := range d.Env {
		env = append(env, kv[0]+"="+kv[1])
	}
	jobs := make([]jobResult, cfg.Jobs)
	jctx, cancel := context.WithTimeout(ctx, jobTimeoutBase+time.Duration(cfg.Jobs)*jobTimeoutEach)
	defer cancel()
	var wg sync.WaitGroup
	for i := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// exec's environment: the last of a name wins, so the job's own key
			jenv := append(env[:len(env):len(env)], "WEB3_PRIVATE_KEY="+keyList[i])
			jobs[i] = runJob(jctx, cfg.Bin, filepath.Join(cfg.DataDir, fmt.Sprint("job", i)), jenv, fmt.Sprint("bench run ", i))
		}()
	}
	wg.Wait()
	var failed []string
	for i, j := range jobs {
		if j.err != nil {
			failed = append(failed, fmt.Sprintf("job %d: %v", i, j.err))
			fmt.Fprintf(cfg.Stderr, "run: job %d failed after %.2f s: %v\n%s", i, j.took.Seconds(), j.err, j.stderr)
			continue
		}
		rep.Times = append(rep.Times, j.took)
	}
	if len(failed) > 0 {
		return rep, fmt.Errorf("bench run: %d of %d jobs failed; %s", len(failed), cfg.Jobs, failed[0])
	}
	fmt.Fprintf(cfg.Stderr, "run: %d x coophive run %s at once, exec to exit: %s\n", cfg.Jobs, runModule, seconds(rep.Times))
	rep.P50, rep.P99 = percentile(rep.Times, 50), percentile(rep.Times, 99)
	rep.DockerP50 = percentile(rep.DockerTimes, 50)
	fmt.Fprintln(w, rep)
	return rep, nil
}

type jobResult struct {
	took   time.Duration
	stderr string
	err    error
}

// runJob runs `bin run cowsay:v0.0.1 -i Message=msg` with env and times it from exec to exit.
func runJob(ctx context.Context, bin, dataDir string, env []string, msg string) jobResult {
	cmd := exec.CommandContext(ctx, bin, "run", runModule, "-i", "Message="+msg, "--data-dir", dataDir)
	cmd.Env = env
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) } // let the node stop
	cmd.WaitDelay = stopGrace
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	t0 := time.Now()
	err := cmd.Run()
	r := jobResult{took: time.Since(t0), stderr: errOut.String()}
	switch {
	case ctx.Err() != nil:
		r.err = fmt.Errorf("gave up after %.0f s: %w", r.took.Seconds(), ctx.Err())
	case err != nil:
		r.err = fmt.Errorf("%w: %s", err, lastLine(errOut.String()))
	case !strings.Contains(out.String(), msg):
		r.err = fmt.Errorf("exited 0 without the cow saying %q", msg)
	}
	return r
}

// dockerAnswers says, in one line, when no docker command or engine is there.
func dockerAnswers(ctx context.Context) error {
	if _, err := exec.LookPath("docker"); err != nil {
		return errors.New("bench run: no docker command on PATH (it times docker run; install docker.io)")
	}
	ctx, cancel := context.WithTimeout(ctx, dockerTimeout)
	defer cancel()
	if err := exec.CommandContext(ctx, "docker", "info").Run(); err != nil {
		return fmt.Errorf("bench run: %w", runner.ErrNoDocker)
	}
	return nil
}

// dockerRun times `docker run --rm image msg` (the image's entrypoint is cowsay) and checks
// it printed the cow.
func dockerRun(ctx context.Context, image, msg string) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, dockerTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", "run", "--rm", "--network", "none", image, msg)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	err := cmd.Run()
	took := time.Since(t0)
	if err != nil {
		return took, fmt.Errorf("bench run: docker run %s: %w: %s", image, err, lastLine(out.String()))
	}
	if !strings.Contains(out.String(), msg) {
		return took, fmt.Errorf("bench run: docker run %s printed no cow saying %q", image, msg)
	}
	return took, nil
}

// percentile is the p-th percentile of ds, as the other benchmarks take it (the element at
// len*p/100 of the sorted times).
func percentile(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, k int) bool { return s[i] < s[k] })
	return s[len(s)*p/100]
}

func seconds(ds []time.Duration) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = fmt.Sprintf("%.2f", d.Seconds())
	}
	return strings.Join(parts, " ") + " s"
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// slotsSeen keeps the slots the devnet's RP logged.
type slotsSeen struct {
	mu    sync.Mutex
	slots string
}

func (s *slotsSeen) get() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.slots == "" {
		return "unknown"
	}
	return s.slots
}

// slotsHandler passes records on to h as h's level allows, and keeps the slots of the RP's
// "offering the machine" record (node's provider logs it at start) whatever that level.
type slotsHandler struct {
	h    slog.Handler
	seen *slotsSeen
}

func (s slotsHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelInfo || s.h.Enabled(ctx, l)
}

func (s slotsHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "offering the machine" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "slots" {
				s.seen.mu.Lock()
				s.seen.slots = a.Value.String()
				s.seen.mu.Unlock()
			}
			return true
		})
	}
	if !s.h.Enabled(ctx, r.Level) {
		return nil
	}
	return s.h.Handle(ctx, r)
}

func (s slotsHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return slotsHandler{s.h.WithAttrs(as), s.seen}
}

func (s slotsHandler) WithGroup(name string) slog.Handler {
	return slotsHandler{s.h.WithGroup(name), s.seen}
}
