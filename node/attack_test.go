package node

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// TestRPRefusesAJobItCannotRunAsSigned: a job creator signs sdxl (8 GiB of RAM, a GPU) as
// if it needed 100 MiB and no GPU, so that it matches a CPU-only provider, which would fail
// the run and lose its timeout collateral when the window closed. The provider checks the
// signed spec against the module before it runs and refuses: every token goes back where
// it was.
func TestRPRefusesAJobItCannotRunAsSigned(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	for _, name := range []string{"solver", "mediator", "rp"} {
		m.start(name, m.config(name, roleOf[name]))
	}
	jc := m.start("jc", m.config("jc", RoleJC))
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(20)); err != nil {
		t.Fatal(err)
	}
	before := map[string]*big.Int{}
	for name, n := range m.nodes {
		before[name] = m.holdings(n.Address())
	}
	job, err := jc.signJob(m.ctx, Job{Module: "sdxl:v0.2.9", Inputs: map[string]string{"Prompt": "a cow"}})
	if err != nil {
		t.Fatal(err)
	}
	job.Offer.Spec = matching.Spec{CPUMilli: 1000, RAMMiB: 100} // less than sdxl needs, and no GPU
	if job, err = matching.NewSignedJob(jc.domain, job.Offer, job.Content(), m.keys["jc"]); err != nil {
		t.Fatal(err)
	}
	job.PeerID, job.Addrs = jc.host.ID().String(), jc.host.Addrs()
	if err := jc.publishJob(m.ctx, job); err != nil {
		t.Fatal(err)
	}
	d, err := jc.waitDeal(m.ctx, job.Offer.Hash(jc.domain), func(d *chain.Deal) bool { return d.State.Terminal() })
	if err != nil {
		t.Fatal(err)
	}
	if d.State != chain.StateRefused {
		t.Fatalf("deal ended %s, want Refused", d.State)
	}
	for name, n := range m.nodes {
		if got := m.holdings(n.Address()); got.Cmp(before[name]) != 0 {
			t.Errorf("%s holdings moved by %s", name, matching.FormatTokens(new(big.Int).Sub(got, before[name])))
		}
	}
}

// TestMediatorThatCannotRerunRecuses: the only mediator has no Docker engine, so it cannot
// re-run a challenged cowsay job. It recuses instead of staying silent and being slashed;
// no mediator is left to draw, and the deal ends Unmediated with every token back where it
// was, the mediator's bond included.
func TestMediatorThatCannotRerunRecuses(t *testing.T) {
	testtier.RunsJobs(t)
	s := runScenario(t, 20*time.Second, map[string]func(*Config){
		"jc":       func(c *Config) { c.MediationChance = 1 },
		"mediator": func(c *Config) { c.NoDocker = true },
	})
	s.wantState(t, chain.StateUnmediated)
	s.wantHoldings(t, nil)
}

// TestHostileOfferDoesNotBlockJobs: the cheapest offer names the mediator with a mediate
// window shorter than the mediator's own terms, so the contract refuses every match with it.
// The book cannot see mediators' terms and would pick it first for every job; the solver
// skips an offer the contract refused for a job, and the job is matched with the honest
// provider at once. The hostile provider gains nothing.
func TestHostileOfferDoesNotBlockJobs(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "hostile", "jc")
	medCfg := m.config("mediator", RoleMediator)
	medCfg.Mediator.MinWindow = 10 * time.Second
	m.start("mediator", medCfg)
	solver := m.start("solver", m.config("solver", RoleSolver))
	hostileCfg := m.config("hostile", RoleRP)
	hostileCfg.Offer.Price, hostileCfg.Offer.MediateWindow = chain.Tokens(1), 2*time.Second
	hostile := m.start("hostile", hostileCfg)
	rp := m.start("rp", m.config("rp", RoleRP))
	jc := m.start("jc", m.config("jc", RoleJC))
	before := m.holdings(hostile.Address())
	deadline := time.Now().Add(30 * time.Second)
	for {
		solver.solver.mu.Lock()
		n := solver.solver.book.Len()
		solver.solver.mu.Unlock()
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the solver's book holds %d offers, want both", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
	res, err := jc.runSettled(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Deal.RP != rp.Address() || res.Deal.State != chain.StateAccepted {
		t.Fatalf("deal with %s ended %s, want the honest provider %s and Accepted", res.Deal.RP.Hex(), res.Deal.State, rp.Address().Hex())
	}
	if got := m.holdings(hostile.Address()); got.Cmp(before) != 0 {
		t.Fatalf("the hostile provider's holdings moved by %s", matching.FormatTokens(new(big.Int).Sub(got, before)))
	}
}

// TestAskJobRefusesAnotherKeysPeerID: a node that missed a job's gossip asks its peers for
// it by deal id. The job proves itself (digest and signature), but the peer id beside it,
// where the input files will be fetched from, is unsigned: a relay answers with the real
// job under its own peer id. The asker refuses that answer, and takes the same job under the
// creator's own peer id.
func TestAskJobRefusesAnotherKeysPeerID(t *testing.T) {
	m := newMarket(t, "solver", "jc")
	relay := m.start("solver", m.config("solver", RoleSolver))
	medCfg := m.config("mediator", RoleMediator)
	medCfg.NoDocker = true
	asker := m.start("mediator", medCfg)
	jcPeer, err := p2p.PeerIDOf(m.keys["jc"])
	if err != nil {
		t.Fatal(err)
	}
	sign := func(nonce int64, peerID string) (common.Hash, *matching.SignedJob) {
		now := uint64(time.Now().Unix())
		j := matching.JobOffer{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}, MaxPrice: chain.Tokens(5),
			Collateral: chain.Tokens(1), MediationFee: chain.Tokens(1), Bounds: testBounds(),
			Mediators: []common.Address{m.mediator}, Nonce: big.NewInt(nonce), CreatedAt: now, ValidUntil: now + 600}
		s, err := matching.NewSignedJob(relay.domain, j, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, m.keys["jc"])
		if err != nil {
			t.Fatal(err)
		}
		s.PeerID = peerID
		id := s.Offer.Hash(relay.domain)
		relay.known.put(id, s)
		return id, s
	}
	good, _ := sign(1, jcPeer.String())
	deadline := time.Now().Add(30 * time.Second)
	for asker.askJob(m.ctx, good) == nil {
		if time.Now().After(deadline) {
			t.Fatal("the asker never got the job under its creator's peer id")
		}
		time.Sleep(200 * time.Millisecond)
	}
	bad, _ := sign(2, relay.host.ID().String())
	if job := asker.askJob(m.ctx, bad); job != nil {
		t.Fatalf("the asker took the job under the relay's peer id %s", job.PeerID)
	}
}
