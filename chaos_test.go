package main

import (
	"context"
	"fmt"
	"math/big"
	"math/bits"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
)

// chaosJobs is how many `coophive run` processes TestChaos starts, each from its own key.
const chaosJobs = 20

// chaosProc is a process of TestChaos: a node, a `run` or a `wait`.
type chaosProc struct {
	name  string
	cmd   *exec.Cmd
	out   *lockedBuffer // stdout
	err   *lockedBuffer // stderr
	done  chan struct{}
	exit  error
	ended time.Time
}

func startChaosProc(t *testing.T, ctx context.Context, name string, env []string, args ...string) *chaosProc {
	t.Helper()
	p := &chaosProc{name: name, out: &lockedBuffer{}, err: &lockedBuffer{}, done: make(chan struct{})}
	p.cmd = exec.CommandContext(ctx, binary, args...)
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.err
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	go func() {
		p.exit = p.cmd.Wait()
		p.ended = time.Now()
		close(p.done)
	}()
	t.Cleanup(func() {
		if !p.finished() {
			_ = p.cmd.Process.Signal(os.Interrupt)
			select {
			case <-p.done:
			case <-time.After(10 * time.Second):
				_ = p.cmd.Process.Kill()
				<-p.done
			}
		}
		if t.Failed() {
			t.Logf("%s (%v):\n%s%s", name, p.exit, p.out.String(), tail(p.err.String(), 4000))
		}
	})
	return p
}

func (p *chaosProc) finished() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill9 sends SIGKILL and waits for the process to end.
func (p *chaosProc) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %s: %v", p.name, err)
	}
	<-p.done
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// withEnv is base with each KEY=VALUE of over replacing the same key's.
func withEnv(base []string, over ...string) []string {
	out := append([]string{}, base...)
	return append(out, over...) // exec uses the last value of a duplicated key
}

var (
	matchedRE = regexp.MustCompile(`(?m)^matched\s+deal (0x[0-9a-f]{64}) with provider (0x[0-9a-fA-F]{40})`)
	runningRE = regexp.MustCompile(`node (0x[0-9a-fA-F]{40}) running as`)
)

// chaosJob is one job of TestChaos: its `run` process, and the `wait` that resumes it if the
// run was killed.
type chaosJob struct {
	i         int
	key, dir  string
	msg       string
	run, wait *chaosProc
	deal      common.Hash
	rp        common.Address
	killedAt  time.Time
	// started and matchedAt: the run's start and when the test saw its match
	started, matchedAt time.Time
}

// TestChaos is a market under failures, through the binary on loopback: the devnet (its
// solver, mediator+keeper and RP, capacity 3), two more RPs (capacity 3, 30 s submit window)
// and one more solver as `coophive node` processes, and 20 `coophive run` processes, each its
// own job creator. While the jobs run it SIGKILLs an RP holding a deal, the extra solver, and
// two `run` processes after their match (resumed with `coophive wait DEAL_ID`). At the end
// every deal is terminal, the tokens are all accounted for, nothing is locked but bonds, the
// killed RP's open deals were refunded by the submit timeout, and at least 17 jobs were paid
// (or, at most 2 of them, refused by an RP that found no free slot for the match).
func TestChaos(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	t0 := time.Now()
	// 1 s blocks: the chain's clock keeps to the wall clock (faster blocks each add a second
	// to it), so the windows below are the seconds they say.
	devEnv, devDir, devLog := startDevnetWith(t, ctx, []string{"--extra-keys", fmt.Sprint(chaosJobs + 3), "--rp-capacity", "3", "--block-period", "1s"})
	keysTxt, err := os.ReadFile(filepath.Join(devDir, "keys.txt"))
	if err != nil {
		t.Fatal(err)
	}
	keys := strings.Fields(string(keysTxt))
	if len(keys) != chaosJobs+3 {
		t.Fatalf("keys.txt has %d keys", len(keys))
	}
	if !regexp.MustCompile(`node=rp.*slots=3|slots=3.*node=rp`).MatchString(devLog.String()) {
		t.Errorf("the devnet's RP does not offer 3 slots:\n%s", devLog.String())
	}
	env := append(os.Environ(), devEnv...)
	cl, mk := chaosChain(t, ctx, devEnv)
	supplyBefore := tokenSupply(t, ctx, cl, devEnv)
	chaosStarted := time.Now()

	// Two more RPs and one more solver, each its own process with a funded key.
	node := func(name, key string, args ...string) (*chaosProc, common.Address) {
		p := startChaosProc(t, ctx, name, withEnv(env, "WEB3_PRIVATE_KEY="+key),
			append([]string{"node", "--data-dir", t.TempDir(), "--listen", "/ip4/127.0.0.1/udp/0/quic-v1"}, args...)...)
		return p, addressOfKey(t, key)
	}
	rpArgs := []string{"--role", "rp", "--offer-capacity", "3", "--submit-window", "30s", "--judge-window", "20s"}
	rpA, rpAAddr := node("rp-a", keys[0], rpArgs...)
	rpB, rpBAddr := node("rp-b", keys[1], rpArgs...)
	solver2, solver2Addr := node("solver-2", keys[2], "--role", "solver")
	for _, p := range []*chaosProc{rpA, rpB, solver2} {
		for !runningRE.MatchString(p.out.String()) {
			if p.finished() || ctx.Err() != nil {
				t.Fatalf("%s did not start: %v\n%s", p.name, p.exit, p.err.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	extraRPs := map[common.Address]*chaosProc{rpAAddr: rpA, rpBAddr: rpB}
	t.Logf("nodes up %.1fs after the test began (devnet %.1fs)", time.Since(t0).Seconds(), chaosStarted.Sub(t0).Seconds())

	// 20 job creators, one process each, started 300 ms apart: ten, then, once the extra
	// solver is dead, ten more. They rank both solvers (SERVICE_SOLVERS), so about half the
	// jobs have the dead one first and must fall back to the next: a fresh `run` cannot tell
	// a dead solver from a quiet one (it has heard too few capability records).
	jcEnv := withEnv(env, "SERVICE_SOLVERS="+envOf(devEnv, "SERVICE_SOLVERS")+","+solver2Addr.Hex())
	jobsStart := time.Now()
	var jobs []*chaosJob
	var nextStart time.Time
	startRun := func() {
		j := &chaosJob{i: len(jobs), key: keys[3+len(jobs)], dir: t.TempDir(), msg: fmt.Sprintf("chaos job %d", len(jobs)), started: time.Now()}
		j.run = startChaosProc(t, ctx, fmt.Sprintf("run %d", j.i), withEnv(jcEnv, "WEB3_PRIVATE_KEY="+j.key),
			"run", "cowsay:v0.0.1", "-i", "Message="+j.msg, "--data-dir", j.dir)
		jobs = append(jobs, j)
		nextStart = time.Now().Add(300 * time.Millisecond)
	}

	// The chaos, driven by what the runs print: the first extra RP that gets a deal is
	// SIGKILLed at once (mid-job); the runs of the next two matches elsewhere are SIGKILLed and
	// resumed 2 s later with `coophive wait`; after four matches the extra solver is SIGKILLed.
	var (
		killedRP          common.Address
		killedRPAt        time.Time
		openAtKill        = map[common.Hash]chain.State{}
		jcKills, nMatch   int
		solverKilledBlock uint64
	)
	for {
		if len(jobs) < chaosJobs && (len(jobs) < chaosJobs/2 || solverKilledBlock > 0) && time.Now().After(nextStart) {
			startRun()
		}
		allDone := len(jobs) == chaosJobs
		for _, j := range jobs {
			if j.deal == (common.Hash{}) {
				if m := matchedRE.FindStringSubmatch(j.run.err.String()); m != nil {
					j.deal, j.rp, j.matchedAt = common.HexToHash(m[1]), common.HexToAddress(m[2]), time.Now()
					nMatch++
					switch {
					case killedRP == (common.Address{}) && extraRPs[j.rp] != nil:
						extraRPs[j.rp].kill9(t)
						killedRP, killedRPAt = j.rp, time.Now()
						for _, id := range dealsOf(t, ctx, cl, devEnv, killedRP) {
							d, err := mk.Deal(ctx, id)
							if err != nil {
								t.Fatal(err)
							}
							openAtKill[id] = d.State
						}
						t.Logf("%.1fs: kill -9 %s (%s), holding deals %v", time.Since(jobsStart).Seconds(), extraRPs[j.rp].name, j.rp.Hex(), openAtKill)
					case jcKills < 2 && j.rp != killedRP:
						j.run.kill9(t)
						j.killedAt = time.Now()
						jcKills++
						t.Logf("%.1fs: kill -9 run %d after its match (deal %s)", time.Since(jobsStart).Seconds(), j.i, j.deal.Hex())
					}
					if nMatch == 4 {
						solver2.kill9(t)
						if solverKilledBlock, err = cl.BlockNumber(ctx); err != nil {
							t.Fatal(err)
						}
						t.Logf("%.1fs: kill -9 solver-2 (%s)", time.Since(jobsStart).Seconds(), solver2Addr.Hex())
					}
				}
			}
			if !j.killedAt.IsZero() && j.wait == nil && time.Since(j.killedAt) > 2*time.Second {
				j.wait = startChaosProc(t, ctx, fmt.Sprintf("wait %d", j.i), withEnv(env, "WEB3_PRIVATE_KEY="+j.key),
					"wait", j.deal.Hex(), "--data-dir", j.dir)
			}
			if !j.run.finished() || (!j.killedAt.IsZero() && (j.wait == nil || !j.wait.finished())) {
				allDone = false
			}
		}
		if allDone {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("jobs still running when the test's time ran out")
		}
		time.Sleep(100 * time.Millisecond)
	}
	wall := time.Since(t0)
	if killedRP == (common.Address{}) {
		t.Errorf("no deal went to either extra RP: nothing was killed mid-job")
	}
	if jcKills != 2 {
		t.Errorf("killed %d runs after their match, want 2", jcKills)
	}
	if solverKilledBlock == 0 {
		t.Errorf("the extra solver was never killed (%d matches)", nMatch)
	}

	// Every deal, read from the chain, is terminal; count the outcomes per job.
	states := map[chain.State]int{}
	bySolver := map[common.Address]int{}
	deals := map[common.Hash]*chain.Deal{}
	for _, id := range dealsOf(t, ctx, cl, devEnv, common.Address{}) {
		d, err := mk.Deal(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		deals[id] = d
		states[d.State]++
		bySolver[d.Solver]++
		if !d.State.Terminal() {
			t.Errorf("deal %s (rp %s) is %s", id.Hex(), d.RP.Hex(), d.State)
		}
	}
	var paid, refunded, unmatched int
	var firstResult, lastResult time.Duration
	for _, j := range jobs {
		d := deals[j.deal]
		if d == nil {
			unmatched++
			t.Logf("run %d made no deal: %v\n%s", j.i, j.run.exit, tail(j.run.err.String(), 2000))
			continue
		}
		last := j.run
		if j.wait != nil {
			last = j.wait
		}
		evs := dealEvents(t, ctx, cl, devEnv, j.deal)
		switch d.State {
		case chain.StateAccepted, chain.StateMediationAccepted:
			paid++
			// A result the JC never fetched (its provider died after submitting, a mediator
			// confirmed it) pays the provider, but there is no output to show.
			fetched := d.State == chain.StateAccepted || strings.Contains(last.err.String(), "fetched ")
			if last.exit != nil || (fetched && !strings.Contains(last.out.String(), j.msg)) {
				t.Errorf("%s: deal %s, but the process ended %v with stdout %q", last.name, d.State, last.exit, last.out.String())
			}
			at := last.ended.Sub(jobsStart)
			if firstResult == 0 || at < firstResult {
				firstResult = at
			}
			lastResult = max(lastResult, at)
		default:
			refunded++
			if last.exit == nil {
				t.Errorf("%s ended 0 for a deal that is %s", last.name, d.State)
			}
		}
		if d.RP == killedRP {
			// What the killed RP had not submitted, the submit timeout refunds; what it had
			// (its transaction may land just after the kill), the JC fetches or, failing that,
			// challenges inside the judge window and a mediator confirms.
			ok := d.State == chain.StateTimedOutSubmit
			if strings.Contains(evs, "ResultSubmitted") {
				ok = d.State == chain.StateAccepted || d.State == chain.StateMediationAccepted
			}
			if !ok {
				t.Errorf("deal %s of the killed RP is %s after %s, want TimedOutSubmit (refunded by the submit timeout)", j.deal.Hex(), d.State, evs)
			}
		}
		if j.wait != nil {
			// The resumed wait judged the result like run: the JC accepted it itself (the run
			// was killed before the result came), not the judge timeout.
			if d.State != chain.StateAccepted || !strings.Contains(evs, "ResultAccepted") {
				t.Errorf("wait %d: deal %s is %s after %s: not judged by the JC:\n%s", j.i, j.deal.Hex(), d.State, evs, j.wait.err.String())
			}
		}
		if d.Solver == solver2Addr && solverKilledBlock > 0 && d.MatchBlock > solverKilledBlock+1 {
			t.Errorf("deal %s was matched by the killed solver in block %d, after its death (block %d)", j.deal.Hex(), d.MatchBlock, solverKilledBlock)
		}
	}
	// An RP may refuse a match it finds no slot for (its offers of two generations, read by
	// the solver in between, on a loaded machine): money-safe, the JC is refunded at once.
	refusals := 0
	for _, d := range deals {
		if d.State == chain.StateRefused {
			refusals++
		}
	}
	if paid+refusals < chaosJobs-3 || refusals > 2 {
		t.Errorf("%d of %d jobs paid for and %d refused by their RP, want at least %d paid or refused, at most 2 refused",
			paid, chaosJobs, refusals, chaosJobs-3)
	}

	// The money: the supply is unchanged; wallets plus the Market's balance hold all of it;
	// the Market holds exactly every account's escrow, and nothing is locked but bonds.
	supplyAfter := tokenSupply(t, ctx, cl, devEnv)
	if supplyAfter.Cmp(supplyBefore) != 0 {
		t.Errorf("token supply %s, was %s", supplyAfter, supplyBefore)
	}
	params, err := mk.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	market := common.HexToAddress(envOf(devEnv, "WEB3_MARKET_ADDRESS"))
	wallets, escrow := new(big.Int), new(big.Int)
	for _, a := range chaosAddresses(t, ctx, cl, devEnv, "Transfer(address,address,uint256)", 1, 2) {
		b, err := mk.TokenBalance(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		wallets.Add(wallets, b)
	}
	for _, a := range chaosAddresses(t, ctx, cl, devEnv, "Deposited(address,uint256)", 1) {
		free, locked, err := mk.Escrow(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		roles, err := mk.Roles(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if bonds := new(big.Int).Mul(params.Bond, big.NewInt(int64(bits.OnesCount8(roles)))); locked.Cmp(bonds) != 0 {
			t.Errorf("%s has %s locked, want its bonds %s", a.Hex(), locked, bonds)
		}
		escrow.Add(escrow, free).Add(escrow, locked)
	}
	held, err := mk.TokenBalance(ctx, market)
	if err != nil {
		t.Fatal(err)
	}
	if wallets.Cmp(supplyAfter) != 0 || held.Cmp(escrow) != 0 {
		t.Errorf("wallets (the Market's included) hold %s of the supply %s; the Market holds %s for escrow of %s", wallets, supplyAfter, held, escrow)
	}

	// Time from a run's start to its match: the first wave, and the second (after the extra
	// solver's death, when about half of them wait out its solver window).
	var waves [2][]string
	for _, j := range jobs {
		if !j.matchedAt.IsZero() {
			w := j.i * 2 / chaosJobs
			waves[w] = append(waves[w], fmt.Sprintf("%.1f", j.matchedAt.Sub(j.started).Seconds()))
		}
	}
	t.Logf("seconds to match, first ten: %s; after the solver's death: %s", strings.Join(waves[0], " "), strings.Join(waves[1], " "))
	var stateList []string
	for s, n := range states {
		stateList = append(stateList, fmt.Sprintf("%s %d", s, n))
	}
	sort.Strings(stateList)
	rpCount := map[common.Address]int{}
	for _, d := range deals {
		rpCount[d.RP]++
	}
	t.Logf("%d jobs: %d paid, %d refunded, %d unmatched; deals %s; per RP %v; per solver %v",
		chaosJobs, paid, refunded, unmatched, strings.Join(stateList, ", "), rpCountList(rpCount), rpCountList(bySolver))
	t.Logf("wall %.1fs (devnet %.1fs); from the first run: first result %.1fs, last %.1fs; RP killed at %.1fs; supply %s conserved: %v",
		wall.Seconds(), chaosStarted.Sub(t0).Seconds(), firstResult.Seconds(), lastResult.Seconds(),
		killedRPAt.Sub(jobsStart).Seconds(), supplyAfter, !t.Failed())
}

func rpCountList(m map[common.Address]int) string {
	var out []string
	for a, n := range m {
		out = append(out, fmt.Sprintf("%.8s:%d", a.Hex(), n))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// chaosChain dials the devnet's chain: the raw client and a read-only Market.
func chaosChain(t *testing.T, ctx context.Context, env []string) (*ethclient.Client, *chain.Market) {
	t.Helper()
	c, err := ethclient.DialContext(ctx, envOf(env, "WEB3_RPC_URL"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, chain.NewMarket(c, chain.Addresses{Token: common.HexToAddress(envOf(env, "WEB3_TOKEN_ADDRESS")),
		Market: common.HexToAddress(envOf(env, "WEB3_MARKET_ADDRESS"))}, nil)
}

func tokenSupply(t *testing.T, ctx context.Context, c *ethclient.Client, env []string) *big.Int {
	t.Helper()
	tok := bindings.NewToken()
	v, err := bind.Call(tok.Instance(c, common.HexToAddress(envOf(env, "WEB3_TOKEN_ADDRESS"))), &bind.CallOpts{Context: ctx},
		tok.PackTotalSupply(), tok.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// dealsOf lists the ids of the deals matched on the devnet's Market (only rp's, unless zero).
func dealsOf(t *testing.T, ctx context.Context, c *ethclient.Client, env []string, rp common.Address) []common.Hash {
	t.Helper()
	topics := [][]common.Hash{{bindings.NewMarket().GetABI().Events["DealMatched"].ID}, nil, nil}
	if rp != (common.Address{}) {
		topics = append(topics, []common.Hash{common.BytesToHash(rp.Bytes())})
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{common.HexToAddress(envOf(env, "WEB3_MARKET_ADDRESS"))}, Topics: topics})
	if err != nil {
		t.Fatal(err)
	}
	var ids []common.Hash
	for _, l := range logs {
		ids = append(ids, l.Topics[1])
	}
	return ids
}

// chaosAddresses lists the addresses in the given indexed topics of every event with this
// signature from the token (Transfer) or the Market (the rest).
func chaosAddresses(t *testing.T, ctx context.Context, c *ethclient.Client, env []string, sig string, topics ...int) []common.Address {
	t.Helper()
	contract := common.HexToAddress(envOf(env, "WEB3_MARKET_ADDRESS"))
	if strings.HasPrefix(sig, "Transfer(") {
		contract = common.HexToAddress(envOf(env, "WEB3_TOKEN_ADDRESS"))
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{contract},
		Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte(sig))}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, l := range logs {
		for _, i := range topics {
			a := common.BytesToAddress(l.Topics[i].Bytes())
			if a != (common.Address{}) && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("no %s events", sig)
	}
	return out
}

// dealEvents names the Market's events of a deal, in order.
func dealEvents(t *testing.T, ctx context.Context, c *ethclient.Client, env []string, deal common.Hash) string {
	t.Helper()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{common.HexToAddress(envOf(env, "WEB3_MARKET_ADDRESS"))}, Topics: [][]common.Hash{nil, {deal}}})
	if err != nil {
		t.Fatal(err)
	}
	names := map[common.Hash]string{}
	for name, ev := range bindings.NewMarket().GetABI().Events {
		names[ev.ID] = name
	}
	var out []string
	for _, l := range logs {
		out = append(out, names[l.Topics[0]])
	}
	return strings.Join(out, ",")
}
