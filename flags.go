package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/gologshim"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/node"
)

// logger is the one slog logger of the process; libp2p logs through the same handler.
var logger = slog.Default()

var logLevelFlag = &cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error", EnvVars: []string{"LOG_LEVEL"}}

func setupLogging(level string) error {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	h := slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})
	logger = slog.New(h)
	slog.SetDefault(logger)
	gologshim.SetDefaultHandler(libp2pHandler(h, l))
	return nil
}

// libp2pHandler passes libp2p's records through h only at debug level; above it, only its
// errors (its warnings, such as a peer that failed to identify, are routine in a mesh).
func libp2pHandler(h slog.Handler, level slog.Level) slog.Handler {
	if level <= slog.LevelDebug {
		return h
	}
	return minLevel{h, slog.LevelError}
}

// minLevel drops the records below min.
type minLevel struct {
	slog.Handler
	min slog.Level
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.min && m.Handler.Enabled(ctx, l)
}

func (m minLevel) WithAttrs(as []slog.Attr) slog.Handler {
	return minLevel{m.Handler.WithAttrs(as), m.min}
}

func (m minLevel) WithGroup(g string) slog.Handler { return minLevel{m.Handler.WithGroup(g), m.min} }

func dataDirFlag(def string) cli.Flag {
	return &cli.StringFlag{Name: "data-dir", Value: def, Usage: "where the node keeps its key, state and results", EnvVars: []string{"DATA_DIR"}}
}

func chainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc-url", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"WEB3_RPC_URL"}},
		&cli.Int64Flag{Name: "chain-id", Usage: "expected chain id (checked against the chain)", EnvVars: []string{"WEB3_CHAIN_ID"}},
		&cli.StringFlag{Name: "market", Usage: "Market contract address", EnvVars: []string{"WEB3_MARKET_ADDRESS"}},
		&cli.StringFlag{Name: "token", Usage: "token contract address", EnvVars: []string{"WEB3_TOKEN_ADDRESS"}},
		networkFlag(),
	}
}

var moduleGitBaseFlag = &cli.StringFlag{Name: "module-git-base", Value: node.DefaultConfig().ModuleGitBase,
	Usage:   "prefix that turns a git module's HOST/ORG/REPO into its clone URL (a mirror, or file:///srv/git/)",
	EnvVars: []string{"COOPHIVE_MODULE_GIT_BASE"}}

// moduleFetchFlags bound where git modules are fetched from.
func moduleFetchFlags() []cli.Flag {
	return []cli.Flag{moduleGitBaseFlag,
		&cli.StringSliceFlag{Name: "module-hosts", Usage: "the only hosts git modules are fetched from (comma-separated; empty: any public host)",
			EnvVars: []string{"COOPHIVE_MODULE_HOSTS"}},
		&cli.BoolFlag{Name: "module-allow-private", Usage: "let git module fetches reach loopback, private and link-local addresses (a LAN mirror)",
			EnvVars: []string{"COOPHIVE_MODULE_ALLOW_PRIVATE"}},
	}
}

func commonFlags() []cli.Flag {
	d := node.DefaultConfig()
	home, _ := os.UserHomeDir()
	flags := append(chainFlags(), keyFlags(filepath.Join(home, ".coophive"))...)
	flags = append(flags,
		&cli.StringSliceFlag{Name: "bootstrap", Usage: "multiaddr of a peer to join the mesh through (repeatable, or comma-separated)", EnvVars: []string{"BOOTSTRAP_PEERS"}},
		&cli.StringSliceFlag{Name: "listen", Usage: "multiaddr to listen on", Value: cli.NewStringSlice(d.ListenAddrs...), EnvVars: []string{"COOPHIVE_LISTEN"}},
		&cli.BoolFlag{Name: "dht-server", Usage: "serve the DHT even before AutoNAT finds this node reachable (LANs, local testnets)", EnvVars: []string{"COOPHIVE_DHT_SERVER"}},
		&cli.BoolFlag{Name: "mdns", Usage: "find peers of the same network on the local network (multicast DNS)", EnvVars: []string{"COOPHIVE_MDNS"}},
		&cli.StringSliceFlag{Name: "mediators", Usage: "addresses of the mediators this node trusts", EnvVars: []string{"SERVICE_MEDIATORS"}},
		&cli.StringSliceFlag{Name: "solvers", Usage: "addresses of the solvers a job creator ranks", EnvVars: []string{"SERVICE_SOLVERS", "SERVICE_SOLVER"}},
		&cli.StringFlag{Name: "deposit", Value: tokens(d.Deposit), Usage: "tokens to keep in escrow (rp, solver, mediator)", EnvVars: []string{"COOPHIVE_DEPOSIT"}},
		// Fault injection for tests of the protocol's remedies; kept out of --help, and
		// honoured only by a test build (go build -tags faults).
		&cli.StringFlag{Name: "fault", Hidden: true, EnvVars: []string{"COOPHIVE_FAULT"}},
	)
	return append(flags, moduleFetchFlags()...)
}

// keyFlags say where the account's key is: the keystore in the data dir (by default
// dataDir) and its passphrase, or a hex key (loadKey reads them).
func keyFlags(dataDir string) []cli.Flag {
	return []cli.Flag{
		dataDirFlag(dataDir),
		&cli.StringFlag{Name: "private-key", Usage: "hex private key (dev stacks; otherwise a keystore in the data dir is used)", EnvVars: []string{"WEB3_PRIVATE_KEY"}},
		&cli.StringFlag{Name: "passphrase-file", Usage: "file holding the passphrase of the data dir keystore (default: the systemd credential " + CredentialName + ")",
			EnvVars: []string{"COOPHIVE_PASSPHRASE_FILE"}},
		&cli.StringFlag{Name: "passphrase", Usage: "passphrase of the data dir keystore (prefer --passphrase-file)", EnvVars: []string{"COOPHIVE_PASSPHRASE"}},
	}
}

func jobFlags() []cli.Flag {
	j := node.DefaultConfig().Job
	b := j.Bounds
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "input", Aliases: []string{"i"}, Usage: "module input KEY=VALUE (repeatable)"},
		&cli.StringSliceFlag{Name: "input-file", Aliases: []string{"f"}, Usage: "file sent to the provider, seen by the job as /inputs/NAME (repeatable; hashes are signed into the job offer)"},
		&cli.StringFlag{Name: "max-price", Value: tokens(j.MaxPrice), Usage: "most tokens the job may cost", EnvVars: []string{"JOB_MAX_PRICE"}},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Minute, Usage: "give up waiting after this long", EnvVars: []string{"JOB_TIMEOUT"}},
		&cli.DurationFlag{Name: "valid-for", Value: j.ValidFor, Usage: "how long a job offer waits for a deal (it is re-signed once)", EnvVars: []string{"JOB_VALID_FOR"}},
		&cli.Float64Flag{Name: "mediation-chance", Usage: "probability of challenging a result that checks out (a spot-check)", EnvVars: []string{"MEDIATION_CHANCE"}},
		// What the job accepts of a provider's terms: signed into the job offer, enforced by the contract.
		&cli.StringFlag{Name: "mediation-fee", Value: tokens(j.MediationFee), Usage: "tokens a challenge costs, paid to the mediator drawn", EnvVars: []string{"JOB_MEDIATION_FEE"}},
		&cli.DurationFlag{Name: "max-submit-window", Value: b.MaxSubmitWindow, Usage: "longest a provider may take to submit (your money waits that long if it never does)", EnvVars: []string{"JOB_MAX_SUBMIT_WINDOW"}},
		&cli.DurationFlag{Name: "min-judge-window", Value: b.MinJudgeWindow, Usage: "shortest time you accept to check a result and challenge it", EnvVars: []string{"JOB_MIN_JUDGE_WINDOW"}},
		&cli.DurationFlag{Name: "max-mediate-window", Value: b.MaxMediateWindow, Usage: "longest a mediator may take to rule", EnvVars: []string{"JOB_MAX_MEDIATE_WINDOW"}},
		&cli.StringFlag{Name: "min-timeout-collateral", Value: tokens(b.MinTimeoutCollateral), Usage: "least tokens a provider loses to you for never submitting", EnvVars: []string{"JOB_MIN_TIMEOUT_COLLATERAL"}},
		&cli.StringFlag{Name: "min-results-collateral", Value: tokens(b.MinResultsCollateral), Usage: "least tokens a provider loses to you for a wrong result", EnvVars: []string{"JOB_MIN_RESULTS_COLLATERAL"}},
	}
}

// tokens writes a base-unit amount as whole tokens for a flag's default.
func tokens(v *big.Int) string { return node.FormatTokens(v) }

func offerFlags() []cli.Flag {
	d, m := node.DefaultConfig().Offer, node.DefaultConfig().Mediator
	return []cli.Flag{
		&cli.Uint64Flag{Name: "offer-cpu", Value: d.Spec.CPUMilli, Usage: "milli-CPUs offered", EnvVars: []string{"OFFER_CPU"}},
		&cli.Uint64Flag{Name: "offer-ram", Value: d.Spec.RAMMiB, Usage: "RAM offered, MiB", EnvVars: []string{"OFFER_RAM"}},
		&cli.Uint64Flag{Name: "offer-disk", Value: d.Spec.DiskMiB, Usage: "disk offered, MiB", EnvVars: []string{"OFFER_DISK"}},
		&cli.UintFlag{Name: "offer-capacity", Value: uint(d.Capacity), Usage: "jobs the machine runs at once (0: from its CPU, RAM and GPUs)", EnvVars: []string{"OFFER_COUNT"}},
		&cli.StringFlag{Name: "offer-price", Value: tokens(d.Price), Usage: "tokens per job", EnvVars: []string{"OFFER_PRICE"}},
		&cli.StringSliceFlag{Name: "offer-modules", Usage: "modules accepted (empty: any)", EnvVars: []string{"OFFER_MODULES"}},
		&cli.IntFlag{Name: "gpu", Usage: "GPUs offered, at most those nvidia-smi detects", EnvVars: []string{"OFFER_GPU"}},
		&cli.DurationFlag{Name: "submit-window", Value: d.SubmitWindow, Usage: "time offered to run a job and submit its result", EnvVars: []string{"OFFER_SUBMIT_WINDOW"}},
		&cli.DurationFlag{Name: "judge-window", Value: d.JudgeWindow, Usage: "time a job creator has to accept or challenge a result (silence pays you)", EnvVars: []string{"OFFER_JUDGE_WINDOW"}},
		&cli.DurationFlag{Name: "mediate-window", Value: d.MediateWindow, Usage: "time a drawn mediator has to rule", EnvVars: []string{"OFFER_MEDIATE_WINDOW"}},
		&cli.StringFlag{Name: "timeout-collateral", Value: tokens(d.TimeoutCollateral), Usage: "tokens you lose to the job creator if you never submit", EnvVars: []string{"OFFER_TIMEOUT_COLLATERAL"}},
		&cli.StringFlag{Name: "results-collateral", Value: tokens(d.ResultsCollateral), Usage: "tokens you lose to the job creator if a mediator finds your result wrong", EnvVars: []string{"OFFER_RESULTS_COLLATERAL"}},
		// A mediator's terms, stated when it registers.
		&cli.StringFlag{Name: "mediator-min-fee", Value: tokens(m.MinFee), Usage: "mediator: least mediation fee to be drawn for", EnvVars: []string{"MEDIATOR_MIN_FEE"}},
		&cli.DurationFlag{Name: "mediator-min-window", Value: m.MinWindow, Usage: "mediator: shortest mediate window to be drawn for (re-running the slowest job you accept must fit)", EnvVars: []string{"MEDIATOR_MIN_WINDOW"}},
		&cli.UintFlag{Name: "mediator-max-open", Value: uint(m.MaxOpen), Usage: "mediator: most mediations at once (not drawn beyond them)", EnvVars: []string{"MEDIATOR_MAX_OPEN"}},
		&cli.StringFlag{Name: "bacalhau-api", Usage: "run jobs on this bacalhau cluster's orchestrator (REST API URL) instead of in-process", EnvVars: []string{"COOPHIVE_BACALHAU_API"}},
		&cli.BoolFlag{Name: "no-docker", Usage: "run without a Docker engine (only wasm modules)", EnvVars: []string{"COOPHIVE_NO_DOCKER"}},
	}
}

// nodeConfig turns flags into a node config (validated by node.New).
func nodeConfig(c *cli.Context, roles []node.Role) (node.Config, error) {
	cfg := node.DefaultConfig()
	cfg.Roles, cfg.DataDir, cfg.RPCURL, cfg.Logger = roles, c.String("data-dir"), c.String("rpc-url"), logger
	cfg.Release = version
	if err := contractAddrs(c, &cfg); err != nil {
		return cfg, err
	}
	if err := checkChainID(c, cfg.RPCURL); err != nil {
		return cfg, err
	}
	var err error
	if cfg.Key, err = loadKey(c); err != nil {
		return cfg, err
	}
	cfg.ListenAddrs, cfg.Bootstrap = splitList(c.StringSlice("listen")), splitList(c.StringSlice("bootstrap"))
	if cfg.Mediators, err = parseAddrs("mediators", c.StringSlice("mediators")); err != nil {
		return cfg, err
	}
	if cfg.Solvers, err = parseAddrs("solvers", c.StringSlice("solvers")); err != nil {
		return cfg, err
	}
	if cfg.Deposit, err = parseTokens("deposit", c.String("deposit")); err != nil {
		return cfg, err
	}
	if err := cfg.InjectFaults(c.String("fault")); err != nil {
		return cfg, err
	}
	cfg.ModuleGitBase = c.String("module-git-base")
	cfg.ModuleHosts, cfg.ModuleAllowPrivate = splitList(c.StringSlice("module-hosts")), c.Bool("module-allow-private")
	cfg.Keeper = c.Bool("keeper")
	cfg.DHTServer = c.Bool("dht-server")
	cfg.MDNS = c.Bool("mdns")
	cfg.NoDocker = c.Bool("no-docker")
	cfg.BacalhauAPI = c.String("bacalhau-api")
	cfg.MediationChance = c.Float64("mediation-chance")
	if c.Command.Name == "run" || c.Command.Name == "gateway" {
		if cfg.Job.MaxPrice, err = parseTokens("max-price", c.String("max-price")); err != nil {
			return cfg, err
		}
		cfg.Job.ValidFor = c.Duration("valid-for")
		if err := jobTerms(c, &cfg.Job); err != nil {
			return cfg, err
		}
	}
	if c.Command.Name == "node" {
		cfg.MetricsAddr = c.String("metrics")
		cfg.APIAddr = c.String("api")
		if err := offerConfig(c, &cfg.Offer); err != nil {
			return cfg, err
		}
		cfg.Mediator.MinWindow = c.Duration("mediator-min-window")
		if n := c.Uint("mediator-max-open"); n > 0 && n <= math.MaxUint16 {
			cfg.Mediator.MaxOpen = uint16(n)
		} else {
			return cfg, fmt.Errorf("--mediator-max-open %d: want 1 to %d", n, math.MaxUint16)
		}
		if cfg.Mediator.MinFee, err = parseTokens("mediator-min-fee", c.String("mediator-min-fee")); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

func offerConfig(c *cli.Context, o *node.OfferConfig) error {
	o.Spec.CPUMilli, o.Spec.RAMMiB, o.Spec.DiskMiB = c.Uint64("offer-cpu"), c.Uint64("offer-ram"), c.Uint64("offer-disk")
	o.Capacity = uint32(c.Uint("offer-capacity"))
	o.Modules = splitList(c.StringSlice("offer-modules"))
	o.GPUs = c.Int("gpu")
	o.SubmitWindow, o.JudgeWindow, o.MediateWindow = c.Duration("submit-window"), c.Duration("judge-window"), c.Duration("mediate-window")
	return parseAmounts(c, map[string]**big.Int{"offer-price": &o.Price,
		"timeout-collateral": &o.TimeoutCollateral, "results-collateral": &o.ResultsCollateral})
}

// jobTerms reads the mediation fee and the bounds a job signs.
func jobTerms(c *cli.Context, j *node.JobConfig) error {
	b := &j.Bounds
	b.MaxSubmitWindow, b.MinJudgeWindow, b.MaxMediateWindow = c.Duration("max-submit-window"), c.Duration("min-judge-window"), c.Duration("max-mediate-window")
	return parseAmounts(c, map[string]**big.Int{"mediation-fee": &j.MediationFee,
		"min-timeout-collateral": &b.MinTimeoutCollateral, "min-results-collateral": &b.MinResultsCollateral})
}

// parseAmounts reads each named flag as a token amount into its destination.
func parseAmounts(c *cli.Context, dst map[string]**big.Int) error {
	for flag, p := range dst {
		v, err := parseTokens(flag, c.String(flag))
		if err != nil {
			return err
		}
		*p = v
	}
	return nil
}

// checkChainID compares WEB3_CHAIN_ID, when given, with the chain behind the RPC URL.
func checkChainID(c *cli.Context, rpcURL string) error {
	want := c.Int64("chain-id")
	if want == 0 || rpcURL == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(c.Context, 15*time.Second)
	defer cancel()
	client, err := node.DialChain(ctx, node.Config{RPCURL: rpcURL})
	if err != nil {
		return err
	}
	defer client.Close()
	got, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id from %s: %w", rpcURL, err)
	}
	if got.Int64() != want {
		return fmt.Errorf("chain at %s has id %s, but WEB3_CHAIN_ID is %d", rpcURL, got, want)
	}
	return nil
}

func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	path := filepath.Join(c.String("data-dir"), node.KeyFile)
	if s := c.String("private-key"); s != "" {
		if onCommandLine(os.Args, "private-key") {
			logger.Warn("--private-key on the command line: other local users can read process arguments (ps, /proc); " +
				"use WEB3_PRIVATE_KEY, or better leave the key out and let the node keep its own in the keystore " + path +
				" (unlocked with --passphrase-file)")
		}
		return node.ParsePrivateKey(s)
	}
	pass, err := passphrase(c)
	if err != nil {
		return nil, err
	}
	if pass == "" {
		if err := allowEmptyPassphrase(c, path); err != nil {
			return nil, err
		}
	}
	k, created, err := node.LoadOrCreateKey(c.String("data-dir"), pass)
	if err != nil {
		return nil, err
	}
	if created {
		logger.Info("created a new key", "file", path, "address", crypto.PubkeyToAddress(k.PublicKey).Hex())
	}
	return k, nil
}

// CredentialName is the systemd credential (LoadCredential=coophive-passphrase:FILE) that
// holds the keystore's passphrase when no flag gives one.
const CredentialName = "coophive-passphrase"

// passphrase is the keystore's: from --passphrase-file, else --passphrase (COOPHIVE_PASSPHRASE),
// else the systemd credential, else empty.
func passphrase(c *cli.Context) (string, error) {
	file, pass := c.String("passphrase-file"), c.String("passphrase")
	if file != "" && pass != "" {
		return "", errors.New("both --passphrase-file and --passphrase (COOPHIVE_PASSPHRASE) are set: keep the file")
	}
	if pass != "" {
		if onCommandLine(os.Args, "passphrase") {
			logger.Warn("--passphrase on the command line: other local users can read process arguments (ps, /proc); use --passphrase-file")
		}
		return pass, nil
	}
	if dir := os.Getenv("CREDENTIALS_DIRECTORY"); file == "" && dir != "" {
		if _, err := os.Stat(filepath.Join(dir, CredentialName)); err == nil {
			file = filepath.Join(dir, CredentialName)
		}
	}
	if file == "" {
		return "", nil
	}
	return readPassphraseFile(file)
}

// readPassphraseFile reads a passphrase file, without its trailing newline.
func readPassphraseFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("passphrase file: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// allowEmptyPassphrase refuses a keystore without a passphrase except on a local dev chain:
// --chain-id 1337 or 31337 (WEB3_CHAIN_ID; the devnet's devnet.env sets it), checked against
// the chain at --rpc-url before the keystore is touched.
func allowEmptyPassphrase(c *cli.Context, path string) error {
	if !node.IsDevChainID(c.Int64("chain-id")) || c.String("rpc-url") == "" {
		return fmt.Errorf("the keystore %s needs a passphrase: put it in a file and pass --passphrase-file FILE "+
			"(COOPHIVE_PASSPHRASE_FILE); an empty one is only for a dev chain (--chain-id %d and its --rpc-url)", path, node.DevChainIDs[0])
	}
	return checkChainID(c, c.String("rpc-url"))
}

// onCommandLine reports whether args set flag name themselves (not through its env var).
func onCommandLine(args []string, name string) bool {
	for _, a := range args[1:] {
		if a == "--" {
			return false
		}
		f, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && f == name {
			return true
		}
	}
	return false
}

// contractAddrs sets cfg's contracts from --market and --token.
func contractAddrs(c *cli.Context, cfg *node.Config) error {
	for _, f := range []struct {
		flag string
		dst  *common.Address
	}{{"market", &cfg.Contracts.Market}, {"token", &cfg.Contracts.Token}} {
		s := c.String(f.flag)
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--%s: %q is not an address (set WEB3_%s_ADDRESS, e.g. by sourcing devnet.env)",
				f.flag, s, strings.ToUpper(f.flag))
		}
		*f.dst = common.HexToAddress(s)
	}
	return nil
}

func parseInputs(kvs []string) (map[string]string, error) {
	in := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("input %q: want KEY=VALUE", kv)
		}
		in[k] = v
	}
	return in, nil
}

func parseAddrs(what string, list []string) ([]common.Address, error) {
	var out []common.Address
	for _, s := range splitList(list) {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%s: %q is not an address", what, s)
		}
		out = append(out, common.HexToAddress(s))
	}
	return out, nil
}

// parseTokens reads a token amount such as "2" or "0.5" into base units (18 decimals).
func parseTokens(what, s string) (*big.Int, error) {
	v, err := node.ParseTokens(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return v, nil
}

// splitList flattens comma-separated values inside repeated flags.
func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

var hashRE = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

func isHash(s string) bool { return hashRE.MatchString(s) }

func bigInt(v int64) *big.Int { return big.NewInt(v) }
