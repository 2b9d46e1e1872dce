package node

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// PendingJob is a job offer this node signed, taken through RunJob's first steps one at a
// time so that a caller can time them (`coophive bench deal-latency`): SignJob, Publish,
// AwaitMatch. It neither checks the escrow (Deposit first) nor judges the result.
type PendingJob struct {
	n   *Node
	job *matching.SignedJob
}

// SignJob signs a job offer for j, as RunJob does before it publishes.
func (n *Node) SignJob(ctx context.Context, j Job) (*PendingJob, error) {
	job, err := n.signJob(ctx, j)
	if err != nil {
		return nil, err
	}
	return &PendingJob{n: n, job: job}, nil
}

// ID is the job offer's id (its EIP-712 digest), the id of its deal.
func (p *PendingJob) ID() common.Hash { return p.job.Offer.Hash(p.n.domain) }

// Publish gossips the job offer once a peer is there to hear it.
func (p *PendingJob) Publish(ctx context.Context) error { return p.n.publishJob(ctx, p.job) }

// AwaitMatch waits for the job's deal, re-publishing the offer meanwhile; ErrNoMatch once
// the offer can no longer settle.
func (p *PendingJob) AwaitMatch(ctx context.Context) (*chain.Deal, error) {
	return p.n.awaitMatch(ctx, p.job)
}

// Deposit tops this node's free escrow up to amount (tokens in base units), moving tokens
// from its wallet.
func (n *Node) Deposit(ctx context.Context, amount *big.Int) error {
	return n.ensureDeposit(ctx, amount)
}

// SawJob reports whether the node holds job offer id from gossip: a benchmark's check that
// a job got through to it.
func (n *Node) SawJob(id common.Hash) bool {
	_, ok := n.known.get(id)
	return ok
}
