package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// systemdUnits is what each unit in scripts/systemd must be: the coophive command it runs,
// whether it gets the passphrase credential, and whether it reaches the Docker engine.
var systemdUnits = []struct {
	role       string // coophive-ROLE.service, /etc/coophive/ROLE.env, /var/lib/coophive/ROLE
	command    string // the coophive command its ExecStart runs
	args       string // ExecStart's arguments before --data-dir
	credential bool
	docker     bool
}{
	{role: "chain", command: "chain"},
	{role: "boot", command: "node", args: "--role solver", credential: true},
	{role: "solver", command: "node", args: "--role solver", credential: true},
	{role: "mediator", command: "node", args: "--role mediator", credential: true, docker: true},
	{role: "rp", command: "node", args: "--role rp", credential: true, docker: true},
	{role: "faucet", command: "faucet", credential: true},
}

// TestSystemdUnits reads every unit in scripts/systemd: each runs its role's command from
// /usr/local/bin as the user coophive with its env file, state directory, restart policy and
// hardening; the nodes and the faucet get the passphrase as the credential coophive reads; only
// the RP and the mediator join the docker group; and every variable the example env files set
// (commented or not) is one that the role's command reads.
func TestSystemdUnits(t *testing.T) {
	dir := filepath.Join("scripts", "systemd")
	files, err := filepath.Glob(filepath.Join(dir, "*.service"))
	if err != nil || len(files) != len(systemdUnits) {
		t.Fatalf("scripts/systemd holds %d units (%v), the table %d", len(files), err, len(systemdUnits))
	}
	app := newApp()
	for _, u := range systemdUnits {
		t.Run(u.role, func(t *testing.T) {
			unit := readUnit(t, filepath.Join(dir, "coophive-"+u.role+".service"))
			s := unit["Service"]
			want := map[string]string{
				"User": "coophive", "Group": "coophive", "Restart": "on-failure",
				"EnvironmentFile": "/etc/coophive/" + u.role + ".env",
				"StateDirectory":  "coophive/" + u.role,
				"ExecStart":       strings.Join(strings.Fields("/usr/local/bin/coophive "+u.command+" "+u.args+" --data-dir ${STATE_DIRECTORY}"), " "),
				"NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
				"CapabilityBoundingSet": "", "RestrictSUIDSGID": "yes", "SystemCallFilter": "@system-service",
				"LoadCredential": "", "SupplementaryGroups": "",
			}
			if u.credential {
				want["LoadCredential"] = CredentialName + ":/etc/coophive/passphrase"
			}
			if u.docker {
				want["SupplementaryGroups"] = "docker"
			}
			for k, v := range want {
				if got := strings.Join(s[k], "\n"); got != v {
					t.Errorf("[Service] %s=%q, want %q", k, got, v)
				}
			}
			if unit["Install"]["WantedBy"][0] != "multi-user.target" {
				t.Errorf("[Install] WantedBy=%v", unit["Install"]["WantedBy"])
			}

			cmd := app.Command(u.command)
			if cmd == nil {
				t.Fatalf("no command %q", u.command)
			}
			flags, envs := map[string]bool{}, map[string]bool{}
			for _, f := range append(slices.Clone(app.Flags), cmd.Flags...) {
				for _, n := range f.Names() {
					flags[n] = true
				}
				if e, ok := f.(interface{ GetEnvVars() []string }); ok {
					for _, v := range e.GetEnvVars() {
						envs[v] = true
					}
				}
			}
			for _, a := range strings.Fields(s["ExecStart"][0])[2:] {
				if name, ok := strings.CutPrefix(a, "--"); ok && !flags[name] {
					t.Errorf("ExecStart: coophive %s has no flag --%s", u.command, name)
				}
			}
			set := 0
			for _, v := range envFileVars(t, filepath.Join(dir, u.role+".env.example")) {
				set++
				if !envs[v] && notFlags[v] == "" {
					t.Errorf("%s.env.example sets %s, which coophive %s does not read", u.role, v, u.command)
				}
			}
			if set < 3 {
				t.Errorf("%s.env.example sets %d variables", u.role, set)
			}
		})
	}
}

// TestSystemdUnitsVerify runs `systemd-analyze verify` on every unit (ExecStart pointed at the
// built binary, which it requires to exist) and requires it silent: it exits 0 on a misspelt
// setting and only warns, so a unit with one is checked to be reported too.
func TestSystemdUnitsVerify(t *testing.T) {
	needBinary(t)
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("no systemd-analyze")
	}
	dir := t.TempDir()
	var units []string
	for _, u := range systemdUnits {
		b, err := os.ReadFile(filepath.Join("scripts", "systemd", "coophive-"+u.role+".service"))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "coophive-"+u.role+".service")
		writeFile(t, p, strings.ReplaceAll(string(b), "/usr/local/bin/coophive", binary))
		units = append(units, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, analyze, append([]string{"verify", "--man=no"}, units...)...).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, out)
	}

	bad := filepath.Join(dir, "coophive-bad.service")
	b, _ := os.ReadFile(units[len(units)-1])
	writeFile(t, bad, strings.Replace(string(b), "ProtectSystem=strict", "ProtectSystem=strcit", 1))
	out, _ = exec.CommandContext(ctx, analyze, "verify", "--man=no", bad).CombinedOutput()
	if !strings.Contains(string(out), "strcit") {
		t.Fatalf("systemd-analyze verify did not report a misspelt value:\n%s", out)
	}
}

// readUnit parses a systemd unit file: section, key, values in order.
func readUnit(t *testing.T, path string) map[string]map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unit, section := map[string]map[string][]string{}, ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			unit[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("%s: %q", path, line)
			}
			unit[section][k] = append(unit[section][k], v)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return unit
}

var envFileLineRE = regexp.MustCompile(`^#?([A-Z][A-Z0-9_]*)=`)

// envFileVars lists the variables an env file sets, commented out or not.
func envFileVars(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vars []string
	for _, line := range strings.Split(string(b), "\n") {
		if m := envFileLineRE.FindStringSubmatch(line); m != nil {
			vars = append(vars, m[1])
		}
	}
	return vars
}

// needTool finds a program the operator tests use, skipping without it unless
// COOPHIVE_REQUIRE_DOCKER=1 (make test; .ci/run installs them).
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("COOPHIVE_REQUIRE_DOCKER") == "1" {
			t.Fatalf("%s is not installed (apt-get install docker-compose busybox-static)", name)
		}
		t.Skipf("no %s", name)
	}
	return p
}

// needDocker skips without a Docker engine unless COOPHIVE_REQUIRE_DOCKER=1.
func needDocker(t *testing.T) {
	t.Helper()
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
}

// composeServices are deploy/compose.yaml's services (jc, a job creator, runs with `run` only).
var composeServices = []string{"boot", "chain", "deploy", "faucet", "jc", "keys", "mediator", "rp"}

// TestComposeFileIsAccepted: Debian's docker-compose (1.29.2) parses deploy/compose.yaml,
// with its defaults and with every setting given, and finds the testnet's services.
func TestComposeFileIsAccepted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs docker-compose")
	}
	compose := needTool(t, "docker-compose")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, env := range [][]string{nil, {"COOPHIVE_IMAGE=coophive:other", "TESTNET_HOST=10.0.0.1", "CHAIN_PORT=9545", "COOPHIVE_JOBS_DIR=/srv/jobs"}} {
		cmd := exec.CommandContext(ctx, compose, "-f", filepath.Join("deploy", "compose.yaml"), "config")
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("docker-compose config (%v): %v\n%s", env, err, out)
		}
		for _, want := range []string{"condition: service_completed_successfully", "condition: service_healthy", "network_mode: host"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("docker-compose config (%v) lost %q:\n%s", env, want, out)
			}
		}
		if env != nil {
			for _, want := range []string{"image: coophive:other", "http://10.0.0.1:9545", "/srv/jobs:/srv/jobs", "/srv/jobs/rp"} {
				if !strings.Contains(string(out), want) {
					t.Errorf("docker-compose config (%v) lacks %q:\n%s", env, want, out)
				}
			}
		}
		cmd = exec.CommandContext(ctx, compose, "-f", filepath.Join("deploy", "compose.yaml"), "config", "--services")
		cmd.Env = append(os.Environ(), env...)
		out, err = cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		services := strings.Fields(string(out))
		slices.Sort(services)
		if !slices.Equal(services, composeServices) {
			t.Errorf("services %v, want %v", services, composeServices)
		}
	}
}

var (
	imageOnce sync.Once
	imageTag  string
	imageErr  error
)

// testImageRelease is the release the test image is built as.
const testImageRelease = "v0.0.0-imagetest"

// needImage builds the image once per test run with `make image` (a tag of its own, removed
// when the tests end) and returns its tag.
func needImage(t *testing.T) string {
	t.Helper()
	needBinary(t)
	needDocker(t)
	needTool(t, "make")
	if _, err := os.Stat("/bin/busybox"); err != nil {
		if os.Getenv("COOPHIVE_REQUIRE_DOCKER") == "1" {
			t.Fatal("make image needs Debian's busybox-static")
		}
		t.Skip("no /bin/busybox (busybox-static) for make image")
	}
	imageOnce.Do(func() {
		tag := fmt.Sprintf("coophive:test-%d", os.Getpid())
		// a cold static build (CGO_ENABLED=0, a build cache of its own) takes minutes on 2 cores
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		defer cancel()
		t0 := time.Now()
		out, err := exec.CommandContext(ctx, "make", "image", "IMAGE="+tag, "VERSION="+testImageRelease).CombinedOutput()
		if err != nil {
			imageErr = fmt.Errorf("make image: %v\n%s", err, out)
			return
		}
		imageTag = tag
		t.Logf("make image: %s in %s", tag, time.Since(t0).Round(time.Second))
	})
	if imageErr != nil {
		t.Fatal(imageErr)
	}
	return imageTag
}

// removeTestImage removes the image needImage built, when it built one (TestMain).
func removeTestImage() {
	if imageTag != "" {
		_ = exec.Command("docker", "rmi", "-f", imageTag).Run()
	}
}

// TestImage: `make image` builds the image FROM scratch around the static binary, and the
// image's `coophive version` prints the release it was built as and the same Market bytecode
// hash as the binary built here.
func TestImage(t *testing.T) {
	tag := needImage(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "docker", "run", "--rm", "--network", "none", tag, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("docker run %s version: %v\n%s", tag, err, out)
	}
	if !strings.Contains(string(out), "release: "+testImageRelease+"\n") {
		t.Fatalf("the image's version does not name its release %s:\n%s", testImageRelease, out)
	}
	host, err := exec.CommandContext(ctx, binary, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	market := regexp.MustCompile(`(?m)^market_creation_code_keccak256: 0x[0-9a-f]{64}$`)
	if m := market.Find(host); m == nil || !strings.Contains(string(out), string(m)) {
		t.Fatalf("the image's Market hash is not the binary's:\n%s\n%s", out, host)
	}
	// the compose testnet's steps and health checks need a shell and wget in it
	out, err = exec.CommandContext(ctx, "docker", "run", "--rm", "--network", "none", "--entrypoint", "/bin/sh", tag,
		"-c", "command -v wget awk base64 && coophive --version && stat -c %a /tmp").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "release: "+testImageRelease) || !strings.HasSuffix(string(out), "1777\n") {
		t.Fatalf("the image's shell: %v\n%s", err, out)
	}
}

// TestComposeTestnet starts deploy/compose.yaml from the test image on free loopback ports:
// keys, chain, deploy and funding, faucet, boot node, mediator and RP (its jobs in this host's
// engine through the mounted socket); a job creator in the compose network's `jc` service runs
// cowsay:v0.0.1 and its deal is Accepted on-chain; `down` and `up` again reuse the keys, chain
// and contracts (the first deal is still Accepted, a second job settles); the faucet pays a
// claim; then `docker-compose down -v` leaves no container and no volume of the project. Its jobs run in
// containers from a binary built without -race, so it runs in make test's first pass (no
// testtier.RunsJobs), as TestTestnetFromNothing does.
func TestComposeTestnet(t *testing.T) {
	tag := needImage(t)
	compose := needTool(t, "docker-compose")
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	project := fmt.Sprintf("coophive-test-%d", os.Getpid())
	jobs := t.TempDir()
	env := append(os.Environ(), "COOPHIVE_IMAGE="+tag, "TESTNET_HOST=127.0.0.1", "COOPHIVE_JOBS_DIR="+jobs,
		"CHAIN_PORT="+freePort(t, "tcp"), "FAUCET_PORT="+freePort(t, "tcp"),
		"BOOT_PORT="+freePort(t, "udp"), "MEDIATOR_PORT="+freePort(t, "udp"), "RP_PORT="+freePort(t, "udp"),
		"BOOT_METRICS_PORT="+freePort(t, "tcp"), "MEDIATOR_METRICS_PORT="+freePort(t, "tcp"), "RP_METRICS_PORT="+freePort(t, "tcp"))
	dcCtx := func(ctx context.Context, args ...string) (string, string, error) {
		cmd := exec.CommandContext(ctx, compose, append([]string{"-p", project, "-f", filepath.Join("deploy", "compose.yaml")}, args...)...)
		cmd.Env = env
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		return stdout.String(), stderr.String(), err
	}
	dc := func(args ...string) (string, string, error) { return dcCtx(ctx, args...) }
	down := func(ctx context.Context) {
		if _, errOut, err := dcCtx(ctx, "down", "-v", "--remove-orphans", "--timeout", "20"); err != nil {
			t.Errorf("docker-compose down -v: %v\n%s", err, errOut)
		}
	}
	t.Cleanup(func() { // after the test's ctx has ended
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if t.Failed() {
			logs, _, _ := dcCtx(ctx, "logs", "--no-color", "--tail", "40")
			t.Logf("compose logs:\n%s", logs)
		}
		down(ctx)
		// the RP's and the mediator's state, written as root by their containers
		_ = exec.Command("docker", "run", "--rm", "--network", "none", "-v", jobs+":/jobs", "--entrypoint", "/bin/rm", tag,
			"-rf", "/jobs/rp", "/jobs/mediator").Run()
	})

	up := func() {
		t.Helper()
		if _, errOut, err := dc("up", "-d"); err != nil {
			t.Fatalf("docker-compose up: %v\n%s", err, errOut)
		}
		for svc, role := range map[string]string{"boot": "solver", "mediator": "mediator", "rp": "rp"} {
			for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
				logs, _, _ := dc("logs", "--no-color", svc)
				if strings.Contains(logs, "running as "+role) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%s never printed that it runs:\n%s", svc, logs)
				}
			}
		}
		waitReady(t, ctx, "http://127.0.0.1:"+envValue(env, "RP_METRICS_PORT")+"/readyz")
	}
	state := func(deal string) string {
		t.Helper()
		out, errOut, err := dc("run", "--rm", "-T", "jc", "inspect", deal)
		if err != nil {
			t.Fatalf("jc inspect: %v\n%s", err, errOut)
		}
		m := regexp.MustCompile(`"state": "(\w+)"`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("jc inspect %s:\n%s", deal, out)
		}
		return m[1]
	}
	job := func(msg string) string {
		t.Helper()
		out, errOut, err := dc("run", "--rm", "-T", "jc", "run", "--timeout", "2m", "cowsay:v0.0.1", "-i", "Message="+msg)
		if err != nil || !strings.Contains(out, "< "+msg+" >") || !strings.Contains(out, "(oo)") {
			t.Fatalf("jc run: %v\n%s\n%s", err, out, errOut)
		}
		deal := acceptedDeal(t, errOut)
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(time.Second) {
			st := state(deal)
			if st == "Accepted" {
				return deal
			}
			if st != "ResultsSubmitted" || time.Now().After(deadline) {
				t.Fatalf("deal %s is %s, want Accepted", deal, st)
			}
		}
	}

	up()
	t.Logf("%s: up, the RP ready", time.Since(t0).Round(time.Second))
	first := job("moo from compose")
	t.Logf("%s: deal %s Accepted", time.Since(t0).Round(time.Second), first)

	// down without -v, up again: the keys, the chain and the contracts are reused
	if _, errOut, err := dc("down", "--timeout", "20"); err != nil {
		t.Fatalf("docker-compose down: %v\n%s", err, errOut)
	}
	up()
	if logs, _, _ := dc("logs", "--no-color", "deploy"); !strings.Contains(logs, "already written") {
		t.Fatalf("the second up deployed again:\n%s", logs)
	}
	if st := state(first); st != "Accepted" {
		t.Fatalf("after the restart the first deal is %s", st)
	}
	if second := job("moo after a restart"); second == first {
		t.Fatal("the second job's deal is the first's")
	}
	t.Logf("%s: restarted, a second deal Accepted", time.Since(t0).Round(time.Second))

	res, err := http.PostForm("http://127.0.0.1:"+envValue(env, "FAUCET_PORT")+"/api/claim", url.Values{"address": {"0x000000000000000000000000000000000000dEaD"}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `"token_tx":"0x`) {
		t.Fatalf("faucet claim: %d %s", res.StatusCode, body)
	}

	down(ctx)
	if out, _, err := dc("ps", "-q"); err != nil || strings.TrimSpace(out) != "" {
		t.Fatalf("containers left after down -v (%v): %s", err, out)
	}
	vols, err := exec.CommandContext(ctx, "docker", "volume", "ls", "-q", "--filter", "name="+project).Output()
	if err != nil || strings.TrimSpace(string(vols)) != "" {
		t.Fatalf("volumes left after down -v (%v): %s", err, vols)
	}
	t.Logf("wall time %s", time.Since(t0).Round(time.Millisecond))
}

// envValue is the value of name in env (KEY=VALUE entries; the last wins).
func envValue(env []string, name string) string {
	v := ""
	for _, e := range env {
		if k, val, ok := strings.Cut(e, "="); ok && k == name {
			v = val
		}
	}
	return v
}
