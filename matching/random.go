package matching

import (
	"math/big"
	"math/rand"

	"github.com/ethereum/go-ethereum/common"
)

// RandomMarket generates books and jobs for benchmarks and property tests: machines from a
// few common shapes (with and without GPUs), prices, ages, module lists and mediator sets
// drawn so that a job matches some offers but not all.
type RandomMarket struct {
	rng       *rand.Rand
	Mediators []common.Address
	Modules   []common.Hash
	Now       uint64
}

// NewRandomMarket seeds a generator.
func NewRandomMarket(seed int64) *RandomMarket {
	r := &RandomMarket{rng: rand.New(rand.NewSource(seed)), Now: 1_800_000_000}
	for i := 1; i <= 5; i++ {
		r.Mediators = append(r.Mediators, common.BigToAddress(big.NewInt(int64(1000+i))))
	}
	for _, m := range []string{"cowsay:v0.0.1", "sdxl:v0.2.9", "llama:v1", "whisper:v2"} {
		r.Modules = append(r.Modules, ModuleID(m))
	}
	return r
}

var (
	cpus    = []uint64{1000, 2000, 4000, 8000, 16000, 32000}
	rams    = []uint64{1024, 4096, 8192, 16384, 65536}
	vrams   = []uint64{8192, 16384, 24576, 40960, 81920}
	windows = []uint32{30, 60, 600, 3600} // seconds
)

func (r *RandomMarket) pick(n int) int { return r.rng.Intn(n) }

func (r *RandomMarket) mediators() []common.Address {
	n := 1 + r.pick(2)
	out := make([]common.Address, 0, n)
	for _, i := range r.rng.Perm(len(r.Mediators))[:n] {
		out = append(out, r.Mediators[i])
	}
	return out
}

// Offer is a random resource offer.
func (r *RandomMarket) Offer(i int) Candidate {
	o := &ResourceOffer{
		Provider: common.BigToAddress(big.NewInt(int64(100_000 + i))),
		Spec:     Spec{CPUMilli: cpus[r.pick(len(cpus))], RAMMiB: rams[r.pick(len(rams))], DiskMiB: uint64(10240 * (1 + r.pick(10)))},
		Price:    big.NewInt(int64(1 + r.pick(100))), Mediators: r.mediators(), Capacity: uint32(1 + r.pick(10)),
		TimeoutCollateral: big.NewInt(int64(r.pick(3))), ResultsCollateral: big.NewInt(int64(r.pick(3))),
		SubmitWindow: windows[r.pick(len(windows))], JudgeWindow: windows[r.pick(len(windows))],
		MediateWindow: windows[r.pick(len(windows))],
		CreatedAt:     r.Now - uint64(r.pick(3600)), ValidUntil: r.Now + uint64(r.pick(7200)) - 300,
	}
	if r.pick(4) == 0 {
		o.Spec.GPUs, o.Spec.GPUVRAMMiB = uint32(1+r.pick(8)), vrams[r.pick(len(vrams))]
	}
	if r.pick(3) == 0 {
		o.Modules = []common.Hash{r.Modules[r.pick(len(r.Modules))]}
	}
	id := common.BigToHash(big.NewInt(int64(i)))
	id[0] = byte(r.pick(256))
	return Candidate{Offer: o, ID: id, Used: uint32(r.pick(int(o.Capacity) + 1))}
}

// Job is a random job offer.
func (r *RandomMarket) Job() *JobOffer {
	j := &JobOffer{
		Creator: common.HexToAddress("0x1"), Module: r.Modules[r.pick(len(r.Modules))],
		Spec:     Spec{CPUMilli: cpus[r.pick(len(cpus)-1)], RAMMiB: rams[r.pick(len(rams)-1)], DiskMiB: 10240},
		MaxPrice: big.NewInt(int64(10 + r.pick(100))), Mediators: r.mediators(),
		CreatedAt: r.Now, ValidUntil: r.Now + 600,
		Bounds: Bounds{MaxSubmitWindow: windows[2+r.pick(2)], MinJudgeWindow: windows[r.pick(2)],
			MaxMediateWindow: windows[2+r.pick(2)], MinTimeoutCollateral: big.NewInt(int64(r.pick(2))),
			MinResultsCollateral: big.NewInt(int64(r.pick(2)))},
	}
	if r.pick(5) == 0 {
		j.Spec.GPUs, j.Spec.GPUVRAMMiB = uint32(1+r.pick(2)), vrams[r.pick(len(vrams))]
	}
	return j
}
