package runner

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/bacalhau-project/bacalhau/pkg/executor/docker/models"
	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"
)

// Requirements is the machine a module needs.
type Requirements struct {
	CPUMilli uint64
	RAMMiB   uint64
	DiskMiB  uint64
	GPUs     uint32
}

// Module is a job template with a name and a version.
type Module struct {
	Name         string // "cowsay:v0.0.1"
	Description  string
	Requirements Requirements
	Image        string   // the docker image the module runs
	Inputs       []string // input names the module takes
	Timeout      time.Duration
	render       func(inputs map[string]string) (entrypoint []string, err error)
}

// ErrUnknownModule is returned for a module name no registry knows.
var ErrUnknownModule = errors.New("unknown module")

// ErrBadInput is returned for inputs a module does not take or cannot use.
var ErrBadInput = errors.New("bad module input")

var builtin = map[string]*Module{
	"cowsay:v0.0.1": {
		Name:         "cowsay:v0.0.1",
		Description:  "prints Message in a speech bubble above a cow",
		Requirements: Requirements{CPUMilli: 1000, RAMMiB: 100, DiskMiB: 100},
		Image:        cowsayImage,
		Inputs:       []string{"Message"},
		Timeout:      5 * time.Minute,
		render: func(in map[string]string) ([]string, error) {
			msg, ok := in["Message"]
			if !ok {
				msg = "Pass me an input called Message, e.g. -i Message=moo"
			}
			return []string{"/cowsay", msg}, nil
		},
	},
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
	entrypoint, err := m.render(inputs)
	if err != nil {
		return nil, err
	}
	engine, err := models.NewDockerEngineBuilder(m.Image).WithEntrypoint(entrypoint...).Build()
	if err != nil {
		return nil, fmt.Errorf("build docker engine spec: %w", err)
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
			Network:     &bacmodels.NetworkConfig{Type: bacmodels.NetworkNone},
			ResultPaths: []*bacmodels.ResultPath{{Name: "outputs", Path: "/outputs"}},
			Timeouts:    &bacmodels.TimeoutConfig{ExecutionTimeout: int64(m.Timeout / time.Second)},
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
