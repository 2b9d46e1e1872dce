package gateway

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/gateway/ledger"
	"github.com/coophive/coophive/runner"
)

// submitWait bounds POST /api/v1/gateway/jobs until the job's charge is reserved and its
// offer about to go out (the escrow deposit, peers on the jobs topic).
const submitWait = 2 * time.Minute

// maxBody bounds a request body.
const maxBody = 64 << 10

// signupsPerMinute bounds signups, all clients together: with a signup credit, each is
// money.
const signupsPerMinute = 30

var errBadRequest = errors.New("bad request")

// routes adds the gateway's API to mux.
func (g *Gateway) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/gateway/info", g.handleInfo)
	mux.HandleFunc("POST /api/v1/gateway/signup", g.handleSignup)
	mux.HandleFunc("GET /api/v1/gateway/me", g.authed(g.handleMe))
	mux.HandleFunc("POST /api/v1/gateway/jobs", g.authed(g.handleSubmit))
	mux.HandleFunc("GET /api/v1/gateway/jobs/{ref}", g.authed(g.handleJob))
}

// Info is GET /api/v1/gateway/info.
type Info struct {
	Modules      []ModuleInfo `json:"modules"`
	Reservation  string       `json:"reservation"`  // what each job holds of a balance until it ends (base units)
	SignupCredit string       `json:"signupCredit"` // what a new user is credited (base units)
	Address      string       `json:"address"`      // the gateway's key, which pays on chain
}

// ModuleInfo is a module users may run.
type ModuleInfo struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Inputs      []InputInfo `json:"inputs"`
}

// InputInfo is one of a module's inputs.
type InputInfo struct {
	Name    string `json:"name"`
	Default string `json:"default,omitempty"`
}

// JobInfo is a user's job.
type JobInfo struct {
	Ref      string `json:"ref"`   // the job offer's id, which is its deal's
	Note     string `json:"note"`  // the module
	State    string `json:"state"` // reserved, matched, finished
	Outcome  string `json:"outcome,omitempty"`
	Reserved string `json:"reserved"`
	Charged  string `json:"charged,omitempty"` // once finished: 0 is a refund
	DealID   string `json:"dealId,omitempty"`
	Created  int64  `json:"created"`
	Finished int64  `json:"finished,omitempty"`
	Stdout   string `json:"stdout,omitempty"`
}

func (g *Gateway) handleInfo(w http.ResponseWriter, _ *http.Request) {
	info := Info{Reservation: g.reservation().String(), SignupCredit: g.cfg.SignupCredit.String(), Address: g.node.Address().Hex()}
	for _, name := range g.cfg.Modules {
		m, err := runner.Lookup(name)
		if err != nil {
			continue // checked by Validate
		}
		mi := ModuleInfo{Name: m.Name, Description: m.Description, Inputs: []InputInfo{}}
		for _, in := range m.Inputs {
			mi.Inputs = append(mi.Inputs, InputInfo{Name: in, Default: inputDefaults[in]})
		}
		info.Modules = append(info.Modules, mi)
	}
	writeJSON(w, http.StatusOK, info)
}

// inputDefaults fill the page's form.
var inputDefaults = map[string]string{"Message": "hello, coophive", "Prompt": "a hive of bees building a computer, watercolour", "Seed": "42"}

type signupRequest struct {
	Name string `json:"name"`
}

type signupResponse struct {
	User   userJSON `json:"user"`
	APIKey string   `json:"apiKey"`
}

type userJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func (g *Gateway) handleSignup(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if !readJSON(w, r, &req) {
		return
	}
	req.Name = strings.TrimSpace(req.Name)
	if req.Name == "" || len(req.Name) > 64 {
		writeError(w, http.StatusBadRequest, "a name of 1 to 64 characters, please")
		return
	}
	if !g.signups.take(time.Now()) {
		w.Header().Set("Retry-After", "60")
		writeError(w, http.StatusTooManyRequests, "too many signups this minute; try again in a minute")
		return
	}
	ctx := r.Context()
	u, err := g.book.CreateUser(ctx, req.Name)
	if err != nil {
		g.fail(w, err)
		return
	}
	if g.cfg.SignupCredit.Sign() > 0 {
		if _, err := g.book.Credit(ctx, ledger.Credit{UserID: u.ID, Amount: g.cfg.SignupCredit, Ref: "signup:" + u.ID, Note: "signup credit"}); err != nil {
			g.fail(w, err)
			return
		}
	}
	key, _, err := g.book.IssueKey(ctx, u.ID)
	if err != nil {
		g.fail(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, signupResponse{User: userJSON{u.ID, u.Name}, APIKey: key})
}

type meResponse struct {
	User    userJSON    `json:"user"`
	Balance balanceJSON `json:"balance"`
	Jobs    []JobInfo   `json:"jobs"`
}

type balanceJSON struct {
	Available string `json:"available"`
	Reserved  string `json:"reserved"`
	Credited  string `json:"credited"`
	Charged   string `json:"charged"`
}

func (g *Gateway) handleMe(w http.ResponseWriter, r *http.Request, u ledger.User) {
	ctx := r.Context()
	b, err := g.book.Balance(ctx, u.ID)
	if err != nil {
		g.fail(w, err)
		return
	}
	jobs, _, err := g.book.Jobs(ctx, u.ID, 0, 50)
	if err != nil {
		g.fail(w, err)
		return
	}
	me := meResponse{User: userJSON{u.ID, u.Name}, Jobs: []JobInfo{},
		Balance: balanceJSON{b.Available.String(), b.Reserved.String(), b.Credited.String(), b.Charged.String()}}
	for _, j := range jobs {
		me.Jobs = append(me.Jobs, g.jobInfo(j, false))
	}
	writeJSON(w, http.StatusOK, me)
}

type submitRequest struct {
	Module string            `json:"module"`
	Inputs map[string]string `json:"inputs"`
}

func (g *Gateway) handleSubmit(w http.ResponseWriter, r *http.Request, u ledger.User) {
	var req submitRequest
	if !readJSON(w, r, &req) {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), submitWait) // the escrow deposit and the mesh, at most
	defer cancel()
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(submitWait + 10*time.Second))
	ref, err := g.submit(ctx, u, req.Module, req.Inputs)
	if err != nil {
		g.fail(w, err)
		return
	}
	j, err := g.book.Job(r.Context(), ref)
	if err != nil {
		g.fail(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, g.jobInfo(j, false))
}

func (g *Gateway) handleJob(w http.ResponseWriter, r *http.Request, u ledger.User) {
	ref := r.PathValue("ref")
	if !isHash(ref) {
		writeError(w, http.StatusBadRequest, "a job ref is 0x and 64 hex digits")
		return
	}
	ref = common.HexToHash(ref).Hex()
	j, err := g.book.Job(r.Context(), ref)
	if err != nil || j.UserID != u.ID { // another user's job is no more visible than none
		writeError(w, http.StatusNotFound, "you have no job "+ref)
		return
	}
	writeJSON(w, http.StatusOK, g.jobInfo(j, true))
}

func (g *Gateway) jobInfo(j ledger.Job, withStdout bool) JobInfo {
	info := JobInfo{Ref: j.Ref, Note: j.Note, State: string(j.State), Outcome: j.Outcome, Reserved: j.Reserved.String(),
		DealID: j.DealID, Created: j.Created.Unix()}
	if j.State == ledger.Finished {
		info.Charged, info.Finished = j.Charged.String(), j.Finished.Unix()
	}
	if withStdout {
		if b, ok := g.stdout(j.Ref); ok {
			info.Stdout = string(b)
		}
	}
	return info
}

// isHash is 0x and 64 hex digits.
func isHash(s string) bool {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return false
	}
	_, err := hex.DecodeString(s[2:])
	return err == nil
}

// authed wraps a handler that needs a user: the API key as a bearer token.
func (g *Gateway) authed(h func(http.ResponseWriter, *http.Request, ledger.User)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || key == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="coophive gateway"`)
			writeError(w, http.StatusUnauthorized, "an API key, please: Authorization: Bearer <key> (sign up at /api/v1/gateway/signup)")
			return
		}
		u, err := g.book.Authenticate(r.Context(), strings.TrimSpace(key))
		if errors.Is(err, ledger.ErrUnauthorized) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="coophive gateway", error="invalid_token"`)
			writeError(w, http.StatusUnauthorized, "that API key is not valid here")
			return
		}
		if err != nil {
			g.fail(w, err)
			return
		}
		h(w, r, u)
	}
}

// fail answers an error with its status: the user's mistakes in full, the gateway's own
// trouble as one line in the log and a plain answer.
func (g *Gateway) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errBadRequest), errors.Is(err, ledger.ErrInvalidAmount):
		writeError(w, http.StatusBadRequest, strings.TrimPrefix(err.Error(), errBadRequest.Error()+": "))
	case errors.Is(err, ledger.ErrInsufficientFunds):
		writeError(w, http.StatusPaymentRequired, err.Error())
	case errors.Is(err, ledger.ErrConflict):
		writeError(w, http.StatusConflict, err.Error())
	case errors.Is(err, ErrBusy):
		w.Header().Set("Retry-After", "10")
		writeError(w, http.StatusServiceUnavailable, err.Error())
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, "the job could not be offered in time; it may still run: see /api/v1/gateway/me")
	default:
		g.log.Error("request failed", "err", err)
		writeError(w, http.StatusInternalServerError, "the gateway failed to do that: "+err.Error())
	}
}

func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "send JSON (Content-Type: application/json)")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxBody))
		} else {
			writeError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		}
		return false
	}
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// rateLimit admits at most n events per minute (a fixed window: enough for a bound).
type rateLimit struct {
	mu    sync.Mutex
	n     int
	start time.Time
	used  int
}

func (l *rateLimit) take(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.start) >= time.Minute {
		l.start, l.used = now, 0
	}
	if l.used >= l.n {
		return false
	}
	l.used++
	return true
}
