package main

import (
	"errors"
	"fmt"
	"log/slog"

	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/devnet"
)

// chainCommand is `coophive chain`: a private testnet's persistent chain.
func chainCommand() *cli.Command {
	def := devnet.DefaultChainConfig()
	return &cli.Command{
		Name: "chain",
		Usage: "run a private testnet's chain: a go-ethereum node keeping its blocks in DATA_DIR, " +
			"JSON-RPC over HTTP and WebSocket (any EVM chain by RPC URL works too)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data-dir", Value: ".coophive-chain", Usage: "where the chain keeps its database", EnvVars: []string{"DATA_DIR"}},
			&cli.StringFlag{Name: "http-addr", Value: def.HTTPAddr, Usage: "JSON-RPC over HTTP and WebSocket on this host:port (port 0: any free port)",
				EnvVars: []string{"CHAIN_HTTP_ADDR"}},
			&cli.Int64Flag{Name: "chain-id", Value: def.ChainID.Int64(), Usage: "chain id", EnvVars: []string{"WEB3_CHAIN_ID"}},
			&cli.DurationFlag{Name: "block-period", Value: def.BlockPeriod, Usage: "time between blocks (0: a block as soon as a transaction arrives)",
				EnvVars: []string{"CHAIN_BLOCK_PERIOD"}},
			&cli.StringFlag{Name: "genesis", Usage: "genesis allocations: a JSON file of address to wei, or go-ethereum's alloc or genesis format",
				EnvVars: []string{"CHAIN_GENESIS"}},
			&cli.StringSliceFlag{Name: "alloc", Usage: "fund ADDR with WEI in genesis: ADDR=WEI, repeatable (comma-separated in CHAIN_ALLOC)",
				EnvVars: []string{"CHAIN_ALLOC"}},
		},
		Action: func(c *cli.Context) error {
			alloc, err := devnet.ChainAlloc(c.String("genesis"), splitList(c.StringSlice("alloc")))
			if err != nil {
				return err
			}
			if len(alloc) == 0 && !devnet.ChainStored(c.String("data-dir")) {
				return errors.New("chain: no account funded: give --alloc ADDR=WEI or --genesis FILE on the first start " +
					"(a restart without them reopens the stored chain)")
			}
			if c.Duration("block-period") < 0 || c.Int64("chain-id") <= 0 {
				return errors.New("chain: --block-period must be 0 or more, --chain-id above 0")
			}
			gethLogging(c.String("log-level"))
			ctx, stop := signalContext(c)
			defer stop()
			cfg := devnet.ChainConfig{DataDir: c.String("data-dir"), ChainID: bigInt(c.Int64("chain-id")), Alloc: alloc,
				HTTPAddr: c.String("http-addr"), BlockPeriod: c.Duration("block-period")}
			ch := devnet.NewChain(cfg)
			if err := ch.Start(ctx); err != nil {
				return err
			}
			fmt.Printf("chain ready: rpc %s, ws %s, chain id %d, head block %d, data in %s\n",
				ch.URL(), ch.WSURL(), cfg.ChainID, ch.Head(), cfg.DataDir)
			<-ctx.Done()
			fmt.Println("chain stopping")
			return ch.Stop()
		},
	}
}

// gethLogging sends go-ethereum's log records to the CLI's logger: its warnings and errors,
// and at debug level all of them (at info it logs every block).
func gethLogging(level string) {
	h := logger.Handler()
	if level != "debug" {
		h = minLevel{h, slog.LevelWarn}
	}
	gethlog.SetDefault(gethlog.NewLogger(h))
}
