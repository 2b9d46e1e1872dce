// Package faucet is `coophive faucet`: an HTTP service that pays a fixed amount of ether and
// tokens to whoever asks, within limits per address and per client IP over a time window.
//
// One goroutine owns the faucet key's nonces: claims wait in a bounded queue, and it sends
// each claim's two payments back to back (consecutive nonces, a round of claims at once),
// then waits for their receipts. A claim counts toward the limits only when both payments
// succeeded; while one is being paid, its address and IP hold a reservation, so concurrent
// claims cannot overshoot a limit and each address is paid at most its limit per window.
package faucet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// Config is a faucet's configuration; DefaultConfig's values are the defaults.
type Config struct {
	// Listen is the HTTP host:port (default 127.0.0.1:8080; port 0: any free port).
	Listen string
	// RPCURL is the chain's JSON-RPC URL; Backend, when set, is used instead (tests).
	RPCURL  string
	Backend chain.Backend
	// Token is the token contract paid from.
	Token common.Address
	// Key is the faucet wallet's key; it must send nothing else while the faucet runs.
	Key *ecdsa.PrivateKey
	// ETH and Tokens are paid per claim, in base units (default 1 ether, 100 tokens).
	ETH, Tokens *big.Int
	// PerAddress and PerIP are the claims paid per address and per client IP in each
	// Window (default 1 and 5 per 24 h).
	PerAddress, PerIP int
	Window            time.Duration
	// TrustProxy takes the client IP from the last X-Forwarded-For entry (the one a
	// reverse proxy in front adds) instead of the connection's address. Off by default:
	// without a proxy, clients could name any IP.
	TrustProxy bool
	// QueueSize is how many claims wait for the sender at most; beyond, 503 (default 64).
	QueueSize int
	// MaxRound is how many queued claims are sent at once, before their receipts are
	// awaited (default 16).
	MaxRound int
	// MaxTracked is how many addresses, and how many IPs, the limits remember at most
	// (those paid within the window or in flight); beyond, new claimants get 503 (default 100,000).
	MaxTracked int
	// RPCTimeout bounds each chain read and send (default 15 s); ReceiptTimeout a round's
	// wait for its receipts (default 2 min).
	RPCTimeout, ReceiptTimeout time.Duration
	// Logger (default slog.Default()).
	Logger *slog.Logger
}

// DefaultConfig is a faucet's configuration less its chain, token and key.
func DefaultConfig() Config {
	return Config{Listen: "127.0.0.1:8080", ETH: chain.Tokens(1), Tokens: chain.Tokens(100),
		PerAddress: 1, PerIP: 5, Window: 24 * time.Hour, QueueSize: 64, MaxRound: 16,
		MaxTracked: 100_000, RPCTimeout: 15 * time.Second, ReceiptTimeout: 2 * time.Minute}
}

// Validate checks a configuration once, before anything starts.
func (c *Config) Validate() error {
	switch {
	case c.Listen == "":
		return errors.New("faucet: no listen address")
	case c.RPCURL == "" && c.Backend == nil:
		return errors.New("faucet: no chain: set --rpc-url or WEB3_RPC_URL")
	case c.Token == (common.Address{}):
		return errors.New("faucet: no token address: set --token or WEB3_TOKEN_ADDRESS")
	case c.Key == nil:
		return errors.New("faucet: no key")
	case c.ETH == nil || c.ETH.Sign() < 0 || c.Tokens == nil || c.Tokens.Sign() < 0:
		return errors.New("faucet: amounts must be zero or more")
	case c.ETH.Sign() == 0 && c.Tokens.Sign() == 0:
		return errors.New("faucet: pays nothing: set --eth or --tokens above zero")
	case c.PerAddress < 1 || c.PerIP < 1:
		return fmt.Errorf("faucet: limits per address (%d) and per IP (%d) must be at least 1", c.PerAddress, c.PerIP)
	case c.Window <= 0:
		return fmt.Errorf("faucet: window %s must be positive", c.Window)
	case c.QueueSize < 1 || c.MaxRound < 1 || c.MaxTracked < 1:
		return fmt.Errorf("faucet: queue size (%d), round size (%d) and tracked keys (%d) must be at least 1",
			c.QueueSize, c.MaxRound, c.MaxTracked)
	case c.RPCTimeout <= 0 || c.ReceiptTimeout <= 0:
		return errors.New("faucet: timeouts must be positive")
	}
	return nil
}

// Faucet is the service. New describes it; Run runs it.
type Faucet struct {
	cfg   Config
	log   *slog.Logger
	from  common.Address
	queue chan *claim
	lim   *limiter
	now   func() time.Time

	ready chan struct{} // closed once listening
	addr  string        // the listening address, once ready

	infoMu sync.Mutex // one chain read serves every /api/info for infoTTL
	info   *Info
	infoAt time.Time
	b      chain.Backend // set by Run before the server and the sender start
}

// New validates cfg and describes a faucet; it does no I/O.
func New(cfg Config) (*Faucet, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	f := &Faucet{cfg: cfg, log: cfg.Logger.With("component", "faucet"), from: chain.KeyAddress(cfg.Key),
		queue: make(chan *claim, cfg.QueueSize), lim: newLimiter(cfg.Window, cfg.PerAddress, cfg.PerIP, cfg.MaxTracked),
		now: time.Now, ready: make(chan struct{})}
	return f, nil
}

// Address is the faucet wallet's.
func (f *Faucet) Address() common.Address { return f.from }

// Ready is closed once the faucet listens; Addr is then its address.
func (f *Faucet) Ready() <-chan struct{} { return f.ready }

// Addr is the address the faucet listens on (after Ready).
func (f *Faucet) Addr() string { return f.addr }

// shutdownTimeout bounds the HTTP server's graceful stop.
const shutdownTimeout = 5 * time.Second

// Run connects to the chain, checks the token contract, listens and serves until ctx ends;
// then it stops the server, and the sender answers what is queued.
func (f *Faucet) Run(ctx context.Context) error {
	b := f.cfg.Backend
	if b == nil {
		dctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
		c, err := ethclient.DialContext(dctx, f.cfg.RPCURL)
		cancel()
		if err != nil {
			return fmt.Errorf("faucet: connect to chain at %s: %w", f.cfg.RPCURL, err)
		}
		defer c.Close()
		b = c
	}
	f.b = b
	cctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
	code, err := b.CodeAt(cctx, f.cfg.Token, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("faucet: read the token contract %s: %w", f.cfg.Token.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("faucet: no contract at token address %s", f.cfg.Token.Hex())
	}
	ln, err := net.Listen("tcp", f.cfg.Listen)
	if err != nil {
		return fmt.Errorf("faucet: listen on %s: %w", f.cfg.Listen, err)
	}
	f.addr = ln.Addr().String()
	srv := &http.Server{Handler: f.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: f.cfg.ReceiptTimeout + 2*f.cfg.RPCTimeout, IdleTimeout: time.Minute, MaxHeaderBytes: 16 << 10,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	ctx, stop := context.WithCancel(ctx) // ends the sender and the pruner on a serve error too
	defer stop()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); f.send(ctx) }()
	go func() { defer wg.Done(); f.prune(ctx) }()
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	f.log.Info("faucet listening", "addr", f.addr, "wallet", f.from.Hex(), "eth", matching.FormatTokens(f.cfg.ETH),
		"tokens", matching.FormatTokens(f.cfg.Tokens), "per_address", f.cfg.PerAddress, "per_ip", f.cfg.PerIP, "window", f.cfg.Window)
	close(f.ready)
	select {
	case <-ctx.Done():
		err = nil
	case err = <-serveErr:
		err = fmt.Errorf("faucet: serve: %w", err)
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil && err == nil && !errors.Is(serr, context.DeadlineExceeded) {
		err = fmt.Errorf("faucet: stop the server: %w", serr)
	}
	stop()
	wg.Wait()
	return err
}

// prune drops, every tenth of the window (1 s to 1 min), the limits' claims older than it.
func (f *Faucet) prune(ctx context.Context) {
	every := min(max(f.cfg.Window/10, time.Second), time.Minute)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f.lim.Prune(f.now())
		}
	}
}
