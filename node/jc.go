package node

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
)

// Progress reports one step of a job to the user.
type Progress func(stage, detail string)

// JobResult is a judged job as the JC sees it.
type JobResult struct {
	DealID common.Hash
	// Deal is the deal as it ended; or, when RunJob returned once its accept was sent
	// (AcceptTx), as it stood then (ResultsSubmitted): Settled waits for its end.
	Deal     *chain.Deal
	AcceptTx common.Hash // the JC's acceptResult transaction, sent; zero when it sent none
	Stdout   []byte
	Stderr   []byte
	ExitCode int
	Archive  []byte

	waitEnd func(context.Context) (*chain.Deal, error)
}

// Settled waits until the deal has ended on-chain (an accept RunJob sent is mined, or
// should it fail, the judge timeout pays the provider) and sets Deal to its end.
func (r *JobResult) Settled(ctx context.Context) (*chain.Deal, error) {
	if r.waitEnd == nil || r.Deal.State.Terminal() {
		return r.Deal, nil
	}
	d, err := r.waitEnd(ctx)
	if err != nil {
		return nil, err
	}
	r.Deal = d
	return d, nil
}

// Errors of RunJob.
var (
	ErrNoMatch        = errors.New("no deal before the job offer expired")
	ErrResultMismatch = errors.New("fetched result does not match the on-chain result hash")
)

// RunJob is the jc role: sign and gossip a job offer for module with inputs, wait for its
// deal, fetch the result from the provider and check it against the on-chain hash, then
// judge: challenge when the result is missing or does not match, when the job failed, or
// when the spot-check draw says so; otherwise accept. It returns once the deal has ended,
// whichever way (the node's deal watcher calls the timeouts that protect the JC); or, when
// it accepts, as soon as the node has taken the accept transaction, not mined yet
// (JobResult.Settled waits for that). Should the
// node stop before it judges, the deal watcher of the node restarted from the same data dir
// judges the deal instead (see judgeLeftOver).
func (n *Node) RunJob(ctx context.Context, j Job, progress Progress) (*JobResult, error) {
	if progress == nil {
		progress = func(string, string) {}
	}
	d, err := n.offerJob(ctx, j, progress)
	if err != nil {
		return nil, err
	}
	defer n.inputs.drop(d.ID) // served until the deal ends, a mediation included
	progress("matched", fmt.Sprintf("deal %s with provider %s at %s tokens", d.ID.Hex(), d.RP.Hex(), matching.FormatTokens(d.Price)))
	return n.followDeal(ctx, d.ID, progress)
}

// WaitJob waits again for a deal of this JC whose RunJob gave up (or whose process ended):
// it judges the result like RunJob when it comes, and returns once the deal has ended.
func (n *Node) WaitJob(ctx context.Context, id common.Hash, progress Progress) (*JobResult, error) {
	if progress == nil {
		progress = func(string, string) {}
	}
	d, err := n.market.Deal(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.JC != n.addr {
		return nil, fmt.Errorf("deal %s is job creator %s's, not this key's (%s)", id.Hex(), d.JC.Hex(), n.addr.Hex())
	}
	n.ownJudging.Store(id, true)
	progress("waiting", fmt.Sprintf("deal %s is %s", id.Hex(), d.State))
	return n.followDeal(ctx, id, progress)
}

// followDeal waits for a matched deal's result and judges it. Having sent an accept, it
// returns the result at once; otherwise it waits for the deal's end. If ctx ends first, the
// error is a *GaveUpError.
func (n *Node) followDeal(ctx context.Context, id common.Hash, progress Progress) (*JobResult, error) {
	accepting := false
	defer func() {
		if !accepting { // else watchAccept lets go of the deal once its accept is mined
			n.ownJudging.Delete(id)
		}
	}()
	progress("running", "waiting for the provider's result")
	d, err := n.waitDeal(ctx, id, func(d *chain.Deal) bool { return d.State != chain.StateAgreed })
	if err != nil {
		return nil, n.gaveUp(id, err)
	}
	ended := func(ctx context.Context) (*chain.Deal, error) {
		return n.waitDeal(ctx, id, func(d *chain.Deal) bool { return d.State.Terminal() })
	}
	res := &JobResult{DealID: id}
	judged := d.State == chain.StateResultsSubmitted
	if judged {
		if tx := n.judge(ctx, d, res, progress); tx != nil {
			accepting = true
			n.watchAccept(id, tx)
			res.Deal, res.AcceptTx, res.waitEnd = d, tx.Hash(), ended
			return res, nil
		}
	}
	if d, err = ended(ctx); err != nil {
		return nil, n.gaveUp(id, err)
	}
	if paid := d.State == chain.StateAccepted || d.State == chain.StateMediationAccepted; paid && !judged {
		// Judged before this call saw the result (by this node's deal watcher after a
		// restart, or by the judge timeout): fetch it now, to show what was paid for.
		fctx, cancel := context.WithTimeout(ctx, fetchAfterEnd)
		if fetched, err := n.fetchResult(fctx, d); err == nil {
			*res = *fetched
			progress("fetched", fmt.Sprintf("result %s (%d bytes), hash checked", d.ResultHash.Hex(), len(fetched.Archive)))
		} else {
			n.log.Warn("the paid result could not be fetched", "deal", id.Hex(), "err", err)
		}
		cancel()
	}
	res.Deal = d
	progress("ended", fmt.Sprintf("deal %s is %s on-chain", id.Hex(), d.State))
	return res, nil
}

// watchAccept waits, in the background, for the accept RunJob sent to be mined, keeping the
// deal marked as judged by this process (ownJudging) until then, so that the deal watcher
// does not judge it a second time meanwhile. An accept that fails or never lands costs
// nobody anything: the deal stays ResultsSubmitted; once this lets go of it, the deal
// watcher judges it again (judgeLeftOver) while the judge window is open, and once the
// window has passed, the RP's node (or any keeper) calls timeoutJudge (dealwatch.go:
// callsTimeout, timeoutStep), which pays the RP exactly as acceptResult would have and
// unlocks the JC's collateral and mediation fee. The process may exit before the accept is
// mined: the node it was sent to has it.
func (n *Node) watchAccept(id common.Hash, tx *types.Transaction) {
	n.goLoop(func(ctx context.Context) {
		defer n.ownJudging.Delete(id)
		if _, err := n.market.WaitTx(ctx, tx); err != nil && ctx.Err() == nil {
			n.log.Warn("accept not mined; judged again, or the judge timeout pays the provider", "deal", id.Hex(), "tx", tx.Hash().Hex(), "err", err)
		}
	})
}

// GaveUpError is RunJob's and WaitJob's error when their context ends before the deal:
// Deal is its state then (nil if unreadable).
type GaveUpError struct {
	ID   common.Hash
	Deal *chain.Deal
	Err  error
}

func (e *GaveUpError) Unwrap() error { return e.Err }

func (e *GaveUpError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "gave up waiting for deal %s (%v)", e.ID.Hex(), e.Err)
	if e.Deal != nil {
		fmt.Fprintf(&b, "; it is %s on-chain", e.Deal.State)
		if end := e.Deal.WindowEnd(); end > 0 {
			fmt.Fprintf(&b, ", and its window ends at %s", time.Unix(int64(end), 0).UTC().Format(time.RFC3339))
		}
		if next := afterWindow[e.Deal.State]; next != "" && !(e.Deal.State == chain.StateChallenged && e.Deal.Mediator == (common.Address{})) {
			b.WriteString(": then " + next)
		}
	}
	fmt.Fprintf(&b, ". Your escrow stays locked until the deal ends. Resume with: coophive wait %s", e.ID.Hex())
	return b.String()
}

// afterWindow says what ends a deal whose window passes, by state.
var afterWindow = map[chain.State]string{
	chain.StateAgreed:           "the submit timeout refunds you and pays you the provider's timeout collateral (your node, or any keeper, calls it)",
	chain.StateResultsSubmitted: "the judge timeout pays the provider as if you had accepted",
	chain.StateChallenged:       "the mediation timeout refunds both parties and slashes the silent mediator",
}

// gaveUp wraps a wait's error with the deal's state, read with a short deadline of its own.
func (n *Node) gaveUp(id common.Hash, err error) error {
	ctx, cancel := context.WithTimeout(n.ctx, 5*time.Second)
	defer cancel()
	d, _ := n.market.Deal(ctx, id)
	return &GaveUpError{ID: id, Deal: d, Err: err}
}

// offerJob signs and gossips the job until a deal is made, re-signing it with a new nonce
// when an offer expires unmatched (at most Job.Retries times). When no deal comes, the
// error is a *NoMatchError carrying what the solvers say.
func (n *Node) offerJob(ctx context.Context, j Job, progress Progress) (*chain.Deal, error) {
	for attempt := 0; ; attempt++ {
		job, release, err := n.readyJob(ctx, j)
		if err != nil {
			return nil, err
		}
		id := job.Offer.Hash(n.domain)
		p := progress
		if j.published != nil { // tell the API's submission the job id as soon as it is out
			p = func(stage, detail string) {
				if stage == "published" {
					j.published(id)
				}
				progress(stage, detail)
			}
		}
		var d *chain.Deal
		if j.Offered != nil {
			err = j.Offered(id)
		}
		if err == nil {
			d, err = n.offerOnce(ctx, job, j.Module, p)
		}
		release() // matched: the contract holds it now; or not matched: not needed
		if err == nil {
			return d, nil
		}
		n.inputs.drop(id) // this offer expired unmatched, or could not be made
		n.ownJudging.Delete(id)
		if !errors.Is(err, ErrNoMatch) {
			return nil, err
		}
		if attempt >= n.cfg.Job.Retries {
			answers, whyErr := n.WhyNoMatch(ctx, id)
			if whyErr != nil {
				n.log.Warn("why no match", "err", whyErr)
			}
			return nil, &NoMatchError{Job: id, Answers: answers}
		}
		progress("retry", fmt.Sprintf("no deal before job offer %s expired; signing it again with a new nonce", id.Hex()))
	}
}

// readyJob tops the escrow up to cover a job offer while it waits for a peer on the jobs
// topic and then signs the offer (after the wait: the peers met by then answer for the
// solvers it ranks, see liveSolvers): the deposit's block time overlaps the mesh's joining
// and the module's resolution. The offer is published only once all three are done, never
// before its escrow is there: every node's job validator ignores a job whose creator's free
// escrow does not cover it (gossip.JobStake) and remembers the shortfall for a while
// (noStakeTTL), so an early job would travel nowhere. release gives the reserved escrow back.
func (n *Node) readyJob(ctx context.Context, j Job) (job *matching.SignedJob, release func(), err error) {
	type funding struct {
		release func()
		err     error
	}
	funded := make(chan funding, 1)
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		r, err := n.escrow.reserve(fctx, n, n.jobStake())
		funded <- funding{r, err}
	}()
	err = n.waitJobPeers(ctx) // first: the peers met answer for the solvers it ranks
	if err == nil {
		job, err = n.signJob(ctx, j)
	}
	if err != nil {
		cancel() // a deposit already sent still lands, in free escrow
	}
	f := <-funded
	if err == nil && f.err != nil {
		err = fmt.Errorf("jc deposit: %w", f.err)
	}
	if err != nil {
		if f.release != nil {
			f.release()
		}
		if job != nil {
			n.inputs.drop(job.Offer.Hash(n.domain))
		}
		return nil, nil, err
	}
	return job, f.release, nil
}

// jobStake is the free escrow each job offer of this JC needs (what matchDeal locks of it);
// signJob puts the same amounts in the offer.
func (n *Node) jobStake() *big.Int {
	c := n.cfg.Job
	return gossip.JobStake(&matching.JobOffer{MaxPrice: c.MaxPrice, Collateral: c.Collateral, MediationFee: c.MediationFee})
}

// offerOnce publishes and waits out one signed, funded job offer.
func (n *Node) offerOnce(ctx context.Context, job *matching.SignedJob, module string, progress Progress) (*chain.Deal, error) {
	id := job.Offer.Hash(n.domain)
	n.ownJudging.Store(id, true) // RunJob judges this one; the deal watcher leaves it be
	if err := n.publishJob(ctx, job); err != nil {
		return nil, err
	}
	n.noteJob(id, job) // its own gossip may not come back to it (a validator's soft refusal)
	progress("published", fmt.Sprintf("job offer %s for %s%s", id.Hex(), module, pinNote(job.Pin)))
	d, err := n.awaitMatch(ctx, job)
	if err == nil {
		observeSince(n.metrics.matchLatency.WithLabelValues("jc"), job.Offer.CreatedAt, time.Now())
	}
	return d, err
}

// escrowReserve keeps the free escrow a JC's unmatched jobs need, so that jobs run at once
// each find theirs, and makes their deposits one at a time.
type escrowReserve struct {
	mu   sync.Mutex
	held *big.Int
}

// reserve tops the free escrow up to what every reserved job needs plus need; release
// gives need back.
func (r *escrowReserve) reserve(ctx context.Context, n *Node, need *big.Int) (release func(), err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.held == nil {
		r.held = new(big.Int)
	}
	total := new(big.Int).Add(r.held, need)
	if err := n.ensureDeposit(ctx, total); err != nil {
		return nil, err
	}
	r.held = total
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.held.Sub(r.held, need)
	}, nil
}

func pinNote(p *matching.ModulePin) string {
	if p == nil {
		return ""
	}
	return fmt.Sprintf(" (commit %.12s, template sha256 %.12x)", p.Commit, p.Template)
}

// NoMatchError is RunJob's error when no deal was made; Answers say why, per solver.
type NoMatchError struct {
	Job     common.Hash
	Answers []WhyAnswer
}

func (e *NoMatchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no deal for job %s", e.Job.Hex())
	if len(e.Answers) == 0 {
		b.WriteString(" (no solver explained why)")
	}
	for _, a := range e.Answers {
		b.WriteString("\n")
		b.WriteString(strings.TrimRight(a.String(), "\n"))
	}
	return b.String()
}

func (e *NoMatchError) Unwrap() error { return ErrNoMatch }

// judge fetches and checks the result, then accepts or challenges it (or, as a fault,
// stays silent). Failures to send a verdict are reported; the timeouts still end the deal.
// An accept is sent, not waited for: judge returns its transaction (nil for any other
// verdict, which it waits for, or none).
func (n *Node) judge(ctx context.Context, d *chain.Deal, res *JobResult, progress Progress) *types.Transaction {
	fetched, err := n.fetchResult(ctx, d)
	if err == nil {
		*res = *fetched
		if fetched.ExitCode == 0 {
			progress("fetched", fmt.Sprintf("result %s (%d bytes), hash checked", d.ResultHash.Hex(), len(fetched.Archive)))
		}
	}
	reason := challengeReason(fetched, err, n.spotCheck)
	res.DealID = d.ID
	var verdictErr error
	switch {
	case n.cfg.faults.NeverJudge:
		progress("silent", "not judging (fault injection); the judge window decides")
	case reason != "":
		progress("challenge", reason)
		_, verdictErr = n.market.ChallengeResult(ctx, d)
	default:
		var tx *types.Transaction
		if tx, verdictErr = n.market.SendAcceptResult(ctx, d); verdictErr == nil {
			progress("accept", fmt.Sprintf("the result checks out; acceptResult sent in transaction %s", tx.Hash().Hex()))
			return tx
		}
		progress("accept", "the result checks out, but the accept could not be sent")
	}
	if verdictErr != nil {
		n.log.Warn("verdict not sent", "deal", d.ID.Hex(), "err", verdictErr)
	}
	return nil
}

// challengeReason is the JC's judge policy: why it challenges a result it fetched (or
// failed to fetch: err), or "" to accept. spot is asked only of a result that checks out.
func challengeReason(fetched *JobResult, err error, spot func() bool) string {
	switch {
	case err != nil:
		return err.Error()
	case fetched.ExitCode != 0:
		return fmt.Sprintf("the job failed with exit code %d", fetched.ExitCode)
	case spot():
		return "spot-check (mediation chance)"
	}
	return ""
}

// judgeLeftOver judges a deal of this JC that no RunJob of this process is judging: one
// whose RunJob ended with the process before the result came (the deal watcher resumes it
// from the store after a restart). Its progress goes to the log.
func (n *Node) judgeLeftOver(ctx context.Context, d *chain.Deal) {
	if _, running := n.ownJudging.Load(d.ID); running {
		return
	}
	log := n.log.With("deal", d.ID.Hex())
	log.Info("judging a deal left over from before a restart")
	if tx := n.judge(ctx, d, &JobResult{}, func(stage, detail string) { log.Info(detail, "stage", stage) }); tx != nil {
		if _, err := n.market.WaitTx(ctx, tx); err != nil { // the deal watcher keeps it busy meanwhile
			log.Warn("accept failed", "err", err)
		}
	}
}

func (n *Node) spotCheck() bool {
	if n.cfg.MediationChance <= 0 {
		return false
	}
	r, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	return err == nil && float64(r.Int64()) < n.cfg.MediationChance*1_000_000
}

// Job is what a job creator asks to run: a module (built in, "NAME:TAG", or from git,
// "HOST/ORG/REPO:TAG"), its inputs, and files sent along to the provider.
type Job struct {
	Module string
	Inputs map[string]string
	Files  []string // paths; the job sees them by base name under /inputs
	// Offered, when set, is called with each job offer's id (the id its deal will have)
	// once the offer is signed and its escrow is there, before anyone sees it; an error
	// stops the job unpublished. A gateway records the user's charge here, so that no deal
	// can exist that its books do not hold. A job re-offered after its offer expired
	// unmatched (Config.Job.Retries) calls it again with the new id.
	Offered func(id common.Hash) error
	// Data are more input files, by name, with their bytes (the API's uploads).
	Data map[string][]byte

	published func(id common.Hash) // called with each job offer's id once it is published
}

// CheckJob checks what can be checked before anything starts: a built-in module exists and
// takes the inputs, a git module's name is well formed, the input files can be read.
func CheckJob(j Job) error {
	if err := checkInlineInputs(j.Inputs, 0); err != nil {
		return err
	}
	if _, err := readJobFiles(j); err != nil {
		return err
	}
	if runner.IsGitModule(j.Module) {
		return runner.CheckGitName(j.Module)
	}
	mod, err := runner.Lookup(j.Module)
	if err != nil {
		return err
	}
	_, err = mod.Render("check", j.Inputs)
	return err
}

// ErrInputsTooLarge: a job's inline inputs (-i) make its offer larger than gossip carries.
var ErrInputsTooLarge = errors.New("inputs too large for a job offer")

// maxInlineInputs is how many bytes of -i values a job offer carries: half of what one
// gossip message may hold, the rest for the offer itself and its encoding.
const maxInlineInputs = matching.MaxMessageSize / 2

// checkInlineInputs refuses inline inputs that cannot travel in a job offer; encoded, when
// known, is the signed offer's size.
func checkInlineInputs(inputs map[string]string, encoded int) error {
	size := 0
	for k, v := range inputs {
		size += len(k) + len(v)
	}
	if size > maxInlineInputs || encoded > matching.MaxMessageSize {
		return fmt.Errorf("%w: %d KiB of -i values, at most %d KiB travel in the offer; send large inputs as files with --input-file",
			ErrInputsTooLarge, (size+1023)/1024, maxInlineInputs/1024)
	}
	return nil
}

// signJob resolves the module (a git module's tag to its commit and template hash), reads
// the input files, and signs a job offer binding all of them.
func (n *Node) signJob(ctx context.Context, j Job) (*matching.SignedJob, error) {
	mod, pin, err := n.modules.Resolve(ctx, j.Module)
	if err != nil {
		return nil, err
	}
	if _, err := mod.Render("check", j.Inputs); err != nil {
		return nil, err
	}
	files, err := readJobFiles(j)
	if err != nil {
		return nil, err
	}
	head, err := n.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read chain head: %w", err)
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		return nil, err
	}
	c := n.cfg.Job
	created := head.Time     // the contract's clock decides the solver windows
	solvers := n.cfg.Solvers // those configured, or every registered one; the live ones of them
	if len(solvers) == 0 {
		if solvers, err = n.market.Solvers(ctx); err != nil {
			return nil, err
		}
	}
	solvers = n.liveSolvers(ctx, solvers)
	job := matching.JobOffer{
		Creator:  n.addr,
		Spec:     moduleSpec(mod),
		MaxPrice: c.MaxPrice, Collateral: c.Collateral, MediationFee: c.MediationFee, Bounds: c.Bounds.Signed(),
		Mediators:    n.cfg.Mediators,
		Solvers:      matching.Rank(matching.JobKey(n.addr, nonce), solvers),
		SolverWindow: uint64(c.SolverWindow / time.Second), Nonce: nonce,
		CreatedAt: created, ValidUntil: created + uint64(c.ValidFor/time.Second),
	}
	content := matching.JobContent{Module: j.Module, Pin: pinFor(pin), Inputs: j.Inputs, Files: fileHashes(files)}
	signed, err := matching.NewSignedJob(n.domain, job, content, n.cfg.Key)
	if err != nil {
		return nil, err
	}
	signed.PeerID, signed.Addrs = n.host.ID().String(), n.host.Addrs()
	data, err := signed.Encode()
	if err != nil {
		return nil, err
	}
	if err := checkInlineInputs(j.Inputs, len(data)); err != nil {
		return nil, err
	}
	n.inputs.put(signed.Offer.Hash(n.domain), files)
	return signed, nil
}

func pinFor(p *runner.Pin) *matching.ModulePin {
	if p == nil {
		return nil
	}
	return &matching.ModulePin{Commit: p.Commit, Template: p.Template}
}

func pinOf(p *matching.ModulePin) *runner.Pin {
	if p == nil {
		return nil
	}
	return &runner.Pin{Commit: p.Commit, Template: p.Template}
}

// moduleSpec is the machine a module's job offer asks for.
func moduleSpec(mod *runner.Module) matching.Spec {
	r := mod.Requirements
	return matching.Spec{CPUMilli: r.CPUMilli, RAMMiB: r.RAMMiB, DiskMiB: r.DiskMiB, GPUs: r.GPUs, GPUVRAMMiB: r.GPUVRAMMiB}
}

// waitJobPeers waits (at most 30 s) for a peer on the jobs topic to publish to.
func (n *Node) waitJobPeers(ctx context.Context) error {
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := n.jobs.WaitPeers(wctx, 1); err != nil {
		return fmt.Errorf("no peers to publish to (is --bootstrap right?): %w", err)
	}
	return nil
}

// publishJob waits for a peer on the jobs topic, then gossips the job.
func (n *Node) publishJob(ctx context.Context, job *matching.SignedJob) error {
	if err := n.waitJobPeers(ctx); err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := n.republishJob(wctx, job)
	if err == nil || errors.Is(err, p2p.ErrIgnored) {
		n.metrics.jobsPublished.Inc()
	}
	if errors.Is(err, p2p.ErrIgnored) {
		// A soft refusal by this node's own validator (its chain reads timed out, or its
		// escrow cache has not caught up with the deposit just made): the job is valid and
		// re-published while it waits for a deal, so the wait goes on.
		n.log.Warn("this node's validator set the job aside for now; it is re-published while it waits", "job", job.Offer.Hash(n.domain).Hex())
		return nil
	}
	return err
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
	done := make(chan struct{})
	defer func() { cancel(); <-done }() // the re-publisher ends with the wait
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
	id := job.Offer.Hash(n.domain)
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		// The clock is read before the deal: a match mined between the two reads is seen
		// (read after, the clock could pass the offer's life just as the match lands).
		expired := n.chainNow(ctx) > job.Offer.ValidUntil+1 // by the contract's clock, it can no longer settle
		d, err := n.market.Deal(ctx, id)
		if err == nil {
			return d, nil
		}
		if !errors.Is(err, chain.ErrNoDeal) && ctx.Err() == nil {
			n.log.Warn("read deal", "deal", id.Hex(), "err", err)
		}
		if expired && errors.Is(err, chain.ErrNoDeal) {
			return nil, fmt.Errorf("%w (job %s)", ErrNoMatch, id.Hex())
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// republishJobEvery is how often a JC re-gossips a job offer until it is matched.
const republishJobEvery = 2 * time.Second

// waitDeal polls the deal until done says so.
func (n *Node) waitDeal(ctx context.Context, id common.Hash, done func(*chain.Deal) bool) (*chain.Deal, error) {
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		d, err := n.market.Deal(ctx, id)
		if err == nil && done(d) {
			return d, nil
		}
		if err != nil && !errors.Is(err, chain.ErrNoDeal) && ctx.Err() == nil {
			n.log.Warn("read deal", "deal", id.Hex(), "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// fetchResult gets the archive from the deal's provider and checks its hash. It gives up a
// margin before the deal's current window ends (fetchBudget), so that the JC can still
// challenge in the judge window (and a mediator rule in its own) when the provider is gone.
func (n *Node) fetchResult(ctx context.Context, d *chain.Deal) (*JobResult, error) {
	budget := fetchWait
	if d.WindowEnd() != 0 {
		budget = fetchBudget(n.windowLeft(ctx, d))
	}
	if budget <= 0 {
		return nil, fmt.Errorf("fetch result of %s: no time left in the window", d.ID.Hex())
	}
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	var data []byte
	err := retry(ctx, budget, func() error {
		o, ok := n.peers.get(d.RP)
		if !ok {
			return fmt.Errorf("provider %s not yet seen on the mesh", d.RP.Hex())
		}
		id, err := peer.Decode(o.PeerID)
		if err != nil {
			return err
		}
		data, err = n.host.FetchResult(ctx, id, o.Addrs, d.ID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fetch result of %s (gave up after %s): %w", d.ID.Hex(), budget.Round(time.Second), err)
	}
	if got := sha256Hash(data); got != d.ResultHash {
		return nil, fmt.Errorf("%w: got %s, on-chain %s", ErrResultMismatch, got.Hex(), d.ResultHash.Hex())
	}
	files, err := archive.Unpack(data)
	if err != nil {
		return nil, err
	}
	n.keepResult(d.ID, data) // for the API's /deals/{id}/result
	return &JobResult{DealID: d.ID, Deal: d, Stdout: files[archive.FileStdout], Stderr: files[archive.FileStderr],
		ExitCode: archive.ExitCodeOf(files), Archive: data}, nil
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

// fetchWait bounds how long a JC tries to fetch a result before it challenges.
const fetchWait = 30 * time.Second

// fetchAfterEnd bounds the fetch of a result that was judged before the JC saw it (for
// display only: the deal has ended).
const fetchAfterEnd = 10 * time.Second

// fetchBudget is how long a fetch may take with left of its window to go: fetchWait, cut to
// end a margin (actMargin) before the window does, so that the verdict (a challenge of a
// result that never came) still lands inside it. 0 or less: no time.
func fetchBudget(left time.Duration) time.Duration {
	return min(fetchWait, left-actMargin(left))
}

func sha256Hash(b []byte) common.Hash { return common.Hash(sha256.Sum256(b)) }
