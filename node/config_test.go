package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
)

func TestConfigValidate(t *testing.T) {
	valid := func() Config {
		c := DefaultConfig()
		c.Key, _ = crypto.GenerateKey()
		c.RPCURL, c.DataDir = "http://127.0.0.1:8545", t.TempDir()
		c.Contracts.Market, c.Contracts.Token = common.Address{1}, common.Address{2}
		c.Roles = []Role{RoleRP}
		c.Mediators = []common.Address{{3}}
		return c
	}
	if c := valid(); c.Validate() != nil {
		t.Fatalf("valid config refused: %v", c.Validate())
	}
	for _, tc := range []struct {
		name, want string
		change     func(*Config)
	}{
		{"no key", "no key", func(c *Config) { c.Key = nil }},
		{"no chain", "no chain", func(c *Config) { c.RPCURL = "" }},
		{"bacalhau api not a URL", "bacalhau API", func(c *Config) { c.BacalhauAPI = "10.0.0.5:1234" }},
		{"bacalhau api without host", "bacalhau API", func(c *Config) { c.BacalhauAPI = "http://" }},
		{"cluster and no docker", "pick one", func(c *Config) { c.BacalhauAPI, c.NoDocker = "http://10.0.0.5:1234", true }},
		{"unguarded git transport", "module git base", func(c *Config) { c.ModuleGitBase = "ssh://git@" }},
		{"rp judge window 0", "rp window", func(c *Config) { c.Offer.JudgeWindow = 0 }},
		{"rp submit window past uint32", "rp window", func(c *Config) { c.Offer.SubmitWindow = 1 << 32 * time.Second }},
		{"job bound of 0", "job window bound", func(c *Config) { c.Roles = []Role{RoleJC}; c.Job.Bounds.MaxSubmitWindow = 0 }},
		{"mediator window of 0", "mediator terms", func(c *Config) { c.Roles = []Role{RoleMediator}; c.Mediator.MinWindow = 0 }},
		{"mediator without a fee", "mediator terms", func(c *Config) { c.Roles = []Role{RoleMediator}; c.Mediator.MinFee = nil }},
		{"negative poll interval", "poll interval", func(c *Config) { c.PollInterval = -time.Second }},
		{"rp republishing at no interval", "re-publication", func(c *Config) { c.Offer.RepublishEvery = -1 }},
		{"a job valid for half a second", "at least 1 s", func(c *Config) { c.Job.ValidFor = time.Second / 2 }},
		{"a negative offer validity", "at least 1 s", func(c *Config) { c.Offer.ValidFor = -time.Hour }},
		{"a negative solver window", "solver window", func(c *Config) { c.Job.SolverWindow = -time.Second }},
		{"a negative price", "offer price", func(c *Config) { c.Offer.Price = big.NewInt(-1) }},
		{"a negative deposit", "deposit", func(c *Config) { c.Deposit = big.NewInt(-1) }},
	} {
		c := valid()
		tc.change(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %q", tc.name, err, tc.want)
		}
	}
}

func TestRunnableModules(t *testing.T) {
	git := "github.com/org/mod:v1"
	for _, tc := range []struct {
		name       string
		configured []string
		engines    []string
		want       string
	}{
		{"every engine, any module", nil, []string{"docker", "wasm"}, ""},
		{"every engine, a list", []string{"cowsay:v0.0.1", git}, []string{"docker", "wasm"}, "cowsay:v0.0.1," + git},
		{"no docker, any module: the wasm built-ins", nil, []string{"wasm"}, "cowsay-wasm:v0.0.1"},
		{"no docker, a list: its wasm and git modules", []string{"cowsay:v0.0.1", "cowsay-wasm:v0.0.1", git}, []string{"wasm"}, "cowsay-wasm:v0.0.1," + git},
		{"docker only", []string{"cowsay:v0.0.1", "cowsay-wasm:v0.0.1"}, []string{"docker"}, "cowsay:v0.0.1"},
	} {
		if got := strings.Join(runnableModules(tc.configured, tc.engines), ","); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestConfigNeverShowsItsKey: a Config (node's or p2p's) logged through slog (text or JSON), printed with fmt
// or marshalled to JSON shows the key's address, never the key.
func TestConfigNeverShowsItsKey(t *testing.T) {
	c := DefaultConfig()
	c.Key, _ = crypto.GenerateKey()
	c.RPCURL = "https://user:pw@rpc.example/v3/apikey123?token=abc"
	secret := []string{hex.EncodeToString(crypto.FromECDSA(c.Key)), c.Key.D.String(), c.Key.D.Text(16), "apikey123", "pw@"}
	var out bytes.Buffer
	for _, h := range []slog.Handler{slog.NewTextHandler(&out, nil), slog.NewJSONHandler(&out, nil)} {
		slog.New(h).Info("config", "cfg", c, "ptr", &c)
	}
	fmt.Fprintf(&out, "%v %+v %#v %s %v %+v %#v\n", c, c, c, c, &c, &c, &c)
	j, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	out.Write(j)
	pc := p2p.Config{Key: c.Key}
	slog.New(slog.NewJSONHandler(&out, nil)).Info("p2p", "cfg", pc)
	fmt.Fprintf(&out, "%+v %#v\n", pc, &pc)
	for _, s := range secret {
		if strings.Contains(out.String(), s) {
			t.Fatalf("%q shows in:\n%s", s, out.String())
		}
	}
	if addr := chain.KeyAddress(c.Key).Hex(); strings.Count(out.String(), addr) != 15 {
		t.Fatalf("want the address %s 15 times:\n%s", addr, out.String())
	}
}

// TestCheckRunnableAndRunErrors: what an RP refuses (and a mediator recuses from) before and
// after a run, and what it tries again.
func TestCheckRunnableAndRunErrors(t *testing.T) {
	cow, _ := runner.Lookup("cowsay:v0.0.1")
	sdxl, _ := runner.Lookup("sdxl:v0.2.9")
	job := func(s matching.Spec) *matching.SignedJob {
		return &matching.SignedJob{Offer: matching.JobOffer{Spec: s}}
	}
	enough := matching.Spec{CPUMilli: 1000, RAMMiB: 8192, DiskMiB: 20480, GPUs: 1, GPUVRAMMiB: 12288}
	for _, tc := range []struct {
		name    string
		job     *matching.SignedJob
		mod     *runner.Module
		engines []string
		left    time.Duration
		want    string // "" runnable
	}{
		{"runnable", job(enough), sdxl, []string{"docker"}, time.Minute, ""},
		{"signed without its GPU", job(matching.Spec{CPUMilli: 1000, RAMMiB: 8192, DiskMiB: 20480}), sdxl, []string{"docker"}, time.Minute, "0 GPUs (needs 1)"},
		{"signed with too little RAM", job(matching.Spec{CPUMilli: 1000, RAMMiB: 50, DiskMiB: 100}), cow, []string{"docker"}, time.Minute, "50 MiB RAM (needs 100)"},
		{"engine missing", job(enough), cow, []string{"wasm"}, time.Minute, "docker engine"},
		{"no time left", job(enough), cow, []string{"docker"}, time.Second, "no time to run"},
	} {
		err := checkRunnable(tc.job, tc.mod, tc.engines, tc.left)
		if (tc.want == "") != (err == nil) || (err != nil && (!errors.Is(err, errCannotRun) || !strings.Contains(err.Error(), tc.want))) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	other := errors.New("docker daemon gone")
	for _, tc := range []struct {
		name               string
		err                error
		canceled, deadline bool
		cannotRun          bool
	}{
		{"cut at the window's end", context.Canceled, false, true, true},
		{"module timeout", fmt.Errorf("run: %w", context.DeadlineExceeded), false, false, true},
		{"outputs over the archive cap", fmt.Errorf("pack: %w", archive.ErrArchive), false, false, true},
		{"engine trouble: try again", other, false, false, false},
		{"node stopping", context.Canceled, true, true, false},
	} {
		if got := errors.Is(runError(tc.err, tc.canceled, tc.deadline), errCannotRun); got != tc.cannotRun {
			t.Errorf("%s: cannot run = %v, want %v", tc.name, got, tc.cannotRun)
		}
	}
}

// TestNewAppliesDefaults: a Config with only what has no default (key, chain, contracts,
// data dir, roles, mediators) gets DefaultConfig's values from New; a zero poll interval or
// republish period would otherwise panic in time.NewTicker on a goroutine.
func TestNewAppliesDefaults(t *testing.T) {
	key, _ := crypto.GenerateKey()
	n, err := New(Config{Key: key, RPCURL: "http://127.0.0.1:8545", DataDir: t.TempDir(),
		Contracts: chain.Addresses{Market: common.Address{1}, Token: common.Address{2}},
		Roles:     []Role{RoleRP, RoleJC, RoleMediator, RoleSolver}, Mediators: []common.Address{{3}},
		Offer: OfferConfig{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 1024}, TimeoutCollateral: new(big.Int)}})
	if err != nil {
		t.Fatal(err)
	}
	d, c := DefaultConfig(), n.cfg
	if c.PollInterval != d.PollInterval || c.Offer.RepublishEvery != d.Offer.RepublishEvery || c.Offer.SubmitWindow != d.Offer.SubmitWindow ||
		c.Job.Bounds.MinJudgeWindow != d.Job.Bounds.MinJudgeWindow || c.Mediator.MaxOpen != d.Mediator.MaxOpen ||
		c.Job.MediationFee.Cmp(d.Job.MediationFee) != 0 || c.Offer.Capacity != d.Offer.Capacity || len(c.ListenAddrs) == 0 {
		t.Fatalf("defaults not applied: %+v", c)
	}
	if c.Offer.TimeoutCollateral.Sign() != 0 {
		t.Fatalf("an explicit collateral of 0 became %s", c.Offer.TimeoutCollateral)
	}
}
