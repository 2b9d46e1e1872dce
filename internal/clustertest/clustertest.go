// Package clustertest starts a real bacalhau cluster for tests: internal/bacalhaustest (its
// own Go module, built here with the go command) runs an orchestrator + compute node from
// bacalhau's own packages on loopback.
package clustertest

import (
	"bufio"
	"context"
	"fmt"
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
// the test ends. One cluster runs at a time on a machine (test packages run in parallel). A
// cluster whose compute node does not connect (seen on loaded machines: it registers, then
// its heartbeats stop) is replaced by a fresh one, up to three times.
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
	var log lockedBuffer // every attempt's log, both streams
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("bacalhau test cluster log (tail):\n%s", log.tail(4000))
		}
	})
	for attempt := 1; attempt <= 3; attempt++ {
		fmt.Fprintf(&log, "--- attempt %d\n", attempt)
		if url, ok := startOnce(t, ctx, bin, images, &log); ok {
			return url
		}
	}
	t.Fatalf("the bacalhau test cluster did not start:\n%s", log.tail(4000))
	return ""
}

// startOnce starts one cluster process and waits for its "api" line; false when it exits
// (or hangs) without one.
func startOnce(t testing.TB, ctx context.Context, bin string, images []string, log *lockedBuffer) (string, bool) {
	cmd := exec.CommandContext(ctx, bin, images...)
	cmd.Stderr = log
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stop := func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() }
	found := make(chan string, 1)
	go func() {
		defer close(found)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			_, _ = log.Write([]byte(sc.Text() + "\n"))
			if u, ok := strings.CutPrefix(sc.Text(), "api "); ok {
				found <- strings.Replace(u, "0.0.0.0", "127.0.0.1", 1)
			}
		}
	}()
	select {
	case u, ok := <-found:
		if ok {
			t.Cleanup(stop)
			return u, true
		}
	case <-time.After(2 * time.Minute):
	}
	stop()
	return "", false
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
