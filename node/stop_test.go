package node

import (
	"net"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/p2p"
)

// TestStopIsClean: Stop ends every goroutine the node started, releases its UDP port and its
// store (another node can open the same data dir at once), and a second Stop answers the same.
func TestStopIsClean(t *testing.T) {
	m := newMarket(t, "solver")
	cfg := m.config("solver", RoleSolver)
	first := m.start("solver", cfg) // warms libp2p's process-wide goroutines up
	if err := first.Stop(); err != nil {
		t.Fatal(err)
	}
	baseline := runtime.NumGoroutine()
	n := m.start("solver-again", cfg)
	udp := listenPort(t, n.Host())
	if err := n.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if err := n.Stop(); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > baseline && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > baseline {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after Stop, %d before Start:\n%s", got, baseline, buf[:runtime.Stack(buf, true)])
	}
	c, err := net.ListenPacket("udp4", "127.0.0.1:"+udp)
	if err != nil {
		t.Fatalf("the node's UDP port %s is still held: %v", udp, err)
	}
	c.Close()
	s, err := openStore(cfg.DataDir)
	if err != nil {
		t.Fatalf("the store is still held: %v", err)
	}
	s.close()
}

// listenPort is the UDP port of h's first QUIC address.
func listenPort(t *testing.T, h *p2p.Host) string {
	for _, a := range h.Addrs() {
		parts := strings.Split(a, "/")
		for i := 0; i+1 < len(parts); i++ {
			if parts[i] == "udp" {
				return parts[i+1]
			}
		}
	}
	t.Fatalf("no UDP address in %v", h.Addrs())
	return ""
}
