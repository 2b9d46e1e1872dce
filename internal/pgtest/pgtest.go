// Package pgtest starts throwaway Postgres servers for tests: initdb into a temporary
// directory, postgres listening on a unix socket there only (no TCP port to collide on),
// stopped when the tests end. It uses the binaries of Debian's postgresql package
// (/usr/lib/postgresql/N/bin) or those on PATH.
//
// Postgres refuses to run as root. Run as root (as CI is), the server runs as the postgres
// user the Debian package creates: the directory is handed to it and the processes started
// with its uid and gid.
//
// A test calls DB for a fresh database of the package's shared server, which starts at the
// first call; the package's TestMain calls Main, which stops it after the tests. Under -short
// DB skips (it starts a process). Where Postgres is not installed it skips, unless
// COOPHIVE_REQUIRE_POSTGRES=1 (make test sets it), which makes that a failure.
//
// The server trades durability for speed (fsync off): a test may kill the processes that use
// it, not the machine.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// RequireEnv, set to 1, makes a missing Postgres a failure instead of a skip.
const RequireEnv = "COOPHIVE_REQUIRE_POSTGRES"

// ErrNotInstalled: no initdb and postgres binaries were found.
var ErrNotInstalled = errors.New("pgtest: Postgres is not installed (apt-get install postgresql)")

// startWait bounds a server's start: generous, since a loaded machine is slow, and only
// reached when the server is stuck (its exit is noticed at once).
const startWait = 2 * time.Minute

// Server is a running Postgres cluster in a temporary directory.
type Server struct {
	dir  string // the cluster's directory: data/, the socket, the log
	cred *syscall.Credential
	cmd  *exec.Cmd
	done chan struct{} // closed when the postgres process has exited
	err  error         // its exit status, once done
	dbs  atomic.Int64  // databases created, for their names
}

// BinDir returns the directory holding initdb and postgres: the newest
// /usr/lib/postgresql/N/bin (Debian's layout, not on PATH), else PATH's.
func BinDir() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	version := func(d string) int { v, _ := strconv.Atoi(filepath.Base(filepath.Dir(d))); return v }
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
	}
	initdb, err := exec.LookPath("initdb")
	if err != nil {
		return "", ErrNotInstalled
	}
	initdb, _ = filepath.EvalSymlinks(initdb)
	d := filepath.Dir(initdb)
	if !isExec(filepath.Join(d, "postgres")) {
		return "", ErrNotInstalled
	}
	return d, nil
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// Start initialises a cluster in a new temporary directory and starts its server. Stop
// stops it and removes the directory.
func Start(ctx context.Context) (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "coophive-pg-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &Server{dir: dir, done: make(chan struct{})}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(dir)
		}
	}()
	if os.Geteuid() == 0 {
		if s.cred, err = postgresUser(dir); err != nil {
			return nil, err
		}
	}
	initdb := exec.CommandContext(ctx, filepath.Join(bin, "initdb"), "-D", s.dataDir(), "-U", "postgres",
		"-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	logf, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	defer logf.Close() // the child holds its own descriptor
	s.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", s.dataDir(), "-k", dir,
		"-c", "listen_addresses=", "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "max_connections=200")
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// Pdeathsig: should the test binary die without stopping it, the server goes too
	// (SIGQUIT: immediate shutdown).
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred, Pdeathsig: syscall.SIGQUIT}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("pgtest: start postgres: %w", err)
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	if err := s.waitReady(ctx); err != nil {
		s.cmd.Process.Kill()
		<-s.done
		return nil, fmt.Errorf("%w\n%s", err, s.Log())
	}
	ok = true
	return s, nil
}

// postgresUser hands dir to the postgres user and returns its credential, for a root
// process: postgres refuses to run as root.
func postgresUser(dir string) (*syscall.Credential, error) {
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("pgtest: running as root needs the postgres user (Debian's postgresql package creates it): %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	// The postgres user must be able to reach dir: every parent traversable by others.
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("pgtest: %w", err)
		}
		if fi.Mode().Perm()&0o001 == 0 {
			return nil, fmt.Errorf("pgtest: the postgres user cannot reach %s: %s is not traversable by others (set TMPDIR)", dir, p)
		}
		if p == filepath.Dir(p) {
			break
		}
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func (s *Server) dataDir() string { return filepath.Join(s.dir, "data") }

// URL returns the URL of database db on this server (over its unix socket).
func (s *Server) URL(db string) string {
	return "postgres://postgres@/" + db + "?host=" + s.dir + "&sslmode=disable"
}

// Log returns the server's log so far.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "postgres.log"))
	return string(b)
}

// waitReady waits until the server takes connections, it exits, or startWait passes.
func (s *Server) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startWait)
	defer cancel()
	for {
		c, err := pgx.Connect(ctx, s.URL("postgres"))
		if err == nil {
			return c.Close(ctx)
		}
		select {
		case <-s.done:
			return fmt.Errorf("pgtest: postgres exited: %v", s.err)
		case <-ctx.Done():
			return fmt.Errorf("pgtest: postgres not ready after %s: %w", startWait, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// CreateDB creates an empty database and returns its URL.
func (s *Server) CreateDB(ctx context.Context) (string, error) {
	name := fmt.Sprintf("test_%d", s.dbs.Add(1))
	c, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return "", fmt.Errorf("pgtest: %w", err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("pgtest: create database: %w", err)
	}
	return s.URL(name), nil
}

// DropDB drops a database CreateDB made, disconnecting whoever still uses it.
func (s *Server) DropDB(ctx context.Context, url string) error {
	name := strings.TrimPrefix(url, "postgres://postgres@/")
	name, _, _ = strings.Cut(name, "?")
	c, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "DROP DATABASE "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("pgtest: drop database: %w", err)
	}
	return nil
}

// Stop shuts the server down (fast shutdown: clients disconnected) and removes its directory.
func (s *Server) Stop() error {
	defer os.RemoveAll(s.dir)
	select {
	case <-s.done:
	default:
		s.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-s.done:
		case <-time.After(time.Minute):
			s.cmd.Process.Kill()
			<-s.done
			return errors.New("pgtest: postgres did not stop within a minute; killed")
		}
	}
	var exit *exec.ExitError
	if s.err != nil && !errors.As(s.err, &exit) {
		return fmt.Errorf("pgtest: postgres: %w", s.err)
	}
	return nil
}

var shared struct {
	mu  sync.Mutex
	srv *Server
	err error
}

// DB returns the URL of a fresh, empty database on the package's shared server (started at
// the first call), dropped when t ends. It skips under -short, and where Postgres is not
// installed unless COOPHIVE_REQUIRE_POSTGRES=1; a server that fails to start fails t.
func DB(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a Postgres server: not in the short tier")
	}
	shared.mu.Lock()
	if shared.srv == nil && shared.err == nil {
		shared.srv, shared.err = Start(context.Background())
	}
	srv, err := shared.srv, shared.err
	shared.mu.Unlock()
	if errors.Is(err, ErrNotInstalled) && os.Getenv(RequireEnv) != "1" {
		t.Skipf("%v; %s=1 makes this a failure", err, RequireEnv)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	url, err := srv.CreateDB(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.DropDB(ctx, url); err != nil {
			t.Errorf("%v", err)
		}
	})
	return url
}

// Main runs a package's tests, then stops the shared server DB started, if any. A package
// whose tests call DB calls it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	shared.mu.Lock()
	if shared.srv != nil {
		if err := shared.srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}
	shared.mu.Unlock()
	os.Exit(code)
}
