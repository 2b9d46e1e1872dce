package runner

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dockermodels "github.com/bacalhau-project/bacalhau/pkg/executor/docker/models"

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

// FuzzParseTemplate: any bytes from a repository either parse into a module whose rendering
// keeps the template's structure, or are refused; nothing panics.
func FuzzParseTemplate(f *testing.F) {
	f.Add([]byte(cowsayTemplate("hi")), "moo")
	f.Add([]byte(`{"engine":"docker","image":"x","entrypoint":["{{A}}"],"inputs":{"A":""},"requirements":{"CPUMilli":1,"RAMMiB":1},"timeoutSeconds":1}`), "{{A}}")
	f.Fuzz(func(t *testing.T, data []byte, value string) {
		m, err := ParseTemplate("github.com/x/y:v1", data)
		if err != nil {
			return
		}
		in := map[string]string{}
		for _, name := range m.Inputs {
			in[name] = value
		}
		job, err := m.Render("fuzz", in)
		if err != nil {
			return // bacalhau's own validation may refuse a rendered job
		}
		spec, err := dockermodels.DecodeSpec(job.Task().Engine)
		if err != nil {
			t.Fatal(err)
		}
		if spec.Image != m.Image {
			t.Fatalf("image %q rendered as %q", m.Image, spec.Image)
		}
	})
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
