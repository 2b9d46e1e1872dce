package faucet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// startChain starts an instant-sealing local market; its deployer funds the faucets.
func startChain(t *testing.T) *chain.Local {
	t.Helper()
	l, err := chain.StartLocal(context.Background(), chain.LocalConfig{Instant: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Stop() })
	return l
}

// fundedKey is a fresh key holding eth ether and tok tokens (base units), sent by the deployer.
func fundedKey(t *testing.T, l *chain.Local, eth, tok *big.Int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bt, err := chain.NewBatch(ctx, l.Chain.Client(), l.Deployer)
	if err != nil {
		t.Fatal(err)
	}
	to := chain.KeyAddress(k)
	if eth.Sign() > 0 {
		if _, err := bt.Send(ctx, "fund ether", &to, eth, nil, GasETH); err != nil {
			t.Fatal(err)
		}
	}
	if tok.Sign() > 0 {
		if _, err := bt.Send(ctx, "fund tokens", &l.Addrs.Token, nil, bindings.NewToken().PackTransfer(to, tok), chain.GasTransfer); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := bt.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	return k
}

// startFaucet runs a faucet on l paying from key, on a free loopback port, trusting
// X-Forwarded-For (so that tests can claim from many IPs); mutate may change its config.
func startFaucet(t *testing.T, l *chain.Local, key *ecdsa.PrivateKey, mutate func(*Config)) (*Faucet, string) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Listen, cfg.Backend, cfg.Token, cfg.Key, cfg.Logger = "127.0.0.1:0", l.Chain.Client(), l.Addrs.Token, key, quiet
	cfg.TrustProxy = true
	if mutate != nil {
		mutate(&cfg)
	}
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	select {
	case <-f.Ready():
	case err := <-done:
		t.Fatalf("Run: %v", err)
	}
	return f, "http://" + f.Addr()
}

// reply is an HTTP answer: status, Retry-After, JSON body.
type reply struct {
	status     int
	retryAfter string
	body       map[string]any
}

var client = &http.Client{Timeout: time.Minute}

// post sends a claim body from ip (X-Forwarded-For).
func post(t *testing.T, base, ip, contentType string, body []byte) reply {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/api/claim", bytes.NewReader(body))
	if err != nil {
		t.Error(err)
		return reply{}
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("X-Forwarded-For", ip)
	return do(t, req)
}

func do(t *testing.T, req *http.Request) reply {
	res, err := client.Do(req)
	if err != nil {
		t.Error(err)
		return reply{}
	}
	defer res.Body.Close()
	r := reply{status: res.StatusCode, retryAfter: res.Header.Get("Retry-After")}
	if err := json.NewDecoder(res.Body).Decode(&r.body); err != nil {
		t.Errorf("%s: decode body: %v", req.URL, err)
	}
	return r
}

func claimJSON(addr string) []byte { return []byte(`{"address":"` + addr + `"}`) }

func newAddr(t *testing.T) common.Address {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return chain.KeyAddress(k)
}

func tokenBalance(t *testing.T, l *chain.Local, who common.Address) *big.Int {
	t.Helper()
	tok := bindings.NewToken()
	v, err := bind.Call(tok.Instance(l.Chain.Client(), l.Addrs.Token), &bind.CallOpts{}, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestConcurrentClaimsPayEachAddressOnce: 100 claims at once for 50 addresses, two each
// from distinct IPs: each address is paid once, every payment succeeds, the faucet sent
// exactly 100 transactions, and each address's other claim got 429.
func TestConcurrentClaimsPayEachAddressOnce(t *testing.T) {
	l := startChain(t)
	key := fundedKey(t, l, chain.Tokens(100), chain.Tokens(10_000))
	_, base := startFaucet(t, l, key, func(c *Config) { c.PerIP = 1000; c.QueueSize = 128 })
	const n = 50
	addrs := make([]common.Address, n)
	for i := range addrs {
		addrs[i] = newAddr(t)
	}
	replies := make([]reply, 2*n)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 2 * n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			replies[i] = post(t, base, fmt.Sprintf("10.0.%d.%d", i/250, i%250+1), "application/json", claimJSON(addrs[i%n].Hex()))
		}()
	}
	wg.Wait()
	t.Logf("100 concurrent claims answered in %s", time.Since(start))
	ctx := context.Background()
	b := l.Chain.Client()
	for i, a := range addrs {
		first, second := replies[i], replies[i+n]
		if first.status == http.StatusTooManyRequests {
			first, second = second, first
		}
		if first.status != http.StatusOK || second.status != http.StatusTooManyRequests {
			t.Errorf("%s: statuses %d and %d, want one 200 and one 429 (%v; %v)", a.Hex(), first.status, second.status, first.body, second.body)
			continue
		}
		if second.retryAfter == "" || second.body["retry_after_s"] == nil {
			t.Errorf("%s: 429 without Retry-After or retry_after_s: %v", a.Hex(), second.body)
		}
		for _, k := range []string{"eth_tx", "token_tx"} {
			r, err := b.TransactionReceipt(ctx, common.HexToHash(first.body[k].(string)))
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("%s: %s %v: receipt %v, %v", a.Hex(), k, first.body[k], r, err)
			}
		}
		if eth, err := b.BalanceAt(ctx, a, nil); err != nil || eth.Cmp(chain.Tokens(1)) != 0 {
			t.Errorf("%s holds %v wei (%v), want 1 ether", a.Hex(), eth, err)
		}
		if tok := tokenBalance(t, l, a); tok.Cmp(chain.Tokens(100)) != 0 {
			t.Errorf("%s holds %v token units, want 100 tokens", a.Hex(), tok)
		}
	}
	nonce, err := b.NonceAt(ctx, chain.KeyAddress(key), nil)
	if err != nil || nonce != 2*n {
		t.Errorf("faucet nonce %d (%v), want %d: two transactions per address, nothing else", nonce, err, 2*n)
	}
	if tok := tokenBalance(t, l, chain.KeyAddress(key)); tok.Cmp(chain.Tokens(10_000-100*n)) != 0 {
		t.Errorf("faucet holds %v token units, want %v", tok, chain.Tokens(10_000-100*n))
	}
}

// TestClaimErrors: each bad claim gets its status and a JSON error that says why; limits
// count only paid claims.
func TestClaimErrors(t *testing.T) {
	l := startChain(t)
	rich := fundedKey(t, l, chain.Tokens(20), chain.Tokens(10_000))
	_, base := startFaucet(t, l, rich, func(c *Config) { c.PerIP = 2 })
	noEth := fundedKey(t, l, big.NewInt(5e17), chain.Tokens(10_000)) // half an ether: short of one
	_, baseNoEth := startFaucet(t, l, noEth, nil)
	noTok := fundedKey(t, l, chain.Tokens(10), chain.Tokens(5))
	_, baseNoTok := startFaucet(t, l, noTok, nil)

	paid, other, viaForm := newAddr(t), newAddr(t), newAddr(t)
	lower := "0x" + strings.ToLower(paid.Hex()[2:])
	badSum := []byte(paid.Hex())
	for i := 2; i < len(badSum); i++ { // flip the case of one letter: a wrong checksum
		if c := badSum[i]; c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			badSum[i] ^= 0x20
			break
		}
	}
	big := append(append([]byte(`{"address":"`), bytes.Repeat([]byte("a"), 2*MaxBody)...), `"}`...)
	cases := []struct {
		name, base, ip, ct string
		body               []byte
		status             int
		errHas             string
		check              func(t *testing.T, r reply)
	}{
		{"short address", base, "1.1.1.1", "application/json", claimJSON("0x1234"), 400, "bad address", nil},
		{"no 0x", base, "1.1.1.1", "application/json", claimJSON(paid.Hex()[2:]), 400, "bad address", nil},
		{"wrong checksum", base, "1.1.1.1", "application/json", claimJSON(string(badSum)), 400, "checksum", nil},
		{"zero address", base, "1.1.1.1", "application/json", claimJSON(common.Address{}.Hex()), 400, "zero address", nil},
		{"not JSON", base, "1.1.1.1", "application/json", []byte("address=0x"), 400, "bad request body", nil},
		{"text body", base, "1.1.1.1", "text/plain", claimJSON(paid.Hex()), 415, "content type", nil},
		{"oversized body", base, "1.1.1.1", "application/json", big, 413, "over 4096 bytes", nil},
		{"first claim paid", base, "1.1.1.1", "application/json", claimJSON(lower), 200, "", func(t *testing.T, r reply) {
			if r.body["address"] != paid.Hex() || r.body["eth"] != "1" || r.body["tokens"] != "100" {
				t.Errorf("body %v", r.body)
			}
		}},
		{"address limit", base, "2.2.2.2", "application/json", claimJSON(paid.Hex()), 429, "per address", func(t *testing.T, r reply) {
			s, _ := r.body["retry_after_s"].(float64)
			if s < 86390 || s > 86400 || r.retryAfter != fmt.Sprint(int(s)) {
				t.Errorf("retry_after_s %v, Retry-After %q: want about 24 h in both", r.body["retry_after_s"], r.retryAfter)
			}
		}},
		{"form claim", base, "1.1.1.1", "application/x-www-form-urlencoded", []byte(url.Values{"address": {viaForm.Hex()}}.Encode()), 200, "", nil},
		{"IP limit", base, "1.1.1.1", "application/json", claimJSON(other.Hex()), 429, "per IP", nil},
		{"same address, another IP", base, "3.3.3.3", "application/json", claimJSON(other.Hex()), 200, "", nil},
		{"no ether left", baseNoEth, "4.4.4.4", "application/json", claimJSON(newAddr(t).Hex()), 503, "faucet empty: it has 0.5 ETH", func(t *testing.T, r reply) {
			if fmt.Sprint(r.body["short"]) != "[eth]" {
				t.Errorf("short %v, want [eth]", r.body["short"])
			}
		}},
		{"no tokens left", baseNoTok, "4.4.4.4", "application/json", claimJSON(newAddr(t).Hex()), 503, "it has 5 tokens, a claim needs 100", func(t *testing.T, r reply) {
			if fmt.Sprint(r.body["short"]) != "[tokens]" {
				t.Errorf("short %v, want [tokens]", r.body["short"])
			}
		}},
		// the failed claims above did not count: the same IP claims again
		{"empty claims not counted", baseNoTok, "4.4.4.4", "application/json", claimJSON(newAddr(t).Hex()), 503, "faucet empty", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, c.base, c.ip, c.ct, c.body)
			msg, _ := r.body["error"].(string)
			if r.status != c.status || !strings.Contains(msg, c.errHas) {
				t.Fatalf("status %d, body %v; want %d with an error containing %q", r.status, r.body, c.status, c.errHas)
			}
			if c.check != nil {
				c.check(t, r)
			}
		})
	}
	if tok := tokenBalance(t, l, chain.KeyAddress(noTok)); tok.Cmp(chain.Tokens(5)) != 0 {
		t.Errorf("the empty faucet paid: it holds %v token units", tok)
	}
}

// TestInfo: /api/info says what a claim pays, the limits, and what the wallet has left.
func TestInfo(t *testing.T) {
	l := startChain(t)
	key := fundedKey(t, l, chain.Tokens(10), chain.Tokens(350))
	f, base := startFaucet(t, l, key, func(c *Config) { c.PerAddress, c.PerIP, c.Window = 2, 7, time.Hour })
	get := func() Info {
		res, err := client.Get(base + "/api/info")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var info Info
		if err := json.NewDecoder(res.Body).Decode(&info); err != nil || res.StatusCode != 200 {
			t.Fatalf("status %d, %v", res.StatusCode, err)
		}
		return info
	}
	info := get()
	want := Info{Address: f.Address().Hex(), ETH: "1", Tokens: "100", Token: l.Addrs.Token.Hex(), PerAddress: 2, PerIP: 7,
		Window: "1h0m0s", WindowSeconds: 3600, BalanceETH: "10", BalanceTokens: "350", ClaimsLeft: 3}
	info.ClaimCostETH = "" // depends on the base fee
	if info != want {
		t.Errorf("info\n%+v, want\n%+v", info, want)
	}
	if r := post(t, base, "1.2.3.4", "application/json", claimJSON(newAddr(t).Hex())); r.status != 200 {
		t.Fatalf("claim: %d %v", r.status, r.body)
	}
	f.forgetInfo()
	info = get()
	if info.BalanceTokens != "250" || info.ClaimsLeft != 2 || info.Addresses != 1 || info.IPs != 1 {
		t.Errorf("after a claim: %+v, want 250 tokens, 2 claims left, 1 address and 1 IP remembered", info)
	}
	if !strings.HasPrefix(info.BalanceETH, "8.99") {
		t.Errorf("after a claim the wallet holds %s ETH, want 9 less gas", info.BalanceETH)
	}
}

// TestPage: / is a self-contained form that posts the address to api/claim.
func TestPage(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RPCURL, cfg.Token, cfg.Logger = "http://127.0.0.1:1", common.Address{1}, quiet
	cfg.Key, _ = crypto.GenerateKey()
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	f.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	page := rec.Body.String()
	for _, want := range []string{`<form id="claim" method="post" action="api/claim">`, `<input name="address"`, "Pays 1 ETH and 100 tokens"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	for _, external := range []string{"http://", "https://", `src="/`, `href="/`, `action="/`} {
		if strings.Contains(page, external) {
			t.Errorf("page refers to %q: want no external assets and relative URLs", external)
		}
	}
	if ct := rec.Header().Get("Content-Type"); rec.Code != 200 || !strings.HasPrefix(ct, "text/html") {
		t.Errorf("status %d, content type %q", rec.Code, ct)
	}
}

// TestQueueFull: beyond the queue, 503 busy at once; the refused claim holds no reservation.
func TestQueueFull(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RPCURL, cfg.Token, cfg.Logger, cfg.QueueSize = "http://127.0.0.1:1", common.Address{1}, quiet, 1
	cfg.Key, _ = crypto.GenerateKey()
	f, err := New(cfg) // not run: no sender takes from the queue
	if err != nil {
		t.Fatal(err)
	}
	h := f.Handler()
	ctx, cancel := context.WithCancel(context.Background())
	first := httptest.NewRequest(http.MethodPost, "/api/claim", bytes.NewReader(claimJSON(newAddr(t).Hex()))).WithContext(ctx)
	done := make(chan struct{})
	go func() { defer close(done); h.ServeHTTP(httptest.NewRecorder(), first) }()
	for len(f.queue) == 0 {
		time.Sleep(time.Millisecond)
	}
	rec := httptest.NewRecorder()
	second := newAddr(t)
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/claim", bytes.NewReader(claimJSON(second.Hex()))))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), "busy, try again") || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second claim: %d %s, want 503 busy with Retry-After", rec.Code, rec.Body)
	}
	if addrs, _ := f.lim.sizes(); addrs != 1 {
		t.Errorf("limits remember %d addresses, want only the queued one", addrs)
	}
	cancel()
	<-done
}

// TestLimiterBounds: the limits forget what left the window and remember at most MaxTracked keys.
func TestLimiterBounds(t *testing.T) {
	l := newLimiter(time.Hour, 1, 2, 3)
	t0 := time.Unix(1_700_000_000, 0)
	a := func(i byte) common.Address { return common.Address{i} }
	for i := range byte(3) {
		if r := l.admit(a(i), fmt.Sprint("ip", i), t0); r != nil {
			t.Fatalf("admit %d: %+v", i, r)
		}
		l.finish(a(i), fmt.Sprint("ip", i), true, t0)
	}
	if r := l.admit(a(9), "ip9", t0.Add(time.Minute)); r == nil || !r.full {
		t.Errorf("a fourth key within the window: %+v, want refused as full", r)
	}
	if r := l.admit(a(0), "ip8", t0.Add(time.Minute)); r == nil || r.full || r.what != "address" || r.retryAfter != 59*time.Minute {
		t.Errorf("a paid address again: %+v, want its limit with 59 min to wait", r)
	}
	if r := l.admit(a(9), "ip9", t0.Add(time.Hour+time.Second)); r != nil {
		t.Errorf("after the window: %+v, want admitted (the old keys pruned)", r)
	}
	if n, m := l.sizes(); n != 1 || m != 1 {
		t.Errorf("remembers %d addresses and %d IPs, want only the one in flight", n, m)
	}
	l.finish(a(9), "ip9", false, t0.Add(time.Hour+time.Second))
	if n, m := l.sizes(); n != 0 || m != 0 {
		t.Errorf("a failed claim left %d addresses and %d IPs", n, m)
	}
}
