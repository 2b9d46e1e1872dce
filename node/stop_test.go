package node

import "testing"

func TestStopIsClean(t *testing.T) {
	m := newMarket(t, "solver")
	n := m.start("solver", m.config("solver", RoleSolver))
	if err := n.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
}
