package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
)

// TestGossipValidatorsRejectBadOffers publishes, from a peer that validates nothing, a mix
// of good and bad offers; a node behind the market's validators must receive only the good.
func TestGossipValidatorsRejectBadOffers(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	domain := matching.Domain{ChainID: big.NewInt(1337), Market: m.local.Addrs.Market}
	jcKey, rpKey, solverKey := m.keys["jc"], m.keys["rp"], m.keys["solver"]
	now := uint64(time.Now().Unix())

	job := func(mutate func(*matching.JobOffer)) *matching.SignedJob {
		j := matching.JobOffer{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}, MaxPrice: chain.Tokens(5),
			Collateral: chain.Tokens(1), MediationFee: chain.Tokens(1), Bounds: testBounds(),
			Mediators: []common.Address{m.mediator}, Nonce: big.NewInt(int64(now)),
			CreatedAt: now - 10, ValidUntil: now + 600}
		if mutate != nil {
			mutate(&j)
		}
		s, err := matching.NewSignedJob(domain, j, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, jcKey)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	rpPeer, _ := p2p.PeerIDOf(rpKey)
	offer := func(mutate func(*matching.ResourceOffer)) *matching.SignedOffer {
		o := matching.ResourceOffer{Spec: matching.Spec{CPUMilli: 2000, RAMMiB: 1024}, Price: chain.Tokens(2),
			TimeoutCollateral: chain.Tokens(1), ResultsCollateral: chain.Tokens(1), SubmitWindow: 60, JudgeWindow: 60,
			MediateWindow: 60, Mediators: []common.Address{m.mediator}, Capacity: 5, Nonce: big.NewInt(1),
			CreatedAt: now - 10, ValidUntil: now + 600}
		if mutate != nil {
			mutate(&o)
		}
		s, err := matching.NewSignedOffer(domain, o, rpKey)
		if err != nil {
			t.Fatal(err)
		}
		s.PeerID = rpPeer.String()
		return s
	}
	other, _ := crypto.GenerateKey()
	otherPeer, _ := p2p.PeerIDOf(other)

	// A job that already settled on-chain: its replay must not be delivered.
	settled, settledOffer := job(func(j *matching.JobOffer) { j.Nonce = big.NewInt(42) }), offer(nil)
	for _, k := range []string{"jc", "rp", "solver", "mediator"} {
		if err := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, m.keys[k]).Deposit(m.ctx, chain.Tokens(20)); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, solverKey).RegisterSolver(m.ctx))
	must(chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, m.keys["mediator"]).RegisterMediator(m.ctx, testMediatorTerms()))
	if _, err := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, solverKey).MatchDeal(m.ctx, settled, settledOffer); err != nil {
		t.Fatal(err)
	}

	forgedJob := job(nil)
	forgedJob.Signature, _ = matching.Sign(forgedJob.Offer.Hash(domain), other)
	wrongDomain, _ := matching.NewSignedJob(matching.Domain{ChainID: big.NewInt(1), Market: m.local.Addrs.Market},
		job(nil).Offer, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, jcKey)
	poorKey, _ := crypto.GenerateKey() // funded wallet, no escrow
	poorJob := job(nil)
	poorJob.Offer.Creator = chain.KeyAddress(poorKey)
	poorJob, _ = matching.NewSignedJob(domain, poorJob.Offer, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, poorKey)
	poorPeer, _ := p2p.PeerIDOf(poorKey)
	poorOffer := offer(nil)
	poorOffer.Offer.Provider = chain.KeyAddress(poorKey)
	poorOffer, _ = matching.NewSignedOffer(domain, poorOffer.Offer, poorKey)
	poorOffer.PeerID = poorPeer.String()
	tamperedInputs := job(nil)
	tamperedInputs.Inputs = map[string]string{"Message": "rm -rf"}
	stolen := offer(nil)
	stolen.PeerID = otherPeer.String()

	jobs := []struct {
		name    string
		msg     *matching.SignedJob
		deliver bool
	}{
		{"valid", job(func(j *matching.JobOffer) { j.Nonce = big.NewInt(7) }), true},
		{"forged signature", forgedJob, false},
		{"signed for another chain", wrongDomain, false},
		{"inputs swapped after signing", tamperedInputs, false},
		{"expired", job(func(j *matching.JobOffer) { j.CreatedAt, j.ValidUntil = now-100, now-50 }), false},
		{"replay of a settled job", settled, false},
		{"valid for two days", job(func(j *matching.JobOffer) { j.ValidUntil = now + 2*24*3600 }), false},
		{"creator without escrow", poorJob, false},
		{"promising more than its creator's escrow", job(func(j *matching.JobOffer) { j.MaxPrice = chain.Tokens(30) }), false},
	}
	offers := []struct {
		name    string
		msg     *matching.SignedOffer
		deliver bool
	}{
		{"valid", offer(func(o *matching.ResourceOffer) { o.Nonce = big.NewInt(9) }), true},
		{"expired", offer(func(o *matching.ResourceOffer) { o.CreatedAt, o.ValidUntil = now-100, now-50 }), false},
		{"relayed under another peer's key", stolen, false},
		{"valid for two days", offer(func(o *matching.ResourceOffer) { o.Nonce, o.ValidUntil = big.NewInt(10), now+2*24*3600 }), false},
		{"provider without escrow", poorOffer, false},
		{"zero capacity", func() *matching.SignedOffer {
			s := offer(nil)
			s.Offer.Capacity = 0
			s.Signature, _ = matching.Sign(s.Offer.Hash(domain), rpKey)
			return s
		}(), false},
	}

	// The receiver is a real node; the sender is a bare host that validates nothing.
	recv := m.start("solver", m.config("solver", RoleSolver))
	senderKey, _ := crypto.GenerateKey()
	_, topics := bareHost(t, m, senderKey, recv, gossip.TopicJobs, gossip.TopicOffers)
	jobTopic, offerTopic := topics[gossip.TopicJobs], topics[gossip.TopicOffers]
	// Junk that does not even decode, then the bad cases; then the valid ones (first in each
	// list), from a second sender (the first is graylisted by now): the markers that the
	// receiver has judged everything before them.
	_ = jobTopic.Publish(m.ctx, []byte("{not json"))
	markerKey, _ := crypto.GenerateKey()
	_, markers := bareHost(t, m, markerKey, recv, gossip.TopicJobs, gossip.TopicOffers)
	for i := len(offers) - 1; i >= 0; i-- {
		publish(t, m.ctx, offerTopic, markers[gossip.TopicOffers], i == 0, offers[i].msg)
	}
	for i := len(jobs) - 1; i >= 0; i-- {
		publish(t, m.ctx, jobTopic, markers[gossip.TopicJobs], i == 0, jobs[i].msg)
	}
	waitFor(t, 10*time.Second, func() bool { // the markers: every bad message was judged before
		_, ok1 := recv.known.get(jobs[0].msg.Offer.Hash(domain))
		_, ok2 := recv.peers.get(offers[0].msg.Offer.Provider)
		return ok1 && ok2
	})
	for _, tc := range jobs {
		if _, got := recv.known.get(tc.msg.Offer.Hash(domain)); got != tc.deliver {
			t.Errorf("job %q: delivered=%v, want %v", tc.name, got, tc.deliver)
		}
		if _, err := recv.store.job(tc.msg.Offer.Hash(domain)); err == nil {
			t.Errorf("job %q was written to the store (gossip costs no durable write)", tc.name)
		}
	}
	recv.solver.mu.Lock()
	defer recv.solver.mu.Unlock()
	for _, tc := range offers {
		if _, got := recv.solver.book.Get(tc.msg.Offer.Hash(domain)); got != tc.deliver {
			t.Errorf("offer %q: delivered=%v, want %v", tc.name, got, tc.deliver)
		}
	}
}

// publish sends msg on bad, or on good when it is the valid marker.
func publish(t *testing.T, ctx context.Context, bad, good *p2p.Topic, marker bool, msg interface{ Encode() ([]byte, error) }) {
	t.Helper()
	data, err := msg.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if marker {
		bad = good
	}
	if err := bad.Publish(ctx, data); err != nil {
		t.Fatal(err)
	}
}

// deposit puts tokens of name's wallet in its escrow.
func (m *market) deposit(name string, tokens *big.Int) {
	m.t.Helper()
	if err := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, m.keys[name]).Deposit(m.ctx, tokens); err != nil {
		m.t.Fatal(err)
	}
}

// testOffer signs a small resource offer by key, served from key's own peer id.
func testOffer(t *testing.T, m *market, domain matching.Domain, key *ecdsa.PrivateKey, cpu uint64, nonce int64) *matching.SignedOffer {
	t.Helper()
	now := uint64(time.Now().Unix())
	o := matching.ResourceOffer{Spec: matching.Spec{CPUMilli: cpu, RAMMiB: 1024}, Price: chain.Tokens(1),
		TimeoutCollateral: chain.Tokens(1), ResultsCollateral: chain.Tokens(1), SubmitWindow: 60, JudgeWindow: 60,
		MediateWindow: 60, Mediators: []common.Address{m.mediator}, Capacity: 1, Nonce: big.NewInt(nonce),
		CreatedAt: now, ValidUntil: now + 600}
	s, err := matching.NewSignedOffer(domain, o, key)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := p2p.PeerIDOf(key)
	s.PeerID = id.String()
	return s
}

// bareHost starts a libp2p host with key that joins topics without validating anything
// (so it can send what honest nodes would refuse), connected to recv, and waits until each
// topic has recv as a peer.
func bareHost(t *testing.T, m *market, key *ecdsa.PrivateKey, recv *Node, names ...string) (*p2p.Host, map[string]*p2p.Topic) {
	t.Helper()
	h := p2p.New(p2p.Config{Key: key, Network: recv.Domain().Network(), ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"},
		Bootstrap: recv.Host().Addrs()})
	if err := h.Start(m.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Stop() })
	acceptAll := func(context.Context, peer.ID, []byte) (p2p.Verdict, any) { return p2p.Accept, nil }
	wctx, cancel := context.WithTimeout(m.ctx, 20*time.Second)
	defer cancel()
	topics := map[string]*p2p.Topic{}
	for _, name := range names {
		tp, err := h.Join(name, acceptAll)
		if err != nil {
			t.Fatal(err)
		}
		topics[name] = tp
	}
	for _, tp := range topics {
		if err := tp.WaitPeers(wctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	return h, topics
}

func waitFor(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in time")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestFloodingPeerIsGraylisted: a peer floods forged and replayed offers at a node. Its
// score falls below the graylist threshold, and honest offers published meanwhile and after
// are all delivered.
func TestFloodingPeerIsGraylisted(t *testing.T) {
	m := newMarket(t, "solver", "rp")
	m.deposit("rp", chain.Tokens(20)) // an offer's provider must hold its collateral in escrow
	recv := m.start("solver", m.config("solver", RoleSolver))
	domain := recv.Domain()
	bare := func(key *ecdsa.PrivateKey) (*p2p.Host, *p2p.Topic) {
		h, topics := bareHost(t, m, key, recv, gossip.TopicOffers)
		return h, topics[gossip.TopicOffers]
	}
	rpKey := m.keys["rp"]
	honest, honestTopic := bare(rpKey)
	attackerKey, _ := crypto.GenerateKey()
	attacker, attackTopic := bare(attackerKey)

	// Count what reaches the receiver, by offer digest.
	var mu sync.Mutex
	got := map[common.Hash]int{}
	if err := recv.offers.Subscribe(func(_ peer.ID, data []byte, _ any) {
		if o, err := matching.DecodeOffer(data); err == nil {
			mu.Lock()
			got[o.Offer.Hash(domain)]++
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	offer := func(key *ecdsa.PrivateKey, nonce int64) *matching.SignedOffer {
		return testOffer(t, m, domain, key, 1000, nonce)
	}
	publish := func(tp *p2p.Topic, o *matching.SignedOffer) {
		data, _ := o.Encode()
		if err := tp.Publish(m.ctx, data); err != nil {
			t.Fatal(err)
		}
	}
	var honestIDs []common.Hash
	sendHonest := func(from, to int64) {
		for n := from; n < to; n++ {
			o := offer(rpKey, n)
			honestIDs = append(honestIDs, o.Offer.Hash(domain))
			publish(honestTopic, o)
		}
	}
	sendHonest(0, 6)
	replayed := offer(rpKey, 1000)
	for i := 0; i < 60; i++ {
		forged := offer(attackerKey, int64(i))
		forged.Signature, _ = matching.Sign(forged.Offer.Hash(domain), rpKey) // signed by the wrong key
		publish(attackTopic, forged)
		replayed.Seq = uint64(i)
		publish(attackTopic, replayed)
	}
	sendHonest(6, 12)
	waitFor(t, 20*time.Second, func() bool {
		return recv.Host().Scores()[attacker.ID()] < p2p.GraylistThreshold
	})
	sendHonest(12, 18)
	waitFor(t, 20*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, id := range honestIDs {
			if got[id] == 0 {
				return false
			}
		}
		return true
	})
	mu.Lock()
	defer mu.Unlock()
	if n := got[replayed.Offer.Hash(domain)]; n > 2 {
		t.Errorf("a replayed offer was delivered %d times", n)
	}
	t.Logf("attacker score %.0f (graylist below %d), honest score %.1f; %d/%d honest offers delivered",
		recv.Host().Scores()[attacker.ID()], p2p.GraylistThreshold, recv.Host().Scores()[honest.ID()], len(honestIDs), len(honestIDs))
}

// TestOfferBeyondItsCapabilityRecordIsIgnored: once a provider's signed capability record
// is known, its offers may not claim more.
func TestOfferBeyondItsCapabilityRecordIsIgnored(t *testing.T) {
	m := newMarket(t, "solver", "rp")
	m.deposit("rp", chain.Tokens(20)) // an offer's provider must hold its collateral in escrow
	recv := m.start("solver", m.config("solver", RoleSolver))
	domain := recv.Domain()
	key := m.keys["rp"]
	h, topics := bareHost(t, m, key, recv, gossip.TopicCapabilities, gossip.TopicOffers)
	caps, offers := topics[gossip.TopicCapabilities], topics[gossip.TopicOffers]
	rec, err := h.SealCapability(p2p.Capability{Seq: 1, Roles: []string{"rp"}, CPUMilli: 2000, RAMMiB: 4096, DiskMiB: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := caps.Publish(m.ctx, rec); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, func() bool { _, ok := recv.caps.Get(h.ID()); return ok })
	var mu sync.Mutex
	delivered := map[common.Hash]bool{}
	if err := recv.offers.Subscribe(func(_ peer.ID, data []byte, _ any) {
		if o, err := matching.DecodeOffer(data); err == nil {
			mu.Lock()
			delivered[o.Offer.Hash(domain)] = true
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	send := func(cpu uint64, nonce int64) common.Hash {
		s := testOffer(t, m, domain, key, cpu, nonce)
		data, _ := s.Encode()
		if err := offers.Publish(m.ctx, data); err != nil {
			t.Fatal(err)
		}
		return s.Offer.Hash(domain)
	}
	tooBig := send(64000, 1)
	fits := send(1000, 2)
	waitFor(t, 10*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return delivered[fits]
	})
	time.Sleep(200 * time.Millisecond) // the one sent first was judged before (same sender, not graylisted)
	mu.Lock()
	defer mu.Unlock()
	if delivered[tooBig] {
		t.Fatal("an offer of 64 CPUs from a 2-CPU record was delivered")
	}
}
