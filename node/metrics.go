package node

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/httpserve"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
)

// metrics are a node's own Prometheus series, on a registry of its own (never the default
// one, so that several nodes in one process do not collide), with go-libp2p's collectors
// (p2p.Config.Metrics) and Go's runtime and process collectors. The hot paths only add to
// counters and histograms; what needs the chain (head lag, escrow) is read when scraped
// (nodeCollector), through chainProbe's deadline and cache.
type metrics struct {
	reg           *prometheus.Registry
	offersSeen    prometheus.Counter
	jobsPublished prometheus.Counter
	matchLatency  *prometheus.HistogramVec // by role: solver (its matches), jc (its jobs)
	jobRun        *prometheus.HistogramVec // by role: rp (deals), mediator (re-runs)
	gossip        *prometheus.CounterVec   // by topic, result: the validators' verdicts
	dealsEnded    *prometheus.CounterVec   // by state: followed deals seen terminal
}

// latencyBuckets span a match (seconds) and a run (seconds to an hour).
var latencyBuckets = []float64{0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600}

// newMetrics builds a node's registry and series; it does no I/O.
func newMetrics(release string) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		offersSeen: prometheus.NewCounter(prometheus.CounterOpts{Name: "coophive_offers_seen_total",
			Help: "Resource offers from other nodes accepted by the offers topic's validator and delivered to this node."}),
		jobsPublished: prometheus.NewCounter(prometheus.CounterOpts{Name: "coophive_jobs_published_total",
			Help: "Job offers this node signed and published (re-publications of one offer not counted)."}),
		matchLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "coophive_match_latency_seconds",
			Help:    "From a job offer's createdAt to its DealMatched: role=solver for the matches this solver made, role=jc for this job creator's jobs.",
			Buckets: latencyBuckets}, []string{"role"}),
		jobRun: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "coophive_job_run_seconds",
			Help:    "Runs of a deal's job that finished: role=rp for this provider's deals, role=mediator for re-runs.",
			Buckets: latencyBuckets}, []string{"role"}),
		gossip: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "coophive_gossip_messages_total",
			Help: "Gossip messages judged by this node's validators (its own publications too), by topic and result: accept, ignore, reject."},
			[]string{"topic", "result"}),
		dealsEnded: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "coophive_deals_ended_total",
			Help: "Deals this node followed that it saw reach a terminal state, by that state."}, []string{"state"}),
	}
	build := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "coophive_build_info",
		Help: "Constant 1, labelled with the build: version (Config.Release), VCS commit, Go version."}, []string{"version", "commit", "go"})
	build.WithLabelValues(release, buildCommit(), runtime.Version()).Set(1)
	m.reg.MustRegister(m.offersSeen, m.jobsPublished, m.matchLatency, m.jobRun, m.gossip, m.dealsEnded, build,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// buildCommit is the VCS revision the binary was built from, or "unknown" (go test, go run).
func buildCommit() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && s.Value != "" {
				return s.Value
			}
		}
	}
	return "unknown"
}

// countVerdicts wraps a topic's validator to count its verdicts (three pre-resolved
// counters: one atomic add per message).
func (m *metrics) countVerdicts(topic string, v p2p.Validator) p2p.Validator {
	acc, ign, rej := m.gossip.WithLabelValues(topic, "accept"), m.gossip.WithLabelValues(topic, "ignore"),
		m.gossip.WithLabelValues(topic, "reject")
	return func(ctx context.Context, from peer.ID, data []byte) (p2p.Verdict, any) {
		verdict, decoded := v(ctx, from, data)
		switch verdict {
		case p2p.Accept:
			acc.Inc()
		case p2p.Reject:
			rej.Inc()
		default:
			ign.Inc()
		}
		return verdict, decoded
	}
}

// observeSince adds the seconds from a unix time (an offer's createdAt) to now to h.
func observeSince(h prometheus.Observer, createdAt uint64, now time.Time) {
	h.Observe(max(0, now.Sub(time.Unix(int64(createdAt), 0)).Seconds()))
}

// Metrics is the node's Prometheus registry: its own series and go-libp2p's.
func (n *Node) Metrics() *prometheus.Registry { return n.metrics.reg }

// Probe timing: a read of the chain for a scrape or /readyz has probeTimeout; its answer
// serves every scrape and check within probeFresh (so scrapes cannot multiply RPC calls).
const (
	probeTimeout = 3 * time.Second
	probeFresh   = time.Second
)

// probeResult is one read of what a node's health needs from the chain.
type probeResult struct {
	at           time.Time // the wall clock when read
	headNumber   uint64
	headTime     uint64
	headErr      error
	free, locked *big.Int // this node's escrow
	wallet       *big.Int // its token balance (a JC tops its escrow up from it)
	escrowErr    error
}

// chainProbe serialises and caches the reads of probeResult.
type chainProbe struct {
	mu   sync.Mutex
	last probeResult
}

// probeChain reads the head and this node's escrow, each within probeTimeout, or returns
// the answer read within probeFresh.
func (n *Node) probeChain(ctx context.Context) probeResult {
	p := &n.chainReads
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last.at) < probeFresh {
		return p.last
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	r := probeResult{}
	if h, err := n.backend.HeaderByNumber(ctx, nil); err != nil {
		r.headErr = fmt.Errorf("read chain head: %w", err)
	} else {
		r.headNumber, r.headTime = h.Number.Uint64(), h.Time
	}
	r.free, r.locked, r.escrowErr = n.market.Escrow(ctx, n.addr)
	if r.escrowErr == nil && n.cfg.Has(RoleJC) {
		r.wallet, r.escrowErr = n.market.TokenBalance(ctx, n.addr)
	}
	r.at = time.Now()
	p.last = r
	return r
}

// tokensFloat is an amount in whole tokens, as a float for a gauge.
func tokensFloat(v *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(v, chain.Ether).Float64()
	return f
}

// nodeCollector is the part of a node's series read when scraped: followed deals by state,
// connected peers, and from the chain (chainProbe) the head's lag and this node's escrow.
type nodeCollector struct{ n *Node }

var (
	descDeals = prometheus.NewDesc("coophive_deals", "Deals this node follows (party to; all, as a keeper), by their last state read. Terminal deals leave (coophive_deals_ended_total).",
		[]string{"state"}, nil)
	descPeers   = prometheus.NewDesc("coophive_peers", "Peers connected to this node's libp2p host.", nil, nil)
	descChainUp = prometheus.NewDesc("coophive_chain_up", "1 when the chain's head was read within the deadline at this scrape, else 0.", nil, nil)
	descHeadLag = prometheus.NewDesc("coophive_chain_head_lag_seconds", "The wall clock minus the head block's time (negative: a chain ahead of the clock).", nil, nil)
	descEscrow  = prometheus.NewDesc("coophive_escrow_tokens", "This node's escrow in the Market, in tokens: kind=free or locked.", []string{"kind"}, nil)
)

// followedStates are the states a followed deal can be in, each reported even at 0.
var followedStates = []chain.State{chain.StateAgreed, chain.StateResultsSubmitted, chain.StateChallenged}

func (c nodeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descDeals, descPeers, descChainUp, descHeadLag, descEscrow} {
		ch <- d
	}
}

func (c nodeCollector) Collect(ch chan<- prometheus.Metric) {
	n := c.n
	if !n.started.Load() {
		return
	}
	counts := n.deals.stateCounts()
	for _, s := range followedStates {
		ch <- prometheus.MustNewConstMetric(descDeals, prometheus.GaugeValue, float64(counts[s]), s.String())
	}
	ch <- prometheus.MustNewConstMetric(descPeers, prometheus.GaugeValue, float64(n.host.Peers()))
	r := n.probeChain(n.ctx)
	up := 0.0
	if r.headErr == nil {
		up = 1
		lag := float64(r.at.UnixMilli())/1000 - float64(r.headTime)
		ch <- prometheus.MustNewConstMetric(descHeadLag, prometheus.GaugeValue, lag)
	}
	ch <- prometheus.MustNewConstMetric(descChainUp, prometheus.GaugeValue, up)
	if r.escrowErr == nil {
		ch <- prometheus.MustNewConstMetric(descEscrow, prometheus.GaugeValue, tokensFloat(r.free), "free")
		ch <- prometheus.MustNewConstMetric(descEscrow, prometheus.GaugeValue, tokensFloat(r.locked), "locked")
	}
}

// Readiness.

// readyCheck is one check of /readyz.
type readyCheck struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// readiness is /readyz's body: ready when every check is.
type readiness struct {
	Ready  bool         `json:"ready"`
	Checks []readyCheck `json:"checks"`
}

// escrowNeed is free escrow a role needs to be of use: what its gossip must be backed by.
type escrowNeed struct {
	what       string
	amount     *big.Int
	withWallet bool // the JC tops its escrow up from its wallet per job: both count
}

// escrowNeeds are what the node's roles need in escrow: an RP its offer's timeout
// collateral (other nodes ignore an offer its provider's free escrow does not cover), a JC a
// job's stake (maxPrice + collateral + mediation fee), from escrow and wallet. Solvers and
// mediators need none beyond their registry bonds, which are not free escrow.
func escrowNeeds(cfg *Config) []escrowNeed {
	var needs []escrowNeed
	if cfg.Has(RoleRP) {
		amt := cfg.Offer.TimeoutCollateral
		if amt == nil || amt.Cmp(gossip.MinStake) < 0 {
			amt = gossip.MinStake
		}
		needs = append(needs, escrowNeed{"the offer's timeout collateral", amt, false})
	}
	if cfg.Has(RoleJC) {
		c := cfg.Job
		stake := gossip.JobStake(&matching.JobOffer{MaxPrice: c.MaxPrice, Collateral: c.Collateral, MediationFee: c.MediationFee})
		needs = append(needs, escrowNeed{"a job's stake (max price, collateral, mediation fee)", stake, true})
	}
	return needs
}

// readyInput is what readiness is judged from.
type readyInput struct {
	started   bool
	probe     probeResult
	jobsPeers int // peers on the jobs topic
	offPeers  int // peers on the offers topic
	runner    bool
	runnerErr error
	needs     []escrowNeed
}

// judgeReady is /readyz's rule: the chain's head was read within the deadline, the node has
// peers on both market topics, its runner (an RP's or a mediator's) answers, and its
// escrow covers what its roles need.
func judgeReady(in readyInput) readiness {
	if !in.started {
		return readiness{Checks: []readyCheck{{Name: "started", Detail: "the node is starting"}}}
	}
	var checks []readyCheck
	r := in.probe
	if r.headErr != nil {
		checks = append(checks, readyCheck{Name: "chain", Detail: r.headErr.Error()})
	} else {
		lag := r.at.Sub(time.Unix(int64(r.headTime), 0)).Round(time.Second)
		checks = append(checks, readyCheck{Name: "chain", OK: true, Detail: fmt.Sprintf("head %d read; the clock minus its time: %s", r.headNumber, lag)})
	}
	checks = append(checks, readyCheck{Name: "mesh", OK: in.jobsPeers > 0 && in.offPeers > 0,
		Detail: fmt.Sprintf("%d peers on the jobs topic, %d on the offers topic", in.jobsPeers, in.offPeers)})
	if in.runner {
		c := readyCheck{Name: "runner", OK: in.runnerErr == nil, Detail: "answers"}
		if in.runnerErr != nil {
			c.Detail = in.runnerErr.Error()
		}
		checks = append(checks, c)
	}
	if len(in.needs) > 0 {
		checks = append(checks, judgeEscrow(r, in.needs))
	}
	ready := true
	for _, c := range checks {
		ready = ready && c.OK
	}
	return readiness{Ready: ready, Checks: checks}
}

// judgeEscrow checks the node's escrow against each need.
func judgeEscrow(r probeResult, needs []escrowNeed) readyCheck {
	if r.escrowErr != nil {
		return readyCheck{Name: "escrow", Detail: r.escrowErr.Error()}
	}
	c := readyCheck{Name: "escrow", OK: true}
	var parts []string
	for _, need := range needs {
		have, of := r.free, "free escrow"
		if need.withWallet && r.wallet != nil {
			have, of = new(big.Int).Add(r.free, r.wallet), "free escrow and wallet"
		}
		if have.Cmp(need.amount) < 0 {
			c.OK = false
			parts = append(parts, fmt.Sprintf("%s of %s tokens is below %s, %s tokens: deposit more (--deposit, COOPHIVE_DEPOSIT)",
				of, FormatTokens(have), need.what, FormatTokens(need.amount)))
		} else {
			parts = append(parts, fmt.Sprintf("%s of %s tokens covers %s, %s tokens", of, FormatTokens(have), need.what, FormatTokens(need.amount)))
		}
	}
	c.Detail = strings.Join(parts, "; ")
	return c
}

// readyRunnerTimeout bounds the runner's check (a ping of the Docker engine or the cluster).
const readyRunnerTimeout = 3 * time.Second

// readiness checks the node now.
func (n *Node) readiness(ctx context.Context) readiness {
	if !n.started.Load() {
		return judgeReady(readyInput{})
	}
	in := readyInput{started: true, probe: n.probeChain(ctx), jobsPeers: n.jobs.Peers(), offPeers: n.offers.Peers(),
		needs: escrowNeeds(&n.cfg)}
	if n.runner != nil {
		rctx, cancel := context.WithTimeout(ctx, readyRunnerTimeout)
		in.runner, in.runnerErr = true, n.runner.Ready(rctx)
		cancel()
	}
	return judgeReady(in)
}

// The metrics server: /metrics, /healthz, /readyz.

// startMetricsServer listens on Config.MetricsAddr, when set, and serves until the node
// stops. It starts first, so /healthz answers (and /readyz says "starting") while the node
// connects to the chain and the mesh.
func (n *Node) startMetricsServer() error {
	if n.cfg.MetricsAddr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", n.cfg.MetricsAddr)
	if err != nil {
		return fmt.Errorf("metrics listener on %s: %w", n.cfg.MetricsAddr, err)
	}
	n.metricsAddr = ln.Addr().String()
	log := n.cfg.Logger.With("component", "metrics", "addr", n.metricsAddr)
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.metrics.reg, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn), Timeout: 10 * time.Second}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*probeTimeout)
		defer cancel()
		defer context.AfterFunc(n.ctx, cancel)() // a stopping node answers at once
		body := n.readiness(ctx)
		w.Header().Set("Content-Type", "application/json")
		if !body.Ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(body)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	n.goLoop(func(ctx context.Context) {
		if err := httpserve.Serve(ctx, srv, ln); err != nil {
			log.Error("metrics server stopped", "err", err)
		}
	})
	log.Info("serving /metrics, /healthz and /readyz")
	return nil
}

// MetricsAddr is the address the metrics server listens on (empty when off; valid after
// Start).
func (n *Node) MetricsAddr() string { return n.metricsAddr }
