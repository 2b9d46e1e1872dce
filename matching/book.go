package matching

import (
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Book is a solver's offer book, indexed for matching. Offers are partitioned by GPU count;
// each partition is kept in preference order (cheapest, then most free capacity, then
// oldest, then lowest digest; a use count that changes re-sorts its partition), so
// a job looks only at partitions with enough GPUs and, in each, walks from the best offer,
// stopping at the first eligible one, at the first price above the job's maximum, or at the
// first offer already worse than the best found. Offers that can never match again (used up
// or expired) are dropped from the partitions as scans meet them. Match returns exactly what
// the plain rule (the package function Match) returns over the same candidates; a property
// test holds it. A Book is not safe for concurrent use.
type Book struct {
	parts map[uint32]*partition
	gpus  []uint32 // partition keys, ascending
	byID  map[common.Hash]*entry
}

type entry struct {
	c      Candidate
	inPart bool // listed in its partition
}

type partition struct {
	entries []*entry
	dirty   bool // needs sorting
}

// compactAfter is how many dead offers one scan may step over before the partition is compacted.
const compactAfter = 16

// NewBook returns an empty book.
func NewBook() *Book {
	return &Book{parts: map[uint32]*partition{}, byID: map[common.Hash]*entry{}}
}

// Len is the number of offers in the book.
func (b *Book) Len() int { return len(b.byID) }

// Get returns an offer by id.
func (b *Book) Get(id common.Hash) (Candidate, bool) {
	e, ok := b.byID[id]
	if !ok {
		return Candidate{}, false
	}
	return e.c, true
}

// Put adds an offer, or updates one with the same id.
func (b *Book) Put(c Candidate) {
	e, ok := b.byID[c.ID]
	if !ok {
		e = &entry{}
		b.byID[c.ID] = e
	}
	e.c = c
	if !e.inPart {
		b.partition(c.Offer.Spec.GPUs).add(e)
	} else {
		b.parts[c.Offer.Spec.GPUs].dirty = true // its use may have changed its place
	}
}

func (b *Book) partition(g uint32) *partition {
	p, ok := b.parts[g]
	if !ok {
		p = &partition{}
		b.parts[g] = p
		b.gpus = append(b.gpus, g)
		sort.Slice(b.gpus, func(i, k int) bool { return b.gpus[i] < b.gpus[k] })
	}
	return p
}

func (p *partition) add(e *entry) {
	p.entries = append(p.entries, e)
	e.inPart, p.dirty = true, true
}

// SetUsed records how many deals an offer has made. Its free capacity is part of the
// preference order, so its partition is sorted again before the next match.
func (b *Book) SetUsed(id common.Hash, used uint32) {
	e, ok := b.byID[id]
	if !ok || e.c.Used == used {
		return
	}
	e.c.Used = used
	switch {
	case e.inPart:
		b.parts[e.c.Offer.Spec.GPUs].dirty = true
	case used < e.c.Offer.Capacity: // a correction downwards revives it
		b.partition(e.c.Offer.Spec.GPUs).add(e)
	}
}

// Remove drops an offer.
func (b *Book) Remove(id common.Hash) {
	e, ok := b.byID[id]
	if !ok {
		return
	}
	delete(b.byID, id)
	if !e.inPart {
		return
	}
	p := b.parts[e.c.Offer.Spec.GPUs]
	for i, x := range p.entries {
		if x == e {
			p.entries = append(p.entries[:i], p.entries[i+1:]...)
			break
		}
	}
	e.inPart = false
}

// RemoveIf drops every offer for which drop returns true (e.g. expired ones).
func (b *Book) RemoveIf(drop func(Candidate) bool) {
	for id, e := range b.byID {
		if drop(e.c) {
			b.Remove(id)
		}
	}
}

// Candidates lists the book's offers in no particular order.
func (b *Book) Candidates() []Candidate {
	out := make([]Candidate, 0, len(b.byID))
	for _, e := range b.byID {
		out = append(out, e.c)
	}
	return out
}

// Match returns the best eligible offer for job at time now.
func (b *Book) Match(job *JobOffer, now uint64) (Candidate, bool) {
	return b.MatchExcept(job, now, nil)
}

// MatchExcept is Match among the offers not in skip: a solver skips those the contract
// refused for this job (for a reason the book cannot see, such as a mediator's own terms).
func (b *Book) MatchExcept(job *JobOffer, now uint64, skip map[common.Hash]bool) (Candidate, bool) {
	var best *entry
	for _, g := range b.gpus {
		if g < job.Spec.GPUs {
			continue
		}
		if e := b.parts[g].best(job, now, best, skip); e != nil {
			best = e
		}
	}
	if best == nil {
		return Candidate{}, false
	}
	return best.c, true
}

// best walks the partition in preference order and returns its best eligible offer if it
// beats sofar, else nil.
func (p *partition) best(job *JobOffer, now uint64, sofar *entry, skip map[common.Hash]bool) *entry {
	if p.dirty {
		sort.Slice(p.entries, func(i, k int) bool { return Better(p.entries[i].c, p.entries[k].c) })
		p.dirty = false
	}
	dead := 0
	var found *entry
	for _, e := range p.entries {
		if e.c.Offer.Price.Cmp(job.MaxPrice) > 0 || (sofar != nil && !Better(e.c, sofar.c)) {
			break // sorted: nothing further in this partition can win
		}
		if e.c.Used >= e.c.Offer.Capacity || now > e.c.Offer.ValidUntil {
			dead++
			continue
		}
		if !skip[e.c.ID] && Eligible(job, e.c, now) == ReasonNone {
			found = e
			break
		}
	}
	if dead > compactAfter {
		p.compact(now)
	}
	return found
}

// compact drops offers that can never match again (the order of the rest is kept).
func (p *partition) compact(now uint64) {
	kept := p.entries[:0]
	for _, e := range p.entries {
		if e.c.Used >= e.c.Offer.Capacity || now > e.c.Offer.ValidUntil {
			e.inPart = false
			continue
		}
		kept = append(kept, e)
	}
	for i := len(kept); i < len(p.entries); i++ {
		p.entries[i] = nil
	}
	p.entries = kept
}
