package faucet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// MaxBody is the largest claim body read; a larger one is answered 413.
const MaxBody = 4 << 10

// infoTTL is how long one chain read serves /api/info.
const infoTTL = time.Second

// Handler serves the faucet's routes: GET / (the form), POST /api/claim, GET /api/info.
func (f *Faucet) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", f.page)
	mux.HandleFunc("POST /api/claim", f.claim)
	mux.HandleFunc("GET /api/info", f.infoHandler)
	return mux
}

// ClaimRequest is a claim's JSON body; a form's field is address too.
type ClaimRequest struct {
	Address string `json:"address"`
}

// ClaimResponse is a paid claim's answer.
type ClaimResponse struct {
	Address string `json:"address"`
	ETH     string `json:"eth"`    // paid, in ether
	Tokens  string `json:"tokens"` // paid, in tokens
	ETHTx   string `json:"eth_tx"`
	TokenTx string `json:"token_tx"`
}

func (f *Faucet) claim(w http.ResponseWriter, r *http.Request) {
	addr, aerr := readAddress(w, r)
	if aerr == nil && (addr == (common.Address{}) || addr == f.from) {
		aerr = errorf(http.StatusBadRequest, "%s cannot be paid: the zero address or the faucet's own", addr.Hex())
	}
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	ip := f.clientIP(r)
	if ref := f.lim.admit(addr, ip, f.now()); ref != nil {
		writeError(w, refusalError(ref, f.cfg))
		return
	}
	c := &claim{addr: addr, ip: ip, done: make(chan outcome, 1)}
	select {
	case f.queue <- c:
	default:
		f.lim.finish(addr, ip, false, f.now())
		e := errorf(http.StatusServiceUnavailable, "busy, try again")
		e.extra = map[string]any{"retry_after_s": int(inflightRetry / time.Second)}
		w.Header().Set("Retry-After", strconv.Itoa(int(inflightRetry/time.Second)))
		writeError(w, e)
		return
	}
	select {
	case o := <-c.done:
		if o.err != nil {
			writeError(w, o.err)
			return
		}
		writeJSON(w, http.StatusOK, ClaimResponse{Address: addr.Hex(), ETH: matching.FormatTokens(f.cfg.ETH),
			Tokens: matching.FormatTokens(f.cfg.Tokens), ETHTx: o.ethTx.Hex(), TokenTx: o.tokenTx.Hex()})
	case <-r.Context().Done(): // the client left, or the faucet stops: the sender still settles the claim
	}
}

// readAddress reads the claim's address from a JSON or form body of at most MaxBody bytes.
func readAddress(w http.ResponseWriter, r *http.Request) (common.Address, *apiError) {
	if r.ContentLength > MaxBody {
		return common.Address{}, errorf(http.StatusRequestEntityTooLarge, "request body over %d bytes", MaxBody)
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var s string
	switch ct {
	case "application/json", "":
		var req ClaimRequest
		dec := json.NewDecoder(r.Body)
		if err := dec.Decode(&req); err != nil {
			return common.Address{}, bodyError(err, `want JSON {"address":"0x..."}`)
		}
		s = req.Address
	case "application/x-www-form-urlencoded", "multipart/form-data":
		if err := r.ParseMultipartForm(MaxBody); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			return common.Address{}, bodyError(err, "want a form with an address field")
		}
		s = r.PostFormValue("address")
	default:
		return common.Address{}, errorf(http.StatusUnsupportedMediaType, "content type %q: want application/json or a form", ct)
	}
	return parseAddress(strings.TrimSpace(s))
}

// bodyError is 413 for a body over MaxBody, else 400.
func bodyError(err error, want string) *apiError {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return errorf(http.StatusRequestEntityTooLarge, "request body over %d bytes", MaxBody)
	}
	return errorf(http.StatusBadRequest, "bad request body (%v): %s", err, want)
}

// parseAddress accepts 0x and 40 hex digits; mixed case must be the EIP-55 checksum, which
// catches a mistyped address.
func parseAddress(s string) (common.Address, *apiError) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, errorf(http.StatusBadRequest, "bad address %q: want 0x followed by 40 hex digits", truncate(s, 64))
	}
	a := common.HexToAddress(s)
	hex := s[2:]
	if hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) && a.Hex() != s {
		return common.Address{}, errorf(http.StatusBadRequest, "bad address %q: its mixed case is not its checksum (a typo?)", s)
	}
	return a, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// clientIP is the connection's IP, or with TrustProxy the last X-Forwarded-For entry; an
// IPv6 address counts as its /64, which one client usually holds whole.
func (f *Faucet) clientIP(r *http.Request) string {
	s := r.RemoteAddr
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	if f.cfg.TrustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if last := strings.TrimSpace(parts[len(parts)-1]); last != "" {
				s = last
			}
		}
	}
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return s
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// refusalError is a refused admission's answer: 429 with the wait, or 503 when the limits
// remember too many claimants.
func refusalError(ref *refusal, cfg Config) *apiError {
	secs := int(math.Ceil(ref.retryAfter.Seconds()))
	secs = max(secs, 1)
	var e *apiError
	switch {
	case ref.full:
		e = errorf(http.StatusServiceUnavailable, "busy, try again")
	case ref.inflight:
		e = errorf(http.StatusTooManyRequests, "a claim for this %s is being paid; try again in %d s", ref.what, secs)
	default:
		limit := cfg.PerAddress
		if ref.what == "IP" {
			limit = cfg.PerIP
		}
		e = errorf(http.StatusTooManyRequests, "limit reached: %d claim(s) per %s every %s; try again in %s",
			limit, ref.what, cfg.Window, (time.Duration(secs) * time.Second).String())
	}
	e.extra = map[string]any{"retry_after_s": secs}
	return e
}

// Info is /api/info's answer: what a claim pays, the limits, and what the wallet has left.
type Info struct {
	Address       string `json:"address"`           // the faucet wallet
	ETH           string `json:"eth"`               // per claim, in ether
	Tokens        string `json:"tokens"`            // per claim, in tokens
	Token         string `json:"token"`             // the token contract
	PerAddress    int    `json:"per_address"`       // claims per address per window
	PerIP         int    `json:"per_ip"`            // claims per client IP per window
	Window        string `json:"window"`            // e.g. 24h0m0s
	WindowSeconds int64  `json:"window_s"`          //
	BalanceETH    string `json:"balance_eth"`       // the wallet's, in ether
	BalanceTokens string `json:"balance_tokens"`    // the wallet's, in tokens
	ClaimCostETH  string `json:"claim_cost_eth"`    // the most a claim costs in ether, gas at the current cap included
	ClaimsLeft    int64  `json:"claims_left"`       // claims the balances cover
	Queued        int    `json:"queued"`            // claims waiting for the sender
	Addresses     int    `json:"tracked_addresses"` // addresses the limits remember
	IPs           int    `json:"tracked_ips"`       // IPs the limits remember
}

func (f *Faucet) infoHandler(w http.ResponseWriter, r *http.Request) {
	info, err := f.Info(r.Context())
	if err != nil {
		writeError(w, errorf(http.StatusBadGateway, "faucet: the chain did not answer: %v", err))
		return
	}
	writeJSON(w, http.StatusOK, info)
}

// Info reads the wallet's balances (one read serves every call for a second) and fills in
// the rest.
func (f *Faucet) Info(ctx context.Context) (Info, error) {
	f.infoMu.Lock()
	defer f.infoMu.Unlock()
	if f.info == nil || f.now().Sub(f.infoAt) >= infoTTL {
		ctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
		defer cancel()
		eth, tok, err := f.balances(ctx)
		if err != nil {
			return Info{}, err
		}
		_, feeCap, err := chain.SuggestFees(ctx, f.b)
		if err != nil {
			return Info{}, err
		}
		cost := claimCost(f.cfg.ETH, feeCap, GasETH)
		left := big.NewInt(math.MaxInt64)
		if cost.Sign() > 0 {
			left.Quo(eth, cost)
		}
		if f.cfg.Tokens.Sign() > 0 {
			if byTok := new(big.Int).Quo(tok, f.cfg.Tokens); byTok.Cmp(left) < 0 {
				left = byTok
			}
		}
		f.info = &Info{Address: f.from.Hex(), ETH: matching.FormatTokens(f.cfg.ETH), Tokens: matching.FormatTokens(f.cfg.Tokens),
			Token: f.cfg.Token.Hex(), PerAddress: f.cfg.PerAddress, PerIP: f.cfg.PerIP, Window: f.cfg.Window.String(),
			WindowSeconds: int64(f.cfg.Window / time.Second), BalanceETH: matching.FormatTokens(eth),
			BalanceTokens: matching.FormatTokens(tok), ClaimCostETH: matching.FormatTokens(cost), ClaimsLeft: clampInt64(left)}
		f.infoAt = f.now()
	}
	info := *f.info
	info.Queued = len(f.queue)
	info.Addresses, info.IPs = f.lim.sizes()
	return info, nil
}

// clampInt64 is v, or MaxInt64 when larger.
func clampInt64(v *big.Int) int64 {
	if !v.IsInt64() {
		return math.MaxInt64
	}
	return v.Int64()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError answers an error as JSON {"error": ..., and its extra fields}; a retry_after_s
// also sets Retry-After.
func writeError(w http.ResponseWriter, e *apiError) {
	body := map[string]any{"error": e.msg}
	for k, v := range e.extra {
		body[k] = v
	}
	if s, ok := e.extra["retry_after_s"].(int); ok {
		w.Header().Set("Retry-After", strconv.Itoa(s))
	}
	writeJSON(w, e.status, body)
}

func (f *Faucet) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
	fmt.Fprintf(w, pageHTML, matching.FormatTokens(f.cfg.ETH), matching.FormatTokens(f.cfg.Tokens), f.cfg.PerAddress, f.cfg.Window)
}

// pageHTML is the form: no external assets, relative URLs (it works behind a path prefix).
// Without script the form posts and the browser shows the JSON answer.
const pageHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>coophive faucet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}input[name=address]{width:100%%;font-family:monospace}pre{background:#eee;padding:1em;white-space:pre-wrap}</style>
</head><body>
<h1>coophive faucet</h1>
<p>Pays %s ETH and %s tokens, %d time(s) per address every %s.</p>
<form id="claim" method="post" action="api/claim">
<label>Your address <input name="address" placeholder="0x..." pattern="0x[0-9a-fA-F]{40}" required></label>
<p><button type="submit">Claim</button> <a href="api/info">what is left</a></p>
</form>
<pre id="out" hidden></pre>
<script>
document.getElementById("claim").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const out = document.getElementById("out");
  out.hidden = false; out.textContent = "sending...";
  try {
    const res = await fetch("api/claim", {method: "POST", body: new URLSearchParams(new FormData(ev.target))});
    out.textContent = res.status + "\n" + JSON.stringify(await res.json(), null, 2);
  } catch (e) { out.textContent = String(e); }
});
</script>
</body></html>
`
