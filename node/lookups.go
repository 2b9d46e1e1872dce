package node

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
)

// chainDealLookup asks the Market whether a deal exists.
func chainDealLookup(m *chain.Market) gossip.DealLookup {
	return func(ctx context.Context, id common.Hash) (bool, error) {
		ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		return m.DealExists(ctx, id)
	}
}

// providers remembers, per provider address, the latest offer it gossiped (where to reach
// it) and when it was last heard.
type providers struct {
	mu sync.Mutex
	m  map[common.Address]heardOffer
}

type heardOffer struct {
	o     *matching.SignedOffer
	id    common.Hash
	heard time.Time
}

// put keeps o (whose digest is id) as its provider's latest offer, heard now; it reports
// whether the offer is new to this node (not a re-publication of the one it had).
func (p *providers) put(id common.Hash, o *matching.SignedOffer) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[common.Address]heardOffer{}
	}
	old, ok := p.m[o.Offer.Provider]
	if !ok && len(p.m) >= maxProviders {
		now := uint64(time.Now().Unix())
		for a, x := range p.m {
			if x.o.Offer.ValidUntil < now {
				delete(p.m, a)
			}
		}
		for a := range p.m { // still full: forget any one (its next offer tells again)
			if len(p.m) < maxProviders {
				break
			}
			delete(p.m, a)
		}
	}
	p.m[o.Offer.Provider] = heardOffer{o: o, id: id, heard: time.Now()}
	return !ok || old.id != id
}

// maxProviders bounds the providers a node remembers.
const maxProviders = 10_000

func (p *providers) get(a common.Address) (*matching.SignedOffer, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	o, ok := p.m[a]
	return o.o, ok
}

// live lists the offers heard within lapse and still valid at now (unix seconds).
func (p *providers) live(now uint64, lapse time.Duration) []heardOffer {
	p.mu.Lock()
	defer p.mu.Unlock()
	since := time.Now().Add(-lapse)
	var out []heardOffer
	for _, x := range p.m {
		if x.heard.After(since) && x.o.Offer.ValidUntil > now {
			out = append(out, x)
		}
	}
	return out
}

// chainEscrowLookup asks the Market.
func chainEscrowLookup(m *chain.Market) gossip.EscrowLookup {
	return func(ctx context.Context, who common.Address) (*big.Int, error) {
		ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		free, _, err := m.Escrow(ctx, who)
		return free, err
	}
}

// ChainValidators are the market's gossip validators reading the chain through m; self is
// the host whose own messages take no lookup token.
func ChainValidators(m *chain.Market, domain matching.Domain, self peer.ID, log *slog.Logger) *gossip.Validators {
	return &gossip.Validators{Domain: domain, Deal: chainDealLookup(m), Log: log,
		Stakes: &gossip.Stakes{Lookup: chainEscrowLookup(m), Self: self}}
}

// GossipStats says how many job and offer messages the node's validators judged and how
// many escrow reads they made (benchmarks).
func (n *Node) GossipStats() (judged int64, lookups int) {
	return n.validators.Judged(), n.stakes.Lookups()
}
