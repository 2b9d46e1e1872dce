package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"
)

// Security review of the bounded-offer / mediator-terms / deferred-draw Market. As in
// attack_test.go, one attacker holds several of the sandbox's keys; each test names who is
// honest and asserts what that party holds after the attack.

// total is a party's escrow, free plus locked.
func (e escrow) total(p string) *big.Int { return new(big.Int).Add(e[p][0], e[p][1]) }

// TestReviewNoPartyMediatesItsOwnDeal: a deal's mediators are the job's ∩ the offer's, and
// the contract does not exclude the deal's own JC or RP from them. An honest JC that trusts
// a registered mediator which also sells compute (one key, roles RP and mediator, as a node
// may run) lists it among several; that RP offers a list naming only itself, so the
// intersection is the RP alone, and it rules on its own result. Symmetrically an attacking
// JC that an honest RP lists as a mediator rules against the RP and takes its results
// collateral. The contract should drop t.jc and t.rp (arguably t.solver) from the shared
// list, so such a match is Incompatible("mediator") or at least never draws a party.
func TestReviewNoPartyMediatesItsOwnDeal(t *testing.T) {
	t.Run("rp mediates its own garbage", func(t *testing.T) {
		f := newFixture(t)
		rp := f.addr["rp"]
		must(t, f.m["rp"].RegisterMediator(f.ctx, SandboxMediatorTerms()))
		before := f.escrow(t)
		job := f.job(t, func(j *matching.JobOffer) { j.Mediators = []common.Address{f.addr["mediator"], rp} })
		_, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, func(o *matching.ResourceOffer) { o.Mediators = []common.Address{rp} }))
		if isRevert(err, "Incompatible") {
			return // defended: no mediator but a party
		}
		must(t, err)
		d := f.deal(t, job.Offer.Hash(f.domain))
		for _, m := range d.Mediators {
			if m == d.RP || m == d.JC {
				t.Errorf("deal's mediators %v include a party of the deal", d.Mediators)
			}
		}
		_, err = f.m["rp"].SubmitResult(f.ctx, d, common.HexToHash("0xbad"))
		must(t, err)
		d = f.challenge(t, f.deal(t, d.ID))
		if d.Mediator != rp {
			t.Fatalf("drawn %s, want the RP (the only shared mediator)", d.Mediator.Hex())
		}
		_, err = f.m["rp"].MediateAccept(f.ctx, d)
		must(t, err)
		after := f.escrow(t)
		if lost := new(big.Int).Sub(before.total("jc"), after.total("jc")); lost.Sign() > 0 {
			t.Errorf("honest JC lost %s base units: paid for a result its RP judged itself", lost)
		}
		f.checkConservation(t)
	})
	t.Run("jc mediates against an honest rp", func(t *testing.T) {
		f := newFixture(t)
		jc := f.addr["jc"]
		must(t, f.m["jc"].RegisterMediator(f.ctx, SandboxMediatorTerms()))
		before := f.escrow(t)
		job := f.job(t, func(j *matching.JobOffer) { j.Mediators = []common.Address{jc} })
		_, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, func(o *matching.ResourceOffer) {
			o.Mediators = []common.Address{f.addr["mediator"], jc}
		}))
		if isRevert(err, "Incompatible") {
			return
		}
		must(t, err)
		d := f.deal(t, job.Offer.Hash(f.domain))
		_, err = f.m["rp"].SubmitResult(f.ctx, d, common.HexToHash("0x900d"))
		must(t, err)
		d = f.challenge(t, f.deal(t, d.ID))
		if d.Mediator != jc {
			t.Fatalf("drawn %s, want the JC (the only shared mediator)", d.Mediator.Hex())
		}
		_, err = f.m["jc"].MediateReject(f.ctx, d)
		must(t, err)
		after := f.escrow(t)
		if lost := new(big.Int).Sub(before.total("rp"), after.total("rp")); lost.Sign() > 0 {
			t.Errorf("honest RP lost %s base units (its results collateral) to a JC that judged its own challenge", lost)
		}
		f.checkConservation(t)
	})
}

// TestReviewChallengeIsAlwaysAffordable: an attacker holding a solver and an RP matches an
// honest JC's signed jobs until its free escrow is spent, then submits garbage: a JC that
// could not lock the mediation fee at challenge would pay for every garbage result when the
// judge windows passed. The fee is locked at the match with the price, so a match the JC
// could not afford to challenge is no match, and every matched deal can be challenged.
func TestReviewChallengeIsAlwaysAffordable(t *testing.T) {
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
