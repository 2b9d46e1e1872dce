package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/runner/gpu"
)

func TestMachineSlots(t *testing.T) {
	spec := matching.Spec{CPUMilli: 4000, RAMMiB: 4096, DiskMiB: 10240}
	gpus := func(n int) []gpu.GPU {
		out := make([]gpu.GPU, n)
		for i := range out {
			out[i] = gpu.GPU{Index: i, VRAMMiB: 24576}
		}
		return out
	}
	cases := []struct {
		name    string
		m       Machine
		spec    matching.Spec
		modules []string
		want    uint32
	}{
		{"cpu bound: a core per cowsay", Machine{CPUMilli: 8000, RAMMiB: 65536}, spec, []string{"cowsay:v0.0.1"}, 8},
		{"ram bound", Machine{CPUMilli: 64000, RAMMiB: 1024}, spec, []string{"cowsay-wasm:v0.0.1"}, 4},
		{"the most demanding module counts", Machine{CPUMilli: 8000, RAMMiB: 1024}, spec, []string{"cowsay:v0.0.1", "cowsay-wasm:v0.0.1"}, 4},
		{"gpu bound: sdxl a GPU each", Machine{CPUMilli: 64000, RAMMiB: 262144, GPUs: gpus(2)},
			matching.Spec{CPUMilli: 4000, RAMMiB: 16384, GPUs: 2, GPUVRAMMiB: 24576}, []string{"sdxl:v0.2.9"}, 2},
		{"a module the offer cannot serve is not counted", Machine{CPUMilli: 8000, RAMMiB: 65536}, spec, []string{"sdxl:v0.2.9", "cowsay:v0.0.1"}, 8},
		{"no known module: the offer's whole spec", Machine{CPUMilli: 8000, RAMMiB: 65536}, spec, []string{"github.com/x/y@abc"}, 2},
		{"never below one", Machine{CPUMilli: 500, RAMMiB: 64}, spec, []string{"cowsay:v0.0.1"}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := machineSlots(tc.m, tc.spec, tc.modules); got != tc.want {
				t.Fatalf("machineSlots = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestJobsSpreadOverProvidersWithinTheirSlots: two providers of equal price with two slots
// each, whose deals end only by the JC's submit timeout (they never submit). Of five jobs
// published at once, the first four go two to each provider, the fifth waits for a freed
// slot, and no provider ever holds more deals at once than it has slots. (Before, the
// cheapest-then-oldest offer took every job, and a provider re-signed a fresh capacity as
// soon as an offer was used up.)
func TestJobsSpreadOverProvidersWithinTheirSlots(t *testing.T) {
	const slots, jobs = 2, 5
	m := newMarket(t, "s", "a", "b", "jc")
	m.start("s", m.config("s", RoleSolver))
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	for _, name := range []string{"a", "b"} {
		c := noDocker(m.config(name, RoleRP))
		c.faults.NeverSubmit = true
		c.Offer.Capacity = slots
		c.Offer.SubmitWindow = 8 * time.Second
		m.start(name, c)
	}
	jc := m.start("jc", m.config("jc", RoleJC))
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	published := publishJobs(t, m, jc, jobs)
	mk := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, nil)
	deals, solvers := make([]*chain.Deal, jobs), make([]common.Address, jobs)
	lastPublished := time.Now()
	waitFor(t, 90*time.Second, func() bool {
		if time.Since(lastPublished) > republishJobEvery { // as a JC does until matched
			republish(t, m, jc, published, solvers)
			lastPublished = time.Now()
		}
		agreed, matched := map[common.Address]int{}, 0
		for i, j := range published {
			d, err := mk.Deal(m.ctx, j.Offer.Hash(jc.Domain()))
			if err != nil {
				continue // not matched yet
			}
			deals[i], solvers[i], matched = d, d.Solver, matched+1
			if d.State == chain.StateAgreed {
				agreed[d.RP]++
			}
		}
		for rp, k := range agreed {
			if k > slots {
				t.Fatalf("provider %s holds %d deals at once, it has %d slots", rp.Hex(), k, slots)
			}
		}
		return matched == jobs
	})
	type span struct {
		rp         common.Address
		start, end uint64 // match time; the time it left Agreed (0: not yet)
	}
	spans := make([]span, jobs)
	for i, d := range deals {
		h, err := m.local.Chain.Client().HeaderByNumber(m.ctx, new(big.Int).SetUint64(d.MatchBlock))
		if err != nil {
			t.Fatal(err)
		}
		now, err := mk.Deal(m.ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		spans[i] = span{rp: d.RP, start: h.Time}
		if now.State != chain.StateAgreed {
			spans[i].end = now.StateAt
		}
	}
	first := map[common.Address]int{} // the first four matches, by provider
	for i, s := range spans {
		at, earlier := 0, 0
		for _, o := range spans {
			if o.rp == s.rp && o.start <= s.start && (o.end == 0 || o.end > s.start) {
				at++
			}
			if o.start < s.start {
				earlier++
			}
		}
		if at > slots {
			t.Fatalf("deal %d: its provider held %d deals when it was matched, it has %d slots", i, at, slots)
		}
		if earlier < 2*slots {
			first[s.rp]++
		}
	}
	if len(first) != 2 || first[m.nodes["a"].Address()] != slots || first[m.nodes["b"].Address()] != slots {
		t.Fatalf("the first %d deals went %v, want %d to each provider", 2*slots, first, slots)
	}
}

// TestNewOfferCountsEveryValidOffer: the free slots a new offer may take are the slots less
// the active deals less what every offer signed that may still be valid may yet make, not
// only the current one's: an earlier offer re-signed near its expiry with room left still
// takes deals (the chain knows no newer), so forgetting it let a JC and solver push the RP
// past its slots.
func TestNewOfferCountsEveryValidOffer(t *testing.T) {
	now := uint64(1_800_000_000)
	offer := func(nonce int64, capacity uint32, validUntil uint64) *matching.SignedOffer {
		return &matching.SignedOffer{Offer: matching.ResourceOffer{Price: chain.Tokens(1), Capacity: capacity,
			Nonce: big.NewInt(nonce), ValidUntil: validUntil}}
	}
	o1 := offer(1, 2, now+10)                   // near expiry, one deal made, one left
	o2 := offer(2, 1, now+3600)                 // the current one, used up
	gone := offer(3, 5, now-offerExpirySlack-1) // long expired: forgotten
	used := map[common.Hash]uint32{o1.Offer.Hash(testDomain): 1, o2.Offer.Hash(testDomain): 1}
	p := &provider{n: &Node{domain: testDomain}, slots: 2, active: map[common.Hash]bool{{1}: true},
		offer: o2, signed: []*matching.SignedOffer{o1, o2, gone},
		uses: func(_ context.Context, id common.Hash) (uint32, error) { return used[id], nil }}
	all, current, err := p.offersLeft(context.Background(), now)
	if err != nil {
		t.Fatal(err)
	}
	if all != 1 || current != 0 || len(p.signed) != 2 {
		t.Fatalf("left %d (current %d) over %d offers; want 1 (0) over 2", all, current, len(p.signed))
	}
	if free := int64(p.slots) - int64(len(p.active)) - int64(all); free > 0 {
		t.Fatalf("%d slots free for a new offer with one deal running and one left on the first offer", free)
	}
}
