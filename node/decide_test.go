package node

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/p2p"
)

// TestTimeoutStep: who ends which window, and when, for every open state.
func TestTimeoutStep(t *testing.T) {
	jc, rp, med, other := common.Address{1}, common.Address{2}, common.Address{3}, common.Address{4}
	deal := func(s chain.State, mediator common.Address) *chain.Deal {
		d := &chain.Deal{State: s, StateAt: 1000, Mediator: mediator}
		d.JC, d.RP, d.SubmitWindow, d.JudgeWindow, d.MediateWindow = jc, rp, 60, 30, 90
		return d
	}
	cases := []struct {
		name   string
		d      *chain.Deal
		me     common.Address
		keeper bool
		now    uint64
		want   step
	}{
		{"agreed, in the submit window", deal(chain.StateAgreed, common.Address{}), jc, false, 1060, stepWait},
		{"agreed, past it: the JC's refund", deal(chain.StateAgreed, common.Address{}), jc, false, 1061, stepTimeout},
		{"agreed, past it: not the RP's to call", deal(chain.StateAgreed, common.Address{}), rp, false, 1061, stepWait},
		{"agreed, past it: a stranger waits", deal(chain.StateAgreed, common.Address{}), other, false, 5000, stepWait},
		{"agreed, past it: a keeper calls it", deal(chain.StateAgreed, common.Address{}), other, true, 1061, stepTimeout},
		{"submitted, in the judge window", deal(chain.StateResultsSubmitted, common.Address{}), rp, false, 1030, stepWait},
		{"submitted, past it: the RP's pay", deal(chain.StateResultsSubmitted, common.Address{}), rp, false, 1031, stepTimeout},
		{"submitted, past it: not the JC's", deal(chain.StateResultsSubmitted, common.Address{}), jc, false, 1031, stepWait},
		{"challenged, undrawn: the JC draws at once", deal(chain.StateChallenged, common.Address{}), jc, false, 1001, stepDraw},
		{"challenged, undrawn: the RP leaves it to the JC", deal(chain.StateChallenged, common.Address{}), rp, false, 1000 + drawGrace - 1, stepWait},
		{"challenged, undrawn: the RP draws after the grace", deal(chain.StateChallenged, common.Address{}), rp, false, 1000 + drawGrace, stepDraw},
		{"challenged, undrawn: the mediator does not", deal(chain.StateChallenged, common.Address{}), med, false, 5000, stepWait},
		{"challenged, drawn, in the mediate window", deal(chain.StateChallenged, med), rp, false, 1090, stepWait},
		{"challenged, drawn, past it: both parties' refund", deal(chain.StateChallenged, med), rp, false, 1091, stepTimeout},
		{"challenged, drawn, past it: the JC too", deal(chain.StateChallenged, med), jc, false, 1091, stepTimeout},
		{"ended: nothing", deal(chain.StateAccepted, common.Address{}), jc, true, 9999, stepWait},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := timeoutStep(tc.d, tc.me, tc.keeper, tc.now); got != tc.want {
				t.Fatalf("step %d, want %d", got, tc.want)
			}
		})
	}
}

// TestFetchBudget: a result fetch ends a margin before its window does, and never takes
// longer than fetchWait.
func TestFetchBudget(t *testing.T) {
	for _, tc := range []struct{ left, want time.Duration }{
		{20 * time.Second, 16 * time.Second},
		{10 * time.Second, 8 * time.Second},
		{5 * time.Minute, fetchWait},
		{time.Second, 0},
		{0, -time.Second},
	} {
		if got := fetchBudget(tc.left); got != tc.want {
			t.Errorf("fetchBudget(%s) = %s, want %s", tc.left, got, tc.want)
		}
	}
}

// TestChallengeReason: the JC's judge policy.
func TestChallengeReason(t *testing.T) {
	yes, no := func() bool { return true }, func() bool { return false }
	never := func() bool { t.Fatal("a spot-check drawn for a result that does not check out"); return false }
	cases := []struct {
		name    string
		fetched *JobResult
		err     error
		spot    func() bool
		want    string
	}{
		{"checks out", &JobResult{ExitCode: 0}, nil, no, ""},
		{"checks out, spot-checked", &JobResult{ExitCode: 0}, nil, yes, "spot-check (mediation chance)"},
		{"failed job", &JobResult{ExitCode: 2}, nil, never, "the job failed with exit code 2"},
		{"not fetched (hash mismatch, RP gone)", nil, errors.New("result hash mismatch"), never, "result hash mismatch"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := challengeReason(tc.fetched, tc.err, tc.spot); got != tc.want {
				t.Fatalf("reason %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAliveSolvers: job creators rank the registered solvers whose record came lately; with
// none heard from, all of them.
func TestAliveSolvers(t *testing.T) {
	now := time.Now()
	var addrs []common.Address
	var recs []*p2p.SignedCapability
	for i, seen := range []time.Duration{time.Second, 5 * time.Minute, time.Second} {
		key, _ := crypto.GenerateKey()
		id, _ := p2p.PeerIDOf(key)
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
		roles := []string{"solver"}
		if i == 2 {
			roles = []string{"rp"} // alive, but not as a solver
		}
		recs = append(recs, &p2p.SignedCapability{Peer: id, Record: p2p.Capability{Roles: roles}, Seen: now.Add(-seen)})
	}
	stranger := common.Address{0xee} // registered, never heard from
	registered := append([]common.Address{stranger}, addrs...)
	cases := []struct {
		name    string
		records []*p2p.SignedCapability
		want    []common.Address
	}{
		{"only the one heard from lately", recs, []common.Address{addrs[0]}},
		{"none heard from: all", nil, registered},
		{"only stale records: all", recs[1:2], registered},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := aliveSolvers(registered, tc.records, now.Add(-time.Minute))
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}
