// Package api is a node's HTTP API: JSON reads of what the node sees (status, peers,
// offers, jobs) and of deals on the Market contract, the market's events as server-sent
// events, and, for a node with the jc role, job submission behind a bearer token. The
// contract with clients is the hand-written OpenAPI document openapi.yaml, embedded and
// served at /api/v1/openapi.yaml; a test validates every request and response the tests
// make against it.
//
// The package owns the HTTP layer only: routing, authentication, request limits, JSON
// errors and the event stream's wire format. What the answers say comes from a Backend,
// which the node implements; the events come from an events.Bus the node publishes into.
//
// Bounds: request bodies (Config.MaxBody), requests in flight (Config.MaxInFlight, 503
// beyond), list sizes (limit parameters), event stream readers and their buffers (the
// bus's). A stream's writes have a deadline, so a reader that stops reading costs a
// goroutine for at most that long, and the bus drops it once its buffer fills.
package api
