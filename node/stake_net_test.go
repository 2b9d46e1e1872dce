package node

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
)

// TestBenchFloodHonestGetThrough runs the flood benchmark small: every honest job reaches
// the observer while fresh keys without escrow flood it, and the flood costs the observer a
// bounded number of escrow reads (the limiter's burst plus its rate over the flood).
func TestBenchFloodHonestGetThrough(t *testing.T) {
	if testing.Short() {
		t.Skip("a benchmark's run (make test)")
	}
	rep, err := BenchFlood(context.Background(), FloodConfig{Keys: 200, Msgs: 2000, Rate: 1000, Attackers: 2, Honest: 20,
		DataDir: t.TempDir()}, testLogger("flood"))
	if err != nil {
		t.Fatal(err)
	}
	maxLookups := gossip.LookupBurst + int(rep.Wall.Seconds()+12)*gossip.LookupRate + 2 // +2: the honest creator, the observer
	if rep.HonestDelivered != 1 || rep.Sent != 2000 || rep.Lookups > maxLookups || rep.RSSMiB <= 0 {
		t.Fatalf("%s; %s (at most %d lookups)", rep, rep.Detail(), maxLookups)
	}
	if _, err := BenchFlood(context.Background(), FloodConfig{Keys: 0, Msgs: 1, Rate: 1, Honest: 1, DataDir: t.TempDir()}, testLogger("flood")); err == nil {
		t.Fatal("a flood of no keys was accepted")
	}
}

// TestSolverPendingJobsPerCreator: one creator, however staked, holds at most
// maxPendingPerJC of a solver's pending jobs; others still get in, and a job that leaves
// frees its creator's slot.
func TestSolverPendingJobsPerCreator(t *testing.T) {
	s := newSolver(&Node{})
	spammer, honest := common.Address{1}, common.Address{2}
	job := func(creator common.Address, i int64) (common.Hash, *matching.SignedJob) {
		return common.BigToHash(big.NewInt(i)), &matching.SignedJob{Offer: matching.JobOffer{Creator: creator, Nonce: big.NewInt(i)}}
	}
	for i := int64(0); i < 2*maxPendingPerJC; i++ {
		s.addJob(job(spammer, i))
	}
	id, j := job(honest, 1<<20)
	s.addJob(id, j)
	if len(s.pending) != maxPendingPerJC+1 || s.byJC[spammer] != maxPendingPerJC || s.pending[id] == nil {
		t.Fatalf("pending %d (spammer %d), honest job kept: %v", len(s.pending), s.byJC[spammer], s.pending[id] != nil)
	}
	s.mu.Lock()
	s.dropPending(common.BigToHash(big.NewInt(0)))
	s.mu.Unlock()
	s.addJob(job(spammer, 1<<21))
	if s.byJC[spammer] != maxPendingPerJC || len(s.pending) != maxPendingPerJC+1 {
		t.Fatalf("after one left and one came: spammer %d, pending %d", s.byJC[spammer], len(s.pending))
	}
}
