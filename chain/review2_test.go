package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"
)

// Review 2: attacks that hold (each test fails while the attack works).

// TestReview2FillingTheMediatorGivesAFreeResult: an honest RP names one honest mediator it
// trusts (maxOpen 8). The JC, also holding a second key ("keeper") as an RP, makes 8 junk
// deals with itself that name the same mediator, submits, challenges and draws them: the
// mediator is full. Then it challenges the honest RP's correct result: the draw skips the
// full mediator and the deal ends Unmediated, everything refunded: the JC keeps the result
// and the RP is never paid. The junk deals cost the attacker nothing but gas: the mediator's
// node recuses from jobs it cannot re-run (here: the attacker does not serve their inputs),
// and with no one left they end Unmediated too, all refunded. No mediator colluded.
func TestReview2FillingTheMediatorGivesAFreeResult(t *testing.T) {
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

	// The honest deal, challenged now, cannot be mediated.
	_, err = f.m["jc"].ChallengeResult(f.ctx, f.deal(t, honest.ID))
	must(t, err)
	got := f.draw(t, honest)

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
	after := f.escrow(t)
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)

	attacker := func(e escrow) *big.Int {
		return sum(e["jc"][0], e["jc"][1], e["keeper"][0], e["keeper"][1])
	}
	t.Logf("honest deal ended %s; attacker (jc+keeper) holdings moved by %s; honest RP's by %s",
		got.State, new(big.Int).Sub(attacker(after), attacker(before)),
		new(big.Int).Sub(sum(after["rp"][0], after["rp"][1]), sum(before["rp"][0], before["rp"][1])))
	if got.State == StateUnmediated {
		t.Errorf("the JC filled the only mediator with its own junk deals and its challenge of a correct result ended Unmediated: the RP worked for nothing")
	}
	if rpGain := new(big.Int).Sub(sum(after["rp"][0], after["rp"][1]), sum(before["rp"][0], before["rp"][1])); rpGain.Cmp(sum(tok(price), neg(fee))) != 0 {
		t.Errorf("honest RP gained %s for a correct result, want the price less the solver fee", rpGain)
	}
}

// TestReview2RefuseAtTheLastSecondEscapesTimeoutCollateral: an RP that does not deliver
// (it never ran the job, or ran out of time for its own reasons) calls refuseDeal in the last
// second of its submit window instead of letting timeoutSubmit take its timeout collateral.
// The contract cannot tell a refusal for a job "that cannot be run as signed" from one for the
// RP's own failure, and the node refuses whenever its run is cut at the window's end (a slow
// or restarted RP too). The JC's money waited the whole submit window, its signed job is
// spent (the deal id is the job's digest), and it receives none of the collateral that the
// job's minTimeoutCollateral bound demanded.
func TestReview2RefuseAtTheLastSecondEscapesTimeoutCollateral(t *testing.T) {
	f := newFixture(t)
	d := f.match(t)
	before := f.escrow(t)
	f.wait(t, window-2) // the RP sits on the deal
	_, err := f.m["rp"].RefuseDeal(f.ctx, f.deal(t, d.ID), "the run did not finish in time")
	must(t, err)
	after := f.escrow(t)
	f.checkConservation(t)
	jcGain := new(big.Int).Sub(sum(after["jc"][0], after["jc"][1]), sum(before["jc"][0], before["jc"][1]))
	if jcGain.Cmp(tok(rpTimeout)) != 0 {
		t.Errorf("an RP held the deal %d of its %d s submit window and delivered nothing; the JC got %s of the RP's %d-token timeout collateral",
			window-2, window, jcGain, rpTimeout)
	}
}
