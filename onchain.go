package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/node"
)

// runCowsayOnchainCommand is the seed's run-cowsay-onchain: an example client contract posts
// a cowsay job to the Market and receives its result hash in a callback.
func runCowsayOnchainCommand() *cli.Command {
	return &cli.Command{
		Name:      "run-cowsay-onchain",
		Usage:     "deploy the example client contract (or use --client), post a cowsay job from it, and wait for its callback",
		ArgsUsage: "MESSAGE",
		Flags: append(chainFlags(),
			&cli.StringFlag{Name: "private-key", Usage: "hex private key that deploys and funds the client", EnvVars: []string{"WEB3_PRIVATE_KEY"}},
			&cli.StringFlag{Name: "data-dir", Hidden: true, EnvVars: []string{"DATA_DIR"}},
			&cli.StringFlag{Name: "passphrase", Hidden: true, EnvVars: []string{"COOPHIVE_PASSPHRASE"}},
			&cli.StringFlag{Name: "passphrase-file", Hidden: true, EnvVars: []string{"COOPHIVE_PASSPHRASE_FILE"}},
			&cli.StringSliceFlag{Name: "mediators", Usage: "mediators the client's jobs trust (deploying only)", EnvVars: []string{"SERVICE_MEDIATORS"}},
			&cli.StringFlag{Name: "client", Usage: "an already deployed CowsayClient to use", EnvVars: []string{"COOPHIVE_CLIENT_ADDRESS"}},
			&cli.StringFlag{Name: "max-price", Value: tokens(node.DefaultConfig().Job.MaxPrice), Usage: "most tokens a job may cost (deploying only)", EnvVars: []string{"JOB_MAX_PRICE"}},
			&cli.StringFlag{Name: "fund", Value: "20", Usage: "tokens moved into the client's escrow first (0: none)"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up waiting after this long", EnvVars: []string{"JOB_TIMEOUT"}},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return errors.New(`run-cowsay-onchain takes one MESSAGE, e.g. coophive run-cowsay-onchain "moo"`)
			}
			ctx, stop := signalContext(c)
			defer stop()
			ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
			defer cancel()
			return runCowsayOnchain(ctx, c, c.Args().First())
		},
	}
}

func runCowsayOnchain(ctx context.Context, c *cli.Context, message string) error {
	job := node.OnchainJob{Message: message}
	if s := c.String("client"); s != "" {
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--client %q is not an address", s)
		}
		job.Client = common.HexToAddress(s)
	} else { // deploying
		var err error
		if job.Mediators, err = parseAddrs("mediators", c.StringSlice("mediators")); err != nil {
			return err
		}
		if job.MaxPrice, err = parseTokens("max-price", c.String("max-price")); err != nil {
			return err
		}
	}
	fund, err := parseTokens("fund", c.String("fund"))
	if err != nil {
		return err
	}
	job.Fund = fund
	cfg := node.Config{RPCURL: c.String("rpc-url")}
	if err := contractAddrs(c, &cfg); err != nil {
		return err
	}
	if cfg.Key, err = loadKey(c); err != nil {
		return err
	}
	client, err := node.DialChain(ctx, cfg)
	if err != nil {
		return err
	}
	defer client.Close()
	line, err := client.RunCowsayOnchain(ctx, job, func(stage, detail string) { progressf(stage, "%s", detail) })
	if err != nil {
		return err
	}
	fmt.Println(line)
	return nil
}

func progressf(stage, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%-9s %s\n", stage, fmt.Sprintf(format, args...))
}
