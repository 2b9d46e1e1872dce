package bench

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/runner"
)

// TestDealLatencyMatchesEveryJob runs the deal-latency benchmark small, on a devnet: every
// job is matched, within a few blocks of its publication.
func TestDealLatencyMatchesEveryJob(t *testing.T) {
	if testing.Short() {
		t.Skip("a benchmark's run on a devnet whose RP runs containers (make test)")
	}
	testtier.RunsJobs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	rep, err := DealLatency(ctx, 3, 300*time.Millisecond, time.Second, t.TempDir(), testLogger("latency"))
	if errors.Is(err, runner.ErrNoDocker) && os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if rep.Matched != 3 || rep.P50 <= 0 || rep.P99Blocks < 1 || rep.P99Blocks > 5 {
		t.Fatal(rep)
	}
}
