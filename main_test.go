package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/gittest"
	"github.com/coophive/coophive/node"
)

var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() { // the binary's tests are make test's; the CLI's in-process ones run
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "coophive-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "coophive")
	// -tags faults: the tests make a node misbehave with --fault, which only a test build honours
	if out, err := exec.Command("go", "build", "-tags", "faults", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build coophive: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	removeTestImage()
	os.RemoveAll(dir)
	os.Exit(code)
}

// needBinary skips a test of the built binary in the short tier.
func needBinary(t *testing.T) {
	t.Helper()
	if binary == "" {
		t.Skip("runs the built binary (make test)")
	}
}

// startDevnet runs `coophive devnet` until the test ends and returns its devnet.env.
func startDevnet(t *testing.T, ctx context.Context, env ...string) []string {
	t.Helper()
	env, _, _ = startDevnetWith(t, ctx, nil, env...)
	return env
}

// startDevnetWith runs `coophive devnet` with more arguments until the test ends and returns
// its devnet.env, its data dir and its log.
func startDevnetWith(t *testing.T, ctx context.Context, args []string, env ...string) ([]string, string, *lockedBuffer) {
	t.Helper()
	needBinary(t)
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
	dataDir := t.TempDir()
	devnet := exec.CommandContext(ctx, binary, append([]string{"devnet", "--data-dir", dataDir, "--http-port", "0", "--block-period", "300ms"}, args...)...)
	devnet.Env = append(os.Environ(), env...)
	stdout, _ := devnet.StdoutPipe()
	devnetErr := &lockedBuffer{}
	devnet.Stderr = devnetErr
	if err := devnet.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = devnet.Process.Signal(os.Interrupt)
		_ = devnet.Wait()
		if t.Failed() {
			t.Logf("devnet log:\n%s", devnetErr.String())
		}
	})
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "ready") {
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-ctx.Done():
		t.Fatal("devnet never became ready")
	}
	return readEnvFile(t, filepath.Join(dataDir, "devnet.env")), dataDir, devnetErr
}

// TestDevnetAndRunThroughTheBinary is the README's flow: `coophive devnet`, then, with its
// devnet.env, `coophive run cowsay:v0.0.1 -i Message=...` and `coophive inspect DEAL`.
// fileModule is a git module's template: cowsay says the contents of an input file.
const fileModule = `{"description": "cowsay of an input file", "engine": "docker", "image": "coophive/cowsay:v0.0.1",
  "entrypoint": ["/cowsay", "-f", "/inputs/{{File}}"], "inputs": {"File": "message.txt"},
  "requirements": {"CPUMilli": 1000, "RAMMiB": 100, "DiskMiB": 100}, "timeoutSeconds": 120, "deterministic": true}`

func TestDevnetAndRunThroughTheBinary(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	repos := t.TempDir()
	repo := gittest.New(t, repos, "github.com/coophive/cowsay-file")
	repo.Commit(map[string]string{"module.json": fileModule})
	repo.Tag("v1")
	gitBase := "COOPHIVE_MODULE_GIT_BASE=" + repo.GitBase()
	env := startDevnet(t, ctx, gitBase)
	msg := "moo " + strconv.FormatInt(time.Now().UnixNano(), 36)
	out, errOut := runCowsay(t, ctx, env, msg)
	for _, stage := range []string{"published", "matched", "running", "fetched", "accept"} {
		if !strings.Contains(errOut, stage) {
			t.Errorf("progress lacks %q:\n%s", stage, errOut)
		}
	}
	if !strings.Contains(out, "(oo)") {
		t.Fatalf("no cow:\n%s", out)
	}
	d := inspectEnded(t, ctx, env, acceptedDeal(t, errOut))
	if d["state"] != "Accepted" || d["price"] != "2000000000000000000" {
		t.Fatalf("inspect: %v", d)
	}

	// A module from git, pinned, with an input file sent along.
	file := filepath.Join(t.TempDir(), "message.txt")
	if err := os.WriteFile(file, []byte("moo from a file"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := exec.CommandContext(ctx, binary, "run", "github.com/coophive/cowsay-file:v1", "--input-file", file, "--data-dir", t.TempDir())
	run.Env = append(append(os.Environ(), env...), gitBase)
	var runOut, runErr strings.Builder
	run.Stdout, run.Stderr = &runOut, &runErr
	if err := run.Run(); err != nil || !strings.Contains(runOut.String(), "< moo from a file >") ||
		!strings.Contains(runErr.String(), "commit "+repo.Git("rev-parse", "HEAD")[:12]) {
		t.Fatalf("run of a git module: %v\n%s%s", err, runOut.String(), runErr.String())
	}

	// The seed's on-chain client: a contract posts the job and is called back with the hash.
	cmd := exec.CommandContext(ctx, binary, "run-cowsay-onchain", "moo from a contract")
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("run-cowsay-onchain: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	res := regexp.MustCompile(`deal (0x[0-9a-f]{64}) Accepted: .* called (0x[0-9a-fA-F]{40}) back with result (0x[0-9a-f]{64})`).FindStringSubmatch(stdout.String())
	if res == nil {
		t.Fatalf("run-cowsay-onchain printed:\n%s%s", stdout.String(), stderr.String())
	}
	if d := inspect(t, ctx, env, res[1]); d["state"] != "Accepted" || d["resultHash"] != res[3] || d["jc"] != res[2] || d["callback"] != true {
		t.Fatalf("inspect of the on-chain job's deal: %v", d)
	}
	// On the same devnet: what a user reads when no offer fits, and the peers it sees.
	t.Run("why no match", func(t *testing.T) { whyNoMatch(t, ctx, env) })
	t.Run("peers", func(t *testing.T) { peersListsTheDevnet(t, ctx, env) })
}

// TestRPKilledAfterMatchFinishesTheDeal runs a second resource provider as its own process,
// cheaper than the devnet's so it gets the job, which SIGKILLs itself right after the match
// (fault injection). Restarted from the same data dir, it finishes the deal.
func TestRPKilledAfterMatchFinishesTheDeal(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	env := startDevnet(t, ctx)
	spare := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "DEVNET_SPARE_KEY="); ok {
			spare = v
		}
	}
	rpDir := t.TempDir()
	rp := func(fault string) (*exec.Cmd, *lockedBuffer) {
		cmd := exec.CommandContext(ctx, binary, "node", "--role", "rp", "--private-key", spare, "--offer-price", "1",
			"--data-dir", rpDir, "--listen", "/ip4/127.0.0.1/udp/0/quic-v1", "--fault", fault)
		cmd.Env = append(os.Environ(), env...)
		out := &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitOutput(t, ctx, out, "running as rp")
		return cmd, out
	}
	jcAddr, rpAddr := addressOfKey(t, envOf(env, "WEB3_PRIVATE_KEY")), addressOfKey(t, spare)
	before := holdingsOn(t, ctx, env, jcAddr, rpAddr)
	first, firstOut := rp("crash-after-match")
	type result struct{ out, errOut string }
	done := make(chan result, 1)
	go func() {
		o, e := runCowsay(t, ctx, env, "survived a SIGKILL")
		done <- result{o, e}
	}()
	err := first.Wait()
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("the faulty RP exited with %v, want killed:\n%s", err, firstOut.String())
	}
	second, secondOut := rp("")
	defer func() { _ = second.Process.Signal(os.Interrupt); _ = second.Wait() }()
	res := <-done
	if !strings.Contains(res.out, "survived a SIGKILL") {
		t.Fatalf("stdout %q\nrp after restart:\n%s", res.out, secondOut.String())
	}
	d := inspectEnded(t, ctx, env, acceptedDeal(t, res.errOut))
	if !strings.EqualFold(d["rp"].(string), rpAddr.Hex()) || d["state"] != "Accepted" {
		t.Fatalf("the deal went to %v (%v), not the restarted RP", d["rp"], d["state"])
	}
	// The money, read on the chain: the JC paid the price, the RP got it less the solver's
	// fee, and neither has anything left locked.
	price, _ := new(big.Int).SetString(d["price"].(string), 10)
	mk := devnetMarket(t, ctx, env)
	params, err := mk.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after := holdingsOn(t, ctx, env, jcAddr, rpAddr)
	fee := params.SolverFee(price)
	for i, want := range []*big.Int{new(big.Int).Neg(price), new(big.Int).Sub(price, fee)} {
		if got := new(big.Int).Sub(after[i], before[i]); got.Cmp(want) != 0 {
			t.Errorf("%s holdings moved by %s, want %s", []string{"jc", "rp"}[i], got, want)
		}
	}
}

// envOf is key's value in a list of KEY=VALUE.
func envOf(env []string, key string) string {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}

// devnetMarket reads the devnet's Market over its RPC URL.
func devnetMarket(t *testing.T, ctx context.Context, env []string) *chain.Market {
	t.Helper()
	c, err := ethclient.DialContext(ctx, envOf(env, "WEB3_RPC_URL"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return chain.NewMarket(c, chain.Addresses{Token: common.HexToAddress(envOf(env, "WEB3_TOKEN_ADDRESS")),
		Market: common.HexToAddress(envOf(env, "WEB3_MARKET_ADDRESS"))}, nil)
}

// holdingsOn is each address's wallet plus free escrow on the devnet's chain; an address
// with escrow locked (by a deal that did not end) fails the test.
func holdingsOn(t *testing.T, ctx context.Context, env []string, who ...common.Address) []*big.Int {
	t.Helper()
	mk := devnetMarket(t, ctx, env)
	out := make([]*big.Int, len(who))
	for i, a := range who {
		w, err := mk.TokenBalance(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		free, locked, err := mk.Escrow(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if locked.Sign() != 0 {
			t.Fatalf("%s has %s locked", a.Hex(), locked)
		}
		out[i] = w.Add(w, free)
	}
	return out
}

func runCowsay(t *testing.T, ctx context.Context, env []string, msg string) (string, string) {
	run := exec.CommandContext(ctx, binary, "run", "cowsay:v0.0.1", "-i", "Message="+msg, "--data-dir", t.TempDir())
	run.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	run.Stdout, run.Stderr = &out, &errOut
	if err := run.Run(); err != nil {
		t.Errorf("run: %v\nstderr:\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), msg) {
		t.Errorf("stdout lacks the cow saying %q:\n%s", msg, out.String())
	}
	return out.String(), errOut.String()
}

// acceptedDeal is the deal `coophive run` accepted: it exits once the accept is sent.
func acceptedDeal(t *testing.T, errOut string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^deal (0x[0-9a-f]{64}) (Accepted|accepted in transaction)`).FindStringSubmatch(errOut)
	if m == nil {
		t.Fatalf("no accepted deal id in:\n%s", errOut)
	}
	return m[1]
}

// inspectEnded inspects a deal until it has left ResultsSubmitted (the accept `coophive run`
// sent is mined), for at most 30 s.
func inspectEnded(t *testing.T, ctx context.Context, env []string, deal string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		d := inspect(t, ctx, env, deal)
		if d["state"] != "ResultsSubmitted" || time.Now().After(deadline) {
			return d
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func inspect(t *testing.T, ctx context.Context, env []string, deal string) map[string]any {
	t.Helper()
	cmd := exec.CommandContext(ctx, binary, "inspect", deal)
	cmd.Env = append(os.Environ(), env...)
	js, err := cmd.Output()
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	var d map[string]any
	if err := json.Unmarshal(js, &d); err != nil {
		t.Fatalf("inspect output %q: %v", js, err)
	}
	if d["id"] != deal {
		t.Fatalf("inspect returned deal %v", d["id"])
	}
	return d
}

func addressOfKey(t *testing.T, hexKey string) common.Address {
	k, err := node.ParsePrivateKey(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return chain.KeyAddress(k)
}

func waitOutput(t *testing.T, ctx context.Context, b *lockedBuffer, want string) {
	t.Helper()
	for !strings.Contains(b.String(), want) {
		select {
		case <-ctx.Done():
			t.Fatalf("never printed %q:\n%s", want, b.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for a process's writes and the test's reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestRunRefusesBadInputWithOneLine(t *testing.T) {
	needBinary(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"run", "nope:v9"}, "nope:v9"},
		{[]string{"run", "cowsay:v0.0.1", "-i", "NoEquals"}, "KEY=VALUE"},
		{[]string{"run", "cowsay:v0.0.1", "-i", "Message=" + strings.Repeat("m", 120<<10)}, "--input-file"},
		{[]string{"inspect", "0x12"}, "DEAL_ID"},
		{[]string{"wait", "12"}, "DEAL_ID"},
		{[]string{"chain", "--data-dir", os.TempDir()}, "--alloc ADDR=WEI"},
		{[]string{"chain", "--alloc", "nope=1"}, "ADDR=WEI"},
	}
	for _, tc := range cases {
		args := tc.args
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "WEB3_MARKET_ADDRESS=0x0000000000000000000000000000000000000001",
			"WEB3_TOKEN_ADDRESS=0x0000000000000000000000000000000000000002", "WEB3_PRIVATE_KEY=0x01")
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("%v succeeded", args)
			continue
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], "coophive: ") || !strings.Contains(lines[0], tc.want) {
			t.Errorf("%.80v printed %.300q, want one line starting with coophive: that names %s", args, out, tc.want)
		}
	}
}

func readEnvFile(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, line := range strings.Split(string(b), "\n") {
		kv, ok := strings.CutPrefix(line, "export ")
		if !ok {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		if uq, err := strconv.Unquote(v); err == nil {
			v = uq
		}
		env = append(env, k+"="+v)
	}
	if len(env) < 7 {
		t.Fatalf("devnet.env has %d variables:\n%s", len(env), b)
	}
	return env
}

// TestRunWithoutAMatchSaysWhy: a job no offer can serve (its maximum price is below the
// devnet provider's) ends non-zero with the solver's reasons.
// whyNoMatch: a job no offer can serve gives up, through the binary, with the solver's
// reasons (the node test checks the reasons; this, what a user reads).
func whyNoMatch(t *testing.T, ctx context.Context, env []string) {
	run := exec.CommandContext(ctx, binary, "run", "cowsay:v0.0.1", "-i", "Message=cheap", "--max-price", "0.5",
		"--valid-for", "5s", "--data-dir", t.TempDir())
	run.Env = append(os.Environ(), env...)
	out, err := run.CombinedOutput()
	if err == nil {
		t.Fatalf("run succeeded:\n%s", out)
	}
	for _, want := range []string{"retry", "no deal for job", "none eligible", "price 2 tokens above the maximum 0.5 tokens"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestPeersListsTheDevnet: `coophive peers` shows the devnet's solver, mediator and RP with
// their signed records.
// peersListsTheDevnet: `coophive peers` lists the devnet's nodes by role.
func peersListsTheDevnet(t *testing.T, ctx context.Context, env []string) {
	cmd := exec.CommandContext(ctx, binary, "peers", "--data-dir", t.TempDir(), "--wait", "2s")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("peers: %v", err)
	}
	for _, role := range []string{"solver", "mediator", "rp"} {
		if !regexp.MustCompile(`(?m)^0x[0-9a-fA-F]{40}\s+` + role + `\s`).Match(out) {
			t.Errorf("no %s in:\n%s", role, out)
		}
	}
}

// TestTestnetOfSeparateProcesses runs scripts/testnet.sh: a devnet plus ten `coophive node`
// processes joining through one bootstrap address; a fresh node sees all thirteen capability
// records, and a cowsay job settles.
func TestTestnetOfSeparateProcesses(t *testing.T) {
	needBinary(t)
	if testing.Short() {
		t.Skip("a minute of thirteen processes")
	}
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "scripts/testnet.sh", "10")
	cmd.Env = append(os.Environ(), "COOPHIVE_BIN="+binary, "BLOCK_PERIOD=300ms", "PEERS_WAIT=35s")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("testnet: %v\n%s", err, out)
	}
	for _, want := range []string{"10 node processes running", "13 capability records",
		"each of the 13 nodes knows all 13 capability records", "the DHT lists 5 resource providers",
		"hello from a testnet of 13 nodes", "testnet: ok"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
