package chain

import (
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestRandomLifecycle drives random sequences of calls, by random parties, on several deals,
// with random time jumps, and checks after every step: tokens are conserved (wallets + escrow
// = supply, the Market holds exactly the escrow), a terminal deal never changes again (no
// double settlement), and at the end, once every deal is terminal, nothing but the
// registry bonds is locked. COOPHIVE_LIFECYCLE_STEPS and COOPHIVE_LIFECYCLE_SEED change the
// budget and the seed (a failure prints its seed).
func TestRandomLifecycle(t *testing.T) {
	steps, seed := 150, int64(20261126)
	if s, err := strconv.Atoi(os.Getenv("COOPHIVE_LIFECYCLE_STEPS")); err == nil {
		steps = s
	}
	if s, err := strconv.ParseInt(os.Getenv("COOPHIVE_LIFECYCLE_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d, %d steps", seed, steps)
	rng := rand.New(rand.NewSource(seed))
	f := newFixture(t)
	var deals []*Deal
	terminal := map[common.Hash]State{}

	// Each action with the party it belongs to; the right party acts 80% of the time.
	rightParty := []string{"rp", "jc", "jc", "mediator", "mediator", "keeper", "keeper", "keeper"}
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
	}
	for i := 0; i < steps; i++ {
		switch r := rng.Intn(20); {
		case r < 2 || len(deals) == 0:
			job := f.job(t, nil)
			if _, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, nil)); err == nil {
				deals = append(deals, f.deal(t, job.Offer.Hash(f.domain)))
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
	// by silence, a challenge refunds, a missing result refunds).
	for round := 0; round < 3; round++ {
		f.wait(t, 2*window)
		for _, d := range deals {
			if d = f.deal(t, d.ID); !d.State.Terminal() {
				if _, err := f.m["keeper"].Timeout(f.ctx, d); err != nil {
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
	t.Logf("%d deals ended: %v", len(deals), states)
}
