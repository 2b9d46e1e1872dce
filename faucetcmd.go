package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/faucet"
)

func faucetCommand() *cli.Command {
	d := faucet.DefaultConfig()
	home, _ := os.UserHomeDir()
	return &cli.Command{
		Name: "faucet",
		Usage: "serve a faucet over HTTP: POST /api/claim pays an address a fixed amount of ether and tokens, " +
			"within limits per address and per client IP; GET /api/info, GET / (a form)",
		Description: "The faucet's wallet (its key from the data dir's keystore or WEB3_PRIVATE_KEY) must send\n" +
			"nothing else while it runs: the faucet numbers its transactions itself. Give it its own data dir.",
		Flags: append(append(chainFlags(), keyFlags(filepath.Join(home, ".coophive-faucet"))...),
			&cli.StringFlag{Name: "listen", Value: d.Listen, Usage: "HTTP host:port to serve on", EnvVars: []string{"FAUCET_LISTEN"}},
			&cli.StringFlag{Name: "eth", Value: tokens(d.ETH), Usage: "ether paid per claim", EnvVars: []string{"FAUCET_ETH"}},
			&cli.StringFlag{Name: "tokens", Value: tokens(d.Tokens), Usage: "tokens paid per claim", EnvVars: []string{"FAUCET_TOKENS"}},
			&cli.IntFlag{Name: "per-address", Value: d.PerAddress, Usage: "claims paid per address per window", EnvVars: []string{"FAUCET_PER_ADDRESS"}},
			&cli.IntFlag{Name: "per-ip", Value: d.PerIP, Usage: "claims paid per client IP (an IPv6 /64) per window", EnvVars: []string{"FAUCET_PER_IP"}},
			&cli.DurationFlag{Name: "window", Value: d.Window, Usage: "the limits' time window", EnvVars: []string{"FAUCET_WINDOW"}},
			&cli.BoolFlag{Name: "trust-proxy", Usage: "take the client IP from the last X-Forwarded-For entry (only behind a reverse proxy that sets it)",
				EnvVars: []string{"FAUCET_TRUST_PROXY"}},
			&cli.IntFlag{Name: "queue", Value: d.QueueSize, Usage: "claims waiting to be paid at most (beyond: 503 busy)", EnvVars: []string{"FAUCET_QUEUE"}},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return errors.New("faucet takes no arguments")
			}
			cfg, err := faucetConfig(c)
			if err != nil {
				return err
			}
			f, err := faucet.New(cfg)
			if err != nil {
				return err
			}
			ctx, stop := signalContext(c)
			defer stop()
			errc := make(chan error, 1)
			go func() { errc <- f.Run(ctx) }()
			select {
			case <-f.Ready():
				fmt.Printf("faucet on http://%s paying from %s (fund that address)\n", f.Addr(), f.Address().Hex())
				return <-errc
			case err := <-errc:
				return err
			}
		},
	}
}

// faucetConfig turns flags into a faucet config (validated by faucet.New).
func faucetConfig(c *cli.Context) (faucet.Config, error) {
	cfg := faucet.DefaultConfig()
	cfg.Listen, cfg.RPCURL, cfg.Logger = c.String("listen"), c.String("rpc-url"), logger
	s := c.String("token")
	if !common.IsHexAddress(s) {
		return cfg, fmt.Errorf("--token: %q is not an address (set WEB3_TOKEN_ADDRESS, e.g. by sourcing devnet.env)", s)
	}
	cfg.Token = common.HexToAddress(s)
	if cfg.RPCURL == "" {
		return cfg, errors.New("no chain: set --rpc-url or WEB3_RPC_URL")
	}
	if err := checkChainID(c, cfg.RPCURL); err != nil {
		return cfg, err
	}
	var err error
	if cfg.ETH, err = parseTokens("eth", c.String("eth")); err != nil {
		return cfg, err
	}
	if cfg.Tokens, err = parseTokens("tokens", c.String("tokens")); err != nil {
		return cfg, err
	}
	cfg.PerAddress, cfg.PerIP, cfg.Window = c.Int("per-address"), c.Int("per-ip"), c.Duration("window")
	cfg.TrustProxy, cfg.QueueSize = c.Bool("trust-proxy"), c.Int("queue")
	if cfg.Key, err = loadKey(c); err != nil {
		return cfg, err
	}
	return cfg, nil
}
