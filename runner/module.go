package runner

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/bacalhau-project/bacalhau/pkg/executor/docker/models"
	wasmmodels "github.com/bacalhau-project/bacalhau/pkg/executor/wasm/models"
	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"
)

// Requirements is the machine a module needs.
type Requirements struct {
	CPUMilli   uint64
	RAMMiB     uint64
	DiskMiB    uint64
	GPUs       uint32
	GPUVRAMMiB uint64 // per GPU
}

// Spec is what a module renders its inputs into: the container's command and environment.
// Inputs only ever become single arguments or the values of fixed variables.
type Spec struct {
	Entrypoint []string
	Env        []string // KEY=VALUE
}

// Module is a job template with a name and a version.
type Module struct {
	Name         string // "cowsay:v0.0.1"
	Description  string
	Requirements Requirements
	Image        string   // the docker image the module runs
	Inputs       []string // input names the module takes
	Timeout      time.Duration
	// Deterministic modules give byte-identical archives for the same inputs on any machine,
	// so a mediator's re-run decides by comparing hashes.
	Deterministic bool
	// Engine is the bacalhau engine the module runs on: EngineDocker (Image) or EngineWasm
	// (Wasm, a WASI program built from runner/images).
	Engine string
	Wasm   string // the wasm program: a built-in's name, or a git module's file on this host (EngineWasm)
	render func(inputs map[string]string) Spec
	// program is a git wasm module's program, a path in its repository (until the Resolver
	// puts the file on this host and sets Wasm).
	program string
}

// The engines a module may run on.
const (
	EngineDocker = "docker"
	EngineWasm   = "wasm"
)

// wasmMount is where a wasm module's program is mounted inside the job.
const wasmMount = "/modules"

// ErrUnknownModule is returned for a module name no registry knows.
var ErrUnknownModule = errors.New("unknown module")

// ErrBadInput is returned for inputs a module does not take or cannot use.
var ErrBadInput = errors.New("bad module input")

var builtin = map[string]*Module{
	"cowsay:v0.0.1": {
		Name:          "cowsay:v0.0.1",
		Description:   "prints Message in a speech bubble above a cow",
		Requirements:  Requirements{CPUMilli: 1000, RAMMiB: 100, DiskMiB: 100},
		Image:         cowsayImage,
		Inputs:        []string{"Message"},
		Timeout:       5 * time.Minute,
		Deterministic: true,
		Engine:        EngineDocker,
		render:        cowsayArgs("/cowsay"),
	},
	// cowsay compiled to WASI, for resource providers without Docker.
	"cowsay-wasm:v0.0.1": {
		Name:          "cowsay-wasm:v0.0.1",
		Description:   "cowsay on bacalhau's wasm engine (no Docker needed)",
		Requirements:  Requirements{CPUMilli: 1000, RAMMiB: 256, DiskMiB: 100},
		Inputs:        []string{"Message"},
		Timeout:       5 * time.Minute,
		Deterministic: true,
		Engine:        EngineWasm,
		Wasm:          "cowsay.wasm",
		render:        cowsayArgs(""),
	},
	// Stable Diffusion XL as CoopHive's sdxl:v0.2.9 runs it: one GPU, the prompt and seed in
	// the environment, the image in outputs/. Its image comes from a registry (none here).
	"sdxl:v0.2.9": {
		Name:         "sdxl:v0.2.9",
		Description:  "Stable Diffusion XL: an image for Prompt in outputs/",
		Requirements: Requirements{CPUMilli: 1000, RAMMiB: 8192, DiskMiB: 20480, GPUs: 1, GPUVRAMMiB: 12288},
		Engine:       EngineDocker,
		Image:        "quay.io/lukemarsden/sdxl:v0.9-lilypad1-v2",
		Inputs:       []string{"Prompt", "Seed"},
		Timeout:      30 * time.Minute,
		render: func(in map[string]string) Spec {
			prompt, ok := in["Prompt"]
			if !ok {
				prompt = "a question mark floating in space"
			}
			seed, ok := in["Seed"]
			if !ok {
				seed = "42"
			}
			return Spec{
				Entrypoint: []string{"bash", "-c", "python3 inference.py 2>/dev/null"},
				Env:        []string{"PROMPT=" + prompt, "RANDOM_SEED=" + seed, "OUTPUT_DIR=/outputs/", "HF_HUB_OFFLINE=1"},
			}
		},
	},
}

// cowsayArgs renders cowsay's one input as one argument after argv0 (none for wasm, whose
// runtime supplies argv0).
func cowsayArgs(argv0 string) func(map[string]string) Spec {
	return func(in map[string]string) Spec {
		msg, ok := in["Message"]
		if !ok {
			msg = "Pass me an input called Message, e.g. -i Message=moo"
		}
		if argv0 == "" {
			return Spec{Entrypoint: []string{msg}}
		}
		return Spec{Entrypoint: []string{argv0, msg}}
	}
}

// Lookup returns a built-in module by name.
func Lookup(name string) (*Module, error) {
	m, ok := builtin[name]
	if !ok {
		return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownModule, name, strings.Join(Modules(), ", "))
	}
	return m, nil
}

// Modules lists the built-in module names, sorted.
func Modules() []string {
	names := make([]string, 0, len(builtin))
	for n := range builtin {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Render turns the module and its inputs into a bacalhau job, normalised and validated.
func (m *Module) Render(jobID string, inputs map[string]string) (*bacmodels.Job, error) {
	for k := range inputs {
		if !contains(m.Inputs, k) {
			return nil, fmt.Errorf("%w: %s takes %v, not %q", ErrBadInput, m.Name, m.Inputs, k)
		}
	}
	spec := m.render(inputs)
	engine, inputsSrc, err := m.engineSpec(spec)
	if err != nil {
		return nil, err
	}
	job := &bacmodels.Job{
		ID:    jobID,
		Name:  m.Name,
		Type:  bacmodels.JobTypeBatch,
		Count: 1,
		Tasks: []*bacmodels.Task{{
			Name:   "main",
			Engine: engine,
			ResourcesConfig: &bacmodels.ResourcesConfig{
				CPU:    fmt.Sprintf("%dm", m.Requirements.CPUMilli),
				Memory: fmt.Sprintf("%dMi", m.Requirements.RAMMiB),
				Disk:   fmt.Sprintf("%dMi", m.Requirements.DiskMiB),
				GPU:    fmt.Sprintf("%d", m.Requirements.GPUs),
			},
			Network:      &bacmodels.NetworkConfig{Type: bacmodels.NetworkNone},
			InputSources: inputsSrc,
			ResultPaths:  []*bacmodels.ResultPath{{Name: "outputs", Path: "/outputs"}},
			Timeouts:     &bacmodels.TimeoutConfig{ExecutionTimeout: int64(m.Timeout / time.Second)},
		}},
	}
	job.Normalize()
	if err := job.ValidateSubmission(); err != nil {
		return nil, fmt.Errorf("render %s: %w", m.Name, err)
	}
	return job, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// engineSpec is the bacalhau engine config of a rendered module, and the inputs it mounts.
func (m *Module) engineSpec(spec Spec) (*bacmodels.SpecConfig, []*bacmodels.InputSource, error) {
	if m.Engine != EngineWasm {
		engine, err := models.NewDockerEngineBuilder(m.Image).WithEntrypoint(spec.Entrypoint...).
			WithEnvironmentVariables(spec.Env...).Build()
		if err != nil {
			return nil, nil, fmt.Errorf("build docker engine spec: %w", err)
		}
		return engine, nil, nil
	}
	if m.Wasm == "" {
		return nil, nil, fmt.Errorf("%w: %s: its wasm program is not on this host", ErrUnknownModule, m.Name)
	}
	name := filepath.Base(m.Wasm)
	entry := wasmMount + "/" + name
	engine, err := wasmmodels.NewWasmEngineBuilder(entry).WithEntrypoint("_start").WithParameters(spec.Entrypoint...).Build()
	if err != nil {
		return nil, nil, fmt.Errorf("build wasm engine spec: %w", err)
	}
	src := &bacmodels.InputSource{Target: entry, Alias: name, Source: &bacmodels.SpecConfig{
		Type: bacmodels.StorageSourceLocalDirectory, Params: map[string]interface{}{"SourcePath": m.Wasm}}}
	return engine, []*bacmodels.InputSource{src}, nil
}
