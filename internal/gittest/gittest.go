// Package gittest makes local git repositories for tests: modules from git are resolved and
// fetched from them as they would be from a forge (there is no internet here).
package gittest

import (
	"net/http"
	"net/http/cgi"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Repo is a local git repository at Base/Path, so a Resolver with GitBase "file://"+Base
// finds it as module "Path:TAG".
type Repo struct {
	t    testing.TB
	Base string
	Path string // e.g. "github.com/coophive/cowsay-module"
	Dir  string
}

// New creates an empty repository under base.
func New(t testing.TB, base, path string) *Repo {
	t.Helper()
	r := &Repo{t: t, Base: base, Path: path, Dir: filepath.Join(base, path)}
	if err := os.MkdirAll(r.Dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r.Git("init", "-q", "-b", "main")
	r.Git("config", "user.email", "test@coophive.invalid")
	r.Git("config", "user.name", "test")
	return r
}

// GitBase is the Resolver.GitBase that finds this repository.
func (r *Repo) GitBase() string { return "file://" + r.Base + "/" }

// Serve serves the repositories under Base over git's smart HTTP protocol on loopback until
// the test ends, and returns the GitBase that finds them there.
func (r *Repo) Serve() string {
	srv := httptest.NewServer(r.Handler())
	r.t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// Handler serves the repositories under Base with git http-backend, for a test's own server.
func (r *Repo) Handler() http.Handler {
	r.t.Helper()
	git, err := exec.LookPath("git")
	if err != nil {
		r.t.Fatal(err)
	}
	return &cgi.Handler{Path: git, Args: []string{"http-backend"},
		Env: []string{"GIT_PROJECT_ROOT=" + r.Base, "GIT_HTTP_EXPORT_ALL=1"}}
}

// Commit writes files (name -> content), commits them and returns the commit.
func (r *Repo) Commit(files map[string]string) string {
	r.t.Helper()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(r.Dir, name), []byte(content), 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	r.Git("add", "-A")
	r.Git("commit", "-q", "-m", "change")
	return r.Git("rev-parse", "HEAD")
}

// Tag points tag at HEAD, moving it if it exists.
func (r *Repo) Tag(tag string) { r.Git("tag", "-f", tag) }

// Forget rewrites history so that only HEAD's content remains, and drops every object no ref
// reaches: a commit tagged before is then gone, as after a force-push and a gc.
func (r *Repo) Forget() {
	r.Git("checkout", "-q", "--orphan", "rewritten")
	r.Git("commit", "-q", "-m", "rewritten")
	r.Git("branch", "-D", "main")
	r.Git("branch", "-m", "main")
	for _, tag := range strings.Fields(r.Git("tag")) {
		r.Git("tag", "-f", tag)
	}
	r.Git("reflog", "expire", "--expire=now", "--all")
	r.Git("gc", "-q", "--prune=now")
}

// Git runs git in the repository and returns its trimmed output.
func (r *Repo) Git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}
