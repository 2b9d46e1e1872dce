package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// solver is the solver role: it keeps the offer book and the pending jobs, and settles a
// job when its window opens.
type solver struct {
	n *Node

	mu       sync.Mutex
	book     *matching.Book                        // live offers, indexed
	offers   map[common.Hash]*matching.SignedOffer // the signed offers of the book, by id
	latest   map[common.Address]common.Hash        // each provider's newest offer
	pending  map[common.Hash]*pendingJob
	byJC     map[common.Address]int // pending jobs per creator
	unsolved *recentJobs            // jobs that expired unmatched, for "why"
	wake     chan struct{}
	reg      []common.Address // registered solvers, cached
	regAt    time.Time
}

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
// waits for its turn (see openPhaseStagger).
func (s *solver) myTurnInOpenPhase(p *pendingJob, now time.Time, unix uint64) bool {
	j := &p.job.Offer
	if unix < j.CreatedAt+matching.MaxSolvers*j.SolverWindow || matching.SolverOpensAt(j, s.n.addr) < j.CreatedAt+matching.MaxSolvers*j.SolverWindow {
		return true // a ranked solver's own window
	}
	if p.openSeen.IsZero() {
		p.openSeen = now
	}
	pos := 0
	for i, a := range matching.RankAll(matching.JobKey(j.Creator, j.Nonce), s.registered()) {
		if a == s.n.addr {
			pos = i
		}
	}
	return !now.Before(p.openSeen.Add(time.Duration(pos) * openPhaseStagger))
}

// registered returns the registered solvers, read from the chain at most once a minute.
func (s *solver) registered() []common.Address {
	if time.Since(s.regAt) < time.Minute && s.reg != nil {
		return s.reg
	}
	ctx, cancel := context.WithTimeout(s.n.ctx, 5*time.Second)
	defer cancel()
	if reg, err := s.n.market.Solvers(ctx); err == nil {
		s.reg, s.regAt = reg, time.Now()
	}
	return s.reg
}

func newSolver(n *Node) *solver {
	return &solver{n: n, book: matching.NewBook(), offers: map[common.Hash]*matching.SignedOffer{},
		latest: map[common.Address]common.Hash{}, pending: map[common.Hash]*pendingJob{},
		byJC:     map[common.Address]int{},
		unsolved: newRecentJobs(256), wake: make(chan struct{}, 1)}
}

// addOffer puts a gossiped offer (id is its digest) in the book. A provider's newer offer
// replaces its older one; an offer the book has not seen gets its use count from the chain
// (it may be a re-publication of an offer that made deals before this solver started).
func (s *solver) addOffer(id common.Hash, o *matching.SignedOffer) {
	s.mu.Lock()
	_, known := s.offers[id]
	prevID, hasPrev := s.latest[o.Offer.Provider]
	if known || (hasPrev && s.offers[prevID].Offer.CreatedAt > o.Offer.CreatedAt) {
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(s.n.ctx, 5*time.Second)
	used, err := s.n.market.OfferUsed(ctx, id)
	cancel()
	if err != nil {
		s.n.log.Warn("read offer use", "offer", id.Hex(), "err", err)
	}
	s.mu.Lock()
	if hasPrev {
		s.book.Remove(prevID)
		delete(s.offers, prevID)
	}
	s.book.Put(matching.Candidate{Offer: &o.Offer, ID: id, Used: used})
	s.offers[id] = o
	s.latest[o.Offer.Provider] = id
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
	now := time.Now()
	unix := s.n.chainNow(ctx)
	type attempt struct {
		id    common.Hash
		job   *matching.SignedJob
		offer *matching.SignedOffer
	}
	var todo []attempt
	s.mu.Lock()
	s.book.RemoveIf(func(c matching.Candidate) bool {
		if c.Offer.ValidUntil >= unix {
			return false
		}
		delete(s.offers, c.ID)
		return true
	})
	for id, p := range s.pending {
		switch {
		case p.job.Offer.ValidUntil < unix:
			s.n.log.Info("job expired unmatched", "job", id.Hex(), "last", p.lastCause)
			s.unsolved.add(id, p.job)
			s.dropPending(id)
		case p.inFlight || now.Before(p.nextTry) || unix < matching.SolverOpensAt(&p.job.Offer, s.n.addr):
		case !s.myTurnInOpenPhase(p, now, unix):
		default:
			best, ok := s.book.MatchExcept(&p.job.Offer, unix, p.refused)
			if !ok || len(p.refused) >= maxRefused {
				p.lastCause = "no eligible offer"
				p.nextTry = now.Add(time.Second)
				continue
			}
			p.inFlight = true
			todo = append(todo, attempt{id, p.job, s.offers[best.ID]})
		}
	}
	s.mu.Unlock()
	for _, a := range todo { // each waits for its own receipt; nonces stay in order
		s.n.goLoop(func(ctx context.Context) { s.settle(ctx, a.id, a.job, a.offer) })
	}
}

func (s *solver) settle(ctx context.Context, id common.Hash, job *matching.SignedJob, offer *matching.SignedOffer) {
	log := s.n.log.With("job", id.Hex(), "offer", offer.Offer.Hash(s.n.domain).Hex())
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	_, err := s.n.market.MatchDeal(tctx, job, offer)
	if err == nil {
		log.Info("deal matched", "provider", offer.Offer.Provider.Hex(), "price", offer.Offer.Price)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
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
		if p.refused == nil {
			p.refused = map[common.Hash]bool{}
		}
		p.refused[offer.Offer.Hash(s.n.domain)] = true
		p.lastCause = err.Error()
		log.Info("the contract refused this pair; trying the next offer", "err", err)
	default:
		p.attempts++
		p.lastCause = err.Error()
		p.nextTry = time.Now().Add(time.Duration(min(p.attempts, 10)) * time.Second)
		log.Warn("matchDeal not sent", "err", err, "attempt", p.attempts)
	}
}
