package chain_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// The attacks of a party that holds several keys at once: in these tests the sandbox's
// "jc", "rp" and "solver" are one attacker, and "mediator" (and "keeper", where a second
// mediator is needed) are honest strangers. Each test performs the attack through the
// contract and asserts what every honest party holds afterwards.

// TestJobBoundsRefuseHostileTerms: the deal's windows and the RP's collateral come from the
// offer, so an offer outside what the job signed (a judge window of 0 that no challenge can
// land in, a submit window of 2^32-1 s that locks the JC's money for a century, no
// collateral) wins no match: the contract refuses it, the Go matcher never picks it (the same
// Reason), and the JC's escrow does not move.
func TestJobBoundsRefuseHostileTerms(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	cases := []struct {
		name   string
		mutate func(*matching.ResourceOffer)
		reason matching.Reason
	}{
		{"judge window 0", func(o *matching.ResourceOffer) { o.JudgeWindow = 0 }, matching.ReasonJudgeWindow},
		{"submit window 2^32-1", func(o *matching.ResourceOffer) { o.SubmitWindow = math.MaxUint32 }, matching.ReasonSubmitWindow},
		{"mediate window 2^32-1", func(o *matching.ResourceOffer) { o.MediateWindow = math.MaxUint32 }, matching.ReasonMediateWindow},
		{"no timeout collateral", func(o *matching.ResourceOffer) { o.TimeoutCollateral = new(big.Int) }, matching.ReasonTimeoutCollateral},
		{"no results collateral", func(o *matching.ResourceOffer) { o.ResultsCollateral = new(big.Int) }, matching.ReasonResultsCollateral},
		{"cheaper and all of it", func(o *matching.ResourceOffer) {
			o.Price = Tokens(1)
			o.JudgeWindow, o.TimeoutCollateral, o.ResultsCollateral = 0, new(big.Int), new(big.Int)
		}, matching.ReasonJudgeWindow},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			job, offer := f.job(t, nil), f.offer(t, tc.mutate)
			if r := matching.Eligible(&job.Offer, matching.Candidate{Offer: &offer.Offer}, f.now(t)); r != tc.reason {
				t.Fatalf("matcher: %s, want %s", r, tc.reason)
			}
			before := f.escrow(t)
			if _, err := f.m["solver"].MatchDeal(f.ctx, job, offer); !isRevert(err, "Incompatible") {
				t.Fatalf("matchDeal: %v, want Incompatible", err)
			}
			wantDelta(t, before, f.escrow(t), nil)
		})
	}
	// Within the bounds, the same offer matches.
	if _, err := f.m["solver"].MatchDeal(f.ctx, f.job(t, nil), f.offer(t, nil)); err != nil {
		t.Fatalf("an offer within the job's bounds: %v", err)
	}
}

// TestMediatorTermsShieldTheMediator: an attacker names an honest mediator on both sides of
// a deal with a mediate window of 0 (to call timeoutMediate in the next block and take its
// bond) or a fee below what it asked: no match. A mediator cannot be timed out before it is
// drawn, nor before its own window passes; one that cannot run the job recuses at no cost,
// and with no mediator left the parties get back exactly what they locked.
func TestMediatorTermsShieldTheMediator(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	victim := f.addr["mediator"]
	for _, tc := range []struct {
		name  string
		job   func(*matching.JobOffer)
		offer func(*matching.ResourceOffer)
	}{
		{"mediate window 0", nil, func(o *matching.ResourceOffer) { o.MediateWindow = 0 }},
		{"window shorter than its terms", nil, func(o *matching.ResourceOffer) { o.MediateWindow = SandboxMediatorTerms().MinWindow - 1 }},
		{"fee below its terms", func(j *matching.JobOffer) { j.MediationFee = big.NewInt(1) }, nil},
		{"fee of 0", func(j *matching.JobOffer) { j.MediationFee = new(big.Int) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := f.escrow(t)
			_, err := f.m["solver"].MatchDeal(f.ctx, f.job(t, tc.job), f.offer(t, tc.offer))
			if !isRevert(err, "Incompatible") {
				t.Fatalf("matchDeal: %v, want Incompatible(mediator)", err)
			}
			wantDelta(t, before, f.escrow(t), nil)
		})
	}

	d := f.match(t)
	_, err := f.m["rp"].SubmitResult(f.ctx, d, common.Hash{1})
	must(t, err)
	d = f.challenge(t, d)
	if _, err := f.m["keeper"].TimeoutMediate(f.ctx, d); !isRevert(err, "WindowOpen") {
		t.Fatalf("timeoutMediate right after the draw: %v, want WindowOpen", err)
	}
	// The victim cannot run the job: it recuses. Nothing of its moves; no other mediator is
	// left, so the deal ends with everything refunded.
	before := f.escrow(t)
	_, err = f.m["mediator"].Recuse(f.ctx, d)
	must(t, err)
	if _, err := f.m["mediator"].Recuse(f.ctx, f.deal(t, d.ID)); !isRevert(err, "NotParty") {
		t.Fatalf("a second recusal: %v, want NotParty", err)
	}
	d = f.draw(t, d)
	if d.State != StateUnmediated {
		t.Fatalf("deal %s after the only mediator recused, want Unmediated", d.State)
	}
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{
		"jc": {tok(price + jcColl + medFee), neg(tok(price + jcColl + medFee))},
		"rp": {tok(rpResults), neg(tok(rpResults))},
	})
	mt, err := f.m["keeper"].MediatorTerms(f.ctx, victim)
	must(t, err)
	if mt.Bond.Cmp(tok(bondAmt)) != 0 {
		t.Fatalf("victim's bond %s, want all %d tokens", mt.Bond, bondAmt)
	}
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
}

// registerSecondMediator makes "keeper" a mediator on the sandbox's terms.
func (f *fixture) registerSecondMediator(t *testing.T) {
	t.Helper()
	must(t, f.m["keeper"].RegisterMediator(f.ctx, SandboxMediatorTerms()))
}

// both names the sandbox mediator and the keeper on a job and an offer; the job lists the
// sandbox mediator nine times (once weighted the old draw nine to one).
func (f *fixture) bothMediators() (func(*matching.JobOffer), func(*matching.ResourceOffer)) {
	m, k := f.addr["mediator"], f.addr["keeper"]
	return func(j *matching.JobOffer) {
			j.Mediators = []common.Address{m, m, m, m, m, m, m, m, m, k}
		}, func(o *matching.ResourceOffer) {
			o.Mediators = []common.Address{k, m}
		}
}

// submitted makes a deal of a job and an offer (each changed by its mutator, nil for none)
// and submits a result for it.
func (f *fixture) submitted(t *testing.T, jm func(*matching.JobOffer), om func(*matching.ResourceOffer)) *Deal {
	t.Helper()
	job := f.job(t, jm)
	_, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, om))
	must(t, err)
	d := f.deal(t, job.Offer.Hash(f.domain))
	_, err = f.m["rp"].SubmitResult(f.ctx, d, common.Hash{1})
	must(t, err)
	return f.deal(t, d.ID)
}

// challenged makes a deal naming both mediators, submits and challenges it (no draw yet).
func (f *fixture) challenged(t *testing.T) *Deal {
	t.Helper()
	jm, om := f.bothMediators()
	d := f.submitted(t, jm, om)
	_, err := f.m["jc"].ChallengeResult(f.ctx, d)
	must(t, err)
	return f.deal(t, d.ID)
}

// TestMediatorDrawCountsEachOnceAndOnlyRegistered: a job that lists one mediator nine times
// lists it once in the deal, and over 16 deals both mediators are drawn; a mediator that left
// the registry after the match is never drawn; one that recused is not drawn again; a draw
// whose block hash has aged out of the EVM's 256 is re-anchored, not guessed.
func TestMediatorDrawCountsEachOnceAndOnlyRegistered(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	f.registerSecondMediator(t)
	m, k := f.addr["mediator"], f.addr["keeper"]

	drawn := map[common.Address]int{}
	for i := 0; i < 16; i++ {
		d := f.challenged(t)
		if len(d.Mediators) != 2 || d.Mediators[0] != m || d.Mediators[1] != k {
			t.Fatalf("deal mediators %v, want each once in the job's order", d.Mediators)
		}
		d = f.draw(t, d)
		drawn[d.Mediator]++
		party := map[common.Address]string{m: "mediator", k: "keeper"}[d.Mediator]
		_, err := f.m[party].MediateAccept(f.ctx, d)
		must(t, err)
	}
	if drawn[m] == 0 || drawn[k] == 0 || drawn[m]+drawn[k] != 16 {
		t.Fatalf("draws over 16 deals: %v", drawn)
	}
	t.Logf("draws over 16 deals: mediator %d, keeper %d", drawn[m], drawn[k])

	// Recused: the other one is drawn.
	d := f.draw(t, f.challenged(t))
	first := map[common.Address]string{m: "mediator", k: "keeper"}[d.Mediator]
	_, err := f.m[first].Recuse(f.ctx, d)
	must(t, err)
	if d2 := f.draw(t, d); d2.Mediator == d.Mediator || d2.Mediator == (common.Address{}) {
		t.Fatalf("after %s recused, drawn %s", first, d2.Mediator.Hex())
	} else {
		party := map[common.Address]string{m: "mediator", k: "keeper"}[d2.Mediator]
		_, err = f.m[party].MediateAccept(f.ctx, d2)
		must(t, err)
	}

	// Aged out: a draw asked for more than 256 blocks after the challenge re-anchors.
	d = f.challenged(t)
	for i := 0; i < 258; i++ {
		f.local.Chain.Commit()
	}
	_, err = f.m["keeper"].DrawMediator(f.ctx, d)
	must(t, err)
	if d = f.deal(t, d.ID); d.Mediator != (common.Address{}) || d.State != StateChallenged {
		t.Fatalf("a draw from an aged-out block hash: %s drawn, %s", d.Mediator.Hex(), d.State)
	}
	d = f.draw(t, d)
	if d.Mediator != m && d.Mediator != k {
		t.Fatalf("re-anchored draw gave %s", d.Mediator.Hex())
	}
	party := map[common.Address]string{m: "mediator", k: "keeper"}[d.Mediator]
	_, err = f.m[party].MediateAccept(f.ctx, d)
	must(t, err)

	// Left since the match: the keeper unregisters before the challenge; only the sandbox
	// mediator can be drawn.
	jm, om := f.bothMediators()
	job := f.job(t, jm)
	_, err = f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, om))
	must(t, err)
	must(t, f.m["keeper"].Unregister(f.ctx, RoleMediator))
	d = f.deal(t, job.Offer.Hash(f.domain))
	_, err = f.m["rp"].SubmitResult(f.ctx, d, common.Hash{1})
	must(t, err)
	if d = f.challenge(t, d); d.Mediator != m {
		t.Fatalf("drawn %s, which left the registry", d.Mediator.Hex())
	}
	_, err = f.m["mediator"].MediateAccept(f.ctx, d)
	must(t, err)
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
}

// TestOnChainClientCannotBeDrained: a stranger can neither post jobs from the example client
// (spending its escrow on deals with its own RP) nor judge for it; its owner challenges a
// wrong result through the client inside the judge window, and the client ends with its
// price back plus the RP's results collateral, less the mediation fee.
func TestOnChainClientCannotBeDrained(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	client, err := DeployCowsayClient(f.ctx, f.m["jc"], ClientParams{Mediators: []common.Address{f.addr["mediator"]},
		MaxPrice: Tokens(5), Collateral: Tokens(SandboxJCColl), ValidFor: 600,
		MediationFee: Tokens(SandboxMedFee), Bounds: SandboxBounds()})
	must(t, err)
	must(t, client.Fund(f.ctx, Tokens(20)))
	stranger := BindCowsayClient(f.m["rp"], client.Address())
	if _, err := stranger.RunCowsay(f.ctx, "drain"); !isRevert(err, "OnlyOwner") {
		t.Fatalf("a stranger posting from the client: %v, want OnlyOwner", err)
	}
	id, err := client.RunCowsay(f.ctx, "moo")
	must(t, err)
	job, err := f.m["jc"].PostedJob(f.ctx, id)
	must(t, err)
	_, err = f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, nil))
	must(t, err)
	d := f.deal(t, id)
	_, err = f.m["rp"].SubmitResult(f.ctx, d, common.HexToHash("0xbad"))
	must(t, err)
	d = f.deal(t, id)
	if err := stranger.Challenge(f.ctx, d); !isRevert(err, "OnlyOwner") {
		t.Fatalf("a stranger challenging for the client: %v, want OnlyOwner", err)
	}
	if err := stranger.Accept(f.ctx, d); !isRevert(err, "OnlyOwner") {
		t.Fatalf("a stranger accepting for the client: %v, want OnlyOwner", err)
	}
	must(t, client.Challenge(f.ctx, d))
	d = f.draw(t, d)
	_, err = f.m["mediator"].MediateReject(f.ctx, d)
	must(t, err)
	free, locked, err := f.m["jc"].Escrow(f.ctx, client.Address())
	must(t, err)
	want := sum(tok(20), tok(rpResults), neg(tok(medFee)))
	if free.Cmp(want) != 0 || locked.Sign() != 0 {
		t.Fatalf("client escrow free %s locked %s, want %s free", free, locked, want)
	}
	f.checkConservation(t, client.Address())
}

// TestDrawIsTheHashOfTheBlockAfterTheChallenge: the drawn position is keccak256(hash of the
// block after the challenge's, deal id) mod the number of mediators, which no party knew
// when it sent the challenge; a listed mediator leaving the registry after that block is
// known does not move the draw off another mediator (the draw walks on from its position
// only past mediators that cannot take the deal).
func TestDrawIsTheHashOfTheBlockAfterTheChallenge(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	f.registerSecondMediator(t)
	party := map[common.Address]string{f.addr["mediator"]: "mediator", f.addr["keeper"]: "keeper"}
	for i := 0; i < 6; i++ {
		jm, om := f.bothMediators()
		d := f.submitted(t, jm, om)
		r, err := f.m["jc"].ChallengeResult(f.ctx, d)
		must(t, err)
		must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
		next, err := f.local.Chain.Client().HeaderByNumber(f.ctx, new(big.Int).Add(r.BlockNumber, big.NewInt(1)))
		must(t, err)
		word := crypto.Keccak256(next.Hash().Bytes(), d.ID.Bytes())
		want := d.Mediators[new(big.Int).Mod(new(big.Int).SetBytes(word), big.NewInt(int64(len(d.Mediators)))).Int64()]
		other := d.Mediators[0]
		if other == want {
			other = d.Mediators[1]
		}
		must(t, f.m[party[other]].Unregister(f.ctx, RoleMediator)) // knows the seed, leaves: changes nothing
		_, err = f.m["keeper"].DrawMediator(f.ctx, f.deal(t, d.ID))
		must(t, err)
		if got := f.deal(t, d.ID).Mediator; got != want {
			t.Fatalf("deal %d: drawn %s, want %s from the next block's hash", i, got.Hex(), want.Hex())
		}
		_, err = f.m[party[want]].MediateAccept(f.ctx, f.deal(t, d.ID))
		must(t, err)
		must(t, f.m[party[other]].RegisterMediator(f.ctx, SandboxMediatorTerms()))
	}
	f.checkConservation(t)
}

// TestMediatorIsNotDrawnBeyondItsLoad: a JC + RP attacker challenges many deals at once that
// name one honest mediator, to have it drawn for more re-runs than it can do in their windows
// and slashed for each it misses. A mediator states the most mediations it takes at once; a
// deal whose mediators are all full waits for a draw (MediatorsFull, no window running), and
// is drawn once one has room.
func TestMediatorIsNotDrawnBeyondItsLoad(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	terms := SandboxMediatorTerms()
	terms.MaxOpen = 1
	must(t, f.m["keeper"].RegisterMediator(f.ctx, terms))
	k := f.addr["keeper"]
	onlyKeeper := func() *Deal {
		return f.submitted(t, func(j *matching.JobOffer) { j.Mediators = []common.Address{k} },
			func(o *matching.ResourceOffer) { o.Mediators = []common.Address{k} })
	}
	first, second := onlyKeeper(), onlyKeeper()
	if first = f.challenge(t, first); first.Mediator != k {
		t.Fatalf("first deal drew %s", first.Mediator.Hex())
	}
	_, err := f.m["jc"].ChallengeResult(f.ctx, second)
	must(t, err)
	must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
	if _, err := f.m["keeper"].DrawMediator(f.ctx, f.deal(t, second.ID)); !isRevert(err, "MediatorsFull") {
		t.Fatalf("a second deal while the mediator is full: %v, want MediatorsFull", err)
	}
	if d := f.deal(t, second.ID); d.Mediator != (common.Address{}) || d.WindowEnd() != 0 {
		t.Fatalf("a deal waiting for a mediator: drawn %s, window ends %d", d.Mediator.Hex(), d.WindowEnd())
	}
	_, err = f.m["keeper"].MediateAccept(f.ctx, first)
	must(t, err)
	_, err = f.m["rp"].DrawMediator(f.ctx, f.deal(t, second.ID))
	must(t, err)
	if second = f.deal(t, second.ID); second.Mediator != k {
		t.Fatalf("with room again, drawn %s", second.Mediator.Hex())
	}
	_, err = f.m["keeper"].MediateAccept(f.ctx, second)
	must(t, err)
	mt, err := f.m["keeper"].MediatorTerms(f.ctx, k)
	must(t, err)
	if mt.Bond.Cmp(tok(bondAmt)) != 0 || mt.MaxOpen != 1 {
		t.Fatalf("keeper's terms %+v", mt)
	}
	f.checkConservation(t)
	f.checkOnlyBondsLocked(t)
}
