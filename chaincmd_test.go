package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/matching"
)

// chainProc is a running `coophive chain`.
type chainProc struct {
	cmd *exec.Cmd
	out *lockedBuffer // stdout and stderr
	url string
}

var chainReadyRE = regexp.MustCompile(`(?m)^chain ready: rpc (http://\S+), ws (ws://\S+), chain id (\d+), head block (\d+), data in `)

// startChain runs `coophive chain ARGS...` until its ready line, or returns its output when
// it exits first.
func startChain(t *testing.T, ctx context.Context, args ...string) (*chainProc, error) {
	t.Helper()
	cmd := exec.CommandContext(ctx, binary, append([]string{"chain"}, args...)...)
	out := &lockedBuffer{}
	cmd.Stderr = out
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() { // ends when the process's stdout closes
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			fmt.Fprintln(out, sc.Text())
			if m := chainReadyRE.FindStringSubmatch(sc.Text()); m != nil {
				ready <- m[1]
			}
		}
		close(ready)
	}()
	url, ok := <-ready
	if !ok {
		err := cmd.Wait()
		return nil, fmt.Errorf("exited (%v) before its ready line:\n%s", err, out.String())
	}
	p := &chainProc{cmd: cmd, out: out, url: url}
	t.Cleanup(func() { _ = p.stop() })
	return p, nil
}

// stop sends SIGTERM and waits for the exit.
func (p *chainProc) stop() error {
	if p.cmd.ProcessState != nil {
		return nil
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	return p.cmd.Wait()
}

// chainState is what must survive a restart.
type chainState struct {
	head     uint64
	balances map[common.Address]*big.Int // tokens in wallets
	free     map[common.Address]*big.Int // escrow
	locked   map[common.Address]*big.Int
	deal     chain.State
}

func readChainState(t *testing.T, ctx context.Context, m *chain.Market, deal common.Hash, who []common.Address) chainState {
	t.Helper()
	s := chainState{balances: map[common.Address]*big.Int{}, free: map[common.Address]*big.Int{}, locked: map[common.Address]*big.Int{}}
	var err error
	if s.head, err = m.Backend().BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	for _, a := range who {
		if s.balances[a], err = m.TokenBalance(ctx, a); err != nil {
			t.Fatal(err)
		}
		if s.free[a], s.locked[a], err = m.Escrow(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	d, err := m.Deal(ctx, deal)
	if err != nil {
		t.Fatal(err)
	}
	s.deal = d.State
	return s
}

// TestChainCommandPersists: `coophive chain` with accounts funded by a genesis file and
// --alloc serves the contracts' deployment, deposits, registrations and a deal; stopped with
// SIGTERM and started again on its data dir, with or without the allocations, it has them
// all and seals new blocks; started with another genesis it refuses with one line.
func TestChainCommandPersists(t *testing.T) {
	needBinary(t)
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := map[string]*ecdsa.PrivateKey{}
	var who []common.Address
	for _, p := range []string{"deployer", "jc", "rp", "solver", "mediator"} {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[p] = k
		who = append(who, chain.KeyAddress(k))
	}
	dir := t.TempDir()
	genesis := filepath.Join(t.TempDir(), "genesis.json")
	if err := os.WriteFile(genesis, []byte(fmt.Sprintf(`{"%s": "%s", "%s": {"balance": "0x3635c9adc5dea00000"}}`,
		chain.KeyAddress(keys["deployer"]).Hex(), chain.Tokens(1000), chain.KeyAddress(keys["jc"]).Hex())), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"--data-dir", dir, "--http-addr", "127.0.0.1:0", "--block-period", "200ms", "--genesis", genesis}
	for _, p := range []string{"rp", "solver", "mediator"} {
		args = append(args, "--alloc", chain.KeyAddress(keys[p]).Hex()+"="+chain.Tokens(100).String())
	}
	p, err := startChain(t, ctx, args...)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, p.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if id, err := c.ChainID(ctx); err != nil || id.Int64() != chain.DevChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}

	// The contracts, everyone's tokens, deposits, registrations, and a deal.
	dep, err := chain.Deploy(ctx, c, keys["deployer"], chain.Tokens(1_000_000), chain.DefaultMarketParams())
	addrs := dep.Addresses
	if err != nil {
		t.Fatal(err)
	}
	bt, err := chain.NewBatch(ctx, c, keys["deployer"])
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range who[1:] {
		if _, err := bt.Send(ctx, "tokens", &addrs.Token, nil, bindings.NewToken().PackTransfer(a, chain.Tokens(1000)), chain.GasTransfer); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := bt.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	terms := chain.MediatorTerms{MinFee: chain.Tokens(1), MinWindow: 30, MaxOpen: 4}
	if err := chain.Enrol(ctx, c, addrs, []chain.Enrolment{
		{Key: keys["jc"], Deposit: chain.Tokens(100)}, {Key: keys["rp"], Deposit: chain.Tokens(100)},
		{Key: keys["solver"], Deposit: chain.Tokens(100), Roles: chain.RoleSolver},
		{Key: keys["mediator"], Deposit: chain.Tokens(100), Roles: chain.RoleMediator, Mediator: &terms},
	}); err != nil {
		t.Fatal(err)
	}
	deal := makeDeal(t, ctx, c, addrs, keys)
	keeper := chain.NewMarket(c, addrs, nil)
	before := readChainState(t, ctx, keeper, deal, who)
	if before.deal != chain.StateAgreed || before.locked[chain.KeyAddress(keys["jc"])].Sign() == 0 {
		t.Fatalf("before the restart: deal %s, jc's escrow locked %s", before.deal, before.locked[chain.KeyAddress(keys["jc"])])
	}
	c.Close()
	if err := p.stop(); err != nil || !strings.Contains(p.out.String(), "chain stopping") {
		t.Fatalf("stop: %v\n%s", err, p.out.String())
	}

	// Another genesis or chain id is refused, in one line.
	for _, tc := range []struct {
		more []string
		want string
	}{
		{[]string{"--alloc", common.Address{1}.Hex() + "=1"}, "another genesis"},
		{[]string{"--chain-id", "31337"}, "holds chain id 1337, not 31337"},
	} {
		out, err := exec.CommandContext(ctx, binary, append(append([]string{"chain"}, args...), tc.more...)...).CombinedOutput()
		if lines := strings.Split(strings.TrimSpace(string(out)), "\n"); err == nil || len(lines) != 1 ||
			!strings.HasPrefix(lines[0], "coophive: chain: ") || !strings.Contains(lines[0], tc.want) {
			t.Errorf("%v: %v, want one line naming %q:\n%s", tc.more, err, tc.want, out)
		}
	}

	// A restart without --alloc or --genesis reopens the chain as stored.
	bare, err := startChain(t, ctx, "--data-dir", dir, "--http-addr", "127.0.0.1:0", "--block-period", "200ms")
	if err != nil {
		t.Fatal(err)
	}
	if bc, err := ethclient.DialContext(ctx, bare.url); err != nil {
		t.Fatal(err)
	} else if got := readChainState(t, ctx, chain.NewMarket(bc, addrs, nil), deal, who); got.head < before.head || got.deal != before.deal {
		t.Fatalf("after a restart without allocations: head %d (was %d), deal %s (was %s)", got.head, before.head, got.deal, before.deal)
	} else {
		bc.Close()
	}
	if err := bare.stop(); err != nil {
		t.Fatal(err)
	}

	p, err = startChain(t, ctx, args...)
	if err != nil {
		t.Fatal(err)
	}
	c, err = ethclient.DialContext(ctx, p.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	keeper = chain.NewMarket(c, addrs, nil)
	after := readChainState(t, ctx, keeper, deal, who)
	if after.head < before.head || after.deal != before.deal {
		t.Fatalf("after the restart: head %d (was %d), deal %s (was %s)", after.head, before.head, after.deal, before.deal)
	}
	for _, a := range who {
		for name, m := range map[string][2]map[common.Address]*big.Int{"tokens": {before.balances, after.balances},
			"free escrow": {before.free, after.free}, "locked escrow": {before.locked, after.locked}} {
			if m[0][a].Cmp(m[1][a]) != 0 {
				t.Errorf("%s of %s: %s before the restart, %s after", name, a.Hex(), m[0][a], m[1][a])
			}
		}
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if h, err := c.BlockNumber(ctx); err == nil && h >= after.head+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no new blocks after the restart (head %d)", after.head)
		}
	}
	t.Logf("wall time %s", time.Since(t0).Round(time.Millisecond))
}

// makeDeal has the solver match a job of jc's with an offer of rp's, both naming the
// mediator, and returns the deal's id.
func makeDeal(t *testing.T, ctx context.Context, c *ethclient.Client, addrs chain.Addresses, keys map[string]*ecdsa.PrivateKey) common.Hash {
	t.Helper()
	solver := chain.NewMarket(c, addrs, keys["solver"])
	domain, err := solver.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	now, med := h.Time, chain.KeyAddress(keys["mediator"])
	const window = 60
	job, err := matching.NewSignedJob(domain, matching.JobOffer{
		Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}, MaxPrice: chain.Tokens(5), Collateral: chain.Tokens(1), MediationFee: chain.Tokens(1),
		Bounds: matching.Bounds{MaxSubmitWindow: window, MinJudgeWindow: window, MaxMediateWindow: window,
			MinTimeoutCollateral: chain.Tokens(2), MinResultsCollateral: chain.Tokens(4)},
		Mediators: []common.Address{med}, Solvers: []common.Address{chain.KeyAddress(keys["solver"])}, SolverWindow: 10,
		Nonce: big.NewInt(1), CreatedAt: now, ValidUntil: now + 600,
	}, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, keys["jc"])
	if err != nil {
		t.Fatal(err)
	}
	offer, err := matching.NewSignedOffer(domain, matching.ResourceOffer{
		Spec:  matching.Spec{CPUMilli: 2000, RAMMiB: 1024, DiskMiB: 1024},
		Price: chain.Tokens(3), TimeoutCollateral: chain.Tokens(2), ResultsCollateral: chain.Tokens(4),
		SubmitWindow: window, JudgeWindow: window, MediateWindow: window, Mediators: []common.Address{med}, Capacity: 1,
		Nonce: big.NewInt(2), CreatedAt: now, ValidUntil: now + 600,
	}, keys["rp"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := solver.MatchDeal(ctx, job, offer); err != nil {
		t.Fatal(err)
	}
	return job.Offer.Hash(domain)
}
