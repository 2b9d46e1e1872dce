package node

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
	"github.com/coophive/coophive/runner/gpu"
)

// provider is the rp role: it offers the machine, runs its deals and serves their results.
type provider struct {
	n *Node

	offer  *matching.SignedOffer                                          // the offer published: publishLoop's alone, as signed
	signed []*matching.SignedOffer                                        // every offer signed that may still be valid
	uses   func(ctx context.Context, offerID common.Hash) (uint32, error) // an offer's deals made (chain)

	mu      sync.Mutex
	active  map[common.Hash]bool // its deals matched and not yet submitted, refused or ended
	spec    matching.Spec        // what the offers claim: the configured spec within the machine
	modules []string             // the modules offered: nil for any
	slots   uint32               // jobs the machine runs at once
	run     chan struct{}        // a token per slot: held while a job runs
	freed   chan struct{}        // a slot was freed: sign and publish an offer for it now
}

// runnableModules is the modules an RP offers: those configured (nil: any) that its runner's
// engines can run. With every engine, the configured list as it is; without Docker, only the
// wasm modules, and the git modules the operator listed (their engine is in their template).
// This is how an RP advertises its engines: matching then respects them.
func runnableModules(configured []string, engines []string) []string {
	if len(engines) == 2 { // docker and wasm: everything built in runs
		return configured
	}
	has := map[string]bool{}
	for _, e := range engines {
		has[e] = true
	}
	names := configured
	if len(names) == 0 {
		names = runner.Modules()
	}
	var out []string
	for _, name := range names {
		m, err := runner.Lookup(name)
		if (err == nil && has[m.Engine]) || runner.IsGitModule(name) { // a git module's engine: the operator's call
			out = append(out, name)
		}
	}
	return out
}

func newProvider(n *Node) *provider {
	return &provider{n: n, active: map[common.Hash]bool{}, freed: make(chan struct{}, 1), uses: n.market.OfferUsed}
}

func (p *provider) start(ctx context.Context) error {
	n := p.n
	if err := os.MkdirAll(n.resultsDir(), 0o700); err != nil {
		return err
	}
	p.spec = offerSpec(n.cfg.Offer, n.machine, n.log)
	p.modules = runnableModules(n.cfg.Offer.Modules, n.runner.Engines())
	p.slots = n.cfg.Offer.Capacity
	if p.slots == 0 {
		p.slots = machineSlots(n.machine, p.spec, p.modules)
	}
	p.run = make(chan struct{}, p.slots)
	n.log.Info("offering the machine", "slots", p.slots, "cpu_milli", p.spec.CPUMilli, "ram_mib", p.spec.RAMMiB, "gpus", p.spec.GPUs)
	if err := n.ensureDeposit(ctx, n.cfg.Deposit); err != nil {
		return fmt.Errorf("rp deposit: %w", err)
	}
	n.host.ServeResults(p.serveResult)
	n.goLoop(p.publishLoop)
	return nil
}

// offerSpec is the configured spec, cut down to what the machine has (an offer may not claim
// more than the node's signed capability record), with the largest GPUs the limit allows.
func offerSpec(c OfferConfig, m Machine, log *slog.Logger) matching.Spec {
	s := c.Spec
	clamp := func(what string, v *uint64, have uint64) {
		if *v > have {
			log.Warn("offer cut to what the machine has", "resource", what, "configured", *v, "detected", have)
			*v = have
		}
	}
	clamp("cpu milli", &s.CPUMilli, m.CPUMilli)
	clamp("ram MiB", &s.RAMMiB, m.RAMMiB)
	clamp("disk MiB", &s.DiskMiB, m.DiskMiB)
	gpus := offeredGPUs(c, m)
	s.GPUs, s.GPUVRAMMiB = uint32(len(gpus)), 0
	if len(gpus) > 0 {
		s.GPUVRAMMiB = gpus[len(gpus)-1].VRAMMiB // every offered GPU has at least this much
	}
	return s
}

// offeredGPUs are the GPUs an RP offers, and its jobs run on: the largest c.GPUs of the
// machine's, largest first.
func offeredGPUs(c OfferConfig, m Machine) []gpu.GPU {
	gpus := append([]gpu.GPU(nil), m.GPUs...)
	sort.SliceStable(gpus, func(i, k int) bool { return gpus[i].VRAMMiB > gpus[k].VRAMMiB })
	return gpus[:max(min(c.GPUs, len(gpus)), 0)]
}

// machineSlots is how many jobs the machine runs at once: for CPU, RAM and the offered GPUs,
// what it has over what the most demanding offered module needs (built-in modules that fit
// the offer; a git module's needs are in its template, unknown here), or over the offer's
// whole spec when no such module is known. At least one.
func machineSlots(m Machine, spec matching.Spec, modules []string) uint32 {
	if len(modules) == 0 {
		modules = runner.Modules()
	}
	var need runner.Requirements
	for _, name := range modules {
		mod, err := runner.Lookup(name)
		if err != nil {
			continue
		}
		r := mod.Requirements
		if r.CPUMilli > spec.CPUMilli || r.RAMMiB > spec.RAMMiB || r.GPUs > spec.GPUs {
			continue // no job of this module can match the offer
		}
		need.CPUMilli, need.RAMMiB, need.GPUs = max(need.CPUMilli, r.CPUMilli), max(need.RAMMiB, r.RAMMiB), max(need.GPUs, r.GPUs)
	}
	if need.CPUMilli == 0 {
		need = runner.Requirements{CPUMilli: spec.CPUMilli, RAMMiB: spec.RAMMiB, GPUs: spec.GPUs}
	}
	slots := uint64(maxSlots)
	for _, r := range [][2]uint64{{m.CPUMilli, need.CPUMilli}, {m.RAMMiB, need.RAMMiB}, {uint64(spec.GPUs), uint64(need.GPUs)}} {
		if r[1] > 0 {
			slots = min(slots, r[0]/r[1])
		}
	}
	return uint32(max(slots, 1))
}

// maxSlots bounds the slots a machine is counted to have.
const maxSlots = 1024

// currentOffer returns the signed offer, re-signing it (new nonce) when it nears expiry or
// has made all the deals it may. A new offer's capacity is the free slots: the machine's
// slots less the deals running or waiting to run, less what every offer it signed that may
// still be valid may yet make; so however solvers use the offers, no more deals run at once
// than the machine has slots. With no slot free it signs nothing (errNoFreeSlot) until one
// frees.
func (p *provider) currentOffer(ctx context.Context) (*matching.SignedOffer, error) {
	now := uint64(time.Now().Unix())
	c := p.n.cfg.Offer
	// A deal made after this read is counted twice (in active, and in left), never missed; one
	// made before whose event has not arrived yet is missed, and waits for a slot to run.
	left, current, err := p.offersLeft(ctx, now)
	if err != nil {
		return nil, err
	}
	fresh := p.offer != nil && p.offer.Offer.ValidUntil > now+uint64(c.ValidFor/time.Second)/4
	if fresh && current > 0 {
		return p.offer, nil
	}
	p.mu.Lock()
	active := len(p.active)
	p.mu.Unlock()
	free := int64(p.slots) - int64(active) - int64(left)
	if free <= 0 {
		if current > 0 {
			return p.offer, nil // nearing expiry, but no slot to re-sign for: it stands
		}
		return nil, errNoFreeSlot
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, err
	}
	modules := make([]common.Hash, len(p.modules))
	for i, m := range p.modules {
		modules[i] = matching.ModuleID(m)
	}
	o := matching.ResourceOffer{
		Spec: p.spec, Modules: modules, Price: c.Price,
		TimeoutCollateral: c.TimeoutCollateral, ResultsCollateral: c.ResultsCollateral,
		SubmitWindow: uint32(c.SubmitWindow / time.Second), JudgeWindow: uint32(c.JudgeWindow / time.Second),
		MediateWindow: uint32(c.MediateWindow / time.Second),
		Mediators:     p.n.cfg.Mediators, Capacity: uint32(free), Nonce: nonce,
		CreatedAt: now, ValidUntil: now + uint64(c.ValidFor/time.Second),
	}
	s, err := matching.NewSignedOffer(p.n.domain, o, p.n.cfg.Key)
	if err != nil {
		return nil, err
	}
	s.PeerID = p.n.host.ID().String()
	s.Addrs = p.n.host.Addrs()
	p.offer = s
	p.signed = append(p.signed, s)
	p.n.log.Info("signed resource offer", "offer", s.Offer.Hash(p.n.domain).Hex(), "price", o.Price, "capacity", o.Capacity)
	return s, nil
}

// errNoFreeSlot: every slot is taken by a deal; an offer is signed when one frees.
var errNoFreeSlot = errors.New("no free slot to offer")

// offersLeft is how many more deals the offers this provider signed may make (chain state):
// all of them, and the current one. An offer counts until a minute past its expiry (the
// chain's clock may lag this one's), then it is forgotten.
func (p *provider) offersLeft(ctx context.Context, now uint64) (all, current uint32, err error) {
	var kept []*matching.SignedOffer
	for _, o := range p.signed {
		if o.Offer.ValidUntil+offerExpirySlack < now {
			continue
		}
		kept = append(kept, o)
		qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		used, err := p.uses(qctx, o.Offer.Hash(p.n.domain))
		cancel()
		if err != nil {
			return 0, 0, fmt.Errorf("read the offer's use: %w", err)
		}
		free := matching.Candidate{Offer: &o.Offer, Used: used}.Free()
		all += free
		if o == p.offer && o.Offer.ValidUntil >= now {
			current = free
		}
	}
	p.signed = kept
	return all, current, nil
}

// offerExpirySlack is how long past its expiry an offer is still counted as valid.
const offerExpirySlack = 60

// matched counts a deal of this provider as taking a slot until released.
func (p *provider) matched(id common.Hash) {
	p.mu.Lock()
	p.active[id] = true
	p.mu.Unlock()
}

// released frees a deal's slot (submitted, refused or ended) and has an offer signed for it.
func (p *provider) released(id common.Hash) {
	p.mu.Lock()
	had := p.active[id]
	delete(p.active, id)
	p.mu.Unlock()
	if had {
		select {
		case p.freed <- struct{}{}:
		default:
		}
	}
}

// publishLoop gossips the offer now and then periodically, so nodes that join later see it,
// and keeps the free escrow topped up from the wallet (collateral is locked deal by deal).
func (p *provider) publishLoop(ctx context.Context) {
	t := time.NewTicker(p.n.cfg.Offer.RepublishEvery)
	defer t.Stop()
	var seq uint64
	for {
		if err := p.n.ensureDeposit(ctx, p.n.cfg.Deposit); err != nil && ctx.Err() == nil {
			p.n.log.Warn("top up escrow", "err", err)
		}
		o, err := p.currentOffer(ctx)
		if err == nil {
			seq++
			err = p.publish(ctx, o, seq)
		}
		if err != nil && ctx.Err() == nil && !errors.Is(err, p2p.ErrIgnored) && !errors.Is(err, errNoFreeSlot) {
			p.n.log.Warn("publish offer", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.freed:
		}
	}
}

// publish sends the offer with a fresh republish counter, so the mesh does not drop the
// repeat as a duplicate message (the counter is outside the signed offer).
func (p *provider) publish(ctx context.Context, o *matching.SignedOffer, seq uint64) error {
	cp := *o
	cp.Seq = seq
	data, err := cp.Encode()
	if err != nil {
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return p.n.offers.Publish(pctx, data)
}

// runDeal runs a matched deal's job (unless its archive is already on disk) and submits the
// result hash. It is safe to call again for the same deal.
func (p *provider) runDeal(ctx context.Context, d *chain.Deal) error {
	n := p.n
	id := d.ID
	if n.cfg.faults.NeverSubmit {
		return nil
	}
	if n.windowLeft(ctx, d) == 0 {
		p.released(id)
		return nil // the window has passed: nothing can land, the JC's timeout ends the deal
	}
	p.matched(id)
	log := n.log.With("deal", id.Hex())
	path := p.archivePath(id)
	packed, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		packed, err = p.execute(ctx, d)
		if errors.Is(err, errCannotRun) {
			log.Warn("refusing the deal: its job cannot be run as signed", "err", err)
			if _, err := n.market.RefuseDeal(ctx, d, truncate(err.Error(), 200)); err != nil {
				return err
			}
			p.released(id)
			return nil
		}
		if err != nil {
			return err
		}
		if err := writeFileAtomic(path, packed, 0o600); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	hash := sha256Hash(packed)
	if _, err := n.market.SubmitResult(ctx, d, hash); err != nil {
		return err
	}
	p.released(id)
	log.Info("result submitted", "hash", hash.Hex(), "bytes", len(packed))
	return nil
}

func (p *provider) execute(ctx context.Context, d *chain.Deal) ([]byte, error) {
	// A slot: the offers keep deals within the slots, but not across a restart (or for a deal
	// whose event came late). A deal that gets none while it could still run is refused.
	left := p.n.windowLeft(ctx, d)
	wait, cancel := context.WithTimeout(ctx, left-actMargin(left))
	defer cancel()
	select {
	case p.run <- struct{}{}:
		defer func() { <-p.run }()
	case <-wait.Done():
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: every slot stayed taken for the window", errCannotRun)
	}
	res, _, err := p.n.runInWindow(ctx, d, "deal")
	if err != nil {
		return nil, err
	}
	if p.n.cfg.faults.WrongResult {
		return tamper(res.Archive)
	}
	if p.n.cfg.faults.SparseBomb && sparseBomb != nil {
		return sparseBomb(2 << 30), nil
	}
	return res.Archive, nil
}

// errCannotRun marks a deal whose job cannot be run as its JC signed it: the module does not
// match its pin, the input files do not check out, the inputs do not fit the module, the
// signed spec asks less than the module needs, the module's engine is missing here, or its
// timeout does not fit the window (checkRunnable). An RP refuses such a deal; a mediator
// recuses itself.
var errCannotRun = errors.New("job cannot be run as signed")

// prepareJob turns a deal's job offer into the bacalhau job to run (the RP's run or the
// mediator's re-run): the module loaded at its pinned commit and checked against the template
// hash, the input files fetched from the JC and checked against their hashes, the inputs
// rendered into the template.
func (n *Node) prepareJob(ctx context.Context, id common.Hash, purpose string) (*bacmodels.Job, *runner.Module, *matching.SignedJob, error) {
	job, err := n.awaitJob(ctx, id)
	if err != nil {
		return nil, nil, nil, err
	}
	mod, err := n.modules.Load(ctx, job.ModuleName, pinOf(job.Pin))
	if errors.Is(err, runner.ErrPinMismatch) || errors.Is(err, runner.ErrUnknownModule) || errors.Is(err, runner.ErrModuleFetch) {
		return nil, nil, nil, fmt.Errorf("%w: %w", errCannotRun, err)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	dir, err := n.fetchInputs(ctx, id, job)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %w", errCannotRun, err)
	}
	bj, err := mod.Render(purpose+"-"+id.Hex()[2:18], job.Inputs)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %w", errCannotRun, err)
	}
	if dir != "" {
		runner.WithInputFiles(bj, dir)
	}
	return bj, mod, job, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// tamper replaces a result's stdout (fault injection: a dishonest RP).
func tamper(packed []byte) ([]byte, error) {
	files, err := archive.Unpack(packed)
	if err != nil {
		return nil, err
	}
	files[archive.FileStdout] = []byte("a result that is not the job's\n")
	out, _, err := archive.PackFiles(files)
	return out, err
}

// awaitJob returns the deal's job offer from gossip or the store. The DealMatched event can
// overtake the job's gossip on its way here; the JC re-publishes until matched, so wait a while.
func (n *Node) awaitJob(ctx context.Context, id common.Hash) (*matching.SignedJob, error) {
	deadline := time.Now().Add(jobWait)
	askAfter := time.Now().Add(2 * time.Second)
	for {
		if job, ok := n.jobOf(id); ok {
			return job, nil
		}
		if time.Now().After(askAfter) { // missed on gossip (or before a restart): ask peers
			if job := n.askJob(ctx, id); job != nil {
				return job, nil
			}
			if job, err := n.market.PostedJob(ctx, id); err == nil { // or a contract posted it
				return job, nil
			}
			askAfter = time.Now().Add(2 * time.Second)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("deal %s: job offer not seen on gossip within %s; cannot run it", id.Hex(), jobWait)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// jobProtocol: any node hands out a job offer it has seen, by deal id. The answer proves
// itself: its EIP-712 digest is the deal id, and its signature is checked.
const jobProtocol = "job"

func (n *Node) answerJob(_ context.Context, _ peer.ID, req []byte) ([]byte, error) {
	job, ok := n.jobOf(common.BytesToHash(req))
	if !ok {
		return nil, errors.New("job offer not known here")
	}
	return job.Encode()
}

// askJob asks connected peers for a deal's job offer; nil when none has it.
func (n *Node) askJob(ctx context.Context, id common.Hash) *matching.SignedJob {
	for _, p := range n.host.PeersServing(jobProtocol) {
		qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		data, err := n.host.Ask(qctx, p, nil, jobProtocol, id[:])
		cancel()
		if err != nil {
			continue
		}
		// The answer proves itself: its digest is the deal id the chain holds and its
		// signature is the creator's, so who sent it does not matter. Only its unsigned peer
		// id (where the input files come from) could be a sender's lie; it must be the
		// creator's key, as the mesh validator requires of a gossiped job.
		job, err := matching.DecodeJob(data)
		if err != nil || job.Verify(n.domain) != nil || job.Offer.Hash(n.domain) != id {
			n.log.Warn("a peer answered with a job offer that is not the deal's", "peer", p)
			continue
		}
		if _, ok := boundPeer(job.PeerID, job.Offer.Creator); job.PeerID != "" && !ok {
			n.log.Warn("a peer answered with the deal's job offer under another key's peer id", "peer", p)
			continue
		}
		if err := n.store.putJob(id, job); err != nil {
			n.log.Error("store job offer", "err", err)
		}
		return job
	}
	return nil
}

// jobWait is how long an RP or mediator waits for the gossip of a job it must run.
const jobWait = time.Minute

func (p *provider) archivePath(id common.Hash) string {
	return filepath.Join(p.n.resultsDir(), id.Hex()+".tar")
}

// serveResult gives a deal's archive to the deal's job creator only.
func (p *provider) serveResult(ctx context.Context, requester common.Address, id common.Hash) ([]byte, error) {
	d, err := p.n.market.Deal(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.RP != p.n.addr {
		return nil, errors.New("not this provider's deal")
	}
	if requester != d.JC && (requester != d.Mediator || d.Mediator == (common.Address{})) {
		return nil, errors.New("only the deal's job creator or its drawn mediator may fetch its result")
	}
	b, err := os.ReadFile(p.archivePath(id))
	if err != nil {
		return nil, errors.New("result not ready")
	}
	return b, nil
}
