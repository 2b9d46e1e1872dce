package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestTestnetFromNothing follows docs/testnet.md on loopback, each step a separate process:
// `keys generate`, `coophive chain`, `deploy` (with the boot node's multiaddr known before it
// runs), `fund` of the solver and the mediator, `faucet` and its claims for the RP and the
// JC, the boot node (a solver), a mediator and an RP joining with `--network` alone, and a
// cowsay job that settles; the RP's /metrics counts that deal Accepted. The chain alone is
// stopped: the RP's /readyz turns 503 on its chain check, and 200 again once the chain is
// back. Then every process is stopped with SIGTERM and started again on
// its data dir (the chain without --alloc), the first deal is still there, and a second job
// settles.
func TestTestnetFromNothing(t *testing.T) {
	needBinary(t)
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	at := func(p ...string) string { return filepath.Join(append([]string{dir}, p...)...) }
	pass := writeFile(t, at("pass"), "a long passphrase")

	// 1. Keys: a keystore per role, each role's address and peer id.
	out, _ := opRun(t, ctx, nil, false, "keys", "generate", "--out", at("keys"), "--passphrase-file", pass)
	type ident struct{ addr, peer string }
	ids := map[string]ident{}
	for _, m := range regexp.MustCompile(`(?m)^(\w+)\s+(0x[0-9a-fA-F]{40})\s+(\S+)\s+\S+$`).FindAllStringSubmatch(out, -1) {
		ids[m[1]] = ident{m[2], m[3]}
	}
	for _, role := range []string{"solver", "mediator", "rp", "jc", "faucet"} {
		if ids[role].addr == "" || !strings.Contains(out, "export COOPHIVE_"+strings.ToUpper(role)+"_ADDRESS="+ids[role].addr) {
			t.Fatalf("keys generate: no %s key or export line:\n%s", role, out)
		}
	}

	// 2. The chain, its faucet funded in genesis.
	chainArgs := []string{"--data-dir", at("chain"), "--http-addr", "127.0.0.1:" + freePort(t, "tcp"), "--chain-id", "9000"}
	ch, err := startChain(t, ctx, append(chainArgs, "--alloc", ids["faucet"].addr+"=1000000000000000000000")...)
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"WEB3_RPC_URL=" + ch.url}
	t.Logf("%s: chain at %s", time.Since(t0).Round(time.Second), ch.url)

	// 3. Deploy, naming the boot node before it runs.
	bootListen := "/ip4/127.0.0.1/udp/" + freePort(t, "udp") + "/quic-v1"
	network := at("network.json")
	opRun(t, ctx, env, false, "deploy", "--keystore", at("keys", "faucet.json"), "--passphrase-file", pass, "--out", network,
		"--bootstrap", bootListen+"/p2p/"+ids["solver"].peer, "--mediators", ids["mediator"].addr, "--solvers", ids["solver"].addr)

	// 4. Fund the solver and the mediator; the faucet.
	opRun(t, ctx, env, false, "fund", "--network", network, "--keystore", at("keys", "faucet.json"), "--passphrase-file", pass,
		"--eth", "1", "--tokens", "1000", ids["solver"].addr, ids["mediator"].addr)
	for dataDir, role := range map[string]string{"faucet": "faucet", "boot": "solver", "med": "mediator", "rp": "rp", "jc": "jc"} {
		if err := os.MkdirAll(at(dataDir), 0o700); err != nil {
			t.Fatal(err)
		}
		blob, err := os.ReadFile(at("keys", role+".json"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, at(dataDir, "key.json"), string(blob))
	}
	penv := opEnv(env...)
	startFaucet := func() (*chaosProc, string) {
		f := startChaosProc(t, ctx, "faucet", penv, "faucet", "--network", network, "--data-dir", at("faucet"), "--passphrase-file", pass,
			"--listen", "127.0.0.1:0")
		waitProc(t, ctx, f, "faucet on http://")
		return f, regexp.MustCompile(`faucet on (http://\S+)`).FindStringSubmatch(f.out.String())[1]
	}
	faucet, faucetURL := startFaucet()
	for _, role := range []string{"rp", "jc"} {
		res, err := http.PostForm(faucetURL+"/api/claim", url.Values{"address": {ids[role].addr}})
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("claim for the %s: %d %s", role, res.StatusCode, body)
		}
	}
	t.Logf("%s: deployed, funded, claimed", time.Since(t0).Round(time.Second))

	// 5, 6. The boot node, a mediator and an RP.
	metrics, rpMetrics := "127.0.0.1:"+freePort(t, "tcp"), "127.0.0.1:"+freePort(t, "tcp")
	medListen := "/ip4/127.0.0.1/udp/" + freePort(t, "udp") + "/quic-v1"
	startNodes := func() []*chaosProc {
		var procs []*chaosProc
		for _, n := range []struct{ name, role, dataDir, listen string }{
			{"boot", "solver", "boot", bootListen}, {"mediator", "mediator", "med", medListen}, {"rp", "rp", "rp", "/ip4/127.0.0.1/udp/0/quic-v1"},
		} {
			args := []string{"node", "--network", network, "--role", n.role, "--data-dir", at(n.dataDir), "--passphrase-file", pass, "--listen", n.listen}
			switch n.name {
			case "boot":
				args = append(args, "--metrics", metrics)
			case "rp":
				args = append(args, "--metrics", rpMetrics)
			}
			p := startChaosProc(t, ctx, n.name, penv, args...)
			waitProc(t, ctx, p, "running as "+n.role)
			procs = append(procs, p)
		}
		waitReady(t, ctx, "http://"+metrics+"/readyz")
		waitReady(t, ctx, "http://"+rpMetrics+"/readyz")
		return procs
	}
	nodes := startNodes()
	t.Logf("%s: nodes ready", time.Since(t0).Round(time.Second))

	// 7. A job.
	first := testnetJob(t, ctx, penv, network, at("jc"), pass, "moo from nothing")
	t.Logf("%s: first deal %s accepted", time.Since(t0).Round(time.Second), first)
	// The RP's /metrics shows the deal it followed to the end.
	waitHTTP(t, ctx, "http://"+rpMetrics+"/metrics", http.StatusOK, `coophive_deals_ended_total{state="Accepted"} 1`)

	// The chain goes away: the RP's /readyz says so (503, its chain check failing), and the
	// same process is ready again once the chain is back.
	stopChain := func() {
		if err := ch.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if err := ch.cmd.Wait(); err != nil {
			t.Fatalf("chain: %v\n%s", err, ch.out.String())
		}
	}
	startStoredChain := func() {
		if ch, err = startChain(t, ctx, chainArgs...); err != nil { // no --alloc: the chain as stored
			t.Fatal(err)
		}
		if env[0] != "WEB3_RPC_URL="+ch.url {
			t.Fatalf("the chain came back at %s, not %s", ch.url, env[0])
		}
	}
	stopChain()
	waitHTTP(t, ctx, "http://"+rpMetrics+"/readyz", http.StatusServiceUnavailable, `{"name":"chain","ok":false`)
	startStoredChain()
	waitReady(t, ctx, "http://"+rpMetrics+"/readyz")
	t.Logf("%s: the RP was unready while the chain was down, ready once it was back", time.Since(t0).Round(time.Second))

	// Everything stopped with SIGTERM, and started again from the same data dirs.
	for _, p := range append(nodes, faucet) {
		stopProc(t, p)
	}
	stopChain()
	startStoredChain()
	startFaucet()
	startNodes()
	t.Logf("%s: restarted", time.Since(t0).Round(time.Second))
	if d := testnetInspect(t, ctx, penv, network, first); d != "Accepted" {
		t.Fatalf("after the restart the first deal is %s", d)
	}
	second := testnetJob(t, ctx, penv, network, at("jc"), pass, "moo after a restart")
	if second == first {
		t.Fatalf("the second job's deal is the first's")
	}
	t.Logf("wall time %s", time.Since(t0).Round(time.Millisecond))
}

// testnetJob runs `coophive run cowsay:v0.0.1` as the guide's step 7 does and returns its
// deal once the chain has it Accepted (run exits once its accept is sent).
func testnetJob(t *testing.T, ctx context.Context, env []string, network, dataDir, pass, msg string) string {
	t.Helper()
	out, errOut := opRun(t, ctx, env, false, "run", "--network", network, "--data-dir", dataDir, "--passphrase-file", pass,
		"--timeout", "2m", "cowsay:v0.0.1", "-i", "Message="+msg)
	if !strings.Contains(out, "< "+msg+" >") || !strings.Contains(out, "(oo)") {
		t.Fatalf("no cow saying %q:\n%s\n%s", msg, out, errOut)
	}
	deal := acceptedDeal(t, errOut)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		state := testnetInspect(t, ctx, env, network, deal)
		if state == "Accepted" {
			return deal
		}
		if state != "ResultsSubmitted" || time.Now().After(deadline) {
			t.Fatalf("deal %s is %s, want Accepted", deal, state)
		}
	}
}

// testnetInspect is a deal's state, read with `coophive inspect DEAL --network FILE`.
func testnetInspect(t *testing.T, ctx context.Context, env []string, network, deal string) string {
	t.Helper()
	out, _ := opRun(t, ctx, env, false, "inspect", deal, "--network", network)
	var d struct {
		ID, State string
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.ID != deal || d.State == "" {
		t.Fatalf("inspect %s printed (%v):\n%s", deal, err, out)
	}
	return d.State
}

// freePort is a port free on 127.0.0.1 for network ("tcp" or "udp") a moment ago.
func freePort(t *testing.T, network string) string {
	t.Helper()
	var addr net.Addr
	if network == "udp" {
		c, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr = c.LocalAddr()
		c.Close()
	} else {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr = l.Addr()
		l.Close()
	}
	_, port, _ := net.SplitHostPort(addr.String())
	return port
}

// waitProc waits for p to print want (on stdout or stderr), failing if it exits first.
func waitProc(t *testing.T, ctx context.Context, p *chaosProc, want string) {
	t.Helper()
	for !strings.Contains(p.out.String(), want) && !strings.Contains(p.err.String(), want) {
		select {
		case <-ctx.Done():
			t.Fatalf("%s never printed %q:\n%s%s", p.name, want, p.out.String(), tail(p.err.String(), 4000))
		case <-p.done:
			t.Fatalf("%s exited (%v) before printing %q:\n%s%s", p.name, p.exit, want, p.out.String(), tail(p.err.String(), 4000))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// stopProc sends SIGTERM and requires a clean exit within 20 s.
func stopProc(t *testing.T, p *chaosProc) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("%s: %v", p.name, err)
	}
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		t.Fatalf("%s did not exit within 20 s of SIGTERM", p.name)
	}
	if p.exit != nil {
		t.Fatalf("%s exited with %v on SIGTERM:\n%s", p.name, p.exit, tail(p.err.String(), 4000))
	}
}

// waitReady polls a node's /readyz until it answers 200.
func waitReady(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	waitHTTP(t, ctx, url, http.StatusOK, "")
}

// waitHTTP polls a URL until it answers the status with a body that contains want.
func waitHTTP(t *testing.T, ctx context.Context, url string, status int, want string) {
	t.Helper()
	var last string
	for {
		if res, err := http.Get(url); err == nil {
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode == status && strings.Contains(string(body), want) {
				return
			}
			last = fmt.Sprintf("%d %s", res.StatusCode, tail(string(body), 2000))
		} else {
			last = err.Error()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s never answered %d with %q: %s", url, status, want, last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
