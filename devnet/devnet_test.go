package devnet

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
