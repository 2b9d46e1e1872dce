package devnet

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/node"
	"github.com/coophive/coophive/runner"
)

// start runs a devnet until the test ends; without a Docker engine (its RP runs containers)
// the test is skipped unless COOPHIVE_REQUIRE_DOCKER=1.
func start(t *testing.T, ctx context.Context, cfg Config) *Devnet {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a chain and nodes, one of which runs containers (make test)")
	}
	d, err := Start(ctx, cfg)
	if errors.Is(err, runner.ErrNoDocker) && os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(); err != nil {
			t.Error(err)
		}
	})
	return d
}

// TestDevnetWritesItsEnv: the devnet writes devnet.env (every variable a job creator in
// another process needs) and keys.txt (the extra funded keys), and a job creator joins it.
func TestDevnetWritesItsEnv(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	d := start(t, ctx, Config{DataDir: dir, HTTPPort: -1, ExtraKeys: 2, Logger: log})
	env, err := os.ReadFile(filepath.Join(dir, EnvFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"WEB3_RPC_URL", "WEB3_CHAIN_ID", "WEB3_TOKEN_ADDRESS", "WEB3_MARKET_ADDRESS", "BOOTSTRAP_PEERS",
		"SERVICE_SOLVERS", "SERVICE_MEDIATORS", "WEB3_PRIVATE_KEY", "DEVNET_SPARE_KEY"} {
		if d.EnvValue(v) == "" || !strings.Contains(string(env), "export "+v+"=") {
			t.Errorf("%s missing from %s:\n%s", v, EnvFile, env)
		}
	}
	if d.EnvValue("WEB3_CHAIN_ID") != "1337" || !strings.HasPrefix(d.EnvValue("WEB3_RPC_URL"), "http://127.0.0.1:") {
		t.Errorf("chain id %s at %s", d.EnvValue("WEB3_CHAIN_ID"), d.EnvValue("WEB3_RPC_URL"))
	}
	keys, err := os.ReadFile(filepath.Join(dir, KeysFile))
	if err != nil || len(strings.Fields(string(keys))) != 2 {
		t.Fatalf("%s: %q, %v", KeysFile, keys, err)
	}
	jc, err := d.StartJC(ctx, log)
	if err != nil {
		t.Fatal(err)
	}
	if jc.Address().Hex() == d.EnvValue("SERVICE_MEDIATORS") {
		t.Fatal("the job creator has the mediator's key")
	}
}

// TestDevnetFundsExtraKeys: with 14 extra keys (no Docker engine needed: wasm only), every
// funded key holds its ether and tokens, and the nodes start deposited and registered by the
// devnet's enrolment, sending nothing of their own (a node's start would wait a block for
// each). The devnet logs its ready time ("devnet ready", elapsed); the test logs it too.
func TestDevnetFundsExtraKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	t0 := time.Now()
	d := start(t, ctx, Config{DataDir: t.TempDir(), HTTPPort: -1, ExtraKeys: 14, NoDocker: true, Logger: log})
	t.Logf("devnet ready in %s", time.Since(t0).Round(time.Millisecond))

	b := d.local.Chain.Client()
	m := chain.NewMarket(b, d.local.Addrs, nil)
	raw, err := os.ReadFile(filepath.Join(d.cfg.DataDir, KeysFile))
	if err != nil {
		t.Fatal(err)
	}
	hexKeys := append(strings.Fields(string(raw)), d.EnvValue("WEB3_PRIVATE_KEY"), d.EnvValue("DEVNET_SPARE_KEY"))
	if len(hexKeys) != 16 {
		t.Fatalf("%d keys, want 14 extra, the JC's and the spare", len(hexKeys))
	}
	for _, h := range hexKeys {
		k, err := node.ParsePrivateKey(h)
		if err != nil {
			t.Fatal(err)
		}
		a := chain.KeyAddress(k)
		eth, err := b.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		tok, err := m.TokenBalance(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if eth.Cmp(new(big.Int).Mul(big.NewInt(100), chain.Ether)) != 0 || tok.Cmp(chain.Tokens(1000)) != 0 {
			t.Errorf("%s holds %s wei and %s tokens, want 100 ether and 1000 tokens", a.Hex(), eth, tok)
		}
	}

	cfg := node.LocalConfig()
	bond := chain.DefaultMarketParams().Bond
	for i, want := range []struct {
		name  string
		roles uint8
		free  *big.Int
		txs   uint64 // the devnet's enrolment: approve, deposit, register
	}{
		{"solver", chain.RoleSolver, new(big.Int).Sub(cfg.Deposit, bond), 3},
		{"mediator", chain.RoleMediator, new(big.Int).Sub(cfg.Deposit, bond), 3},
		{"rp", 0, cfg.Deposit, 2},
	} {
		a := d.nodes[i].Address()
		roles, err := m.Roles(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		free, _, err := m.Escrow(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		nonce, err := b.PendingNonceAt(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if roles != want.roles || free.Cmp(want.free) != 0 || nonce != want.txs {
			t.Errorf("%s: roles %b, free escrow %s, %d transactions; want %b, %s, %d", want.name, roles, free, nonce, want.roles, want.free, want.txs)
		}
	}
	mt, err := m.MediatorTerms(ctx, d.nodes[1].Address())
	if err != nil {
		t.Fatal(err)
	}
	if want := cfg.Mediator.Terms(); mt.MinFee.Cmp(want.MinFee) != 0 || mt.MinWindow != want.MinWindow || mt.MaxOpen != want.MaxOpen {
		t.Errorf("mediator terms %+v, want %+v", mt, want)
	}
}
