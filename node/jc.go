package node

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
)

// Progress reports one step of a job to the user.
type Progress func(stage, detail string)

// JobResult is a settled job as the JC sees it.
type JobResult struct {
	DealID   common.Hash
	Deal     *chain.Deal
	Stdout   []byte
	Stderr   []byte
	ExitCode int
	Archive  []byte
}

// Errors of RunJob.
var (
	ErrNoMatch        = errors.New("no deal before the job offer expired")
	ErrResultMismatch = errors.New("fetched result does not match the on-chain result hash")
)

// RunJob is the jc role: sign and gossip a job offer for module with inputs, wait for its
// deal, fetch the result from the provider, check it against the on-chain hash and accept it.
func (n *Node) RunJob(ctx context.Context, module string, inputs map[string]string, progress Progress) (*JobResult, error) {
	if progress == nil {
		progress = func(string, string) {}
	}
	job, err := n.signJob(ctx, module, inputs)
	if err != nil {
		return nil, err
	}
	id := job.Offer.Hash(n.domain)
	if err := n.ensureDeposit(ctx, new(big.Int).Add(job.Offer.MaxPrice, job.Offer.Collateral)); err != nil {
		return nil, fmt.Errorf("jc deposit: %w", err)
	}
	if err := n.publishJob(ctx, job); err != nil {
		return nil, err
	}
	progress("published", fmt.Sprintf("job offer %s for %s", id.Hex(), module))
	d, err := n.awaitMatch(ctx, job)
	if err != nil {
		return nil, err
	}
	progress("matched", fmt.Sprintf("deal %s with provider %s at %s tokens", id.Hex(), d.RP.Hex(), chain.FormatTokens(d.Price)))
	progress("running", "waiting for the provider's result")
	d, err = n.waitState(ctx, id, time.Unix(int64(d.AgreedAt)+int64(d.SubmitWindow), 0), chain.StateResultsSubmitted)
	if err != nil {
		return nil, err
	}
	res, err := n.fetchResult(ctx, d)
	if err != nil {
		return nil, err
	}
	progress("fetched", fmt.Sprintf("result %s (%d bytes), hash checked", d.ResultHash.Hex(), len(res.Archive)))
	if _, err := n.market.AcceptResult(ctx, id); err != nil {
		return nil, err
	}
	if res.Deal, err = n.market.Deal(ctx, id); err != nil {
		return nil, err
	}
	progress("accepted", fmt.Sprintf("deal %s is %s on-chain", id.Hex(), res.Deal.State))
	return res, nil
}

// CheckJob says whether module exists and takes inputs, before anything is signed or sent.
func CheckJob(module string, inputs map[string]string) error {
	mod, err := runner.Lookup(module)
	if err != nil {
		return err
	}
	_, err = mod.Render("check", inputs)
	return err
}

func (n *Node) signJob(ctx context.Context, module string, inputs map[string]string) (*matching.SignedJob, error) {
	if err := CheckJob(module, inputs); err != nil {
		return nil, err
	}
	mod, _ := runner.Lookup(module)
	head, err := n.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read chain head: %w", err)
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		return nil, err
	}
	c := n.cfg.Job
	created := head.Time // the contract's clock decides the solver windows
	job := matching.JobOffer{
		Creator: n.addr,
		Spec: matching.Spec{CPUMilli: mod.Requirements.CPUMilli, RAMMiB: mod.Requirements.RAMMiB,
			DiskMiB: mod.Requirements.DiskMiB, GPUs: mod.Requirements.GPUs},
		MaxPrice: c.MaxPrice, Collateral: c.Collateral, Mediators: n.cfg.Mediators,
		Solvers:      matching.Rank(matching.JobKey(n.addr, nonce), n.cfg.Solvers),
		SolverWindow: uint64(c.SolverWindow / time.Second), Nonce: nonce,
		CreatedAt: created, ValidUntil: created + uint64(c.ValidFor/time.Second),
	}
	return matching.NewSignedJob(n.domain, job, module, inputs, n.cfg.Key)
}

// publishJob waits for a peer on the jobs topic, then gossips the job.
func (n *Node) publishJob(ctx context.Context, job *matching.SignedJob) error {
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := n.jobs.WaitPeers(wctx, 1); err != nil {
		return fmt.Errorf("no peers to publish to (is --bootstrap right?): %w", err)
	}
	return n.republishJob(wctx, job)
}

// republishJob gossips the job with the next re-publication counter.
func (n *Node) republishJob(ctx context.Context, job *matching.SignedJob) error {
	job.Seq++
	data, err := job.Encode()
	if err != nil {
		return err
	}
	return n.jobs.Publish(ctx, data)
}

// awaitMatch waits for the job's deal, re-publishing the job now and then so that solvers
// and providers that missed it (or joined late) see it.
func (n *Node) awaitMatch(ctx context.Context, job *matching.SignedJob) (*chain.Deal, error) {
	mctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(republishJobEvery)
		defer t.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-t.C:
				err := n.republishJob(mctx, job)
				switch {
				case errors.Is(err, p2p.ErrIgnored): // settled meanwhile: the wait below sees it
				case err != nil && mctx.Err() == nil:
					n.log.Warn("re-publish job", "err", err)
				}
			}
		}
	}()
	d, err := n.waitState(mctx, job.Offer.Hash(n.domain), time.Unix(int64(job.Offer.ValidUntil), 0), chain.StateAgreed)
	cancel()
	<-done
	return d, err
}

// republishJobEvery is how often a JC re-gossips a job offer until it is matched.
const republishJobEvery = 2 * time.Second

// waitState polls the deal until it reaches want (or later), or deadline passes.
func (n *Node) waitState(ctx context.Context, id common.Hash, deadline time.Time, want chain.State) (*chain.Deal, error) {
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		d, err := n.market.Deal(ctx, id)
		switch {
		case err == nil && d.State == want:
			return d, nil
		case err == nil && d.State.Terminal():
			return d, fmt.Errorf("deal %s ended %s before reaching %s", id.Hex(), d.State, want)
		case err == nil && want == chain.StateAgreed:
			return d, nil // already past Agreed: the caller's next wait sees where it is
		case err != nil && !errors.Is(err, chain.ErrNoDeal):
			n.log.Warn("read deal", "deal", id.Hex(), "err", err)
		}
		if time.Now().After(deadline.Add(5 * time.Second)) {
			if want == chain.StateAgreed {
				return nil, fmt.Errorf("%w (deal %s)", ErrNoMatch, id.Hex())
			}
			return nil, fmt.Errorf("deal %s did not reach %s before its window closed", id.Hex(), want)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// fetchResult gets the archive from the deal's provider and checks its hash.
func (n *Node) fetchResult(ctx context.Context, d *chain.Deal) (*JobResult, error) {
	var archive []byte
	err := retry(ctx, 30*time.Second, func() error {
		o, ok := n.peers.get(d.RP)
		if !ok {
			return fmt.Errorf("provider %s not yet seen on the mesh", d.RP.Hex())
		}
		id, err := peer.Decode(o.PeerID)
		if err != nil {
			return err
		}
		archive, err = n.host.FetchResult(ctx, id, o.Addrs, d.ID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fetch result of %s: %w", d.ID.Hex(), err)
	}
	if got := sha256Hash(archive); got != d.ResultHash {
		return nil, fmt.Errorf("%w: got %s, on-chain %s", ErrResultMismatch, got.Hex(), d.ResultHash.Hex())
	}
	files, err := runner.Unpack(archive)
	if err != nil {
		return nil, err
	}
	return &JobResult{DealID: d.ID, Deal: d, Stdout: files[runner.FileStdout], Stderr: files[runner.FileStderr],
		ExitCode: runner.ExitCodeOf(files), Archive: archive}, nil
}

func retry(ctx context.Context, total time.Duration, f func() error) error {
	deadline := time.Now().Add(total)
	for {
		err := f()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func sha256Hash(b []byte) common.Hash { return common.Hash(sha256.Sum256(b)) }
