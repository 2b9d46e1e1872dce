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

	mu      sync.Mutex
	book    map[common.Hash]*bookEntry // offer id -> offer
	pending map[common.Hash]*pendingJob
	wake    chan struct{}
}

type bookEntry struct {
	offer *matching.SignedOffer
	used  uint32 // deals made, from DealMatched events
}

type pendingJob struct {
	job       *matching.SignedJob
	nextTry   time.Time
	attempts  int
	lastCause string
}

func newSolver(n *Node) *solver {
	return &solver{n: n, book: map[common.Hash]*bookEntry{}, pending: map[common.Hash]*pendingJob{}, wake: make(chan struct{}, 1)}
}

func (s *solver) addOffer(o *matching.SignedOffer) {
	id := o.Offer.Hash(s.n.domain)
	s.mu.Lock()
	if _, ok := s.book[id]; !ok {
		s.book[id] = &bookEntry{offer: o}
	}
	s.mu.Unlock()
	s.poke()
}

func (s *solver) addJob(id common.Hash, j *matching.SignedJob) {
	s.mu.Lock()
	if _, ok := s.pending[id]; !ok {
		s.pending[id] = &pendingJob{job: j}
	}
	s.mu.Unlock()
	s.poke()
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
	delete(s.pending, ev.DealID)
	if e, ok := s.book[ev.OfferID]; ok {
		e.used++
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
	unix := s.chainNow(ctx, now)
	type attempt struct {
		id    common.Hash
		job   *matching.SignedJob
		offer *matching.SignedOffer
	}
	var todo []attempt
	s.mu.Lock()
	for id, e := range s.book {
		if e.offer.Offer.ValidUntil < unix {
			delete(s.book, id)
		}
	}
	book := s.candidates()
	for id, p := range s.pending {
		switch {
		case p.job.Offer.ValidUntil < unix:
			s.n.log.Info("job expired unmatched", "job", id.Hex(), "last", p.lastCause)
			delete(s.pending, id)
		case now.Before(p.nextTry) || unix < matching.SolverOpensAt(&p.job.Offer, s.n.addr):
		default:
			best, ok, rejected := matching.Match(&p.job.Offer, book, unix)
			if !ok {
				p.lastCause = summarize(rejected)
				p.nextTry = now.Add(time.Second)
				continue
			}
			todo = append(todo, attempt{id, p.job, s.book[best.ID].offer})
		}
	}
	s.mu.Unlock()
	for _, a := range todo {
		s.settle(ctx, a.id, a.job, a.offer)
	}
}

// chainNow is the contract's clock as best known: the later of the wall clock and the head
// block's time (a local chain that seals on demand runs ahead of the wall clock).
func (s *solver) chainNow(ctx context.Context, wall time.Time) uint64 {
	now := uint64(wall.Unix())
	hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if h, err := s.n.backend.HeaderByNumber(hctx, nil); err == nil {
		now = max(now, h.Time)
	}
	return now
}

func (s *solver) candidates() []matching.Candidate {
	out := make([]matching.Candidate, 0, len(s.book))
	for id, e := range s.book {
		out = append(out, matching.Candidate{Offer: &e.offer.Offer, ID: id, Used: e.used})
	}
	return out
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
	var re *chain.RevertError
	switch {
	case err == nil, errors.As(err, &re) && re.Name == "DealExists":
		delete(s.pending, id)
	default:
		p.attempts++
		p.lastCause = err.Error()
		p.nextTry = time.Now().Add(time.Duration(min(p.attempts, 10)) * time.Second)
		log.Warn("matchDeal not sent", "err", err, "attempt", p.attempts)
	}
}

func summarize(rejected []matching.Rejection) string {
	if len(rejected) == 0 {
		return "no offers in the book"
	}
	counts := map[matching.Reason]int{}
	for _, r := range rejected {
		counts[r.Reason]++
	}
	best, n := matching.ReasonNone, 0
	for r, c := range counts {
		if c > n {
			best, n = r, c
		}
	}
	return best.String()
}
