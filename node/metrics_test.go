package node

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/runner"
)

// TestJudgeReady: /readyz's rule, check by check.
func TestJudgeReady(t *testing.T) {
	now := time.Now()
	head := probeResult{at: now, headNumber: 7, headTime: uint64(now.Unix()) - 2,
		free: chain.Tokens(5), locked: chain.Tokens(1), wallet: chain.Tokens(20)}
	down := head
	down.headErr, down.escrowErr = errors.New("read chain head: connection refused"), errors.New("read escrow: connection refused")
	rpNeed := []escrowNeed{{"the offer's timeout collateral", chain.Tokens(1), false}}
	jcNeed := []escrowNeed{{"a job's stake", chain.Tokens(12), true}}
	cases := []struct {
		name   string
		in     readyInput
		ready  bool
		failed []string // the checks that fail
	}{
		{"starting", readyInput{}, false, []string{"started"}},
		{"rp ready", readyInput{started: true, probe: head, jobsPeers: 3, offPeers: 3, runner: true, needs: rpNeed}, true, nil},
		{"solver without escrow needs", readyInput{started: true, probe: head, jobsPeers: 1, offPeers: 1}, true, nil},
		{"chain down", readyInput{started: true, probe: down, jobsPeers: 3, offPeers: 3, runner: true, needs: rpNeed}, false, []string{"chain", "escrow"}},
		{"no peers on offers", readyInput{started: true, probe: head, jobsPeers: 2, offPeers: 0}, false, []string{"mesh"}},
		{"docker gone", readyInput{started: true, probe: head, jobsPeers: 1, offPeers: 1, runner: true, runnerErr: runner.ErrNoDocker}, false, []string{"runner"}},
		{"rp escrow low", readyInput{started: true, probe: head, jobsPeers: 1, offPeers: 1,
			needs: []escrowNeed{{"the offer's timeout collateral", chain.Tokens(6), false}}}, false, []string{"escrow"}},
		{"jc escrow low, wallet covers", readyInput{started: true, probe: head, jobsPeers: 1, offPeers: 1, needs: jcNeed}, true, nil},
		{"jc escrow and wallet low", readyInput{started: true, probe: head, jobsPeers: 1, offPeers: 1,
			needs: []escrowNeed{{"a job's stake", chain.Tokens(26), true}}}, false, []string{"escrow"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := judgeReady(tc.in)
			var failed []string
			for _, c := range got.Checks {
				if !c.OK {
					failed = append(failed, c.Name)
				}
			}
			if got.Ready != tc.ready || strings.Join(failed, ",") != strings.Join(tc.failed, ",") {
				t.Fatalf("ready %v, failed %v; want %v, %v (%+v)", got.Ready, failed, tc.ready, tc.failed, got.Checks)
			}
		})
	}
}

// TestLowEscrowIsNamedInReadyz: a low balance says what it is short of, and by what.
func TestLowEscrowIsNamedInReadyz(t *testing.T) {
	c := judgeEscrow(probeResult{free: chain.Tokens(1)}, []escrowNeed{{"the offer's timeout collateral", chain.Tokens(3), false}})
	if c.OK || !strings.Contains(c.Detail, "free escrow of 1 tokens is below the offer's timeout collateral, 3 tokens") {
		t.Fatalf("%+v", c)
	}
}

// switchBackend is a chain backend that can be taken down: every head, block number and
// contract call fails while down is set, as with an RPC endpoint that stopped answering.
type switchBackend struct {
	chain.Backend
	down atomic.Bool
}

var errChainDown = errors.New("chain unreachable (test)")

func (b *switchBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if b.down.Load() {
		return nil, errChainDown
	}
	return b.Backend.HeaderByNumber(ctx, n)
}

func (b *switchBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if b.down.Load() {
		return 0, errChainDown
	}
	return b.Backend.BlockNumber(ctx)
}

func (b *switchBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if b.down.Load() {
		return nil, errChainDown
	}
	return b.Backend.CallContract(ctx, msg, n)
}

// get fetches a node's metrics server path: its status and body.
func get(t *testing.T, n *Node, path string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 15 * time.Second}
	resp, err := c.Get("http://" + n.MetricsAddr() + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// sample is the value of one series (name with its labels, as written) in Prometheus text,
// and whether it is there.
func sample(text, series string) (float64, bool) {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindStringSubmatch(text)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	return v, err == nil
}

// readyz fetches /readyz and decodes it.
func readyz(t *testing.T, n *Node) (int, readiness) {
	t.Helper()
	status, body := get(t, n, "/readyz")
	var r readiness
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("readyz body %q: %v", body, err)
	}
	return status, r
}

func failing(r readiness) []string {
	var out []string
	for _, c := range r.Checks {
		if !c.OK {
			out = append(out, c.Name)
		}
	}
	return out
}

// TestMetricsAndHealth: nodes with a metrics server, a job matched between them (the RP never
// submits, so no container runs). The JC's /metrics counts its published job and the match,
// the solver's its match, the RP's its deal as Agreed, gossip verdicts, its escrow and the
// chain's lag, beside go-libp2p's series and the build info. /healthz answers 200; the RP's
// /readyz is 200, then 503 naming the chain while its chain backend fails, then 200 again.
func TestMetricsAndHealth(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	withMetrics := func(c Config) Config {
		c.MetricsAddr, c.Release = "127.0.0.1:0", "v9.9.9-test"
		return c
	}
	solver := m.start("solver", withMetrics(m.config("solver", RoleSolver)))
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	rpCfg := withMetrics(noDocker(m.config("rp", RoleRP)))
	rpCfg.faults.NeverSubmit = true // only the match matters here
	backend := &switchBackend{Backend: rpCfg.Backend}
	rpCfg.Backend = backend
	rp := m.start("rp", rpCfg)
	jc := m.start("jc", withMetrics(m.config("jc", RoleJC)))
	if err := jc.Market().Deposit(m.ctx, chain.Tokens(20)); err != nil {
		t.Fatal(err)
	}
	job, err := jc.signJob(m.ctx, Job{Module: "cowsay-wasm:v0.0.1", Inputs: map[string]string{"Message": "x"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jc.offerOnce(m.ctx, job, "cowsay-wasm:v0.0.1", func(string, string) {}); err != nil { // publish, await the deal
		t.Fatal(err)
	}

	// Each node's own view, once its events have come in.
	want := []struct {
		n      *Node
		series string
		min    float64
	}{
		{jc, "coophive_jobs_published_total", 1},
		{jc, `coophive_match_latency_seconds_count{role="jc"}`, 1},
		{jc, `coophive_gossip_messages_total{result="accept",topic="offers"}`, 1},
		{solver, `coophive_match_latency_seconds_count{role="solver"}`, 1},
		{solver, "coophive_offers_seen_total", 1},
		{rp, `coophive_deals{state="Agreed"}`, 1},
		{rp, `coophive_escrow_tokens{kind="locked"}`, 1}, // the deal's timeout collateral
		{rp, `coophive_escrow_tokens{kind="free"}`, 1},
		{rp, "coophive_chain_up", 1},
		{rp, `coophive_gossip_messages_total{result="accept",topic="jobs"}`, 1},
	}
	for _, w := range want {
		var text string
		waitFor(t, 20*time.Second, func() bool {
			var status int
			status, text = get(t, w.n, "/metrics")
			v, ok := sample(text, w.series)
			return status == http.StatusOK && ok && v >= w.min
		})
	}
	_, text := get(t, rp, "/metrics")
	for _, s := range []string{"coophive_chain_head_lag_seconds ", `coophive_build_info{commit="`, `version="v9.9.9-test"`,
		`coophive_deals{state="ResultsSubmitted"} 0`, "libp2p_rcmgr_", "libp2p_swarm_", "go_goroutines "} {
		if !strings.Contains(text, s) {
			t.Errorf("the RP's /metrics has no %s", s)
		}
	}
	if status, body := get(t, rp, "/healthz"); status != http.StatusOK {
		t.Fatalf("healthz %d %q", status, body)
	}

	if status, r := readyz(t, rp); status != http.StatusOK || !r.Ready {
		t.Fatalf("readyz %d %+v, want 200", status, r)
	}
	backend.down.Store(true)
	waitFor(t, 20*time.Second, func() bool { // past the probe's cache
		status, r := readyz(t, rp)
		return status == http.StatusServiceUnavailable && strings.HasPrefix(strings.Join(failing(r), ","), "chain")
	})
	if _, text := get(t, rp, "/metrics"); !strings.Contains(text, "coophive_chain_up 0") {
		t.Errorf("chain down, but /metrics says otherwise")
	}
	if status, _ := get(t, rp, "/healthz"); status != http.StatusOK {
		t.Fatalf("healthz %d with the chain down, want 200", status)
	}
	backend.down.Store(false)
	waitFor(t, 20*time.Second, func() bool {
		status, _ := readyz(t, rp)
		return status == http.StatusOK
	})
}
