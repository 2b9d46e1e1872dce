package gossip

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
)

// What a stranger must have at stake before its messages cost others anything: a gossiped
// job's creator must hold free escrow of at least the job's maxPrice plus its collateral and
// mediation fee (what matchDeal would lock), an offer's provider at least its timeout
// collateral, and either at least MinStake: so every key that reaches a node's store, book, rate map or deal lookups has
// paid for a deposit transaction and holds what its own message promises. A node reads an
// author's escrow once and keeps it (stakeTTL when staked, noStakeTTL when not; at most
// maxStakes authors). Reading an author not known to be staked takes a token from the peer
// that forwarded the message (peerLookupRate) and from all peers together (LookupRate): a
// flood of fresh keys costs at most LookupRate eth_calls a second, and since honest nodes do
// not relay what they ignore, only the flooding peers' own budgets are spent on it. A staked
// author's refresh takes no token, so a known honest author is not delayed by a flood.
const (
	stakeTTL        = time.Minute
	noStakeTTL      = 10 * time.Second
	maxStakes       = 50_000
	LookupRate      = 50
	LookupBurst     = 100
	peerLookupRate  = 5
	peerLookupBurst = 20
	maxLookupPeers  = 4096
)

// MinStake is the least free escrow (in token units) an author of gossip must hold.
var MinStake = big.NewInt(1)

// EscrowLookup reads an address's free escrow.
type EscrowLookup func(ctx context.Context, who common.Address) (*big.Int, error)

// Stakes caches authors' free escrow and limits the lookups of unknown ones.
type Stakes struct {
	Lookup EscrowLookup
	Self   peer.ID // messages this node publishes take no lookup token

	mu      sync.Mutex
	known   map[common.Address]*stakeEntry
	global  bucket
	perPeer map[peer.ID]*bucket
	lookups int // eth_calls made (tests, the flood benchmark)
}

type stakeEntry struct {
	free    *big.Int // nil while the first lookup is under way
	at      time.Time
	pending bool
}

func (e *stakeEntry) staked() bool { return e.free != nil && e.free.Cmp(MinStake) >= 0 }

// Enough reports whether author holds at least need (and MinStake) of free escrow, as far
// as this node knows or may find out now. from is the peer that forwarded the message.
func (s *Stakes) Enough(ctx context.Context, from peer.ID, author common.Address, need *big.Int, now time.Time) bool {
	covers := func(free *big.Int) bool {
		return free != nil && free.Cmp(MinStake) >= 0 && (need == nil || free.Cmp(need) >= 0)
	}
	s.mu.Lock()
	if s.known == nil {
		s.known = map[common.Address]*stakeEntry{}
		s.perPeer = map[peer.ID]*bucket{}
		s.global = bucket{tokens: LookupBurst, at: now}
	}
	e, ok := s.known[author]
	if ok {
		ttl := noStakeTTL
		if e.staked() {
			ttl = stakeTTL
		}
		if e.pending || now.Sub(e.at) < ttl {
			ok := covers(e.free) // what is known; a lookup under way answers the next message
			s.mu.Unlock()
			return ok
		}
	}
	if !(ok && e.staked()) && from != s.Self && !s.takeToken(from, now) {
		s.mu.Unlock()
		return false
	}
	if !ok {
		if len(s.known) >= maxStakes {
			s.evict(now)
		}
		e = &stakeEntry{}
		s.known[author] = e
	}
	e.pending = true
	s.lookups++
	s.mu.Unlock()

	free, err := s.Lookup(ctx, author)
	s.mu.Lock()
	defer s.mu.Unlock()
	e.pending = false
	if err != nil {
		if e.free == nil {
			delete(s.known, author) // unknown still; the next message may try again
		}
		return covers(e.free)
	}
	e.free, e.at = free, now
	return covers(free)
}

// takeToken charges one lookup to the forwarding peer and to the whole node.
func (s *Stakes) takeToken(from peer.ID, now time.Time) bool {
	b, ok := s.perPeer[from]
	if !ok {
		if len(s.perPeer) >= maxLookupPeers {
			for id, x := range s.perPeer {
				if now.Sub(x.at) > time.Minute {
					delete(s.perPeer, id)
				}
			}
			if len(s.perPeer) >= maxLookupPeers {
				return false
			}
		}
		b = &bucket{tokens: peerLookupBurst, at: now}
		s.perPeer[from] = b
	}
	refill(b, peerLookupRate, peerLookupBurst, now)
	refill(&s.global, LookupRate, LookupBurst, now)
	if b.tokens < 1 || s.global.tokens < 1 {
		return false
	}
	b.tokens--
	s.global.tokens--
	return true
}

func refill(b *bucket, rate, burst float64, now time.Time) {
	b.tokens = min(burst, b.tokens+now.Sub(b.at).Seconds()*rate)
	b.at = now
}

// evict drops expired entries, unstaked ones first; if none has expired, any one not
// being looked up.
func (s *Stakes) evict(now time.Time) {
	for a, e := range s.known {
		if !e.pending && (now.Sub(e.at) > stakeTTL || (!e.staked() && now.Sub(e.at) > noStakeTTL)) {
			delete(s.known, a)
		}
	}
	for a, e := range s.known {
		if len(s.known) < maxStakes {
			return
		}
		if !e.pending {
			delete(s.known, a)
		}
	}
}

// JobStake is what a job's creator must hold free: what matchDeal locks of it.
func JobStake(j *matching.JobOffer) *big.Int {
	if j.MaxPrice == nil || j.Collateral == nil || j.MediationFee == nil {
		return nil
	}
	need := new(big.Int).Add(j.MaxPrice, j.Collateral)
	return need.Add(need, j.MediationFee)
}

// Lookups counts the escrow reads made (tests, the flood benchmark).
func (s *Stakes) Lookups() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lookups
}
