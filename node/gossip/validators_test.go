package gossip

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// chainView is the in-memory chain the validators read through their two lookups: each
// address's free escrow and the settled jobs, counting the reads.
type chainView struct {
	mu      sync.Mutex
	escrow  map[common.Address]*big.Int
	settled map[common.Hash]bool
	reads   int
}

func (c *chainView) deal(_ context.Context, id common.Hash) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	return c.settled[id], nil
}

func (c *chainView) free(_ context.Context, who common.Address) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	if v, ok := c.escrow[who]; ok {
		return v, nil
	}
	return new(big.Int), nil
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func key(t *testing.T) (*ecdsa.PrivateKey, common.Address, peer.ID) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	id, err := p2p.PeerIDOf(k)
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey), id
}

// fixture is a market of one JC and one RP with escrow, one key without, and validators
// reading chainView at a fixed clock.
type fixture struct {
	t                *testing.T
	domain           matching.Domain
	now              uint64
	view             *chainView
	v                *Validators
	jcKey, rpKey     *ecdsa.PrivateKey
	poorKey, other   *ecdsa.PrivateKey
	rpPeer, poorPeer peer.ID
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{t: t, domain: matching.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xc0ffee")},
		now: 1_800_000_000}
	var jc, rp common.Address
	f.jcKey, jc, _ = key(t)
	f.rpKey, rp, f.rpPeer = key(t)
	f.poorKey, _, f.poorPeer = key(t)
	f.other, _, _ = key(t)
	f.view = &chainView{escrow: map[common.Address]*big.Int{jc: tokens(20), rp: tokens(20)}, settled: map[common.Hash]bool{}}
	f.v = &Validators{Domain: f.domain, Now: func() time.Time { return time.Unix(int64(f.now), 0) }, Deal: f.view.deal,
		Stakes: &Stakes{Lookup: f.view.free, Self: "self"}}
	return f
}

func (f *fixture) job(key *ecdsa.PrivateKey, mutate func(*matching.JobOffer)) *matching.SignedJob {
	j := matching.JobOffer{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}, MaxPrice: tokens(5), Collateral: tokens(1),
		MediationFee: tokens(1), Mediators: []common.Address{{9}}, Nonce: big.NewInt(1), CreatedAt: f.now - 10,
		ValidUntil: f.now + 600, Bounds: matching.Bounds{MaxSubmitWindow: 3600, MinJudgeWindow: 1, MaxMediateWindow: 3600,
			MinTimeoutCollateral: tokens(1), MinResultsCollateral: tokens(1)}}
	if mutate != nil {
		mutate(&j)
	}
	s, err := matching.NewSignedJob(f.domain, j, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

func (f *fixture) offer(key *ecdsa.PrivateKey, id peer.ID, mutate func(*matching.ResourceOffer)) *matching.SignedOffer {
	o := matching.ResourceOffer{Spec: matching.Spec{CPUMilli: 2000, RAMMiB: 1024}, Price: tokens(2),
		TimeoutCollateral: tokens(1), ResultsCollateral: tokens(1), SubmitWindow: 60, JudgeWindow: 60, MediateWindow: 60,
		Mediators: []common.Address{{9}}, Capacity: 5, Nonce: big.NewInt(1), CreatedAt: f.now - 10, ValidUntil: f.now + 600}
	if mutate != nil {
		mutate(&o)
	}
	s, err := matching.NewSignedOffer(f.domain, o, key)
	if err != nil {
		f.t.Fatal(err)
	}
	s.PeerID = id.String()
	return s
}

func encode(t *testing.T, m interface{ Encode() ([]byte, error) }) []byte {
	t.Helper()
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var verdicts = map[p2p.Verdict]string{p2p.Accept: "accept", p2p.Ignore: "ignore", p2p.Reject: "reject"}

// TestJobVerdicts: each kind of job message gets the verdict its kind deserves; what every
// honest node rejects costs the sender (Reject), what may be only this node's view is
// ignored.
func TestJobVerdicts(t *testing.T) {
	f := newFixture(t)
	settled := f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce = big.NewInt(42) })
	f.view.settled[settled.Offer.Hash(f.domain)] = true
	forged := f.job(f.jcKey, nil)
	forged.Signature, _ = matching.Sign(forged.Offer.Hash(f.domain), f.other)
	tampered := f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce = big.NewInt(3) })
	tampered.Inputs = map[string]string{"Message": "rm -rf"}
	wrongDomain, _ := matching.NewSignedJob(matching.Domain{ChainID: big.NewInt(1), Market: f.domain.Market},
		f.job(f.jcKey, nil).Offer, matching.JobContent{Module: "cowsay:v0.0.1"}, f.jcKey)
	cases := []struct {
		name string
		data []byte
		want p2p.Verdict
	}{
		{"valid", encode(t, f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce = big.NewInt(7) })), p2p.Accept},
		{"undecodable", []byte("{not json"), p2p.Reject},
		{"forged signature", encode(t, forged), p2p.Reject},
		{"signed for another chain", encode(t, wrongDomain), p2p.Reject},
		{"inputs swapped after signing", encode(t, tampered), p2p.Reject},
		{"expired", encode(t, f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce, j.ValidUntil = big.NewInt(4), f.now-1 })), p2p.Ignore},
		{"valid for two days", encode(t, f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce, j.ValidUntil = big.NewInt(5), f.now+2*24*3600 })), p2p.Ignore},
		{"replay of a settled job", encode(t, settled), p2p.Ignore},
		{"creator without escrow", encode(t, f.job(f.poorKey, nil)), p2p.Ignore},
		{"promising more than its creator's escrow", encode(t, f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce, j.MaxPrice = big.NewInt(6), tokens(30) })), p2p.Ignore},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, decoded := f.v.Jobs(context.Background(), "peer", tc.data)
			if got != tc.want {
				t.Fatalf("verdict %s, want %s", verdicts[got], verdicts[tc.want])
			}
			if _, ok := decoded.(Job); ok != (got == p2p.Accept) {
				t.Fatalf("handed on %T with verdict %s", decoded, verdicts[got])
			}
		})
	}
	if got, _ := f.v.Jobs(context.Background(), "peer", cases[0].data); got != p2p.Ignore {
		t.Fatalf("an immediate replay of the valid job: %s, want ignore", verdicts[got])
	}
	if f.v.Judged() != int64(len(cases)+1) {
		t.Fatalf("judged %d messages, sent %d", f.v.Judged(), len(cases)+1)
	}
}

// TestOfferVerdicts: as TestJobVerdicts, for offers, with capability records.
func TestOfferVerdicts(t *testing.T) {
	f := newFixture(t)
	var caps p2p.Capabilities
	f.v.Caps = &caps
	caps.Put(&p2p.SignedCapability{Peer: f.rpPeer, Record: p2p.Capability{CPUMilli: 4000, RAMMiB: 4096, DiskMiB: 1000}})
	zeroCapacity := f.offer(f.rpKey, f.rpPeer, func(o *matching.ResourceOffer) { o.Nonce = big.NewInt(8) })
	zeroCapacity.Offer.Capacity = 0
	zeroCapacity.Signature, _ = matching.Sign(zeroCapacity.Offer.Hash(f.domain), f.rpKey)
	cases := []struct {
		name string
		data []byte
		want p2p.Verdict
	}{
		{"valid", encode(t, f.offer(f.rpKey, f.rpPeer, nil)), p2p.Accept},
		{"relayed under another peer's key", encode(t, f.offer(f.rpKey, f.poorPeer, func(o *matching.ResourceOffer) { o.Nonce = big.NewInt(2) })), p2p.Reject},
		{"zero capacity", encode(t, zeroCapacity), p2p.Reject},
		{"expired", encode(t, f.offer(f.rpKey, f.rpPeer, func(o *matching.ResourceOffer) { o.Nonce, o.ValidUntil = big.NewInt(3), f.now-1 })), p2p.Ignore},
		{"valid for two days", encode(t, f.offer(f.rpKey, f.rpPeer, func(o *matching.ResourceOffer) { o.Nonce, o.ValidUntil = big.NewInt(4), f.now+2*24*3600 })), p2p.Ignore},
		{"provider without escrow", encode(t, f.offer(f.poorKey, f.poorPeer, nil)), p2p.Ignore},
		{"beyond its capability record", encode(t, f.offer(f.rpKey, f.rpPeer, func(o *matching.ResourceOffer) { o.Nonce, o.Spec.CPUMilli = big.NewInt(5), 64000 })), p2p.Ignore},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, decoded := f.v.Offers(context.Background(), "peer", tc.data)
			if got != tc.want {
				t.Fatalf("verdict %s, want %s", verdicts[got], verdicts[tc.want])
			}
			if _, ok := decoded.(Offer); ok != (got == p2p.Accept) {
				t.Fatalf("handed on %T with verdict %s", decoded, verdicts[got])
			}
		})
	}
}

// TestSettledJobsCostNoLookup: a job the node saw settle (DealMatched) is ignored without a
// chain read, and one a lookup found settled is read once, then remembered.
func TestSettledJobsCostNoLookup(t *testing.T) {
	f := newFixture(t)
	seen := f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce = big.NewInt(1) })
	f.v.Settled(seen.Offer.Hash(f.domain), seen.Offer.ValidUntil)
	found := f.job(f.jcKey, func(j *matching.JobOffer) { j.Nonce = big.NewInt(2) })
	f.view.settled[found.Offer.Hash(f.domain)] = true
	f.v.Stakes = nil // only the deal lookups count here
	for round := 0; round < 3; round++ {
		f.now++ // past repeatGap
		for _, j := range []*matching.SignedJob{seen, found} {
			if got, _ := f.v.Jobs(context.Background(), "peer", encode(t, j)); got != p2p.Ignore {
				t.Fatalf("round %d: a settled job got %s", round, verdicts[got])
			}
		}
	}
	if f.view.reads != 1 || f.v.SettledLen() != 2 {
		t.Fatalf("%d deal reads for two settled jobs replayed three times (want 1), %d remembered", f.view.reads, f.v.SettledLen())
	}
}

// TestSettledSetIsBounded: the set forgets expired jobs first and never holds more than
// maxSettled.
func TestSettledSetIsBounded(t *testing.T) {
	var s settledSet
	for i := 0; i < maxSettled+500; i++ {
		s.put(common.BigToHash(big.NewInt(int64(i))), uint64(i%2), 10) // half expired
	}
	if len(s.m) > maxSettled {
		t.Fatalf("%d settled jobs kept, cap %d", len(s.m), maxSettled)
	}
	last := common.BigToHash(big.NewInt(maxSettled + 499))
	if !s.has(last) {
		t.Fatal("the newest entry was dropped")
	}

}

// TestStakeLookupsAreBounded: a flood of messages from fresh keys costs a bounded number of
// escrow reads (per forwarding peer and in all), each author's answer is kept, and a staked
// author known before the flood is neither delayed nor charged a lookup token.
func TestStakeLookupsAreBounded(t *testing.T) {
	honest := common.HexToAddress("0x1")
	calls := 0
	s := &Stakes{Self: peer.ID("self"), Lookup: func(_ context.Context, who common.Address) (*big.Int, error) {
		calls++
		if who == honest {
			return big.NewInt(100), nil
		}
		return new(big.Int), nil
	}}
	now := time.Unix(1_000_000, 0)
	ctx := context.Background()
	if !s.Enough(ctx, "friend", honest, big.NewInt(50), now) {
		t.Fatal("a staked author was refused")
	}
	if s.Enough(ctx, "friend", honest, big.NewInt(500), now) {
		t.Fatal("a job promising more than its author's escrow was accepted")
	}
	calls = 0
	for i := 0; i < 10_000; i++ { // one flooding peer, fresh keys
		if s.Enough(ctx, "flooder", common.BigToAddress(big.NewInt(int64(1000+i))), nil, now) {
			t.Fatal("a key without escrow was accepted")
		}
	}
	if calls > peerLookupBurst {
		t.Fatalf("one peer's flood of fresh keys cost %d escrow reads, want at most %d", calls, peerLookupBurst)
	}
	calls = 0
	for i := 0; i < 10_000; i++ { // many flooding peers
		from := peer.ID(fmt.Sprint("flooder", i%500))
		s.Enough(ctx, from, common.BigToAddress(big.NewInt(int64(100_000+i))), nil, now)
	}
	if calls > LookupBurst {
		t.Fatalf("500 peers' flood cost %d escrow reads, want at most %d", calls, LookupBurst)
	}
	// the staked author goes on, its answer cached, then refreshed without a token
	calls = 0
	if !s.Enough(ctx, "friend", honest, big.NewInt(50), now.Add(time.Second)) || calls != 0 {
		t.Fatalf("a known staked author during a flood: %d reads", calls)
	}
	if !s.Enough(ctx, "friend", honest, big.NewInt(50), now.Add(stakeTTL+time.Second)) || calls != 1 {
		t.Fatalf("a known staked author's refresh, all tokens spent: %d reads", calls)
	}
	// a second later the limiter has refilled a little, not a flood's worth
	calls = 0
	for i := 0; i < 10_000; i++ {
		s.Enough(ctx, peer.ID(fmt.Sprint("flooder", i%500)), common.BigToAddress(big.NewInt(int64(200_000+i))), nil, now.Add(2*time.Second))
	}
	if calls > 2*LookupRate {
		t.Fatalf("a refilled limiter allowed %d reads", calls)
	}
	s.mu.Lock()
	n := len(s.known)
	s.mu.Unlock()
	if n > maxStakes {
		t.Fatalf("%d authors cached, cap %d", n, maxStakes)
	}
}

func TestAuthorRateLimit(t *testing.T) {
	v := &Validators{}
	author := common.HexToAddress("0xa")
	allowed := 0
	for i := 0; i < 3*authorBurst; i++ {
		if v.newFromAuthor(common.BigToHash(big.NewInt(int64(i))), author) {
			allowed++
		}
	}
	if allowed < authorBurst || allowed > authorBurst+2 {
		t.Fatalf("%d of %d new messages in a burst allowed, want about %d", allowed, 3*authorBurst, authorBurst)
	}
	if !v.newFromAuthor(common.BigToHash(big.NewInt(1)), author) {
		t.Fatal("a repeat of an accepted message was charged again")
	}
	if !v.newFromAuthor(common.BigToHash(big.NewInt(100_000)), common.HexToAddress("0xb")) {
		t.Fatal("another author was limited")
	}
}

// TestStakesAnswerWhileALookupRuns: messages of an author whose escrow is being read are
// answered from what is known while the read's answer is stored; the race detector checks
// that the two meet only under the lock (a read racing the store is likely within the
// rounds, never a false alarm).
func TestStakesAnswerWhileALookupRuns(t *testing.T) {
	author := common.HexToAddress("0xa")
	now := time.Unix(1_000_000, 0)
	for round := 0; round < 200; round++ {
		release, called := make(chan struct{}), make(chan struct{})
		s := &Stakes{Self: "self", Lookup: func(context.Context, common.Address) (*big.Int, error) {
			close(called)
			<-release
			return tokens(5), nil
		}}
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); s.Enough(context.Background(), "peer", author, nil, now) }()
		<-called
		go func() { defer wg.Done(); s.Enough(context.Background(), "peer", author, nil, now) }()
		close(release) // not ordered after the second message: the two may meet
		wg.Wait()
		if !s.Enough(context.Background(), "peer", author, nil, now) {
			t.Fatal("the read's answer was not kept")
		}
	}
}
