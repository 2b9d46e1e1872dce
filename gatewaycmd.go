package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/gateway"
	"github.com/coophive/coophive/gateway/ledger"
	"github.com/coophive/coophive/node"
)

func gatewayCommand() *cli.Command {
	return &cli.Command{
		Name:  "gateway",
		Usage: "serve users without wallets: API keys, a ledger, jobs paid by this node's key, the market page",
		Description: "A job creator node that runs jobs for users who sign up for an API key (POST /api/v1/gateway/signup);\n" +
			"each job holds --max-price + --mediation-fee of the user's balance until its deal ends, then is charged\n" +
			"what the deal cost. Credit users with `coophive gateway credit`. The ledger is SQLite in the data dir, or\n" +
			"Postgres with --db postgres://...",
		Flags:       append(append(commonFlags(), gatewayFlags()...), gatewayJobFlags()...),
		Action:      runGateway,
		Subcommands: []*cli.Command{gatewayCreditCommand()},
	}
}

func gatewayFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "http", Value: gateway.DefaultListen, Usage: "serve the gateway's API and the market page on this host:port",
			EnvVars: []string{"COOPHIVE_GATEWAY_HTTP"}},
		gatewayDBFlag(),
		&cli.StringSliceFlag{Name: "modules", Value: cli.NewStringSlice(gateway.DefaultModules...), Usage: "modules users may run (repeatable, or comma-separated)",
			EnvVars: []string{"COOPHIVE_GATEWAY_MODULES"}},
		&cli.StringFlag{Name: "signup-credit", Value: "0", Usage: "tokens credited to each new user (testnets)", EnvVars: []string{"COOPHIVE_GATEWAY_SIGNUP_CREDIT"}},
	}
}

func gatewayDBFlag() cli.Flag {
	return &cli.StringFlag{Name: "db", Usage: "the ledger: a Postgres URL (postgres://...) or a SQLite file (default: gateway.db in the data dir)",
		EnvVars: []string{"COOPHIVE_GATEWAY_DB"}}
}

// gatewayJobFlags are run's job terms, which bound every user's job; the inputs and the
// wait are the users'.
func gatewayJobFlags() []cli.Flag {
	return slices.DeleteFunc(jobFlags(), func(f cli.Flag) bool {
		return slices.ContainsFunc([]string{"input", "input-file", "timeout"}, func(n string) bool { return slices.Contains(f.Names(), n) })
	})
}

func runGateway(c *cli.Context) error {
	cfg, err := nodeConfig(c, []node.Role{node.RoleJC})
	if err != nil {
		return err
	}
	credit, err := parseTokens("signup-credit", c.String("signup-credit"))
	if err != nil {
		return err
	}
	g, err := gateway.New(gateway.Config{Node: cfg, DB: c.String("db"), Listen: c.String("http"),
		Modules: splitList(c.StringSlice("modules")), SignupCredit: credit, Logger: logger})
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()
	select {
	case <-g.Ready():
		fmt.Printf("gateway %s serving on http://%s/ (API: /api/v1/gateway/, mesh address %s)\n",
			g.Node().Address().Hex(), g.Addr(), firstOr(g.Node().Host().Addrs(), "none"))
	case err := <-done:
		return err
	}
	return <-done
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}

func gatewayCreditCommand() *cli.Command {
	home, _ := os.UserHomeDir()
	return &cli.Command{
		Name:      "credit",
		Usage:     "credit a gateway user's balance (tokens), in the gateway's ledger",
		ArgsUsage: "USER_NAME TOKENS",
		Flags: []cli.Flag{dataDirFlag(filepath.Join(home, ".coophive")), gatewayDBFlag(),
			&cli.StringFlag{Name: "ref", Usage: "names this payment: crediting a ref again does nothing (default: a new one each time)",
				EnvVars: []string{"COOPHIVE_CREDIT_REF"}}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return errors.New("credit takes USER_NAME and TOKENS, e.g. coophive gateway credit alice 10")
			}
			amount, err := parseTokens("TOKENS", c.Args().Get(1))
			if err != nil {
				return err
			}
			db := c.String("db")
			if db == "" {
				db = filepath.Join(c.String("data-dir"), gateway.LedgerFile)
			}
			ctx, cancel := context.WithTimeout(c.Context, time.Minute)
			defer cancel()
			book, err := ledger.Open(ctx, ledger.Config{DB: db})
			if err != nil {
				return err
			}
			defer book.Close()
			u, err := book.UserByName(ctx, c.Args().First())
			if err != nil {
				return err
			}
			ref := c.String("ref")
			if ref == "" {
				ref = fmt.Sprintf("operator:%d", time.Now().UnixNano())
			}
			applied, err := book.Credit(ctx, ledger.Credit{UserID: u.ID, Amount: amount, Ref: ref, Note: "coophive gateway credit"})
			if err != nil {
				return err
			}
			b, err := book.Balance(ctx, u.ID)
			if err != nil {
				return err
			}
			verb := "credited"
			if !applied {
				verb = "already credited (ref " + ref + ")"
			}
			fmt.Printf("%s %s %s tokens; available %s, held by running jobs %s\n", u.Name, verb, tokens(amount), tokens(b.Available), tokens(b.Reserved))
			return nil
		},
	}
}
