package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/gateway"
	"github.com/coophive/coophive/internal/pgtest"
	"github.com/coophive/coophive/node/api/apitest"
)

// TestGatewayLedgerMatchesTheChain runs `coophive gateway` against a devnet, on SQLite and
// on Postgres: a user signs up (credited 10 tokens), runs cowsay and is charged the deal's
// price; a second job is submitted and the gateway is killed (SIGKILL) as soon as the job's
// charge is reserved; started again on the same data dir and database, it settles that job
// against the chain: charged what the deal cost if a deal was made, refunded if none. Each
// user's books then equal the chain's deals: credited − charged = available, nothing held.
func TestGatewayLedgerMatchesTheChain(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	env := startDevnet(t, ctx)
	market := devnetMarket(t, ctx, env)
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			var db string
			if backend == "postgres" {
				db = startPostgres(t, ctx)
			}
			dir := t.TempDir()
			gw := startGateway(t, ctx, env, dir, db)
			key := gw.signup(t, "alice-"+backend)
			first := gw.submit(t, key, "moo from the gateway")
			j := gw.waitFinished(t, ctx, key, first)
			if j.Outcome != "Accepted" || !strings.Contains(j.Stdout, "moo from the gateway") {
				t.Fatalf("first job: %+v", j)
			}
			checkCharge(t, ctx, market, j)
			var poor string
			var poorJobs []string
			if backend == "sqlite" {
				poor, poorJobs = gatewayRefusals(t, gw, key, first)
				gatewayRefundsNoMatchByTheChain(t, ctx, env, market)
			}

			second := gw.submit(t, key, "moo through a crash")
			gw.proc.kill9(t)
			gw = startGateway(t, ctx, env, dir, db)
			j2 := gw.waitFinished(t, ctx, key, second)
			checkCharge(t, ctx, market, j2)
			t.Logf("the job submitted before the kill: %s, charged %s", j2.Outcome, j2.Charged)

			for _, ref := range poorJobs { // running when the gateway was killed, or before
				checkCharge(t, ctx, market, gw.waitFinished(t, ctx, poor, ref))
			}
			me := gw.me(t, key)
			spent := new(big.Int).Add(amount(t, j.Charged), amount(t, j2.Charged))
			credited := chain.Tokens(10)
			if me.Balance.Reserved != "0" || me.Balance.Credited != credited.String() || me.Balance.Charged != spent.String() ||
				me.Balance.Available != new(big.Int).Sub(credited, spent).String() {
				t.Fatalf("books %+v, want 10 tokens credited and %s charged, nothing held", me.Balance, spent)
			}
			if len(me.Jobs) != 2 {
				t.Fatalf("%d jobs listed, want 2: %+v", len(me.Jobs), me.Jobs)
			}
		})
	}
}

// gatewayRefundsNoMatchByTheChain: a gateway whose jobs offer less than any provider asks
// (the devnet's RP asks 2 tokens) has its job refunded, and only once the chain says no
// deal can come: its head past the offer's validUntil (matchDeal reverts after it). A
// refund while the chain could still take a match (the node's own clock, read after the
// deal, used to decide) would leave the gateway paying a deal charged to nobody.
func gatewayRefundsNoMatchByTheChain(t *testing.T, ctx context.Context, env []string, market *chain.Market) {
	t.Helper()
	spare := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "DEVNET_SPARE_KEY="); ok {
			spare = v
		}
	}
	if spare == "" {
		t.Fatal("devnet.env has no DEVNET_SPARE_KEY")
	}
	// A key of its own: two nodes on one key would judge each other's deals and race nonces.
	gw := startGatewayPriced(t, ctx, withEnv(env, "WEB3_PRIVATE_KEY="+spare), t.TempDir(), "", "127.0.0.1:"+freePort(t, "tcp"), "1")
	key := gw.signup(t, "thrifty")
	ref := gw.submit(t, key, "too cheap to match")
	var jobs struct {
		Jobs []struct {
			ID         string
			ValidUntil uint64
		}
	}
	gw.call(t, http.MethodGet, "/api/v1/jobs", "", nil, http.StatusOK, &jobs)
	var validUntil uint64
	for _, j := range jobs.Jobs {
		if j.ID == ref {
			validUntil = j.ValidUntil
		}
	}
	if validUntil == 0 {
		t.Fatalf("the gateway's node lists no job offer %s: %+v", ref, jobs.Jobs)
	}
	j := gw.waitFinished(t, ctx, key, ref)
	head, err := market.Backend().HeaderByNumber(ctx, nil) // read after the refund: its head was no later
	if err != nil {
		t.Fatal(err)
	}
	if head.Time <= validUntil {
		t.Fatalf("refunded while the chain (time %d) could still match the offer (valid until %d)", head.Time, validUntil)
	}
	if j.Outcome != gateway.OutcomeNoMatch || j.Charged != "0" {
		t.Fatalf("a job no provider takes: %+v", j)
	}
	checkCharge(t, ctx, market, j)
	if me := gw.me(t, key); me.Balance.Reserved != "0" || me.Balance.Available != chain.Tokens(10).String() {
		t.Fatalf("after the refund: %+v", me.Balance)
	}
	_ = gw.proc.cmd.Process.Signal(os.Interrupt)
	<-gw.proc.done
}

// checkCharge: a finished job's outcome and charge are its deal's on chain, or, with no
// deal, a refund.
func checkCharge(t *testing.T, ctx context.Context, market *chain.Market, j gateway.JobInfo) {
	t.Helper()
	d, err := market.Deal(ctx, common.HexToHash(j.Ref))
	switch {
	case err != nil && j.Outcome == gateway.OutcomeNoMatch && j.Charged == "0":
	case err != nil:
		t.Fatalf("job %s is %s (charged %s) with no deal on chain: %v", j.Ref, j.Outcome, j.Charged, err)
	case d.State.String() != j.Outcome || gateway.Charge(d).String() != j.Charged:
		t.Fatalf("job %s: the ledger says %s, charged %s; the chain %s, which cost %s", j.Ref, j.Outcome, j.Charged, d.State, gateway.Charge(d))
	}
}

func amount(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("amount %q", s)
	}
	return v
}

// startPostgres starts a Postgres server for the test and returns a fresh database's URL.
func startPostgres(t *testing.T, ctx context.Context) string {
	t.Helper()
	srv, err := pgtest.Start(ctx)
	if err != nil {
		if os.Getenv(pgtest.RequireEnv) != "1" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	url, err := srv.CreateDB(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return url
}

// gatewayProc is a running `coophive gateway` and its HTTP address.
type gatewayProc struct {
	proc *chaosProc
	url  string
}

func startGateway(t *testing.T, ctx context.Context, env []string, dir, db string) *gatewayProc {
	t.Helper()
	return startGatewayAt(t, ctx, env, dir, db, "127.0.0.1:"+freePort(t, "tcp"))
}

// startGatewayAt starts `coophive gateway` on dir and db (SQLite in dir when empty),
// serving on addr, and waits until it serves.
func startGatewayAt(t *testing.T, ctx context.Context, env []string, dir, db, addr string) *gatewayProc {
	t.Helper()
	return startGatewayPriced(t, ctx, env, dir, db, addr, "3")
}

// startGatewayPriced is startGatewayAt whose jobs offer at most maxPrice tokens.
func startGatewayPriced(t *testing.T, ctx context.Context, env []string, dir, db, addr, maxPrice string) *gatewayProc {
	t.Helper()
	args := []string{"gateway", "--data-dir", dir, "--http", addr, "--signup-credit", "10", "--max-price", maxPrice, "--valid-for", "15s",
		"--listen", "/ip4/127.0.0.1/udp/0/quic-v1"}
	if db != "" {
		args = append(args, "--db", db)
	}
	p := startChaosProc(t, ctx, "gateway", append(os.Environ(), env...), args...)
	waitProc(t, ctx, p, "serving on http://"+addr)
	return &gatewayProc{proc: p, url: "http://" + addr}
}

// call sends a request through a client that checks it, and the answer, against the
// API's OpenAPI document (which describes the gateway's routes too).
func (g *gatewayProc) call(t *testing.T, method, path, key string, body any, want int, out any) {
	t.Helper()
	c := apitest.NewClient(t, g.url, key)
	req := apitest.Request{Method: method, Path: path}
	if body != nil {
		req.Body, _ = json.Marshal(body)
	}
	r := c.Do(context.Background(), req)
	if r.Status != want {
		t.Fatalf("%s %s: %d %s, want %d", method, path, r.Status, r.Body, want)
	}
	if out != nil {
		r.JSON(t, out)
	}
}

func (g *gatewayProc) signup(t *testing.T, name string) string {
	t.Helper()
	var r struct{ APIKey string }
	g.call(t, http.MethodPost, "/api/v1/gateway/signup", "", map[string]string{"name": name}, http.StatusCreated, &r)
	return r.APIKey
}

func (g *gatewayProc) submit(t *testing.T, key, msg string) string {
	t.Helper()
	var j gateway.JobInfo
	g.call(t, http.MethodPost, "/api/v1/gateway/jobs", key, map[string]any{"module": "cowsay:v0.0.1", "inputs": map[string]string{"Message": msg}},
		http.StatusAccepted, &j)
	if j.State != "reserved" || j.Ref == "" {
		t.Fatalf("submitted: %+v", j)
	}
	return j.Ref
}

type meJSON struct {
	Balance struct{ Available, Reserved, Credited, Charged string }
	Jobs    []gateway.JobInfo
}

func (g *gatewayProc) me(t *testing.T, key string) meJSON {
	t.Helper()
	var me meJSON
	g.call(t, http.MethodGet, "/api/v1/gateway/me", key, nil, http.StatusOK, &me)
	return me
}

func (g *gatewayProc) waitFinished(t *testing.T, ctx context.Context, key, ref string) gateway.JobInfo {
	t.Helper()
	for {
		var j gateway.JobInfo
		g.call(t, http.MethodGet, "/api/v1/gateway/jobs/"+ref, key, nil, http.StatusOK, &j)
		if j.State == "finished" {
			return j
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job %s never finished: %+v", ref, j)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// gatewayRefusals: every bad request gets a JSON error with its status, and the documented
// one (the client checks each answer against the OpenAPI document). A user with too little
// balance left is refused; it returns that user's key and the two jobs it did run.
func gatewayRefusals(t *testing.T, gw *gatewayProc, key, ref string) (poor string, poorJobs []string) {
	other := gw.signup(t, "mallory")
	big := strings.Repeat("x", 70<<10)
	for _, tc := range []struct {
		name, method, path, key, body string
		status                        int
		says                          string
	}{
		{"no key", http.MethodGet, "/api/v1/gateway/me", "", "", http.StatusUnauthorized, "an API key, please"},
		{"a wrong key", http.MethodGet, "/api/v1/gateway/me", "chk_nothing_here", "", http.StatusUnauthorized, "not valid here"},
		{"another user's job", http.MethodGet, "/api/v1/gateway/jobs/" + ref, other, "", http.StatusNotFound, "you have no job"},
		{"a malformed ref", http.MethodGet, "/api/v1/gateway/jobs/0x12", key, "", http.StatusBadRequest, "64 hex digits"},
		{"bad JSON", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":`, http.StatusBadRequest, "bad JSON"},
		{"an unknown field", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":"cowsay:v0.0.1","price":"0"}`, http.StatusBadRequest, "unknown field"},
		{"a module not offered", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":"sdxl:v0.9-lilypad1"}`, http.StatusBadRequest, "not offered here"},
		{"a missing input", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":"cowsay:v0.0.1"}`, http.StatusBadRequest, "needs the input Message"},
		{"an input the module does not take", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":"cowsay:v0.0.1","inputs":{"Message":"m","Cmd":"rm"}}`, http.StatusBadRequest, "takes no input Cmd"},
		{"too large", http.MethodPost, "/api/v1/gateway/jobs", key, `{"module":"cowsay:v0.0.1","inputs":{"Message":"` + big + `"}}`, http.StatusRequestEntityTooLarge, "larger than"},
		{"a name taken", http.MethodPost, "/api/v1/gateway/signup", "", `{"name":"mallory"}`, http.StatusConflict, "taken"},
		{"an empty name", http.MethodPost, "/api/v1/gateway/signup", "", `{"name":"  "}`, http.StatusBadRequest, "1 to 64"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := apitest.NewClient(t, gw.url, tc.key)
			r := c.Do(context.Background(), apitest.Request{Method: tc.method, Path: tc.path, Body: []byte(tc.body),
				Invalid: tc.body != "" || strings.Contains(tc.path, "0x12")})
			if r.Status != tc.status || !strings.Contains(r.Error(), tc.says) {
				t.Fatalf("%d %s, want %d saying %q", r.Status, r.Body, tc.status, tc.says)
			}
		})
	}
	// A user whose balance cannot hold a job is refused with 402, before anything is offered.
	poor = gw.signup(t, "poor")
	for range 2 { // 10 tokens credited, 4 held per job (max price 3 + mediation fee 1): a third does not fit
		poorJobs = append(poorJobs, gw.submit(t, poor, "spend"))
	}
	c := apitest.NewClient(t, gw.url, poor)
	r := c.Do(context.Background(), apitest.Request{Method: http.MethodPost, Path: "/api/v1/gateway/jobs",
		Body: []byte(`{"module":"cowsay:v0.0.1","inputs":{"Message":"one too many"}}`)})
	if r.Status != http.StatusPaymentRequired || !strings.Contains(r.Error(), "insufficient funds") {
		t.Fatalf("a third job: %d %s", r.Status, r.Body)
	}
	return poor, poorJobs
}
