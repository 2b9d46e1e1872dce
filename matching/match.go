package matching

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"
	"strings"

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
	ReasonSubmitWindow
	ReasonJudgeWindow
	ReasonMediateWindow
	ReasonTimeoutCollateral
	ReasonResultsCollateral
	ReasonMediator
	ReasonSelfDeal
)

var reasonNames = [...]string{
	ReasonNone:              "eligible",
	ReasonJobExpired:        "job expired",
	ReasonOfferExpired:      "offer expired",
	ReasonNoCapacity:        "offer has no capacity left",
	ReasonCPU:               "not enough CPU",
	ReasonRAM:               "not enough RAM",
	ReasonDisk:              "not enough disk",
	ReasonGPUs:              "not enough GPUs",
	ReasonGPUVRAM:           "not enough GPU VRAM",
	ReasonModule:            "module not accepted",
	ReasonPrice:             "price above the job's maximum",
	ReasonSubmitWindow:      "submit window longer than the job accepts",
	ReasonJudgeWindow:       "judge window shorter than the job accepts",
	ReasonMediateWindow:     "mediate window longer than the job accepts",
	ReasonTimeoutCollateral: "timeout collateral below the job's minimum",
	ReasonResultsCollateral: "results collateral below the job's minimum",
	ReasonMediator:          "no shared mediator",
	ReasonSelfDeal:          "the offer is the job creator's own",
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

// rule is one condition of the matching rule: fails says whether the pair breaks it, detail
// says by how much (for "why no match"). Eligible and Diagnose share these, in this order.
type rule struct {
	reason Reason
	fails  func(j *JobOffer, c *Candidate, now uint64) bool
	detail func(j *JobOffer, c *Candidate, now uint64) string
}

var rules = []rule{
	{ReasonJobExpired, func(j *JobOffer, _ *Candidate, now uint64) bool { return now > j.ValidUntil },
		func(j *JobOffer, _ *Candidate, now uint64) string {
			return fmt.Sprintf("job expired %d s ago", now-j.ValidUntil)
		}},
	{ReasonOfferExpired, func(_ *JobOffer, c *Candidate, now uint64) bool { return now > c.Offer.ValidUntil },
		func(_ *JobOffer, c *Candidate, now uint64) string {
			return fmt.Sprintf("offer expired %d s ago", now-c.Offer.ValidUntil)
		}},
	{ReasonNoCapacity, func(_ *JobOffer, c *Candidate, _ uint64) bool { return c.Used >= c.Offer.Capacity },
		func(_ *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("all %d deals made", c.Offer.Capacity)
		}},
	{ReasonCPU, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.Spec.CPUMilli < j.Spec.CPUMilli },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("CPU short by %d milli-CPU", j.Spec.CPUMilli-c.Offer.Spec.CPUMilli)
		}},
	{ReasonRAM, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.Spec.RAMMiB < j.Spec.RAMMiB },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("RAM short by %d MiB", j.Spec.RAMMiB-c.Offer.Spec.RAMMiB)
		}},
	{ReasonDisk, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.Spec.DiskMiB < j.Spec.DiskMiB },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("disk short by %d MiB", j.Spec.DiskMiB-c.Offer.Spec.DiskMiB)
		}},
	{ReasonGPUs, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.Spec.GPUs < j.Spec.GPUs },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("%d GPUs offered, %d needed", c.Offer.Spec.GPUs, j.Spec.GPUs)
		}},
	{ReasonGPUVRAM, func(j *JobOffer, c *Candidate, _ uint64) bool {
		return j.Spec.GPUs > 0 && c.Offer.Spec.GPUVRAMMiB < j.Spec.GPUVRAMMiB
	}, func(j *JobOffer, c *Candidate, _ uint64) string {
		return fmt.Sprintf("GPU VRAM short by %d MiB", j.Spec.GPUVRAMMiB-c.Offer.Spec.GPUVRAMMiB)
	}},
	{ReasonModule, func(j *JobOffer, c *Candidate, _ uint64) bool { return !acceptsModule(c.Offer.Modules, j.Module) },
		func(_ *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("the offer accepts %d other modules", len(c.Offer.Modules))
		}},
	{ReasonPrice, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.Price.Cmp(j.MaxPrice) > 0 },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("price %s tokens above the maximum %s tokens", FormatTokens(c.Offer.Price), FormatTokens(j.MaxPrice))
		}},
	{ReasonSubmitWindow, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.SubmitWindow > j.MaxSubmitWindow },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("submit window %d s, the job accepts at most %d s", c.Offer.SubmitWindow, j.MaxSubmitWindow)
		}},
	{ReasonJudgeWindow, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.JudgeWindow < j.MinJudgeWindow },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("judge window %d s, the job needs at least %d s", c.Offer.JudgeWindow, j.MinJudgeWindow)
		}},
	{ReasonMediateWindow, func(j *JobOffer, c *Candidate, _ uint64) bool { return c.Offer.MediateWindow > j.MaxMediateWindow },
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("mediate window %d s, the job accepts at most %d s", c.Offer.MediateWindow, j.MaxMediateWindow)
		}},
	{ReasonTimeoutCollateral, func(j *JobOffer, c *Candidate, _ uint64) bool {
		return below(c.Offer.TimeoutCollateral, j.MinTimeoutCollateral)
	},
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("timeout collateral %s tokens, the job needs at least %s", FormatTokens(c.Offer.TimeoutCollateral), FormatTokens(j.MinTimeoutCollateral))
		}},
	{ReasonResultsCollateral, func(j *JobOffer, c *Candidate, _ uint64) bool {
		return below(c.Offer.ResultsCollateral, j.MinResultsCollateral)
	},
		func(j *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("results collateral %s tokens, the job needs at least %s", FormatTokens(c.Offer.ResultsCollateral), FormatTokens(j.MinResultsCollateral))
		}},
	{ReasonMediator, func(j *JobOffer, c *Candidate, _ uint64) bool { return !shareMediator(j.Mediators, c.Offer.Mediators) },
		func(_ *JobOffer, c *Candidate, _ uint64) string {
			return fmt.Sprintf("the offer trusts %d other mediators", len(c.Offer.Mediators))
		}},
	{ReasonSelfDeal, func(j *JobOffer, c *Candidate, _ uint64) bool { return j.Creator == c.Offer.Provider },
		func(*JobOffer, *Candidate, uint64) string { return "the offer is your own" }},
}

// Eligible applies the matching rule to one pair at time now (unix seconds): the reason of
// the first condition it breaks, or ReasonNone. It is the rules above written out for the
// matcher's hot path; a test holds it equal to the first broken rule.
func Eligible(job *JobOffer, c Candidate, now uint64) Reason {
	o, need := c.Offer, &job.Spec
	switch {
	case now > job.ValidUntil:
		return ReasonJobExpired
	case now > o.ValidUntil:
		return ReasonOfferExpired
	case c.Used >= o.Capacity:
		return ReasonNoCapacity
	case o.Spec.CPUMilli < need.CPUMilli:
		return ReasonCPU
	case o.Spec.RAMMiB < need.RAMMiB:
		return ReasonRAM
	case o.Spec.DiskMiB < need.DiskMiB:
		return ReasonDisk
	case o.Spec.GPUs < need.GPUs:
		return ReasonGPUs
	case need.GPUs > 0 && o.Spec.GPUVRAMMiB < need.GPUVRAMMiB:
		return ReasonGPUVRAM
	case !acceptsModule(o.Modules, job.Module):
		return ReasonModule
	case o.Price.Cmp(job.MaxPrice) > 0:
		return ReasonPrice
	case o.SubmitWindow > job.MaxSubmitWindow:
		return ReasonSubmitWindow
	case o.JudgeWindow < job.MinJudgeWindow:
		return ReasonJudgeWindow
	case o.MediateWindow > job.MaxMediateWindow:
		return ReasonMediateWindow
	case below(o.TimeoutCollateral, job.MinTimeoutCollateral):
		return ReasonTimeoutCollateral
	case below(o.ResultsCollateral, job.MinResultsCollateral):
		return ReasonResultsCollateral
	case !shareMediator(job.Mediators, o.Mediators):
		return ReasonMediator
	case job.Creator == o.Provider:
		return ReasonSelfDeal
	}
	return ReasonNone
}

// Miss is one broken condition, with by how much.
type Miss struct {
	Reason Reason `json:"reason"`
	Detail string `json:"detail"`
}

// Diagnosis is why one offer cannot serve a job: every condition it breaks.
type Diagnosis struct {
	OfferID  common.Hash    `json:"offerId"`
	Provider common.Address `json:"provider"`
	Price    *big.Int       `json:"price"`
	Misses   []Miss         `json:"misses"`
}

// Diagnose explains why no offer of book serves job: the limit nearest offers (fewest broken
// conditions, then cheapest), each with every condition it breaks. A job asked about after
// it expired is judged as of its last valid second.
func Diagnose(job *JobOffer, book []Candidate, now uint64, limit int) []Diagnosis {
	now = min(now, job.ValidUntil)
	var out []Diagnosis
	for i := range book {
		c := &book[i]
		var misses []Miss
		for _, r := range rules {
			if r.fails(job, c, now) {
				misses = append(misses, Miss{Reason: r.reason, Detail: r.detail(job, c, now)})
			}
		}
		if len(misses) > 0 {
			out = append(out, Diagnosis{OfferID: c.ID, Provider: c.Offer.Provider, Price: c.Offer.Price, Misses: misses})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if len(out[a].Misses) != len(out[b].Misses) {
			return len(out[a].Misses) < len(out[b].Misses)
		}
		return out[a].Price.Cmp(out[b].Price) < 0
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// MarshalText names a reason in JSON.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a reason's name.
func (r *Reason) UnmarshalText(b []byte) error {
	for i, name := range reasonNames {
		if name == string(b) {
			*r = Reason(i)
			return nil
		}
	}
	return fmt.Errorf("unknown reason %q", b)
}

// Free is how many more deals the offer may make: its capacity less its use.
func (c Candidate) Free() uint32 {
	if c.Used >= c.Offer.Capacity {
		return 0
	}
	return c.Offer.Capacity - c.Used
}

// Better reports whether a is preferred to b: cheaper, then more free capacity, then older,
// then lower digest.
func Better(a, b Candidate) bool {
	if c := a.Offer.Price.Cmp(b.Offer.Price); c != 0 {
		return c < 0
	}
	if fa, fb := a.Free(), b.Free(); fa != fb {
		return fa > fb
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
	all := RankAll(jobKey, solvers)
	if len(all) > MaxSolvers {
		all = all[:MaxSolvers]
	}
	return all
}

// RankAll is Rank without the cut: every distinct solver, highest weight first.
func RankAll(jobKey common.Hash, solvers []common.Address) []common.Address {
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

// below reports v < least, a nil least bounding nothing.
func below(v, least *big.Int) bool { return least != nil && v.Cmp(least) < 0 }

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

// tokenUnit is one token in base units: 10^18 (18 decimals, as ether).
var tokenUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// FormatTokens writes token base units (18 decimals) as tokens, e.g. 2500000000000000000
// as "2.5".
func FormatTokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(v, tokenUnit)
	return strings.TrimSuffix(strings.TrimRight(r.FloatString(18), "0"), ".")
}

// ParseTokens reads a token amount such as "2" or "0.5" into base units (18 decimals): the
// inverse of FormatTokens.
func ParseTokens(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a token amount", s)
	}
	r.Mul(r, new(big.Rat).SetInt(tokenUnit))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than 18 decimals", s)
	}
	return r.Num(), nil
}
