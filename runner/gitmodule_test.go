package runner

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	dockermodels "github.com/bacalhau-project/bacalhau/pkg/executor/docker/models"
	wasmmodels "github.com/bacalhau-project/bacalhau/pkg/executor/wasm/models"
	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"

	"github.com/coophive/coophive/internal/gittest"
	"github.com/coophive/coophive/internal/testtier"
)

// CowsayTemplate is a module.json for the locally built cowsay image, with greeting as the
// prefix of its message.
func cowsayTemplate(greeting string) string {
	return `{
  "description": "cowsay from git",
  "engine": "docker",
  "image": "` + cowsayImage + `",
  "entrypoint": ["/cowsay", "` + greeting + ` {{ Message }}"],
  "env": {"MESSAGE": "{{Message}}"},
  "inputs": {"Message": "moo"},
  "requirements": {"CPUMilli": 1000, "RAMMiB": 100, "DiskMiB": 100},
  "timeoutSeconds": 300,
  "deterministic": true
}`
}

const modulePath = "github.com/coophive/cowsay-module"

func TestGitModuleResolveAndLoad(t *testing.T) {
	ctx := context.Background()
	base := t.TempDir()
	repo := gittest.New(t, base, modulePath)
	commit := repo.Commit(map[string]string{TemplateFile: cowsayTemplate("hello")})
	repo.Tag("v1")
	jc := &Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}
	mod, pin, err := jc.Resolve(ctx, modulePath+":v1")
	if err != nil {
		t.Fatal(err)
	}
	if pin.Commit != commit || pin.Template != sha256.Sum256([]byte(cowsayTemplate("hello"))) {
		t.Fatalf("pin %+v, want commit %s", pin, commit)
	}
	if mod.Requirements.CPUMilli != 1000 || !mod.Deterministic || mod.Image != cowsayImage {
		t.Fatalf("module %+v", mod)
	}

	rp := &Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}
	if _, err := rp.Load(ctx, modulePath+":v1", pin); err != nil {
		t.Fatalf("load the pinned module: %v", err)
	}
	// The tag moves on; the pinned commit still loads, from the cache and from the repository.
	repo.Commit(map[string]string{TemplateFile: cowsayTemplate("other")})
	repo.Tag("v1")
	for _, r := range []*Resolver{rp, {CacheDir: t.TempDir(), GitBase: repo.GitBase()}} {
		m, err := r.Load(ctx, modulePath+":v1", pin)
		if err != nil {
			t.Fatalf("load after the tag moved: %v", err)
		}
		if got := m.render(nil).Entrypoint[1]; got != "hello moo" {
			t.Fatalf("rendered %q from the pinned commit", got)
		}
	}
	// History rewritten: the pinned commit is gone and the tag names other content.
	repo.Forget()
	_, err = (&Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}).Load(ctx, modulePath+":v1", pin)
	if !errors.Is(err, ErrPinMismatch) {
		t.Fatalf("tampered tag: got %v, want ErrPinMismatch", err)
	}
	// A pin whose template hash is not the commit's template.
	bad := *pin
	bad.Template[0] ^= 1
	if _, err := rp.Load(ctx, modulePath+":v1", &bad); !errors.Is(err, ErrPinMismatch) {
		t.Fatalf("wrong template hash: got %v, want ErrPinMismatch", err)
	}
	if _, err := rp.Load(ctx, modulePath+":v1", nil); !errors.Is(err, ErrPinMismatch) {
		t.Fatalf("git module without a pin: %v", err)
	}
	if _, err := rp.Load(ctx, "cowsay:v0.0.1", pin); !errors.Is(err, ErrPinMismatch) {
		t.Fatalf("built-in module with a pin: %v", err)
	}
}

func TestGitModuleNamesRefused(t *testing.T) {
	r := &Resolver{CacheDir: t.TempDir(), GitBase: "file:///nonexistent/"}
	for _, name := range []string{
		"github.com/x/y:--upload-pack=touch /tmp/pwned",
		"github.com/../../etc:v1",
		"github.com/x/y:v1..v2",
		"-c/x/y:v1",
		"github.com/x/y:",
	} {
		if _, _, err := r.Resolve(context.Background(), name); !errors.Is(err, ErrUnknownModule) {
			t.Errorf("%q: got %v, want ErrUnknownModule", name, err)
		}
	}
	if _, _, err := r.Resolve(context.Background(), "github.com/x/missing:v1"); err == nil {
		t.Error("a missing repository resolved")
	}
}

func TestTemplateInputsCannotChangeStructure(t *testing.T) {
	m, err := ParseTemplate(modulePath+":v1", []byte(cowsayTemplate("hello")))
	if err != nil {
		t.Fatal(err)
	}
	evil := `x", "--privileged"], "image": "evil", "env": {"A": "{{Message}}` + "\n\"}"
	job, err := m.Render("j", map[string]string{"Message": evil})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := dockermodels.DecodeSpec(job.Task().Engine)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Image != cowsayImage || len(spec.Entrypoint) != 2 || spec.Entrypoint[1] != "hello "+evil {
		t.Fatalf("the input changed the job: image %q entrypoint %q", spec.Image, spec.Entrypoint)
	}
	if len(spec.EnvironmentVariables) != 1 || spec.EnvironmentVariables[0] != "MESSAGE="+evil {
		t.Fatalf("env %q", spec.EnvironmentVariables)
	}
	if _, err := m.Render("j", map[string]string{"Image": "evil"}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("an undeclared input was taken: %v", err)
	}
}

func TestTemplateRefused(t *testing.T) {
	good := cowsayTemplate("hi")
	for name, tmpl := range map[string]string{
		"unknown field":      strings.Replace(good, `"deterministic"`, `"privileged": true, "deterministic"`, 1),
		"undeclared input":   strings.Replace(good, "{{Message}}", "{{Secret}}", 1),
		"wasm engine":        strings.Replace(good, `"engine": "docker"`, `"engine": "wasm"`, 1),
		"bad env name":       strings.Replace(good, `"MESSAGE"`, `"A=B"`, 1),
		"no timeout":         strings.Replace(good, `"timeoutSeconds": 300`, `"timeoutSeconds": 0`, 1),
		"trailing structure": good + `{}`,
		"not json":           "image: x",
		"missing entrypoint": strings.Replace(good, `"entrypoint": ["/cowsay", "hi {{ Message }}"],`, ``, 1),
	} {
		if _, err := ParseTemplate("github.com/x/y:v1", []byte(tmpl)); !errors.Is(err, ErrUnknownModule) {
			t.Errorf("%s: got %v, want a refusal", name, err)
		}
	}
}

// FuzzParseTemplate: any bytes from a repository either parse into a module or are refused,
// and nothing panics. A module renders an input, whatever its value, only into what the
// template lets it fill: each entrypoint element and env value is the template's with its
// placeholders replaced by the value (once, as a whole), and nothing else of the job (the
// engine, image or program, resources, timeouts, network, results) depends on it.
func FuzzParseTemplate(f *testing.F) {
	f.Add([]byte(cowsayTemplate("hi")), "moo")
	f.Add([]byte(`{"engine":"docker","image":"x","entrypoint":["{{A}}"],"inputs":{"A":""},"requirements":{"CPUMilli":1,"RAMMiB":1},"timeoutSeconds":1}`), "{{A}}")
	f.Add([]byte(`{"engine":"wasm","program":"bin/p.wasm","entrypoint":["{{A}}","-x {{ A }}"],"inputs":{"A":""},"requirements":{"CPUMilli":1,"RAMMiB":1},"timeoutSeconds":1}`), `$1 ${A}", "--evil`)
	f.Fuzz(func(t *testing.T, data []byte, value string) {
		m, err := ParseTemplate("github.com/x/y:v1", data)
		if err != nil {
			return
		}
		var tmpl moduleTemplate
		if err := json.Unmarshal(data, &tmpl); err != nil {
			t.Fatalf("ParseTemplate took what encoding/json refuses: %v", err)
		}
		m.Wasm = "/host/p.wasm" // where the Resolver puts a wasm module's program
		job, err := m.Render("fuzz", sameInputs(m.Inputs, value))
		if err != nil {
			return // bacalhau's own validation may refuse a rendered job
		}
		plain, err := m.Render("fuzz", sameInputs(m.Inputs, "x"))
		if err != nil {
			return
		}
		checkEngine(t, job.Task().Engine, &tmpl, value)
		job.Task().Engine, plain.Task().Engine = nil, nil
		if !reflect.DeepEqual(job, plain) {
			a, _ := json.Marshal(job)
			b, _ := json.Marshal(plain)
			t.Fatalf("the input %q changed the job beyond its engine's arguments:\n%s\nwith x:\n%s", value, a, b)
		}
	})
}

// sameInputs gives every input the same value.
func sameInputs(names []string, value string) map[string]string {
	in := map[string]string{}
	for _, name := range names {
		in[name] = value
	}
	return in
}

// checkEngine checks a rendered engine against the template, every placeholder filled with
// value: the docker image and env, or the wasm program, as the template (and the host) say,
// and the entrypoint (wasm: the parameters) element for element.
func checkEngine(t *testing.T, e *bacmodels.SpecConfig, tmpl *moduleTemplate, value string) {
	t.Helper()
	fill := func(s string) string { // the engine's params travel as JSON: invalid UTF-8 becomes U+FFFD
		b, _ := json.Marshal(placeholder.ReplaceAllLiteralString(s, value))
		var out string
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	entry := make([]string, len(tmpl.Entrypoint))
	for i, s := range tmpl.Entrypoint {
		entry[i] = fill(s)
	}
	if tmpl.Engine == EngineWasm {
		s, err := wasmmodels.DecodeSpec(e)
		if err != nil || s.EntryModule != wasmMount+"/p.wasm" || s.Entrypoint != "_start" || !slices.Equal(s.Parameters, entry) || len(s.ImportModules) > 0 {
			t.Fatalf("rendered %+v (%v), want /modules/p.wasm with parameters %q", s, err, entry)
		}
		return
	}
	var env []string
	for _, k := range slices.Sorted(maps.Keys(tmpl.Env)) {
		env = append(env, k+"="+fill(tmpl.Env[k]))
	}
	s, err := dockermodels.DecodeSpec(e)
	if err != nil || s.Image != tmpl.Image || !slices.Equal(s.Entrypoint, entry) || !slices.Equal(s.EnvironmentVariables, env) ||
		len(s.Parameters) > 0 || s.WorkingDirectory != "" {
		t.Fatalf("rendered %+v (%v), want image %q, entrypoint %q, env %q", s, err, tmpl.Image, entry, env)
	}
}

// TestGitWasmModuleRunsWithoutDocker: a git module whose template names a WASI program in
// its repository runs on a runner without Docker, from the pinned commit's program.
func TestGitWasmModuleRunsWithoutDocker(t *testing.T) {
	testtier.RunsJobs(t)
	skipWasmRunInShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	progs := t.TempDir()
	if err := ensureWasm(ctx, progs); err != nil {
		if errors.Is(err, ErrNoToolchain) {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	wasm, err := os.ReadFile(filepath.Join(progs, "cowsay.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	repo := gittest.New(t, t.TempDir(), modulePath)
	if err := os.MkdirAll(filepath.Join(repo.Dir, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	repo.Commit(map[string]string{TemplateFile: `{"engine": "wasm", "program": "bin/cowsay.wasm",
  "entrypoint": ["{{Message}}"], "inputs": {"Message": "moo"},
  "requirements": {"CPUMilli": 1000, "RAMMiB": 256, "DiskMiB": 100}, "timeoutSeconds": 60, "deterministic": true}`,
		"bin/cowsay.wasm": string(wasm)})
	repo.Tag("v1")
	_, pin, err := (&Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}).Resolve(ctx, modulePath+":v1")
	if err != nil {
		t.Fatal(err)
	}
	mod, err := (&Resolver{CacheDir: t.TempDir(), GitBase: repo.GitBase()}).Load(ctx, modulePath+":v1", pin)
	if err != nil {
		t.Fatal(err)
	}
	job, err := mod.Render("gitwasm", map[string]string{"Message": "hi from git wasm"})
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{WorkDir: t.TempDir(), NoDocker: true})
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer r.Stop()
	res, err := r.Run(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 0 || !strings.Contains(string(res.Stdout), "< hi from git wasm >") {
		t.Fatalf("exit %d stdout %q stderr %q", res.ExitCode, res.Stdout, res.Stderr)
	}
}
