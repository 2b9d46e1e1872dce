package node

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// publishJobs signs and gossips n job offers from jc and returns them.
func publishJobs(t *testing.T, m *market, jc *Node, n int) []*matching.SignedJob {
	t.Helper()
	var jobs []*matching.SignedJob
	for i := 0; i < n; i++ {
		j, err := jc.signJob(m.ctx, Job{Module: "cowsay-wasm:v0.0.1", Inputs: map[string]string{"Message": "x"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := jc.publishJob(m.ctx, j); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
	}
	return jobs
}

// noDocker makes a node's runner wasm-only: the matching tests run no job, so they need no
// Docker engine (their jobs ask for the wasm cowsay).
func noDocker(c Config) Config {
	c.NoDocker = true
	return c
}

// settledBy waits until every job has a deal and returns each deal's solver and the time of
// its match block. Like a JC awaiting its deals, jc re-publishes the jobs not yet settled
// every republishJobEvery (gossip may miss a node, say while the mesh re-forms after peers
// left). When nothing settles for a while it moves the chain's clock on by advance (0:
// never), so that the next solver window opens without waiting for it.
func settledBy(t *testing.T, m *market, jc *Node, jobs []*matching.SignedJob, advance time.Duration) ([]common.Address, []uint64) {
	t.Helper()
	mk := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, nil)
	solvers, times := make([]common.Address, len(jobs)), make([]uint64, len(jobs))
	settled, lastProgress, lastPublished := 0, time.Now(), time.Now()
	defer func() {
		if settled < len(jobs) {
			t.Logf("%d of %d jobs settled", settled, len(jobs))
		}
	}()
	waitFor(t, 90*time.Second, func() bool {
		if time.Since(lastPublished) > republishJobEvery {
			republish(t, m, jc, jobs, solvers)
			lastPublished = time.Now()
		}
		if advance > 0 && time.Since(lastProgress) > 6*time.Second { // generous: a loaded machine is slow
			if err := m.local.Chain.AdjustTime(advance); err != nil {
				t.Fatal(err)
			}
			lastProgress = time.Now()
		}
		for i, j := range jobs {
			if solvers[i] != (common.Address{}) {
				continue
			}
			d, err := mk.Deal(m.ctx, j.Offer.Hash(jc.Domain()))
			if err != nil {
				return false
			}
			settled++
			lastProgress = time.Now()
			h, err := m.local.Chain.Client().HeaderByNumber(m.ctx, new(big.Int).SetUint64(d.MatchBlock))
			if err != nil {
				t.Fatal(err)
			}
			solvers[i], times[i] = d.Solver, h.Time
		}
		return true
	})
	return solvers, times
}

// republish re-gossips the jobs that have no solver yet.
func republish(t *testing.T, m *market, jc *Node, jobs []*matching.SignedJob, solvers []common.Address) {
	t.Helper()
	for i, j := range jobs {
		if solvers[i] != (common.Address{}) {
			continue
		}
		// the jc's own validator ignores a job whose deal has just landed
		if err := jc.republishJob(m.ctx, j); err != nil && !errors.Is(err, p2p.ErrIgnored) {
			t.Fatal(err)
		}
	}
}

// rankOf is a solver's rank in a job offer's list; the fourth (registered, unranked) solver
// comes after them all.
func rankOf(s common.Address, ranked []common.Address) int {
	for r, x := range ranked {
		if x == s {
			return r
		}
	}
	return matching.MaxSolvers
}

// TestRankedSolversFallBack: three ranked solvers and a fourth registered one. With all
// running, each job's rank-0 solver settles it; with one stopped, the jobs it ranked first go
// to their rank-1 solver, inside its window; with all three stopped, the fourth settles in
// the open phase. Every job settles exactly once, and none is lost.
func TestRankedSolversFallBack(t *testing.T) {
	const jobsPerSetting = 50
	names := []string{"s0", "s1", "s2", "s3", "rp", "jc"}
	m := newMarket(t, names...)
	ranked := map[common.Address]*Node{}
	var rankedAddrs []common.Address
	for _, s := range names[:4] {
		n := m.start(s, m.config(s, RoleSolver))
		if s != "s3" {
			ranked[n.Address()] = n
			rankedAddrs = append(rankedAddrs, n.Address())
		}
	}
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	rpCfg := noDocker(m.config("rp", RoleRP))
	rpCfg.faults.NeverSubmit = true           // only the matching matters here
	rpCfg.Offer.Capacity = 3 * jobsPerSetting // its deals never end: a slot for each
	rpCfg.Deposit = chain.Tokens(3 * jobsPerSetting * 2)
	m.start("rp", rpCfg)
	jcCfg := m.config("jc", RoleJC)
	jcCfg.Solvers = rankedAddrs // s3 is registered but never ranked
	// Every block moves the chain's clock on by at least a second, and a batch of 50 matches
	// takes 50 blocks: the windows must be longer than that. The test moves the clock on by a
	// window whenever the running solvers have settled all they may.
	jcCfg.Job.SolverWindow = 2 * time.Minute
	jcCfg.Job.ValidFor = 30 * time.Minute
	jcCfg.Job.MaxPrice, jcCfg.Job.Collateral = chain.Tokens(2), chain.Tokens(1)
	jc := m.start("jc", jcCfg)
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(3*3*jobsPerSetting)); err != nil {
		t.Fatal(err)
	}
	fourth := m.nodes["s3"].Address()
	stopped := map[common.Address]bool{}

	for setting, stop := range [][]string{{}, {"s0"}, {"s1", "s2"}} {
		for _, s := range stop {
			stopped[m.nodes[s].Address()] = true
			if err := m.nodes[s].Stop(); err != nil {
				t.Fatal(err)
			}
		}
		jobs := publishJobs(t, m, jc, jobsPerSetting)
		solvers, times := settledBy(t, m, jc, jobs, jcCfg.Job.SolverWindow)
		for i, j := range jobs {
			want, rank := fourth, matching.MaxSolvers // the open phase, unless a ranked solver runs
			for r, s := range j.Offer.Solvers {
				if !stopped[s] {
					want, rank = s, r
					break
				}
			}
			// The first live ranked solver settles it in its window; once that has passed, a
			// later live one may (a first one late on a loaded machine). Never a stopped one,
			// never one before its turn: the contract holds that.
			opens := j.Offer.CreatedAt + uint64(rank)*j.Offer.SolverWindow
			got := rankOf(solvers[i], j.Offer.Solvers)
			switch {
			case stopped[solvers[i]] || got < rank:
				t.Fatalf("setting %d job %d: settled by %s (rank %d), want %s (rank %d of %v)", setting, i, solvers[i].Hex(), got, want.Hex(), rank, j.Offer.Solvers)
			case times[i] < j.Offer.CreatedAt+uint64(got)*j.Offer.SolverWindow:
				t.Fatalf("setting %d job %d: rank %d settled at %d, before its window", setting, i, got, times[i])
			case got > rank && times[i] < opens+j.Offer.SolverWindow:
				t.Fatalf("setting %d job %d: rank %d settled at %d, inside rank %d's window [%d, %d)", setting, i, got, times[i], rank, opens, opens+j.Offer.SolverWindow)
			case got > rank:
				t.Logf("setting %d job %d: rank %d was late; rank %d settled it at %d", setting, i, rank, got, times[i])
			}
		}
		firsts := map[common.Address]int{}
		for i := range jobs {
			firsts[solvers[i]]++
		}
		if setting == 0 && len(firsts) != len(rankedAddrs) { // each first for about a third (never: (2/3)^50)
			t.Fatalf("the %d jobs were settled by %d solvers, want each of the %d ranked: the ranking must depend on the job", len(jobs), len(firsts), len(rankedAddrs))
		}
	}
}

// TestTwoSolversRaceOneSettles: two solvers both free to settle every job (the open phase
// from the start); each job settles once, and neither sends a transaction it could have
// known would revert.
func TestTwoSolversRaceOneSettles(t *testing.T) {
	m := newMarket(t, "a", "b", "rp", "jc")
	a := m.start("a", m.config("a", RoleSolver))
	b := m.start("b", m.config("b", RoleSolver))
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	rpCfg := noDocker(m.config("rp", RoleRP))
	rpCfg.faults.NeverSubmit = true
	rpCfg.Offer.Capacity = 20 // its deals never end: a slot for each
	m.start("rp", rpCfg)
	jcCfg := m.config("jc", RoleJC)
	jcCfg.Solvers = []common.Address{{0xde, 0xad}} // ranks nobody who runs
	jcCfg.Job.SolverWindow = time.Second           // the open phase starts 3 s in (0 takes the default)
	jc := m.start("jc", jcCfg)
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(200)); err != nil {
		t.Fatal(err)
	}
	start, _ := m.local.Chain.Client().BlockNumber(m.ctx)
	jobs := publishJobs(t, m, jc, 20)
	solvers, _ := settledBy(t, m, jc, jobs, 0)
	wins := map[common.Address]int{}
	for _, s := range solvers {
		wins[s]++
	}
	head, _ := m.local.Chain.Client().BlockNumber(m.ctx)
	sent, reverted := countTxs(t, m.ctx, m.local.Chain.Client(), start, head, a.Address(), b.Address())
	t.Logf("wins %v; solver transactions %d, reverted %d", wins, sent, reverted)
	if testtier.Race && sent-reverted == len(jobs) {
		// Under the race detector a match takes longer to be sent and mined than the second
		// solver's stagger (openPhaseStagger): the wasted transactions measure that, not a bug.
		return
	}
	if sent != len(jobs) || reverted != 0 {
		t.Fatalf("%d jobs took %d solver transactions, %d reverted", len(jobs), sent, reverted)
	}
}

// countTxs counts the transactions from the given senders in blocks [from, to], and how
// many of them reverted.
func countTxs(t *testing.T, ctx context.Context, b chain.Backend, from, to uint64, senders ...common.Address) (sent, reverted int) {
	t.Helper()
	is := map[common.Address]bool{}
	for _, s := range senders {
		is[s] = true
	}
	for n := from; n <= to; n++ {
		blk, err := b.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil || !is[sender] {
				continue
			}
			sent++
			r, err := b.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				reverted++
			}
		}
	}
	return sent, reverted
}

// TestSolverRebuildsBookAfterRestart: a restarted solver learns the live offers again from
// the providers' re-publications, with their use counts from the chain, and settles again.
func TestSolverRebuildsBookAfterRestart(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	solverCfg := m.config("solver", RoleSolver)
	solver := m.start("solver", solverCfg)
	m.start("mediator", m.config("mediator", RoleMediator))
	rp := m.start("rp", m.config("rp", RoleRP))
	jc := m.start("jc", m.config("jc", RoleJC))
	res, err := jc.runSettled(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "one"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := solver.Stop(); err != nil {
		t.Fatal(err)
	}
	solverCfg.Bootstrap = rp.Host().Addrs()
	again := m.start("solver2", solverCfg)
	waitFor(t, 15*time.Second, func() bool {
		again.solver.mu.Lock()
		defer again.solver.mu.Unlock()
		c, ok := again.solver.book.Get(res.Deal.OfferID)
		return ok && c.Used == 1
	})
	res2, err := jc.runSettled(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "two"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res2.Deal.State != chain.StateAccepted || res2.Deal.Solver != again.Address() {
		t.Fatalf("after the restart: deal %s by %s", res2.Deal.State, res2.Deal.Solver.Hex())
	}
}

// TestStoppedSolverIsNotRanked: three registered solvers, one stops. Once its record has
// lapsed (and a pull of it goes unanswered), the job creator ranks only the two live ones, so
// every next job is matched by its rank-0 solver inside the first window, instead of waiting
// out a dead solver's window first.
func TestStoppedSolverIsNotRanked(t *testing.T) {
	const jobs = 6
	names := []string{"s0", "s1", "s2", "rp", "jc"}
	m := newMarket(t, names...)
	for _, s := range names[:3] {
		m.start(s, m.config(s, RoleSolver))
	}
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	rpCfg := noDocker(m.config("rp", RoleRP))
	rpCfg.faults.NeverSubmit = true // only the matching matters here
	rpCfg.Offer.Capacity = jobs
	m.start("rp", rpCfg)
	jcCfg := m.config("jc", RoleJC)
	jcCfg.Solvers = nil // rank the registry's live solvers, as a JC does by default
	jcCfg.Job.SolverWindow = 2 * time.Minute
	jcCfg.Job.ValidFor = 30 * time.Minute
	jcCfg.Job.MaxPrice, jcCfg.Job.Collateral = chain.Tokens(2), chain.Tokens(1)
	jc := m.start("jc", jcCfg)
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(40)); err != nil {
		t.Fatal(err)
	}
	registered, err := jc.Market().Solvers(m.ctx)
	if err != nil || len(registered) != 3 {
		t.Fatalf("registered solvers %v (%v), want 3", registered, err)
	}
	dead := m.nodes["s2"] // not s0: the others bootstrapped from it
	waitFor(t, 60*time.Second, func() bool { return len(jc.liveSolvers(m.ctx, registered)) == 3 })
	if err := dead.Stop(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, func() bool {
		live := jc.liveSolvers(m.ctx, registered)
		return len(live) == 2 && !slices.Contains(live, dead.Address())
	})
	published := publishJobs(t, m, jc, jobs)
	solvers, times := settledBy(t, m, jc, published, 0)
	for i, j := range published {
		if slices.Contains(j.Offer.Solvers, dead.Address()) {
			t.Fatalf("job %d ranks the stopped solver: %v", i, j.Offer.Solvers)
		}
		if solvers[i] != j.Offer.Solvers[0] || times[i] >= j.Offer.CreatedAt+j.Offer.SolverWindow {
			t.Fatalf("job %d settled by %s at %d, want its rank-0 %s before %d", i, solvers[i].Hex(), times[i],
				j.Offer.Solvers[0].Hex(), j.Offer.CreatedAt+j.Offer.SolverWindow)
		}
	}
}
