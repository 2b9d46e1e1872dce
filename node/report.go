package node

import (
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// What a node's user reads: the CLI prints these, so that it needs no package below node.

// FormatTokens writes token base units (18 decimals) as tokens, e.g. 2500000000000000000
// as "2.5".
func FormatTokens(v *big.Int) string { return matching.FormatTokens(v) }

// ParseTokens reads a token amount such as "2" or "0.5" into base units (18 decimals).
func ParseTokens(s string) (*big.Int, error) { return matching.ParseTokens(s) }

// Outcome says how a judged job's deal ended: the line to show when the provider was paid
// for a result (or its accept is sent), or else an error saying why not and where the money
// went.
func (r *JobResult) Outcome() (string, error) {
	d := r.Deal
	if d.State == chain.StateResultsSubmitted && r.AcceptTx != (common.Hash{}) {
		return fmt.Sprintf("deal %s accepted in transaction %s, not yet mined: provider %s is paid %s tokens once it is (or by the judge timeout, should it fail), exit code %d, result %s",
			d.ID.Hex(), r.AcceptTx.Hex(), d.RP.Hex(), FormatTokens(d.Price), r.ExitCode, d.ResultHash.Hex()), nil
	}
	switch d.State {
	case chain.StateAccepted, chain.StateMediationAccepted:
		got := fmt.Sprintf("exit code %d", r.ExitCode)
		if r.Archive == nil { // a mediator (or the judge timeout) settled what this node never fetched
			got = "its result not fetched here"
		}
		return fmt.Sprintf("deal %s %s: provider %s paid %s tokens, %s, result %s",
			d.ID.Hex(), d.State, d.RP.Hex(), FormatTokens(d.Price), got, d.ResultHash.Hex()), nil
	case chain.StateMediationRejected:
		return "", fmt.Errorf("deal %s %s: the mediator found the result wrong; price refunded and the provider's results collateral (%s tokens) paid to you",
			d.ID.Hex(), d.State, FormatTokens(d.RPResultsCollateral))
	case chain.StateTimedOutSubmit:
		return "", fmt.Errorf("deal %s %s: the provider sent no result in time; price refunded and its timeout collateral (%s tokens) paid to you",
			d.ID.Hex(), d.State, FormatTokens(d.RPTimeoutCollateral))
	case chain.StateRefused:
		return "", fmt.Errorf("deal %s %s: the provider could not run the job as signed (its module, input files, spec or the window did not check out; see the DealRefused reason); everything refunded",
			d.ID.Hex(), d.State)
	case chain.StateUnmediated:
		return "", fmt.Errorf("deal %s %s: no mediator the deal names could re-run the job; everything refunded", d.ID.Hex(), d.State)
	}
	return "", fmt.Errorf("deal %s ended %s: everything refunded", d.ID.Hex(), d.State)
}

// WritePeers writes a table of the capability records (Node.Capabilities), one peer a line
// by address, leaving out self.
func WritePeers(w io.Writer, caps []*p2p.SignedCapability, self peer.ID) {
	sort.Slice(caps, func(i, k int) bool { return caps[i].Peer < caps[k].Peer })
	fmt.Fprintf(w, "%-42s  %-16s  %-8s  %6s  %9s  %10s  %s\n", "ADDRESS", "ROLES", "VERSION", "CPUS", "RAM_MIB", "DISK_MIB", "GPUS")
	for _, c := range caps {
		if c.Peer == self {
			continue
		}
		addr, _ := p2p.PeerAddress(c.Peer)
		var gpus []string
		for _, g := range c.Record.GPUs {
			gpus = append(gpus, fmt.Sprintf("%s %dMiB (driver %s, CUDA %s)", g.Model, g.VRAMMiB, g.Driver, g.CUDA))
		}
		r := c.Record
		fmt.Fprintf(w, "%-42s  %-16s  %-8s  %6.1f  %9d  %10d  %s\n", addr.Hex(), strings.Join(r.Roles, ","), r.Version,
			float64(r.CPUMilli)/1000, r.RAMMiB, r.DiskMiB, strings.Join(gpus, "; "))
	}
}

// WriteProviders writes each peer (Node.FindProviders) as its Ethereum address and peer ID,
// one a line.
func WriteProviders(w io.Writer, ids []peer.ID) {
	for _, id := range ids {
		addr, _ := p2p.PeerAddress(id)
		fmt.Fprintln(w, addr.Hex(), id)
	}
}
