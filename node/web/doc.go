// Package web is the market page: one HTML page, its script and its style, embedded in the
// binary (go:embed) and served by every node with --api and by the gateway.
//
// The page loads nothing from outside (no CDN: a testnet may have no internet) and uses only
// relative URLs, so it works behind any host name or path prefix. It reads the node API
// (/api/v1/status, /peers, /offers, /jobs, /deals, /deals/{id}) and keeps itself current from
// the event stream (/api/v1/events, server-sent events); on a gateway it also signs users up
// and runs modules for them (/api/v1/gateway/...). Plots are drawn as inline SVG by the page's
// own script.
package web
