package gossip

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// maxSettled bounds the settled set; beyond it the entries past their job's validity go
// first, then any (a forgotten deal is looked up again).
const maxSettled = 100_000

// settledSet remembers the jobs whose deal exists, each until its job offer expires (after
// that the validators ignore the job anyway): fed by the chain's DealMatched events
// (Settled) and by the lookups that found a deal, so a replay of a settled job costs no
// eth_call.
type settledSet struct {
	mu sync.Mutex
	m  map[common.Hash]uint64 // job id -> its validUntil
}

// Settled records that the job id has a deal (a DealMatched event); validUntil is the
// job offer's, or 0 when unknown (kept for MaxValidity then).
func (v *Validators) Settled(id common.Hash, validUntil uint64) {
	if validUntil == 0 {
		validUntil = uint64(v.now().Add(MaxValidity).Unix())
	}
	v.settled.put(id, validUntil, uint64(v.now().Unix()))
}

func (s *settledSet) put(id common.Hash, validUntil, now uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[common.Hash]uint64{}
	}
	if _, ok := s.m[id]; !ok && len(s.m) >= maxSettled {
		for k, until := range s.m {
			if until < now {
				delete(s.m, k)
			}
		}
		for k := range s.m {
			if len(s.m) < maxSettled {
				break
			}
			delete(s.m, k)
		}
	}
	s.m[id] = validUntil
}

func (s *settledSet) has(id common.Hash) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[id]
	return ok
}

// SettledLen is the number of settled jobs remembered (tests).
func (v *Validators) SettledLen() int {
	v.settled.mu.Lock()
	defer v.settled.mu.Unlock()
	return len(v.settled.m)
}

// isSettled says whether the job must be ignored as settled: known so, or found so (or
// unreadable) by a lookup.
func (v *Validators) isSettled(ctx context.Context, id common.Hash, validUntil uint64) bool {
	if v.settled.has(id) {
		return true
	}
	if v.Deal == nil {
		return false
	}
	exists, err := v.Deal(ctx, id)
	if err != nil {
		v.log().Debug("job ignored: its deal could not be read", "job", id.Hex(), "err", err)
		return true // chain state unknown: the JC re-publishes it
	}
	if exists {
		v.settled.put(id, validUntil, uint64(v.now().Unix()))
	}
	return exists
}
