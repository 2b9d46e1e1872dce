package bench

import (
	"context"
	"testing"

	"github.com/coophive/coophive/internal/testtier"
)

// TestBenchGossipDeliversEverything runs the gossip benchmark small, on each network: every
// timed offer reaches every other node (and the warm-up's are not counted), and the thin
// mesh sends each node few copies (gossipsub's defaults sent about 6 each here; its
// latencies are a benchmark's, not asserted).
func TestBenchGossipDeliversEverything(t *testing.T) {
	testtier.SkipUnlessJobs(t)
	if testing.Short() {
		t.Skip("a benchmark's run (make test)")
	}
	for _, transport := range []string{TransportQUIC, TransportTCP, TransportSimulated} {
		rep, err := Gossip(context.Background(), GossipConfig{Nodes: 10, Offers: 50, Rate: 50, Warmup: 20, Transport: transport}, testLogger("bench"))
		if err != nil {
			t.Fatal(err)
		}
		if rep.Delivered != 1 || rep.P99 <= 0 || rep.CopiesPerDelivery < 1 || rep.CopiesPerDelivery > 4 || rep.AllocMiB <= 0 {
			t.Errorf("%s: %s; %s", transport, rep, rep.Detail())
		}
	}
	for name, bad := range map[string]GossipConfig{
		"an unknown transport": {Nodes: 2, Offers: 1, Rate: 1, Transport: "carrier pigeon"},
		"a rate of 0":          {Nodes: 2, Offers: 1},
		"a single node":        {Nodes: 1, Offers: 1, Rate: 1},
		"a negative warm-up":   {Nodes: 2, Offers: 1, Rate: 1, Warmup: -1},
	} {
		if _, err := Gossip(context.Background(), bad, testLogger("bench")); err == nil {
			t.Errorf("%s was accepted", name)
		}
	}
}
