// Package clustertest starts a real bacalhau cluster for tests: internal/bacalhaustest (its
// own Go module, built here with the go command) runs an orchestrator + compute node from
// bacalhau's own packages on loopback.
package clustertest

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Start builds and starts the cluster, serving images from the local Docker engine, and
// returns its orchestrator's API URL. The cluster stops when the test ends.
func Start(t testing.TB, ctx context.Context, images ...string) string {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	bin := filepath.Join(t.TempDir(), "bacalhaustest")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	build.Dir = filepath.Join(filepath.Dir(self), "..", "bacalhaustest")
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GONOSUMDB=github.com/bacalhau-project/bacalhau", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build the bacalhau test cluster: %v\n%s", err, out)
	}
	cmd := exec.CommandContext(ctx, bin, images...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "api "); ok {
				found <- strings.Replace(u, "0.0.0.0", "127.0.0.1", 1)
			}
		}
	}()
	select {
	case u := <-found:
		return u
	case <-time.After(2 * time.Minute):
		t.Fatal("the bacalhau test cluster did not start")
	}
	return ""
}
