package runner

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// TemplateFile is the module template a git module's repository holds at its root.
const TemplateFile = "module.json"

// Pin is what a git module's tag resolved to: the commit and the sha256 of its template file.
type Pin struct {
	Commit   string   // 40 lowercase hex digits
	Template [32]byte // sha256 of TemplateFile at Commit
}

// ErrPinMismatch is returned when a repository does not hold what a job pinned.
var ErrPinMismatch = errors.New("module does not match its pin")

// Resolver resolves module names: built-in ones ("cowsay:v0.0.1") and modules from git
// ("github.com/ORG/REPO:TAG"), whose repositories it fetches with the git command and caches
// by commit under CacheDir.
type Resolver struct {
	// CacheDir holds one bare repository per fetched commit.
	CacheDir string
	// GitBase prefixes a module's repository path to make its clone URL: "https://" by default
	// (github.com/org/repo -> https://github.com/org/repo); tests point it at local repositories.
	// Only https://, http:// and file:// bases are taken (CheckGitBase).
	GitBase string
	// Limits bound each fetch from the network (zero values take the defaults).
	Limits FetchLimits
}

// gitTimeout bounds every git command.
const gitTimeout = 2 * time.Minute

// IsGitModule reports whether name names a module in a git repository (a path with a host).
func IsGitModule(name string) bool {
	repo, _, ok := strings.Cut(name, ":")
	return ok && strings.Contains(repo, "/")
}

var (
	repoPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]*(/[A-Za-z0-9._-]+)+$`)
	tagPattern  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]*$`)
	commitHex   = regexp.MustCompile(`^[0-9a-f]{40}$`)
)

// splitGitName splits "host/org/repo:tag", refusing anything that could act as a git option
// or leave the repository path.
func splitGitName(name string) (repo, tag string, err error) {
	repo, tag, _ = strings.Cut(name, ":")
	if !repoPattern.MatchString(repo) || strings.Contains(repo, "..") || !tagPattern.MatchString(tag) || strings.Contains(tag, "..") {
		return "", "", fmt.Errorf("%w: %q is not HOST/ORG/REPO:TAG", ErrUnknownModule, name)
	}
	return repo, tag, nil
}

// CheckGitName says whether a git module's name is well formed (without fetching anything).
func CheckGitName(name string) error {
	_, _, err := splitGitName(name)
	return err
}

// CheckGitBase refuses a GitBase whose fetches could not be held to FetchLimits.
func CheckGitBase(base string) error {
	_, err := cloneURL(base, "example.org/org/repo")
	return err
}

// DefaultGitBase is the GitBase when none is set: a module's HOST/ORG/REPO is cloned from
// https://HOST/ORG/REPO.
const DefaultGitBase = "https://"

func cloneURL(base, repo string) (*url.URL, error) {
	if base == "" {
		base = DefaultGitBase
	}
	u, err := url.Parse(base + repo)
	if err == nil && u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "file" {
		err = errors.New("want https://, http:// or file://")
	}
	if err != nil {
		return nil, fmt.Errorf("module git base %q: %w", base, err)
	}
	return u, nil
}

// Resolve is the JC's side: it resolves a module name to the module and, for a git module,
// its pin (the tag's commit now and its template's hash). Built-in modules have no pin.
func (ms *Resolver) Resolve(ctx context.Context, name string) (*Module, *Pin, error) {
	if !IsGitModule(name) {
		m, err := Lookup(name)
		return m, nil, err
	}
	repo, tag, err := splitGitName(name)
	if err != nil {
		return nil, nil, err
	}
	commit, err := ms.resolveTag(ctx, repo, tag)
	if err != nil {
		return nil, nil, err
	}
	tmpl, err := ms.template(ctx, repo, tag, commit)
	if err != nil {
		return nil, nil, err
	}
	pin := &Pin{Commit: commit, Template: sha256.Sum256(tmpl)}
	m, err := ParseTemplate(name, tmpl)
	if err != nil {
		return nil, nil, err
	}
	return m, pin, ms.placeProgram(ctx, m, commit)
}

// Load is the RP's and the mediator's side: the module a job pinned, fetched by its commit
// (from the cache when it is there) and checked against the pin's template hash. A built-in
// module must come without a pin, a git module with one.
func (ms *Resolver) Load(ctx context.Context, name string, pin *Pin) (*Module, error) {
	if !IsGitModule(name) {
		if pin != nil {
			return nil, fmt.Errorf("%w: built-in module %s carries a pin", ErrPinMismatch, name)
		}
		return Lookup(name)
	}
	if pin == nil || !commitHex.MatchString(pin.Commit) {
		return nil, fmt.Errorf("%w: git module %s needs a pinned commit", ErrPinMismatch, name)
	}
	repo, tag, err := splitGitName(name)
	if err != nil {
		return nil, err
	}
	tmpl, err := ms.template(ctx, repo, tag, pin.Commit)
	if err != nil {
		return nil, err
	}
	if got := sha256.Sum256(tmpl); got != pin.Template {
		return nil, fmt.Errorf("%w: %s at %s has template sha256 %x, the job pinned %x", ErrPinMismatch, name, pin.Commit[:12], got, pin.Template)
	}
	m, err := ParseTemplate(name, tmpl)
	if err != nil {
		return nil, err
	}
	return m, ms.placeProgram(ctx, m, pin.Commit)
}

// placeProgram puts a wasm module's program, the file at its path in the pinned commit, on
// this host beside the commit's cache, and points the module at it.
func (ms *Resolver) placeProgram(ctx context.Context, m *Module, commit string) error {
	if m.Engine != EngineWasm {
		return nil
	}
	dir := filepath.Join(ms.CacheDir, commit)
	path, err := filepath.Abs(filepath.Join(dir, "programs", filepath.Base(m.program)))
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		b, err := blob(ctx, dir, commit, m.program, ms.Limits.withDefaults().MaxBytes)
		if err != nil {
			return fmt.Errorf("%s at %.12s: program: %w", m.Name, commit, err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path+".tmp", b, 0o644); err != nil {
			return err
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			return err
		}
	}
	m.Wasm = path
	return nil
}

// resolveTag asks the repository which commit tag names now (the peeled commit of an
// annotated tag).
func (ms *Resolver) resolveTag(ctx context.Context, repo, tag string) (string, error) {
	var out []byte
	err := ms.remote(ctx, repo, func(ctx context.Context, r remote) (err error) {
		out, err = r.git(ctx, "", "ls-remote", "--tags", "--", r.url, "refs/tags/"+tag, "refs/tags/"+tag+"^{}")
		return err
	})
	if err != nil {
		return "", fmt.Errorf("resolve %s:%s: %w", repo, tag, err)
	}
	var commit string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		sha, ref, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if ref == "refs/tags/"+tag+"^{}" || commit == "" {
			commit = sha
		}
	}
	if !commitHex.MatchString(commit) {
		return "", fmt.Errorf("%w: %s has no tag %q", ErrUnknownModule, repo, tag)
	}
	return commit, nil
}

// template returns TemplateFile at commit, fetching the commit into the cache first.
func (ms *Resolver) template(ctx context.Context, repo, tag, commit string) ([]byte, error) {
	dir, err := ms.fetch(ctx, repo, tag, commit)
	if err != nil {
		return nil, err
	}
	out, err := blob(ctx, dir, commit, TemplateFile, MaxTemplateBytes)
	if err != nil {
		return nil, fmt.Errorf("%s at %.12s: %w", repo, commit, err)
	}
	return out, nil
}

// blob reads the file at path in commit, refusing one over max bytes before reading it.
func blob(ctx context.Context, dir, commit, path string, max int64) ([]byte, error) {
	size, err := git(ctx, dir, "cat-file", "-s", commit+":"+path)
	if err != nil {
		return nil, fmt.Errorf("%w: no %s", ErrUnknownModule, path)
	}
	if n, err := strconv.ParseInt(strings.TrimSpace(string(size)), 10, 64); err != nil || n > max {
		return nil, fmt.Errorf("%w: %s is %s bytes, over the %s limit", ErrModuleFetch, path, strings.TrimSpace(string(size)), formatBytes(max))
	}
	return git(ctx, dir, "cat-file", "blob", commit+":"+path)
}

// fetch makes sure the cache holds commit, in a bare repository of its own. It fetches the
// commit itself; a server that will not serve a bare commit is asked for the tag, and the
// tag must still point there.
func (ms *Resolver) fetch(ctx context.Context, repo, tag, commit string) (string, error) {
	dir := filepath.Join(ms.CacheDir, commit)
	if _, err := os.Stat(filepath.Join(dir, "coophive-complete")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(ms.CacheDir, 0o755); err != nil {
		return "", fmt.Errorf("module cache: %w", err)
	}
	tmp, err := os.MkdirTemp(ms.CacheDir, "fetch-")
	if err != nil {
		return "", fmt.Errorf("module cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	if _, err := git(ctx, tmp, "init", "-q", "--bare"); err != nil {
		return "", err
	}
	err = ms.remote(ctx, repo, func(ctx context.Context, r remote) error {
		if _, err := r.git(ctx, tmp, "fetch", "-q", "--depth", "1", "--", r.url, commit); err != nil {
			if _, terr := r.git(ctx, tmp, "fetch", "-q", "--depth", "1", "--", r.url, "refs/tags/"+tag); terr != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("fetch %s at %s: %w", repo, commit[:12], err)
	}
	got, err := git(ctx, tmp, "rev-parse", "--verify", "-q", commit+"^{commit}")
	if err != nil || strings.TrimSpace(string(got)) != commit {
		head, _ := git(ctx, tmp, "rev-parse", "FETCH_HEAD^{commit}")
		return "", fmt.Errorf("%w: %s:%s now points at %.12s, the job pinned %.12s, which the repository no longer serves",
			ErrPinMismatch, repo, tag, strings.TrimSpace(string(head)), commit)
	}
	if err := os.WriteFile(filepath.Join(tmp, "coophive-complete"), nil, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		if _, serr := os.Stat(filepath.Join(dir, "coophive-complete")); serr != nil {
			return "", fmt.Errorf("module cache: %w", err)
		}
	}
	return dir, nil
}

// git runs one local git command with a deadline and no prompts; dir "" runs it anywhere.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	return remote{}.git(ctx, dir, args...)
}

// remote is how git reaches a module's repository: its clone URL, the options that send its
// connections through the fetch guard, and the transports it may use.
type remote struct {
	url    string
	config []string // git -c options
	env    []string
}

// git runs one git command with a deadline and no prompts; dir "" runs it anywhere.
func (r remote) git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, gitTimeout)
	defer cancel()
	var full []string
	for _, c := range r.config {
		full = append(full, "-c", c)
	}
	if dir != "" {
		full = append(full, "--git-dir", dir)
	}
	cmd := exec.CommandContext(ctx, "git", append(full, args...)...)
	cmd.Env = append(gitEnv(), r.env...)
	cmd.WaitDelay = 5 * time.Second // a helper process still holding stdout once git is killed
	killGroup(cmd)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %w: %s", args[0], err, lastLine(stderr.String()))
	}
	return out, nil
}

// gitEnv is this process's environment without the proxy settings (git's connections go
// through the fetch guard only), with prompts and the system config off.
func gitEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch strings.ToLower(name) {
		case "http_proxy", "https_proxy", "all_proxy", "no_proxy", "git_proxy_command":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GIT_TERMINAL_PROMPT=0", "GIT_CONFIG_NOSYSTEM=1")
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// remote runs f, the git commands that reach repo, within the fetch limits: one deadline for
// them all and, over http(s), every connection through a guard. A limit hit is the error.
func (ms *Resolver) remote(ctx context.Context, repo string, f func(context.Context, remote) error) error {
	l := ms.Limits.withDefaults()
	u, err := cloneURL(ms.GitBase, repo)
	if err != nil {
		return err
	}
	fctx, cancel := context.WithTimeout(ctx, l.Timeout)
	defer cancel()
	r := remote{url: u.String(), env: []string{"GIT_ALLOW_PROTOCOL=file"}}
	if u.Scheme == "file" {
		return timeLimit(ctx, fctx, l, f(fctx, r))
	}
	if _, err := l.resolve(fctx, u.Hostname()); err != nil {
		return err
	}
	g, err := startGuard(l)
	if err != nil {
		return err
	}
	defer g.close()
	r.config = []string{"http.proxy=" + g.URL()}
	// No global config either: no url.insteadOf or per-URL proxy can route around the guard.
	r.env = []string{"GIT_ALLOW_PROTOCOL=http:https", "GIT_CONFIG_GLOBAL=/dev/null"}
	err = f(fctx, r)
	if gerr := g.err(); gerr != nil {
		return gerr
	}
	return timeLimit(ctx, fctx, l, err)
}

// timeLimit names the limit when err came from fctx's deadline, not from ctx's end.
func timeLimit(ctx, fctx context.Context, l FetchLimits, err error) error {
	if err != nil && ctx.Err() == nil && fctx.Err() != nil {
		return fmt.Errorf("%w: not done within %s (module fetch time limit)", ErrModuleFetch, l.Timeout)
	}
	return err
}

// moduleTemplate is the format of TemplateFile. Only entrypoint elements and env values may
// hold placeholders ({{Name}}, one per declared input); they are filled after the template is
// parsed, each value into its own string, so no value can change the job's structure.
type moduleTemplate struct {
	Description   string            `json:"description"`
	Engine        string            `json:"engine"`  // "docker" or "wasm"
	Image         string            `json:"image"`   // docker: the image
	Program       string            `json:"program"` // wasm: the WASI program, a path in the repository
	Entrypoint    []string          `json:"entrypoint"`
	Env           map[string]string `json:"env"`
	Inputs        map[string]string `json:"inputs"` // name -> default value
	Requirements  Requirements      `json:"requirements"`
	TimeoutSecs   int64             `json:"timeoutSeconds"`
	Deterministic bool              `json:"deterministic"`
}

var (
	programPath = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._/-]*\.wasm$`)
	placeholder = regexp.MustCompile(`\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}`)
	envName     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// ParseTemplate parses a git module's template strictly into a Module named name.
func ParseTemplate(name string, data []byte) (*Module, error) {
	var t moduleTemplate
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%w: %s: %s: %v", ErrUnknownModule, name, TemplateFile, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: %s: %s: data after the template", ErrUnknownModule, name, TemplateFile)
	}
	if err := t.validate(); err != nil {
		return nil, fmt.Errorf("%w: %s: %s: %v", ErrUnknownModule, name, TemplateFile, err)
	}
	inputs := make([]string, 0, len(t.Inputs))
	for k := range t.Inputs {
		inputs = append(inputs, k)
	}
	return &Module{
		Name: name, Description: t.Description, Requirements: t.Requirements, Image: t.Image,
		Inputs: sortedCopy(inputs), Timeout: time.Duration(t.TimeoutSecs) * time.Second,
		Deterministic: t.Deterministic, Engine: t.Engine, program: t.Program, render: t.render,
	}, nil
}

func (t *moduleTemplate) validate() error {
	switch {
	case t.Engine != EngineDocker && t.Engine != EngineWasm:
		return fmt.Errorf("engine %q: want %q or %q", t.Engine, EngineDocker, EngineWasm)
	case t.Engine == EngineDocker && (t.Image == "" || t.Program != "" || len(t.Entrypoint) == 0):
		return errors.New("a docker module needs an image and an entrypoint, and no program")
	case t.Engine == EngineWasm && (t.Image != "" || !programPath.MatchString(t.Program) || strings.Contains(t.Program, "..")):
		return errors.New("a wasm module needs a program (a relative path of letters, digits, '.', '_', '-', '/') and no image")
	case t.Requirements.CPUMilli == 0 || t.Requirements.RAMMiB == 0:
		return errors.New("requirements need cpuMilli and ramMiB")
	case t.TimeoutSecs <= 0:
		return errors.New("timeoutSeconds must be positive")
	}
	for k := range t.Env {
		if !envName.MatchString(k) {
			return fmt.Errorf("env name %q", k)
		}
	}
	fields := append(append([]string{}, t.Entrypoint...), mapValues(t.Env)...)
	for _, f := range fields {
		for _, m := range placeholder.FindAllStringSubmatch(f, -1) {
			if _, ok := t.Inputs[m[1]]; !ok {
				return fmt.Errorf("placeholder {{%s}} names no declared input", m[1])
			}
		}
	}
	return nil
}

// render fills the placeholders of each entrypoint element and env value with the inputs (or
// their defaults). A value is inserted once, as text: it is never parsed again.
func (t *moduleTemplate) render(in map[string]string) Spec {
	fill := func(s string) string {
		return placeholder.ReplaceAllStringFunc(s, func(ph string) string {
			name := placeholder.FindStringSubmatch(ph)[1]
			if v, ok := in[name]; ok {
				return v
			}
			return t.Inputs[name]
		})
	}
	spec := Spec{Entrypoint: make([]string, len(t.Entrypoint))}
	for i, e := range t.Entrypoint {
		spec.Entrypoint[i] = fill(e)
	}
	for _, k := range sortedCopy(mapKeys(t.Env)) {
		spec.Env = append(spec.Env, k+"="+fill(t.Env[k]))
	}
	return spec
}

func mapKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func mapValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
