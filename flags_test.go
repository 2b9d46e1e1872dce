package main

import (
	"bytes"
	"encoding/hex"
	"log/slog"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/node"
)

// parseConfig runs one command of the CLI's flag sets over args and returns the node config.
func parseConfig(t *testing.T, command string, flags []cli.Flag, args ...string) node.Config {
	t.Helper()
	key, _ := crypto.GenerateKey()
	var cfg node.Config
	app := &cli.App{Commands: []*cli.Command{{Name: command, Flags: flags, Action: func(c *cli.Context) error {
		var err error
		cfg, err = nodeConfig(c, []node.Role{node.RoleJC})
		return err
	}}}}
	base := []string{"coophive", command, "--data-dir", t.TempDir(), "--private-key", hex.EncodeToString(crypto.FromECDSA(key)),
		"--market", "0x0000000000000000000000000000000000000001", "--token", "0x0000000000000000000000000000000000000002"}
	if err := app.Run(append(base, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestTermsFlags: run's bounds and fee, an RP's windows and collateral and a mediator's terms
// reach the node config; unset, they are the documented defaults.
func TestTermsFlags(t *testing.T) {
	def := node.DefaultConfig()
	runFlags := append(commonFlags(), jobFlags()...)
	if cfg := parseConfig(t, "run", runFlags); cfg.Job.Bounds.MinJudgeWindow != def.Job.Bounds.MinJudgeWindow ||
		cfg.Job.MediationFee.Cmp(def.Job.MediationFee) != 0 || cfg.Job.Bounds.MinResultsCollateral.Cmp(def.Job.Bounds.MinResultsCollateral) != 0 {
		t.Fatalf("run defaults: %+v", cfg.Job)
	}
	cfg := parseConfig(t, "run", runFlags, "--mediation-fee", "0.5", "--max-submit-window", "2m", "--min-judge-window", "90s",
		"--max-mediate-window", "3m", "--min-timeout-collateral", "2", "--min-results-collateral", "3")
	b := cfg.Job.Bounds
	if cfg.Job.MediationFee.Cmp(chain.Tokens(1)) >= 0 || b.MaxSubmitWindow != 2*time.Minute || b.MinJudgeWindow != 90*time.Second ||
		b.MaxMediateWindow != 3*time.Minute || b.MinTimeoutCollateral.Cmp(chain.Tokens(2)) != 0 || b.MinResultsCollateral.Cmp(chain.Tokens(3)) != 0 {
		t.Fatalf("run terms: fee %s, bounds %+v", cfg.Job.MediationFee, b)
	}
	if signed := b.Signed(); signed.MaxSubmitWindow != 120 || signed.MinJudgeWindow != 90 || signed.MaxMediateWindow != 180 {
		t.Fatalf("signed bounds %+v", signed)
	}
	nodeFlags := append(commonFlags(), offerFlags()...)
	cfg = parseConfig(t, "node", nodeFlags, "--submit-window", "20m", "--judge-window", "7m", "--mediate-window", "15m",
		"--timeout-collateral", "4", "--results-collateral", "5", "--mediator-min-fee", "2", "--mediator-min-window", "8m",
		"--mediator-max-open", "3")
	o := cfg.Offer
	if o.SubmitWindow != 20*time.Minute || o.JudgeWindow != 7*time.Minute || o.MediateWindow != 15*time.Minute ||
		o.TimeoutCollateral.Cmp(chain.Tokens(4)) != 0 || o.ResultsCollateral.Cmp(chain.Tokens(5)) != 0 {
		t.Fatalf("offer terms %+v", o)
	}
	if cfg.Mediator.MinFee.Cmp(chain.Tokens(2)) != 0 || cfg.Mediator.MinWindow != 8*time.Minute || cfg.Mediator.MaxOpen != 3 {
		t.Fatalf("mediator terms %+v", cfg.Mediator)
	}
}

// TestFlagsFirst: a command's flags move before its positional arguments, and the app's own
// flags given after the command move before it.
func TestFlagsFirst(t *testing.T) {
	app := newApp()
	for _, tc := range []struct{ in, want string }{
		{"coophive run cowsay:v0.0.1 -i Message=moo", "coophive run -i Message=moo cowsay:v0.0.1"},
		{"coophive run --log-level debug cowsay:v0.0.1 -i Message=moo", "coophive --log-level debug run -i Message=moo cowsay:v0.0.1"},
		{"coophive --log-level warn run cowsay:v0.0.1 --log-level=error", "coophive --log-level warn --log-level=error run cowsay:v0.0.1"},
		{"coophive run cowsay:v0.0.1 -- -i", "coophive run cowsay:v0.0.1 -i"},
	} {
		if got := strings.Join(flagsFirst(app, strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestInputKeepsItsCommas: `-i 'Message=hello, world'` reaches the job whole (urfave/cli
// would split it into "Message=hello" and " world"), while list flags still take commas.
func TestInputKeepsItsCommas(t *testing.T) {
	var inputs map[string]string
	var mediators int
	app := newApp()
	app.Command("run").Action = func(c *cli.Context) error {
		var err error
		inputs, err = parseInputs(c.StringSlice("input"))
		mediators = len(splitList(c.StringSlice("mediators")))
		return err
	}
	args := []string{"coophive", "run", "cowsay:v0.0.1", "-i", "Message=hello, world", "--mediators", "0x01,0x02"}
	if err := app.Run(flagsFirst(app, args)); err != nil {
		t.Fatal(err)
	}
	if inputs["Message"] != "hello, world" || len(inputs) != 1 || mediators != 2 {
		t.Fatalf("inputs %q, %d mediators", inputs, mediators)
	}
}

// TestFlagDefaultsAreNodeDefaults: with no flags given, `run` and `node` configure a node
// exactly as node.DefaultConfig does (the flags take their defaults from it): only what has
// no default (key, data dir, contracts, roles, logger) differs.
func TestFlagDefaultsAreNodeDefaults(t *testing.T) {
	for command, flags := range map[string][]cli.Flag{
		"run":  append(commonFlags(), jobFlags()...),
		"node": append(commonFlags(), offerFlags()...),
	} {
		got := parseConfig(t, command, flags)
		want := node.DefaultConfig()
		want.Key, want.DataDir, want.Contracts, want.Roles, want.Logger = got.Key, got.DataDir, got.Contracts, got.Roles, got.Logger
		g, w := reflect.ValueOf(got), reflect.ValueOf(want)
		for i := 0; i < g.NumField(); i++ {
			if f := g.Type().Field(i); f.IsExported() && !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
				t.Errorf("%s: %s defaults to %+v, node.DefaultConfig has %+v", command, f.Name, g.Field(i), w.Field(i))
			}
		}
	}
}

// TestLibp2pLogsOnlyAtDebug: libp2p's warnings reach the output only at debug level; its
// errors always do.
func TestLibp2pLogsOnlyAtDebug(t *testing.T) {
	cases := []struct {
		level      slog.Level
		warn, errs bool
	}{
		{slog.LevelDebug, true, true},
		{slog.LevelInfo, false, true},
		{slog.LevelWarn, false, true},
	}
	for _, tc := range cases {
		var buf bytes.Buffer
		h := libp2pHandler(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: tc.level}), tc.level)
		log := slog.New(h).With("system", "net/identify")
		log.Warn("failed to identify peer")
		if strings.Contains(buf.String(), "identify") != tc.warn {
			t.Errorf("at %s: libp2p warning shown %v, want %v", tc.level, !tc.warn, tc.warn)
		}
		log.Error("listen failed")
		if strings.Contains(buf.String(), "listen failed") != tc.errs {
			t.Errorf("at %s: libp2p error shown %v, want %v", tc.level, !tc.errs, tc.errs)
		}
	}
}

// TestMetricsFlag: `node --metrics` (or COOPHIVE_METRICS) sets where the metrics server
// listens; unset, it is off.
func TestMetricsFlag(t *testing.T) {
	cases := []struct {
		name, env string
		args      []string
		want      string
	}{
		{"off", "", nil, ""},
		{"flag", "", []string{"--metrics", "127.0.0.1:9464"}, "127.0.0.1:9464"},
		{"env", ":9465", nil, ":9465"},
		{"flag over env", ":9465", []string{"--metrics", "127.0.0.1:9466"}, "127.0.0.1:9466"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("COOPHIVE_METRICS", tc.env)
			cfg := parseConfig(t, "node", nodeCommand().Flags, append([]string{"--role", "rp"}, tc.args...)...)
			if cfg.MetricsAddr != tc.want {
				t.Fatalf("MetricsAddr %q, want %q", cfg.MetricsAddr, tc.want)
			}
		})
	}
}
