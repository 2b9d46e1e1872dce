package node

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/atomicfile"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/api"
	"github.com/coophive/coophive/node/events"
	"github.com/coophive/coophive/node/web"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner/archive"
)

// The node's side of the API (package api): the server's start, its bearer token, and
// apiBackend, which answers from the node's state and the chain.

// APITokenFile is the file in the data dir holding the API's bearer token.
const APITokenFile = "api-token"

// Bounds of the API's state in the node.
const (
	maxSeenJobs      = 256  // the job offers /jobs lists
	maxSubmissions   = 1024 // submissions kept, the oldest ended ones forgotten first
	maxRunningSubmit = 64   // submissions running at once
	dealScanRange    = 5_000
	dealScanBlocks   = 50_000 // blocks of DealMatched events one /deals call reads at most
	dealStateReads   = 8      // deal states read at once
)

// startAPIServer listens on Config.APIAddr, when set, with the token from the data dir
// (written on the first start), and serves until the node stops.
func (n *Node) startAPIServer() error {
	if n.cfg.APIAddr == "" {
		return nil
	}
	token, path, err := apiToken(n.cfg.DataDir)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", n.cfg.APIAddr)
	if err != nil {
		return fmt.Errorf("api listener on %s: %w", n.cfg.APIAddr, err)
	}
	n.apiAddr = ln.Addr().String()
	log := n.cfg.Logger.With("component", "api", "addr", n.apiAddr)
	srv := api.New(api.Config{Backend: apiBackend{n}, Bus: n.bus, Token: token, Logger: n.cfg.Logger,
		Page: web.Handler(), Routes: n.cfg.APIRoutes})
	n.goLoop(func(ctx context.Context) {
		if err := srv.Serve(ctx, ln); err != nil {
			log.Error("api server stopped", "err", err)
		}
	})
	log.Info("serving the API (/api/v1/openapi.yaml describes it)", "token_file", path)
	if host, _, err := net.SplitHostPort(n.apiAddr); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			log.Warn("the API listens beyond loopback: anyone who reaches it reads this node's view (writes need the token)")
		}
	}
	return nil
}

// APIAddr is the address the API listens on (empty when off; valid after Start).
func (n *Node) APIAddr() string { return n.apiAddr }

// apiToken reads the API's bearer token from the data dir, writing a new random one (mode
// 0600) when there is none.
func apiToken(dataDir string) (token, path string, err error) {
	path = filepath.Join(dataDir, APITokenFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		var raw [32]byte
		if _, err := rand.Read(raw[:]); err != nil {
			return "", "", err
		}
		token = hex.EncodeToString(raw[:])
		if err := atomicfile.WriteNew(path, []byte(token+"\n"), 0o600); err != nil {
			return "", "", fmt.Errorf("write the API token: %w", err)
		}
		return token, path, nil
	}
	if err != nil {
		return "", "", fmt.Errorf("read the API token: %w", err)
	}
	token = strings.TrimSpace(string(b))
	if len(token) < 16 {
		return "", "", fmt.Errorf("the API token in %s is shorter than 16 characters: delete the file and a new one is written", path)
	}
	return token, path, nil
}

// APIToken is the API's bearer token in a data dir (tests, tools).
func APIToken(dataDir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, APITokenFile))
	return strings.TrimSpace(string(b)), err
}

// apiBackend answers the API (api.Backend).
type apiBackend struct{ n *Node }

func (b apiBackend) Status(ctx context.Context) (api.Status, error) {
	n := b.n
	st := api.Status{PeerID: n.host.ID().String(), Address: n.addr.Hex(), ChainID: n.domain.ChainID.Int64(),
		Market: n.cfg.Contracts.Market.Hex(), Network: n.domain.Network(), Peers: n.host.Peers(), Version: n.cfg.Release,
		Listen: n.host.Addrs(), EventEpoch: n.bus.Epoch()}
	for _, r := range n.cfg.Roles {
		st.Roles = append(st.Roles, string(r))
	}
	if p := n.probeChain(ctx); p.headErr != nil {
		st.HeadError = p.headErr.Error()
	} else {
		st.Head = &api.Head{Number: p.headNumber, Time: p.headTime}
	}
	return st, nil
}

func (b apiBackend) Peers(context.Context) ([]api.Peer, error) {
	n := b.n
	recs := n.caps.All()
	sort.Slice(recs, func(i, j int) bool { return recs[i].Seen.After(recs[j].Seen) })
	out := make([]api.Peer, 0, len(recs))
	for _, c := range recs {
		out = append(out, peerView(c, n.host.LibP2P().Network().Connectedness(c.Peer) == network.Connected))
	}
	return out, nil
}

func peerView(c *p2p.SignedCapability, connected bool) api.Peer {
	a, _ := p2p.PeerAddress(c.Peer)
	p := api.Peer{PeerID: c.Peer.String(), Address: a.Hex(), Roles: c.Record.Roles, Version: c.Record.Version,
		CPUMilli: c.Record.CPUMilli, RAMMiB: c.Record.RAMMiB, DiskMiB: c.Record.DiskMiB, GPUs: []api.GPU{},
		LastSeen: c.Seen.UTC(), Connected: connected}
	if p.Roles == nil {
		p.Roles = []string{}
	}
	for _, g := range c.Record.GPUs {
		p.GPUs = append(p.GPUs, api.GPU{Vendor: g.Vendor, Model: g.Model, VRAMMiB: g.VRAMMiB})
	}
	return p
}

// sameRecord says whether two capability records say the same (their sequence aside).
func sameRecord(a, b p2p.Capability) bool {
	return slices.Equal(a.Roles, b.Roles) && a.Version == b.Version && a.CPUMilli == b.CPUMilli &&
		a.RAMMiB == b.RAMMiB && a.DiskMiB == b.DiskMiB && slices.Equal(a.GPUs, b.GPUs)
}

func (b apiBackend) Offers(context.Context) ([]api.Offer, string, error) {
	n := b.n
	var out []api.Offer
	source := "heard"
	if n.solver != nil {
		source = "book"
		for _, o := range n.solver.bookOffers() {
			used := o.used
			out = append(out, offerView(o.id, o.o, &used, time.Time{}))
		}
	} else {
		for _, h := range n.peers.live(uint64(time.Now().Unix()), OfferLapse) {
			out = append(out, offerView(h.id, h.o, nil, h.heard))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Price) != len(out[j].Price) { // decimal strings without leading zeros
			return len(out[i].Price) < len(out[j].Price)
		}
		if out[i].Price != out[j].Price {
			return out[i].Price < out[j].Price
		}
		return out[i].ID < out[j].ID
	})
	return out, source, nil
}

func offerView(id common.Hash, so *matching.SignedOffer, used *uint32, heard time.Time) api.Offer {
	o := &so.Offer
	v := api.Offer{ID: id.Hex(), Provider: o.Provider.Hex(), PeerID: so.PeerID, Spec: specView(o.Spec), Modules: hexes(o.Modules),
		Price: amount(o.Price), TimeoutCollateral: amount(o.TimeoutCollateral), ResultsCollateral: amount(o.ResultsCollateral),
		SubmitWindow: o.SubmitWindow, JudgeWindow: o.JudgeWindow, MediateWindow: o.MediateWindow, Mediators: addrs(o.Mediators),
		Capacity: o.Capacity, Used: used, CreatedAt: o.CreatedAt, ValidUntil: o.ValidUntil}
	if !heard.IsZero() {
		h := heard.UTC()
		v.HeardAt = &h
	}
	return v
}

func specView(s matching.Spec) api.Spec {
	return api.Spec{CPUMilli: s.CPUMilli, RAMMiB: s.RAMMiB, DiskMiB: s.DiskMiB, GPUs: s.GPUs, GPUVRAMMiB: s.GPUVRAMMiB}
}

func hexes(hs []common.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Hex()
	}
	return out
}

func addrs(as []common.Address) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Hex()
	}
	return out
}

func amount(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func jobView(id common.Hash, j *matching.SignedJob, own bool, seen time.Time) api.Job {
	o := &j.Offer
	v := api.Job{ID: id.Hex(), Creator: o.Creator.Hex(), Module: j.ModuleName, Spec: specView(o.Spec),
		MaxPrice: amount(o.MaxPrice), Collateral: amount(o.Collateral), MediationFee: amount(o.MediationFee),
		Inputs: j.Inputs, Files: []string{}, CreatedAt: o.CreatedAt, ValidUntil: o.ValidUntil, Own: own}
	if !seen.IsZero() {
		at := seen.UTC()
		v.SeenAt = &at
	}
	if v.Inputs == nil {
		v.Inputs = map[string]string{}
	}
	if j.Pin != nil {
		v.Commit = j.Pin.Commit
	}
	for name := range j.Files {
		v.Files = append(v.Files, name)
	}
	sort.Strings(v.Files)
	return v
}

// seenJobs are the last job offers this node saw or published, for /jobs.
type seenJobs struct {
	mu    sync.Mutex
	order []common.Hash // oldest first
	m     map[common.Hash]seenJob
}

type seenJob struct {
	job  *matching.SignedJob
	seen time.Time
}

// add keeps a job, reporting whether it is new.
func (s *seenJobs) add(id common.Hash, j *matching.SignedJob) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[common.Hash]seenJob{}
	}
	if _, ok := s.m[id]; ok {
		return false
	}
	s.m[id] = seenJob{job: j, seen: time.Now()}
	s.order = append(s.order, id)
	if len(s.order) > maxSeenJobs {
		delete(s.m, s.order[0])
		s.order = slices.Delete(s.order, 0, 1)
	}
	return true
}

func (s *seenJobs) list(self common.Address) []api.Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]api.Job, 0, len(s.order))
	for i := len(s.order) - 1; i >= 0; i-- {
		id := s.order[i]
		sj := s.m[id]
		out = append(out, jobView(id, sj.job, sj.job.Offer.Creator == self, sj.seen))
	}
	return out
}

func (b apiBackend) Jobs(context.Context) ([]api.Job, error) { return b.n.seen.list(b.n.addr), nil }

// noteJob records a job offer seen or published and publishes it as an event when new.
func (n *Node) noteJob(id common.Hash, j *matching.SignedJob) {
	if n.bus == nil {
		return
	}
	if n.seen.add(id, j) {
		n.bus.Publish(events.TypeJob, jobView(id, j, j.Offer.Creator == n.addr, time.Now()))
	}
}

// publishDealEvent publishes a Market event of a deal.
func (n *Node) publishDealEvent(ev chain.Event) {
	if n.bus == nil || ev.Name == chain.EvJobPosted {
		return
	}
	v := api.DealEvent{ID: ev.DealID.Hex(), Event: ev.Name, Block: ev.Block, Tx: ev.TxHash.Hex()}
	if s, ok := chain.StateAfter(ev.Name); ok {
		v.State = s.String()
	}
	if ev.Mediator != (common.Address{}) {
		v.Mediator = ev.Mediator.Hex()
	}
	if ev.ResultHash != (common.Hash{}) {
		v.ResultHash = ev.ResultHash.Hex()
	}
	n.bus.Publish(events.TypeDeal, v)
}

func dealView(d *chain.Deal) api.Deal {
	v := api.Deal{ID: d.ID.Hex(), OfferID: d.OfferID.Hex(), State: d.State.String(), JC: d.JC.Hex(), RP: d.RP.Hex(),
		Solver: d.Solver.Hex(), Mediators: addrs(d.Mediators), Price: amount(d.Price), JCCollateral: amount(d.JCCollateral),
		RPTimeoutCollateral: amount(d.RPTimeoutCollateral), RPResultsCollateral: amount(d.RPResultsCollateral),
		MediationFee: amount(d.MediationFee), SubmitWindow: d.SubmitWindow, JudgeWindow: d.JudgeWindow,
		MediateWindow: d.MediateWindow, Callback: d.Callback, MatchBlock: d.MatchBlock, StateAt: d.StateAt, WindowEnd: d.WindowEnd()}
	if d.Mediator != (common.Address{}) {
		v.Mediator = d.Mediator.Hex()
	}
	if d.ResultHash != (common.Hash{}) {
		v.ResultHash = d.ResultHash.Hex()
	}
	return v
}

func chainErr(err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return api.Errorf(api.ErrUnavailable, "the chain did not answer in time: %w", err)
	}
	return api.Errorf(api.ErrChain, "%w", err)
}

func (b apiBackend) Deals(ctx context.Context, before *api.Cursor, limit int) (api.DealPage, error) {
	n := b.n
	head, err := n.backend.BlockNumber(ctx)
	if err != nil {
		return api.DealPage{}, chainErr(fmt.Errorf("read chain head: %w", err))
	}
	page := api.DealPage{Head: head}
	hi := head
	if before != nil {
		hi = min(hi, before.Block)
	}
	var found []chain.Deal // newest first
	scanned := uint64(0)
	for {
		lo := uint64(0)
		if hi >= dealScanRange {
			lo = hi - dealScanRange + 1
		}
		ds, err := n.market.Matched(ctx, lo, hi)
		if err != nil {
			return api.DealPage{}, chainErr(err)
		}
		for i := len(ds) - 1; i >= 0; i-- {
			d := ds[i]
			if before != nil && (d.MatchBlock > before.Block || d.MatchBlock == before.Block && d.MatchLog >= before.Log) {
				continue
			}
			found = append(found, d)
		}
		scanned += hi - lo + 1
		if len(found) >= limit {
			found = found[:limit]
			last := found[limit-1]
			page.Next = &api.Cursor{Block: last.MatchBlock, Log: last.MatchLog}
			break
		}
		if lo == 0 {
			break
		}
		if scanned >= dealScanBlocks {
			page.Next = &api.Cursor{Block: lo, Log: 0} // go on below lo
			break
		}
		hi = lo - 1
	}
	// Read each deal's state, a few at once.
	errs := make([]error, len(found))
	sem := make(chan struct{}, dealStateReads)
	var wg sync.WaitGroup
	for i := range found {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = n.market.FillState(ctx, &found[i])
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return api.DealPage{}, chainErr(err)
	}
	for i := range found {
		page.Deals = append(page.Deals, dealView(&found[i]))
	}
	return page, nil
}

func (b apiBackend) deal(ctx context.Context, id common.Hash) (*chain.Deal, error) {
	d, err := b.n.market.Deal(ctx, id)
	if errors.Is(err, chain.ErrNoDeal) {
		return nil, api.Errorf(api.ErrNotFound, "no deal %s on the Market", id.Hex())
	}
	if err != nil {
		return nil, chainErr(err)
	}
	return d, nil
}

func (b apiBackend) Deal(ctx context.Context, id common.Hash) (api.DealDetail, error) {
	d, err := b.deal(ctx, id)
	if err != nil {
		return api.DealDetail{}, err
	}
	steps, truncated, err := b.n.market.History(ctx, d)
	if err != nil {
		return api.DealDetail{}, chainErr(err)
	}
	out := api.DealDetail{Deal: dealView(d), HistoryTruncated: truncated, History: make([]api.Step, 0, len(steps))}
	for _, s := range steps {
		st := api.Step{Event: s.Event, State: s.State.String(), Block: s.Block, Time: s.Time, Tx: s.TxHash.Hex()}
		if s.Mediator != (common.Address{}) {
			st.Mediator = s.Mediator.Hex()
		}
		if s.ResultHash != (common.Hash{}) {
			st.ResultHash = s.ResultHash.Hex()
		}
		out.History = append(out.History, st)
	}
	if sj, ok := b.n.seen.get(id); ok {
		v := jobView(id, sj.job, sj.job.Offer.Creator == b.n.addr, sj.seen)
		out.Job = &v
	} else if j, ok := b.n.jobOf(id); ok { // seen longer ago, or a deal this node runs
		v := jobView(id, j, j.Offer.Creator == b.n.addr, time.Time{})
		out.Job = &v
	}
	return out, nil
}

func (s *seenJobs) get(id common.Hash) (seenJob, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sj, ok := s.m[id]
	return sj, ok
}

func (b apiBackend) Result(ctx context.Context, id common.Hash) (*api.Result, error) {
	n := b.n
	d, err := b.deal(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.JC != n.addr && (d.Mediator != n.addr || d.Mediator == (common.Address{})) {
		return nil, api.Errorf(api.ErrForbidden, "this node (%s) is neither the job creator nor the drawn mediator of deal %s", n.addr.Hex(), id.Hex())
	}
	data, err := os.ReadFile(n.resultPath(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, api.Errorf(api.ErrNotFound, "this node holds no result of deal %s (it is %s)", id.Hex(), d.State)
	}
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(data) != d.ResultHash {
		return nil, api.Errorf(api.ErrNotFound, "the archive this node holds for deal %s is not the one whose hash is on-chain", id.Hex())
	}
	files, err := archive.Unpack(data)
	if err != nil {
		return nil, err
	}
	return &api.Result{Archive: data, Stdout: files[archive.FileStdout], Stderr: files[archive.FileStderr]}, nil
}

// resultPath is where a deal's result archive is kept: an RP's own, or the one a JC or a
// mediator fetched and checked.
func (n *Node) resultPath(id common.Hash) string {
	return filepath.Join(n.resultsDir(), id.Hex()+".tar")
}

// keepResult stores a result archive checked against the on-chain hash (a JC's or a
// mediator's), for the API; a failure is only logged.
func (n *Node) keepResult(id common.Hash, data []byte) {
	path := n.resultPath(id)
	if _, err := os.Stat(path); err == nil {
		return
	}
	err := os.MkdirAll(n.resultsDir(), 0o700)
	if err == nil {
		err = atomicfile.Write(path, data, 0o600)
	}
	if err != nil {
		n.log.Warn("keep the result archive", "deal", id.Hex(), "err", err)
	}
}

// submissions are the jobs submitted through the API.
type submissions struct {
	mu      sync.Mutex
	m       map[string]*submission
	order   []string // oldest first
	running int
}

type submission struct {
	mu        sync.Mutex
	s         api.Submission
	done      chan struct{}
	published chan struct{} // closed when the first job offer is out
	pubOnce   sync.Once
}

func (s *submission) snapshot() api.Submission {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.s
}

func (s *submission) update(f func(*api.Submission)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(&s.s)
}

// start registers a new submission, or refuses when too many run.
func (ss *submissions) start(module string) (*submission, error) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.running >= maxRunningSubmit {
		return nil, api.Errorf(api.ErrTooMany, "%d jobs submitted through the API are running; try again when one ends", ss.running)
	}
	if ss.m == nil {
		ss.m = map[string]*submission{}
	}
	var raw [8]byte
	_, _ = rand.Read(raw[:])
	id := hex.EncodeToString(raw[:])
	sub := &submission{s: api.Submission{ID: id, Module: module, Stage: "submitted", SubmittedAt: time.Now().UTC()},
		done: make(chan struct{}), published: make(chan struct{})}
	for i := 0; len(ss.order) >= maxSubmissions && i < len(ss.order); { // forget the oldest ended ones
		old := ss.m[ss.order[i]]
		if old.snapshot().Done {
			delete(ss.m, ss.order[i])
			ss.order = slices.Delete(ss.order, i, i+1)
			continue
		}
		i++
	}
	ss.m[id] = sub
	ss.order = append(ss.order, id)
	ss.running++
	return sub, nil
}

func (ss *submissions) ended() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.running--
}

func (ss *submissions) get(id string) (*submission, bool) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	s, ok := ss.m[id]
	return s, ok
}

func (b apiBackend) Submit(ctx context.Context, req api.JobRequest) (api.Submission, error) {
	n := b.n
	if !n.cfg.Has(RoleJC) {
		return api.Submission{}, api.Errorf(api.ErrForbidden, "this node has no jc role: start it with --role jc (and a funded key) to run jobs")
	}
	j := Job{Module: req.Module, Inputs: req.Inputs, Data: req.Files}
	if err := CheckJob(j); err != nil {
		return api.Submission{}, api.Errorf(api.ErrBadRequest, "%w", err)
	}
	sub, err := n.submits.start(req.Module)
	if err != nil {
		return api.Submission{}, err
	}
	j.published = func(id common.Hash) {
		sub.update(func(s *api.Submission) { s.JobID = id.Hex() })
		sub.pubOnce.Do(func() { close(sub.published) })
	}
	progress := func(stage, detail string) {
		sub.update(func(s *api.Submission) { s.Stage, s.Detail = stage, detail })
	}
	id := sub.s.ID
	n.goLoop(func(ctx context.Context) {
		defer n.submits.ended()
		defer close(sub.done)
		res, err := n.RunJob(ctx, j, progress)
		if err == nil && res.AcceptTx != (common.Hash{}) {
			_, err = res.Settled(ctx) // the accept sent: wait for the deal's end
		}
		sub.update(func(s *api.Submission) {
			s.Done = true
			if err != nil {
				s.Stage, s.Error = "failed", err.Error()
				return
			}
			s.Stage = "ended"
			s.Result = jobResultView(res)
			s.Detail = fmt.Sprintf("deal %s is %s on-chain", s.Result.DealID, s.Result.State)
		})
		if err != nil && ctx.Err() == nil {
			n.log.Warn("a job submitted through the API failed", "submission", id, "err", err)
		}
	})
	select {
	case <-sub.published:
	case <-sub.done:
	case <-ctx.Done(): // the job goes on; the answer says where it stands
	}
	return sub.snapshot(), nil
}

func jobResultView(r *JobResult) *api.JobResult {
	v := &api.JobResult{DealID: r.DealID.Hex(), ExitCode: r.ExitCode, Stdout: string(r.Stdout)}
	if len(r.Stdout) > api.MaxStdoutInResult {
		v.Stdout, v.StdoutTruncated = string(r.Stdout[:api.MaxStdoutInResult]), true
	}
	if r.Deal != nil {
		v.State = r.Deal.State.String()
		if r.Deal.ResultHash != (common.Hash{}) {
			v.ResultHash = r.Deal.ResultHash.Hex()
		}
	}
	if r.AcceptTx != (common.Hash{}) {
		v.AcceptTx = r.AcceptTx.Hex()
	}
	return v
}

func (b apiBackend) Submission(id string) (api.Submission, <-chan struct{}, error) {
	s, ok := b.n.submits.get(id)
	if !ok {
		return api.Submission{}, nil, api.Errorf(api.ErrNotFound, "no submission %q here (the node keeps the last %d, and forgets them when it restarts)", id, maxSubmissions)
	}
	return s.snapshot(), s.done, nil
}
