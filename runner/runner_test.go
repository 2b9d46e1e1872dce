package runner

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/runner/archive"
	"github.com/coophive/coophive/runner/gpu"
)

// startRunner starts a runner against the local Docker engine. Without one the test skips,
// unless COOPHIVE_REQUIRE_DOCKER=1 (set by .ci/run) makes that a failure.
// skipWasmRunInShort: a job on bacalhau's wasm engine belongs to make test (the engine's log
// manager has a data race of its own, which -race in the short tier would report).
func skipWasmRunInShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs a job on bacalhau's wasm engine (make test)")
	}
}

func startRunner(t *testing.T) *Runner {
	t.Helper()
	if testing.Short() {
		t.Skip("runs containers (make test)")
	}
	r := New(Config{WorkDir: t.TempDir(), BuildImages: true})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := r.Start(ctx); err != nil {
		if errors.Is(err, ErrNoDocker) && os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Stop() })
	return r
}

func TestCowsayRunsInDockerDeterministically(t *testing.T) {
	testtier.RunsJobs(t)
	r := startRunner(t)
	m, err := Lookup("cowsay:v0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	msg := "hello from a test " + randomID(4)
	var hashes [][32]byte
	for i := 0; i < 2; i++ {
		job, err := m.Render("job-"+randomID(4), map[string]string{"Message": msg})
		if err != nil {
			t.Fatal(err)
		}
		res, err := r.Run(context.Background(), job)
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitCode != 0 || !strings.Contains(string(res.Stdout), msg) || !strings.Contains(string(res.Stdout), "(oo)") {
			t.Fatalf("exit %d, stdout %q, stderr %q", res.ExitCode, res.Stdout, res.Stderr)
		}
		files, err := archive.Unpack(res.Archive)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files["outputs/cow.txt"], res.Stdout) {
			t.Fatalf("outputs/cow.txt = %q, want the stdout", files["outputs/cow.txt"])
		}
		hashes = append(hashes, res.Hash)
	}
	if hashes[0] != hashes[1] {
		t.Fatalf("same job, different result hashes: %x vs %x", hashes[0], hashes[1])
	}
}

func TestRenderCowsay(t *testing.T) {
	m, _ := Lookup("cowsay:v0.0.1")
	tricky := `moo", "--privileged`
	job, err := m.Render("j1", map[string]string{"Message": tricky})
	if err != nil {
		t.Fatal(err)
	}
	task := job.Task()
	if got := task.Engine.Params["Entrypoint"]; len(got.([]string)) != 2 || got.([]string)[1] != tricky {
		t.Fatalf("entrypoint = %#v: the input must stay one argument", got)
	}
	if task.Engine.Params["Image"] != cowsayImage || task.ResourcesConfig.CPU != "1000m" || task.Network.Type.String() != "None" {
		t.Fatalf("rendered task: %+v engine %+v", task, task.Engine)
	}
	if _, err := m.Render("j2", map[string]string{"Other": "x"}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("unknown input: %v, want ErrBadInput", err)
	}
	if _, err := Lookup("nope:v1"); !errors.Is(err, ErrUnknownModule) {
		t.Fatalf("unknown module: %v", err)
	}
}

func TestRenderSDXLAsksForOneGPU(t *testing.T) {
	m, err := Lookup("sdxl:v0.2.9")
	if err != nil {
		t.Fatal(err)
	}
	tricky := `a cat" OUTPUT_DIR=/etc`
	job, err := m.Render("j", map[string]string{"Prompt": tricky})
	if err != nil {
		t.Fatal(err)
	}
	task := job.Task()
	res, err := task.ResourcesConfig.ToResources()
	if err != nil {
		t.Fatal(err)
	}
	if res.GPU != 1 {
		t.Fatalf("bacalhau resources ask for %d GPUs, want 1", res.GPU)
	}
	env := task.Engine.Params["EnvironmentVariables"].([]string)
	want := []string{"PROMPT=" + tricky, "RANDOM_SEED=42", "OUTPUT_DIR=/outputs/", "HF_HUB_OFFLINE=1"}
	if strings.Join(env, "\n") != strings.Join(want, "\n") {
		t.Fatalf("env %q, want %q: the prompt must stay one value", env, want)
	}
	if m.Requirements.GPUs != 1 || m.Deterministic {
		t.Fatalf("requirements %+v deterministic %v", m.Requirements, m.Deterministic)
	}
}

// TestCowsayRunsOnTheWasmEngineWithoutDocker: the WASI build of cowsay runs through
// bacalhau's wasm executor on a runner told there is no Docker, deterministically.
func TestCowsayRunsOnTheWasmEngineWithoutDocker(t *testing.T) {
	testtier.RunsJobs(t)
	skipWasmRunInShort(t)
	r := New(Config{WorkDir: t.TempDir(), BuildImages: true, NoDocker: true})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer r.Stop()
	if got := r.Engines(); len(got) != 1 || got[0] != EngineWasm {
		t.Fatalf("engines %v", got)
	}
	m, _ := Lookup("cowsay-wasm:v0.0.1")
	var hashes [][32]byte
	for i := 0; i < 2; i++ {
		job, err := m.Render("wasm-"+randomID(4), map[string]string{"Message": "moo in wasm"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := r.Run(ctx, job)
		if err != nil {
			t.Fatal(err)
		}
		if res.ExitCode != 0 || !strings.Contains(string(res.Stdout), "< moo in wasm >") {
			t.Fatalf("exit %d stdout %q stderr %q", res.ExitCode, res.Stdout, res.Stderr)
		}
		hashes = append(hashes, res.Hash)
	}
	if hashes[0] != hashes[1] {
		t.Fatal("the same wasm job hashed differently")
	}
	docker, _ := Lookup("cowsay:v0.0.1")
	job, _ := docker.Render("d", map[string]string{"Message": "x"})
	if _, err := r.Run(ctx, job); !errors.Is(err, ErrNoEngine) {
		t.Fatalf("a docker job without Docker: %v, want ErrNoEngine", err)
	}
}

// TestGPUJobGetsDevices: a one-GPU job run by a runner with the H200 of the captured
// nvidia-smi record gets that device listed in its resources (bacalhau's docker executor
// turns listed NVIDIA GPUs into Docker device requests; a count alone requests nothing), one
// job at a time.
func TestGPUJobGetsDevices(t *testing.T) {
	xml, err := os.ReadFile("gpu/testdata/nvidia-smi-h200/nvidia-smi-q.xml")
	if err != nil {
		t.Fatal(err)
	}
	gpus, err := gpu.ParseXML(xml)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := Lookup("sdxl:v0.2.9")
	job, err := m.Render("gpu", map[string]string{"Prompt": "a cat"})
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{WorkDir: t.TempDir(), GPUs: gpus})
	res, release, err := r.resources(job.Task())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.GPUs) != 1 || res.GPUs[0].Vendor != bacmodels.GPUVendorNvidia || res.GPUs[0].Index != 0 ||
		res.GPUs[0].Name != "NVIDIA H200" || res.GPUs[0].Memory != gpus[0].VRAMMiB {
		t.Fatalf("devices %+v", res.GPUs)
	}
	if _, _, err := r.resources(job.Task()); !errors.Is(err, ErrNoGPU) {
		t.Fatalf("a second job while the GPU is busy: %v, want ErrNoGPU", err)
	}
	release()
	if _, rel, err := r.resources(job.Task()); err != nil {
		t.Fatalf("after release: %v", err)
	} else {
		rel()
	}
	if _, _, err := New(Config{WorkDir: t.TempDir()}).resources(job.Task()); !errors.Is(err, ErrNoGPU) {
		t.Fatalf("a runner without GPUs: %v, want ErrNoGPU", err)
	}
}
