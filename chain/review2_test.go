package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// Review 2: attacks that hold (each test fails while the attack works).

// TestReview2FillingTheMediatorGivesAFreeResult: an honest RP names one honest mediator it
// trusts (maxOpen 8). The JC, also holding a second key ("keeper") as an RP, makes 8 junk
// deals with itself that name the same mediator, submits, challenges and draws them: the
// mediator is full. Then it challenges the honest RP's correct result, hoping the draw skips
// the full mediator and ends the deal Unmediated (everything refunded: the JC keeps the
// result, the RP is never paid). The draw of a deal whose mediators are only full reverts
// (MediatorsFull) with no window running; once the mediator steps out of the junk deals it is
// drawn, accepts, and the RP is paid.
func TestReview2FillingTheMediatorGivesAFreeResult(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	med := f.addr["mediator"]
	fee := f.params.SolverFee(tok(price))

	honest := f.match(t)
	_, err := f.m["rp"].SubmitResult(f.ctx, honest, common.Hash{0xc0})
	must(t, err)
	before := f.escrow(t)

	var junk []*Deal
	for i := 0; i < SandboxMaxOpen; i++ {
		job := f.job(t, nil) // names only the honest mediator
		o := f.offer(t, nil)
		o, err = matching.NewSignedOffer(f.domain, o.Offer, f.keys["keeper"]) // the attacker's RP key
		must(t, err)
		_, err = f.m["solver"].MatchDeal(f.ctx, job, o)
		must(t, err)
		d := f.deal(t, job.Offer.Hash(f.domain))
		_, err = f.m["keeper"].SubmitResult(f.ctx, d, common.Hash{0xbb})
		must(t, err)
		_, err = f.m["jc"].ChallengeResult(f.ctx, f.deal(t, d.ID))
		must(t, err)
		junk = append(junk, d)
	}
	must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
	for _, d := range junk {
		_, err := f.m["jc"].DrawMediator(f.ctx, f.deal(t, d.ID))
		must(t, err)
		if got := f.deal(t, d.ID); got.Mediator != med {
			t.Fatalf("junk deal drew %s", got.Mediator.Hex())
		}
	}

	// The honest deal, challenged now, waits: its only mediator is full.
	_, err = f.m["jc"].ChallengeResult(f.ctx, f.deal(t, honest.ID))
	must(t, err)
	must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
	if _, err := f.m["jc"].DrawMediator(f.ctx, f.deal(t, honest.ID)); !isRevert(err, "MediatorsFull") {
		t.Fatalf("a draw while the only mediator is full: %v, want MediatorsFull", err)
	}

	// The mediator steps out of the junk (its node recuses what it cannot re-run).
	for _, d := range junk {
		_, err := f.m["mediator"].Recuse(f.ctx, f.deal(t, d.ID))
		must(t, err)
	}
	must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
	for _, d := range junk {
		_, err := f.m["jc"].DrawMediator(f.ctx, f.deal(t, d.ID))
		must(t, err)
	}
	got := f.deal(t, honest.ID)
	if _, err := f.m["keeper"].DrawMediator(f.ctx, got); err != nil {
		t.Fatalf("the honest deal's draw once the mediator has room: %v", err)
	}
	if got = f.deal(t, honest.ID); got.Mediator != med {
		t.Fatalf("honest deal drew %s (%s)", got.Mediator.Hex(), got.State)
	}
	_, err = f.m["mediator"].MediateAccept(f.ctx, got)
	must(t, err)
	after := f.escrow(t)
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
	if rpGain := new(big.Int).Sub(sum(after["rp"][0], after["rp"][1]), sum(before["rp"][0], before["rp"][1])); rpGain.Cmp(sum(tok(price), neg(fee))) != 0 {
		t.Errorf("honest RP gained %s for a correct result, want the price less the solver fee", rpGain)
	}
}

// TestRefusalCostsTheJCTimeNotMoney: an RP may give a deal back at any time in its submit
// window (refuseDeal), for a job it cannot run as signed or for its own failure: the contract
// cannot tell them apart, and a JC could otherwise withhold its input files until refusal was
// no longer allowed and take the RP's timeout collateral. So the timeout collateral punishes
// an RP that stays silent, and a refusing one costs the JC time, not money: everything it
// locked comes back, bounded in time by the submit window its job accepted.
func TestRefusalCostsTheJCTimeNotMoney(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	d := f.match(t)
	before := f.escrow(t)
	f.wait(t, window-2) // the RP sits on the deal
	_, err := f.m["rp"].RefuseDeal(f.ctx, f.deal(t, d.ID), "the run did not finish in time")
	must(t, err)
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{
		"jc": {tok(price + jcColl + medFee), neg(tok(price + jcColl + medFee))},
		"rp": {tok(rpTimeout), neg(tok(rpTimeout))},
	})
	if held := f.deal(t, d.ID).StateAt - d.StateAt; held > window {
		t.Errorf("the deal was held %d s, past the %d s submit window", held, window)
	}
	f.checkConservation(t)
}
