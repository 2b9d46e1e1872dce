package node

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// solverChain is what the solver reads and sends on the chain: a *chain.Market, or a fake
// in tests.
type solverChain interface {
	Solvers(ctx context.Context) ([]common.Address, error)
	OfferUsed(ctx context.Context, offerID common.Hash) (uint32, error)
	MatchDeal(ctx context.Context, job *matching.SignedJob, offer *matching.SignedOffer) (*types.Receipt, error)
}

// solverDeps is what the solver needs of its node.
type solverDeps struct {
	addr   common.Address
	domain matching.Domain
	chain  solverChain
	clock  func(ctx context.Context) uint64 // the contract's clock (unix seconds)
	now    func() time.Time                 // the wall clock
	// offerLapse is how long an offer stays in the book without being heard again: its
	// provider re-publishes it every few seconds while it runs (0: no limit).
	offerLapse time.Duration
	spawn      func(func(ctx context.Context)) // runs a goroutine tied to the node's life
	log        *slog.Logger
}

// solver is the solver role: it keeps the offer book and the pending jobs, and settles a
// job when its window opens. Nothing it does under mu waits for the chain: offers are read
// (their use counts) by resolveOffers, the registry by refreshRegistered, both outside it.
type solver struct {
	solverDeps

	mu        sync.Mutex
	resolving map[common.Hash]*matching.SignedOffer // offers whose use count is being read
	resolveCh chan common.Hash
	book      *matching.Book                        // live offers, indexed
	offers    map[common.Hash]*matching.SignedOffer // the signed offers of the book, by id
	latest    map[common.Address]common.Hash        // each provider's newest offer
	heard     map[common.Hash]time.Time             // when each offer of the book was last received
	pending   map[common.Hash]*pendingJob
	byJC      map[common.Address]int // pending jobs per creator
	unsolved  *recentJobs            // jobs that expired unmatched, for "why"
	wake      chan struct{}
	reg       []common.Address // registered solvers, read when a job's open phase needs them
	regAt     time.Time
	regWanted bool // a job in its open phase waits for the registry
}

// OfferLapse is how long a solver keeps an offer that no one re-publishes: a provider that
// stopped (or was killed) leaves the books within it, instead of taking jobs it will not run
// until its offer expires. An RP re-publishes its offer every OfferConfig.RepublishEvery,
// which must be well under it.
const OfferLapse = 30 * time.Second

// maxResolving bounds the offers waiting for their use count; beyond it a new offer is
// dropped (its provider re-publishes it).
const maxResolving = 1024

type pendingJob struct {
	job       *matching.SignedJob
	nextTry   time.Time
	attempts  int
	lastCause string
	openSeen  time.Time // when this solver first saw the job's open phase
	inFlight  bool      // a matchDeal is being sent
	// refused are the offers the contract found incompatible with this job (a mediator's own
	// terms, which the book does not know): skipped, so a hostile offer cannot block a job.
	refused map[common.Hash]bool
}

// maxRefused bounds a job's refused offers; a job refused by more is given up on.
const maxRefused = 64

// openPhaseStagger spaces the solvers out once a job's ranked windows have passed: every
// registered solver may settle then, so each waits its rendezvous position among all of them
// times this, and the first one's match is usually mined (and seen) before the next tries.
const openPhaseStagger = time.Second

// myTurnInOpenPhase: ranked solvers in their windows go at once; in the open phase a solver
// waits for its turn (see openPhaseStagger), which needs the registry: when it has not been
// read within the minute, the job waits and regWanted asks settleDue to read it. s.mu is
// held.
func (s *solver) myTurnInOpenPhase(p *pendingJob, now time.Time, unix uint64) bool {
	j := &p.job.Offer
	if unix < j.CreatedAt+matching.MaxSolvers*j.SolverWindow || matching.SolverOpensAt(j, s.addr) < j.CreatedAt+matching.MaxSolvers*j.SolverWindow {
		return true // a ranked solver's own window
	}
	if s.regAt.IsZero() || now.Sub(s.regAt) >= time.Minute {
		s.regWanted = true
		return false
	}
	if p.openSeen.IsZero() {
		p.openSeen = now
	}
	pos := 0
	for i, a := range matching.RankAll(matching.JobKey(j.Creator, j.Nonce), s.reg) {
		if a == s.addr {
			pos = i
		}
	}
	return !now.Before(p.openSeen.Add(time.Duration(pos) * openPhaseStagger))
}

// refreshRegistered reads the registered solvers from the chain (on failure the last
// answer stands for the minute); s.mu is not held.
func (s *solver) refreshRegistered(ctx context.Context) {
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	reg, err := s.chain.Solvers(rctx)
	if err != nil && ctx.Err() == nil {
		s.log.Warn("read the registered solvers", "err", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil {
		s.reg = reg
	}
	s.regAt = s.now()
}

func newSolver(d solverDeps) *solver {
	return &solver{solverDeps: d, book: matching.NewBook(), offers: map[common.Hash]*matching.SignedOffer{},
		latest: map[common.Address]common.Hash{}, heard: map[common.Hash]time.Time{}, pending: map[common.Hash]*pendingJob{},
		byJC: map[common.Address]int{}, resolving: map[common.Hash]*matching.SignedOffer{},
		resolveCh: make(chan common.Hash, maxResolving), unsolved: newRecentJobs(256), wake: make(chan struct{}, 1)}
}

// start runs the settle loop and the offer resolver.
func (s *solver) start() {
	s.spawn(s.run)
	s.spawn(s.resolveOffers)
}

// addOffer takes a gossiped offer (id is its digest) for the book. A provider's newer offer
// will replace its older one. It returns at once: the offer enters the book once
// resolveOffers has read its use count (it may be a re-publication of an offer that made
// deals before this solver started).
func (s *solver) addOffer(id common.Hash, o *matching.SignedOffer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, known := s.offers[id]; known {
		s.heard[id] = s.now() // its provider is still there
	}
	if s.stale(id, o) || s.resolving[id] != nil || len(s.resolving) >= maxResolving {
		return
	}
	select {
	case s.resolveCh <- id:
		s.resolving[id] = o
	default:
	}
}

// stale says whether an offer is known already, or older than its provider's newest; s.mu
// is held.
func (s *solver) stale(id common.Hash, o *matching.SignedOffer) bool {
	_, known := s.offers[id]
	prev, hasPrev := s.offers[s.latest[o.Offer.Provider]]
	return known || (hasPrev && prev.Offer.CreatedAt > o.Offer.CreatedAt)
}

// dropOffer takes an offer out of the book; s.mu is held.
func (s *solver) dropOffer(id common.Hash) {
	s.book.Remove(id)
	s.forget(id)
}

// forget drops what the solver keeps of an offer beside the book; s.mu is held.
func (s *solver) forget(id common.Hash) {
	if o, ok := s.offers[id]; ok && s.latest[o.Offer.Provider] == id {
		delete(s.latest, o.Offer.Provider)
	}
	delete(s.offers, id)
	delete(s.heard, id)
}

// resolveOffers reads each new offer's use count and puts it in the book.
func (s *solver) resolveOffers(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-s.resolveCh:
			s.resolve(ctx, id)
		}
	}
}

func (s *solver) resolve(ctx context.Context, id common.Hash) {
	s.mu.Lock()
	o := s.resolving[id]
	s.mu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	used, err := s.chain.OfferUsed(rctx, id)
	cancel()
	if err != nil && ctx.Err() == nil {
		s.log.Warn("read offer use", "offer", id.Hex(), "err", err)
	}
	s.mu.Lock()
	delete(s.resolving, id)
	if s.stale(id, o) {
		s.mu.Unlock()
		return
	}
	if prevID, ok := s.latest[o.Offer.Provider]; ok {
		s.dropOffer(prevID)
	}
	s.book.Put(matching.Candidate{Offer: &o.Offer, ID: id, Used: used})
	s.offers[id] = o
	s.latest[o.Offer.Provider] = id
	s.heard[id] = s.now()
	s.mu.Unlock()
	s.poke()
}

// maxPendingJobs bounds the jobs a solver tries at once (settleDue walks them all), and
// maxPendingPerJC those of one creator, so that one staked key cannot fill the list; beyond
// either a new job waits for its JC's next re-publication.
const (
	maxPendingJobs  = 20_000
	maxPendingPerJC = 256
)

func (s *solver) addJob(id common.Hash, j *matching.SignedJob) {
	s.mu.Lock()
	jc := j.Offer.Creator
	if _, ok := s.pending[id]; !ok && len(s.pending) < maxPendingJobs && s.byJC[jc] < maxPendingPerJC {
		s.pending[id] = &pendingJob{job: j}
		s.byJC[jc]++
	}
	s.mu.Unlock()
	s.poke()
}

// dropPending forgets a pending job; s.mu is held.
func (s *solver) dropPending(id common.Hash) {
	p, ok := s.pending[id]
	if !ok {
		return
	}
	delete(s.pending, id)
	jc := p.job.Offer.Creator
	if s.byJC[jc]--; s.byJC[jc] <= 0 {
		delete(s.byJC, jc)
	}
}

func (s *solver) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// refuse keeps the offer out of the job's matches; s.mu is held.
func (s *solver) refuse(p *pendingJob, offer *matching.SignedOffer) {
	if p.refused == nil {
		p.refused = map[common.Hash]bool{}
	}
	p.refused[offer.Offer.Hash(s.domain)] = true
}

// reserve counts (delta +1) or uncounts (-1) a match in flight as a use of the offer in the
// book, so that the jobs tried in one pass spread over the offers by their free capacity
// instead of all picking the same one. Every +1 is followed by one -1 when its matchDeal
// returns, and the DealMatched event adds the deal itself, in either order. s.mu is held.
func (s *solver) reserve(id common.Hash, delta int) {
	if c, ok := s.book.Get(id); ok && (delta > 0 || c.Used > 0) {
		s.book.SetUsed(id, uint32(int(c.Used)+delta))
	}
}

func (s *solver) onEvent(ev chain.Event) {
	if ev.Name != "DealMatched" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropPending(ev.DealID)
	if c, ok := s.book.Get(ev.OfferID); ok {
		s.book.SetUsed(ev.OfferID, c.Used+1)
	}
}

// run tries the pending jobs whenever something arrives, and every half second.
func (s *solver) run(ctx context.Context) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		s.settleDue(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
	}
}

// settleDue drops what expired and tries each job whose window is open.
func (s *solver) settleDue(ctx context.Context) {
	now := s.now()
	unix := s.clock(ctx)
	type attempt struct {
		id    common.Hash
		job   *matching.SignedJob
		offer *matching.SignedOffer
	}
	var todo []attempt
	s.mu.Lock()
	s.book.RemoveIf(func(c matching.Candidate) bool { // expired, or its provider gone quiet
		if c.Offer.ValidUntil >= unix && (s.offerLapse == 0 || now.Sub(s.heard[c.ID]) <= s.offerLapse) {
			return false
		}
		s.forget(c.ID)
		return true
	})
	for id, p := range s.pending {
		switch {
		case p.job.Offer.ValidUntil < unix:
			s.log.Info("job expired unmatched", "job", id.Hex(), "last", p.lastCause)
			s.unsolved.add(id, p.job)
			s.dropPending(id)
		case p.inFlight || now.Before(p.nextTry) || unix < matching.SolverOpensAt(&p.job.Offer, s.addr):
		case !s.myTurnInOpenPhase(p, now, unix):
		default:
			best, ok := s.book.MatchExcept(&p.job.Offer, unix, p.refused)
			if !ok || len(p.refused) >= maxRefused {
				p.lastCause = "no eligible offer"
				p.nextTry = now.Add(time.Second)
				continue
			}
			p.inFlight = true
			s.reserve(best.ID, 1) // the next job of this pass sees the slot taken
			todo = append(todo, attempt{id, p.job, s.offers[best.ID]})
		}
	}
	wanted := s.regWanted
	s.regWanted = false
	s.mu.Unlock()
	if wanted {
		s.refreshRegistered(ctx)
		s.poke()
	}
	for _, a := range todo { // each waits for its own receipt; nonces stay in order
		s.spawn(func(ctx context.Context) { s.settle(ctx, a.id, a.job, a.offer) })
	}
}

func (s *solver) settle(ctx context.Context, id common.Hash, job *matching.SignedJob, offer *matching.SignedOffer) {
	log := s.log.With("job", id.Hex(), "offer", offer.Offer.Hash(s.domain).Hex())
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	_, err := s.chain.MatchDeal(tctx, job, offer)
	if err == nil {
		log.Info("deal matched", "provider", offer.Offer.Provider.Hex(), "price", offer.Offer.Price)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reserve(offer.Offer.Hash(s.domain), -1) // the DealMatched event counts the deal, if one was made
	p, ok := s.pending[id]
	if !ok {
		return // the DealMatched event was handled already
	}
	p.inFlight = false
	var re *chain.RevertError
	switch {
	case err == nil, errors.As(err, &re) && re.Name == "DealExists":
		s.dropPending(id)
	case errors.As(err, &re) && re.Name == "Incompatible":
		s.refuse(p, offer)
		p.lastCause = err.Error()
		log.Info("the contract refused this pair; trying the next offer", "err", err)
	case errors.As(err, &re) && re.Name == "InsufficientFunds" && len(re.Args) > 0 && re.Args[0] == offer.Offer.Provider:
		// The provider's escrow no longer covers its offer: out of every job's way until it
		// is published (and read) again.
		s.refuse(p, offer)
		s.dropOffer(offer.Offer.Hash(s.domain))
		p.lastCause = err.Error()
		log.Info("the provider cannot fund its offer; dropped, trying the next one", "err", err)
	default:
		p.attempts++
		p.lastCause = err.Error()
		p.nextTry = s.now().Add(time.Duration(min(p.attempts, 10)) * time.Second)
		log.Warn("matchDeal not sent", "err", err, "attempt", p.attempts)
	}
}

// bookOffer is an offer of the book with its use count.
type bookOffer struct {
	id   common.Hash
	o    *matching.SignedOffer
	used uint32
}

// bookOffers lists the solver's book (the API's /offers).
func (s *solver) bookOffers() []bookOffer {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]bookOffer, 0, len(s.offers))
	for id, o := range s.offers {
		b := bookOffer{id: id, o: o}
		if c, ok := s.book.Get(id); ok {
			b.used = c.Used
		}
		out = append(out, b)
	}
	return out
}
