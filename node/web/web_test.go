package web_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/coophive/coophive/internal/browsertest"
	"github.com/coophive/coophive/node/web"
)

// TestHandlerServesThePage: GET / is the page, its script and style come from the binary,
// every answer carries the page's security headers, and nothing else than GET is served.
func TestHandlerServesThePage(t *testing.T) {
	srv := httptest.NewServer(web.Handler())
	defer srv.Close()
	for _, tc := range []struct {
		path, method string
		status       int
		contains     string
	}{
		{"/", http.MethodGet, http.StatusOK, `<script src="app.js" defer></script>`},
		{"/app.js", http.MethodGet, http.StatusOK, "new EventSource(\"api/v1/events\")"},
		{"/style.css", http.MethodGet, http.StatusOK, "--accepted"},
		{"/nothing.js", http.MethodGet, http.StatusNotFound, ""},
		{"/", http.MethodPost, http.StatusMethodNotAllowed, ""},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tc.status || !strings.Contains(string(body), tc.contains) {
			t.Errorf("%s %s: %d, want %d with %q", tc.method, tc.path, res.StatusCode, tc.status, tc.contains)
		}
		if tc.status == http.StatusOK && !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: no CSP", tc.path)
		}
	}
	// Relative URLs only: the page must work under any host and path.
	for _, name := range []string{"index.html", "app.js", "style.css"} {
		b, err := fsRead(name)
		if err != nil {
			t.Fatal(err)
		}
		b = strings.ReplaceAll(b, `"http://www.w3.org/2000/svg"`, "") // a namespace, not a URL
		for _, abs := range []string{`"/api`, `'/api`, `src="/`, `href="/`, "http://", "https://"} {
			if strings.Contains(b, abs) {
				t.Errorf("%s holds %q: an absolute URL", name, abs)
			}
		}
	}
}

func fsRead(name string) (string, error) {
	f, err := web.Files().Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return string(b), err
}

const (
	dealA = "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	jcA   = "0x1111111111111111111111111111111111111111"
	rpA   = "0x2222222222222222222222222222222222222222"
)

// fakeAPI answers the node API's read endpoints from a deal it changes on demand, and
// streams the events a test sends it. It counts the page's reads, and records the
// Last-Event-ID of each stream the page opens.
type fakeAPI struct {
	mu      sync.Mutex
	state   string
	history []map[string]any
	reads   map[string]int
	lastIDs []string
	events  chan string // "type\ndata" lines, sent as one event each
	hangup  chan struct{}
	seq     int
	epoch   string
}

func newFakeAPI() *fakeAPI {
	now := time.Now().Unix()
	return &fakeAPI{state: "Agreed", reads: map[string]int{}, events: make(chan string, 16), hangup: make(chan struct{}, 1), epoch: "e1",
		history: []map[string]any{{"event": "DealMatched", "state": "Agreed", "block": 7, "time": now - 5, "tx": "0x" + strings.Repeat("01", 32)}}}
}

func (f *fakeAPI) deal() map[string]any {
	return map[string]any{"id": dealA, "state": f.state, "offerId": "0x" + strings.Repeat("bb", 32),
		"jc": jcA, "rp": rpA, "solver": jcA, "mediator": "0x0000000000000000000000000000000000000000", "mediators": []string{},
		"price": "2000000000000000000", "jcCollateral": "1", "rpTimeoutCollateral": "1", "rpResultsCollateral": "2", "mediationFee": "1",
		"submitWindow": 60, "judgeWindow": 60, "mediateWindow": 60, "callback": false, "matchBlock": 7, "stateAt": time.Now().Unix()}
}

func (f *fakeAPI) handler(t *testing.T) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /", web.Handler())
	js := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
	count := func(name string) {
		f.mu.Lock()
		f.reads[name]++
		f.mu.Unlock()
	}
	mux.HandleFunc("GET /api/v1/status", func(w http.ResponseWriter, r *http.Request) {
		js(w, map[string]any{"peerId": "16Uiu2HAm", "address": jcA, "roles": []string{"jc"}, "version": "dev", "network": "1337-0x8",
			"chainId": "1337", "market": "0x8", "head": map[string]any{"number": 9, "time": time.Now().Unix()}, "peers": 1, "addrs": []string{}, "eventId": ""})
	})
	mux.HandleFunc("GET /api/v1/peers", func(w http.ResponseWriter, r *http.Request) {
		js(w, map[string]any{"peers": []any{map[string]any{"peerId": "16Uiu2HAmRP", "address": rpA, "roles": []string{"rp"}, "version": "dev",
			"cpuMilli": 2000, "ramMiB": 4096, "diskMiB": 1024, "gpus": []any{map[string]any{"model": "H200", "vramMiB": 143771}}, "lastSeen": time.Now().Format(time.RFC3339), "connected": true}}})
	})
	mux.HandleFunc("GET /api/v1/offers", func(w http.ResponseWriter, r *http.Request) {
		js(w, map[string]any{"offers": []any{map[string]any{"id": "0x" + strings.Repeat("cc", 32), "provider": rpA, "peerId": "16Uiu2HAmRP",
			"spec": map[string]any{"cpuMilli": 1000, "ramMiB": 512, "diskMiB": 100, "gpus": 1, "gpuVramMiB": 143771}, "price": "2000000000000000000", "capacity": 2,
			"createdAt": time.Now().Unix() - 30, "validUntil": time.Now().Unix() + 600}}})
	})
	mux.HandleFunc("GET /api/v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		js(w, map[string]any{"jobs": []any{map[string]any{"id": dealA, "creator": jcA, "module": "cowsay:v0.0.1", "maxPrice": "3000000000000000000",
			"createdAt": time.Now().Unix() - 8, "validUntil": time.Now().Unix() + 60, "own": true, "source": "self", "seenAt": time.Now().Unix() - 8}}})
	})
	mux.HandleFunc("GET /api/v1/deals", func(w http.ResponseWriter, r *http.Request) {
		count("deals")
		f.mu.Lock()
		defer f.mu.Unlock()
		js(w, map[string]any{"deals": []any{f.deal()}, "head": 9})
	})
	mux.HandleFunc("GET /api/v1/deals/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if r.PathValue("id") != dealA {
			w.WriteHeader(http.StatusNotFound)
			js(w, map[string]string{"error": "no such deal"})
			return
		}
		d := f.deal()
		d["history"] = f.history
		d["job"] = map[string]any{"id": dealA, "module": "cowsay:v0.0.1", "createdAt": f.history[0]["time"].(int64) - 3}
		js(w, d)
	})
	mux.HandleFunc("GET /api/v1/events", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.lastIDs = append(f.lastIDs, r.Header.Get("Last-Event-ID"))
		f.mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, "retry: 300\n\n")
		w.(http.Flusher).Flush()
		for {
			select {
			case <-r.Context().Done():
				return
			case <-f.hangup:
				return
			case ev := <-f.events:
				typ, data, _ := strings.Cut(ev, "\n")
				f.mu.Lock()
				f.seq++
				id := fmt.Sprintf("%s-%d", f.epoch, f.seq)
				f.mu.Unlock()
				fmt.Fprintf(w, "id: %s\nevent: %s\ndata: %s\n\n", id, typ, data)
				w.(http.Flusher).Flush()
			}
		}
	})
	return mux
}

// advance moves the fake deal to state through event, as the chain would, and streams it.
func (f *fakeAPI) advance(event, state string) {
	f.mu.Lock()
	f.state = state
	tx := fmt.Sprintf("0x%064x", len(f.history)+1)
	f.history = append(f.history, map[string]any{"event": event, "state": state, "block": 7 + len(f.history), "time": time.Now().Unix(), "tx": tx})
	f.mu.Unlock()
	data, _ := json.Marshal(map[string]any{"id": dealA, "event": event, "state": state, "block": 7 + len(f.history), "tx": tx})
	f.events <- "deal\n" + string(data)
}

// TestPageFollowsTheMarketLive: the page, in Chromium, lists the deal, node, offer and job
// the API gives; moves the deal through its states from the event stream alone (no reload);
// plots the outcome; shows the deal's page with its on-chain steps; and, when the stream
// drops, reconnects with the last event id it saw and reloads everything on a resync.
func TestPageFollowsTheMarketLive(t *testing.T) {
	f := newFakeAPI()
	srv := httptest.NewServer(f.handler(t))
	t.Cleanup(srv.Close) // after the browser's cleanup, which closes its event stream
	ctx := browsertest.New(t, 60*time.Second)

	wait := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
			t.Fatalf("%s: %v\npage:\n%s", what, err, text)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	wait("the deal listed as Agreed", `document.querySelector('#deals tr[data-deal="`+dealA+`"][data-state="Agreed"]') !== null`)
	wait("the node with its GPU, seen just now", `document.querySelector('#peers').innerText.includes('H200') && document.querySelector('#peers').innerText.includes(' s ago')`)
	wait("the offer at 2 tokens", `document.querySelector('#offers').innerText.includes('2')`)
	wait("the job's module", `document.querySelector('#jobs').innerText.includes('cowsay:v0.0.1')`)
	wait("the stream live", `document.querySelector('#live').textContent === 'live'`)

	f.advance("ResultsSubmitted", "ResultsSubmitted")
	f.advance("ResultAccepted", "Accepted")
	wait("the deal Accepted without a reload", `document.querySelector('#deals tr[data-deal="`+dealA+`"][data-state="Accepted"]') !== null`)
	wait("the outcome plotted", `document.querySelector('#plot-deals rect[data-outcome="Accepted"]') !== null`)
	wait("the match latency plotted", `document.querySelector('#plot-latency circle') !== null`)
	wait("the prices plotted", `document.querySelector('#plot-prices circle.offer') !== null && document.querySelector('#plot-prices rect.deal') !== null`)
	browsertest.Screenshot(t, ctx, "market")

	// The deal's page: its terms and its three on-chain steps.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#deals a[href="#/deal/`+dealA+`"]`))); err != nil {
		t.Fatal(err)
	}
	wait("the deal's steps", `document.querySelectorAll('#deal-history li').length === 3`)
	wait("the deal's terms", `document.querySelector('#deal-terms').innerText.includes('`+rpA+`')`)

	// The stream drops: the page reconnects with the last id it saw, and a resync makes it
	// read the deals again.
	f.mu.Lock()
	readsBefore := f.reads["deals"]
	f.mu.Unlock()
	f.hangup <- struct{}{}
	deadline := time.Now().Add(20 * time.Second)
	for {
		f.mu.Lock()
		ids := append([]string(nil), f.lastIDs...)
		f.mu.Unlock()
		if len(ids) >= 2 {
			if ids[len(ids)-1] != "e1-2" {
				t.Fatalf("reconnected with Last-Event-ID %q, want e1-2 (streams: %q)", ids[len(ids)-1], ids)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page did not reconnect (streams: %q)", ids)
		}
		time.Sleep(50 * time.Millisecond)
	}
	f.events <- "resync\n{}"
	deadline = time.Now().Add(20 * time.Second)
	for {
		f.mu.Lock()
		n := f.reads["deals"]
		f.mu.Unlock()
		if n > readsBefore {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no read of the deals after the resync (%d before, %d after)", readsBefore, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
