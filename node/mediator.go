package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
)

// mediator is the mediator role: drawn for a challenged deal, it re-runs the job through the
// runner (the module at its pinned commit, the input files checked against their hashes) and
// compares its own archive with the one the RP submitted:
//
//   - the same archive hash accepts, for any module;
//   - a deterministic module (byte-identical archives from honest runs anywhere) with another
//     hash rejects;
//   - a non-deterministic module (e.g. an image generator whose pixels vary between GPUs) is
//     judged by shape: the mediator fetches the RP's archive (checked against the on-chain
//     hash) and accepts when both runs exit 0 with the same set of non-empty output files
//     (archive.SameShape); an archive it cannot fetch rejects.
type mediator struct {
	n *Node // the deal watcher runs one mediation per deal at a time
}

func (m *mediator) mediate(ctx context.Context, d *chain.Deal) error {
	n := m.n
	if n.cfg.faults.NeverMediate || n.windowLeft(ctx, d) == 0 {
		return nil // the window has passed: nothing can land, a timeout ends the deal
	}
	res, mod, err := n.runInWindow(ctx, d, "mediate")
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// Whatever stops the re-run (the job's image or engine is not here, no one serves
		// its inputs, it cannot finish in the window), the way out is to recuse: it costs the
		// mediator nothing, and another mediator is drawn.
		n.log.Warn("cannot re-run the challenged job; recusing", "deal", d.ID.Hex(), "err", err)
		if _, rerr := n.market.Recuse(ctx, d); rerr != nil {
			return fmt.Errorf("recuse from deal %s (re-run failed: %v): %w", d.ID.Hex(), err, rerr)
		}
		return nil
	}
	if mod.Deterministic && common.Hash(res.Hash) != d.ResultHash {
		mod = m.confirmDeterministic(ctx, d, mod, res)
	}
	right, why := m.verdict(ctx, d, mod, res)
	n.log.Info("mediation verdict", "deal", d.ID.Hex(), "right", right, "why", why,
		"submitted", d.ResultHash.Hex(), "rerun", common.Hash(res.Hash).Hex())
	if right {
		_, err = n.market.MediateAccept(ctx, d)
	} else {
		_, err = n.market.MediateReject(ctx, d)
	}
	return err
}

// confirmDeterministic re-runs a job whose module says it is deterministic but whose re-run
// differs from the submitted result: a module's "deterministic" is its author's word (a JC
// can write a git module that says so and prints the clock, to have an honest RP's result
// rejected). When the mediator's own two runs differ, or the second cannot be done, the
// module is judged by shape, as a non-deterministic one.
func (m *mediator) confirmDeterministic(ctx context.Context, d *chain.Deal, mod *runner.Module, first *runner.Result) *runner.Module {
	again, _, err := m.n.runInWindow(ctx, d, "mediate-again")
	if err == nil && again.Hash == first.Hash {
		return mod
	}
	m.n.log.Warn("a module said to be deterministic is not: judging by shape", "deal", d.ID.Hex(), "module", mod.Name, "err", err)
	cp := *mod
	cp.Deterministic = false
	return &cp
}

// verdict compares the re-run with the submitted result by the module's kind.
func (m *mediator) verdict(ctx context.Context, d *chain.Deal, mod *runner.Module, res *runner.Result) (bool, string) {
	if common.Hash(res.Hash) == d.ResultHash {
		m.n.keepResult(d.ID, res.Archive) // the same archive: the API's /deals/{id}/result
		return true, "the re-run's archive hash equals the submitted one"
	}
	if mod.Deterministic {
		return false, "deterministic module: the re-run's archive hash differs"
	}
	submitted, err := m.n.fetchResult(ctx, d)
	if err != nil {
		return false, "the provider's archive cannot be fetched or checked: " + err.Error()
	}
	rerun, err := archive.Unpack(res.Archive)
	if err != nil {
		return false, err.Error()
	}
	subFiles, err := archive.Unpack(submitted.Archive)
	if err != nil {
		return false, err.Error()
	}
	if err := archive.SameShape(rerun, subFiles); err != nil {
		return false, "non-deterministic module: " + err.Error()
	}
	return true, "non-deterministic module: same exit code and output files"
}
