package chain

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// DevChainID is the chain id of the dev chains coophive starts unless told otherwise (the
// devnet's, the tests'): geth --dev's.
const DevChainID = 1337

// DevChainConfig describes an in-process chain.
type DevChainConfig struct {
	ChainID *big.Int
	Alloc   types.GenesisAlloc
	// HTTPPort serves JSON-RPC (eth, net, web3) on 127.0.0.1 when > 0; 0 serves nothing
	// (the simulated chain of unit tests); -1 picks a free port.
	HTTPPort int
	// BlockPeriod seals a block this often even when there is nothing to include.
	BlockPeriod time.Duration
	// Instant seals a block as soon as a transaction is sent through Client(); tests use
	// it, the devnet keeps plain periodic blocks.
	Instant bool
}

// DevChain is a real go-ethereum node in-process with a simulated beacon sealing blocks.
type DevChain struct {
	cfg     DevChainConfig
	sim     *simulated.Backend
	httpURL string

	mu     sync.Mutex // serialises Commit and AdjustTime
	poke   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// NewDevChain describes a chain; Start creates it.
func NewDevChain(cfg DevChainConfig) *DevChain {
	if cfg.ChainID == nil {
		cfg.ChainID = big.NewInt(DevChainID)
	}
	if cfg.BlockPeriod == 0 {
		cfg.BlockPeriod = time.Second
	}
	return &DevChain{cfg: cfg, poke: make(chan struct{}, 1)}
}

// Start creates the chain and starts sealing blocks.
func (d *DevChain) Start(ctx context.Context) error {
	port := d.cfg.HTTPPort
	if port < 0 {
		p, err := freePort()
		if err != nil {
			return err
		}
		port = p
	}
	var startErr error
	func() {
		defer func() {
			if r := recover(); r != nil { // simulated.NewBackend panics on node errors
				startErr = fmt.Errorf("start dev chain: %v", r)
			}
		}()
		d.sim = simulated.NewBackend(d.cfg.Alloc, func(nc *node.Config, ec *ethconfig.Config) {
			ec.Genesis.Config = ChainConfig(d.cfg.ChainID)
			ec.NetworkId = d.cfg.ChainID.Uint64()
			if port > 0 {
				nc.HTTPHost = "127.0.0.1"
				nc.HTTPPort = port
				nc.HTTPModules = []string{"eth", "net", "web3"}
				nc.HTTPVirtualHosts = []string{"*"}
			}
		})
	}()
	if startErr != nil {
		return startErr
	}
	if port > 0 {
		d.httpURL = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	d.cancel, d.done = cancel, make(chan struct{})
	go d.seal(loopCtx)
	return nil
}

// Stop stops sealing and closes the node.
func (d *DevChain) Stop() error {
	if d.cancel != nil {
		d.cancel()
		<-d.done
	}
	if d.sim == nil {
		return nil
	}
	return d.sim.Close()
}

// Client is an in-process connection to the chain. With Instant set, a transaction sent
// through it is sealed into a block at once.
func (d *DevChain) Client() Backend {
	b := d.sim.Client().(Backend)
	if !d.cfg.Instant {
		return b
	}
	return pokingBackend{b, d.poke}
}

// pokingBackend asks the sealer for a block after each transaction it sends.
type pokingBackend struct {
	Backend
	poke chan struct{}
}

func (p pokingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := p.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	select {
	case p.poke <- struct{}{}:
	default: // a block is already due
	}
	return nil
}

// URL is the JSON-RPC address, empty when the chain serves none.
func (d *DevChain) URL() string { return d.httpURL }

// Commit seals a block now.
func (d *DevChain) Commit() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.sim.Commit()
}

// AdjustTime seals an empty block dt later than the last one (tests of time windows). The
// simulated beacon refuses while its transaction pool holds anything, and the pool drops a
// mined transaction a moment after its receipt is readable (on the new-head event), so a
// refusal is retried for a while, letting the sealer run in between.
func (d *DevChain) AdjustTime(dt time.Duration) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		d.mu.Lock()
		err := d.sim.AdjustTime(dt)
		d.mu.Unlock()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// seal seals a block a BlockPeriod after the last one (a poke seals one at once). The
// period restarts after each block: a fixed ticker, skipping a tick that came sooner than a
// period after a poked block, skipped every other tick too (a seal takes a few ms), which
// made a 1 s period 2 s.
func (d *DevChain) seal(ctx context.Context) {
	defer close(d.done)
	t := time.NewTimer(d.cfg.BlockPeriod)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-d.poke:
		}
		d.Commit()
		t.Reset(d.cfg.BlockPeriod)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
