package pgtest

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestStartRunsAServerAndStopRemovesIt: a started server takes connections on its socket,
// runs as the postgres user when the test runs as root (as Postgres requires), and Stop
// ends it and removes its directory.
func TestStartRunsAServerAndStopRemovesIt(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Postgres server: not in the short tier")
	}
	ctx := context.Background()
	s, err := Start(ctx)
	if errors.Is(err, ErrNotInstalled) && os.Getenv(RequireEnv) != "1" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	url, err := s.CreateDB(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	var version int
	if err := c.QueryRow(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil || version < 100000 {
		t.Fatalf("server_version_num %d, %v", version, err)
	}
	c.Close(ctx)
	status, err := os.ReadFile("/proc/" + strconv.Itoa(s.cmd.Process.Pid) + "/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "Uid:" {
			if os.Geteuid() == 0 && f[1] == "0" {
				t.Fatal("postgres runs as root")
			}
			t.Logf("postgres %d runs as uid %s", version, f[1])
		}
	}
	if err := s.DropDB(ctx, url); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.dir); !os.IsNotExist(err) {
		t.Fatalf("%s left behind (%v)", s.dir, err)
	}
	select {
	case <-s.done:
	default:
		t.Fatal("postgres still running after Stop")
	}
}
