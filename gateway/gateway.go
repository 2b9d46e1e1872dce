package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"

	"github.com/coophive/coophive/gateway/ledger"
	"github.com/coophive/coophive/node"
	"github.com/coophive/coophive/runner"
)

// Config is a gateway: its node, its ledger, its HTTP server and what it offers users.
type Config struct {
	// Node is the gateway's job creator node (the jc role is added). Its Job settings bound
	// what a user's job may cost: each reserves Job.MaxPrice + Job.MediationFee. Job.Retries
	// is forced to 0: a gateway re-offers nothing the user did not ask for.
	Node node.Config
	// DB is the ledger: a Postgres URL, or a SQLite file (default <data dir>/gateway.db).
	DB string
	// Listen is the HTTP address (default 127.0.0.1:8790; port 0 picks one, see Addr).
	Listen string
	// Modules are the modules users may run (default cowsay:v0.0.1).
	Modules []string
	// SignupCredit is what each new user is credited at signup (base units; default 0: the
	// operator credits users). For testnets.
	SignupCredit *big.Int
	// MaxRunning bounds the jobs running at once (default 64).
	MaxRunning int
	// Logger (default slog.Default()).
	Logger *slog.Logger
}

// Defaults.
const (
	DefaultListen     = "127.0.0.1:8790"
	DefaultMaxRunning = 64
	LedgerFile        = "gateway.db" // the SQLite ledger's file in the data dir, by default
	resultsDir        = "gateway-results"
)

// DefaultModules are what users may run unless the operator says otherwise.
var DefaultModules = []string{"cowsay:v0.0.1"}

func (c *Config) applyDefaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if len(c.Modules) == 0 {
		c.Modules = DefaultModules
	}
	if c.SignupCredit == nil {
		c.SignupCredit = new(big.Int)
	}
	if c.MaxRunning <= 0 {
		c.MaxRunning = DefaultMaxRunning
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.DB == "" && c.Node.DataDir != "" {
		c.DB = filepath.Join(c.Node.DataDir, LedgerFile)
	}
	hasJC := false
	for _, r := range c.Node.Roles {
		hasJC = hasJC || r == node.RoleJC
	}
	if !hasJC {
		c.Node.Roles = append(c.Node.Roles, node.RoleJC)
	}
	c.Node.Job.Retries = 0
	if c.Node.Logger == nil {
		c.Node.Logger = c.Logger
	}
}

// Validate checks what the gateway adds to its node's config.
func (c *Config) Validate() error {
	switch {
	case c.Node.DataDir == "":
		return errors.New("gateway: no data dir")
	case c.SignupCredit.Sign() < 0:
		return errors.New("gateway: the signup credit must be zero or more")
	}
	for _, m := range c.Modules {
		if _, err := runner.Lookup(m); err != nil {
			return fmt.Errorf("gateway: --modules: %w", err)
		}
	}
	return nil
}

// Gateway is the service. New describes it; Run runs it.
type Gateway struct {
	cfg  Config
	log  *slog.Logger
	node *node.Node
	book *ledger.Ledger

	ready chan struct{} // closed once serving

	jobsCtx context.Context // the jobs' context: ends when Run returns
	running chan struct{}   // a slot per job being followed (MaxRunning)
	signups *rateLimit
	wg      sync.WaitGroup

	mu      sync.Mutex
	owned   map[string]bool // jobs a run of this process follows: reconcile leaves them be
	pending map[string]int  // per user, submissions whose charge is not reserved yet
}

// New validates cfg and describes a gateway; it does no I/O.
func New(cfg Config) (*Gateway, error) {
	cfg.applyDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	g := &Gateway{cfg: cfg, log: cfg.Logger.With("component", "gateway"), ready: make(chan struct{}),
		running: make(chan struct{}, cfg.MaxRunning), signups: &rateLimit{n: signupsPerMinute},
		owned: map[string]bool{}, pending: map[string]int{}}
	// One address serves the node's API, the market page and the gateway's routes.
	cfg.Node.APIAddr, cfg.Node.APIRoutes = cfg.Listen, g.routes
	n, err := node.New(cfg.Node)
	if err != nil {
		return nil, err
	}
	g.node = n
	return g, nil
}

// Node is the gateway's job creator node.
func (g *Gateway) Node() *node.Node { return g.node }

// Ready is closed once the gateway serves HTTP; Addr is then its address.
func (g *Gateway) Ready() <-chan struct{} { return g.ready }

// Addr is the HTTP address the gateway listens on (after Ready).
func (g *Gateway) Addr() string { return g.node.APIAddr() }

// Run opens the ledger, starts the node (whose API server carries the gateway's routes),
// settles what an earlier run left unfinished, and serves until ctx ends; then it stops
// taking jobs, lets the node go, and returns. Jobs still running stay unfinished in the
// ledger, for the next run to settle.
func (g *Gateway) Run(ctx context.Context) error {
	book, err := ledger.Open(ctx, ledger.Config{DB: g.cfg.DB, Log: g.cfg.Logger})
	if err != nil {
		return err
	}
	g.book = book
	defer book.Close()
	jobsCtx, stopJobs := context.WithCancel(ctx)
	g.jobsCtx = jobsCtx
	defer func() {
		stopJobs()
		g.wg.Wait()
	}()
	if err := g.node.Start(ctx); err != nil {
		return err
	}
	defer g.node.Stop()
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.reconcile(jobsCtx)
	}()
	close(g.ready)
	g.log.Info("gateway serving", "addr", g.Addr(), "ledger", book.Backend(), "modules", g.cfg.Modules)
	<-ctx.Done()
	return nil
}
