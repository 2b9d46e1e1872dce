package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/runner"
)

// market is a whole local market in one process: a dev chain with the contracts, and
// nodes on loopback QUIC.
type market struct {
	t        *testing.T
	ctx      context.Context
	local    *chain.Local
	keys     map[string]*ecdsa.PrivateKey
	mediator common.Address
	nodes    map[string]*Node
}

// newMarket starts a chain funding the named accounts plus "mediator"; a test starts the
// nodes it needs (a happy path still needs a registered mediator the offers share).
func newMarket(t *testing.T, names ...string) *market {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a chain and nodes that run containers (make test)")
	}
	testtier.SkipUnlessJobs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	m := &market{t: t, ctx: ctx, keys: map[string]*ecdsa.PrivateKey{}, nodes: map[string]*Node{}}
	var keys []*ecdsa.PrivateKey
	for _, n := range append(names, "mediator") {
		k, _ := crypto.GenerateKey()
		m.keys[n] = k
		keys = append(keys, k)
	}
	m.mediator = chain.KeyAddress(m.keys["mediator"])
	l, err := chain.StartLocal(ctx, chain.LocalConfig{Instant: true, Accounts: keys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Stop() })
	m.local = l
	return m
}

func (m *market) config(name string, roles ...Role) Config {
	cfg := LocalConfig()
	cfg.DataDir = m.t.TempDir()
	cfg.Roles = roles
	cfg.Key = m.keys[name]
	cfg.Backend = m.local.Chain.Client()
	cfg.Contracts = m.local.Addrs
	cfg.Mediators = []common.Address{m.mediator}
	cfg.Offer.RepublishEvery = time.Second
	cfg.Offer.Spec.CPUMilli = 2000
	cfg.Offer.SubmitWindow, cfg.Offer.JudgeWindow, cfg.Offer.MediateWindow = 30*time.Second, 30*time.Second, 30*time.Second
	cfg.Job.Bounds.MinJudgeWindow = time.Second // the tests' windows are seconds long
	cfg.Mediator.MinWindow = time.Second
	cfg.Deposit = chain.Tokens(50)
	cfg.Logger = testLogger(name)
	for _, n := range m.nodes {
		cfg.Bootstrap = append(cfg.Bootstrap, n.Host().Addrs()...)
		if n.cfg.Has(RoleSolver) {
			cfg.Solvers = append(cfg.Solvers, n.Address())
		}
	}
	return cfg
}

// testBounds are the bounds of the tests' hand-made jobs: any window a test uses, collateral
// as the tests' offers give.
func testBounds() matching.Bounds {
	return matching.Bounds{MaxSubmitWindow: 3600, MinJudgeWindow: 1, MaxMediateWindow: 3600,
		MinTimeoutCollateral: chain.Tokens(1), MinResultsCollateral: chain.Tokens(1)}
}

// testMediatorTerms are what the tests' hand-registered mediators accept.
func testMediatorTerms() chain.MediatorTerms {
	return chain.MediatorTerms{MinFee: chain.Tokens(1), MinWindow: 1, MaxOpen: 8}
}

func (m *market) start(name string, cfg Config) *Node {
	m.t.Helper()
	n, err := New(cfg)
	if err != nil {
		m.t.Fatal(err)
	}
	if err := n.Start(m.ctx); err != nil {
		if errors.Is(err, runner.ErrNoDocker) && os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" {
			m.t.Skip(err)
		}
		m.t.Fatal(err)
	}
	m.t.Cleanup(func() { _ = n.Stop() })
	m.nodes[name] = n
	return n
}

func (m *market) params() chain.Params {
	p, err := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, nil).Params(m.ctx)
	if err != nil {
		m.t.Fatal(err)
	}
	return p
}

// holdings is what who owns outside open deals: its wallet, its free escrow and its registry
// bonds (a solver's, what is left of a mediator's). Collateral still locked in a deal is not
// counted: a deal that left it locked shows as a loss.
func (m *market) holdings(who common.Address) *big.Int {
	mk := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, nil)
	w, err := mk.TokenBalance(m.ctx, who)
	if err != nil {
		m.t.Fatal(err)
	}
	free, _, err := mk.Escrow(m.ctx, who)
	if err != nil {
		m.t.Fatal(err)
	}
	roles, err := mk.Roles(m.ctx, who)
	if err != nil {
		m.t.Fatal(err)
	}
	mt, err := mk.MediatorTerms(m.ctx, who)
	if err != nil {
		m.t.Fatal(err)
	}
	out := new(big.Int).Add(w, free)
	if roles&chain.RoleSolver != 0 {
		out.Add(out, m.params().Bond)
	}
	return out.Add(out, mt.Bond)
}

func testLogger(name string) *slog.Logger {
	level := slog.LevelWarn
	if os.Getenv("COOPHIVE_TEST_LOG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})).With("node", name)
}

func TestOneJobEndToEnd(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	solver := m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator))
	rp := m.start("rp", m.config("rp", RoleRP))
	jc := m.start("jc", m.config("jc", RoleJC))

	jcBefore, rpBefore, solverBefore := m.holdings(jc.Address()), m.holdings(rp.Address()), m.holdings(solver.Address())
	msg := fmt.Sprintf("moo %x", time.Now().UnixNano())
	var stages []string
	res, err := jc.RunJob(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": msg}}, func(stage, _ string) {
		stages = append(stages, stage)
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Stdout), msg) || res.ExitCode != 0 {
		t.Fatalf("stdout %q exit %d", res.Stdout, res.ExitCode)
	}
	// RunJob returned once its accept was sent, not mined: the deal as it stood then.
	if res.AcceptTx == (common.Hash{}) || res.Deal.State != chain.StateResultsSubmitted {
		t.Fatalf("returned with accept tx %s, deal %s; want the accept sent, the deal ResultsSubmitted", res.AcceptTx.Hex(), res.Deal.State)
	}
	if _, err := res.Settled(m.ctx); err != nil {
		t.Fatal(err)
	}
	if res.Deal.State != chain.StateAccepted {
		t.Fatalf("deal state %s, want Accepted", res.Deal.State)
	}
	if got := common.Hash(sha256.Sum256(res.Archive)); got != res.Deal.ResultHash {
		t.Fatalf("archive sha256 %s, on-chain %s", got.Hex(), res.Deal.ResultHash.Hex())
	}
	price := res.Deal.Price
	if price.Sign() <= 0 {
		t.Fatalf("price %s", price)
	}
	fee := m.params().SolverFee(price)
	if diff := new(big.Int).Sub(jcBefore, m.holdings(jc.Address())); diff.Cmp(price) != 0 {
		t.Fatalf("JC holdings fell by %s, want the price %s", diff, price)
	}
	if diff := new(big.Int).Sub(m.holdings(rp.Address()), rpBefore); diff.Cmp(new(big.Int).Sub(price, fee)) != 0 {
		t.Fatalf("RP holdings rose by %s, want the price %s less the solver fee %s", diff, price, fee)
	}
	if diff := new(big.Int).Sub(m.holdings(solver.Address()), solverBefore); diff.Cmp(fee) != 0 {
		t.Fatalf("solver holdings rose by %s, want the fee %s", diff, fee)
	}
	_, locked, _ := jc.Market().Escrow(m.ctx, jc.Address())
	if locked.Sign() != 0 {
		t.Fatalf("JC still has %s locked", locked)
	}
	want := "published matched running fetched accept"
	if strings.Join(stages, " ") != want {
		t.Fatalf("progress %v, want %s", stages, want)
	}
	// The RP is found under its role in the DHT.
	waitFor(t, 20*time.Second, func() bool {
		ids, _ := jc.FindProviders(m.ctx, "role:rp")
		return len(ids) == 1 && ids[0] == rp.Host().ID()
	})
}

// runSettled is RunJob, then waits for the deal's end: RunJob returns once its accept is
// sent, before it is mined.
func (n *Node) runSettled(ctx context.Context, j Job, progress Progress) (*JobResult, error) {
	return settled(ctx)(n.RunJob(ctx, j, progress))
}

// waitSettled is WaitJob, then waits for the deal's end.
func (n *Node) waitSettled(ctx context.Context, id common.Hash, progress Progress) (*JobResult, error) {
	return settled(ctx)(n.WaitJob(ctx, id, progress))
}

func settled(ctx context.Context) func(*JobResult, error) (*JobResult, error) {
	return func(res *JobResult, err error) (*JobResult, error) {
		if err == nil {
			_, err = res.Settled(ctx)
		}
		return res, err
	}
}
