package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// Security review of the bounded-offer / mediator-terms / deferred-draw Market. As in
// attack_test.go, one attacker holds several of the sandbox's keys; each test names who is
// honest and asserts what that party holds after the attack.

// TestReviewNoPartyMediatesItsOwnDeal: a deal's mediators are the job's and the offer's
// shared ones. An RP that is also a registered mediator offers a list naming only itself (so
// it would rule on its own garbage); a JC that an honest RP lists as a mediator names only
// itself (so it would reject the RP's good result and take its collateral); a solver that
// mediates would be paid its fee only when the RP is. No party to a deal is among its
// mediators: with only a party shared there is no deal and no one's escrow moves, and with an
// honest mediator shared too, the deal names only that one.
func TestReviewNoPartyMediatesItsOwnDeal(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	for _, party := range []string{"rp", "jc", "solver"} {
		t.Run(party, func(t *testing.T) {
			f := newFixture(t)
			p := f.addr[party]
			must(t, f.m[party].RegisterMediator(f.ctx, SandboxMediatorTerms()))
			only := func(j *matching.JobOffer) { j.Mediators = []common.Address{p} }
			onlyOffer := func(o *matching.ResourceOffer) { o.Mediators = []common.Address{p} }
			before := f.escrow(t)
			if _, err := f.m["solver"].MatchDeal(f.ctx, f.job(t, only), f.offer(t, onlyOffer)); !isRevert(err, "Incompatible") {
				t.Fatalf("a deal whose only shared mediator is its %s: %v, want Incompatible", party, err)
			}
			wantDelta(t, before, f.escrow(t), nil)
			honest := f.addr["mediator"]
			d := f.submitted(t, func(j *matching.JobOffer) { j.Mediators = []common.Address{p, honest} },
				func(o *matching.ResourceOffer) { o.Mediators = []common.Address{honest, p} })
			if len(d.Mediators) != 1 || d.Mediators[0] != honest {
				t.Fatalf("deal mediators %v, want only the honest mediator", d.Mediators)
			}
		})
	}
}

// TestReviewChallengeIsAlwaysAffordable: an attacker holding a solver and an RP matches an
// honest JC's signed jobs until its free escrow is spent, then submits garbage: a JC that
// could not lock the mediation fee at challenge would pay for every garbage result when the
// judge windows passed. The fee is locked at the match with the price, so a match the JC
// could not afford to challenge is no match, and every matched deal can be challenged.
func TestReviewChallengeIsAlwaysAffordable(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	free, _, err := f.m["jc"].Escrow(f.ctx, f.addr["jc"])
	must(t, err)
	must(t, f.m["jc"].Withdraw(f.ctx, new(big.Int).Sub(free, tok(2*(price+jcColl)))))

	var deals []*Deal
	for {
		job := f.job(t, nil)
		_, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, nil))
		if isRevert(err, "InsufficientFunds") {
			break
		}
		must(t, err)
		d := f.deal(t, job.Offer.Hash(f.domain))
		_, err = f.m["rp"].SubmitResult(f.ctx, d, common.HexToHash("0xbad"))
		must(t, err)
		deals = append(deals, f.deal(t, d.ID))
	}
	if len(deals) == 0 {
		t.Fatal("no deal matched")
	}
	before := f.escrow(t)
	for i, d := range deals {
		d = f.challenge(t, d)
		if _, err := f.m["mediator"].MediateReject(f.ctx, d); err != nil {
			t.Fatalf("deal %d: %v", i, err)
		}
	}
	n := int64(len(deals))
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{
		"jc":       {tok(n * (price + jcColl + rpResults)), neg(tok(n * (price + jcColl + medFee)))},
		"rp":       {nil, neg(tok(n * rpResults))},
		"mediator": {tok(n * medFee), nil},
	})
	f.checkConservation(t)
}

// TestReviewRecusalsStretchTheMediateWindow: a mediator that recuses at the last second of
// its window, deal after deal, would keep the JC's price and the RP's collateral locked for
// about n windows with n mediators, past what either signed. The window runs from the first
// draw through recusals, and a later draw takes only a mediator whose own shortest window
// fits what is left: here none does, and the deal ends Unmediated inside one window.
func TestReviewRecusalsStretchTheMediateWindow(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	f.registerSecondMediator(t)
	party := map[common.Address]string{f.addr["mediator"]: "mediator", f.addr["keeper"]: "keeper"}
	d := f.draw(t, f.challenged(t))
	drawnAt := d.StateAt
	f.wait(t, window-5) // the drawn mediator recuses just inside its window
	_, err := f.m[party[d.Mediator]].Recuse(f.ctx, d)
	must(t, err)
	before := f.escrow(t)
	if d = f.draw(t, d); d.State != StateUnmediated {
		t.Fatalf("a draw with 3 s of the window left: %s (mediator %s), want Unmediated", d.State, d.Mediator.Hex())
	}
	if held := f.now(t) - drawnAt; held > uint64(window) {
		t.Errorf("the deal was in mediation %d s; the job bounded the mediate window to %d s", held, window)
	}
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{
		"jc": {tok(price + jcColl + medFee), neg(tok(price + jcColl + medFee))},
		"rp": {tok(rpResults), neg(tok(rpResults))},
	})
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
}
