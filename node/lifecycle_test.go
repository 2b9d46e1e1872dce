package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/matching"
)

// scenario starts solver, mediator and rp nodes (each config adjusted by tweak), runs one
// cowsay job from a jc node, and returns the market, the result and every party's holdings
// (wallet + escrow) before the job.
type scenario struct {
	m      *market
	nodes  map[string]*Node
	before map[string]*big.Int
	res    *JobResult
}

var roleOf = map[string]Role{"solver": RoleSolver, "mediator": RoleMediator, "rp": RoleRP, "jc": RoleJC}

func runScenario(t *testing.T, windows time.Duration, tweak map[string]func(*Config)) *scenario {
	t.Helper()
	return runScenarioWith(t, windows, tweak, nil)
}

// runScenarioWith is runScenario with the JC's progress reported to progress.
func runScenarioWith(t *testing.T, windows time.Duration, tweak map[string]func(*Config), progress Progress) *scenario {
	testtier.RunsJobs(t)
	t.Helper()
	s := &scenario{m: newMarket(t, "solver", "rp", "jc"), nodes: map[string]*Node{}, before: map[string]*big.Int{}}
	for _, name := range []string{"solver", "mediator", "rp", "jc"} {
		cfg := s.m.config(name, roleOf[name])
		cfg.Offer.SubmitWindow, cfg.Offer.JudgeWindow, cfg.Offer.MediateWindow = windows, windows, windows
		if f := tweak[name]; f != nil {
			f(&cfg)
		}
		s.nodes[name] = s.m.start(name, cfg)
	}
	s.before = s.m.snapshot()
	res, err := s.nodes["jc"].runSettled(s.m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, progress)
	if err != nil {
		t.Fatal(err)
	}
	s.res = res
	return s
}

// wantHoldings checks every party's change in holdings; amounts in base units.
func (s *scenario) wantHoldings(t *testing.T, want map[string]*big.Int) {
	t.Helper()
	s.m.wantGains(t, s.before, want)
}

// snapshot is every started node's holdings, by name.
func (m *market) snapshot() map[string]*big.Int {
	out := map[string]*big.Int{}
	for name, n := range m.nodes {
		out[name] = m.holdings(n.Address())
	}
	return out
}

// wantGains checks each node's change in holdings since before (by name; a name missing
// from want must not have moved), and that nothing stays locked but the registry bonds.
func (m *market) wantGains(t *testing.T, before, want map[string]*big.Int) {
	t.Helper()
	for name := range before {
		n := m.nodes[name]
		w := want[name]
		if w == nil {
			w = new(big.Int)
		}
		got := new(big.Int).Sub(m.holdings(n.Address()), before[name])
		if got.Cmp(w) != 0 {
			t.Errorf("%s holdings moved by %s, want %s", name, matching.FormatTokens(got), matching.FormatTokens(w))
		}
		_, locked, err := n.Market().Escrow(m.ctx, n.Address())
		if err != nil {
			t.Fatal(err)
		}
		mt, err := n.Market().MediatorTerms(m.ctx, n.Address())
		if err != nil {
			t.Fatal(err)
		}
		bonds := new(big.Int).Set(mt.Bond) // what is left of a mediator's
		if roles, err := n.Market().Roles(m.ctx, n.Address()); err == nil && roles&chain.RoleSolver != 0 {
			bonds.Add(bonds, m.params().Bond)
		}
		if locked.Cmp(bonds) != 0 {
			t.Errorf("%s has %s locked after the deal ended, bonds %s", name, matching.FormatTokens(locked), matching.FormatTokens(bonds))
		}
	}
}

func (s *scenario) wantState(t *testing.T, want chain.State) *chain.Deal {
	t.Helper()
	if s.res.Deal.State != want {
		t.Fatalf("deal ended %s, want %s", s.res.Deal.State, want)
	}
	return s.res.Deal
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func half(x *big.Int) *big.Int { return new(big.Int).Div(x, big.NewInt(2)) }

func add(xs ...*big.Int) *big.Int {
	out := new(big.Int)
	for _, x := range xs {
		out.Add(out, x)
	}
	return out
}

func TestWrongResultIsCaughtByMediation(t *testing.T) {
	s := runScenario(t, 20*time.Second, map[string]func(*Config){
		"rp": func(c *Config) { c.faults.WrongResult = true },
		"jc": func(c *Config) { c.MediationChance = 1 }, // the wrong result hashes consistently: only a spot-check catches it
	})
	d := s.wantState(t, chain.StateMediationRejected)
	if d.Mediator != s.nodes["mediator"].Address() {
		t.Fatalf("mediator %s", d.Mediator.Hex())
	}
	fee := d.MediationFee
	s.wantHoldings(t, map[string]*big.Int{
		"jc":       add(d.RPResultsCollateral, neg(fee)), // made whole, compensated, pays the mediator
		"rp":       neg(d.RPResultsCollateral),
		"mediator": fee,
	})
}

func TestHonestResultChallengedIsAccepted(t *testing.T) {
	s := runScenario(t, 20*time.Second, map[string]func(*Config){
		"jc": func(c *Config) { c.MediationChance = 1 },
	})
	d := s.wantState(t, chain.StateMediationAccepted)
	p := s.m.params()
	s.wantHoldings(t, map[string]*big.Int{
		"jc":       neg(add(d.Price, d.MediationFee)),
		"rp":       add(d.Price, neg(p.SolverFee(d.Price))),
		"solver":   p.SolverFee(d.Price),
		"mediator": d.MediationFee,
	})
	if string(s.res.Stdout) == "" {
		t.Fatal("the JC got no stdout")
	}
}

func TestMissingResultTimesOut(t *testing.T) {
	s := runScenario(t, 3*time.Second, map[string]func(*Config){
		"rp": func(c *Config) { c.faults.NeverSubmit = true },
	})
	d := s.wantState(t, chain.StateTimedOutSubmit)
	s.wantHoldings(t, map[string]*big.Int{
		"jc": d.RPTimeoutCollateral,
		"rp": neg(d.RPTimeoutCollateral),
	})
}

func TestSilentJCTimesOutAndRPIsPaid(t *testing.T) {
	s := runScenario(t, 3*time.Second, map[string]func(*Config){
		"jc": func(c *Config) { c.faults.NeverJudge = true },
		"rp": func(c *Config) { c.Offer.SubmitWindow = 30 * time.Second }, // time to run on a busy machine
	})
	d := s.wantState(t, chain.StateAccepted)
	p := s.m.params()
	s.wantHoldings(t, map[string]*big.Int{
		"jc":     neg(d.Price),
		"rp":     add(d.Price, neg(p.SolverFee(d.Price))),
		"solver": p.SolverFee(d.Price),
	})
}

func TestSilentMediatorTimesOutAndRefundsAll(t *testing.T) {
	s := runScenario(t, 3*time.Second, map[string]func(*Config){
		"jc":       func(c *Config) { c.MediationChance = 1 },
		"mediator": func(c *Config) { c.faults.NeverMediate = true },
		"rp":       func(c *Config) { c.Offer.SubmitWindow = 30 * time.Second }, // time to run on a busy machine
	})
	fee := s.wantState(t, chain.StateTimedOutMediate).MediationFee // slashed from the silent mediator's bond, half to each party
	s.wantHoldings(t, map[string]*big.Int{"jc": half(fee), "rp": add(fee, neg(half(fee))), "mediator": neg(fee)})
	// The slashed mediator left the registry; started again, it takes the rest of its bond
	// back and registers with a full one.
	med := s.nodes["mediator"]
	if roles, err := med.Market().Roles(s.m.ctx, med.Address()); err != nil || roles&chain.RoleMediator != 0 {
		t.Fatalf("the silent mediator is still registered (roles %b, %v)", roles, err)
	}
	if err := med.Stop(); err != nil {
		t.Fatal(err)
	}
	again := s.m.start("mediator-again", s.m.config("mediator", RoleMediator))
	mt, err := again.Market().MediatorTerms(s.m.ctx, again.Address())
	if err != nil || mt.Bond.Cmp(s.m.params().Bond) != 0 {
		t.Fatalf("registered again with bond %s (%v), want %s", mt.Bond, err, s.m.params().Bond)
	}
}

// TestRPRestartFinishesTheDeal stops the RP after the match, before it submits, and starts
// it again from its data dir: it resumes the deal from its store and the deal is Accepted.
func TestRPRestartFinishesTheDeal(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	rpCfg := m.config("rp", RoleRP)
	rpCfg.faults.NeverSubmit = true // stands for "killed before it could submit"
	rp := m.start("rp", rpCfg)
	jc := m.start("jc", m.config("jc", RoleJC))
	before := m.snapshot()

	done := make(chan *JobResult, 1)
	go func() {
		res, err := jc.runSettled(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "restarted"}}, nil)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	var deal common.Hash
	waitFor(t, 30*time.Second, func() bool {
		ids, _ := rp.store.followed()
		if len(ids) == 1 {
			deal = ids[0]
		}
		return len(ids) == 1
	})
	if err := rp.Stop(); err != nil {
		t.Fatal(err)
	}
	rpCfg.faults.NeverSubmit = false
	rpCfg.Bootstrap = m.nodes["solver"].Host().Addrs()
	m.start("rp2", rpCfg)
	res := <-done
	if res == nil || res.Deal.ID != deal || res.Deal.State != chain.StateAccepted || string(res.Stdout) == "" {
		t.Fatalf("after the restart: %+v", res)
	}
	fee := m.params().SolverFee(res.Deal.Price)
	m.wantGains(t, before, map[string]*big.Int{"rp": add(res.Deal.Price, neg(fee)), "jc": neg(res.Deal.Price), "solver": fee})
}

// TestNoMatchSaysWhy: a job no offer can serve (its maximum price is below every offer's
// price) is re-signed once, then gives up with the solver's reasons.
func TestNoMatchSaysWhy(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	m.start("rp", m.config("rp", RoleRP))
	cfg := m.config("jc", RoleJC)
	cfg.Job.MaxPrice = chain.Tokens(1) // the RP asks 2
	cfg.Job.ValidFor = 3 * time.Second
	jc := m.start("jc", cfg)
	var stages []string
	_, err := jc.RunJob(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "too cheap"}}, func(stage, _ string) {
		stages = append(stages, stage)
	})
	var nm *NoMatchError
	if !errors.As(err, &nm) {
		t.Fatalf("RunJob: %v, want a NoMatchError", err)
	}
	if strings.Join(stages, " ") != "published retry published" {
		t.Fatalf("progress %v", stages)
	}
	if len(nm.Answers) != 1 || !nm.Answers[0].Known || len(nm.Answers[0].Nearest) != 1 {
		t.Fatalf("answers %+v", nm.Answers)
	}
	miss := nm.Answers[0].Nearest[0].Misses
	if len(miss) != 1 || miss[0].Reason != matching.ReasonPrice || !strings.Contains(err.Error(), "above the maximum") {
		t.Fatalf("reasons %+v; error %v", miss, err)
	}
}

// TestWasmJobOnAnRPWithoutDocker: an RP without Docker offers only wasm modules; the wasm
// cowsay settles on it, and a docker job finds no deal because the module is not accepted.
func TestWasmJobOnAnRPWithoutDocker(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	rpCfg := m.config("rp", RoleRP)
	rpCfg.NoDocker = true
	m.start("rp", rpCfg)
	jcCfg := m.config("jc", RoleJC)
	jcCfg.Job.ValidFor, jcCfg.Job.Retries = 3*time.Second, 0
	jc := m.start("jc", jcCfg)
	res, err := jc.runSettled(m.ctx, Job{Module: "cowsay-wasm:v0.0.1", Inputs: map[string]string{"Message": "no docker here"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Deal.State != chain.StateAccepted || !strings.Contains(string(res.Stdout), "< no docker here >") {
		t.Fatalf("deal %s stdout %q", res.Deal.State, res.Stdout)
	}
	_, err = jc.RunJob(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "needs docker"}}, nil)
	var nm *NoMatchError
	if !errors.As(err, &nm) || len(nm.Answers) == 0 || len(nm.Answers[0].Nearest) == 0 ||
		nm.Answers[0].Nearest[0].Misses[0].Reason != matching.ReasonModule {
		t.Fatalf("docker job on a wasm-only market: %v", err)
	}
}

// TestJCRestartJudgesTheDeal stops the JC (its RunJob with it) once the deal is matched, and
// starts it again from its data dir: its deal watcher resumes the deal and accepts the
// result itself (ResultAccepted), long before the judge window would pay the RP. The first
// JC is silent (a fault), so only the restarted one can have judged.
func TestJCRestartJudgesTheDeal(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	rpCfg := m.config("rp", RoleRP)
	rpCfg.Offer.JudgeWindow = time.Hour // a judge timeout would take an hour
	m.start("rp", rpCfg)
	jcCfg := m.config("jc", RoleJC)
	jcCfg.faults.NeverJudge = true
	jc := m.start("jc", jcCfg)
	ctx, cancel := context.WithCancel(m.ctx)
	go func() {
		_, _ = jc.RunJob(ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "judged later"}}, func(stage, _ string) {
			if stage == "matched" {
				cancel() // the JC goes away before the result comes
			}
		})
	}()
	var deal common.Hash
	waitFor(t, 30*time.Second, func() bool {
		ids, _ := jc.store.followed()
		if len(ids) == 1 {
			deal = ids[0]
		}
		return len(ids) == 1 && ctx.Err() != nil
	})
	if err := jc.Stop(); err != nil {
		t.Fatal(err)
	}
	jcCfg.Bootstrap = m.nodes["solver"].Host().Addrs()
	jcCfg.faults.NeverJudge, jcCfg.Logger = false, testLogger("jc2")
	jc2 := m.start("jc2", jcCfg)
	var d *chain.Deal
	waitFor(t, time.Minute, func() bool {
		d, _ = jc2.Market().Deal(m.ctx, deal)
		return d != nil && d.State.Terminal()
	})
	if d.State != chain.StateAccepted {
		t.Fatalf("deal ended %s", d.State)
	}
	var names []string
	fctx, fcancel := context.WithTimeout(m.ctx, 2*time.Second)
	defer fcancel()
	_ = chain.NewFollower(m.local.Chain.Client(), m.local.Addrs.Market, chain.FollowerConfig{}, testLogger("follower")).
		Run(fctx, func(ev chain.Event) {
			if ev.DealID == deal {
				names = append(names, ev.Name)
			}
		}, nil)
	if strings.Join(names, ",") != "DealMatched,ResultSubmitted,ResultAccepted" {
		t.Fatalf("deal events %v: want the JC's own acceptance", names)
	}
}

// TestJCGivesUpFetchingInsideTheJudgeWindow: a JC whose provider is gone (killed after it
// submitted) stops trying to fetch the result a margin before the judge window ends, so that
// its challenge still lands in the window. It once tried for a fixed 30 s, and a 20 s judge
// window had the keeper's judge timeout pay the provider for a result the JC never got
// (TestChaos found it).
func TestJCGivesUpFetchingInsideTheJudgeWindow(t *testing.T) {
	m := newMarket(t, "jc")
	jc := m.start("jc", m.config("jc", RoleJC))
	head, err := m.local.Chain.Client().HeaderByNumber(m.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := &chain.Deal{ID: common.Hash{1}, State: chain.StateResultsSubmitted, StateAt: max(head.Time, uint64(time.Now().Unix()))}
	d.RP, d.JudgeWindow = common.Address{2}, 10 // a provider never seen on the mesh
	start := time.Now()
	_, err = jc.fetchResult(m.ctx, d)
	took := time.Since(start)
	if err == nil {
		t.Fatal("fetched a result from no provider")
	}
	if took > 9*time.Second || took < 4*time.Second {
		t.Fatalf("gave up after %s (%v), want about 8 s: a margin before the 10 s judge window ends", took, err)
	}
}

// TestNodeStateStaysBounded runs several deals to their end and checks that no node keeps
// anything per deal afterwards: not in its store, its chain client's terms cache, its deal
// watcher, its solver's pending jobs or its JC's judging set.
func TestNodeStateStaysBounded(t *testing.T) {
	const jobs = 5
	s := runScenario(t, 20*time.Second, nil) // one deal, and the nodes
	var wg sync.WaitGroup
	for i := 0; i < jobs-1; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.nodes["jc"].runSettled(s.m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": fmt.Sprint("moo ", i)}}, nil)
			if err != nil || res.Deal.State != chain.StateAccepted {
				t.Errorf("job %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	for name, n := range s.nodes {
		waitFor(t, 30*time.Second, func() bool {
			n.deals.mu.Lock()
			defer n.deals.mu.Unlock()
			return len(n.deals.deal) == 0 && len(n.deals.busy) == 0
		})
		storedJobs, storedDeals, err := n.store.size()
		if err != nil || storedJobs != 0 || storedDeals != 0 {
			t.Errorf("%s: store holds %d jobs and %d deals after every deal ended (%v)", name, storedJobs, storedDeals, err)
		}
		if c := n.Market().CachedTerms(); c != 0 {
			t.Errorf("%s: %d deals' terms cached after every deal ended", name, c)
		}
		if settled := n.validators.SettledLen(); settled > jobs {
			t.Errorf("%s: %d settled jobs remembered for %d deals", name, settled, jobs)
		}
		judging := 0
		n.ownJudging.Range(func(any, any) bool { judging++; return true })
		if judging != 0 {
			t.Errorf("%s: %d deals still marked as judged by a RunJob", name, judging)
		}
	}
	sv := s.nodes["solver"].solver
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if len(sv.pending) != 0 || len(sv.byJC) != 0 || len(sv.resolving) != 0 {
		t.Errorf("solver: %d pending jobs, %d creators, %d offers resolving", len(sv.pending), len(sv.byJC), len(sv.resolving))
	}
}

// TestJCGivesUpThenWaits: a RunJob whose context ends after the match says the deal's state,
// when its window ends and how to resume; WaitJob then judges the result and returns it.
func TestJCGivesUpThenWaits(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	rpCfg := m.config("rp", RoleRP)
	rpCfg.Offer.JudgeWindow = time.Hour // only the JC's own accept ends it soon
	m.start("rp", rpCfg)
	jc := m.start("jc", m.config("jc", RoleJC))
	before := m.snapshot()
	ctx, cancel := context.WithCancel(m.ctx)
	_, err := jc.RunJob(ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "back again"}}, func(stage, _ string) {
		if stage == "matched" {
			cancel()
		}
	})
	var gu *GaveUpError
	if !errors.As(err, &gu) || gu.Deal == nil || gu.Deal.State.Terminal() ||
		!strings.Contains(err.Error(), "coophive wait "+gu.ID.Hex()) || !strings.Contains(err.Error(), "window ends at") {
		t.Fatalf("RunJob gave up with %v", err)
	}
	res, err := jc.waitSettled(m.ctx, gu.ID, nil)
	if err != nil || res.Deal.State != chain.StateAccepted || !strings.Contains(string(res.Stdout), "< back again >") {
		t.Fatalf("WaitJob: %v, %+v", err, res)
	}
	fee := m.params().SolverFee(res.Deal.Price)
	m.wantGains(t, before, map[string]*big.Int{"jc": neg(res.Deal.Price), "rp": add(res.Deal.Price, neg(fee)), "solver": fee})
	// Waiting again on the settled deal (judged already, as when a restarted node's deal
	// watcher judged it first) still shows the result paid for.
	if res, err := jc.WaitJob(m.ctx, gu.ID, nil); err != nil || !strings.Contains(string(res.Stdout), "< back again >") || res.Archive == nil {
		t.Fatalf("WaitJob on the settled deal: %v, stdout %q", err, res.Stdout)
	}
	if _, err := m.nodes["rp"].WaitJob(m.ctx, gu.ID, nil); err == nil || !strings.Contains(err.Error(), "not this key's") {
		t.Fatalf("another key waited on the JC's deal: %v", err)
	}
}
