// Package devnet is a whole market in one process, for a laptop: an embedded dev chain with
// the contracts deployed and accounts funded, plus a solver, a mediator (also a keeper) and a
// resource provider on loopback (node.LocalConfig). It writes devnet.env for a job creator in
// another process. `coophive devnet` runs it; the deal-latency benchmark starts one. It
// imports node; nothing imports it but main and bench.
//
// Start is ready in about two block periods (3 s with 1 s blocks, as many extra keys as
// you like): no transaction waits for the block of the one before it. The deployer sends the
// two contract creations and every account's tokens back to back (the ether is in genesis),
// then the nodes' keys send their escrow deposits and registrations (chain.Enrol), each
// key's in a row, the keys in parallel, so that the nodes send nothing at their start.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/atomicfile"
	"github.com/coophive/coophive/node"
)

// Config describes a local market in one process.
type Config struct {
	DataDir     string
	ChainID     *big.Int      // default chain.DevChainID
	HTTPPort    int           // JSON-RPC port on 127.0.0.1; 0 serves none, -1 picks a free one
	BlockPeriod time.Duration // default 1 s
	ExtraKeys   int           // funded keys (100 ether, 1000 tokens) in DataDir/keys.txt
	// ModuleGitBase is where the devnet's RP and mediator fetch git modules (Config.ModuleGitBase).
	ModuleGitBase string
	// ModuleHosts and ModuleAllowPrivate are the nodes' Config.ModuleHosts and ModuleAllowPrivate.
	ModuleHosts        []string
	ModuleAllowPrivate bool
	// NoDocker runs the nodes without a Docker engine (node.Config.NoDocker): the RP then
	// offers only wasm modules. Tests use it where no engine runs.
	NoDocker bool
	// RPCapacity is the jobs the devnet's RP runs at once (node.OfferConfig.Capacity; 0: from
	// its machine's CPU, RAM and GPUs).
	RPCapacity uint32
	Logger     *slog.Logger
}

// DefaultConfig is `coophive devnet`'s: the dev chain id, JSON-RPC on port 8545 (a wallet's
// default), a block a second.
func DefaultConfig() Config {
	return Config{ChainID: big.NewInt(chain.DevChainID), HTTPPort: 8545, BlockPeriod: time.Second}
}

// Devnet is an embedded dev chain with the contracts deployed and accounts funded, plus a
// solver, a mediator (also a keeper) and a resource provider on loopback.
type Devnet struct {
	cfg   Config
	local *chain.Local
	nodes []*node.Node
	// Env is what devnet.env exports, for a JC in another process.
	Env [][2]string
}

// EnvFile is the file Start writes in its data dir.
const EnvFile = "devnet.env"

// Start starts everything and writes DataDir/devnet.env, then logs "devnet ready" with the
// time it took.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	t0 := time.Now()
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	keys := map[string]*ecdsa.PrivateKey{}
	var all []*ecdsa.PrivateKey
	names := []string{"solver", "rp", "jc", "mediator", "spare"}
	for i := 0; i < cfg.ExtraKeys; i++ {
		names = append(names, fmt.Sprintf("extra%d", i))
	}
	for _, name := range names {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		keys[name] = k
		all = append(all, k)
	}
	local, err := chain.StartLocal(ctx, chain.LocalConfig{ChainID: cfg.ChainID, HTTPPort: cfg.HTTPPort,
		BlockPeriod: cfg.BlockPeriod, Accounts: all})
	if err != nil {
		return nil, err
	}
	cfg.Logger.Debug("devnet chain set up", "elapsed", time.Since(t0).Round(time.Millisecond))
	d := &Devnet{cfg: cfg, local: local}
	if err := d.writeKeys(keys); err != nil {
		return nil, errors.Join(err, d.Stop())
	}
	if err := d.startNodes(ctx, keys); err != nil {
		return nil, errors.Join(err, d.Stop())
	}
	cfg.Logger.Info("devnet ready", "elapsed", time.Since(t0).Round(time.Millisecond), "extra_keys", cfg.ExtraKeys)
	return d, nil
}

// KeysFile lists the devnet's extra funded keys, one hex key per line.
const KeysFile = "keys.txt"

func (d *Devnet) writeKeys(keys map[string]*ecdsa.PrivateKey) error {
	if d.cfg.ExtraKeys == 0 {
		return nil
	}
	var b strings.Builder
	for i := 0; i < d.cfg.ExtraKeys; i++ {
		fmt.Fprintf(&b, "%x\n", crypto.FromECDSA(keys[fmt.Sprintf("extra%d", i)]))
	}
	if err := os.MkdirAll(d.cfg.DataDir, 0o700); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(d.cfg.DataDir, KeysFile), []byte(b.String()), 0o600)
}

func (d *Devnet) startNodes(ctx context.Context, keys map[string]*ecdsa.PrivateKey) error {
	mediators := []common.Address{chain.KeyAddress(keys["mediator"])}
	base := node.LocalConfig()
	base.Backend = d.local.Chain.Client()
	base.Contracts = d.local.Addrs
	base.Mediators = mediators
	base.ModuleGitBase = d.cfg.ModuleGitBase
	base.ModuleHosts, base.ModuleAllowPrivate = d.cfg.ModuleHosts, d.cfg.ModuleAllowPrivate
	base.NoDocker = d.cfg.NoDocker
	t0 := time.Now()
	if err := d.enrol(ctx, base, keys); err != nil {
		return err
	}
	d.cfg.Logger.Debug("devnet nodes enrolled", "elapsed", time.Since(t0).Round(time.Millisecond))

	solverCfg := base
	solverCfg.DataDir = filepath.Join(d.cfg.DataDir, "solver")
	solverCfg.Roles = []node.Role{node.RoleSolver}
	solverCfg.Key = keys["solver"]
	solverCfg.Logger = d.cfg.Logger.With("node", "solver")
	solver, err := d.startNode(ctx, solverCfg)
	if err != nil {
		return fmt.Errorf("devnet solver: %w", err)
	}
	boot := solver.Host().Addrs()

	medCfg := base
	medCfg.DataDir = filepath.Join(d.cfg.DataDir, "mediator")
	medCfg.Roles = []node.Role{node.RoleMediator}
	medCfg.Key = keys["mediator"]
	medCfg.Bootstrap = boot
	medCfg.Keeper = true // the devnet's mediator also ends every deal whose window passed
	medCfg.Logger = d.cfg.Logger.With("node", "mediator")
	if _, err := d.startNode(ctx, medCfg); err != nil {
		return fmt.Errorf("devnet mediator: %w", err)
	}

	rpCfg := base
	rpCfg.DataDir = filepath.Join(d.cfg.DataDir, "rp")
	rpCfg.Roles = []node.Role{node.RoleRP}
	rpCfg.Key = keys["rp"]
	rpCfg.Bootstrap = boot
	// A short judge window: jobs posted by contracts (which cannot judge) settle when it passes.
	rpCfg.Offer.JudgeWindow = 20 * time.Second
	rpCfg.Offer.Capacity = d.cfg.RPCapacity
	rpCfg.Logger = d.cfg.Logger.With("node", "rp")
	if _, err := d.startNode(ctx, rpCfg); err != nil {
		return fmt.Errorf("devnet resource provider: %w", err)
	}
	id, err := d.local.Chain.Client().ChainID(ctx)
	if err != nil {
		return err
	}
	d.Env = [][2]string{
		{"WEB3_RPC_URL", d.local.Chain.URL()},
		{"WEB3_CHAIN_ID", id.String()},
		{"WEB3_TOKEN_ADDRESS", d.local.Addrs.Token.Hex()},
		{"WEB3_MARKET_ADDRESS", d.local.Addrs.Market.Hex()},
		{"BOOTSTRAP_PEERS", strings.Join(boot, ",")},
		{"SERVICE_SOLVERS", solver.Address().Hex()},
		{"SERVICE_MEDIATORS", mediators[0].Hex()},
		{"WEB3_PRIVATE_KEY", fmt.Sprintf("%x", crypto.FromECDSA(keys["jc"]))},
		// a funded key for one more node of your own, e.g. a second resource provider
		{"DEVNET_SPARE_KEY", fmt.Sprintf("%x", crypto.FromECDSA(keys["spare"]))},
	}
	return d.writeEnv()
}

// enrol makes the nodes' first-start transactions for them, all in about one block: the
// escrow deposit each tops up to at start, the solver's and the mediator's registrations
// (with the terms the mediator's config states, so it does not register again). A node
// sending its own would wait a block for each.
func (d *Devnet) enrol(ctx context.Context, base node.Config, keys map[string]*ecdsa.PrivateKey) error {
	ctx, cancel := context.WithTimeout(ctx, enrolTimeout)
	defer cancel()
	t := base.Mediator.Terms()
	err := chain.Enrol(ctx, base.Backend, base.Contracts, []chain.Enrolment{
		{Key: keys["solver"], Deposit: base.Deposit, Roles: chain.RoleSolver},
		{Key: keys["mediator"], Deposit: base.Deposit, Roles: chain.RoleMediator, Mediator: &t},
		{Key: keys["rp"], Deposit: base.Deposit},
	})
	if err != nil {
		return fmt.Errorf("devnet nodes' deposits and registrations: %w", err)
	}
	return nil
}

// enrolTimeout bounds enrol: a block or two.
const enrolTimeout = time.Minute

func (d *Devnet) startNode(ctx context.Context, cfg node.Config) (*node.Node, error) {
	n, err := node.New(cfg)
	if err != nil {
		return nil, err
	}
	if err := n.Start(ctx); err != nil {
		return nil, err
	}
	d.nodes = append(d.nodes, n)
	return n, nil
}

func (d *Devnet) writeEnv() error {
	var b strings.Builder
	b.WriteString("# coophive devnet: `source` this file, then `coophive run cowsay:v0.0.1 -i Message=moo`\n")
	for _, kv := range d.Env {
		fmt.Fprintf(&b, "export %s=%q\n", kv[0], kv[1])
	}
	if err := os.MkdirAll(d.cfg.DataDir, 0o700); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(d.cfg.DataDir, EnvFile), []byte(b.String()), 0o600)
}

// Stop stops the nodes, then the chain.
func (d *Devnet) Stop() error {
	var errs []error
	for i := len(d.nodes) - 1; i >= 0; i-- {
		errs = append(errs, d.nodes[i].Stop())
	}
	errs = append(errs, d.local.Stop())
	return errors.Join(errs...)
}

// StartJC adds a job creator node to the running devnet, with devnet.env's funded key, in
// DataDir/jc; Stop stops it with the rest.
func (d *Devnet) StartJC(ctx context.Context, log *slog.Logger) (*node.Node, error) {
	key, err := node.ParsePrivateKey(d.EnvValue("WEB3_PRIVATE_KEY"))
	if err != nil {
		return nil, err
	}
	cfg := node.LocalConfig()
	cfg.DataDir = filepath.Join(d.cfg.DataDir, "jc")
	cfg.Roles = []node.Role{node.RoleJC}
	cfg.Key = key
	cfg.Backend = d.local.Chain.Client()
	cfg.Contracts = d.local.Addrs
	cfg.Bootstrap = strings.Split(d.EnvValue("BOOTSTRAP_PEERS"), ",")
	cfg.Mediators = []common.Address{common.HexToAddress(d.EnvValue("SERVICE_MEDIATORS"))}
	cfg.Logger = log.With("node", "jc")
	return d.startNode(ctx, cfg)
}

// EnvValue is one of the variables devnet.env exports.
func (d *Devnet) EnvValue(key string) string {
	for _, kv := range d.Env {
		if kv[0] == key {
			return kv[1]
		}
	}
	return ""
}
