package node

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
)

// TestStakeLookupsAreBounded: a flood of messages from fresh keys costs a bounded number of
// escrow reads (per forwarding peer and in all), each author's answer is kept, and a staked
// author known before the flood is neither delayed nor charged a lookup token.
func TestStakeLookupsAreBounded(t *testing.T) {
	honest := common.HexToAddress("0x1")
	calls := 0
	s := &stakes{self: peer.ID("self"), lookup: func(_ context.Context, who common.Address) (*big.Int, error) {
		calls++
		if who == honest {
			return big.NewInt(100), nil
		}
		return new(big.Int), nil
	}}
	now := time.Unix(1_000_000, 0)
	ctx := context.Background()
	if !s.enough(ctx, "friend", honest, big.NewInt(50), now) {
		t.Fatal("a staked author was refused")
	}
	if s.enough(ctx, "friend", honest, big.NewInt(500), now) {
		t.Fatal("a job promising more than its author's escrow was accepted")
	}
	calls = 0
	for i := 0; i < 10_000; i++ { // one flooding peer, fresh keys
		if s.enough(ctx, "flooder", common.BigToAddress(big.NewInt(int64(1000+i))), nil, now) {
			t.Fatal("a key without escrow was accepted")
		}
	}
	if calls > peerLookupBurst {
		t.Fatalf("one peer's flood of fresh keys cost %d escrow reads, want at most %d", calls, peerLookupBurst)
	}
	calls = 0
	for i := 0; i < 10_000; i++ { // many flooding peers
		from := peer.ID(fmt.Sprint("flooder", i%500))
		s.enough(ctx, from, common.BigToAddress(big.NewInt(int64(100_000+i))), nil, now)
	}
	if calls > lookupBurst {
		t.Fatalf("500 peers' flood cost %d escrow reads, want at most %d", calls, lookupBurst)
	}
	// the staked author goes on, its answer cached, then refreshed without a token
	calls = 0
	if !s.enough(ctx, "friend", honest, big.NewInt(50), now.Add(time.Second)) || calls != 0 {
		t.Fatalf("a known staked author during a flood: %d reads", calls)
	}
	if !s.enough(ctx, "friend", honest, big.NewInt(50), now.Add(stakeTTL+time.Second)) || calls != 1 {
		t.Fatalf("a known staked author's refresh, all tokens spent: %d reads", calls)
	}
	// a second later the limiter has refilled a little, not a flood's worth
	calls = 0
	for i := 0; i < 10_000; i++ {
		s.enough(ctx, peer.ID(fmt.Sprint("flooder", i%500)), common.BigToAddress(big.NewInt(int64(200_000+i))), nil, now.Add(2*time.Second))
	}
	if calls > 2*lookupRate {
		t.Fatalf("a refilled limiter allowed %d reads", calls)
	}
	s.mu.Lock()
	n := len(s.known)
	s.mu.Unlock()
	if n > maxStakes {
		t.Fatalf("%d authors cached, cap %d", n, maxStakes)
	}
}

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
	maxLookups := lookupBurst + int(rep.Wall.Seconds()+12)*lookupRate + 2 // +2: the honest creator, the observer
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
