package node

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/node/api"
	"github.com/coophive/coophive/node/api/apitest"
	"github.com/coophive/coophive/node/events"
)

// withAPI turns a node's API on, on a free loopback port.
func withAPI(c Config) Config {
	c.APIAddr = "127.0.0.1:0"
	return c
}

// apiClient is a client of n's API validating every request and response against the
// OpenAPI document, with n's token.
func apiClient(t *testing.T, n *Node) *apitest.Client {
	t.Helper()
	token, err := APIToken(n.cfg.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	return apitest.NewClient(t, "http://"+n.APIAddr(), token)
}

func jobRequest(t *testing.T, module, message string, files map[string]string) []byte {
	t.Helper()
	req := map[string]any{"module": module, "inputs": map[string]string{"Message": message}}
	if files != nil {
		enc := map[string]string{}
		for name, content := range files {
			enc[name] = base64.StdEncoding.EncodeToString([]byte(content))
		}
		req["files"] = enc
	}
	b, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAPIFollowsADeal: a JC node with the API on, in a market whose RP never submits (no job
// runs, so the race detector can watch). A job posted through the API is published (202);
// the event stream delivers its job and its deal's state changes (Agreed, then
// TimedOutSubmit when the JC's node calls the timeout); the submission ends with that
// state; /deals/{id} shows the terms and the history with each block's number and time;
// /deals lists it first; /status, /peers, /offers and /jobs show the market. A reader
// reconnecting with Last-Event-ID gets what it missed; one that stops reading is dropped
// while the node goes on; the write endpoints refuse a missing or wrong token. After a
// restart from the same data dir the token is the same, and a Last-Event-ID from before
// gets a resync event.
func TestAPIFollowsADeal(t *testing.T) {
	m := newMarket(t, "solver", "rp", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	rpCfg := noDocker(m.config("rp", RoleRP))
	rpCfg.faults.NeverSubmit = true
	rpCfg.Offer.SubmitWindow = 3 * time.Second
	rp := m.start("rp", rpCfg)
	jcCfg := withAPI(m.config("jc", RoleJC))
	jc := m.start("jc", jcCfg)
	c := apiClient(t, jc)
	ctx := m.ctx

	// The token file: written on the first start, mode 0600.
	tokenPath := filepath.Join(jcCfg.DataDir, APITokenFile)
	if fi, err := os.Stat(tokenPath); err != nil || fi.Mode().Perm() != 0o600 || len(c.Token) != 64 {
		t.Fatalf("token file %s: %v, mode %v, token of %d characters; want 0600 and 64 hex digits", tokenPath, err, fi.Mode(), len(c.Token))
	}

	var st api.Status
	r := c.Get(ctx, "/api/v1/status")
	r.JSON(t, &st)
	if r.Status != 200 || st.Address != jc.Address().Hex() || st.PeerID != jc.Host().ID().String() ||
		strings.Join(st.Roles, ",") != "jc" || st.ChainID != jc.Domain().ChainID.Int64() || st.Head == nil || st.Version != "dev" ||
		st.EventEpoch != jc.bus.Epoch() {
		t.Fatalf("status %d %+v", r.Status, st)
	}
	waitFor(t, 30*time.Second, func() bool {
		c.Get(ctx, "/api/v1/status").JSON(t, &st)
		return st.Peers >= 3
	})

	stream := c.Events(ctx, "")

	// Auth: the write endpoints refuse a missing or a wrong token.
	job := jobRequest(t, "cowsay-wasm:v0.0.1", "moo", map[string]string{"data.csv": "a,b\n1,2\n"})
	for _, h := range []map[string]string{nil, {"Authorization": "Bearer " + strings.Repeat("0", 64)}} {
		r := c.Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: job, NoToken: true, Header: h})
		if r.Status != 401 {
			t.Fatalf("POST /jobs with %v: %d %s, want 401", h, r.Status, r.Body)
		}
	}

	var sub api.Submission
	r = c.Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: job})
	r.JSON(t, &sub)
	if r.Status != 202 || sub.JobID == "" || sub.Stage != "published" || sub.Done {
		t.Fatalf("POST /jobs: %d %s", r.Status, r.Body)
	}
	dealID := sub.JobID

	// The stream: the job, then the deal's two state changes, in order.
	var dealEvents []api.DealEvent
	var matchedEventID string
	sawJob := false
	_, err := stream.Until(func(ev apitest.Event) bool {
		switch ev.Type {
		case events.TypeJob:
			var j api.Job
			ev.Decode(t, &j)
			if j.ID == dealID {
				sawJob = j.Own && j.Module == "cowsay-wasm:v0.0.1" && j.Inputs["Message"] == "moo" && strings.Join(j.Files, ",") == "data.csv"
			}
		case events.TypeDeal:
			var d api.DealEvent
			ev.Decode(t, &d)
			if d.ID == dealID {
				dealEvents = append(dealEvents, d)
				if d.Event == "DealMatched" {
					matchedEventID = ev.ID
				}
				return d.State == "TimedOutSubmit"
			}
		}
		return false
	})
	if err != nil {
		t.Fatal(err)
	}
	if !sawJob || len(dealEvents) != 2 || dealEvents[0].State != "Agreed" || dealEvents[0].Event != "DealMatched" ||
		dealEvents[1].Event != "SubmitTimedOut" || dealEvents[1].Block <= dealEvents[0].Block {
		t.Fatalf("stream: job seen %v, deal events %+v; want the job, then DealMatched (Agreed) and SubmitTimedOut", sawJob, dealEvents)
	}
	lastID := jc.bus.LastID()

	// The submission ended with the deal.
	waitFor(t, time.Minute, func() bool {
		c.Get(ctx, "/api/v1/submissions/"+sub.ID).JSON(t, &sub)
		return sub.Done
	})
	if sub.Error != "" || sub.Result == nil || sub.Result.State != "TimedOutSubmit" || sub.Result.DealID != dealID {
		t.Fatalf("submission %+v, result %+v", sub, sub.Result)
	}

	// The deal, from the chain: terms, history with block numbers and times.
	var d api.DealDetail
	r = c.Get(ctx, "/api/v1/deals/"+dealID)
	r.JSON(t, &d)
	if r.Status != 200 || d.State != "TimedOutSubmit" || d.JC != jc.Address().Hex() || d.RP != rp.Address().Hex() ||
		d.SubmitWindow != 3 || d.Job == nil || d.Job.Module != "cowsay-wasm:v0.0.1" || len(d.History) != 2 {
		t.Fatalf("deal %d %s", r.Status, r.Body)
	}
	client := m.local.Chain.Client()
	for i, s := range d.History {
		h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(s.Block))
		if err != nil {
			t.Fatal(err)
		}
		if s.Time != h.Time || s.Block != dealEvents[i].Block || s.State != dealEvents[i].State || s.Tx != dealEvents[i].Tx {
			t.Errorf("history step %d %+v: want block %d (time %d), state %s as streamed", i, s, dealEvents[i].Block, h.Time, dealEvents[i].State)
		}
	}
	if d.History[1].Time < d.History[0].Time+uint64(d.SubmitWindow) {
		t.Errorf("timed out at %d, matched at %d: before the %d s window passed", d.History[1].Time, d.History[0].Time, d.SubmitWindow)
	}
	var page struct {
		Deals []api.Deal
		Next  string
	}
	c.Get(ctx, "/api/v1/deals?limit=5").JSON(t, &page)
	if len(page.Deals) != 1 || page.Deals[0].ID != dealID || page.Deals[0].State != "TimedOutSubmit" || page.Next != "" {
		t.Fatalf("deals: %+v", page)
	}
	// No result: none was submitted. Without the token: 401.
	if r := c.Get(ctx, "/api/v1/deals/"+dealID+"/result"); r.Status != 404 || !strings.Contains(r.Error(), "holds no result") {
		t.Fatalf("result: %d %s, want 404", r.Status, r.Body)
	}
	if r := c.Do(ctx, apitest.Request{Method: "GET", Path: "/api/v1/deals/" + dealID + "/result", NoToken: true}); r.Status != 401 {
		t.Fatalf("result without the token: %d, want 401", r.Status)
	}

	// What the node sees of the market (records and offers come every second or two).
	var peers struct{ Peers []api.Peer }
	var offers struct {
		Offers []api.Offer
		Source string
	}
	var jobs struct{ Jobs []api.Job }
	rpSeen := false
	waitFor(t, 30*time.Second, func() bool {
		c.Get(ctx, "/api/v1/peers").JSON(t, &peers)
		rpSeen = false
		for _, p := range peers.Peers {
			rpSeen = rpSeen || p.Address == rp.Address().Hex() && strings.Join(p.Roles, ",") == "rp" && p.CPUMilli > 0
		}
		c.Get(ctx, "/api/v1/offers").JSON(t, &offers)
		return rpSeen && len(offers.Offers) == 1
	})
	c.Get(ctx, "/api/v1/jobs").JSON(t, &jobs)
	if offers.Source != "heard" || offers.Offers[0].Provider != rp.Address().Hex() ||
		len(jobs.Jobs) != 1 || jobs.Jobs[0].ID != dealID || !jobs.Jobs[0].Own {
		t.Fatalf("offers %+v\njobs %+v", offers, jobs)
	}

	// Replay: a reader that last read the DealMatched event gets what followed, the
	// SubmitTimedOut event among it.
	replay := c.Events(ctx, matchedEventID)
	if _, err := replay.Until(func(ev apitest.Event) bool {
		var d api.DealEvent
		return ev.Type == events.TypeDeal && json.Unmarshal(ev.Data, &d) == nil && d.ID == dealID && d.Event == "SubmitTimedOut"
	}); err != nil {
		t.Fatal(err)
	}

	// A reader that stops reading is dropped; the node goes on answering.
	slow := c.Events(ctx, "")
	waitFor(t, 30*time.Second, func() bool { return jc.bus.Subscribers() >= 3 })
	big := strings.Repeat("x", 8<<10)
	for i := 0; i < 4000 && jc.bus.Dropped() == 0; i++ {
		jc.bus.Publish(events.TypeResync, map[string]string{"reason": big})
	}
	if jc.bus.Dropped() == 0 {
		t.Fatal("32 MB of events to a reader that reads nothing, and it was not dropped")
	}
	slow.Resp.Body.Close()
	stream.Resp.Body.Close()
	replay.Resp.Body.Close()
	if r := c.Get(ctx, "/api/v1/status"); r.Status != 200 {
		t.Fatalf("status after the flood: %d", r.Status)
	}

	// A restart from the same data dir: the same token; an id from before gets a resync.
	if err := jc.Stop(); err != nil {
		t.Fatal(err)
	}
	jc2 := m.start("jc", jcCfg)
	c2 := apiClient(t, jc2)
	if c2.Token != c.Token {
		t.Fatal("the token changed across a restart")
	}
	ev, err := c2.Events(ctx, lastID).Next()
	if err != nil {
		t.Fatal(err)
	}
	var rs struct{ Reason string }
	ev.Decode(t, &rs)
	if ev.Type != events.TypeResync || !strings.HasPrefix(ev.ID, jc2.bus.Epoch()+".") || !strings.Contains(rs.Reason, "restarted") {
		t.Fatalf("after the restart, Last-Event-ID %s got %s; want a resync in the new epoch", lastID, ev)
	}
	// The deal's history is the chain's, so the restarted node shows it the same.
	var d2 api.DealDetail
	c2.Get(ctx, "/api/v1/deals/"+dealID).JSON(t, &d2)
	if len(d2.History) != 2 || d2.History[1].Time != d.History[1].Time {
		t.Fatalf("after the restart: %+v", d2.History)
	}
}

// TestAPIRunsAJobToItsResult: POST /jobs?wait=true on a JC node answers once the deal is
// settled, with the job's stdout; the deal's history is Agreed, ResultsSubmitted, Accepted;
// the result the JC fetched is served (the archive whose sha256 is on-chain, and its stdout),
// to the token only; another node, not a party, is refused it.
func TestAPIRunsAJobToItsResult(t *testing.T) {
	testtier.RunsJobs(t)
	m := newMarket(t, "solver", "rp", "jc")
	solver := m.start("solver", withAPI(m.config("solver", RoleSolver)))
	m.start("mediator", noDocker(m.config("mediator", RoleMediator)))
	m.start("rp", noDocker(m.config("rp", RoleRP)))
	jc := m.start("jc", withAPI(m.config("jc", RoleJC)))
	c := apiClient(t, jc)
	ctx := m.ctx

	msg := "moo from the API"
	var sub api.Submission
	r := c.Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs?wait=true", Body: jobRequest(t, "cowsay-wasm:v0.0.1", msg, nil)})
	r.JSON(t, &sub)
	if r.Status != 200 || !sub.Done || sub.Error != "" || sub.Result == nil || sub.Result.State != "Accepted" ||
		!strings.Contains(sub.Result.Stdout, msg) || sub.Result.ExitCode != 0 {
		t.Fatalf("POST /jobs?wait=true: %d %s", r.Status, r.Body)
	}
	id := sub.Result.DealID
	var d api.DealDetail
	c.Get(ctx, "/api/v1/deals/"+id).JSON(t, &d)
	var states []string
	for _, s := range d.History {
		states = append(states, s.State)
	}
	if strings.Join(states, ",") != "Agreed,ResultsSubmitted,Accepted" || d.ResultHash != sub.Result.ResultHash {
		t.Fatalf("history %v, result hash %s (submission's %s)", states, d.ResultHash, sub.Result.ResultHash)
	}
	archive := c.Get(ctx, "/api/v1/deals/"+id+"/result")
	stdout := c.Get(ctx, "/api/v1/deals/"+id+"/result?part=stdout")
	if archive.Status != 200 || common.Hash(sha256.Sum256(archive.Body)).Hex() != d.ResultHash ||
		stdout.Status != 200 || !strings.Contains(string(stdout.Body), msg) {
		t.Fatalf("result: %d (%d bytes, sha256 %x, on-chain %s); stdout %d %q", archive.Status, len(archive.Body),
			sha256.Sum256(archive.Body), d.ResultHash, stdout.Status, stdout.Body)
	}
	// The solver is no party to the result: refused, with its own token.
	if r := apiClient(t, solver).Get(ctx, "/api/v1/deals/"+id+"/result"); r.Status != 403 {
		t.Fatalf("the solver's result: %d %s, want 403", r.Status, r.Body)
	}
	// The solver shows its book; it cannot run jobs.
	var offers struct {
		Offers []api.Offer
		Source string
	}
	apiClient(t, solver).Get(ctx, "/api/v1/offers").JSON(t, &offers)
	if offers.Source != "book" || len(offers.Offers) == 0 || offers.Offers[0].Used == nil {
		t.Fatalf("solver's offers: %+v", offers)
	}
	if r := apiClient(t, solver).Do(ctx, apitest.Request{Method: "POST", Path: "/api/v1/jobs", Body: jobRequest(t, "cowsay-wasm:v0.0.1", "x", nil)}); r.Status != 403 ||
		!strings.Contains(r.Error(), "no jc role") {
		t.Fatalf("POST /jobs to a solver: %d %s, want 403", r.Status, r.Body)
	}
}
