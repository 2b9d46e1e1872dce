package node

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
)

// TestOutcome: a paid deal is a line to show; every other end is an error saying where the
// money went.
func TestOutcome(t *testing.T) {
	for _, tc := range []struct {
		state chain.State
		want  string
		ok    bool
	}{
		{chain.StateAccepted, "paid 2 tokens, exit code 3", true},
		{chain.StateMediationAccepted, "paid 2 tokens", true},
		{chain.StateMediationRejected, "results collateral (4 tokens) paid to you", false},
		{chain.StateTimedOutSubmit, "timeout collateral (1.5 tokens) paid to you", false},
		{chain.StateRefused, "could not run the job as signed", false},
		{chain.StateUnmediated, "no mediator", false},
		{chain.StateTimedOutMediate, "everything refunded", false},
	} {
		d := &chain.Deal{ID: common.Hash{1}, State: tc.state, Terms: chain.Terms{RP: common.Address{2}, Price: chain.Tokens(2),
			RPResultsCollateral: chain.Tokens(4), RPTimeoutCollateral: tokens(t, "1.5")}}
		line, err := (&JobResult{Deal: d, ExitCode: 3, Archive: []byte("fetched")}).Outcome()
		got := line
		if err != nil {
			got = err.Error()
		}
		if (err == nil) != tc.ok || !strings.Contains(got, tc.want) || !strings.Contains(got, tc.state.String()) {
			t.Errorf("%s: %q, %v; want %q", tc.state, line, err, tc.want)
		}
	}
	// RunJob returned once its accept was sent: a line naming the transaction.
	d := &chain.Deal{ID: common.Hash{1}, State: chain.StateResultsSubmitted, Terms: chain.Terms{RP: common.Address{2}, Price: chain.Tokens(2)}}
	line, err := (&JobResult{Deal: d, AcceptTx: common.Hash{3}}).Outcome()
	if err != nil || !strings.Contains(line, "accepted in transaction "+common.Hash{3}.Hex()) || !strings.Contains(line, "paid 2 tokens once") {
		t.Errorf("accept sent: %q, %v", line, err)
	}
	d.State = chain.StateResultsSubmitted
	if _, err := (&JobResult{Deal: d}).Outcome(); err == nil {
		t.Error("a deal still ResultsSubmitted with no accept sent reads as paid")
	}
	// Paid, but never fetched by this node (the provider was gone; a mediator confirmed it):
	// no exit code to claim.
	d = &chain.Deal{ID: common.Hash{1}, State: chain.StateMediationAccepted, Terms: chain.Terms{Price: chain.Tokens(2)}}
	if line, err := (&JobResult{Deal: d}).Outcome(); err != nil || strings.Contains(line, "exit code") || !strings.Contains(line, "not fetched") {
		t.Errorf("unfetched result: %q, %v", line, err)
	}
}

// tokens parses a token amount, checks it formats back the same, or fails the test.
func tokens(t *testing.T, s string) *big.Int {
	t.Helper()
	v, err := ParseTokens(s)
	if err != nil {
		t.Fatal(err)
	}
	if FormatTokens(v) != s {
		t.Fatalf("%s came back as %s", s, FormatTokens(v))
	}
	return v
}
