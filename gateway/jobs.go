package gateway

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/gateway/ledger"
	"github.com/coophive/coophive/internal/atomicfile"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node"
	"github.com/coophive/coophive/runner"
)

// OutcomeNoMatch is the outcome of a job whose offer expired unmatched (refunded), beside
// the deals' terminal states.
const OutcomeNoMatch = "NoMatch"

// expirySlack is how long after its offer's life, by this clock, a job reserved without a
// recorded expiry (by an older build) is refunded at the earliest: the chain's clock may run
// ahead of this one.
const expirySlack = 15 * time.Second

// maxStdout bounds the stdout a gateway keeps per job for its user.
const maxStdout = 64 << 10

// ErrBusy is a submission refused because MaxRunning jobs are running.
var ErrBusy = errors.New("the gateway runs as many jobs as it may; try again shortly")

// Charge is what a deal that ended cost its job creator, as the Market moved it (see
// Market.sol: _payRP, mediateReject, timeoutSubmit, timeoutMediate), never below 0: a job
// creator that gained (the RP's collateral after a timeout or a rejected result) charges
// its user nothing.
//
//	Accepted (by the JC or the judge timeout)  price
//	MediationAccepted                          price + mediation fee
//	MediationRejected                          mediation fee - RP's results collateral, at least 0
//	TimedOutSubmit, TimedOutMediate            0
func Charge(d *chain.Deal) *big.Int {
	switch d.State {
	case chain.StateAccepted:
		return new(big.Int).Set(d.Price)
	case chain.StateMediationAccepted:
		return new(big.Int).Add(d.Price, d.MediationFee)
	case chain.StateMediationRejected:
		if c := new(big.Int).Sub(d.MediationFee, d.RPResultsCollateral); c.Sign() > 0 {
			return c
		}
	}
	return new(big.Int)
}

// reservation is what each job holds of its user's balance: the most its deal can cost.
func (g *Gateway) reservation() *big.Int {
	j := g.cfg.Node.Job
	return new(big.Int).Add(j.MaxPrice, j.MediationFee)
}

// submit starts a user's job: it returns the job's ref (its offer's id, its deal's id) once
// the charge is reserved and the offer is about to be published, or why not. The job then
// runs in the background until its deal ends.
func (g *Gateway) submit(ctx context.Context, user ledger.User, module string, inputs map[string]string) (string, error) {
	if !g.allowed(module) {
		return "", fmt.Errorf("%w: module %s is not offered here (%v)", errBadRequest, module, g.cfg.Modules)
	}
	if err := checkInputs(module, inputs); err != nil {
		return "", err
	}
	job := node.Job{Module: module, Inputs: inputs}
	if err := node.CheckJob(job); err != nil {
		return "", fmt.Errorf("%w: %w", errBadRequest, err)
	}
	bal, err := g.book.Balance(ctx, user.ID)
	if err != nil {
		return "", err
	}
	// The balance must hold this job and every one of the user's submissions still on its
	// way to its reservation: else a user with the money for one job could take every
	// running slot (each one an escrow deposit the gateway pays gas for) until the ledger
	// refuses all but one.
	unhold, err := g.hold(user, bal.Available)
	if err != nil {
		return "", err
	}
	select {
	case g.running <- struct{}{}:
	default:
		unhold()
		return "", ErrBusy
	}
	r := &jobRun{offered: make(chan struct{}), failed: make(chan error, 1)}
	job.Offered = func(id common.Hash) error {
		ref := id.Hex()
		g.own(ref, true) // before the ledger lists it unfinished: reconcile must not follow it too
		r.tried = ref
		expires, err := g.offerExpiry(g.jobsCtx)
		if err != nil {
			unhold()
			return err
		}
		_, err = g.book.Reserve(g.jobsCtx, ledger.Reservation{UserID: user.ID, JobRef: ref, Amount: g.reservation(), Note: module, Expires: expires})
		unhold() // reserved (the ledger's balance holds it now, before the user hears of it) or refused
		if err != nil {
			return err
		}
		r.ref = ref
		close(r.offered)
		return nil
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() { <-g.running }()
		defer unhold() // stopped before its offer was signed
		g.run(job, r)
		if r.tried != "" {
			g.own(r.tried, false)
		}
	}()
	select {
	case <-r.offered:
		return r.ref, nil
	case err := <-r.failed:
		return "", err
	case <-ctx.Done():
		return "", ctx.Err() // the job goes on: its user finds it in their list
	}
}

// offerExpiry bounds the validUntil of an offer signed just before: the offer is created
// at the chain's head time then, which the head read now has reached, and this clock too
// (the later of the two, so that a chain running ahead of this clock, as a devnet's
// sub-second blocks do, or behind it, is covered), plus the offer's life. Recorded with the
// reservation, it makes a refund independent of the settings of a later run.
func (g *Gateway) offerExpiry(ctx context.Context) (time.Time, error) {
	headTime, err := g.headTime(ctx)
	if err != nil {
		return time.Time{}, err
	}
	now := time.Now()
	if head := time.Unix(int64(headTime), 0); head.After(now) {
		now = head
	}
	return now.Add(g.cfg.Node.Job.ValidFor), nil
}

// hold counts a submission of user's against its available balance until its charge is
// reserved (or it stops before): available must hold one reservation for it and for each
// of the user's submissions held already. unhold may be called more than once.
func (g *Gateway) hold(user ledger.User, available *big.Int) (unhold func(), err error) {
	need := g.reservation()
	g.mu.Lock()
	defer g.mu.Unlock()
	n := g.pending[user.ID]
	if all := new(big.Int).Mul(need, big.NewInt(int64(n+1))); available.Cmp(all) < 0 {
		if n == 0 {
			return nil, fmt.Errorf("%w: user %s has %s available, a job holds %s", ledger.ErrInsufficientFunds, user.Name,
				matching.FormatTokens(available), matching.FormatTokens(need))
		}
		return nil, fmt.Errorf("%w: user %s has %s available, which %d jobs being offered hold already (%s each)",
			ledger.ErrInsufficientFunds, user.Name, matching.FormatTokens(available), n, matching.FormatTokens(need))
	}
	g.pending[user.ID] = n + 1
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			defer g.mu.Unlock()
			if g.pending[user.ID]--; g.pending[user.ID] <= 0 {
				delete(g.pending, user.ID)
			}
		})
	}, nil
}

// own marks a job as followed by a run of this process (or no longer).
func (g *Gateway) own(ref string, yes bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if yes {
		g.owned[ref] = true
	} else {
		delete(g.owned, ref)
	}
}

func (g *Gateway) owns(ref string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.owned[ref]
}

// checkInputs asks a user for exactly the inputs the module names: a form left empty is
// the user's mistake, not a job to pay for.
func checkInputs(module string, inputs map[string]string) error {
	m, err := runner.Lookup(module)
	if err != nil {
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	for _, name := range m.Inputs {
		if strings.TrimSpace(inputs[name]) == "" {
			return fmt.Errorf("%w: module %s needs the input %s", errBadRequest, module, name)
		}
	}
	for name := range inputs {
		if !slices.Contains(m.Inputs, name) {
			return fmt.Errorf("%w: module %s takes no input %s (it takes %v)", errBadRequest, module, name, m.Inputs)
		}
	}
	return nil
}

// jobRun is one submitted job: ref is set, and offered closed, once its charge is reserved
// (before its offer is published); failed gets why it stopped before that.
type jobRun struct {
	tried   string // the offer's id once Offered was called: its reservation may have been written
	ref     string
	offered chan struct{}
	failed  chan error
}

func (r *jobRun) wasOffered() bool {
	select {
	case <-r.offered:
		return true
	default:
		return false
	}
}

// run runs one job to its end and finishes it in the ledger.
func (g *Gateway) run(job node.Job, r *jobRun) {
	ctx := g.jobsCtx
	res, err := g.node.RunJob(ctx, job, func(stage, _ string) {
		if stage == "matched" {
			if err := g.book.Attach(ctx, r.ref, r.ref); err != nil {
				g.log.Warn("attach", "job", r.ref, "err", err)
			}
		}
	})
	if !r.wasOffered() { // stopped before its charge was reserved: nothing to finish
		if err == nil {
			err = errors.New("the job ran without being offered") // node.Job.Offered's promise broken
		}
		r.failed <- err
		if r.tried != "" {
			// Reserve failed, yet it may have committed (an answer lost on the way back):
			// then the unpublished job holds its user's money until it is refunded.
			if j, jerr := g.book.Job(context.WithoutCancel(ctx), r.tried); jerr == nil {
				g.settle(ctx, j)
			}
		}
		return
	}
	var d *chain.Deal
	if err == nil {
		d, err = res.Settled(ctx)
	}
	if err != nil {
		// No deal seen before the offer expired by the node's reckoning, stopped (the
		// gateway is stopping) or failed after the offer: the deal, if any, is on chain, and
		// settle finds it. A "no match" is never refunded on the node's word alone: the node
		// judges by its own clock too, and a solver's match may still land after it gave
		// up; the gateway would pay that deal and charge nobody.
		if !errors.As(err, new(*node.NoMatchError)) {
			g.log.Warn("job left to reconcile", "job", r.ref, "err", err)
		}
		j, jerr := g.book.Job(context.WithoutCancel(ctx), r.ref)
		if jerr != nil {
			j = ledger.Job{Ref: r.ref, Created: time.Now()} // later than it was: a later refund, never an early one
		}
		g.settle(ctx, j)
		return
	}
	g.finish(r.ref, d.State.String(), Charge(d), res.Stdout)
}

// finish records a job's end, its stdout first (so a user who sees it finished sees it).
func (g *Gateway) finish(ref, outcome string, charged *big.Int, stdout []byte) {
	if stdout != nil {
		if len(stdout) > maxStdout {
			stdout = stdout[:maxStdout]
		}
		err := os.MkdirAll(filepath.Dir(g.stdoutPath(ref)), 0o700)
		if err == nil {
			err = atomicfile.Write(g.stdoutPath(ref), stdout, 0o600)
		}
		if err != nil {
			g.log.Warn("keep stdout", "job", ref, "err", err)
		}
	}
	// A failure that may pass (a busy or restarting database, a pool starved by requests) is
	// tried again while the gateway runs: given up, the user's money would stay held, and the
	// charge unwritten, until the next start's reconcile.
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(g.jobsCtx), 30*time.Second)
		_, err := g.book.Finish(ctx, ref, ledger.Outcome{State: outcome, Charged: charged})
		cancel()
		switch {
		case err == nil:
			g.log.Info("job finished", "job", ref, "outcome", outcome, "charged", matching.FormatTokens(charged))
			return
		case errors.Is(err, ledger.ErrFinished), errors.Is(err, ledger.ErrNotFound), errors.Is(err, ledger.ErrInvalidAmount):
			g.log.Error("finish", "job", ref, "outcome", outcome, "err", err)
			return
		}
		g.log.Warn("finish; trying again", "job", ref, "outcome", outcome, "in", wait, "err", err)
		select {
		case <-g.jobsCtx.Done():
			return // left unfinished: the next start settles it
		case <-time.After(wait):
		}
	}
}

func (g *Gateway) stdoutPath(ref string) string {
	return filepath.Join(g.cfg.Node.DataDir, resultsDir, ref+".stdout")
}

// stdout is a finished job's stdout, when the gateway holds it.
func (g *Gateway) stdout(ref string) ([]byte, bool) {
	b, err := os.ReadFile(g.stdoutPath(ref))
	return b, err == nil
}

func (g *Gateway) allowed(module string) bool { return slices.Contains(g.cfg.Modules, module) }

// reconcile settles, against the chain, every job an earlier run left unfinished.
func (g *Gateway) reconcile(ctx context.Context) {
	var after int64
	for {
		jobs, next, err := g.book.Unfinished(ctx, after, ledger.MaxPage)
		if err != nil {
			if ctx.Err() == nil {
				g.log.Error("reconcile: list unfinished jobs", "err", err)
			}
			return
		}
		for _, j := range jobs {
			if g.owns(j.Ref) { // reserved by this run since it started: its run follows it
				continue
			}
			g.wg.Add(1)
			go func() {
				defer g.wg.Done()
				g.settle(ctx, j)
			}()
		}
		if next == 0 {
			return
		}
		after = next
	}
}

// settle finishes one unfinished job from what the chain says: its deal followed to the
// end (the node judges it if it had not), or, with no deal once the offer can no longer
// match, a refund. "Can no longer match" is the chain's word: the head is read before the
// deal, and only a head whose time is past the offer's life, with no deal after it, means
// no deal can come (matchDeal reverts once block.timestamp > validUntil).
func (g *Gateway) settle(ctx context.Context, j ledger.Job) {
	id := common.HexToHash(j.Ref)
	for {
		past := g.offerPast(ctx, j)
		d, err := g.node.Market().Deal(ctx, id)
		switch {
		case errors.Is(err, chain.ErrNoDeal) && past:
			g.finish(j.Ref, OutcomeNoMatch, new(big.Int), nil)
			return
		case err == nil && d.JC != g.node.Address():
			// Not this gateway's deal (a ledger shared with another gateway, or the key
			// changed): its job creator pays it, not this key. Left unfinished for the
			// operator: following it would never end.
			g.log.Error("reconcile: the job's deal is another job creator's; left unfinished", "job", j.Ref, "jc", d.JC.Hex(), "key", g.node.Address().Hex())
			return
		case err == nil:
			_ = g.book.Attach(ctx, j.Ref, j.Ref)
			res, err := g.node.WaitJob(ctx, id, nil)
			if err != nil {
				g.log.Warn("reconcile: follow deal", "job", j.Ref, "err", err)
				break
			}
			if d, err = res.Settled(ctx); err == nil {
				g.finish(j.Ref, d.State.String(), Charge(d), res.Stdout)
				return
			}
		case !errors.Is(err, chain.ErrNoDeal):
			g.log.Warn("reconcile: read deal", "job", j.Ref, "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Second):
		}
	}
}

// offerPast reports whether a job has an offer no deal can be made of any more, by the
// chain's head (read now, before the deal).
func (g *Gateway) offerPast(ctx context.Context, j ledger.Job) bool {
	headTime, err := g.headTime(ctx)
	if err != nil {
		return false
	}
	end := j.Expires
	if end.IsZero() {
		// Reserved by a build that did not record it: this run's offer life from the
		// reservation, with slack for a chain clock ahead of this one, on both clocks.
		if end = j.Created.Add(g.cfg.Node.Job.ValidFor + expirySlack); time.Now().Before(end) {
			return false
		}
	}
	return offerPast(headTime, end)
}

// headTime is the time of the chain's head block.
func (g *Gateway) headTime(ctx context.Context) (uint64, error) {
	hctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	h, err := g.node.Market().Backend().HeaderByNumber(hctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the chain's head: %w", err)
	}
	return h.Time, nil
}

// offerPast: an offer whose validUntil is at most end is past once the chain's head time is
// beyond end (in whole seconds): no block after that head may match it (matchDeal reverts
// once block.timestamp > validUntil). The wall clock is not enough: a chain that lags it (a
// stalled or slow sequencer, a clock here running ahead) still takes the match.
func offerPast(head uint64, end time.Time) bool {
	return end.Unix() >= 0 && head > uint64(end.Unix())
}
