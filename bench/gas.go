package bench

import (
	"context"
	"fmt"
	"io"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/chaintest"
)

// Gas runs every deal path on an in-process chain, then an escrow top-up both ways
// (approve and deposit; depositWithPermit, an account's first and a later one), and prints
// each one's transactions, then one `PATH gas=TOTAL txs=COUNT` line each.
func Gas(ctx context.Context, w io.Writer) error {
	s, err := chaintest.NewSandbox(ctx)
	if err != nil {
		return err
	}
	defer s.Stop()
	var summary []string
	for _, p := range chaintest.Paths() {
		txs, err := s.RunPath(ctx, p)
		if err != nil {
			return err
		}
		var total uint64
		for _, tx := range txs {
			fmt.Fprintf(w, "%-17s %-16s gas=%d\n", p.Name, tx.Name, tx.Gas)
			total += tx.Gas
		}
		summary = append(summary, fmt.Sprintf("%s gas=%d txs=%d", p.Name, total, len(txs)))
	}
	// An escrow top-up: approve and deposit (two transactions), or depositWithPermit (one),
	// whose first permit of an account also writes its permit nonce's slot.
	topUp, err := s.M["keeper"].ApproveAndDeposit(ctx, chain.Tokens(1))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-17s %-16s gas=%d\n%-17s %-16s gas=%d\n", "topup-approve", "approve", topUp[0].GasUsed, "topup-approve", "deposit", topUp[1].GasUsed)
	summary = append(summary, fmt.Sprintf("topup-approve gas=%d txs=2", topUp[0].GasUsed+topUp[1].GasUsed))
	for _, name := range []string{"topup-permit-first", "topup-permit"} {
		r, err := s.M["keeper"].DepositWithPermit(ctx, chain.Tokens(1))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-17s %-16s gas=%d\n", name, "depositWithPermit", r.GasUsed)
		summary = append(summary, fmt.Sprintf("%s gas=%d txs=1", name, r.GasUsed))
	}
	fmt.Fprintln(w)
	for _, line := range summary {
		fmt.Fprintln(w, line)
	}
	return nil
}
