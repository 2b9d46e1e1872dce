// Package apitest holds test helpers for the node API: an HTTP client whose transport
// validates every request and response against the API's OpenAPI document (kin-openapi),
// and a reader of server-sent events. The api package's tests and the node's use it.
package apitest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/coophive/coophive/node/api"
)

func init() {
	openapi3filter.RegisterBodyDecoder("application/x-tar", openapi3filter.FileBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/event-stream", openapi3filter.FileBodyDecoder)
}

// Doc loads and validates the API's OpenAPI document.
func Doc(t testing.TB) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI)
	if err != nil {
		t.Fatalf("load openapi.yaml: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.yaml is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

// Client is an HTTP client for the API at Base whose every request and response is
// validated against the document; a mismatch fails the test.
type Client struct {
	t     testing.TB
	Base  string // e.g. http://127.0.0.1:1234
	Token string // sent as a bearer token when set
	HTTP  *http.Client
	Doc   *openapi3.T
}

// NewClient makes a validating client for the API at base.
func NewClient(t testing.TB, base, token string) *Client {
	doc := Doc(t)
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{t: t, Base: base, Token: token, Doc: doc}
	c.HTTP = &http.Client{Transport: &validating{t: t, router: router, base: http.DefaultTransport}}
	return c
}

// skipRequest marks a request the test makes wrong on purpose: its request is not
// validated (its response still is).
type skipRequest struct{}

// validating is an http.RoundTripper that checks requests and responses against the
// document.
type validating struct {
	t      testing.TB
	router routers.Router
	base   http.RoundTripper
}

func (v *validating) RoundTrip(req *http.Request) (*http.Response, error) {
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		v.t.Errorf("%s %s is not in openapi.yaml: %v", req.Method, req.URL.Path, err)
		return v.base.RoundTrip(req)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
	if req.Context().Value(skipRequest{}) == nil {
		var body []byte
		if req.Body != nil {
			body, _ = io.ReadAll(req.Body)
			req.Body = io.NopCloser(bytes.NewReader(body))
		}
		if err := openapi3filter.ValidateRequest(req.Context(), in); err != nil {
			v.t.Errorf("request %s %s does not match openapi.yaml: %v", req.Method, req.URL, err)
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
	}
	resp, err := v.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode,
		Header: resp.Header, Options: &openapi3filter.Options{IncludeResponseStatus: true}}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		out.Options.ExcludeResponseBody = true // a stream: its events are checked by Stream
		out.Body = io.NopCloser(strings.NewReader(""))
		if err := openapi3filter.ValidateResponse(req.Context(), out); err != nil {
			v.t.Errorf("response %d to %s %s does not match openapi.yaml: %v", resp.StatusCode, req.Method, req.URL, err)
		}
		return resp, nil
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(req.Context(), out); err != nil {
		v.t.Errorf("response %d to %s %s does not match openapi.yaml: %v\nbody: %.500s", resp.StatusCode, req.Method, req.URL, err, body)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// Response is an answer, read whole.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v, failing the test when it is not JSON.
func (r *Response) JSON(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("body %.300q is not JSON: %v", r.Body, err)
	}
}

// Error is an error body's message ("" when the body is not {"error": ...}).
func (r *Response) Error() string {
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(r.Body, &e) != nil {
		return ""
	}
	return e.Error
}

// Request says how Do sends a request.
type Request struct {
	Method, Path string
	Body         []byte
	ContentType  string            // default application/json when Body is set
	Header       map[string]string // more headers
	NoToken      bool              // send no Authorization header
	Invalid      bool              // a request wrong on purpose: do not validate it
}

// Do sends a request and reads the whole answer.
func (c *Client) Do(ctx context.Context, r Request) *Response {
	c.t.Helper()
	resp, err := c.send(ctx, r)
	if err != nil {
		c.t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatalf("%s %s: read body: %v", r.Method, r.Path, err)
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body}
}

// Get is Do of a GET.
func (c *Client) Get(ctx context.Context, path string) *Response {
	c.t.Helper()
	return c.Do(ctx, Request{Method: http.MethodGet, Path: path})
}

func (c *Client) send(ctx context.Context, r Request) (*http.Response, error) {
	if r.Invalid {
		ctx = context.WithValue(ctx, skipRequest{}, true)
	}
	var body io.Reader
	if r.Body != nil {
		body = bytes.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, c.Base+r.Path, body)
	if err != nil {
		return nil, err
	}
	if r.Body != nil {
		ct := r.ContentType
		if ct == "" {
			ct = "application/json"
		}
		req.Header.Set("Content-Type", ct)
	}
	if c.Token != "" && !r.NoToken {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	for k, v := range r.Header {
		req.Header.Set(k, v)
	}
	return c.HTTP.Do(req)
}

// Event is one server-sent event.
type Event struct {
	ID, Type string
	Data     json.RawMessage
}

// Stream is an open event stream.
type Stream struct {
	t        testing.TB
	doc      *openapi3.T
	Resp     *http.Response
	r        *bufio.Reader
	Retry    string // the retry: value
	Comments int    // comment lines read (heartbeats)
}

// Events opens the event stream, sending lastID as Last-Event-ID when set.
func (c *Client) Events(ctx context.Context, lastID string) *Stream {
	c.t.Helper()
	h := map[string]string{}
	if lastID != "" {
		h["Last-Event-ID"] = lastID
	}
	return c.openStream(ctx, Request{Method: http.MethodGet, Path: "/api/v1/events", Header: h})
}

// EventsQuery opens the event stream with lastID in the lastEventId query parameter.
func (c *Client) EventsQuery(ctx context.Context, lastID string) *Stream {
	c.t.Helper()
	return c.openStream(ctx, Request{Method: http.MethodGet, Path: "/api/v1/events?lastEventId=" + lastID})
}

func (c *Client) openStream(ctx context.Context, r Request) *Stream {
	c.t.Helper()
	resp, err := c.send(ctx, r)
	if err != nil {
		c.t.Fatalf("open the event stream: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		c.t.Fatalf("event stream: %d %s", resp.StatusCode, body)
	}
	c.t.Cleanup(func() { resp.Body.Close() })
	return &Stream{t: c.t, doc: c.Doc, Resp: resp, r: bufio.NewReader(resp.Body)}
}

// eventSchemas are the document's schemas of each event type's data.
var eventSchemas = map[string]string{"offer": "Offer", "job": "Job", "deal": "DealEvent", "peer": "Peer", "resync": "Resync"}

// Next reads the next event, skipping comments and retry lines; its data is checked
// against the document's schema for its type. An error is the stream's end.
func (s *Stream) Next() (Event, error) {
	var ev Event
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			return ev, err
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			if ev.Type == "" && ev.Data == nil {
				continue // the end of a retry or comment block
			}
			s.check(ev)
			return ev, nil
		case strings.HasPrefix(line, ":"):
			s.Comments++
		case strings.HasPrefix(line, "retry: "):
			s.Retry = strings.TrimPrefix(line, "retry: ")
		case strings.HasPrefix(line, "id: "):
			ev.ID = strings.TrimPrefix(line, "id: ")
		case strings.HasPrefix(line, "event: "):
			ev.Type = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			ev.Data = json.RawMessage(strings.TrimPrefix(line, "data: "))
		default:
			s.t.Errorf("event stream line %q is not server-sent events", line)
		}
	}
}

// Comment reads until a comment line (a heartbeat), skipping anything else.
func (s *Stream) Comment() error {
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			return err
		}
		if strings.HasPrefix(line, ":") {
			s.Comments++
			return nil
		}
	}
}

// Until reads events until keep returns true for one, which it returns.
func (s *Stream) Until(keep func(Event) bool) (Event, error) {
	for {
		ev, err := s.Next()
		if err != nil || keep(ev) {
			return ev, err
		}
	}
}

func (s *Stream) check(ev Event) {
	name, ok := eventSchemas[ev.Type]
	if !ok {
		s.t.Errorf("event type %q is not one the document names", ev.Type)
		return
	}
	if ev.ID == "" {
		s.t.Errorf("%s event without an id", ev.Type)
	}
	var v any
	if err := json.Unmarshal(ev.Data, &v); err != nil {
		s.t.Errorf("%s event data %.200q is not JSON: %v", ev.Type, ev.Data, err)
		return
	}
	if err := s.doc.Components.Schemas[name].Value.VisitJSON(v); err != nil {
		s.t.Errorf("%s event data does not match schema %s: %v\n%.500s", ev.Type, name, err, ev.Data)
	}
}

// Decode decodes an event's data.
func (e Event) Decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(e.Data, v); err != nil {
		t.Fatalf("%s event data: %v", e.Type, err)
	}
}

// String shows an event.
func (e Event) String() string { return fmt.Sprintf("%s %s %s", e.ID, e.Type, e.Data) }
