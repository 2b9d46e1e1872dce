package chain_test

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
)

// TestRandomLifecycle drives random sequences of calls, by random parties, on several deals,
// with random time jumps, and checks after every step: tokens are conserved (wallets + escrow
// = supply, the Market holds exactly the escrow), a terminal deal never changes again (no
// double settlement), and at the end, once every deal is terminal, nothing but the
// registry bonds is locked. The offers and jobs are adversarial too: windows of 0 and of
// 2^32-1 s, no collateral, mediators listed many times, jobs that bound nothing; the
// contract must refuse what the job's bounds exclude and conserve tokens through the rest.
// COOPHIVE_LIFECYCLE_STEPS and COOPHIVE_LIFECYCLE_SEED change the budget and the seed (a
// failure prints its seed).
func TestRandomLifecycle(t *testing.T) {
	steps, seed := 150, int64(20261126)
	if testing.Short() {
		steps = 60
	}
	if s, err := strconv.Atoi(os.Getenv("COOPHIVE_LIFECYCLE_STEPS")); err == nil {
		steps = s
	}
	if s, err := strconv.ParseInt(os.Getenv("COOPHIVE_LIFECYCLE_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d, %d steps", seed, steps)
	rng := rand.New(rand.NewSource(seed))
	f := newFixture(t)
	f.registerSecondMediator(t)
	var deals []*Deal
	terminal := map[common.Hash]State{}

	// Each action with the party it belongs to; the right party acts 80% of the time.
	rightParty := []string{"rp", "jc", "jc", "mediator", "mediator", "keeper", "keeper", "keeper", "keeper", "mediator"}
	actions := []func(p string, d *Deal) error{
		func(p string, d *Deal) error {
			_, err := f.m[p].SubmitResult(f.ctx, d, common.Hash{byte(rng.Intn(3))})
			return err
		},
		func(p string, d *Deal) error { _, err := f.m[p].AcceptResult(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].ChallengeResult(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].MediateAccept(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].MediateReject(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].TimeoutSubmit(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].TimeoutJudge(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].TimeoutMediate(f.ctx, d); return err },
		func(p string, d *Deal) error { _, err := f.m[p].DrawMediator(f.ctx, d); return err },
		func(p string, d *Deal) error {
			if d.Mediator != (common.Address{}) && p == "mediator" {
				p = map[common.Address]string{f.addr["mediator"]: "mediator", f.addr["keeper"]: "keeper"}[d.Mediator]
			}
			_, err := f.m[p].Recuse(f.ctx, d)
			return err
		},
	}
	refused := 0
	for i := 0; i < steps; i++ {
		switch r := rng.Intn(20); {
		case r < 4 || len(deals) == 0:
			job, offer := f.job(t, adversarialJob(rng, f)), f.offer(t, adversarialOffer(rng, f))
			_, err := f.m["solver"].MatchDeal(f.ctx, job, offer)
			inBounds := withinBounds(&job.Offer, &offer.Offer)
			switch {
			case err == nil && !inBounds:
				t.Fatalf("seed %d step %d: a match outside the job's bounds succeeded", seed, i)
			case err == nil:
				deals = append(deals, f.deal(t, job.Offer.Hash(f.domain)))
			case isRevert(err, "InsufficientFunds"): // random withdrawals spent the escrow
			case !isRevert(err, "Incompatible"):
				t.Fatalf("seed %d step %d: matchDeal: %v", seed, i, err)
			default:
				refused++
			}
		case r == 2:
			f.wait(t, int64(rng.Intn(window/2)))
		case r == 3:
			p := parties[rng.Intn(len(parties))]
			_ = f.m[p].Withdraw(f.ctx, Tokens(int64(1+rng.Intn(5))))
		default:
			d := f.deal(t, deals[rng.Intn(len(deals))].ID)
			a := rng.Intn(len(actions))
			p := rightParty[a]
			if rng.Intn(5) == 0 {
				p = parties[rng.Intn(len(parties))]
			}
			_ = actions[a](p, d) // the contract decides whether the call is valid now
		}
		f.checkConservation(t)
		for _, d := range deals {
			now := f.deal(t, d.ID)
			if was, ok := terminal[d.ID]; ok && now.State != was {
				t.Fatalf("seed %d step %d: terminal deal %s moved from %s to %s", seed, i, d.ID.Hex(), was, now.State)
			}
			if now.State.Terminal() {
				terminal[d.ID] = now.State
			}
		}
	}
	// End every deal: time passes, keepers call the timeouts (a submitted result is accepted
	// by silence, a challenge draws a mediator and then refunds, a missing result refunds).
	for round := 0; round < 4; round++ {
		f.wait(t, 2*window)
		for _, d := range deals {
			if d = f.deal(t, d.ID); !d.State.Terminal() {
				if d.State == StateResultsSubmitted && d.JudgeWindow > 3*window { // the RP's own choice: the JC ends it
					_, err := f.m["jc"].AcceptResult(f.ctx, d)
					must(t, err)
					continue
				}
				_, err := f.m["keeper"].Timeout(f.ctx, d)
				if errors.Is(err, ErrDrawNotReady) || isRevert(err, "MediatorsFull") {
					continue // a draw waits for its block, or for a mediator with room: next round
				}
				if err != nil {
					t.Fatalf("seed %d: timeout of %s in %s: %v", seed, d.ID.Hex(), d.State, err)
				}
			}
		}
	}
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
	states := map[State]int{}
	for _, d := range deals {
		states[f.deal(t, d.ID).State]++
	}
	t.Logf("%d deals ended: %v; %d matches refused", len(deals), states, refused)
	if len(deals) < steps/20 || refused == 0 {
		t.Fatalf("seed %d: %d deals and %d refused matches in %d steps: the test exercised too little", seed, len(deals), refused, steps)
	}
}

// adversarialJob draws a job's bounds and mediators: mostly the sandbox's, sometimes a job
// that bounds nothing but windows no longer than 3 sandbox windows (so that every deal can
// still be ended by timeouts), and mediators listed many times.
func adversarialJob(rng *rand.Rand, f *fixture) func(*matching.JobOffer) {
	return func(j *matching.JobOffer) {
		if rng.Intn(3) == 0 {
			j.Bounds = matching.Bounds{MaxSubmitWindow: 3 * window, MaxMediateWindow: 3 * window,
				MinTimeoutCollateral: new(big.Int), MinResultsCollateral: new(big.Int)}
		}
		m, k := f.addr["mediator"], f.addr["keeper"]
		j.Mediators = [][]common.Address{{m}, {m, m, m, m, m, m, m, m, m, k}, {k, m}}[rng.Intn(3)]
	}
}

// adversarialOffer draws an offer's windows, collateral and mediators: half the sandbox's,
// half hostile.
func adversarialOffer(rng *rand.Rand, f *fixture) func(*matching.ResourceOffer) {
	if rng.Intn(2) == 0 {
		return nil
	}
	windows := []uint32{0, 1, window, window, 2 * window, math.MaxUint32}
	w := func() uint32 { return windows[rng.Intn(len(windows))] }
	amount := func(normal int64) *big.Int {
		return [](*big.Int){new(big.Int), Tokens(normal), Tokens(normal)}[rng.Intn(3)]
	}
	return func(o *matching.ResourceOffer) {
		o.SubmitWindow, o.JudgeWindow, o.MediateWindow = w(), w(), w()
		o.TimeoutCollateral, o.ResultsCollateral = amount(rpTimeout), amount(rpResults)
		m, k := f.addr["mediator"], f.addr["keeper"]
		o.Mediators = [][]common.Address{{m}, {k, m, k}, {k}}[rng.Intn(3)]
	}
}

// withinBounds: the offer's terms are what the job accepts (the mediators aside).
func withinBounds(j *matching.JobOffer, o *matching.ResourceOffer) bool {
	return matching.Eligible(j, matching.Candidate{Offer: o}, 0) == matching.ReasonNone
}
