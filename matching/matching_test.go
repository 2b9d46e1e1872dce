package matching

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var (
	medA = common.HexToAddress("0xA1")
	medB = common.HexToAddress("0xB2")
	cow  = ModuleID("cowsay:v0.0.1")
)

func baseJob() JobOffer {
	return JobOffer{
		Creator: common.HexToAddress("0x1"), Module: cow,
		Spec:     Spec{CPUMilli: 1000, RAMMiB: 512, DiskMiB: 100, GPUs: 1, GPUVRAMMiB: 8000},
		MaxPrice: big.NewInt(100), Collateral: big.NewInt(1), MediationFee: big.NewInt(1), Mediators: []common.Address{medA},
		Bounds: Bounds{MaxSubmitWindow: 600, MinJudgeWindow: 60, MaxMediateWindow: 600,
			MinTimeoutCollateral: big.NewInt(1), MinResultsCollateral: big.NewInt(1)},
		Nonce: big.NewInt(1), CreatedAt: 1000, ValidUntil: 2000,
	}
}

func baseOffer() ResourceOffer {
	return ResourceOffer{
		Provider: common.HexToAddress("0x2"),
		Spec:     Spec{CPUMilli: 4000, RAMMiB: 8192, DiskMiB: 1000, GPUs: 2, GPUVRAMMiB: 16000},
		Price:    big.NewInt(50), TimeoutCollateral: big.NewInt(1), ResultsCollateral: big.NewInt(1),
		SubmitWindow: 600, JudgeWindow: 60, MediateWindow: 600,
		Mediators: []common.Address{medB, medA}, Capacity: 2, Nonce: big.NewInt(1), CreatedAt: 900, ValidUntil: 3000,
	}
}

func TestEligibleReasons(t *testing.T) {
	cases := []struct {
		name  string
		job   func(*JobOffer)
		offer func(*ResourceOffer)
		used  uint32
		now   uint64
		want  Reason
	}{
		{"eligible", nil, nil, 0, 1500, ReasonNone},
		{"job expired", nil, nil, 0, 2001, ReasonJobExpired},
		{"offer expired", nil, func(o *ResourceOffer) { o.ValidUntil = 1400 }, 0, 1500, ReasonOfferExpired},
		{"capacity used up", nil, nil, 2, 1500, ReasonNoCapacity},
		{"cpu short", func(j *JobOffer) { j.Spec.CPUMilli = 4001 }, nil, 0, 1500, ReasonCPU},
		{"ram short", func(j *JobOffer) { j.Spec.RAMMiB = 9000 }, nil, 0, 1500, ReasonRAM},
		{"disk short", func(j *JobOffer) { j.Spec.DiskMiB = 1001 }, nil, 0, 1500, ReasonDisk},
		{"gpus short", func(j *JobOffer) { j.Spec.GPUs = 3 }, nil, 0, 1500, ReasonGPUs},
		{"vram short", func(j *JobOffer) { j.Spec.GPUVRAMMiB = 24000 }, nil, 0, 1500, ReasonGPUVRAM},
		{"vram ignored without gpus", func(j *JobOffer) { j.Spec.GPUs, j.Spec.GPUVRAMMiB = 0, 99999 }, nil, 0, 1500, ReasonNone},
		{"module not accepted", nil, func(o *ResourceOffer) { o.Modules = []common.Hash{ModuleID("sdxl:v0.2.9")} }, 0, 1500, ReasonModule},
		{"module accepted", nil, func(o *ResourceOffer) { o.Modules = []common.Hash{ModuleID("x"), cow} }, 0, 1500, ReasonNone},
		{"price above max", nil, func(o *ResourceOffer) { o.Price = big.NewInt(101) }, 0, 1500, ReasonPrice},
		{"price equal to max", nil, func(o *ResourceOffer) { o.Price = big.NewInt(100) }, 0, 1500, ReasonNone},
		{"submit window above the job's bound", nil, func(o *ResourceOffer) { o.SubmitWindow = 601 }, 0, 1500, ReasonSubmitWindow},
		{"judge window 0", nil, func(o *ResourceOffer) { o.JudgeWindow = 0 }, 0, 1500, ReasonJudgeWindow},
		{"judge window at the bound", nil, func(o *ResourceOffer) { o.JudgeWindow = 60 }, 0, 1500, ReasonNone},
		{"mediate window above the bound", nil, func(o *ResourceOffer) { o.MediateWindow = 1 << 31 }, 0, 1500, ReasonMediateWindow},
		{"no timeout collateral", nil, func(o *ResourceOffer) { o.TimeoutCollateral = big.NewInt(0) }, 0, 1500, ReasonTimeoutCollateral},
		{"no results collateral", nil, func(o *ResourceOffer) { o.ResultsCollateral = big.NewInt(0) }, 0, 1500, ReasonResultsCollateral},
		{"a job that bounds nothing", func(j *JobOffer) {
			j.Bounds = Bounds{MaxSubmitWindow: 1<<32 - 1, MaxMediateWindow: 1<<32 - 1}
		}, func(o *ResourceOffer) {
			o.JudgeWindow, o.TimeoutCollateral, o.ResultsCollateral = 0, big.NewInt(0), big.NewInt(0)
		}, 0, 1500, ReasonNone},
		{"no shared mediator", nil, func(o *ResourceOffer) { o.Mediators = []common.Address{medB} }, 0, 1500, ReasonMediator},
		{"self-deal", nil, func(o *ResourceOffer) { o.Provider = common.HexToAddress("0x1") }, 0, 1500, ReasonSelfDeal},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			j, o := baseJob(), baseOffer()
			if tc.job != nil {
				tc.job(&j)
			}
			if tc.offer != nil {
				tc.offer(&o)
			}
			if got := Eligible(&j, Candidate{Offer: &o, Used: tc.used}, tc.now); got != tc.want {
				t.Fatalf("Eligible = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestMatchPrefersCheapestThenFreestThenOldestThenLowestHash(t *testing.T) {
	mk := func(price int64, created uint64, id byte) Candidate {
		o := baseOffer()
		o.Price, o.CreatedAt, o.Capacity = big.NewInt(price), created, 3
		return Candidate{Offer: &o, ID: common.Hash{id}}
	}
	expensive := mk(90, 100, 1)
	cheapNew := mk(40, 950, 2)
	cheapOld := mk(40, 800, 9)
	cheapOldLowID := mk(40, 800, 3)
	tooDear := mk(500, 1, 0)
	busyOld := mk(40, 1, 4) // older than all, but two of its three slots are taken
	busyOld.Used = 2
	bigNew := mk(40, 990, 5) // newest, with the most room
	bigNew.Offer.Capacity = 10
	bigNew.Used = 5
	cases := []struct {
		name string
		book []Candidate
		want common.Hash
	}{
		{"cheapest wins", []Candidate{expensive, cheapNew}, cheapNew.ID},
		{"then oldest", []Candidate{cheapNew, cheapOld, expensive}, cheapOld.ID},
		{"free capacity before age", []Candidate{busyOld, cheapNew}, cheapNew.ID},
		{"most free capacity", []Candidate{busyOld, cheapOld, bigNew}, bigNew.ID},
		{"dearer never wins on capacity", []Candidate{expensive, busyOld}, busyOld.ID},
		{"then lowest id", []Candidate{cheapOld, cheapOldLowID, cheapNew}, cheapOldLowID.ID},
		{"order of the book does not matter", []Candidate{cheapOldLowID, cheapNew, cheapOld}, cheapOldLowID.ID},
		{"ineligible skipped", []Candidate{tooDear, expensive}, expensive.ID},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			j := baseJob()
			got, ok, _ := Match(&j, tc.book, 1500)
			if !ok || got.ID != tc.want {
				t.Fatalf("Match = %x (ok %v), want %x", got.ID, ok, tc.want)
			}
		})
	}
	j := baseJob()
	_, ok, rejected := Match(&j, []Candidate{tooDear}, 1500)
	if ok || len(rejected) != 1 || rejected[0].Reason != ReasonPrice {
		t.Fatalf("no match: ok=%v rejected=%v", ok, rejected)
	}
}

func TestRankIsDeterministicAndTopThree(t *testing.T) {
	var solvers []common.Address
	for i := 1; i <= 6; i++ {
		solvers = append(solvers, common.BigToAddress(big.NewInt(int64(i))))
	}
	key := JobKey(common.HexToAddress("0x1"), big.NewInt(5))
	a := Rank(key, solvers)
	rev := append([]common.Address(nil), solvers...)
	for i, k := 0, len(rev)-1; i < k; i, k = i+1, k-1 {
		rev[i], rev[k] = rev[k], rev[i]
	}
	b := Rank(key, append(rev, solvers[0])) // order and duplicates do not matter
	if len(a) != MaxSolvers || len(b) != MaxSolvers {
		t.Fatalf("rank lengths %d %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("rankings differ: %v vs %v", a, b)
		}
	}
	// The ranking depends on the job: over 600 jobs each of the 6 solvers comes first for
	// about a sixth of them (the keys are fixed, so this is not a matter of luck).
	firsts := map[common.Address]int{}
	for nonce := int64(0); nonce < 600; nonce++ {
		firsts[Rank(JobKey(common.HexToAddress("0x1"), big.NewInt(nonce)), solvers)[0]]++
	}
	for _, s := range solvers {
		if firsts[s] < 60 || firsts[s] > 140 {
			t.Fatalf("solver %s ranked first for %d of 600 jobs, want about 100: %v", s.Hex(), firsts[s], firsts)
		}
	}
	j := baseJob()
	j.Solvers, j.SolverWindow = a, 10
	if SolverOpensAt(&j, a[0]) != 1000 || SolverOpensAt(&j, a[2]) != 1020 || SolverOpensAt(&j, common.HexToAddress("0xdead")) != 1030 {
		t.Fatal("solver windows wrong")
	}
}

func TestSignVerifyAndTamper(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xabc")}
	j := baseJob()
	s, err := NewSignedJob(d, j, JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(d); err != nil {
		t.Fatal(err)
	}
	data, _ := s.Encode()
	back, err := DecodeJob(data)
	if err != nil || back.Verify(d) != nil {
		t.Fatalf("round trip: %v", err)
	}
	other := Domain{ChainID: big.NewInt(1), Market: d.Market}
	if err := s.Verify(other); err == nil {
		t.Fatal("verified under another domain")
	}
	s.Offer.MaxPrice = big.NewInt(1000)
	if err := s.Verify(d); err == nil {
		t.Fatal("verified after tampering")
	}
	if _, err := DecodeJob(append(data[:len(data):len(data)], 0x80)); err == nil {
		t.Fatal("trailing bytes accepted")
	}
	if _, err := DecodeJob(make([]byte, MaxMessageSize+1)); err == nil {
		t.Fatal("oversize accepted")
	}
}

// TestDigestMatchesAPITypes cross-checks the hand-rolled EIP-712 hashing with go-ethereum's
// generic implementation (the contract pins it too, in chain/market_test.go).
func TestDigestMatchesAPITypes(t *testing.T) {
	d := Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xabc")}
	j := baseJob()
	j.Solvers = []common.Address{medB}
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"JobOffer": {{Name: "creator", Type: "address"}, {Name: "module", Type: "bytes32"}, {Name: "moduleHash", Type: "bytes32"},
				{Name: "inputsHash", Type: "bytes32"},
				{Name: "cpuMilli", Type: "uint64"}, {Name: "ramMiB", Type: "uint64"}, {Name: "diskMiB", Type: "uint64"},
				{Name: "gpus", Type: "uint32"}, {Name: "gpuVramMiB", Type: "uint64"}, {Name: "maxPrice", Type: "uint256"},
				{Name: "collateral", Type: "uint256"}, {Name: "mediationFee", Type: "uint256"},
				{Name: "maxSubmitWindow", Type: "uint32"}, {Name: "minJudgeWindow", Type: "uint32"}, {Name: "maxMediateWindow", Type: "uint32"},
				{Name: "minTimeoutCollateral", Type: "uint256"}, {Name: "minResultsCollateral", Type: "uint256"},
				{Name: "mediators", Type: "address[]"}, {Name: "solvers", Type: "address[]"},
				{Name: "solverWindow", Type: "uint64"}, {Name: "nonce", Type: "uint256"}, {Name: "createdAt", Type: "uint64"},
				{Name: "validUntil", Type: "uint64"}},
		},
		PrimaryType: "JobOffer",
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Market.Hex()},
		Message: apitypes.TypedDataMessage{
			"creator": j.Creator.Hex(), "module": j.Module.Hex(), "moduleHash": j.ModuleHash.Hex(), "inputsHash": j.InputsHash.Hex(),
			"cpuMilli": "1000", "ramMiB": "512", "diskMiB": "100", "gpus": "1", "gpuVramMiB": "8000",
			"maxPrice": "100", "collateral": "1", "mediationFee": "1",
			"maxSubmitWindow": "600", "minJudgeWindow": "60", "maxMediateWindow": "600",
			"minTimeoutCollateral": "1", "minResultsCollateral": "1", "mediators": []interface{}{medA.Hex()}, "solvers": []interface{}{medB.Hex()},
			"solverWindow": "0", "nonce": "1", "createdAt": "1000", "validUntil": "2000",
		},
	}
	want, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Hash(d); got != common.BytesToHash(want) {
		t.Fatalf("digest %s, apitypes %x", got.Hex(), want)
	}
}
