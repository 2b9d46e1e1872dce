package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/events"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/gpu"
)

// Node is one coophive node.
type Node struct {
	cfg  Config
	log  *slog.Logger
	addr common.Address

	backend  chain.Backend
	closeRPC func()
	market   *chain.Market
	domain   matching.Domain
	store    *store

	host       *p2p.Host
	jobs       *p2p.Topic
	offers     *p2p.Topic
	capsTop    *p2p.Topic
	caps       p2p.Capabilities   // the network's capability records
	stakes     *gossip.Stakes     // the escrow of gossip's authors, as the validators saw it
	validators *gossip.Validators // the gossip validators
	machine    Machine
	capSeq     atomic.Uint64 // the sequence number of the record being gossiped

	runner jobRunner
	known  jobCache   // job offers seen on gossip, by deal id
	inputs inputStore // the input files of this node's own jobs
	// inputCap bounds the input files this node fetches for one deal (0: MaxInputBytes).
	inputCap int64
	// ownJudging holds the deal ids a RunJob of this process judges itself.
	ownJudging sync.Map
	escrow     escrowReserve // the free escrow this JC's unmatched jobs need
	modules    *runner.Resolver
	peers      providers // where each provider can be reached (jc)
	solver     *solver
	rp         *provider
	mediator   *mediator
	deals      *dealWatch

	metrics     *metrics
	chainReads  chainProbe  // the chain reads of /metrics and /readyz
	metricsAddr string      // where the metrics server listens
	bus         *events.Bus // the API's event stream (nil without Config.APIAddr)
	seen        seenJobs    // the last job offers seen, for the API
	submits     submissions // jobs submitted through the API
	apiAddr     string      // where the API listens
	started     atomic.Bool // start has set every field above

	ctx      context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	stopOnce sync.Once
	stopErr  error
}

// New checks the config; it does no I/O.
func New(cfg Config) (*Node, error) {
	cfg.applyDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	n := &Node{cfg: cfg, addr: chain.KeyAddress(cfg.Key), metrics: newMetrics(cfg.Release)}
	n.log = cfg.Logger.With("component", "node", "addr", n.addr.Hex())
	if cfg.APIAddr != "" {
		n.bus = events.New(events.Config{})
	}
	n.metrics.reg.MustRegister(nodeCollector{n})
	return n, nil
}

// Address is the node's Ethereum address.
func (n *Node) Address() common.Address { return n.addr }

// Market is the node's chain client.
func (n *Node) Market() *chain.Market { return n.market }

// Domain is the market's EIP-712 domain (valid after Start).
func (n *Node) Domain() matching.Domain { return n.domain }

// Host is the node's p2p host (valid after Start).
func (n *Node) Host() *p2p.Host { return n.host }

// Start connects to the chain and the mesh and starts the roles.
func (n *Node) Start(ctx context.Context) error {
	if err := os.MkdirAll(n.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	if err := n.start(ctx); err != nil {
		return errors.Join(err, n.Stop())
	}
	return nil
}

func (n *Node) start(ctx context.Context) error {
	if err := n.startMetricsServer(); err != nil {
		return err
	}
	if err := n.connectChain(ctx); err != nil {
		return err
	}
	var err error
	if n.store, err = openStore(n.cfg.DataDir); err != nil {
		return err
	}
	if n.machine, err = DetectMachine(ctx, n.cfg.DataDir); err != nil {
		return err
	}
	if err := n.startMesh(ctx); err != nil {
		return err
	}
	if err := n.startRoles(ctx); err != nil {
		return err
	}
	if err := n.subscribeMarket(); err != nil {
		return err
	}
	n.deals = newDealWatch(n)
	if err := n.deals.resume(); err != nil {
		return err
	}
	if err := n.startFollower(ctx); err != nil {
		return err
	}
	n.goLoop(n.deals.run)
	n.started.Store(true)
	if err := n.startAPIServer(); err != nil {
		return err
	}
	n.log.Info("node started", "roles", n.cfg.Roles, "peer", n.host.ID(), "network", n.domain.Network())
	return nil
}

func (n *Node) startRoles(ctx context.Context) error {
	n.modules = &runner.Resolver{CacheDir: filepath.Join(n.cfg.DataDir, "modules"), GitBase: n.cfg.ModuleGitBase,
		Limits: runner.FetchLimits{Hosts: n.cfg.ModuleHosts, AllowPrivate: n.cfg.ModuleAllowPrivate}}
	n.host.ServeInputs(n.serveInput)
	if n.cfg.Has(RoleRP) || n.cfg.Has(RoleMediator) {
		n.runner = n.newRunner()
		if err := n.runner.Start(ctx); err != nil {
			return fmt.Errorf("runner: %w", err)
		}
	}
	if n.cfg.Has(RoleRP) {
		n.rp = newProvider(n)
		if err := n.rp.start(ctx); err != nil {
			return err
		}
	}
	if n.cfg.Has(RoleSolver) {
		if err := n.ensureRegistered(ctx, chain.RoleSolver); err != nil {
			return err
		}
		n.solver = newSolver(solverDeps{addr: n.addr, domain: n.domain, chain: n.market, clock: n.chainNow,
			now: time.Now, offerLapse: OfferLapse, spawn: n.goLoop, log: n.log.With("role", "solver")})
		n.host.Serve(whyProtocol, 32, n.solver.answerWhy)
		n.solver.start()
	}
	if n.cfg.Has(RoleMediator) {
		if err := n.ensureRegistered(ctx, chain.RoleMediator); err != nil {
			return err
		}
		if err := n.reregisterMediator(ctx); err != nil {
			n.log.Warn("keeping the mediator terms on-chain", "err", err)
		}
		n.mediator = &mediator{n: n}
	}
	return nil
}

// jobRunner runs rendered bacalhau jobs: in-process (runner.Runner) or on an operator's
// bacalhau cluster (runner.Cluster).
type jobRunner interface {
	Start(ctx context.Context) error
	Run(ctx context.Context, job *bacmodels.Job) (*runner.Result, error)
	Engines() []string
	Ready(ctx context.Context) error // the engine still answers
	Stop() error
}

func (n *Node) newRunner() jobRunner {
	work := filepath.Join(n.cfg.DataDir, "work")
	if n.cfg.BacalhauAPI != "" {
		return runner.NewCluster(n.cfg.BacalhauAPI, work, n.cfg.Logger)
	}
	return runner.New(runner.Config{WorkDir: work, BuildImages: true, NoDocker: n.cfg.NoDocker,
		GPUs: n.jobGPUs(), Logger: n.cfg.Logger})
}

// jobGPUs are the GPUs the node's jobs may use: an RP's offered ones (--gpu), a mediator's
// every one (it re-runs whatever GPU job it is drawn for).
func (n *Node) jobGPUs() []gpu.GPU {
	if n.cfg.Has(RoleRP) {
		return offeredGPUs(n.cfg.Offer, n.machine)
	}
	return n.machine.GPUs
}

// ensureRegistered registers the node in role (locking the bond) unless it already is.
func (n *Node) ensureRegistered(ctx context.Context, role uint8) error {
	roles, err := n.market.Roles(ctx, n.addr)
	if err != nil {
		return err
	}
	if roles&role != 0 {
		return nil
	}
	if role == chain.RoleMediator { // removed for silence: take the rest of the bond back first
		mt, err := n.market.MediatorTerms(ctx, n.addr)
		if err != nil {
			return err
		}
		if mt.Bond.Sign() > 0 {
			n.log.Warn("this mediator was slashed for silence and left the registry; registering again", "bond_left", matching.FormatTokens(mt.Bond))
			if err := n.market.Unregister(ctx, role); err != nil {
				return err
			}
		}
	}
	if err := n.ensureDeposit(ctx, n.cfg.Deposit); err != nil {
		return fmt.Errorf("deposit for the registry bond: %w", err)
	}
	if role == chain.RoleSolver {
		n.log.Info("registering as a solver")
		return n.market.RegisterSolver(ctx)
	}
	t := n.mediatorTerms()
	n.log.Info("registering as a mediator", "min_fee", matching.FormatTokens(t.MinFee), "min_window_s", t.MinWindow)
	return n.market.RegisterMediator(ctx, t)
}

// mediatorTerms are the terms this node registers as a mediator with.
func (n *Node) mediatorTerms() chain.MediatorTerms { return n.cfg.Mediator.Terms() }

// reregisterMediator registers the mediator again when its configured terms differ from
// those on-chain (unregistering first; not while a mediation is open).
func (n *Node) reregisterMediator(ctx context.Context) error {
	mt, err := n.market.MediatorTerms(ctx, n.addr)
	if err != nil {
		return err
	}
	want := n.mediatorTerms()
	if mt.MinFee.Cmp(want.MinFee) == 0 && mt.MinWindow == want.MinWindow && mt.MaxOpen == want.MaxOpen {
		return nil
	}
	n.log.Info("mediator terms changed; registering again", "min_fee", matching.FormatTokens(want.MinFee),
		"min_window_s", want.MinWindow, "max_open", want.MaxOpen)
	if err := n.market.Unregister(ctx, chain.RoleMediator); err != nil {
		return fmt.Errorf("leave the registry to change mediator terms: %w", err)
	}
	return n.market.RegisterMediator(ctx, want)
}

func (n *Node) connectChain(ctx context.Context) error {
	n.backend = n.cfg.Backend
	if n.backend == nil {
		dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		c, err := ethclient.DialContext(dctx, n.cfg.RPCURL)
		if err != nil {
			return fmt.Errorf("connect to chain at %s: %w", n.cfg.RPCURL, err)
		}
		n.backend, n.closeRPC = c, c.Close
	}
	n.market = chain.NewMarket(n.backend, n.cfg.Contracts, n.cfg.Key)
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	code, err := n.backend.CodeAt(cctx, n.cfg.Contracts.Market, nil)
	if err != nil {
		return fmt.Errorf("read Market at %s: %w", n.cfg.Contracts.Market.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("no contract at Market address %s on this chain", n.cfg.Contracts.Market.Hex())
	}
	n.domain, err = n.market.Domain(cctx)
	return err
}

func (n *Node) startMesh(ctx context.Context) error {
	n.host = p2p.New(p2p.Config{Key: n.cfg.Key, Network: n.domain.Network(), ListenAddrs: n.cfg.ListenAddrs,
		Bootstrap: n.cfg.Bootstrap, DHTServer: n.cfg.DHTServer, MDNS: n.cfg.MDNS, Metrics: n.metrics.reg, Logger: n.cfg.Logger})
	if err := n.host.Start(ctx); err != nil {
		return err
	}
	n.caps.Keep = func(id peer.ID) bool { return n.host.LibP2P().Network().Connectedness(id) == network.Connected }
	v := ChainValidators(n.market, n.domain, n.host.ID(), n.log)
	v.Caps = &n.caps
	n.stakes, n.validators = v.Stakes, v
	var err error
	count := n.metrics.countVerdicts
	if n.jobs, err = n.host.Join(gossip.TopicJobs, count(gossip.TopicJobs, v.Jobs)); err != nil {
		return err
	}
	if n.offers, err = n.host.Join(gossip.TopicOffers, count(gossip.TopicOffers, v.Offers)); err != nil {
		return err
	}
	if n.capsTop, err = n.host.Join(gossip.TopicCapabilities, count(gossip.TopicCapabilities, v.Capabilities)); err != nil {
		return err
	}
	if err := n.capsTop.Subscribe(n.onCapability); err != nil {
		return err
	}
	n.host.ServeCapability(n.ownCapability)
	n.host.Serve(jobProtocol, 32, n.answerJob)
	n.goLoop(n.publishCapability)
	n.goLoop(n.announce)
	return nil
}

// subscribeMarket hands gossiped jobs and offers to the roles: after startRoles, whose
// fields (n.rp, n.solver, n.mediator) the handlers read.
func (n *Node) subscribeMarket() error {
	if err := n.jobs.Subscribe(n.onJob); err != nil {
		return err
	}
	return n.offers.Subscribe(n.onOffer)
}

// ownCapability is this node's sealed capability record.
func (n *Node) ownCapability() []byte {
	data, err := n.host.SealCapability(n.capability(n.capSeq.Load()))
	if err != nil {
		n.log.Error("seal capability record", "err", err)
	}
	return data
}

func (n *Node) onCapability(_ peer.ID, _ []byte, decoded any) {
	if c, ok := decoded.(*p2p.SignedCapability); ok {
		before := n.caps.Len()
		old, had := n.caps.Get(c.Peer)
		if n.caps.Put(c) && n.bus != nil && (!had || !sameRecord(old.Record, c.Record)) {
			n.bus.Publish(events.TypePeer, peerView(c, n.host.LibP2P().Network().Connectedness(c.Peer) == network.Connected))
		}
		if known := n.caps.Len(); known > before { // each node says how much of the network it sees
			n.log.Info("capability records known", "count", known, "new", c.Peer)
		}
	}
}

// publishCapability gossips the node's record at start and every Config.CapabilityEvery.
func (n *Node) publishCapability(ctx context.Context) {
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	_ = n.capsTop.WaitPeers(wctx, 1)
	cancel()
	t := time.NewTicker(n.cfg.CapabilityEvery)
	defer t.Stop()
	for {
		n.capSeq.Store(uint64(time.Now().UnixNano()))
		if err := n.capsTop.Publish(ctx, n.ownCapability()); err != nil && ctx.Err() == nil && !errors.Is(err, p2p.ErrIgnored) {
			n.log.Warn("publish capability record", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// announceKeys are the DHT keys this node is found under: its roles, and for an RP each GPU
// model it offers.
func (n *Node) announceKeys() []string {
	var keys []string
	for _, r := range n.cfg.Roles {
		if r != RoleJC {
			keys = append(keys, "role:"+string(r))
		}
	}
	if n.cfg.Has(RoleRP) {
		seen := map[string]bool{}
		for i, g := range n.machine.GPUs {
			if i < n.cfg.Offer.GPUs && !seen[g.Model] {
				seen[g.Model] = true
				keys = append(keys, "gpu:"+g.Model)
			}
		}
	}
	return keys
}

// announce puts the node under its keys in the DHT now and every announceEvery.
func (n *Node) announce(ctx context.Context) {
	keys := n.announceKeys()
	if len(keys) == 0 {
		return
	}
	for {
		wait := announceEvery
		for _, k := range keys {
			if err := n.host.Provide(ctx, k); err != nil && ctx.Err() == nil {
				// an empty routing table right after start, most often: try again soon
				n.log.Debug("dht announce", "key", k, "err", err)
				wait = 5 * time.Second
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// announceEvery is how often a node renews its DHT provider records.
const announceEvery = 10 * time.Minute

// FindProviders lists the nodes announced under a DHT key such as "role:rp" or
// "gpu:NVIDIA H200".
func (n *Node) FindProviders(ctx context.Context, key string) ([]peer.ID, error) {
	var found []peer.AddrInfo
	var err error
	for try := 0; try < 10; try++ { // a node that just joined has an empty routing table
		if found, err = n.host.FindProviders(ctx, key, 100); err != nil || len(found) > 0 {
			break
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	if err != nil {
		return nil, err
	}
	ids := make([]peer.ID, len(found))
	for i, ai := range found {
		ids[i] = ai.ID
	}
	return ids, nil
}

// solverLapse is how many capability periods a solver's record may be missing before job
// creators stop ranking it.
const solverLapse = 3

// liveSolvers keeps the registered solvers this node has heard from lately: a capability
// record with the solver role received within solverLapse periods, or an answer to a pull of
// it now (gossip can lag on a loaded node, a node that just joined has heard little; a stopped
// solver answers nothing). A node that has heard from none of them ranks them all.
func (n *Node) liveSolvers(ctx context.Context, registered []common.Address) []common.Address {
	since := time.Now().Add(-solverLapse * n.cfg.CapabilityEvery)
	n.probe(ctx, registered, since)
	return aliveSolvers(registered, n.caps.All(), since)
}

// solverProbeTimeout bounds a pull of a record by liveSolvers; maxProbes bounds the pulls
// of records of connected peers this node has none of, per call.
const (
	solverProbeTimeout = 2 * time.Second
	maxProbes          = 32
)

// probe pulls, all at once, the records of connected peers this node has none of (up to
// maxProbes) and of the registered solvers last seen before since; a record pulled is kept
// and counts as seen now.
func (n *Node) probe(ctx context.Context, registered []common.Address, since time.Time) {
	var targets []peer.ID
	for _, id := range n.host.LibP2P().Network().Peers() {
		if _, ok := n.caps.Get(id); !ok && len(targets) < maxProbes {
			targets = append(targets, id)
		}
	}
	for _, c := range n.caps.All() {
		a, err := p2p.PeerAddress(c.Peer)
		if !c.Seen.After(since) && err == nil && slices.Contains(registered, a) && slices.Contains(c.Record.Roles, string(RoleSolver)) {
			targets = append(targets, c.Peer)
		}
	}
	var wg sync.WaitGroup
	for _, id := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pctx, cancel := context.WithTimeout(ctx, solverProbeTimeout)
			defer cancel()
			if c, err := n.host.PullCapability(pctx, id); err == nil {
				n.caps.Put(c)
				n.caps.Touch(id)
			}
		}()
	}
	wg.Wait()
}

// aliveSolvers is liveSolvers' rule: the registered addresses with a solver record seen
// after since, or all of them if none has one.
func aliveSolvers(registered []common.Address, records []*p2p.SignedCapability, since time.Time) []common.Address {
	alive := map[common.Address]bool{}
	for _, c := range records {
		if c.Seen.After(since) && slices.Contains(c.Record.Roles, string(RoleSolver)) {
			if a, err := p2p.PeerAddress(c.Peer); err == nil {
				alive[a] = true
			}
		}
	}
	var out []common.Address
	for _, a := range registered {
		if alive[a] {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return registered
	}
	return out
}

// Capabilities lists the capability records this node knows, pulling any connected peer's
// it lacks.
func (n *Node) Capabilities(ctx context.Context) []*p2p.SignedCapability {
	for _, id := range n.host.LibP2P().Network().Peers() {
		if _, ok := n.caps.Get(id); ok {
			continue
		}
		if c, err := n.host.PullCapability(ctx, id); err == nil {
			n.caps.Put(c)
		}
	}
	return n.caps.All()
}

func (n *Node) onJob(_ peer.ID, _ []byte, decoded any) {
	if job, ok := decoded.(gossip.Job); ok {
		n.learnJob(job.ID, job.SignedJob)
	}
}

// learnJob keeps a job offer seen on gossip or posted on-chain in memory, and hands it to
// the solver. It is not written to the store: a stranger's job must not cost every node a
// durable write. An RP stores the job when a deal makes it its own (dealWatch, on
// DealMatched); a node that crashed before that, or a mediator drawn later, asks its peers
// for it (askJob: the answer proves itself by its digest), and the JC and the RP keep it.
func (n *Node) learnJob(id common.Hash, job *matching.SignedJob) {
	n.known.put(id, job)
	n.noteJob(id, job)
	if n.solver != nil {
		n.solver.addJob(id, job)
	}
}

func (n *Node) onOffer(_ peer.ID, _ []byte, decoded any) {
	o, ok := decoded.(gossip.Offer)
	if !ok {
		return
	}
	n.metrics.offersSeen.Inc()
	if n.peers.put(o.ID, o.SignedOffer) && n.bus != nil {
		n.bus.Publish(events.TypeOffer, offerView(o.ID, o.SignedOffer, nil, time.Now()))
	}
	if n.solver != nil {
		n.solver.addOffer(o.ID, o.SignedOffer)
	}
}

// startFollower follows Market events from the block after the last one handled (or the
// head, on a first start) and dispatches them to the roles.
func (n *Node) startFollower(ctx context.Context) error {
	from, ok, err := n.store.lastBlock()
	if err != nil {
		return err
	}
	if ok {
		from++
	} else {
		head, err := n.backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("read chain head: %w", err)
		}
		from = head
	}
	f := chain.NewFollower(n.backend, n.cfg.Contracts.Market,
		chain.FollowerConfig{From: from, Confirmations: n.cfg.Confirmations, Interval: n.cfg.PollInterval}, n.log)
	n.goLoop(func(ctx context.Context) {
		_ = f.Run(ctx, n.onEvent, func(last uint64) {
			if err := n.store.setLastBlock(last); err != nil {
				n.log.Error("persist state", "err", err)
			}
		})
	})
	return nil
}

func (n *Node) onEvent(ev chain.Event) {
	n.log.Debug("chain event", "event", ev.Name, "deal", ev.DealID.Hex(), "block", ev.Block)
	n.publishDealEvent(ev)
	if ev.Name == chain.EvJobPosted {
		n.log.Info("job posted on-chain", "job", ev.DealID.Hex(), "creator", ev.Job.Offer.Creator.Hex(), "module", ev.Job.ModuleName)
		n.learnJob(ev.DealID, ev.Job)
		return
	}
	if ev.Name == chain.EvDealMatched {
		var until uint64
		if j, ok := n.known.get(ev.DealID); ok {
			until = j.Offer.ValidUntil
			if ev.Solver == n.addr {
				observeSince(n.metrics.matchLatency.WithLabelValues("solver"), j.Offer.CreatedAt, time.Now())
			}
		}
		n.validators.Settled(ev.DealID, until) // a replay of its job costs no lookup now
	}
	if n.solver != nil {
		n.solver.onEvent(ev)
	}
	n.deals.onEvent(ev)
}

// goLoop runs f on a goroutine tied to the node's life.
func (n *Node) goLoop(f func(ctx context.Context)) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f(n.ctx)
	}()
}

// Stop stops the roles, the mesh and the chain connection, in reverse order of Start. A
// second call returns the first call's result.
func (n *Node) Stop() error {
	n.stopOnce.Do(func() { n.stopErr = n.stop() })
	return n.stopErr
}

func (n *Node) stop() error {
	if n.cancel != nil {
		n.cancel()
	}
	n.wg.Wait()
	var errs []error
	if n.runner != nil {
		errs = append(errs, n.runner.Stop())
	}
	if n.host != nil {
		errs = append(errs, n.host.Stop())
	}
	if n.store != nil {
		errs = append(errs, n.store.close())
	}
	if n.closeRPC != nil {
		n.closeRPC()
	}
	return errors.Join(errs...)
}

// ensureDeposit tops the node's free escrow up to want, from its wallet, in one transaction.
func (n *Node) ensureDeposit(ctx context.Context, want *big.Int) error {
	err := n.topUp(ctx, want)
	if err != nil && ctx.Err() == nil {
		// Another process of this key may have used the permit's nonce (its deposit reverts)
		// or topped up meanwhile: once more, from the escrow as it is now.
		n.log.Info("top-up failed; reading the escrow again", "err", err)
		err = n.topUp(ctx, want)
	}
	return err
}

// topUp is ensureDeposit's one try.
func (n *Node) topUp(ctx context.Context, want *big.Int) error {
	if want == nil || want.Sign() == 0 {
		return nil
	}
	free, _, err := n.market.Escrow(ctx, n.addr)
	if err != nil {
		return err
	}
	if free.Cmp(want) >= 0 {
		return nil
	}
	need := new(big.Int).Sub(want, free)
	bal, err := n.market.TokenBalance(ctx, n.addr)
	if err != nil {
		return err
	}
	if bal.Cmp(need) < 0 {
		return fmt.Errorf("escrow needs %s more tokens but the wallet of %s holds %s",
			matching.FormatTokens(need), n.addr.Hex(), matching.FormatTokens(bal))
	}
	n.log.Info("depositing into escrow", "tokens", matching.FormatTokens(need))
	// One transaction: the token's EIP-2612 permit and the deposit (depositWithPermit).
	_, err = n.market.DepositWithPermit(ctx, need)
	if errors.Is(err, chain.ErrNoPermit) { // a token without permits: approve, then deposit
		n.log.Warn("the token takes no permit; approving, then depositing", "err", err)
		return n.market.Deposit(ctx, need)
	}
	return err
}

func (n *Node) resultsDir() string { return filepath.Join(n.cfg.DataDir, "results") }

// jobOf returns a deal's job offer from memory or the store.
func (n *Node) jobOf(id common.Hash) (*matching.SignedJob, bool) {
	if j, ok := n.known.get(id); ok {
		return j, true
	}
	j, err := n.store.job(id)
	return j, err == nil
}

// jobCache holds job offers seen on gossip, by deal id, for a day past their validity.
type jobCache struct {
	mu        sync.Mutex
	m         map[common.Hash]*matching.SignedJob
	lastPurge time.Time
}

const jobCacheKeep = 24 * time.Hour

func (c *jobCache) put(id common.Hash, j *matching.SignedJob) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[common.Hash]*matching.SignedJob{}
	}
	c.m[id] = j
	if time.Since(c.lastPurge) < time.Minute && len(c.m) <= maxKnownJobs {
		return
	}
	c.lastPurge = time.Now()
	cutoff := uint64(time.Now().Add(-jobCacheKeep).Unix())
	if len(c.m) > maxKnownJobs {
		cutoff = uint64(time.Now().Unix()) // full: keep only the jobs still valid
	}
	for k, v := range c.m {
		if v.Offer.ValidUntil < cutoff {
			delete(c.m, k)
		}
	}
	for k := range c.m { // still full: forget any (a deal's job is stored, or asked for)
		if len(c.m) <= maxKnownJobs {
			break
		}
		if k != id {
			delete(c.m, k)
		}
	}
}

// maxKnownJobs bounds the job offers a node keeps in memory.
const maxKnownJobs = 20_000

func (c *jobCache) get(id common.Hash) (*matching.SignedJob, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j, ok := c.m[id]
	return j, ok
}
