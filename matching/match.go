package matching

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Reason says why a resource offer cannot serve a job offer. The zero value means it can.
type Reason int

// The reasons, in the order Eligible checks them.
const (
	ReasonNone Reason = iota
	ReasonJobExpired
	ReasonOfferExpired
	ReasonNoCapacity
	ReasonCPU
	ReasonRAM
	ReasonDisk
	ReasonGPUs
	ReasonGPUVRAM
	ReasonModule
	ReasonPrice
	ReasonMediator
	ReasonSelfDeal
)

var reasonNames = [...]string{
	ReasonNone:         "eligible",
	ReasonJobExpired:   "job expired",
	ReasonOfferExpired: "offer expired",
	ReasonNoCapacity:   "offer has no capacity left",
	ReasonCPU:          "not enough CPU",
	ReasonRAM:          "not enough RAM",
	ReasonDisk:         "not enough disk",
	ReasonGPUs:         "not enough GPUs",
	ReasonGPUVRAM:      "not enough GPU VRAM",
	ReasonModule:       "module not accepted",
	ReasonPrice:        "price above the job's maximum",
	ReasonMediator:     "no shared mediator",
	ReasonSelfDeal:     "the offer is the job creator's own",
}

func (r Reason) String() string {
	if r < 0 || int(r) >= len(reasonNames) {
		return fmt.Sprintf("reason(%d)", int(r))
	}
	return reasonNames[r]
}

// Candidate is a resource offer in a solver's book.
type Candidate struct {
	Offer *ResourceOffer
	ID    common.Hash // the offer's EIP-712 digest
	Used  uint32      // deals it has made so far (from chain events)
}

// Eligible applies the matching rule to one pair at time now (unix seconds).
func Eligible(job *JobOffer, c Candidate, now uint64) Reason {
	o := c.Offer
	switch {
	case now > job.ValidUntil:
		return ReasonJobExpired
	case now > o.ValidUntil:
		return ReasonOfferExpired
	case c.Used >= o.Capacity:
		return ReasonNoCapacity
	}
	if r := covers(o.Spec, job.Spec); r != ReasonNone {
		return r
	}
	switch {
	case !acceptsModule(o.Modules, job.Module):
		return ReasonModule
	case o.Price.Cmp(job.MaxPrice) > 0:
		return ReasonPrice
	case !shareMediator(job.Mediators, o.Mediators):
		return ReasonMediator
	case job.Creator == o.Provider:
		return ReasonSelfDeal
	}
	return ReasonNone
}

func covers(have, need Spec) Reason {
	switch {
	case have.CPUMilli < need.CPUMilli:
		return ReasonCPU
	case have.RAMMiB < need.RAMMiB:
		return ReasonRAM
	case have.DiskMiB < need.DiskMiB:
		return ReasonDisk
	case have.GPUs < need.GPUs:
		return ReasonGPUs
	case need.GPUs > 0 && have.GPUVRAMMiB < need.GPUVRAMMiB:
		return ReasonGPUVRAM
	}
	return ReasonNone
}

func acceptsModule(accepted []common.Hash, module common.Hash) bool {
	if len(accepted) == 0 {
		return true
	}
	for _, m := range accepted {
		if m == module {
			return true
		}
	}
	return false
}

func shareMediator(a, b []common.Address) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// Better reports whether a is preferred to b: cheaper, then older, then lower digest.
func Better(a, b Candidate) bool {
	if c := a.Offer.Price.Cmp(b.Offer.Price); c != 0 {
		return c < 0
	}
	if a.Offer.CreatedAt != b.Offer.CreatedAt {
		return a.Offer.CreatedAt < b.Offer.CreatedAt
	}
	return bytes.Compare(a.ID[:], b.ID[:]) < 0
}

// Rejection records why one candidate was not chosen.
type Rejection struct {
	OfferID common.Hash
	Reason  Reason
}

// Match returns the best eligible candidate for job at time now, and false with every
// candidate's reason when none is eligible.
func Match(job *JobOffer, book []Candidate, now uint64) (Candidate, bool, []Rejection) {
	var best Candidate
	found := false
	var rejected []Rejection
	for _, c := range book {
		if r := Eligible(job, c, now); r != ReasonNone {
			rejected = append(rejected, Rejection{OfferID: c.ID, Reason: r})
			continue
		}
		if !found || Better(c, best) {
			best, found = c, true
		}
	}
	if found {
		return best, true, nil
	}
	return Candidate{}, false, rejected
}

// Rank orders solvers by rendezvous (HRW) hashing of jobKey and returns the top MaxSolvers:
// weight(s) = keccak256(jobKey ‖ s), highest first. Every node computes the same ranking.
func Rank(jobKey common.Hash, solvers []common.Address) []common.Address {
	type scored struct {
		addr   common.Address
		weight common.Hash
	}
	seen := make(map[common.Address]bool, len(solvers))
	var all []scored
	for _, s := range solvers {
		if seen[s] {
			continue
		}
		seen[s] = true
		all = append(all, scored{s, crypto.Keccak256Hash(jobKey[:], s[:])})
	}
	sort.Slice(all, func(i, k int) bool { return bytes.Compare(all[i].weight[:], all[k].weight[:]) > 0 })
	if len(all) > MaxSolvers {
		all = all[:MaxSolvers]
	}
	out := make([]common.Address, len(all))
	for i, s := range all {
		out[i] = s.addr
	}
	return out
}

// SolverOpensAt is when solver may first settle job: createdAt + rank*window for a ranked
// solver, createdAt + MaxSolvers*window for anyone else.
func SolverOpensAt(job *JobOffer, solver common.Address) uint64 {
	for i, s := range job.Solvers {
		if s == solver {
			return job.CreatedAt + uint64(i)*job.SolverWindow
		}
	}
	return job.CreatedAt + MaxSolvers*job.SolverWindow
}

// JobKey is what solvers are ranked by for a job: keccak256(creator ‖ nonce), known before
// the job offer (which names the ranking) is signed.
func JobKey(creator common.Address, nonce *big.Int) common.Hash {
	return crypto.Keccak256Hash(creator[:], common.BigToHash(nonce).Bytes())
}
