package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/node"
)

// networkFlag names a network file (`coophive deploy --out`). What it says fills the flags
// left unset: a flag given on the command line or by its environment variable wins.
func networkFlag() cli.Flag {
	return &cli.StringFlag{Name: "network", Usage: "network file (coophive deploy --out): chain id, contracts, bootstrap peers, mediators, solvers; " +
		"a flag or its environment variable wins over it", EnvVars: []string{"COOPHIVE_NETWORK"}}
}

// networkFields are the flags a network file fills, and their values in it.
func networkFields(n *node.Network) map[string][]string {
	addrs := func(as []common.Address) []string {
		out := make([]string, len(as))
		for i, a := range as {
			out[i] = a.Hex()
		}
		return out
	}
	return map[string][]string{
		"chain-id": {strconv.FormatInt(n.ChainID, 10)}, "token": {n.Token.Hex()}, "market": {n.Market.Hex()},
		"bootstrap": n.Bootstrap, "mediators": addrs(n.Mediators), "solvers": addrs(n.Solvers),
	}
}

// applyNetwork is the Before of every command with --network: it sets each flag the file
// fills that neither the command line nor the environment set, then, when the Market comes
// from the file and an RPC URL is known, checks the file against the chain (chain id, the
// code at the Market).
func applyNetwork(c *cli.Context) error {
	path := c.String("network")
	if path == "" {
		return nil
	}
	n, err := node.ReadNetwork(path)
	if err != nil {
		return err
	}
	for flag, vals := range networkFields(n) {
		if !hasFlag(c.Command.Flags, flag) || given(c, flag) {
			continue
		}
		for _, v := range vals {
			if err := c.Set(flag, v); err != nil {
				return fmt.Errorf("network file %s: --%s: %w", path, flag, err)
			}
		}
	}
	if c.String("market") != n.Market.Hex() || c.String("rpc-url") == "" {
		return nil // the Market is another's (a flag won): nothing of the file to check
	}
	ctx, cancel := context.WithTimeout(c.Context, 15*time.Second)
	defer cancel()
	client, err := node.DialChain(ctx, node.Config{RPCURL: c.String("rpc-url")})
	if err != nil {
		return err
	}
	defer client.Close()
	if err := client.CheckNetwork(ctx, n); err != nil {
		return fmt.Errorf("network file %s does not describe the chain at %s: %w", path, c.String("rpc-url"), err)
	}
	return nil
}

// given reports whether the command line or the environment gave a flag a value: an
// environment variable set empty gives none.
func given(c *cli.Context, flag string) bool {
	if !c.IsSet(flag) {
		return false
	}
	switch flag {
	case "chain-id":
		return c.Int64(flag) != 0
	case "bootstrap", "mediators", "solvers":
		return len(splitList(c.StringSlice(flag))) > 0
	}
	return c.String(flag) != ""
}

// withNetworkFiles makes applyNetwork the Before of each command with a --network flag.
func withNetworkFiles(cmds []*cli.Command) []*cli.Command {
	for _, cmd := range cmds {
		if hasFlag(cmd.Flags, "network") && cmd.Before == nil {
			cmd.Before = applyNetwork
		}
	}
	return cmds
}

// operatorTimeoutFlag bounds an operator command: its transactions and their receipts.
func operatorTimeoutFlag() cli.Flag {
	return &cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "give up after this long (transactions sent may still be mined)",
		EnvVars: []string{"COOPHIVE_TX_TIMEOUT"}}
}

// keystoreFlags are how an operator command finds the key it sends from.
func keystoreFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "keystore", Usage: "keystore file of the key to send from (coophive keys new), unlocked with --passphrase-file",
			EnvVars: []string{"COOPHIVE_KEYSTORE"}},
		&cli.StringFlag{Name: "passphrase-file", Usage: "file holding the keystore's passphrase (default: the systemd credential " + CredentialName + ")",
			EnvVars: []string{"COOPHIVE_PASSPHRASE_FILE"}},
		&cli.StringFlag{Name: "passphrase", Usage: "the keystore's passphrase (prefer --passphrase-file)", EnvVars: []string{"COOPHIVE_PASSPHRASE"}},
		&cli.StringFlag{Name: "private-key", Usage: "hex private key (dev chains; otherwise --keystore)", EnvVars: []string{"WEB3_PRIVATE_KEY"}},
	}
}

// operatorKey is the key an operator command sends from: --private-key, else --keystore,
// else (deposit, withdraw) the keystore in --data-dir, which it never creates.
func operatorKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	ks, hex := c.String("keystore"), c.String("private-key")
	if ks != "" && hex != "" {
		return nil, errors.New("both --keystore (COOPHIVE_KEYSTORE) and --private-key (WEB3_PRIVATE_KEY) are set: unset one")
	}
	if hex != "" {
		if onCommandLine(os.Args, "private-key") {
			logger.Warn("--private-key on the command line: other local users can read process arguments (ps, /proc); use --keystore")
		}
		return node.ParsePrivateKey(hex)
	}
	if ks == "" && c.String("data-dir") != "" {
		ks = filepath.Join(c.String("data-dir"), node.KeyFile)
	}
	if ks == "" {
		return nil, errors.New("no key: pass --keystore FILE --passphrase-file FILE, or WEB3_PRIVATE_KEY on a dev chain")
	}
	pass, err := passphrase(c)
	if err != nil {
		return nil, err
	}
	if pass == "" {
		if err := allowEmptyPassphrase(c, ks); err != nil {
			return nil, err
		}
	}
	k, err := node.LoadKeystore(ks, pass)
	if errors.Is(err, keystore.ErrDecrypt) && pass == "" {
		return nil, fmt.Errorf("%w (no passphrase given: pass --passphrase-file FILE)", err)
	}
	return k, err
}

// dialOperator connects to --rpc-url with the contracts of --market and --token (unless
// noContracts) and, when withKey, the operator's key; it checks --chain-id first.
func dialOperator(ctx context.Context, c *cli.Context, withKey, noContracts bool) (*node.ChainClient, error) {
	cfg := node.Config{RPCURL: c.String("rpc-url")}
	if cfg.RPCURL == "" {
		return nil, errors.New("no chain: set --rpc-url or WEB3_RPC_URL")
	}
	if !noContracts {
		if err := contractAddrs(c, &cfg); err != nil {
			return nil, err
		}
	}
	if err := checkChainID(c, cfg.RPCURL); err != nil {
		return nil, err
	}
	if withKey {
		var err error
		if cfg.Key, err = operatorKey(c); err != nil {
			return nil, err
		}
	}
	return node.DialChain(ctx, cfg)
}

func deployCommand() *cli.Command {
	def := node.DefaultMarketParams()
	return &cli.Command{
		Name: "deploy",
		Usage: "deploy a Token and a Market to the chain at --rpc-url, write their network file (--out) " +
			"and print its export lines",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "rpc-url", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"WEB3_RPC_URL"}},
			&cli.Int64Flag{Name: "chain-id", Usage: "expected chain id (checked against the chain)", EnvVars: []string{"WEB3_CHAIN_ID"}},
			&cli.StringFlag{Name: "out", Usage: "the network file to write (never overwritten)", Required: true, EnvVars: []string{"COOPHIVE_NETWORK_OUT"}},
			&cli.StringFlag{Name: "bond", Value: tokens(def.Bond), Usage: "Market: tokens a solver or mediator locks to register", EnvVars: []string{"MARKET_BOND"}},
			&cli.Int64Flag{Name: "solver-fee-bps", Value: def.SolverFeeBps, Usage: "Market: the solver's fee, in basis points of a deal's price", EnvVars: []string{"MARKET_SOLVER_FEE_BPS"}},
			&cli.StringFlag{Name: "supply", Value: tokens(node.DefaultTokenSupply()), Usage: "tokens minted to the deployer", EnvVars: []string{"TOKEN_SUPPLY"}},
			&cli.StringSliceFlag{Name: "bootstrap", Usage: "multiaddr of a peer to join the mesh through, written to the file (repeatable, or comma-separated)", EnvVars: []string{"BOOTSTRAP_PEERS"}},
			&cli.StringSliceFlag{Name: "mediators", Usage: "addresses of the network's mediators, written to the file", EnvVars: []string{"SERVICE_MEDIATORS"}},
			&cli.StringSliceFlag{Name: "solvers", Usage: "addresses of the network's solvers, written to the file", EnvVars: []string{"SERVICE_SOLVERS"}},
			operatorTimeoutFlag(),
		}, keystoreFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return errors.New("deploy takes no arguments")
			}
			p := node.DeployParams{Bootstrap: splitList(c.StringSlice("bootstrap"))}
			var err error
			if p.Mediators, err = parseAddrs("mediators", c.StringSlice("mediators")); err != nil {
				return err
			}
			if p.Solvers, err = parseAddrs("solvers", c.StringSlice("solvers")); err != nil {
				return err
			}
			if p.Market.Bond, err = parseTokens("bond", c.String("bond")); err != nil {
				return err
			}
			if p.Supply, err = parseTokens("supply", c.String("supply")); err != nil {
				return err
			}
			if p.Market.SolverFeeBps = c.Int64("solver-fee-bps"); p.Market.SolverFeeBps < 0 || p.Market.SolverFeeBps > 10_000 {
				return fmt.Errorf("--solver-fee-bps %d: want 0 to 10000", p.Market.SolverFeeBps)
			}
			if err := node.CheckBootstrap(p.Bootstrap); err != nil {
				return err
			}
			out := c.String("out")
			if _, err := os.Lstat(out); err == nil {
				return fmt.Errorf("%s exists: not overwriting a network file (move it away, or choose another --out)", out)
			}
			ctx, stop := signalContext(c)
			defer stop()
			ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
			defer cancel()
			client, err := dialOperator(ctx, c, true, true)
			if err != nil {
				return err
			}
			defer client.Close()
			n, err := client.DeployNetwork(ctx, p)
			if err != nil {
				return err
			}
			if err := node.WriteNetwork(out, n); err != nil {
				return err
			}
			abs, err := filepath.Abs(out)
			if err != nil {
				abs = out
			}
			fmt.Fprintf(os.Stderr, "deployed token %s and market %s on chain %d at block %d; network file %s\n",
				n.Token.Hex(), n.Market.Hex(), n.ChainID, n.DeployBlock, out)
			fmt.Print(n.Exports(abs))
			return nil
		},
	}
}

func fundCommand() *cli.Command {
	return &cli.Command{
		Name:      "fund",
		Usage:     "send ETH and tokens from the key (the deployer's: the network's faucet) to addresses",
		ArgsUsage: "ADDRESS...",
		Flags: append(append(chainFlags(),
			&cli.StringFlag{Name: "eth", Value: "0", Usage: "ETH to send each address", EnvVars: []string{"FUND_ETH"}},
			&cli.StringFlag{Name: "tokens", Value: "0", Usage: "tokens to send each address", EnvVars: []string{"FUND_TOKENS"}},
			operatorTimeoutFlag()), keystoreFlags()...),
		Action: func(c *cli.Context) error {
			to, err := addressArgs(c, false)
			if err != nil {
				return err
			}
			if len(to) == 0 {
				return errors.New("fund takes one or more ADDRESS, e.g. coophive fund 0x… --eth 1 --tokens 100")
			}
			eth, err := parseTokens("eth", c.String("eth"))
			if err != nil {
				return err
			}
			toks, err := parseTokens("tokens", c.String("tokens"))
			if err != nil {
				return err
			}
			if eth.Sign() == 0 && toks.Sign() == 0 {
				return errors.New("nothing to send: give --eth, --tokens or both")
			}
			return withOperator(c, true, func(ctx context.Context, client *node.ChainClient) error {
				funded, err := client.Fund(ctx, to, eth, toks)
				if err != nil {
					return err
				}
				for _, f := range funded {
					fmt.Printf("funded %s with %s ETH and %s tokens from %s\n", f.To.Hex(), tokens(eth), tokens(toks), client.From().Hex())
				}
				return nil
			})
		},
	}
}

func balancesCommand() *cli.Command {
	return &cli.Command{
		Name:  "balances",
		Usage: "print each account's ETH, wallet tokens and free and locked escrow, as a table",
		ArgsUsage: "ACCOUNT... (an address, a keystore file, or with --network: deployer, solvers, mediators; " +
			"none: all three)",
		Flags: append(chainFlags(), operatorTimeoutFlag()),
		Action: func(c *cli.Context) error {
			who, err := addressArgs(c, true)
			if err != nil {
				return err
			}
			if len(who) == 0 {
				return errors.New("balances takes one or more ACCOUNT: an address, a keystore file, or with --network deployer, solvers or mediators")
			}
			return withOperator(c, false, func(ctx context.Context, client *node.ChainClient) error {
				bs, err := client.Balances(ctx, who)
				if err != nil {
					return err
				}
				node.WriteBalances(os.Stdout, bs)
				return nil
			})
		},
	}
}

// addressArgs reads the arguments as accounts: addresses, keystore files, and (names) the
// network file's deployer, solvers and mediators, all three when there are no arguments.
func addressArgs(c *cli.Context, names bool) ([]common.Address, error) {
	args := c.Args().Slice()
	var n *node.Network
	if names && c.String("network") != "" {
		var err error
		if n, err = node.ReadNetwork(c.String("network")); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			args = []string{"deployer", "solvers", "mediators"}
		}
	}
	var out []common.Address
	for _, a := range args {
		switch {
		case common.IsHexAddress(a):
			out = append(out, common.HexToAddress(a))
		case n != nil && a == "deployer":
			out = append(out, n.Deployer)
		case n != nil && a == "solvers":
			out = append(out, n.Solvers...)
		case n != nil && a == "mediators":
			out = append(out, n.Mediators...)
		default:
			if _, err := os.Stat(a); err != nil {
				return nil, fmt.Errorf("%q is neither an address nor a keystore file", a)
			}
			addr, err := node.KeystoreAddress(a)
			if err != nil {
				return nil, err
			}
			out = append(out, addr)
		}
	}
	return out, nil
}

// withOperator runs f with a chain client from the flags, under the command's --timeout.
func withOperator(c *cli.Context, withKey bool, f func(ctx context.Context, client *node.ChainClient) error) error {
	ctx, stop := signalContext(c)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
	defer cancel()
	client, err := dialOperator(ctx, c, withKey, false)
	if err != nil {
		return err
	}
	defer client.Close()
	return f(ctx, client)
}

// escrowFlags are deposit's and withdraw's: the chain, and the node's key.
func escrowFlags() []cli.Flag {
	home, _ := os.UserHomeDir()
	return append(append(chainFlags(), dataDirFlag(filepath.Join(home, ".coophive")), operatorTimeoutFlag()), keystoreFlags()...)
}

func depositCommand() *cli.Command {
	return &cli.Command{
		Name:      "deposit",
		Usage:     "move tokens from a node's wallet into its free escrow (one depositWithPermit transaction)",
		ArgsUsage: "AMOUNT (tokens)",
		Flags:     escrowFlags(),
		Action: func(c *cli.Context) error {
			return escrowMove(c, "deposit", func(ctx context.Context, client *node.ChainClient, amount string) error {
				v, err := parseTokens("amount", amount)
				if err != nil {
					return err
				}
				_, err = client.DepositEscrow(ctx, v)
				return err
			})
		},
	}
}

func withdrawCommand() *cli.Command {
	return &cli.Command{
		Name:      "withdraw",
		Usage:     "move tokens of a node's free escrow back to its wallet",
		ArgsUsage: "AMOUNT (tokens)",
		Flags:     escrowFlags(),
		Action: func(c *cli.Context) error {
			return escrowMove(c, "withdraw", func(ctx context.Context, client *node.ChainClient, amount string) error {
				v, err := parseTokens("amount", amount)
				if err != nil {
					return err
				}
				return client.WithdrawEscrow(ctx, v)
			})
		},
	}
}

// escrowMove runs deposit or withdraw, then prints the account's balances.
func escrowMove(c *cli.Context, name string, move func(ctx context.Context, client *node.ChainClient, amount string) error) error {
	if c.NArg() != 1 {
		return fmt.Errorf("%s takes one AMOUNT of tokens, e.g. coophive %s 10", name, name)
	}
	amount := c.Args().First()
	if _, err := parseTokens("amount", amount); err != nil {
		return err
	}
	return withOperator(c, true, func(ctx context.Context, client *node.ChainClient) error {
		if err := move(ctx, client, amount); err != nil {
			return err
		}
		bs, err := client.Balances(ctx, []common.Address{client.From()})
		if err != nil {
			return err
		}
		b := bs[0]
		past := map[string]string{"deposit": "deposited", "withdraw": "withdrew"}[name]
		fmt.Printf("%s %s tokens: %s has %s in its wallet, %s free and %s locked in escrow\n",
			past, amount, b.Address.Hex(), tokens(b.Tokens), tokens(b.Free), tokens(b.Locked))
		return nil
	})
}
