package node

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/runner"
)

// mediator is the mediator role: drawn for a challenged deal, it re-runs the job through the
// runner and compares the hash of its own archive with the hash the RP submitted. For the
// deterministic built-in modules the archives are byte-identical when the RP was honest, so
// equal hashes accept and different ones reject.
type mediator struct {
	n    *Node
	mu   sync.Mutex
	busy map[common.Hash]bool
}

func (m *mediator) mediate(ctx context.Context, d *chain.Deal) error {
	n := m.n
	if n.cfg.Faults.NeverMediate {
		return nil
	}
	job, err := n.awaitJob(ctx, d.ID)
	if err != nil {
		return err
	}
	mod, err := runner.Lookup(job.ModuleName)
	if err != nil {
		return err
	}
	bj, err := mod.Render("mediate-"+d.ID.Hex()[2:18], job.Inputs)
	if err != nil {
		return err
	}
	n.log.Info("re-running a challenged job", "deal", d.ID.Hex(), "module", job.ModuleName)
	res, err := n.runner.Run(ctx, bj)
	if err != nil {
		return fmt.Errorf("re-run deal %s: %w", d.ID.Hex(), err)
	}
	if common.Hash(res.Hash) == d.ResultHash {
		n.log.Info("mediation: the result is right", "deal", d.ID.Hex())
		_, err = n.market.MediateAccept(ctx, d)
	} else {
		n.log.Info("mediation: the result is wrong", "deal", d.ID.Hex(), "submitted", d.ResultHash.Hex(), "rerun", common.Hash(res.Hash).Hex())
		_, err = n.market.MediateReject(ctx, d)
	}
	return err
}
