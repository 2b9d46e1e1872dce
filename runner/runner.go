package runner

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bacalhau-project/bacalhau/pkg/config/types"
	"github.com/bacalhau-project/bacalhau/pkg/executor"
	"github.com/bacalhau-project/bacalhau/pkg/executor/docker"
	"github.com/bacalhau-project/bacalhau/pkg/executor/wasm"
	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"
	"github.com/bacalhau-project/bacalhau/pkg/storage"
	"github.com/c2h5oh/datasize"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"

	"github.com/coophive/coophive/runner/archive"
	"github.com/coophive/coophive/runner/gpu"
)

// Config configures a Runner.
type Config struct {
	// WorkDir holds each execution's results directory while it runs.
	WorkDir string
	// BuildImages builds missing built-in module images at Start.
	BuildImages bool
	// NoDocker runs without a Docker engine: only wasm modules can run then.
	NoDocker bool
	// GPUs are the devices jobs may use (an RP's offered GPUs); a job asking for n GPUs gets
	// n free ones for its run, handed to Docker as device requests.
	GPUs   []gpu.GPU
	Logger *slog.Logger
}

// Result is a finished run.
type Result struct {
	ExitCode int
	Stdout   []byte
	Stderr   []byte
	Archive  []byte   // deterministic tar of stdout, stderr, exitCode, outputs/
	Hash     [32]byte // sha256 of Archive: the result hash
}

// Runner executes bacalhau jobs in-process with bacalhau's executors: docker (against a
// Docker engine) and wasm (wazero, needs nothing).
type Runner struct {
	cfg  Config
	log  *slog.Logger
	mu   sync.Mutex
	exec *docker.Executor // nil without Docker
	wasm *wasm.Executor
	gpus gpuPool
}

// New prepares a runner; Start connects to the Docker engine.
func New(cfg Config) *Runner {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Runner{cfg: cfg, log: cfg.Logger.With("component", "runner"), gpus: gpuPool{all: cfg.GPUs}}
}

// ErrNoDocker is returned when no Docker engine answers.
var ErrNoDocker = errors.New("no Docker engine answers (start one: scripts/start-docker.sh)")

var zerologOnce sync.Once

// Start connects bacalhau's docker executor to the engine (DOCKER_HOST or the default
// socket) unless NoDocker, starts the wasm executor, and, when configured, builds missing
// module images and wasm programs.
func (r *Runner) Start(ctx context.Context) error {
	zerologOnce.Do(func() { routeZerolog(r.cfg.Logger) })
	if err := os.MkdirAll(r.cfg.WorkDir, 0o755); err != nil {
		return fmt.Errorf("runner work dir: %w", err)
	}
	if err := r.startWasm(ctx); err != nil {
		if r.cfg.NoDocker {
			return err // nothing could run
		}
		r.log.Warn("wasm engine unavailable; running docker modules only", "err", err)
	}
	if r.cfg.NoDocker {
		return nil
	}
	ex, err := docker.NewExecutor(docker.ExecutorParams{ID: "coophive-" + randomID(4), Config: types.Docker{}})
	if err != nil {
		return fmt.Errorf("docker executor: %w", err)
	}
	if ok, _ := ex.IsInstalled(ctx); !ok {
		return ErrNoDocker
	}
	if r.cfg.BuildImages {
		if err := EnsureImages(ctx); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.exec = ex
	r.mu.Unlock()
	return nil
}

// startWasm starts the wasm executor once its programs are built (or were built before).
func (r *Runner) startWasm(ctx context.Context) error {
	wx, err := wasm.NewExecutor()
	if err != nil {
		return fmt.Errorf("wasm executor: %w", err)
	}
	if r.cfg.BuildImages {
		if err := ensureWasm(ctx, r.wasmDir()); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.wasm = wx
	r.mu.Unlock()
	return nil
}

// Engines lists the engines this runner can run.
func (r *Runner) Engines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	if r.exec != nil {
		out = append(out, EngineDocker)
	}
	if r.wasm != nil {
		out = append(out, EngineWasm)
	}
	return out
}

// Ready checks that the runner can run what it could at Start: the Docker engine still
// answers (a ping; nothing to check for wasm only). ctx bounds the ping.
func (r *Runner) Ready(ctx context.Context) error {
	r.mu.Lock()
	ex := r.exec
	r.mu.Unlock()
	if ex == nil {
		return nil
	}
	if ok, _ := ex.IsInstalled(ctx); !ok {
		return ErrNoDocker
	}
	return nil
}

func (r *Runner) wasmDir() string { return filepath.Join(r.cfg.WorkDir, "wasm") }

// Stop removes any containers the executor left.
func (r *Runner) Stop() error {
	r.mu.Lock()
	ex := r.exec
	r.exec = nil
	r.mu.Unlock()
	if ex == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return ex.Shutdown(ctx)
}

// Run executes the job and packs its results. A job that ran and failed (non-zero exit) is
// a Result, not an error; an error means the job could not be run at all.
func (r *Runner) Run(ctx context.Context, job *bacmodels.Job) (*Result, error) {
	task := job.Task()
	ex, inputs, err := r.executorFor(task)
	if err != nil {
		return nil, err
	}
	res, release, err := r.resources(task)
	if err != nil {
		return nil, err
	}
	defer release()
	execID := job.ID + "-" + randomID(4)
	dir := filepath.Join(r.cfg.WorkDir, execID)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("results dir: %w", err)
	}
	defer os.RemoveAll(dir)
	if t := task.Timeouts.GetExecutionTimeout(); t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}
	req := &executor.RunCommandRequest{
		JobID: job.ID, ExecutionID: execID, Resources: res, Network: task.Network,
		Outputs: task.ResultPaths, Inputs: inputs, ResultsDir: dir, EngineParams: task.Engine, Env: map[string]string{},
		OutputLimits: executor.OutputLimits{
			MaxStdoutFileLength: 16 * datasize.MB, MaxStdoutReturnLength: 16 * datasize.MB,
			MaxStderrFileLength: 16 * datasize.MB, MaxStderrReturnLength: 16 * datasize.MB,
		},
	}
	r.log.Info("running job", "job", job.ID, "module", job.Name, "engine", task.Engine.Type)
	out, err := ex.Run(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", job.Name, err)
	}
	if out.ErrorMsg != "" && out.ExitCode == 0 {
		out.ExitCode = -1
	}
	// A killed container (e.g. over its memory limit) leaves no exitCode file: record ours.
	if _, err := os.Stat(filepath.Join(dir, archive.FileExitCode)); errors.Is(err, os.ErrNotExist) {
		_ = os.WriteFile(filepath.Join(dir, archive.FileExitCode), []byte(strconv.Itoa(out.ExitCode)), 0o644)
		if out.ErrorMsg != "" {
			_ = os.WriteFile(filepath.Join(dir, archive.FileStderr), []byte(out.STDERR+out.ErrorMsg+"\n"), 0o644)
		}
	}
	result, err := packResult(dir)
	if err != nil {
		return nil, err
	}
	r.log.Info("job finished", "job", job.ID, "exit", result.ExitCode, "archive_bytes", len(result.Archive))
	return result, nil
}

// packResult packs a results directory (stdout, stderr, exitCode, outputs/) into the
// deterministic archive and reads the run's outcome back from it.
func packResult(dir string) (*Result, error) {
	packed, hash, err := archive.Pack(dir)
	if err != nil {
		return nil, err
	}
	files, err := archive.Unpack(packed)
	if err != nil {
		return nil, err
	}
	return &Result{ExitCode: archive.ExitCodeOf(files), Stdout: files[archive.FileStdout], Stderr: files[archive.FileStderr],
		Archive: packed, Hash: hash}, nil
}

// resources are the task's resources with the GPUs it asks for taken from the pool (an
// executor hands the devices to the container only when they are listed); release returns them.
func (r *Runner) resources(task *bacmodels.Task) (*bacmodels.Resources, func(), error) {
	res, err := task.ResourcesConfig.ToResources()
	if err != nil {
		return nil, nil, fmt.Errorf("job resources: %w", err)
	}
	if res.GPU == 0 {
		return res, func() {}, nil
	}
	gpus, release, err := r.gpus.take(int(res.GPU))
	if err != nil {
		return nil, nil, err
	}
	res.GPUs = gpus
	return res, release, nil
}

// ErrNoGPU is returned for a job that asks for more GPUs than are free.
var ErrNoGPU = errors.New("not enough free GPUs")

// gpuPool hands a runner's GPUs to one job at a time each.
type gpuPool struct {
	mu   sync.Mutex
	all  []gpu.GPU
	busy map[int]bool // by index
}

func (p *gpuPool) take(n int) ([]bacmodels.GPU, func(), error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.busy == nil {
		p.busy = map[int]bool{}
	}
	var out []bacmodels.GPU
	for _, g := range p.all {
		if len(out) < n && !p.busy[g.Index] {
			out = append(out, bacmodels.GPU{Index: uint64(g.Index), Name: g.Model, Vendor: bacmodels.GPUVendor(g.Vendor), Memory: g.VRAMMiB})
		}
	}
	if len(out) < n {
		return nil, nil, fmt.Errorf("%w: the job needs %d, %d of %d free", ErrNoGPU, n, len(out), len(p.all))
	}
	for _, g := range out {
		p.busy[int(g.Index)] = true
	}
	return out, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, g := range out {
			delete(p.busy, int(g.Index))
		}
	}, nil
}

// ErrNoEngine is returned for a job whose engine this runner lacks.
var ErrNoEngine = errors.New("engine not available on this node")

// executorFor picks the executor of the task's engine and prepares its inputs (a wasm
// task's program, from the runner's wasm dir).
func (r *Runner) executorFor(task *bacmodels.Task) (executor.Executor, []storage.PreparedStorage, error) {
	r.mu.Lock()
	dx, wx := r.exec, r.wasm
	r.mu.Unlock()
	switch task.Engine.Type {
	case bacmodels.EngineDocker:
		if dx == nil {
			return nil, nil, fmt.Errorf("%w: docker", ErrNoEngine)
		}
		inputs, err := r.mounts(task)
		return dx, inputs, err
	case bacmodels.EngineWasm:
		if wx == nil {
			return nil, nil, fmt.Errorf("%w: wasm (runner not started)", ErrNoEngine)
		}
		inputs, err := r.mounts(task)
		return wx, inputs, err
	}
	return nil, nil, fmt.Errorf("%w: %q", ErrNoEngine, task.Engine.Type)
}

// mounts binds a task's local inputs read-only: a wasm module's built-in program (by name,
// from the runner's wasm dir) and the job's input files (an absolute directory at InputsMount).
func (r *Runner) mounts(task *bacmodels.Task) ([]storage.PreparedStorage, error) {
	var inputs []storage.PreparedStorage
	for _, in := range task.InputSources {
		name, _ := in.Source.Params["SourcePath"].(string)
		if in.Source.Type != bacmodels.StorageSourceLocalDirectory {
			return nil, fmt.Errorf("input %q: only local inputs are mounted", in.Target)
		}
		src := filepath.Join(r.wasmDir(), name)
		if _, ok := wasmSources[name]; !ok {
			// the job's input files, or a git module's wasm program: files the RP put on disk
			local := in.Target == InputsMount || strings.HasPrefix(in.Target, wasmMount+"/")
			if !local || !filepath.IsAbs(name) {
				return nil, fmt.Errorf("input %q is neither a built-in program, a module's program nor the job's input files", name)
			}
			src = name
		}
		inputs = append(inputs, storage.PreparedStorage{InputSource: *in, Volume: storage.StorageVolume{
			Type: storage.StorageVolumeConnectorBind, ReadOnly: true, Source: src, Target: in.Target}})
	}
	return inputs, nil
}

// InputsMount is where a job finds its input files.
const InputsMount = "/inputs"

// WithInputFiles mounts dir (absolute: the input files the RP fetched and checked) at
// InputsMount in the job.
func WithInputFiles(job *bacmodels.Job, dir string) {
	t := job.Task()
	t.InputSources = append(t.InputSources, &bacmodels.InputSource{Target: InputsMount, Alias: "inputs",
		Source: &bacmodels.SpecConfig{Type: bacmodels.StorageSourceLocalDirectory, Params: map[string]interface{}{"SourcePath": dir}}})
}

func randomID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// routeZerolog sends bacalhau's zerolog output (warnings and errors only) to slog.
func routeZerolog(l *slog.Logger) {
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	zlog.Logger = zerolog.New(slogWriter{l.With("component", "bacalhau")}).With().Timestamp().Logger()
}

type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Warn(strings.TrimSpace(string(p)))
	return len(p), nil
}

var _ io.Writer = slogWriter{}
