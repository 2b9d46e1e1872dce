package node

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
)

// whyProtocol: ask a solver why a job found no deal.
const whyProtocol = "why"

// WhyAnswer is one solver's account of a job.
type WhyAnswer struct {
	Solver  common.Address       `json:"solver"`
	Job     common.Hash          `json:"job"`
	Known   bool                 `json:"known"`   // the solver saw the job offer
	Offers  int                  `json:"offers"`  // live offers in its book
	Nearest []matching.Diagnosis `json:"nearest"` // the offers that came closest, and what each lacks
}

// String is a few lines for a person.
func (a WhyAnswer) String() string {
	var b strings.Builder
	if !a.Known {
		fmt.Fprintf(&b, "solver %s never saw job %s (%d offers in its book)\n", a.Solver.Hex(), a.Job.Hex(), a.Offers)
		return b.String()
	}
	fmt.Fprintf(&b, "solver %s: %d offers in its book, none eligible\n", a.Solver.Hex(), a.Offers)
	for _, d := range a.Nearest {
		var why []string
		for _, m := range d.Misses {
			why = append(why, m.Detail)
		}
		fmt.Fprintf(&b, "  offer %s from %s at %s tokens: %s\n", d.OfferID.Hex()[:10], d.Provider.Hex(),
			matching.FormatTokens(d.Price), strings.Join(why, "; "))
	}
	return b.String()
}

// recentJobs remembers the last jobs that expired unmatched.
type recentJobs struct {
	mu    sync.Mutex
	max   int
	order []common.Hash
	m     map[common.Hash]*matching.SignedJob
}

func newRecentJobs(max int) *recentJobs {
	return &recentJobs{max: max, m: map[common.Hash]*matching.SignedJob{}}
}

func (r *recentJobs) add(id common.Hash, j *matching.SignedJob) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.m[id]; ok {
		return
	}
	r.m[id] = j
	r.order = append(r.order, id)
	if len(r.order) > r.max {
		delete(r.m, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *recentJobs) get(id common.Hash) (*matching.SignedJob, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	j, ok := r.m[id]
	return j, ok
}

// answerWhy explains a job from the solver's book (nearest five offers).
func (s *solver) answerWhy(ctx context.Context, _ peer.ID, req []byte) ([]byte, error) {
	id := common.BytesToHash(req)
	now := s.clock(ctx)
	s.mu.Lock()
	job, known := s.unsolved.get(id)
	if p, ok := s.pending[id]; ok {
		job, known = p.job, true
	}
	ans := WhyAnswer{Solver: s.addr, Job: id, Known: known, Offers: s.book.Len()}
	if known {
		ans.Nearest = matching.Diagnose(&job.Offer, s.book.Candidates(), now, 5)
	}
	s.mu.Unlock()
	return json.Marshal(ans)
}

// WhyNoMatch asks every connected solver why a job found no deal.
func (n *Node) WhyNoMatch(ctx context.Context, jobID common.Hash) ([]WhyAnswer, error) {
	var peers []peer.ID
	deadline := time.Now().Add(10 * time.Second)
	for len(peers) == 0 && time.Now().Before(deadline) { // protocols are learnt shortly after connecting
		peers = n.host.PeersServing(whyProtocol)
		if len(peers) == 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	if len(peers) == 0 {
		return nil, fmt.Errorf("no solver reachable to ask about job %s", jobID.Hex())
	}
	var out []WhyAnswer
	for _, p := range peers {
		qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		data, err := n.host.Ask(qctx, p, nil, whyProtocol, jobID[:])
		cancel()
		if err != nil {
			n.log.Warn("why: solver did not answer", "peer", p, "err", err)
			continue
		}
		var a WhyAnswer
		if err := json.Unmarshal(data, &a); err != nil {
			n.log.Warn("why: unreadable answer", "peer", p, "err", err)
			continue
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, k int) bool { return out[i].Solver.Hex() < out[k].Solver.Hex() })
	return out, nil
}
