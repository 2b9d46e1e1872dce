package bench

import (
	"context"
	"fmt"
	"io"

	"github.com/coophive/coophive/chain/chaintest"
)

// Gas runs every deal path on an in-process chain and prints each path's transactions, then
// one `PATH gas=TOTAL txs=COUNT` line per path.
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
	fmt.Fprintln(w)
	for _, line := range summary {
		fmt.Fprintln(w, line)
	}
	return nil
}
