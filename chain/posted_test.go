package chain_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// TestInputsHashMatchesContract: Go's canonical inputs hash is the Market's.
func TestInputsHashMatchesContract(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	m := f.m["keeper"]
	for _, tc := range []struct {
		inputs map[string]string
		files  map[string]common.Hash
	}{
		{nil, nil},
		{map[string]string{"Message": "moo"}, nil},
		{map[string]string{"b": "2", "a": "1", "unicode": "ünï <&> \"quoted\""}, map[string]common.Hash{"data.csv": {1}, "a.bin": {2}}},
	} {
		keys, values := matching.SortedInputs(tc.inputs)
		var names []string
		var words [][32]byte
		for _, n := range sortedKeys(tc.files) {
			names = append(names, n)
			words = append(words, tc.files[n])
		}
		got, err := bind.Call(m.MktInst(), nil, m.Mkt().PackInputsHash(keys, values, nonNilStrings(names), nonNilWords(words)), m.Mkt().UnpackInputsHash)
		must(t, err)
		if want := matching.InputsHash(tc.inputs, tc.files); common.Hash(got) != want {
			t.Errorf("inputs %v files %v: contract %x, Go %s", tc.inputs, tc.files, got, want.Hex())
		}
	}
}

func sortedKeys(m map[string]common.Hash) []string {
	keys := make(map[string]string, len(m))
	for k := range m {
		keys[k] = ""
	}
	out, _ := matching.SortedInputs(keys)
	return out
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilWords(w [][32]byte) [][32]byte {
	if w == nil {
		return [][32]byte{}
	}
	return w
}

// TestOnChainClient: a contract posts a job, a solver matches it with no signature, the
// deal is accepted when the judge window passes, and the Market calls the client back with
// the result hash, whose callback gas is capped.
func TestOnChainClient(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	jc := f.m["jc"]
	client, err := DeployCowsayClient(f.ctx, jc, ClientParams{Mediators: []common.Address{f.addr["mediator"]},
		MaxPrice: Tokens(5), Collateral: Tokens(SandboxJCColl), ValidFor: 600,
		MediationFee: Tokens(SandboxMedFee), Bounds: SandboxBounds()})
	must(t, err)
	must(t, client.Fund(f.ctx, Tokens(20)))
	id, err := client.RunCowsay(f.ctx, "moo from a contract")
	must(t, err)

	job, err := jc.PostedJob(f.ctx, id)
	must(t, err)
	if job.Offer.Creator != client.Address() || job.ModuleName != "cowsay:v0.0.1" || job.Inputs["Message"] != "moo from a contract" {
		t.Fatalf("posted job %+v", job)
	}
	if job.Offer.Hash(f.domain) != id {
		t.Fatal("the posted job's digest is not its id")
	}
	// The event stream carries it too, the way solvers see it.
	var seen *matching.SignedJob
	fl := NewFollower(f.local.Chain.Client(), f.local.Addrs.Market, FollowerConfig{}, nopLogger())
	_, err = fl.Poll(f.ctx, 0, func(ev Event) {
		if ev.Name == EvJobPosted && ev.DealID == id {
			seen = ev.Job
		}
	})
	must(t, err)
	if seen == nil || seen.Inputs["Message"] != "moo from a contract" {
		t.Fatal("JobPosted not delivered by the follower")
	}

	// Not posted, not signed: refused.
	unsigned := f.job(t, nil)
	unsigned.Signature = nil
	if _, err := f.m["solver"].MatchDeal(f.ctx, unsigned, f.offer(t, nil)); !isRevert(err, "BadSignature") {
		t.Fatalf("an unsigned job that was never posted: %v, want BadSignature", err)
	}
	// Only its creator may post a job; a posted job's inputs must hash to its inputs hash.
	keys, values := matching.SortedInputs(job.Inputs)
	rp := f.m["rp"]
	if _, err := rp.Send(f.ctx, rp.MktInst(), rp.Mkt().PackPostJob(JobOfferArg(&job.Offer), "cowsay:v0.0.1", bindings.MarketModulePin{}, keys, values)); !isRevert(err, "NotCreator") {
		t.Fatalf("posting another's job: %v, want NotCreator", err)
	}
	own := job.Offer
	own.Creator = f.addr["rp"]
	if _, err := rp.Send(f.ctx, rp.MktInst(), rp.Mkt().PackPostJob(JobOfferArg(&own), "cowsay:v0.0.1", bindings.MarketModulePin{}, keys, []string{"other"})); !isRevert(err, "BadJob") {
		t.Fatalf("inputs that do not hash to the job's: %v, want BadJob", err)
	}

	_, err = f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, nil))
	must(t, err)
	d := f.deal(t, id)
	if !d.Callback || d.JC != client.Address() {
		t.Fatalf("deal terms %+v: want a callback to the client", d.Terms)
	}
	result := common.HexToHash("0xfeed")
	_, err = f.m["rp"].SubmitResult(f.ctx, d, result)
	must(t, err)
	f.wait(t, SandboxWindow+1)
	d = f.deal(t, id)
	// A settler that leaves the callback too little gas is refused, so none can starve it.
	if err := sendWithGas(f, "keeper", f.m["keeper"].Mkt().PackTimeoutJudge(d.Arg(), d.ID), 150_000); err == nil {
		t.Fatal("timeoutJudge with too little gas for the callback succeeded")
	}
	_, err = f.m["keeper"].TimeoutJudge(f.ctx, d)
	must(t, err)
	got, err := client.Result(f.ctx, id)
	must(t, err)
	if got != result {
		t.Fatalf("client stored %s, want %s", got.Hex(), result.Hex())
	}
	free, _, err := jc.Escrow(f.ctx, client.Address())
	must(t, err)
	want := new(big.Int).Sub(Tokens(20), Tokens(SandboxPrice))
	if free.Cmp(want) != 0 {
		t.Fatalf("client escrow %s, want %s (paid the price, collateral back)", free, want)
	}
	f.checkConservation(t, client.Address())
}

// sendWithGas sends a Market call with a fixed gas limit (no estimate) and waits for it.
func sendWithGas(f *fixture, party string, data []byte, gas uint64) error {
	return f.m[party].SendWithGas(f.ctx, data, gas)
}

// TestPostedGitModuleCarriesItsPin: a job posted with a git module's pin comes back from the
// chain with the same pin, and a pin that does not hash to the job's moduleHash is refused.
func TestPostedGitModuleCarriesItsPin(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	pin := &matching.ModulePin{Commit: strings.Repeat("ab", 20), Template: common.HexToHash("0x5a")}
	job := f.job(t, nil).Offer
	const module = "github.com/coophive/cowsay-file:v1"
	id, err := f.m["jc"].PostJob(f.ctx, job, module, pin, map[string]string{"File": "message.txt"})
	must(t, err)
	got, err := f.m["keeper"].PostedJob(f.ctx, id)
	must(t, err)
	if got.Pin == nil || *got.Pin != *pin || got.ModuleName != module || got.Offer.Hash(f.domain) != id {
		t.Fatalf("posted job came back as %+v (pin %+v)", got, got.Pin)
	}
	other := *pin
	other.Template = common.HexToHash("0x5b")
	wrong := job
	wrong.Nonce = big.NewInt(99)
	must(t, (matching.JobContent{Module: module, Pin: pin}).Bind(&wrong)) // moduleHash of pin...
	wrong.Creator = f.addr["jc"]
	arg, err := PinArg(&other) // ...posted with another pin
	must(t, err)
	keys, values := matching.SortedInputs(nil)
	jc := f.m["jc"]
	if _, err := jc.Send(f.ctx, jc.MktInst(), jc.Mkt().PackPostJob(JobOfferArg(&wrong), module, arg, keys, values)); !isRevert(err, "BadJob") {
		t.Fatalf("a pin that is not the job's: %v, want BadJob", err)
	}
}
