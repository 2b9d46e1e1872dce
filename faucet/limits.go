package faucet

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// inflightRetry is the wait a refusal suggests when the limit is taken by claims still being
// paid: about a block or two, after which they have succeeded (and the real wait is known)
// or failed (and the claim may go through).
const inflightRetry = 5 * time.Second

// limiter counts, per address and per client IP, the claims paid within the window and
// those being paid (reserved at admission, so that concurrent claims cannot overshoot a
// limit; counted only once both payments succeeded). Its maps hold only keys with a claim
// paid within the window or in flight, and at most max keys each.
type limiter struct {
	window         time.Duration
	perAddr, perIP int
	max            int
	mu             sync.Mutex
	addrs          map[common.Address]*record
	ips            map[string]*record
	pruned         int // keys dropped by prune (logs)
}

// record is one key's claims: times paid (ascending) within the window, and claims in flight.
type record struct {
	paid     []time.Time
	inflight int
}

func newLimiter(window time.Duration, perAddr, perIP, max int) *limiter {
	return &limiter{window: window, perAddr: perAddr, perIP: perIP, max: max,
		addrs: map[common.Address]*record{}, ips: map[string]*record{}}
}

// refusal says why a claim was not admitted.
type refusal struct {
	full       bool          // the limiter remembers max keys: busy, not limited
	what       string        // "address" or "IP"
	inflight   bool          // the limit is taken by claims being paid
	retryAfter time.Duration // when a claim may succeed
}

// admit reserves a claim for addr from ip, or says why not.
func (l *limiter) admit(addr common.Address, ip string, now time.Time) *refusal {
	l.mu.Lock()
	defer l.mu.Unlock()
	ra, rb := l.addrs[addr], l.ips[ip]
	if r := l.check(ra, l.perAddr, now); r != nil {
		r.what = "address"
		return r
	}
	if r := l.check(rb, l.perIP, now); r != nil {
		r.what = "IP"
		return r
	}
	if (ra == nil && len(l.addrs) >= l.max) || (rb == nil && len(l.ips) >= l.max) {
		l.prune(now)
		if (l.addrs[addr] == nil && len(l.addrs) >= l.max) || (l.ips[ip] == nil && len(l.ips) >= l.max) {
			return &refusal{full: true, retryAfter: inflightRetry}
		}
	}
	if ra = l.addrs[addr]; ra == nil {
		ra = &record{}
		l.addrs[addr] = ra
	}
	if rb = l.ips[ip]; rb == nil {
		rb = &record{}
		l.ips[ip] = rb
	}
	ra.inflight++
	rb.inflight++
	return nil
}

// check refuses a claim on a record already at limit: paid within the window plus in flight.
func (l *limiter) check(r *record, limit int, now time.Time) *refusal {
	if r == nil {
		return nil
	}
	r.expire(now.Add(-l.window))
	n := len(r.paid)
	if n+r.inflight < limit {
		return nil
	}
	// the claims that must leave the window first: the oldest n+inflight-limit+1 paid
	need := n + r.inflight - limit + 1
	if need > n {
		return &refusal{inflight: true, retryAfter: inflightRetry}
	}
	return &refusal{retryAfter: r.paid[need-1].Add(l.window).Sub(now)}
}

// finish ends a reserved claim: counted when paid, released when not.
func (l *limiter) finish(addr common.Address, ip string, paid bool, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range []*record{l.addrs[addr], l.ips[ip]} {
		if r == nil {
			continue // cannot happen: an in-flight record is never pruned
		}
		r.inflight--
		if paid {
			r.paid = append(r.paid, now)
		}
	}
	if r := l.addrs[addr]; r != nil && r.empty() {
		delete(l.addrs, addr)
	}
	if r := l.ips[ip]; r != nil && r.empty() {
		delete(l.ips, ip)
	}
}

// prune drops the claims paid before the window and the keys left with none.
func (l *limiter) prune(now time.Time) {
	cut := now.Add(-l.window)
	for k, r := range l.addrs {
		if r.expire(cut); r.empty() {
			delete(l.addrs, k)
			l.pruned++
		}
	}
	for k, r := range l.ips {
		if r.expire(cut); r.empty() {
			delete(l.ips, k)
			l.pruned++
		}
	}
}

// Prune is prune under the lock.
func (l *limiter) Prune(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prune(now)
}

// sizes is how many addresses and IPs the limiter remembers.
func (l *limiter) sizes() (addrs, ips int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.addrs), len(l.ips)
}

// expire drops the times at or before cut.
func (r *record) expire(cut time.Time) {
	i := 0
	for i < len(r.paid) && !r.paid[i].After(cut) {
		i++
	}
	if i > 0 {
		r.paid = append(r.paid[:0], r.paid[i:]...)
	}
}

func (r *record) empty() bool { return len(r.paid) == 0 && r.inflight == 0 }
