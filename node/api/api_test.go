package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/node/api"
	"github.com/coophive/coophive/node/api/apitest"
	"github.com/coophive/coophive/node/events"
)

const token = "s3cret-token"

var (
	dealA = common.HexToHash("0xaa00000000000000000000000000000000000000000000000000000000000001")
	addr  = "0x1111111111111111111111111111111111111111"
	hash  = "0x" + strings.Repeat("ab", 32)
)

// fake is a Backend with fixed answers; err, when set, is every call's answer.
type fake struct {
	mu      sync.Mutex
	err     error
	block   chan struct{} // Status waits on it when set
	entered chan struct{} // Status says here that it waits
	subs    map[string]*fakeSub
	results map[common.Hash]*api.Result
	before  *api.Cursor // the cursor Deals was last called with
}

type fakeSub struct {
	s    api.Submission
	done chan struct{}
}

func newFake() *fake {
	return &fake{subs: map[string]*fakeSub{}, results: map[common.Hash]*api.Result{
		dealA: {Archive: []byte("tar bytes"), Stdout: []byte("moo\n"), Stderr: []byte("")},
	}}
}

func testDeal(id common.Hash, state string) api.Deal {
	return api.Deal{ID: id.Hex(), OfferID: hash, State: state, JC: addr, RP: addr, Solver: addr, Mediators: []string{addr},
		Price: "2000000000000000000", JCCollateral: "1", RPTimeoutCollateral: "1", RPResultsCollateral: "2", MediationFee: "1",
		SubmitWindow: 30, JudgeWindow: 30, MediateWindow: 30, MatchBlock: 7, StateAt: 1700000000}
}

func (f *fake) Status(ctx context.Context) (api.Status, error) {
	if f.block != nil {
		f.entered <- struct{}{}
		select {
		case <-f.block:
		case <-ctx.Done():
			return api.Status{}, ctx.Err()
		}
	}
	return api.Status{PeerID: "16Uiu2", Address: addr, Roles: []string{"jc"}, ChainID: 1337, Market: addr, Network: "1337-" + addr,
		Head: &api.Head{Number: 9, Time: 1700000009}, Peers: 3, Version: "test", Listen: []string{}, EventEpoch: "e"}, f.err
}

func (f *fake) Peers(context.Context) ([]api.Peer, error) {
	var out []api.Peer
	for i := 0; i < 3; i++ {
		out = append(out, api.Peer{PeerID: fmt.Sprint("p", i), Address: addr, Roles: []string{"rp"}, GPUs: []api.GPU{{Vendor: "NVIDIA", Model: "H200", VRAMMiB: 141000}},
			LastSeen: time.Unix(1700000000, 0).UTC(), Connected: true})
	}
	return out, f.err
}

func (f *fake) Offers(context.Context) ([]api.Offer, string, error) {
	used := uint32(1)
	return []api.Offer{{ID: hash, Provider: addr, PeerID: "p", Modules: []string{}, Price: "2", TimeoutCollateral: "1", ResultsCollateral: "2",
		Mediators: []string{addr}, Capacity: 3, Used: &used, CreatedAt: 1, ValidUntil: 2}}, "book", f.err
}

func (f *fake) Jobs(context.Context) ([]api.Job, error) {
	return []api.Job{{ID: hash, Creator: addr, Module: "cowsay:v0.0.1", MaxPrice: "10", Collateral: "1", MediationFee: "1",
		Inputs: map[string]string{"Message": "moo"}, Files: []string{}, Own: true}}, f.err
}

func (f *fake) Deals(_ context.Context, before *api.Cursor, limit int) (api.DealPage, error) {
	f.mu.Lock()
	f.before = before
	f.mu.Unlock()
	page := api.DealPage{Head: 9, Next: &api.Cursor{Block: 7, Log: 0}}
	for i := 0; i < limit; i++ {
		page.Deals = append(page.Deals, testDeal(common.BigToHash(common.Big1), "Agreed"))
	}
	return page, f.err
}

func (f *fake) Deal(_ context.Context, id common.Hash) (api.DealDetail, error) {
	if f.err != nil {
		return api.DealDetail{}, f.err
	}
	if id != dealA {
		return api.DealDetail{}, api.Errorf(api.ErrNotFound, "no deal %s on the Market", id.Hex())
	}
	d := api.DealDetail{Deal: testDeal(id, "Accepted"), History: []api.Step{
		{Event: "DealMatched", State: "Agreed", Block: 7, Time: 1700000000, Tx: hash},
		{Event: "ResultSubmitted", State: "ResultsSubmitted", Block: 8, Time: 1700000001, Tx: hash, ResultHash: hash},
		{Event: "ResultAccepted", State: "Accepted", Block: 9, Time: 1700000002, Tx: hash}}}
	d.ResultHash = hash
	return d, nil
}

func (f *fake) Result(_ context.Context, id common.Hash) (*api.Result, error) {
	if f.err != nil {
		return nil, f.err
	}
	r, ok := f.results[id]
	if !ok {
		return nil, api.Errorf(api.ErrNotFound, "no result of deal %s here", id.Hex())
	}
	return r, nil
}

func (f *fake) Submit(_ context.Context, req api.JobRequest) (api.Submission, error) {
	if f.err != nil {
		return api.Submission{}, f.err
	}
	if req.Module != "cowsay:v0.0.1" {
		return api.Submission{}, api.Errorf(api.ErrBadRequest, "unknown module %q", req.Module)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	id := fmt.Sprint("s", len(f.subs)+1)
	s := api.Submission{ID: id, Module: req.Module, JobID: hash, Stage: "published", SubmittedAt: time.Now().UTC()}
	f.subs[id] = &fakeSub{s: s, done: make(chan struct{})}
	return s, nil
}

// finish ends a submission with a result.
func (f *fake) finish(id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.subs[id]
	s.s.Done, s.s.Stage = true, "ended"
	s.s.Result = &api.JobResult{DealID: hash, State: "Accepted", Stdout: "moo\n", ResultHash: hash}
	close(s.done)
}

func (f *fake) Submission(id string) (api.Submission, <-chan struct{}, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.subs[id]
	if !ok {
		return api.Submission{}, nil, api.Errorf(api.ErrNotFound, "no submission %q", id)
	}
	return s.s, s.done, nil
}

// serve starts a server on loopback for the test.
func serve(t *testing.T, cfg api.Config) *apitest.Client {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	go func() { done <- api.New(cfg).Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return apitest.NewClient(t, "http://"+ln.Addr().String(), cfg.Token)
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestReads(t *testing.T) {
	f := newFake()
	c := serve(t, api.Config{Backend: f, Token: token, Bus: events.New(events.Config{})})
	ctx := testCtx(t)

	if r := c.Get(ctx, "/api/v1/openapi.yaml"); r.Status != 200 || string(r.Body) != string(api.OpenAPI) {
		t.Fatalf("openapi.yaml: %d, %d bytes; want 200 and the document", r.Status, len(r.Body))
	}
	var st api.Status
	r := c.Get(ctx, "/api/v1/status")
	r.JSON(t, &st)
	if r.Status != 200 || st.ChainID != 1337 || st.Head.Number != 9 || st.Peers != 3 {
		t.Fatalf("status %d %+v", r.Status, st)
	}
	var peers struct {
		Peers []api.Peer
		Total int
	}
	c.Get(ctx, "/api/v1/peers?limit=2").JSON(t, &peers)
	if len(peers.Peers) != 2 || peers.Total != 3 || peers.Peers[0].GPUs[0].Model != "H200" {
		t.Fatalf("peers?limit=2: %+v", peers)
	}
	var offers struct {
		Offers []api.Offer
		Source string
	}
	c.Get(ctx, "/api/v1/offers").JSON(t, &offers)
	if len(offers.Offers) != 1 || offers.Source != "book" || *offers.Offers[0].Used != 1 {
		t.Fatalf("offers: %+v", offers)
	}
	var jobs struct{ Jobs []api.Job }
	c.Get(ctx, "/api/v1/jobs").JSON(t, &jobs)
	if len(jobs.Jobs) != 1 || jobs.Jobs[0].Inputs["Message"] != "moo" {
		t.Fatalf("jobs: %+v", jobs)
	}
	var page struct {
		Deals []api.Deal
		Next  string
	}
	c.Get(ctx, "/api/v1/deals?limit=3&before=12.4").JSON(t, &page)
	if len(page.Deals) != 3 || page.Next != "7.0" || *f.before != (api.Cursor{Block: 12, Log: 4}) {
		t.Fatalf("deals: %d deals, next %q, cursor passed %+v", len(page.Deals), page.Next, f.before)
	}
	var d api.DealDetail
	c.Get(ctx, "/api/v1/deals/"+dealA.Hex()).JSON(t, &d)
	if d.State != "Accepted" || len(d.History) != 3 || d.History[2].Time != 1700000002 {
		t.Fatalf("deal: %+v", d)
	}
	for part, want := range map[string]string{"": "tar bytes", "?part=archive": "tar bytes", "?part=stdout": "moo\n"} {
		r := c.Get(ctx, "/api/v1/deals/"+dealA.Hex()+"/result"+part)
		if r.Status != 200 || string(r.Body) != want {
			t.Fatalf("result%s: %d %q, want %q", part, r.Status, r.Body, want)
		}
	}
}

// TestErrors: every bad request gets a JSON error, with a clear message and the right
// status code.
func TestErrors(t *testing.T) {
	f := newFake()
	c := serve(t, api.Config{Backend: f, Token: token, MaxBody: 1 << 20})
	ctx := testCtx(t)
	post := func(body string) apitest.Request {
		return apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: []byte(body), Invalid: true}
	}
	tests := []struct {
		name   string
		req    apitest.Request
		status int
		says   string
	}{
		{"bad deal id", apitest.Request{Method: "GET", Path: "/api/v1/deals/0x12", Invalid: true}, 400, "bad deal id"},
		{"unknown deal", apitest.Request{Method: "GET", Path: "/api/v1/deals/" + hash}, 404, "no deal"},
		{"bad result id", apitest.Request{Method: "GET", Path: "/api/v1/deals/nope/result", Invalid: true}, 400, "bad deal id"},
		{"no result here", apitest.Request{Method: "GET", Path: "/api/v1/deals/" + hash + "/result"}, 404, "no result"},
		{"bad result part", apitest.Request{Method: "GET", Path: "/api/v1/deals/" + dealA.Hex() + "/result?part=outputs", Invalid: true}, 400, "bad part"},
		{"bad limit", apitest.Request{Method: "GET", Path: "/api/v1/peers?limit=0", Invalid: true}, 400, "bad limit"},
		{"limit too large", apitest.Request{Method: "GET", Path: "/api/v1/deals?limit=101", Invalid: true}, 400, "from 1 to 100"},
		{"bad cursor", apitest.Request{Method: "GET", Path: "/api/v1/deals?before=yesterday", Invalid: true}, 400, "bad cursor"},
		{"bad JSON", post(`{"module": `), 400, "bad JSON"},
		{"unknown field", post(`{"module": "cowsay:v0.0.1", "price": 3}`), 400, `unknown field "price"`},
		{"data after the value", post(`{"module": "cowsay:v0.0.1"} {}`), 400, "data after"},
		{"empty body", post(``), 400, "empty body"},
		{"no module", post(`{"inputs": {"Message": "moo"}}`), 400, "no module"},
		{"unknown module", apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: []byte(`{"module": "nope:v1"}`)}, 400, "unknown module"},
		{"files not base64", post(`{"module": "cowsay:v0.0.1", "files": {"a.txt": "not base64!"}}`), 400, "bad JSON"},
		{"body too large", post(`{"module": "` + strings.Repeat("x", 2<<20) + `"}`), 413, "over 1 MiB"},
		{"not JSON", apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: []byte("module=x"), ContentType: "application/x-www-form-urlencoded", Invalid: true}, 415, "send application/json"},
		{"bad wait", apitest.Request{Method: "POST", Path: "/api/v1/jobs?wait=soon", Body: []byte(`{"module": "cowsay:v0.0.1"}`), Invalid: true}, 400, "bad wait"},
		{"unknown submission", apitest.Request{Method: "GET", Path: "/api/v1/submissions/s99"}, 404, "no submission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Do(ctx, tt.req)
			if r.Status != tt.status || !strings.Contains(r.Error(), tt.says) || r.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("%d %s (%s), want %d and an error saying %q", r.Status, r.Body, r.Header.Get("Content-Type"), tt.status, tt.says)
			}
		})
	}

	// Outside the document: an unknown path and a method a path does not take.
	for _, tt := range []struct {
		method, path string
		status       int
		says         string
	}{{"GET", "/api/v1/nothing", 404, "no such endpoint"}, {"DELETE", "/api/v1/jobs", 405, "allowed: GET, POST"}} {
		req, _ := http.NewRequestWithContext(ctx, tt.method, c.Base+tt.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e struct{ Error string }
		_ = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != tt.status || !strings.Contains(e.Error, tt.says) {
			t.Errorf("%s %s: %d %q, want %d saying %q", tt.method, tt.path, resp.StatusCode, e.Error, tt.status, tt.says)
		}
	}
}

// TestBackendErrorsChooseTheStatus: the backend's error kinds map to their status codes,
// with the backend's message.
func TestBackendErrorsChooseTheStatus(t *testing.T) {
	tests := []struct {
		err    error
		status int
	}{
		{api.Errorf(api.ErrChain, "read deal: %w", fmt.Errorf("connection refused")), 502},
		{api.Errorf(api.ErrUnavailable, "the node is starting"), 503},
		{api.Errorf(api.ErrForbidden, "this node has no jc role"), 403},
		{api.Errorf(api.ErrTooMany, "64 submissions running"), 429},
		{fmt.Errorf("something else"), 500},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			f := newFake()
			f.err = tt.err
			c := serve(t, api.Config{Backend: f, Token: token})
			ctx := testCtx(t)
			var paths []apitest.Request
			if tt.status != 500 && tt.status != 403 && tt.status != 429 {
				paths = append(paths, apitest.Request{Method: "GET", Path: "/api/v1/deals/" + dealA.Hex()})
			}
			paths = append(paths, apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: []byte(`{"module":"cowsay:v0.0.1"}`)})
			for _, req := range paths {
				if r := c.Do(ctx, req); r.Status != tt.status || r.Error() != tt.err.Error() {
					t.Errorf("%s %s: %d %q, want %d %q", req.Method, req.Path, r.Status, r.Error(), tt.status, tt.err.Error())
				}
			}
		})
	}
}

// TestAuth: the endpoints behind the token refuse a missing or wrong one, and take the
// right one.
func TestAuth(t *testing.T) {
	f := newFake()
	c := serve(t, api.Config{Backend: f, Token: token})
	ctx := testCtx(t)
	endpoints := []apitest.Request{
		{Method: "POST", Path: "/api/v1/jobs", Body: []byte(`{"module":"cowsay:v0.0.1"}`)},
		{Method: "GET", Path: "/api/v1/deals/" + dealA.Hex() + "/result"},
		{Method: "GET", Path: "/api/v1/submissions/s1"},
	}
	tests := []struct {
		name   string
		header string // "" sends none
		status int
		says   string
	}{
		{"missing", "", 401, "missing bearer token"},
		{"wrong", "Bearer not-the-token", 401, "wrong bearer token"},
		{"a prefix of it", "Bearer " + token[:4], 401, "wrong bearer token"},
		{"wrong scheme", "Basic " + token, 401, "missing bearer token"},
		{"right", "Bearer " + token, 0, ""},
		{"right, scheme in lower case", "bearer " + token, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, req := range endpoints {
				req.NoToken = true
				if tt.header != "" {
					req.Header = map[string]string{"Authorization": tt.header}
				}
				r := c.Do(ctx, req)
				switch {
				case tt.status != 0 && (r.Status != tt.status || !strings.Contains(r.Error(), tt.says)):
					t.Errorf("%s %s: %d %q, want %d saying %q", req.Method, req.Path, r.Status, r.Error(), tt.status, tt.says)
				case tt.status != 0 && r.Header.Get("WWW-Authenticate") == "":
					t.Errorf("%s %s: 401 without WWW-Authenticate", req.Method, req.Path)
				case tt.status == 0 && (r.Status == 401 || r.Status == 403):
					t.Errorf("%s %s with the token: %d %s", req.Method, req.Path, r.Status, r.Body)
				}
			}
		})
	}
	// A server without a token refuses every write.
	c2 := serve(t, api.Config{Backend: newFake()})
	c2.Token = token
	if r := c2.Do(ctx, endpoints[0]); r.Status != 403 || !strings.Contains(r.Error(), "no API token") {
		t.Fatalf("no token configured: %d %s, want 403", r.Status, r.Body)
	}
}

// TestSubmit: without wait, 202 once published; with wait=true, the ended job's result.
func TestSubmit(t *testing.T) {
	f := newFake()
	c := serve(t, api.Config{Backend: f, Token: token})
	ctx := testCtx(t)
	job := []byte(`{"module":"cowsay:v0.0.1","inputs":{"Message":"moo"},"files":{"data.csv":"YSxiCjEsMgo="}}`)
	var sub api.Submission
	r := c.Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: job})
	r.JSON(t, &sub)
	if r.Status != 202 || sub.ID != "s1" || sub.Stage != "published" || sub.Done {
		t.Fatalf("submit: %d %+v", r.Status, sub)
	}
	got := make(chan *apitest.Response, 1)
	go func() {
		got <- c.Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs?wait=true", Body: job})
	}()
	waitUntil(t, func() bool { _, _, err := f.Submission("s2"); return err == nil })
	f.finish("s2")
	r = <-got
	r.JSON(t, &sub)
	if r.Status != 200 || sub.ID != "s2" || !sub.Done || sub.Result.Stdout != "moo\n" {
		t.Fatalf("submit?wait=true: %d %s", r.Status, r.Body)
	}
	r = c.Get(ctx, "/api/v1/submissions/s2")
	r.JSON(t, &sub)
	if r.Status != 200 || !sub.Done || sub.Result.State != "Accepted" {
		t.Fatalf("submission: %d %s", r.Status, r.Body)
	}
}

// TestRequestsInFlightAreBounded: beyond MaxInFlight, 503 at once; the event stream does not
// count.
func TestRequestsInFlightAreBounded(t *testing.T) {
	f := newFake()
	f.block, f.entered = make(chan struct{}), make(chan struct{}, 1)
	c := serve(t, api.Config{Backend: f, Token: token, MaxInFlight: 1, Bus: events.New(events.Config{})})
	ctx := testCtx(t)
	first := make(chan int, 1)
	go func() { first <- c.Get(ctx, "/api/v1/status").Status }()
	<-f.entered // the first request holds the one slot
	r := c.Get(ctx, "/api/v1/peers")
	if r.Status != 503 || !strings.Contains(r.Error(), "busy") {
		t.Fatalf("a second request while one is in flight: %d %q, want 503 saying busy", r.Status, r.Error())
	}
	c.Events(ctx, "") // streams are bounded by the bus, not by MaxInFlight
	close(f.block)
	if s := <-first; s != 200 {
		t.Fatalf("the first request: %d", s)
	}
	if r := c.Get(ctx, "/api/v1/peers"); r.Status != 200 {
		t.Fatalf("after it: %d", r.Status)
	}
}

// waitUntil polls cond (a minute at most: generous, so a slow machine does not fail it).
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within a minute")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
