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
	"sync"
	"syscall"
	"testing"
	"time"
)

// Start builds and starts the cluster, serving images from the local Docker engine, and
// returns its orchestrator's API URL once a compute node has joined it. The cluster stops when
// the test ends. One cluster runs at a time on a machine (test packages run in parallel).
func Start(t testing.TB, ctx context.Context, images ...string) string {
	t.Helper()
	lockMachine(t)
	_, self, _, _ := runtime.Caller(0)
	bin := filepath.Join(t.TempDir(), "bacalhaustest")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	build.Dir = filepath.Join(filepath.Dir(self), "..", "bacalhaustest")
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GONOSUMDB=github.com/bacalhau-project/bacalhau", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build the bacalhau test cluster: %v\n%s", err, out)
	}
	cmd := exec.CommandContext(ctx, bin, images...)
	var stderr lockedBuffer // the cluster's log, both streams
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("bacalhau test cluster log (tail):\n%s", stderr.tail(4000))
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			_, _ = stderr.Write([]byte(sc.Text() + "\n"))
			if u, ok := strings.CutPrefix(sc.Text(), "api "); ok {
				found <- strings.Replace(u, "0.0.0.0", "127.0.0.1", 1)
			}
		}
	}()
	select {
	case u := <-found:
		return u
	case <-time.After(3 * time.Minute):
		t.Fatalf("the bacalhau test cluster did not start:\n%s", stderr.tail(4000))
	}
	return ""
}

// lockMachine holds a machine-wide lock until the test ends.
func lockMachine(t testing.TB) {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "coophive-bacalhau-cluster.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() }) // closing releases the lock
}

type lockedBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b = append(l.b, p...)
	return len(p), nil
}

func (l *lockedBuffer) tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.b[max(0, len(l.b)-n):])
}
