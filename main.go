// Command coophive is a peer-to-peer market for compute. See README.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/bench"
	"github.com/coophive/coophive/devnet"
	"github.com/coophive/coophive/node"
)

// gcPercent is the garbage collector's target unless GOGC says otherwise. A node's live heap
// is small and gossip allocates at a steady rate, so collecting less often buys CPU for a
// little memory: on two cores, 100 nodes in one process carried 100 offers a second with a
// p99 of 19-31 ms at 400 against 0.53 s at Go's default of 100, where a collection fell in
// the timed window (`coophive bench gossip`, README).
// GOMEMLIMIT, when set, still bounds the heap.
const gcPercent = 400

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	app := newApp()
	if err := app.Run(flagsFirst(app, os.Args)); err != nil {
		fmt.Fprintln(os.Stderr, "coophive:", err)
		os.Exit(1)
	}
}

// newApp is the coophive CLI: its global flags and its commands.
func newApp() *cli.App {
	cli.VersionPrinter = printVersion
	return &cli.App{
		Name:    "coophive",
		Version: version,
		Usage:   "a peer-to-peer market for compute",
		Description: "Job creators and resource providers meet in a libp2p mesh; solvers turn their signed\n" +
			"offers into deals that the Market contract checks and settles; jobs run in bacalhau.",
		Flags: []cli.Flag{logLevelFlag},
		// Values keep their commas (-i 'Message=hello, world'); list flags split them
		// themselves (splitList).
		DisableSliceFlagSeparator: true,
		Before: func(c *cli.Context) error {
			level := c.String("log-level")
			if !c.IsSet("log-level") && c.Args().First() == "run" {
				level = "warn" // run shows its own progress lines
			}
			return setupLogging(level)
		},
		Commands: withNetworkFiles([]*cli.Command{devnetCommand(), chainCommand(), runCommand(), waitCommand(), nodeCommand(), inspectCommand(), runCowsayOnchainCommand(), whyCommand(), peersCommand(), providersCommand(), benchCommand(),
			keysCommand(), versionCommand(), gatewayCommand(), faucetCommand(), deployCommand(), fundCommand(), balancesCommand(), depositCommand(), withdrawCommand(), imagesCommand()}),
	}
}

// signalContext ends on Ctrl-C or SIGTERM.
func signalContext(c *cli.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
}

func devnetCommand() *cli.Command {
	dn := devnet.DefaultConfig()
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local market: embedded dev chain with the contracts, a solver and a resource provider",
		Flags: append([]cli.Flag{dataDirFlag(".coophive-devnet"),
			&cli.IntFlag{Name: "http-port", Value: dn.HTTPPort, Usage: "JSON-RPC port on 127.0.0.1 (0: any free port)", EnvVars: []string{"DEVNET_HTTP_PORT"}},
			&cli.Int64Flag{Name: "chain-id", Value: dn.ChainID.Int64(), Usage: "chain id of the dev chain", EnvVars: []string{"WEB3_CHAIN_ID"}},
			&cli.DurationFlag{Name: "block-period", Value: dn.BlockPeriod, Usage: "time between blocks", EnvVars: []string{"DEVNET_BLOCK_PERIOD"}},
			&cli.IntFlag{Name: "extra-keys", Usage: "fund this many more keys and write them to DATA_DIR/keys.txt", EnvVars: []string{"DEVNET_EXTRA_KEYS"}},
			&cli.UintFlag{Name: "rp-capacity", Usage: "jobs the devnet's resource provider runs at once (0: from its CPU, RAM and GPUs)", EnvVars: []string{"DEVNET_RP_CAPACITY"}},
		}, moduleFetchFlags()...),
		Action: func(c *cli.Context) error {
			ctx, stop := signalContext(c)
			defer stop()
			port := c.Int("http-port")
			if port == 0 {
				port = -1 // any free port
			}
			d, err := devnet.Start(ctx, devnet.Config{
				DataDir: c.String("data-dir"), ChainID: bigInt(c.Int64("chain-id")),
				HTTPPort: port, BlockPeriod: c.Duration("block-period"), ExtraKeys: c.Int("extra-keys"),
				ModuleGitBase: c.String("module-git-base"), Logger: logger,
				ModuleHosts: splitList(c.StringSlice("module-hosts")), ModuleAllowPrivate: c.Bool("module-allow-private"),
				RPCapacity: uint32(c.Uint("rp-capacity")),
			})
			if err != nil {
				return err
			}
			env := c.String("data-dir") + "/" + devnet.EnvFile
			fmt.Printf("devnet ready: chain %s, env in %s (source it, then: coophive run cowsay:v0.0.1 -i Message=moo)\n",
				d.EnvValue("WEB3_RPC_URL"), env)
			<-ctx.Done()
			fmt.Println("devnet stopping")
			return d.Stop()
		},
	}
}

func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "run one job as a job creator: wait for its deal and result, judge it (an accept is sent, not waited for)",
		ArgsUsage: "MODULE (built in, e.g. cowsay:v0.0.1, or from git: HOST/ORG/REPO:TAG)",
		Flags:     append(commonFlags(), jobFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return errors.New("run takes one MODULE, e.g. coophive run cowsay:v0.0.1 -i Message=moo")
			}
			inputs, err := parseInputs(c.StringSlice("input"))
			if err != nil {
				return err
			}
			job := node.Job{Module: c.Args().First(), Inputs: inputs, Files: c.StringSlice("input-file")}
			if err := node.CheckJob(job); err != nil {
				return err // before anything starts
			}
			return withJCNode(c, func(ctx context.Context, n *node.Node) error {
				ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
				defer cancel()
				return runJob(ctx, n, job)
			})
		},
	}
}

func waitCommand() *cli.Command {
	return &cli.Command{
		Name:      "wait",
		Usage:     "wait again for a deal of yours that run gave up on, judge its result and print it",
		ArgsUsage: "DEAL_ID",
		Flags:     append(commonFlags(), jobFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 || !isHash(c.Args().First()) {
				return errors.New("wait takes one DEAL_ID: 0x followed by 64 hex digits")
			}
			return withJCNode(c, func(ctx context.Context, n *node.Node) error {
				ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
				defer cancel()
				res, err := n.WaitJob(ctx, common.HexToHash(c.Args().First()), printProgress)
				return printResult(res, err)
			})
		},
	}
}

func printProgress(stage, detail string) { progressf(stage, "%s", detail) }

func runJob(ctx context.Context, n *node.Node, job node.Job) error {
	return printResult(n.RunJob(ctx, job, printProgress))
}

// printResult prints a settled job's stdout, then its outcome line.
func printResult(res *node.JobResult, err error) error {
	if err != nil {
		return err
	}
	os.Stdout.Write(res.Stdout)
	line, err := res.Outcome()
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, line)
	return nil
}

func nodeCommand() *cli.Command {
	return &cli.Command{
		Name:  "node",
		Usage: "run one long-lived node of a network (roles: rp, solver, mediator, jc)",
		Flags: append(append(commonFlags(), &cli.StringFlag{Name: "role", Usage: "roles, comma-separated: rp, solver, mediator, jc",
			Required: true, EnvVars: []string{"COOPHIVE_ROLES"}},
			&cli.BoolFlag{Name: "keeper", Usage: "call every deal's timeouts once due, not only those protecting this node's money", EnvVars: []string{"COOPHIVE_KEEPER"}},
			&cli.StringFlag{Name: "metrics", Usage: "serve /metrics (Prometheus), /healthz and /readyz over HTTP on this host:port, e.g. 127.0.0.1:9464 (empty: off)",
				EnvVars: []string{"COOPHIVE_METRICS"}},
			&cli.StringFlag{Name: "api", Usage: "serve the node API (/api/v1/..., described at /api/v1/openapi.yaml) on this host:port, e.g. 127.0.0.1:8080; " +
				"its reads need no token, so bind it to loopback (empty: off)", EnvVars: []string{"COOPHIVE_API"}},
		), offerFlags()...),
		Action: func(c *cli.Context) error {
			roles, err := node.ParseRoles(c.String("role"))
			if err != nil {
				return err
			}
			return withNode(c, roles, func(ctx context.Context, n *node.Node) error {
				fmt.Printf("node %s running as %s; mesh address %s\n", n.Address().Hex(), c.String("role"), strings.Join(n.Host().Addrs(), " "))
				if a := n.MetricsAddr(); a != "" {
					fmt.Printf("metrics on http://%s/metrics (health: /healthz, /readyz)\n", a)
				}
				if a := n.APIAddr(); a != "" {
					fmt.Printf("API on http://%s/api/v1/ (described at /api/v1/openapi.yaml; bearer token in %s)\n", a,
						filepath.Join(c.String("data-dir"), node.APITokenFile))
				}
				<-ctx.Done()
				return n.Stop()
			})
		},
	}
}

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "print an on-chain deal as JSON",
		ArgsUsage: "DEAL_ID",
		Flags:     chainFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 || !isHash(c.Args().First()) {
				return errors.New("inspect takes one DEAL_ID: 0x followed by 64 hex digits")
			}
			cfg := node.Config{RPCURL: c.String("rpc-url")}
			if err := contractAddrs(c, &cfg); err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
			defer cancel()
			client, err := node.DialChain(ctx, cfg)
			if err != nil {
				return err
			}
			defer client.Close()
			d, err := client.Deal(ctx, common.HexToHash(c.Args().First()))
			if err != nil {
				return err
			}
			out, _ := json.MarshalIndent(d, "", "  ")
			fmt.Println(string(out))
			return nil
		},
	}
}

// flagsFirst moves a command's flags before its positional arguments, so that
// `coophive run cowsay:v0.0.1 -i Message=moo` works (urfave/cli stops parsing flags at the
// first positional argument), and the app's global flags given after the command (as in
// `coophive run --log-level debug ...`) before it.
func flagsFirst(app *cli.App, args []string) []string {
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") { // global flags
		if !strings.Contains(args[i], "=") && !isBoolFlag(app.Flags, args[i]) {
			i++
		}
		i++
	}
	if i >= len(args) {
		return args
	}
	start, cmd := i, app.Command(args[i]) // a subcommand's flags move too: keys inspect FILE --passphrase-file P
	for cmd != nil && len(cmd.Subcommands) > 0 && i+1 < len(args) && cmd.Command(args[i+1]) != nil {
		i++
		cmd = cmd.Command(args[i])
	}
	if cmd == nil || len(cmd.Subcommands) > 0 {
		return args
	}
	var global, flags, positional []string
	rest := args[i+1:]
	for k := 0; k < len(rest); k++ {
		a := rest[k]
		switch {
		case a == "--":
			positional = append(positional, rest[k+1:]...)
			k = len(rest)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			to := &flags
			if hasFlag(app.Flags, a) && !hasFlag(cmd.Flags, a) {
				to = &global
			}
			*to = append(*to, a)
			if !strings.Contains(a, "=") && !isBoolFlag(cmd.Flags, a) && !isBoolFlag(app.Flags, a) && k+1 < len(rest) {
				k++
				*to = append(*to, rest[k])
			}
		default:
			positional = append(positional, a)
		}
	}
	out := append(append(append([]string{}, args[:start]...), global...), args[start:i+1]...)
	return append(append(out, flags...), positional...)
}

// hasFlag reports whether arg (-name, --name or --name=value) names one of flags.
func hasFlag(flags []cli.Flag, arg string) bool {
	name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

func isBoolFlag(flags []cli.Flag, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	for _, f := range flags {
		if _, ok := f.(*cli.BoolFlag); !ok {
			continue
		}
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

func whyCommand() *cli.Command {
	return &cli.Command{
		Name:      "why",
		Usage:     "ask the network's solvers why a job offer found no deal",
		ArgsUsage: "JOB_ID (the job offer's id, as `run` printed it)",
		Flags:     commonFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 || !isHash(c.Args().First()) {
				return errors.New("why takes one JOB_ID: 0x followed by 64 hex digits")
			}
			return withJCNode(c, func(ctx context.Context, n *node.Node) error {
				answers, err := n.WhyNoMatch(ctx, common.HexToHash(c.Args().First()))
				if err != nil {
					return err
				}
				for _, a := range answers {
					fmt.Print(a.String())
				}
				return nil
			})
		},
	}
}

// withJCNode runs f with a started job-creator node configured from the flags.
func withJCNode(c *cli.Context, f func(ctx context.Context, n *node.Node) error) error {
	return withNode(c, []node.Role{node.RoleJC}, f)
}

// withNode runs f with a started node of the given roles, configured from the flags, and
// stops the node when f returns (or on Ctrl-C, which ends f's context).
func withNode(c *cli.Context, roles []node.Role, f func(ctx context.Context, n *node.Node) error) error {
	cfg, err := nodeConfig(c, roles)
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c)
	defer stop()
	n, err := node.New(cfg)
	if err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return err
	}
	defer n.Stop()
	return f(ctx, n)
}

func peersCommand() *cli.Command {
	return &cli.Command{
		Name:  "peers",
		Usage: "list the network's nodes and their signed capability records",
		Flags: append(commonFlags(), &cli.DurationFlag{Name: "wait", Value: 3 * time.Second, Usage: "how long to listen for records"}),
		Action: func(c *cli.Context) error {
			return withJCNode(c, func(ctx context.Context, n *node.Node) error {
				time.Sleep(c.Duration("wait"))
				node.WritePeers(os.Stdout, n.Capabilities(ctx), n.Host().ID())
				return nil
			})
		},
	}
}

func providersCommand() *cli.Command {
	return &cli.Command{
		Name:      "providers",
		Usage:     "find the nodes announced in the DHT under a key such as role:rp or \"gpu:NVIDIA H200\"",
		ArgsUsage: "KEY",
		Flags:     commonFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return errors.New("providers takes one KEY, e.g. role:rp or \"gpu:NVIDIA H200\"")
			}
			return withJCNode(c, func(ctx context.Context, n *node.Node) error {
				ids, err := n.FindProviders(ctx, c.Args().First())
				if err != nil {
					return err
				}
				node.WriteProviders(os.Stdout, ids)
				return nil
			})
		},
	}
}

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "benchmarks that print figures",
		Subcommands: []*cli.Command{{
			Name:  "match",
			Usage: "match random jobs against a random offer book with the indexed matcher",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "jobs", Value: 10_000},
				&cli.IntFlag{Name: "offers", Value: 10_000},
				&cli.Int64Flag{Name: "seed", Value: 1},
			},
			Action: func(c *cli.Context) error {
				bench.Match(os.Stdout, c.Int("jobs"), c.Int("offers"), c.Int64("seed"))
				return nil
			},
		}, {
			Name:  "deal-latency",
			Usage: "on an in-process devnet, time from a job's publication to its DealMatched block",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "jobs", Value: 100},
				&cli.DurationFlag{Name: "spacing", Value: 300 * time.Millisecond, Usage: "between publications"},
				&cli.DurationFlag{Name: "block-period", Value: time.Second},
			},
			Action: func(c *cli.Context) error {
				dir, err := os.MkdirTemp("", "coophive-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				quiet := logger.With("bench", "deal-latency")
				rep, err := bench.DealLatency(c.Context, c.Int("jobs"), c.Duration("spacing"), c.Duration("block-period"), dir, quiet)
				if err != nil {
					return err
				}
				fmt.Println(rep)
				return nil
			},
		}, {
			Name: "run",
			Usage: "on an in-process devnet, time N `coophive run cowsay:v0.0.1` processes started at once, exec to exit, " +
				"against N `docker run --rm` of its image",
			Flags: []cli.Flag{&cli.IntFlag{Name: "jobs", Value: 10, Usage: "jobs run at once (the devnet's RP queues those beyond its slots)"},
				&cli.UintFlag{Name: "slots", Usage: "jobs the devnet's RP runs at once (0: from the machine)"}},
			Action: func(c *cli.Context) error {
				bin, err := os.Executable()
				if err != nil {
					return fmt.Errorf("bench run: this binary's path: %w", err)
				}
				dir, err := os.MkdirTemp("", "coophive-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				ctx, stop := signalContext(c)
				defer stop()
				_, err = bench.Run(ctx, os.Stdout, bench.RunConfig{Jobs: c.Int("jobs"), Slots: uint32(c.Uint("slots")), Bin: bin, DataDir: dir,
					Stderr: os.Stderr, Log: logger.With("bench", "run")})
				return err
			},
		}, {
			Name:  "gossip",
			Usage: "N libp2p nodes in this process (loopback QUIC or TCP, or simulated); publish signed offers and time their delivery",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "nodes", Value: 100},
				&cli.IntFlag{Name: "offers", Value: 1000},
				&cli.IntFlag{Name: "rate", Value: 100, Usage: "offers per second"},
				&cli.IntFlag{Name: "warmup", Value: 2000, Usage: "offers published (at --rate) before the timed ones, so the nodes' caches do not all grow at once while timed"},
				&cli.StringFlag{Name: "transport", Value: bench.TransportQUIC,
					Usage: "quic or tcp on loopback, or simulated (go-libp2p's in-memory network)"},
				&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the timed phase (after the warm-up) to this file"},
			},
			Action: func(c *cli.Context) error {
				var prof io.Writer
				if path := c.String("cpuprofile"); path != "" {
					f, err := os.Create(path)
					if err != nil {
						return err
					}
					defer f.Close()
					prof = f
				}
				rep, err := bench.Gossip(c.Context, bench.GossipConfig{Nodes: c.Int("nodes"), Offers: c.Int("offers"),
					Rate: c.Int("rate"), Warmup: c.Int("warmup"), Transport: c.String("transport"), Profile: prof}, logger.With("bench", "gossip"))
				if err != nil {
					return err
				}
				fmt.Println(rep.Detail())
				fmt.Println(rep)
				return nil
			},
		}, {
			Name:  "flood",
			Usage: "an observer node, an honest job creator and attacker peers in this process (loopback QUIC, in-process chain); the attackers flood signed jobs and offers from fresh keys without escrow",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "keys", Value: 1000, Usage: "fresh attacker keys"},
				&cli.IntFlag{Name: "msgs", Value: 20_000, Usage: "attacker messages in all"},
				&cli.IntFlag{Name: "rate", Value: 2000, Usage: "attacker messages per second"},
				&cli.IntFlag{Name: "attackers", Value: 4, Usage: "attacker peers"},
				&cli.IntFlag{Name: "honest", Value: 100, Usage: "honest jobs published during the flood"},
			},
			Action: func(c *cli.Context) error {
				dir, err := os.MkdirTemp("", "coophive-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				rep, err := bench.Flood(c.Context, bench.FloodConfig{Keys: c.Int("keys"), Msgs: c.Int("msgs"), Rate: c.Int("rate"),
					Attackers: c.Int("attackers"), Honest: c.Int("honest"), DataDir: dir}, logger.With("bench", "flood"))
				if err != nil {
					return err
				}
				fmt.Println(rep.Detail())
				fmt.Println(rep)
				return nil
			},
		}, {
			Name:  "gas",
			Usage: "run every deal path on an in-process chain and print the gas of each transaction, then of an escrow top-up both ways",
			Action: func(c *cli.Context) error {
				ctx, cancel := context.WithTimeout(c.Context, 5*time.Minute)
				defer cancel()
				return bench.Gas(ctx, os.Stdout)
			},
		}},
	}
}
