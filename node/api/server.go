package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/internal/httpserve"
	"github.com/coophive/coophive/node/events"
)

// OpenAPI is the API's OpenAPI 3 document, served at /api/v1/openapi.yaml.
//
//go:embed openapi.yaml
var OpenAPI []byte

// Config is a server's; zero values take the defaults.
type Config struct {
	Backend Backend
	Bus     *events.Bus
	// Token authorises the write endpoints, submissions and results (Authorization: Bearer
	// TOKEN). Empty: those endpoints answer 403.
	Token  string
	Logger *slog.Logger
	// Page, when set, answers every path outside /api/ (the market page, package web).
	Page http.Handler
	// Routes, when set, adds its routes to the server's before it serves (a gateway's API
	// beside the node's); they keep their own bounds.
	Routes func(*http.ServeMux)

	Heartbeat          time.Duration // a comment on an idle event stream this often (15 s)
	Retry              time.Duration // the reconnection delay an event stream asks for (3 s)
	StreamWriteTimeout time.Duration // one write to an event stream or a waiting answer (10 s)
	MaxBody            int64         // bytes of a request body (96 MiB: 64 MiB of files, base64)
	MaxInFlight        int           // requests at once, event streams aside (32)
	MaxWait            time.Duration // the longest POST /jobs?wait=true waits (2 h)
}

// Defaults of Config.
const (
	DefaultHeartbeat          = 15 * time.Second
	DefaultRetry              = 3 * time.Second
	DefaultStreamWriteTimeout = 10 * time.Second
	DefaultMaxBody            = 96 << 20
	DefaultMaxInFlight        = 32
	DefaultMaxWait            = 2 * time.Hour
	// callTimeout bounds a read endpoint's work (the chain reads of the deal endpoints).
	callTimeout = 20 * time.Second
	// submitTimeout bounds POST /jobs until the job offer is published (a deposit, a wait
	// for peers, the module's resolution).
	submitTimeout = 2 * time.Minute
)

// Server serves the API.
type Server struct {
	cfg      Config
	log      *slog.Logger
	mux      *http.ServeMux
	inFlight chan struct{}
	tokenSum [32]byte
}

// New makes a server; it does no I/O.
func New(cfg Config) *Server {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&cfg.Heartbeat, DefaultHeartbeat)
	def(&cfg.Retry, DefaultRetry)
	def(&cfg.StreamWriteTimeout, DefaultStreamWriteTimeout)
	def(&cfg.MaxWait, DefaultMaxWait)
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, log: cfg.Logger.With("component", "api"), mux: http.NewServeMux(),
		inFlight: make(chan struct{}, cfg.MaxInFlight), tokenSum: sha256.Sum256([]byte(cfg.Token))}
	route := func(pattern string, limited bool, methods map[string]http.HandlerFunc) {
		s.mux.HandleFunc(pattern, s.dispatch(limited, methods))
	}
	route("/api/v1/openapi.yaml", false, map[string]http.HandlerFunc{http.MethodGet: s.openAPI})
	route("/api/v1/status", true, map[string]http.HandlerFunc{http.MethodGet: s.status})
	route("/api/v1/peers", true, map[string]http.HandlerFunc{http.MethodGet: s.peers})
	route("/api/v1/offers", true, map[string]http.HandlerFunc{http.MethodGet: s.offers})
	route("/api/v1/jobs", true, map[string]http.HandlerFunc{http.MethodGet: s.jobs, http.MethodPost: s.submit})
	route("/api/v1/submissions/{id}", true, map[string]http.HandlerFunc{http.MethodGet: s.submission})
	route("/api/v1/deals", true, map[string]http.HandlerFunc{http.MethodGet: s.deals})
	route("/api/v1/deals/{id}", true, map[string]http.HandlerFunc{http.MethodGet: s.deal})
	route("/api/v1/deals/{id}/result", true, map[string]http.HandlerFunc{http.MethodGet: s.result})
	route("/api/v1/events", false, map[string]http.HandlerFunc{http.MethodGet: s.events}) // the bus bounds readers
	notFound := func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s (the API is described at /api/v1/openapi.yaml)", r.URL.Path))
	}
	s.mux.HandleFunc("/api/", notFound)
	if cfg.Page != nil {
		s.mux.Handle("/", cfg.Page)
	} else {
		s.mux.HandleFunc("/", notFound)
	}
	if cfg.Routes != nil {
		cfg.Routes(s.mux)
	}
	return s
}

// Handler is the API's handler (tests, or a server of one's own).
func (s *Server) Handler() http.Handler { return s.mux }

// Serve serves on ln until ctx ends, then shuts down: requests in flight, event streams and
// waiting submissions included, end with ctx (the server's base context).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: callTimeout + 10*time.Second, IdleTimeout: time.Minute,
		BaseContext: func(net.Listener) context.Context { return ctx },
		ErrorLog:    slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
	if err := httpserve.Serve(ctx, srv, ln); err != nil {
		return fmt.Errorf("api server: %w", err)
	}
	return nil
}

// dispatch answers a path's methods, 405 for others, and for limited paths holds one of
// MaxInFlight slots (503 when none is free).
func (s *Server) dispatch(limited bool, methods map[string]http.HandlerFunc) http.HandlerFunc {
	allow := make([]string, 0, len(methods))
	for m := range methods {
		allow = append(allow, m)
	}
	sort.Strings(allow)
	return func(w http.ResponseWriter, r *http.Request) {
		h, ok := methods[r.Method]
		if !ok {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: allowed: %s", r.Method, r.URL.Path, strings.Join(allow, ", ")))
			return
		}
		if limited {
			select {
			case s.inFlight <- struct{}{}:
				defer func() { <-s.inFlight }()
			default:
				writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("busy: %d requests in flight; try again shortly", cap(s.inFlight)))
				return
			}
		}
		h(w, r)
	}
}

// Errorf is an error for a Backend: kind (one of the Err sentinels) chooses the status code,
// the formatted text is what the client reads; %w in format wraps a cause too.
func Errorf(kind error, format string, a ...any) error {
	return &codedError{kind: kind, cause: fmt.Errorf(format, a...)}
}

type codedError struct{ kind, cause error }

func (e *codedError) Error() string   { return e.cause.Error() }
func (e *codedError) Unwrap() []error { return []error{e.kind, e.cause} }

// statusOf maps a Backend's error to a status code.
func statusOf(err error) int {
	for _, m := range []struct {
		kind error
		code int
	}{{ErrBadRequest, 400}, {ErrForbidden, 403}, {ErrNotFound, 404}, {ErrTooMany, 429}, {ErrChain, 502},
		{ErrUnavailable, 503}, {context.DeadlineExceeded, 503}, {context.Canceled, 503}} {
		if errors.Is(err, m.kind) {
			return m.code
		}
	}
	return http.StatusInternalServerError
}

// apiError is every error's body.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, apiError{Error: msg})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	if code >= 500 {
		s.log.Warn("request failed", "method", r.Method, "path", r.URL.Path, "status", code, "err", err)
	}
	writeError(w, code, err.Error())
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		code, body = http.StatusInternalServerError, []byte(`{"error":"encode the answer"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(append(body, '\n'))
}

// authorized checks the bearer token (in constant time), answering 401 or 403 itself.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Token == "" {
		writeError(w, http.StatusForbidden, "this node has no API token, so its write endpoints are off")
		return false
	}
	h := r.Header.Get("Authorization")
	scheme, token, _ := strings.Cut(h, " ")
	if h == "" || !strings.EqualFold(scheme, "Bearer") || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="coophive"`)
		writeError(w, http.StatusUnauthorized, "missing bearer token: send Authorization: Bearer TOKEN, the token in the node's DATA_DIR/api-token")
		return false
	}
	sum := sha256.Sum256([]byte(token))
	if subtle.ConstantTimeCompare(sum[:], s.tokenSum[:]) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="coophive", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "wrong bearer token (the node's is in its DATA_DIR/api-token)")
		return false
	}
	return true
}

func (s *Server) openAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/yaml")
	_, _ = w.Write(OpenAPI)
}

func withTimeout(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), callTimeout)
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := withTimeout(r)
	defer cancel()
	st, err := s.cfg.Backend.Status(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// listLimit reads a list's limit parameter (1 to max, default def).
func listLimit(r *http.Request, def, max int) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, fmt.Errorf("bad limit %q: want a whole number from 1 to %d", v, max)
	}
	return n, nil
}

// list answers a bounded list: the first limit items of items, and their total.
func list[T any](s *Server, w http.ResponseWriter, r *http.Request, key string, get func(ctx context.Context) ([]T, map[string]any, error)) {
	limit, err := listLimit(r, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := withTimeout(r)
	defer cancel()
	items, extra, err := get(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	body := map[string]any{"total": len(items)}
	if items == nil {
		items = []T{}
	}
	body[key] = items[:min(limit, len(items))]
	for k, v := range extra {
		body[k] = v
	}
	writeJSON(w, http.StatusOK, body)
}

func (s *Server) peers(w http.ResponseWriter, r *http.Request) {
	list(s, w, r, "peers", func(ctx context.Context) ([]Peer, map[string]any, error) {
		p, err := s.cfg.Backend.Peers(ctx)
		return p, nil, err
	})
}

func (s *Server) offers(w http.ResponseWriter, r *http.Request) {
	list(s, w, r, "offers", func(ctx context.Context) ([]Offer, map[string]any, error) {
		o, source, err := s.cfg.Backend.Offers(ctx)
		return o, map[string]any{"source": source}, err
	})
}

func (s *Server) jobs(w http.ResponseWriter, r *http.Request) {
	list(s, w, r, "jobs", func(ctx context.Context) ([]Job, map[string]any, error) {
		j, err := s.cfg.Backend.Jobs(ctx)
		return j, nil, err
	})
}

// hashRE is a deal id: 0x and 64 hex digits.
var hashRE = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// dealID reads the {id} path value, answering 400 itself when it is not a hash.
func dealID(w http.ResponseWriter, r *http.Request) (common.Hash, bool) {
	v := r.PathValue("id")
	if !hashRE.MatchString(v) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("bad deal id %q: want 0x and 64 hex digits", v))
		return common.Hash{}, false
	}
	return common.HexToHash(v), true
}

// FormatCursor is a cursor as the API writes it: "BLOCK.LOG".
func FormatCursor(c Cursor) string { return fmt.Sprintf("%d.%d", c.Block, c.Log) }

// ParseCursor reads FormatCursor's form.
func ParseCursor(s string) (Cursor, error) {
	b, l, ok := strings.Cut(s, ".")
	block, err1 := strconv.ParseUint(b, 10, 64)
	log, err2 := strconv.ParseUint(l, 10, 32)
	if !ok || err1 != nil || err2 != nil {
		return Cursor{}, fmt.Errorf("bad cursor %q: pass a page's next value", s)
	}
	return Cursor{Block: block, Log: uint(log)}, nil
}

func (s *Server) deals(w http.ResponseWriter, r *http.Request) {
	limit, err := listLimit(r, 20, 100)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	var before *Cursor
	if v := r.URL.Query().Get("before"); v != "" {
		c, err := ParseCursor(v)
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		before = &c
	}
	ctx, cancel := withTimeout(r)
	defer cancel()
	page, err := s.cfg.Backend.Deals(ctx, before, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	body := struct {
		Deals []Deal `json:"deals"`
		Head  uint64 `json:"head"`
		Next  string `json:"next,omitempty"`
	}{Deals: page.Deals, Head: page.Head}
	if body.Deals == nil {
		body.Deals = []Deal{}
	}
	if page.Next != nil {
		body.Next = FormatCursor(*page.Next)
	}
	writeJSON(w, http.StatusOK, body)
}

func (s *Server) deal(w http.ResponseWriter, r *http.Request) {
	id, ok := dealID(w, r)
	if !ok {
		return
	}
	ctx, cancel := withTimeout(r)
	defer cancel()
	d, err := s.cfg.Backend.Deal(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if d.History == nil {
		d.History = []Step{}
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	id, ok := dealID(w, r)
	if !ok {
		return
	}
	part := r.URL.Query().Get("part")
	if part != "" && part != "archive" && part != "stdout" && part != "stderr" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("bad part %q: want archive, stdout or stderr", part))
		return
	}
	ctx, cancel := withTimeout(r)
	defer cancel()
	res, err := s.cfg.Backend.Result(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	body, ctype := res.Archive, "application/x-tar"
	switch part {
	case "stdout":
		body, ctype = res.Stdout, "text/plain; charset=utf-8"
	case "stderr":
		body, ctype = res.Stderr, "text/plain; charset=utf-8"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Header().Set("Cache-Control", "private, max-age=31536000, immutable") // a result never changes
	_, _ = w.Write(body)
}

func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	wait := false
	if v := r.URL.Query().Get("wait"); v != "" {
		var err error
		if wait, err = strconv.ParseBool(v); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("bad wait %q: want true or false", v))
			return
		}
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("content type %q: send application/json", ct))
			return
		}
	}
	var req JobRequest
	if code, err := decodeJSON(w, r, s.cfg.MaxBody, &req); err != nil {
		writeError(w, code, err.Error())
		return
	}
	if strings.TrimSpace(req.Module) == "" {
		writeError(w, http.StatusBadRequest, "no module: set module, e.g. cowsay:v0.0.1")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), submitTimeout)
	defer cancel()
	sub, err := s.cfg.Backend.Submit(ctx, req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.log.Info("job submitted", "submission", sub.ID, "module", sub.Module, "job", sub.JobID)
	if !wait {
		writeJSON(w, http.StatusAccepted, sub)
		return
	}
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Time{}) // the body is read; a server read deadline would end the wait
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.MaxWait + s.cfg.StreamWriteTimeout))
	_, done, err := s.cfg.Backend.Submission(sub.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	timer := time.NewTimer(s.cfg.MaxWait)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the job did not end within %s; it goes on: GET /api/v1/submissions/%s", s.cfg.MaxWait, sub.ID))
		return
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "the node is stopping; the job goes on when it starts again")
		return
	}
	sub, _, err = s.cfg.Backend.Submission(sub.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sub)
}

// decodeJSON reads one JSON value of at most max bytes into v, strictly (no unknown fields,
// nothing after it); the status code says what was wrong.
func decodeJSON(w http.ResponseWriter, r *http.Request, max int64, v any) (int, error) {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, max))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			err = errors.New("data after the JSON value")
		}
	}
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, fmt.Errorf("body over %d MiB", max>>20)
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, errors.New("empty body: send a JSON object")
	}
	return http.StatusBadRequest, fmt.Errorf("bad JSON: %v", err)
}

func (s *Server) submission(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	sub, _, err := s.cfg.Backend.Submission(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sub)
}
