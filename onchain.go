package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
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
			&cli.StringFlag{Name: "max-price", Value: "10", Usage: "most tokens a job may cost (deploying only)", EnvVars: []string{"JOB_MAX_PRICE"}},
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
	addrs, err := contractAddrs(c)
	if err != nil {
		return err
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	b, closeFn, err := dialChain(ctx, c.String("rpc-url"))
	if err != nil {
		return err
	}
	defer closeFn()
	m := chain.NewMarket(b, addrs, key)
	client, err := cowsayClient(ctx, c, m)
	if err != nil {
		return err
	}
	if fund, err := parseTokens("fund", c.String("fund")); err != nil {
		return err
	} else if fund.Sign() > 0 {
		if err := client.Fund(ctx, fund); err != nil {
			return err
		}
		progressf("funded", "moved %s tokens into the client's escrow", matching.FormatTokens(fund))
	}
	id, err := client.RunCowsay(ctx, message)
	if err != nil {
		return err
	}
	progressf("posted", "job %s posted on-chain by %s", id.Hex(), client.Address().Hex())
	d, result, err := awaitCallback(ctx, m, client, id)
	if err != nil {
		return err
	}
	fmt.Printf("deal %s %s: provider %s paid %s tokens; the Market called %s back with result %s\n",
		id.Hex(), d.State, d.RP.Hex(), matching.FormatTokens(d.Price), client.Address().Hex(), result.Hex())
	return nil
}

func cowsayClient(ctx context.Context, c *cli.Context, m *chain.Market) (*chain.CowsayClient, error) {
	if s := c.String("client"); s != "" {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("--client %q is not an address", s)
		}
		return chain.BindCowsayClient(m, common.HexToAddress(s)), nil
	}
	mediators, err := parseAddrs("mediators", c.StringSlice("mediators"))
	if err != nil {
		return nil, err
	}
	if len(mediators) == 0 {
		return nil, errors.New("no mediators: set --mediators or SERVICE_MEDIATORS (devnet.env has them)")
	}
	maxPrice, err := parseTokens("max-price", c.String("max-price"))
	if err != nil {
		return nil, err
	}
	// The client's jobs take a job creator's default terms (run's --help lists them).
	j := node.DefaultConfig().Job
	client, err := chain.DeployCowsayClient(ctx, m, chain.ClientParams{Mediators: mediators, MaxPrice: maxPrice,
		Collateral: j.Collateral, ValidFor: 600, MediationFee: j.MediationFee, Bounds: j.Bounds.Signed()})
	if err != nil {
		return nil, err
	}
	progressf("deployed", "CowsayClient at %s (reuse it with --client)", client.Address().Hex())
	return client, nil
}

// awaitCallback follows the deal until it ends and, if accepted, until the client holds its
// result hash.
func awaitCallback(ctx context.Context, m *chain.Market, client *chain.CowsayClient, id common.Hash) (*chain.Deal, common.Hash, error) {
	last := chain.StateNone
	for {
		d, err := m.Deal(ctx, id)
		if err == nil && d.State != last {
			last = d.State
			progressf(stageOf(d.State), "deal %s is %s", id.Hex(), d.State)
		}
		if err == nil && d.State.Terminal() {
			if d.State != chain.StateAccepted && d.State != chain.StateMediationAccepted {
				return nil, common.Hash{}, fmt.Errorf("deal %s ended %s: no result delivered; the client's escrow was refunded", id.Hex(), d.State)
			}
			result, err := client.Result(ctx, id)
			if err != nil {
				return nil, common.Hash{}, err
			}
			if result == (common.Hash{}) {
				return nil, common.Hash{}, fmt.Errorf("deal %s %s but the client's callback failed (see the ResultDelivered event)", id.Hex(), d.State)
			}
			return d, result, nil
		}
		select {
		case <-ctx.Done():
			return nil, common.Hash{}, fmt.Errorf("waiting for job %s: %w", id.Hex(), ctx.Err())
		case <-time.After(time.Second):
		}
	}
}

func stageOf(s chain.State) string {
	switch s {
	case chain.StateAgreed:
		return "matched"
	case chain.StateResultsSubmitted:
		return "submitted"
	}
	return "ended"
}

func progressf(stage, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%-9s %s\n", stage, fmt.Sprintf(format, args...))
}
