package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// Amounts of the sandbox's offers, in whole tokens.
const (
	price     = SandboxPrice
	jcColl    = SandboxJCColl
	rpTimeout = SandboxRPTimeout
	rpResults = SandboxRPResults
	medFee    = SandboxMedFee
	window    = SandboxWindow
	bondAmt   = 10 // DefaultMarketParams
)

var parties = SandboxParties

// fixture is the sandbox with testing helpers that fail the test instead of returning errors.
type fixture struct {
	*Sandbox
	ctx    context.Context
	local  *Local
	m      map[string]*Market
	addr   map[string]common.Address
	keys   map[string]*ecdsa.PrivateKey
	domain matching.Domain
	params Params
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	s, err := NewSandbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop() })
	return &fixture{Sandbox: s, ctx: ctx, local: s.Local, m: s.M, addr: s.Addr, keys: s.Keys, domain: s.Domain, params: s.Params}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) now(t testing.TB) uint64 {
	n, err := f.Now(f.ctx)
	must(t, err)
	return n
}

func (f *fixture) job(t testing.TB, mutate func(*matching.JobOffer)) *matching.SignedJob {
	t.Helper()
	j, err := f.Job(f.ctx, mutate)
	must(t, err)
	return j
}

func (f *fixture) offer(t testing.TB, mutate func(*matching.ResourceOffer)) *matching.SignedOffer {
	t.Helper()
	o, err := f.Offer(f.ctx, mutate)
	must(t, err)
	return o
}

func (f *fixture) match(t testing.TB) *Deal {
	t.Helper()
	d, _, err := f.Match(f.ctx)
	must(t, err)
	return d
}

func (f *fixture) deal(t testing.TB, id common.Hash) *Deal {
	t.Helper()
	d, err := f.m["keeper"].Deal(f.ctx, id)
	must(t, err)
	return d
}

func (f *fixture) wait(t testing.TB, seconds int64) {
	t.Helper()
	must(t, f.Wait(seconds))
}

// challenge challenges a submitted deal as the JC, lets a block pass and draws its mediator;
// it returns the deal as it then stands.
func (f *fixture) challenge(t testing.TB, d *Deal) *Deal {
	t.Helper()
	_, err := f.m["jc"].ChallengeResult(f.ctx, f.deal(t, d.ID))
	must(t, err)
	return f.draw(t, d)
}

// draw lets a block pass and draws a challenged deal's mediator (as the keeper).
func (f *fixture) draw(t testing.TB, d *Deal) *Deal {
	t.Helper()
	must(t, f.WaitStep(PathStep{Name: "drawMediator", Wait: DrawBlocks}))
	_, err := f.m["keeper"].DrawMediator(f.ctx, f.deal(t, d.ID))
	must(t, err)
	return f.deal(t, d.ID)
}

// escrow is every party's escrow, free and locked, in base units.
type escrow map[string][2]*big.Int

func (f *fixture) escrow(t testing.TB) escrow {
	t.Helper()
	e := escrow{}
	for _, p := range parties {
		free, locked, err := f.m["keeper"].Escrow(f.ctx, f.addr[p])
		if err != nil {
			t.Fatal(err)
		}
		e[p] = [2]*big.Int{free, locked}
	}
	return e
}

// checkConservation: wallets plus escrow of every account equal the supply, and the
// Market holds exactly the sum of all escrow.
func (f *fixture) checkConservation(t testing.TB, more ...common.Address) {
	t.Helper()
	m := f.m["keeper"]
	all := append([]common.Address{KeyAddress(f.local.Deployer)}, more...)
	all = append(all, func() []common.Address {
		var a []common.Address
		for _, p := range parties {
			a = append(a, f.addr[p])
		}
		return a
	}()...)
	wallets, escrowed := new(big.Int), new(big.Int)
	for _, a := range all {
		w, err := m.TokenBalance(f.ctx, a)
		must(t, err)
		free, locked, err := m.Escrow(f.ctx, a)
		must(t, err)
		wallets.Add(wallets, w)
		escrowed.Add(escrowed, free).Add(escrowed, locked)
	}
	held, err := m.TokenBalance(f.ctx, f.local.Addrs.Market)
	must(t, err)
	if held.Cmp(escrowed) != 0 {
		t.Fatalf("Market holds %s but escrow sums to %s", held, escrowed)
	}
	if total := new(big.Int).Add(wallets, held); total.Cmp(Tokens(1_000_000)) != 0 {
		t.Fatalf("wallets + escrow = %s, want the supply", total)
	}
}

// checkOnlyBondsLocked: with every deal terminal, nothing is locked but the registry bonds
// (a solver's, and what is left of a mediator's).
func (f *fixture) checkOnlyBondsLocked(t testing.TB) {
	t.Helper()
	e := f.escrow(t)
	for _, p := range parties {
		roles, err := f.m[p].Roles(f.ctx, f.addr[p])
		must(t, err)
		mt, err := f.m[p].MediatorTerms(f.ctx, f.addr[p])
		must(t, err)
		want := new(big.Int).Set(mt.Bond)
		if roles&RoleSolver != 0 {
			want.Add(want, tok(bondAmt))
		}
		if e[p][1].Cmp(want) != 0 {
			t.Errorf("%s still has %s locked with every deal terminal", p, e[p][1])
		}
	}
}

// wantDelta checks each party's (free, locked) moved by the given whole-token amounts,
// plus solver-fee adjustments in base units.
func wantDelta(t testing.TB, before, after escrow, want map[string][2]*big.Int) {
	t.Helper()
	for _, p := range parties {
		d := want[p]
		for i, what := range []string{"free", "locked"} {
			exp := new(big.Int)
			if d[i] != nil {
				exp.Set(d[i])
			}
			got := new(big.Int).Sub(after[p][i], before[p][i])
			if got.Cmp(exp) != 0 {
				t.Errorf("%s %s moved by %s, want %s", p, what, got, exp)
			}
		}
	}
}

func tok(n int64) *big.Int { return Tokens(n) }

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func half(x *big.Int) *big.Int { return new(big.Int).Div(x, big.NewInt(2)) }

func TestEIP712DigestMatchesContract(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	job := f.job(t, func(j *matching.JobOffer) {
		j.Spec = matching.Spec{CPUMilli: 1, RAMMiB: 2, DiskMiB: 3, GPUs: 4, GPUVRAMMiB: 5}
		j.Mediators = []common.Address{f.addr["mediator"], f.addr["rp"]}
	})
	offer := f.offer(t, func(o *matching.ResourceOffer) {
		o.Modules = []common.Hash{matching.ModuleID("cowsay:v0.0.1"), matching.ModuleID("x")}
	})
	gotJob, err := f.m["jc"].OnChainJobHash(f.ctx, &job.Offer)
	must(t, err)
	if want := job.Offer.Hash(f.domain); gotJob != want {
		t.Fatalf("job digest: contract %s, Go %s", gotJob.Hex(), want.Hex())
	}
	gotOffer, err := f.m["jc"].OnChainOfferHash(f.ctx, &offer.Offer)
	must(t, err)
	if want := offer.Offer.Hash(f.domain); gotOffer != want {
		t.Fatalf("offer digest: contract %s, Go %s", gotOffer.Hex(), want.Hex())
	}
}

// TestEveryPath drives each path of the state machine (the same Paths `coophive bench gas`
// measures) and checks every party's escrow after each step, conservation, that a timeout
// before its window reverts, that nothing stays locked at the end, and that a terminal deal
// cannot be settled again.
func TestEveryPath(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	fee := f.params.SolverFee(tok(price))
	type delta = map[string][2]*big.Int
	paidRP := func(extra delta) delta {
		m := delta{
			"jc":     {tok(jcColl + medFee), neg(tok(price + jcColl + medFee))},
			"rp":     {sum(tok(rpResults+price), neg(fee)), neg(tok(rpResults))},
			"solver": {fee, nil},
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	want := map[string]delta{
		"submitResult":    {"rp": {sum(tok(rpTimeout), neg(tok(rpResults))), sum(tok(rpResults), neg(tok(rpTimeout)))}},
		"challengeResult": {},
		"drawMediator":    {},
		"acceptResult":    paidRP(nil),
		"timeoutJudge":    paidRP(nil),
		"timeoutSubmit":   {"jc": {tok(price + jcColl + medFee + rpTimeout), neg(tok(price + jcColl + medFee))}, "rp": {nil, neg(tok(rpTimeout))}},
		"mediateAccept":   paidRP(delta{"jc": {tok(jcColl), neg(tok(price + jcColl + medFee))}, "mediator": {tok(medFee), nil}}),
		"mediateReject": {"jc": {tok(price + jcColl + rpResults), neg(tok(price + jcColl + medFee))},
			"rp": {nil, neg(tok(rpResults))}, "mediator": {tok(medFee), nil}},
		"timeoutMediate": {"jc": {sum(tok(price+jcColl+medFee), half(tok(medFee))), neg(tok(price + jcColl + medFee))},
			"rp": {sum(tok(rpResults), half(tok(medFee))), neg(tok(rpResults))}, "mediator": {nil, neg(tok(medFee))}},
		"refuseDeal": {"jc": {tok(price + jcColl + medFee), neg(tok(price + jcColl + medFee))}, "rp": {tok(rpTimeout), neg(tok(rpTimeout))}},
	}
	for _, p := range Paths() {
		t.Run(p.Name, func(t *testing.T) {
			before := f.escrow(t)
			d := f.match(t)
			wantDelta(t, before, f.escrow(t), delta{"jc": {neg(tok(price + jcColl + medFee)), tok(price + jcColl + medFee)}, "rp": {neg(tok(rpTimeout)), tok(rpTimeout)}})
			for _, s := range p.Steps {
				if s.Wait > 0 {
					early := "WindowOpen"
					if s.Name == "drawMediator" {
						early = "DrawNotReady" // in the block right after the challenge
					}
					if _, err := s.Call(f.ctx, f.m[s.Party], d); !isRevert(err, early) {
						t.Fatalf("%s before its window passed: %v, want %s", s.Name, err, early)
					}
					must(t, f.WaitStep(s))
				}
				before = f.escrow(t)
				if _, err := s.Call(f.ctx, f.m[s.Party], d); err != nil {
					t.Fatalf("%s: %v", s.Name, err)
				}
				wantDelta(t, before, f.escrow(t), want[s.Name])
				d = f.deal(t, d.ID)
				f.checkConservation(t)
			}
			if d.State != p.End {
				t.Fatalf("path ended %s, want %s", d.State, p.End)
			}
			f.checkOnlyBondsLocked(t)
			for _, again := range []func() error{
				func() error { _, err := f.m["jc"].AcceptResult(f.ctx, d); return err },
				func() error { _, err := f.m["keeper"].Timeout(f.ctx, d); return err },
				func() error { _, err := f.m["mediator"].MediateReject(f.ctx, d); return err },
			} {
				if err := again(); err == nil {
					t.Fatal("a transition of a terminal deal succeeded")
				}
			}
		})
	}
}

func isRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

func TestMatchDealRejects(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	other, _ := crypto.GenerateKey()
	otherAddr := KeyAddress(other)
	okJob := func() *matching.SignedJob { return f.job(t, nil) }
	okOffer := func() *matching.SignedOffer { return f.offer(t, nil) }
	cases := []struct {
		name   string
		job    func() *matching.SignedJob
		offer  func() *matching.SignedOffer
		solver string
		revert string
	}{
		{"forged job signature", func() *matching.SignedJob {
			j := f.job(t, nil)
			j.Signature, _ = matching.Sign(j.Offer.Hash(f.domain), other)
			return j
		}, okOffer, "solver", "BadSignature"},
		{"altered job after signing", func() *matching.SignedJob {
			j := f.job(t, nil)
			j.Offer.MaxPrice = Tokens(50)
			return j
		}, okOffer, "solver", "BadSignature"},
		{"forged offer signature", okJob, func() *matching.SignedOffer {
			o := f.offer(t, nil)
			o.Signature, _ = matching.Sign(o.Offer.Hash(f.domain), other)
			return o
		}, "solver", "BadSignature"},
		{"expired offer", okJob, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.CreatedAt -= 100; o.ValidUntil = o.CreatedAt + 1 })
		}, "solver", "Expired"},
		{"expired job", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.CreatedAt -= 100; j.ValidUntil = j.CreatedAt + 1 })
		}, okOffer, "solver", "Expired"},
		{"price above maximum", okJob, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Price = Tokens(6) })
		}, "solver", "Incompatible"},
		{"not enough cpu", okJob, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Spec.CPUMilli = 500 })
		}, "solver", "Incompatible"},
		{"no shared mediator", okJob, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Mediators = []common.Address{otherAddr} })
		}, "solver", "Incompatible"},
		{"shared mediator not registered", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.Mediators = []common.Address{otherAddr} })
		}, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Mediators = []common.Address{otherAddr} })
		}, "solver", "Incompatible"},
		{"module not accepted", okJob, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Modules = []common.Hash{matching.ModuleID("sdxl:v0.2.9")} })
		}, "solver", "Incompatible"},
		{"solver not ranked before the open phase", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.Solvers = []common.Address{otherAddr}; j.SolverWindow = 3600 })
		}, okOffer, "solver", "SolverNotInWindow"},
		{"ranked but unregistered solver", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.Solvers = []common.Address{f.addr["keeper"]} })
		}, okOffer, "keeper", "NotRegistered"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.m[tc.solver].MatchDeal(f.ctx, tc.job(), tc.offer())
			if !isRevert(err, tc.revert) {
				t.Fatalf("matchDeal error = %v, want revert %s", err, tc.revert)
			}
		})
	}
}

func TestMatchDealReplayAndCapacity(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	job, offer := f.job(t, nil), f.offer(t, nil)
	if _, err := f.m["solver"].MatchDeal(f.ctx, job, offer); err != nil {
		t.Fatal(err)
	}
	if _, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(t, nil)); !isRevert(err, "DealExists") {
		t.Fatalf("replayed job: %v, want DealExists", err)
	}
	if _, err := f.m["solver"].MatchDeal(f.ctx, f.job(t, nil), offer); !isRevert(err, "CapacityExhausted") {
		t.Fatalf("offer over capacity: %v, want CapacityExhausted", err)
	}
	_, locked, _ := f.m["jc"].Escrow(f.ctx, f.addr["jc"])
	if locked.Cmp(Tokens(price+jcColl+medFee)) != 0 {
		t.Fatalf("JC locked %s after one deal", locked)
	}
}

// TestWrongPartyAndWrongState: every call from the wrong party or in the wrong state
// reverts with a named reason, and forged terms are refused.
func TestWrongPartyAndWrongState(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	agreed := f.match(t)
	submitted := f.match(t)
	_, err := f.m["rp"].SubmitResult(f.ctx, submitted, common.Hash{1})
	must(t, err)
	submitted = f.deal(t, submitted.ID)
	forged := *submitted
	forged.Price = Tokens(1)

	type call func(d *Deal) error
	by := func(p string, fn func(m *Market, d *Deal) error) call {
		return func(d *Deal) error { return fn(f.m[p], d) }
	}
	submitBy := func(p string) call {
		return by(p, func(m *Market, d *Deal) error { _, err := m.SubmitResult(f.ctx, d, common.Hash{2}); return err })
	}
	acceptBy := func(p string) call {
		return by(p, func(m *Market, d *Deal) error { _, err := m.AcceptResult(f.ctx, d); return err })
	}
	refuseBy := func(p string) call {
		return by(p, func(m *Market, d *Deal) error { _, err := m.RefuseDeal(f.ctx, d, "no"); return err })
	}
	challengeBy := func(p string) call {
		return by(p, func(m *Market, d *Deal) error { _, err := m.ChallengeResult(f.ctx, d); return err })
	}
	mediateBy := func(p string) call {
		return by(p, func(m *Market, d *Deal) error { _, err := m.MediateAccept(f.ctx, d); return err })
	}
	cases := []struct {
		name   string
		deal   *Deal
		call   call
		revert string
	}{
		{"JC submits", agreed, submitBy("jc"), "NotParty"},
		{"solver submits", agreed, submitBy("solver"), "NotParty"},
		{"accept before submit", agreed, acceptBy("jc"), "WrongState"},
		{"challenge before submit", agreed, challengeBy("jc"), "WrongState"},
		{"mediate before challenge", submitted, mediateBy("mediator"), "WrongState"},
		{"timeout submit too early", agreed, by("keeper", func(m *Market, d *Deal) error { _, err := m.TimeoutSubmit(f.ctx, d); return err }), "WindowOpen"},
		{"timeout judge in wrong state", agreed, by("keeper", func(m *Market, d *Deal) error { _, err := m.TimeoutJudge(f.ctx, d); return err }), "WrongState"},
		{"submit twice", submitted, submitBy("rp"), "WrongState"},
		{"JC refuses", agreed, refuseBy("jc"), "NotParty"},
		{"refuse after submit", submitted, refuseBy("rp"), "WrongState"},
		{"RP accepts", submitted, acceptBy("rp"), "NotParty"},
		{"mediator accepts as JC", submitted, acceptBy("mediator"), "NotParty"},
		{"RP challenges", submitted, challengeBy("rp"), "NotParty"},
		{"forged terms", &forged, acceptBy("jc"), "BadTerms"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(tc.deal); !isRevert(err, tc.revert) {
				t.Fatalf("got %v, want revert %s", err, tc.revert)
			}
		})
	}
	// Challenged: nobody rules or times out before the draw; the draw names the deal's own
	// mediators, from the second block after the challenge.
	_, err = f.m["jc"].ChallengeResult(f.ctx, submitted)
	must(t, err)
	undrawn := f.deal(t, submitted.ID)
	if err := mediateBy("mediator")(undrawn); !isRevert(err, "NotParty") {
		t.Fatalf("verdict before the draw: %v, want NotParty", err)
	}
	if _, err := f.m["keeper"].TimeoutMediate(f.ctx, undrawn); !isRevert(err, "NotDrawn") {
		t.Fatalf("timeout before the draw: %v, want NotDrawn", err)
	}
	if _, err := f.m["keeper"].DrawMediator(f.ctx, undrawn); !errors.Is(err, ErrDrawNotReady) {
		t.Fatalf("draw in the challenge's next block: %v, want DrawNotReady", err)
	}
	other := *undrawn
	other.Mediators = []common.Address{f.addr["keeper"]}
	if _, err := f.m["keeper"].DrawMediator(f.ctx, &other); !isRevert(err, "BadMediators") {
		t.Fatalf("draw naming other mediators: %v, want BadMediators", err)
	}
	challenged := f.draw(t, undrawn)
	if _, err := f.m["keeper"].DrawMediator(f.ctx, challenged); !isRevert(err, "AlreadyDrawn") {
		t.Fatalf("a second draw: %v, want AlreadyDrawn", err)
	}
	if challenged.Mediator != f.addr["mediator"] {
		t.Fatalf("drawn mediator %s", challenged.Mediator.Hex())
	}
	if err := mediateBy("jc")(challenged); !isRevert(err, "NotParty") {
		t.Fatalf("JC mediating: %v", err)
	}
	if err := by("mediator", func(m *Market, d *Deal) error { return m.RegisterMediator(f.ctx, SandboxMediatorTerms()) })(nil); !isRevert(err, "AlreadyRegistered") {
		t.Fatalf("double registration: %v", err)
	}
	f.wait(t, window+1)
	if err := mediateBy("mediator")(challenged); !isRevert(err, "WindowClosed") {
		t.Fatalf("late verdict: %v, want WindowClosed", err)
	}
	if _, err := f.m["jc"].Deal(f.ctx, common.Hash{9}); !errors.Is(err, ErrNoDeal) {
		t.Fatalf("unknown deal: %v, want ErrNoDeal", err)
	}
}

func TestEscrowAndRegistry(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	cases := []struct {
		name   string
		call   func() error
		revert string
	}{
		{"deposit zero", func() error { return f.m["jc"].Deposit(f.ctx, big.NewInt(0)) }, "ZeroAmount"},
		{"withdraw zero", func() error { return f.m["jc"].Withdraw(f.ctx, big.NewInt(0)) }, "ZeroAmount"},
		{"withdraw more than free", func() error { return f.m["jc"].Withdraw(f.ctx, Tokens(SandboxDeposit+1)) }, "InsufficientFunds"},
		{"withdraw the solver's bond", func() error { return f.m["solver"].Withdraw(f.ctx, Tokens(SandboxDeposit)) }, "InsufficientFunds"},
		{"register twice", func() error { return f.m["solver"].RegisterSolver(f.ctx) }, "AlreadyRegistered"},
		{"unregister an unknown role", func() error { return f.m["jc"].Unregister(f.ctx, 4) }, "NotRegistered"},
		{"unregister a role not held", func() error { return f.m["jc"].Unregister(f.ctx, RoleSolver) }, "NotRegistered"},
		{"self-deal", func() error {
			job := f.job(t, nil)
			offer, err := matching.NewSignedOffer(f.domain, f.offer(t, nil).Offer, f.keys["jc"])
			must(t, err)
			_, err = f.m["solver"].MatchDeal(f.ctx, job, offer)
			return err
		}, "Incompatible"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); !isRevert(err, tc.revert) {
				t.Fatalf("got %v, want revert %s", err, tc.revert)
			}
		})
	}
	// A mediator with an open mediation cannot leave; once it rules, it can, and its bond
	// comes back.
	d := f.match(t)
	_, err := f.m["rp"].SubmitResult(f.ctx, d, common.Hash{1})
	must(t, err)
	f.challenge(t, d)
	if err := f.m["mediator"].Unregister(f.ctx, RoleMediator); !isRevert(err, "MediationsOpen") {
		t.Fatalf("unregister during a mediation: %v", err)
	}
	_, err = f.m["mediator"].MediateAccept(f.ctx, f.deal(t, d.ID))
	must(t, err)
	must(t, f.m["keeper"].RegisterSolver(f.ctx))
	if got, _ := f.m["jc"].Solvers(f.ctx); len(got) != 2 || got[0] != f.addr["solver"] || got[1] != f.addr["keeper"] {
		t.Fatalf("registered solvers %v", got)
	}
	must(t, f.m["mediator"].Unregister(f.ctx, RoleMediator))
	must(t, f.m["solver"].Unregister(f.ctx, RoleSolver))
	if got, _ := f.m["jc"].Solvers(f.ctx); len(got) != 1 || got[0] != f.addr["keeper"] {
		t.Fatalf("registered solvers after one left %v", got)
	}
	e := f.escrow(t)
	for _, p := range []string{"solver", "mediator"} {
		if e[p][1].Sign() != 0 {
			t.Errorf("%s has %s locked after unregistering", p, e[p][1])
		}
	}
	if e["keeper"][1].Cmp(Tokens(bondAmt)) != 0 {
		t.Errorf("keeper's bond: %s locked", e["keeper"][1])
	}
	// An unregistered solver can no longer settle.
	if _, err := f.m["solver"].MatchDeal(f.ctx, f.job(t, nil), f.offer(t, nil)); !isRevert(err, "NotRegistered") {
		t.Fatalf("unregistered solver: %v", err)
	}
	f.checkConservation(t)
}

// TestEveryTransitionEmitsItsEvent runs every path and reads the deals' events back through
// the Follower: each deal shows exactly its transitions, in order.
func TestEveryTransitionEmitsItsEvent(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	start, err := f.local.Chain.Client().BlockNumber(f.ctx)
	must(t, err)
	for _, p := range Paths() {
		_, err := f.RunPath(f.ctx, p)
		must(t, err)
	}
	// Map each path's deal through its events.
	names := map[string][]string{
		"happy":            {EvDealMatched, EvResultSubmitted, EvResultAccepted},
		"challenge-accept": {EvDealMatched, EvResultSubmitted, EvResultChallenged, EvMediatorDrawn, EvMediationAccepted},
		"challenge-reject": {EvDealMatched, EvResultSubmitted, EvResultChallenged, EvMediatorDrawn, EvMediationRejected},
		"timeout-submit":   {EvDealMatched, EvSubmitTimedOut},
		"timeout-judge":    {EvDealMatched, EvResultSubmitted, EvJudgeTimedOut},
		"timeout-mediate":  {EvDealMatched, EvResultSubmitted, EvResultChallenged, EvMediatorDrawn, EvMediationTimedOut},
		"refuse":           {EvDealMatched, EvDealRefused},
	}
	got := map[common.Hash][]string{}
	var order []common.Hash
	fl := NewFollower(f.local.Chain.Client(), f.local.Addrs.Market, FollowerConfig{From: start}, nopLogger())
	head, _ := f.local.Chain.Client().BlockNumber(f.ctx)
	_, err = fl.Poll(f.ctx, start, func(ev Event) {
		if ev.Name == EvDealMatched {
			order = append(order, ev.DealID)
		}
		got[ev.DealID] = append(got[ev.DealID], ev.Name)
	})
	must(t, err)
	if len(order) != len(Paths()) {
		t.Fatalf("%d deals matched up to block %d, want %d", len(order), head, len(Paths()))
	}
	for i, p := range Paths() {
		if g := got[order[i]]; strings.Join(g, ",") != strings.Join(names[p.Name], ",") {
			t.Errorf("%s: events %v, want %v", p.Name, g, names[p.Name])
		}
	}
}

func nopLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// TestSilentMediatorIsSlashed: a mediator that lets its window pass loses the mediation fee
// from its bond (half to the JC, half to the RP) and leaves the registry, so no new deal can
// draw it; unregistering returns what is left, and it may register again with a full bond.
func TestSilentMediatorIsSlashed(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	d := f.match(t)
	_, err := f.m["rp"].SubmitResult(f.ctx, d, common.Hash{1})
	must(t, err)
	f.challenge(t, d)
	f.wait(t, window+1)
	before := f.escrow(t)
	_, err = f.m["keeper"].TimeoutMediate(f.ctx, f.deal(t, d.ID))
	must(t, err)
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{
		"jc":       {sum(tok(price+jcColl+medFee), half(tok(medFee))), neg(tok(price + jcColl + medFee))},
		"rp":       {sum(tok(rpResults), half(tok(medFee))), neg(tok(rpResults))},
		"mediator": {nil, neg(tok(medFee))},
	})
	f.checkConservation(t)
	mt, err := f.m["keeper"].MediatorTerms(f.ctx, f.addr["mediator"])
	must(t, err)
	left := mt.Bond
	roles, err := f.m["keeper"].Roles(f.ctx, f.addr["mediator"])
	must(t, err)
	if left.Cmp(tok(bondAmt-medFee)) != 0 || roles&RoleMediator != 0 {
		t.Fatalf("after the slash: bond %s, roles %b", left, roles)
	}
	if _, _, err := f.Match(f.ctx); !isRevert(err, "Incompatible") {
		t.Fatalf("a deal that could only draw the slashed mediator: %v, want Incompatible", err)
	}
	if err := f.m["mediator"].RegisterMediator(f.ctx, SandboxMediatorTerms()); !isRevert(err, "AlreadyRegistered") {
		t.Fatalf("registering again before taking the rest back: %v", err)
	}
	before = f.escrow(t)
	must(t, f.m["mediator"].Unregister(f.ctx, RoleMediator))
	wantDelta(t, before, f.escrow(t), map[string][2]*big.Int{"mediator": {tok(bondAmt - medFee), neg(tok(bondAmt - medFee))}})
	must(t, f.m["mediator"].RegisterMediator(f.ctx, SandboxMediatorTerms()))
	if _, _, err := f.Match(f.ctx); err != nil {
		t.Fatalf("a deal with the mediator registered again: %v", err)
	}
}

// TestTimeoutLandsInTheFirstValidBlock: a timeout asked for while the head is the window's
// last second is sent for the next block, where it is valid, instead of reverting WindowOpen
// against the head (as it did when gas was estimated there).
func TestTimeoutLandsInTheFirstValidBlock(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	d, _, err := f.Match(f.ctx)
	must(t, err)
	must(t, f.Wait(int64(d.SubmitWindow))) // the head is now exactly the window's end
	head, err := f.Now(f.ctx)
	must(t, err)
	if head != d.WindowEnd() {
		t.Fatalf("head at %d, window ends %d", head, d.WindowEnd())
	}
	r, err := f.m["keeper"].TimeoutSubmit(f.ctx, d)
	if err != nil {
		t.Fatalf("timeoutSubmit with the head at the window's end: %v", err)
	}
	h, err := f.local.Chain.Client().HeaderByNumber(f.ctx, r.BlockNumber)
	must(t, err)
	if h.Time != d.WindowEnd()+1 {
		t.Errorf("timeout landed at %d, the first valid block is at %d", h.Time, d.WindowEnd()+1)
	}
	got, err := f.m["keeper"].Deal(f.ctx, d.ID)
	must(t, err)
	if got.State != StateTimedOutSubmit {
		t.Errorf("deal is %s, want %s", got.State, StateTimedOutSubmit)
	}
}
