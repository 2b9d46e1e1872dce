package node

import (
	"crypto/sha256"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/clustertest"
	"github.com/coophive/coophive/internal/gittest"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/runner"
)

// fileModule is a git module that says the contents of one of the job's input files.
const fileModule = `{
  "description": "cowsay of an input file",
  "engine": "docker",
  "image": "coophive/cowsay:v0.0.1",
  "entrypoint": ["/cowsay", "-f", "/inputs/{{File}}"],
  "inputs": {"File": "message.txt"},
  "requirements": {"CPUMilli": 1000, "RAMMiB": 100, "DiskMiB": 100},
  "timeoutSeconds": 120,
  "deterministic": true
}`

const fileModuleName = "github.com/coophive/cowsay-file:v1"

// jobsMarket is a market whose nodes fetch git modules from local repositories.
type jobsMarket struct {
	*market
	repo *gittest.Repo
	jc   *Node
	rp   *Node
}

// newJobsMarket starts a solver, a mediator, an RP and a JC; tweak may change a node's
// config (by name) before it starts.
func newJobsMarket(t *testing.T, windows time.Duration, tweak map[string]func(*Config)) *jobsMarket {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	repo := gittest.New(t, t.TempDir(), "github.com/coophive/cowsay-file")
	repo.Commit(map[string]string{runner.TemplateFile: fileModule})
	repo.Tag("v1")
	cfg := func(name string, role Role) Config {
		c := m.config(name, role)
		c.ModuleGitBase = repo.GitBase()
		c.Offer.SubmitWindow, c.Offer.JudgeWindow, c.Offer.MediateWindow = windows, windows, windows
		if f := tweak[name]; f != nil {
			f(&c)
		}
		return c
	}
	m.start("solver", cfg("solver", RoleSolver))
	m.start("mediator", cfg("mediator", RoleMediator))
	jm := &jobsMarket{market: m, repo: repo}
	jm.rp = m.start("rp", cfg("rp", RoleRP))
	jm.jc = m.start("jc", cfg("jc", RoleJC))
	return jm
}

func writeFile(t *testing.T, name, content string) string {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGitModuleWithInputFiles: a module from a local git repository, pinned at the JC, runs
// on the RP with an input file sent over libp2p; the deal is accepted and the job said the
// file's contents.
func TestGitModuleWithInputFiles(t *testing.T) {
	m := newJobsMarket(t, 30*time.Second, nil)
	path := writeFile(t, "message.txt", "moo from a file")
	var pinned string
	res, err := m.jc.runSettled(m.ctx, Job{Module: fileModuleName, Files: []string{path}}, func(stage, detail string) {
		if stage == "published" {
			pinned = detail
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Deal.State != chain.StateAccepted || !strings.Contains(string(res.Stdout), "< moo from a file >") {
		t.Fatalf("deal %s stdout %q", res.Deal.State, res.Stdout)
	}
	head := m.repo.Git("rev-parse", "HEAD")
	if !strings.Contains(pinned, "commit "+head[:12]) {
		t.Fatalf("published %q, want the commit %s pinned", pinned, head[:12])
	}
	if _, err := os.Stat(filepath.Join(m.rp.cfg.DataDir, "modules", head)); err != nil {
		t.Fatalf("the RP did not cache the module by commit: %v", err)
	}
}

// TestRPRefusesWhatDoesNotCheckOut: a module whose tag now names other content (the pinned
// commit gone, and not in the RP's cache), and an input file that is not the one signed, are
// refused by the RP with refuseDeal, which returns everyone's money.
func TestRPRefusesWhatDoesNotCheckOut(t *testing.T) {
	m := newJobsMarket(t, 30*time.Second, nil)
	path := writeFile(t, "message.txt", "the signed file")
	if err := m.jc.ensureDeposit(m.ctx, chain.Tokens(30)); err != nil { // offerJob's deposit, done by hand here
		t.Fatal(err)
	}

	before := map[string]*big.Int{"jc": m.holdings(m.jc.Address()), "rp": m.holdings(m.rp.Address())}
	refused := func(name string, tamper func(job *matching.SignedJob)) {
		t.Helper()
		job, err := m.jc.signJob(m.ctx, Job{Module: fileModuleName, Files: []string{path}})
		if err != nil {
			t.Fatal(err)
		}
		tamper(job)
		if err := m.jc.publishJob(m.ctx, job); err != nil {
			t.Fatal(err)
		}
		d, err := m.jc.awaitMatch(m.ctx, job)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d, err = m.jc.waitDeal(m.ctx, d.ID, func(d *chain.Deal) bool { return d.State.Terminal() })
		if err != nil || d.State != chain.StateRefused {
			t.Fatalf("%s: deal %v, err %v; want Refused", name, d, err)
		}
	}
	refused("tampered template", func(*matching.SignedJob) {
		m.repo.Commit(map[string]string{runner.TemplateFile: strings.Replace(fileModule, `"-f", `, ``, 1)})
		m.repo.Forget() // v1 now names the new content, the pinned commit is gone
	})
	refused("changed input file", func(job *matching.SignedJob) {
		id := job.Offer.Hash(m.jc.domain)
		m.jc.inputs.put(id, map[string][]byte{"message.txt": []byte("another file")})
	})
	for name, n := range map[string]*Node{"jc": m.jc, "rp": m.rp} {
		if got := m.holdings(n.Address()); got.Cmp(before[name]) != 0 {
			t.Errorf("%s holds %s after refusals, held %s", name, got, before[name])
		}
	}
}

// TestOnChainClientJobSettles: a contract posts a cowsay job; a solver matches it from the
// JobPosted event, the RP runs it, the judge window passes (the contract cannot judge), and
// the Market calls the contract back with the result hash, which it stores.
func TestOnChainClientJobSettles(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "owner")
	const window = 3 * time.Second
	for _, name := range []string{"solver", "mediator", "rp"} {
		cfg := m.config(name, roleOf[name])
		cfg.Offer.SubmitWindow, cfg.Offer.JudgeWindow, cfg.Offer.MediateWindow = 10*window, window, window // time to run on a busy machine
		m.start(name, cfg)
	}
	owner := chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, m.keys["owner"])
	client, err := chain.DeployCowsayClient(m.ctx, owner, chain.ClientParams{Mediators: []common.Address{m.mediator},
		MaxPrice: chain.Tokens(10), Collateral: chain.Tokens(1), ValidFor: 600,
		MediationFee: chain.Tokens(1), Bounds: testBounds()})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Fund(m.ctx, chain.Tokens(20)); err != nil {
		t.Fatal(err)
	}
	before := map[string]*big.Int{"client": m.holdings(client.Address())}
	for _, name := range []string{"solver", "mediator", "rp"} {
		before[name] = m.holdings(m.nodes[name].Address())
	}
	id, err := client.RunCowsay(m.ctx, "moo from a contract")
	if err != nil {
		t.Fatal(err)
	}
	var d *chain.Deal
	for ; d == nil || !d.State.Terminal(); time.Sleep(200 * time.Millisecond) {
		if m.ctx.Err() != nil {
			t.Fatalf("deal %v did not end", d)
		}
		d, _ = owner.Deal(m.ctx, id)
	}
	if d.State != chain.StateAccepted || d.JC != client.Address() || !d.Callback {
		t.Fatalf("deal %s jc %s callback %v", d.State, d.JC.Hex(), d.Callback)
	}
	fee := m.params().SolverFee(d.Price)
	for name, want := range map[string]*big.Int{"client": neg(d.Price), "rp": add(d.Price, neg(fee)), "solver": fee, "mediator": new(big.Int)} {
		who := client.Address()
		if name != "client" {
			who = m.nodes[name].Address()
		}
		if got := new(big.Int).Sub(m.holdings(who), before[name]); got.Cmp(want) != 0 {
			t.Errorf("%s holdings moved by %s, want %s", name, got, want)
		}
	}
	if _, locked, err := owner.Escrow(m.ctx, client.Address()); err != nil || locked.Sign() != 0 {
		t.Fatalf("the client has %s locked after its deal ended (%v)", locked, err)
	}
	got, err := client.Result(m.ctx, id)
	if err != nil || got != d.ResultHash || got == (common.Hash{}) {
		t.Fatalf("client stored %s (err %v), deal result %s", got.Hex(), err, d.ResultHash.Hex())
	}
	// The result is the cowsay the RP ran: the same bytes a JC would get.
	archive, err := os.ReadFile(filepath.Join(m.nodes["rp"].cfg.DataDir, "results", id.Hex()+".tar"))
	if err != nil || common.Hash(sha256.Sum256(archive)) != got || !strings.Contains(string(archive), "< moo from a contract >") {
		t.Fatalf("the RP's archive does not match the delivered hash (err %v)", err)
	}
}

// TestRPFrontsABacalhauCluster: an RP started with a bacalhau API URL runs its deal on that
// cluster (a real orchestrator + compute node on loopback) and the deal is accepted.
func TestRPFrontsABacalhauCluster(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", m.config("mediator", RoleMediator)) // its runner builds the cowsay image
	url := clustertest.Start(t, m.ctx, "coophive/cowsay:v0.0.1")
	rpCfg := m.config("rp", RoleRP)
	rpCfg.BacalhauAPI = url
	rpCfg.Offer.SubmitWindow = 2 * time.Minute // a loaded machine's cluster may take a while
	m.start("rp", rpCfg)
	jc := m.start("jc", m.config("jc", RoleJC))
	res, err := jc.runSettled(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo from a cluster"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Deal.State != chain.StateAccepted || !strings.Contains(string(res.Stdout), "< moo from a cluster >") {
		t.Fatalf("deal %s stdout %q", res.Deal.State, res.Stdout)
	}
}

// TestMediatorRerunsWithTheInputFiles: a challenged job with an input file, from a git module
// the RP allowlists, is re-run by the mediator with the same checked file, and accepted.
func TestMediatorRerunsWithTheInputFiles(t *testing.T) {
	m := newJobsMarket(t, 30*time.Second, map[string]func(*Config){
		"rp": func(c *Config) { c.Offer.Modules = []string{"cowsay:v0.0.1", fileModuleName} },
		"jc": func(c *Config) { c.MediationChance = 1 },
	})
	path := writeFile(t, "message.txt", "checked twice")
	before := m.snapshot()
	res, err := m.jc.runSettled(m.ctx, Job{Module: fileModuleName, Files: []string{path}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := res.Deal
	if d.State != chain.StateMediationAccepted || !strings.Contains(string(res.Stdout), "< checked twice >") {
		t.Fatalf("deal %s stdout %q", d.State, res.Stdout)
	}
	fee := m.params().SolverFee(d.Price)
	m.wantGains(t, before, map[string]*big.Int{"jc": neg(add(d.Price, d.MediationFee)), "rp": add(d.Price, neg(fee)),
		"solver": fee, "mediator": d.MediationFee})
	got, err := os.ReadFile(filepath.Join(m.nodes["mediator"].cfg.DataDir, "inputs", res.DealID.Hex(), "message.txt"))
	if err != nil || string(got) != "checked twice" {
		t.Fatalf("the mediator's copy of the input file: %q, %v", got, err)
	}
}

// TestOfferedRunsBeforeTheOfferIsPublished: Job.Offered gets the signed offer's id (its
// deal's id) before anyone sees the offer, and its error stops the job unpublished.
func TestOfferedRunsBeforeTheOfferIsPublished(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("rp", noDocker(m.config("rp", RoleRP)))
	jc := m.start("jc", m.config("jc", RoleJC))
	stop := errors.New("the books refused the charge")
	var offered []common.Hash
	_, err := jc.RunJob(m.ctx, Job{Module: "cowsay-wasm:v0.0.1", Inputs: map[string]string{"Message": "x"},
		Offered: func(id common.Hash) error {
			offered = append(offered, id)
			return stop
		}}, nil)
	if !errors.Is(err, stop) {
		t.Fatalf("RunJob: %v, want the hook's error", err)
	}
	if len(offered) != 1 || offered[0] == (common.Hash{}) {
		t.Fatalf("the hook saw %v", offered)
	}
	if n := testutil.ToFloat64(jc.metrics.jobsPublished); n != 0 {
		t.Fatalf("%v job offers published after the hook refused", n)
	}
}
