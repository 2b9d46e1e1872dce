package chain_test

import (
	"math/big"
	"strings"
	"testing"

	. "github.com/coophive/coophive/chain/chaintest"
)

// TestHistoryOfEveryPath: Matched lists every path's deal in chain order; History gives
// each its events with the state after each, block numbers and the blocks' own times, and
// ends in the state the contract stores (FillState).
func TestHistoryOfEveryPath(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	client := f.local.Chain.Client()
	start, err := client.BlockNumber(f.ctx)
	must(t, err)
	for _, p := range Paths() {
		_, err := f.RunPath(f.ctx, p)
		must(t, err)
	}
	head, err := client.BlockNumber(f.ctx)
	must(t, err)
	want := map[string]string{
		"happy":            "DealMatched:Agreed ResultSubmitted:ResultsSubmitted ResultAccepted:Accepted",
		"challenge-accept": "DealMatched:Agreed ResultSubmitted:ResultsSubmitted ResultChallenged:Challenged MediatorDrawn:Challenged MediationAccepted:MediationAccepted",
		"challenge-reject": "DealMatched:Agreed ResultSubmitted:ResultsSubmitted ResultChallenged:Challenged MediatorDrawn:Challenged MediationRejected:MediationRejected",
		"timeout-submit":   "DealMatched:Agreed SubmitTimedOut:TimedOutSubmit",
		"timeout-judge":    "DealMatched:Agreed ResultSubmitted:ResultsSubmitted JudgeTimedOut:Accepted",
		"timeout-mediate":  "DealMatched:Agreed ResultSubmitted:ResultsSubmitted ResultChallenged:Challenged MediatorDrawn:Challenged MediationTimedOut:TimedOutMediate",
		"refuse":           "DealMatched:Agreed DealRefused:Refused",
	}
	mk := f.m["keeper"]
	deals, err := mk.Matched(f.ctx, start, head)
	must(t, err)
	if len(deals) != len(Paths()) {
		t.Fatalf("Matched found %d deals, want %d", len(deals), len(Paths()))
	}
	for i, p := range Paths() {
		d := deals[i]
		must(t, mk.FillState(f.ctx, &d))
		steps, truncated, err := mk.History(f.ctx, &d)
		must(t, err)
		var got []string
		for j, s := range steps {
			got = append(got, s.Event+":"+s.State.String())
			h, err := client.HeaderByNumber(f.ctx, new(big.Int).SetUint64(s.Block))
			must(t, err)
			if s.Time != h.Time || (j > 0 && s.Block < steps[j-1].Block) {
				t.Errorf("%s step %d: block %d time %d, want the block's time %d, blocks in order", p.Name, j, s.Block, s.Time, h.Time)
			}
		}
		if strings.Join(got, " ") != want[p.Name] || truncated {
			t.Errorf("%s: history %v (truncated %v), want %s", p.Name, got, truncated, want[p.Name])
		}
		if last := steps[len(steps)-1]; last.State != d.State || steps[0].Block != d.MatchBlock {
			t.Errorf("%s: history ends %s from block %d; the contract says %s, matched in %d", p.Name, last.State, steps[0].Block, d.State, d.MatchBlock)
		}
	}
}
