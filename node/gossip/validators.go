package gossip

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// Topic names inside a network.
const (
	TopicJobs         = "jobs"
	TopicOffers       = "offers"
	TopicCapabilities = "capabilities"
)

// DealLookup says whether a deal exists on-chain (a job offer that already settled).
type DealLookup func(ctx context.Context, id common.Hash) (exists bool, err error)

// Validators are the gossip validators of one market. Reject is for what every honest node
// rejects (undecodable, malformed, oversize, bad signature, another network's offer, an
// offer relayed under another key), and it costs the sender peer score; Ignore is for soft
// cases (expired, already settled, chain state unknown, a replay within repeatGap).
//
// The exported fields are set once, before the first message; the zero value of each
// optional one turns its check off.
type Validators struct {
	Domain matching.Domain
	Now    func() time.Time  // nil: time.Now
	Deal   DealLookup        // nil: every job is taken as not settled
	Log    *slog.Logger      // nil: slog.Default()
	Caps   *p2p.Capabilities // records known so far (nil: none checked)
	Stakes *Stakes           // authors' escrow (nil: not checked)

	repeats repeats
	rates   authorRates
	seenMu  sync.Mutex
	seen    map[common.Hash]bool // digests charged to their author's rate already
	peers   peerAddrs            // peer id -> Ethereum address, derived once
	settled settledSet           // jobs whose deal exists, from events and lookups
	judged  atomic.Int64         // job and offer messages validated (benchmarks)
}

// Judged counts the job and offer messages given a verdict (tests, benchmarks).
func (v *Validators) Judged() int64 { return v.judged.Load() }

func (v *Validators) now() time.Time {
	if v.Now == nil {
		return time.Now()
	}
	return v.Now()
}

func (v *Validators) log() *slog.Logger {
	if v.Log == nil {
		return slog.Default()
	}
	return v.Log
}

// MaxValidity bounds how far ahead of now a gossiped job's or offer's validUntil may be:
// beyond it the message is ignored, so nothing a stranger signs stays in a node's books,
// caches or store longer than this.
const MaxValidity = 24 * time.Hour

// tooLate says whether validUntil is further ahead than MaxValidity.
func (v *Validators) tooLate(validUntil uint64) bool {
	return validUntil > uint64(v.now().Add(MaxValidity).Unix())
}

// staked says whether author holds need at stake (see stakes); true when not checked.
func (v *Validators) staked(ctx context.Context, from peer.ID, author common.Address, need *big.Int) bool {
	return v.Stakes == nil || v.Stakes.Enough(ctx, from, author, need, v.now())
}

// Each author (a job's creator, an offer's provider) may put this many new signed messages
// per second on a topic, in bursts of authorBurst; beyond that they are ignored. Repeats of
// a known message do not count (they are damped by repeatGap instead). Generous enough for a
// JC submitting a batch of jobs; a signer spamming valid messages is held to it.
const (
	authorRate  = 20
	authorBurst = 100
)

// maxRateAuthors bounds the authors whose rates are tracked (only staked ones reach it).
const maxRateAuthors = 10_000

// authorRates is a token bucket per author.
type authorRates struct {
	mu        sync.Mutex
	buckets   map[common.Address]*bucket
	lastPurge time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

// allow takes a token from author's bucket, if one is left.
func (r *authorRates) allow(author common.Address, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.buckets == nil {
		r.buckets = map[common.Address]*bucket{}
	}
	b, ok := r.buckets[author]
	if !ok {
		b = &bucket{tokens: authorBurst, at: now}
		r.buckets[author] = b
	}
	b.tokens = min(authorBurst, b.tokens+now.Sub(b.at).Seconds()*authorRate)
	b.at = now
	if now.Sub(r.lastPurge) > time.Minute || len(r.buckets) > maxRateAuthors {
		r.lastPurge = now
		for a, x := range r.buckets {
			if now.Sub(x.at) > time.Minute {
				delete(r.buckets, a)
			}
		}
		if len(r.buckets) > maxRateAuthors { // all active: start over (each gets a burst again)
			r.buckets = map[common.Address]*bucket{author: b}
		}
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// repeatGap is how often a repeat of a known offer or job (the same signed digest, re-gossiped
// with a new Seq) is accepted and relayed: often enough for peers that joined late, too
// seldom for a replay flood to travel.
const repeatGap = 500 * time.Millisecond

// maxRepeats bounds the digests repeats remembers.
const maxRepeats = 100_000

// repeats remembers when each signed digest was last accepted.
type repeats struct {
	mu        sync.Mutex
	last      map[common.Hash]time.Time
	lastPurge time.Time
}

// fresh reports whether id may be accepted now, and if so records it.
func (r *repeats) fresh(id common.Hash, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		r.last = map[common.Hash]time.Time{}
	}
	if t, ok := r.last[id]; ok && now.Sub(t) < repeatGap {
		return false
	}
	r.last[id] = now
	if now.Sub(r.lastPurge) > time.Minute || len(r.last) > maxRepeats {
		r.lastPurge = now
		keep := time.Hour
		if len(r.last) > maxRepeats {
			keep = repeatGap // only what still damps a replay
		}
		for k, t := range r.last {
			if now.Sub(t) > keep {
				delete(r.last, k)
			}
		}
		if len(r.last) > maxRepeats {
			r.last = map[common.Hash]time.Time{id: now}
		}
	}
	return true
}

// Job and Offer are what the validators hand to the handlers: the decoded,
// verified message and its EIP-712 digest.
type Job struct {
	*matching.SignedJob
	ID common.Hash
}

// Offer: see Job.
type Offer struct {
	*matching.SignedOffer
	ID common.Hash
}

// Jobs validates the jobs topic; an accepted message is handed on as a Job.
func (v *Validators) Jobs(ctx context.Context, from peer.ID, data []byte) (p2p.Verdict, any) {
	defer v.judged.Add(1) // once its verdict is given
	job, err := matching.DecodeJob(data)
	if err != nil {
		return v.reject("job", err)
	}
	id, err := job.VerifyDigest(v.Domain)
	if err != nil {
		return v.reject("job", err)
	}
	if job.PeerID != "" || len(job.Files) > 0 {
		if err := v.peers.check(job.PeerID, job.Offer.Creator); err != nil {
			return v.reject("job", err)
		}
	}
	if uint64(v.now().Unix()) > job.Offer.ValidUntil || v.tooLate(job.Offer.ValidUntil) {
		return p2p.Ignore, nil // expired, or valid for longer than any node keeps a job
	}
	if !v.staked(ctx, from, job.Offer.Creator, JobStake(&job.Offer)) {
		return p2p.Ignore, nil // its creator has not the escrow the job promises
	}
	if !v.repeats.fresh(id, v.now()) {
		return p2p.Ignore, nil // a replay: seen a moment ago
	}
	if !v.newFromAuthor(id, job.Offer.Creator) {
		return p2p.Ignore, nil // over its author's rate
	}
	if v.isSettled(ctx, id, job.Offer.ValidUntil) {
		return p2p.Ignore, nil // settled already (a replay), or its deal could not be read
	}
	return p2p.Accept, Job{job, id}
}

// Offers validates the offers topic; an accepted message is handed on as an Offer.
func (v *Validators) Offers(ctx context.Context, from peer.ID, data []byte) (p2p.Verdict, any) {
	defer v.judged.Add(1) // once its verdict is given
	o, err := matching.DecodeOffer(data)
	if err != nil {
		return v.reject("offer", err)
	}
	id, err := o.VerifyDigest(v.Domain)
	if err != nil {
		return v.reject("offer", err)
	}
	if err := v.peers.check(o.PeerID, o.Offer.Provider); err != nil {
		return v.reject("offer", err)
	}
	if uint64(v.now().Unix()) > o.Offer.ValidUntil || v.tooLate(o.Offer.ValidUntil) {
		return p2p.Ignore, nil // expired, or valid for longer than any node keeps an offer
	}
	if !v.staked(ctx, from, o.Offer.Provider, o.Offer.TimeoutCollateral) {
		return p2p.Ignore, nil // its provider has not the escrow the offer promises
	}
	if !v.repeats.fresh(id, v.now()) {
		return p2p.Ignore, nil // a replay seen a moment ago
	}
	if !v.newFromAuthor(id, o.Offer.Provider) {
		return p2p.Ignore, nil // over its author's rate
	}
	if why := v.overclaims(o); why != "" {
		v.log().Debug("offer claims more than its capability record", "provider", o.Offer.Provider.Hex(), "why", why)
		return p2p.Ignore, nil // records travel separately: another node may not have this one yet
	}
	return p2p.Accept, Offer{o, id}
}

// newFromAuthor charges the author's rate for a message it has not sent before.
func (v *Validators) newFromAuthor(id common.Hash, author common.Address) bool {
	v.seenMu.Lock()
	if v.seen == nil {
		v.seen = map[common.Hash]bool{}
	}
	known := v.seen[id]
	if !known {
		if len(v.seen) > 100_000 { // a coarse bound; a forgotten message is charged again
			v.seen = map[common.Hash]bool{}
		}
		v.seen[id] = true
	}
	v.seenMu.Unlock()
	return known || v.rates.allow(author, v.now())
}

// overclaims says how an offer claims more than its provider's capability record, if the
// record is known.
func (v *Validators) overclaims(o *matching.SignedOffer) string {
	if v.Caps == nil {
		return ""
	}
	id, err := peer.Decode(o.PeerID)
	if err != nil {
		return ""
	}
	c, ok := v.Caps.Get(id)
	if !ok {
		return ""
	}
	s := o.Offer.Spec
	return Exceeds(c.Record, s.CPUMilli, s.RAMMiB, s.DiskMiB, s.GPUs, s.GPUVRAMMiB)
}

// Capabilities accepts a record signed by the key it names, newer than the one known.
func (v *Validators) Capabilities(_ context.Context, _ peer.ID, data []byte) (p2p.Verdict, any) {
	c, err := p2p.OpenCapability(data)
	if err != nil {
		return v.reject("capability", err)
	}
	if v.Caps != nil {
		if old, ok := v.Caps.Get(c.Peer); ok && old.Record.Seq >= c.Record.Seq {
			return p2p.Ignore, nil
		}
	}
	return p2p.Accept, c
}

func (v *Validators) reject(kind string, err error) (p2p.Verdict, any) {
	v.log().Debug("rejected gossip", "kind", kind, "err", err)
	return p2p.Reject, nil
}

var errPeerBinding = errors.New("the message's peer id is not its signer's key")

// peerAddrs checks peer bindings: the peer that serves an offer's results (or a job's input
// files) must hold the key of the offer's provider (or the job's creator). Deriving the
// address decompresses a public key, so each peer id's address is kept (a bounded map; a
// forgotten one is derived again).
type peerAddrs struct {
	mu sync.Mutex
	m  map[string]common.Address
}

func (p *peerAddrs) check(peerID string, author common.Address) error {
	p.mu.Lock()
	addr, ok := p.m[peerID]
	p.mu.Unlock()
	if !ok {
		id, err := peer.Decode(peerID)
		if err != nil {
			return errors.Join(errPeerBinding, err)
		}
		if addr, err = p2p.PeerAddress(id); err != nil {
			return errors.Join(errPeerBinding, err)
		}
		p.mu.Lock()
		if p.m == nil || len(p.m) > 10_000 {
			p.m = map[string]common.Address{}
		}
		p.m[peerID] = addr
		p.mu.Unlock()
	}
	if addr != author {
		return errPeerBinding
	}
	return nil
}

// Exceeds says how an offered spec claims more than a capability record holds, or "".
func Exceeds(c p2p.Capability, cpu, ram, disk uint64, gpus uint32, vram uint64) string {
	switch {
	case cpu > c.CPUMilli:
		return fmt.Sprintf("offers %d milli-CPU, record has %d", cpu, c.CPUMilli)
	case ram > c.RAMMiB:
		return fmt.Sprintf("offers %d MiB RAM, record has %d", ram, c.RAMMiB)
	case disk > c.DiskMiB:
		return fmt.Sprintf("offers %d MiB disk, record has %d", disk, c.DiskMiB)
	case int(gpus) > len(c.GPUs):
		return fmt.Sprintf("offers %d GPUs, record has %d", gpus, len(c.GPUs))
	}
	if gpus > 0 {
		have := 0
		for _, g := range c.GPUs {
			if g.VRAMMiB >= vram {
				have++
			}
		}
		if have < int(gpus) {
			return fmt.Sprintf("offers %d GPUs of %d MiB, record has %d that large", gpus, vram, have)
		}
	}
	return ""
}
