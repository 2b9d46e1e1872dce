package bench

import (
	"context"
	"log/slog"
	"os"
	"testing"

	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/node/gossip"
)

// TestBenchFloodHonestGetThrough runs the flood benchmark small: every honest job reaches
// the observer while fresh keys without escrow flood it, and the flood costs the observer a
// bounded number of escrow reads (the limiter's burst plus its rate over the flood).
func TestBenchFloodHonestGetThrough(t *testing.T) {
	testtier.SkipUnlessJobs(t)
	if testing.Short() {
		t.Skip("a benchmark's run (make test)")
	}
	rep, err := Flood(context.Background(), FloodConfig{Keys: 200, Msgs: 2000, Rate: 1000, Attackers: 2, Honest: 20,
		DataDir: t.TempDir()}, testLogger("flood"))
	if err != nil {
		t.Fatal(err)
	}
	maxLookups := gossip.LookupBurst + int(rep.Wall.Seconds()+12)*gossip.LookupRate + 2 // +2: the honest creator, the observer
	if rep.HonestDelivered != 1 || rep.Sent != 2000 || rep.Lookups > maxLookups || rep.RSSMiB <= 0 {
		t.Fatalf("%s; %s (at most %d lookups)", rep, rep.Detail(), maxLookups)
	}
	if _, err := Flood(context.Background(), FloodConfig{Keys: 0, Msgs: 1, Rate: 1, Honest: 1, DataDir: t.TempDir()}, testLogger("flood")); err == nil {
		t.Fatal("a flood of no keys was accepted")
	}
}

// testLogger logs warnings and errors (everything with COOPHIVE_TEST_LOG set), as node's tests do.
func testLogger(name string) *slog.Logger {
	level := slog.LevelWarn
	if os.Getenv("COOPHIVE_TEST_LOG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})).With("node", name)
}
