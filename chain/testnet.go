package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestnetConfig describes a persistent private chain: `coophive chain`.
type TestnetConfig struct {
	// DataDir holds the node's database (DataDir/chain/chaindata); required.
	DataDir string
	ChainID *big.Int // default DevChainID
	// Alloc funds accounts in genesis (the fork set's system contracts are added).
	Alloc types.GenesisAlloc
	// HTTPAddr serves JSON-RPC over HTTP and WebSocket (eth, net, web3), host:port; port 0
	// picks a free one.
	HTTPAddr string
	// BlockPeriod seals a block this often; 0 seals one as soon as a transaction arrives.
	BlockPeriod time.Duration
}

// DefaultTestnetConfig is `coophive chain`'s: the dev chain id, JSON-RPC on 127.0.0.1:8545,
// a block a second.
func DefaultTestnetConfig() TestnetConfig {
	return TestnetConfig{ChainID: big.NewInt(DevChainID), HTTPAddr: "127.0.0.1:8545", BlockPeriod: time.Second}
}

// Testnet is a real go-ethereum node with its own database in a data dir and a simulated
// beacon sealing its blocks: a private testnet's chain. Its first start writes the genesis,
// later ones reopen the same chain and refuse another genesis or chain id.
type Testnet struct {
	cfg    TestnetConfig
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon

	cancel context.CancelFunc
	done   chan struct{}
}

// NewTestnet describes a chain; Start opens or creates it.
func NewTestnet(cfg TestnetConfig) *Testnet {
	def := DefaultTestnetConfig()
	if cfg.ChainID == nil {
		cfg.ChainID = def.ChainID
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = def.HTTPAddr
	}
	return &Testnet{cfg: cfg}
}

// Genesis is the chain's genesis: ChainConfig's fork set, the system contracts and Alloc.
func (t *Testnet) Genesis() *core.Genesis {
	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, t.cfg.Alloc)
	return &core.Genesis{Config: ChainConfig(t.cfg.ChainID), GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: alloc}
}

// ErrGenesisChanged is returned by Start when the data dir holds a chain of another genesis
// or chain id.
var ErrGenesisChanged = errors.New("genesis changed")

// ErrNoAlloc is returned by Start when the data dir holds no chain and no account is funded.
var ErrNoAlloc = errors.New("no account funded")

// testnetName is the go-ethereum node's name: its files are in DataDir/testnetName.
const testnetName = "chain"

// TestnetStored says whether dataDir holds a chain's database (a restart needs no
// allocations). It creates nothing.
func TestnetStored(dataDir string) bool {
	_, err := os.Stat(filepath.Join(dataDir, testnetName, "chaindata"))
	return err == nil
}

// Start opens the chain in DataDir (writing its genesis on the first start), serves
// JSON-RPC and starts sealing blocks.
func (t *Testnet) Start(ctx context.Context) error {
	if t.cfg.DataDir == "" {
		return errors.New("chain: no data dir")
	}
	host, portText, err := net.SplitHostPort(t.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("chain: HTTP address %q: %w", t.cfg.HTTPAddr, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil || port < 0 || port > 65535 {
		return fmt.Errorf("chain: HTTP address %q: bad port", t.cfg.HTTPAddr)
	}
	if host == "" {
		host = "0.0.0.0"
	}
	nc := node.DefaultConfig
	nc.Name = testnetName
	nc.DataDir = t.cfg.DataDir
	nc.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nc.HTTPHost, nc.HTTPPort = host, port
	nc.HTTPModules = []string{"eth", "net", "web3"}
	nc.HTTPVirtualHosts = []string{"*"}
	nc.WSHost, nc.WSPort = host, port // one port serves both
	nc.WSModules = nc.HTTPModules
	nc.WSOrigins = []string{"*"}
	stack, err := node.New(&nc)
	if err != nil {
		return fmt.Errorf("chain: open %s: %w", t.cfg.DataDir, err)
	}
	t.stack = stack
	fail := func(err error) error { return errors.Join(err, t.close()) }
	genesis := t.Genesis()
	exists, err := t.checkGenesis(genesis)
	if err != nil {
		return fail(err)
	}
	if !exists && len(t.cfg.Alloc) == 0 {
		return fail(fmt.Errorf("chain: %s holds no chain and no account is funded: %w", t.cfg.DataDir, ErrNoAlloc))
	}
	ec := ethconfig.Defaults
	ec.Genesis = genesis
	if exists && len(t.cfg.Alloc) == 0 {
		ec.Genesis = nil // a restart with no allocations given: the chain as stored
	}
	ec.NetworkId = t.cfg.ChainID.Uint64()
	ec.SyncMode = ethconfig.FullSync
	ec.TrieDirtyCache = 256 // the path scheme's most; the default draws a warning
	backend, err := eth.New(stack, &ec)
	if err != nil {
		var mismatch *core.GenesisMismatchError
		if errors.As(err, &mismatch) {
			return fail(fmt.Errorf("chain: %s holds a chain of another genesis: %w", t.cfg.DataDir, ErrGenesisChanged))
		}
		return fail(fmt.Errorf("chain: start the node: %w", err))
	}
	t.eth = backend
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		return fail(fmt.Errorf("chain: start the node: %w", err))
	}
	// Period 0: the beacon seals nothing by itself; seal below does, on our schedule.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return fail(fmt.Errorf("chain: start the beacon: %w", err))
	}
	t.beacon = beacon
	loopCtx, cancel := context.WithCancel(context.Background())
	t.cancel, t.done = cancel, make(chan struct{})
	go t.seal(loopCtx)
	return nil
}

// checkGenesis says whether the data dir holds a chain already, and refuses one of another
// chain id (go-ethereum would silently take a new one) or, when allocations are given, of
// another genesis block.
func (t *Testnet) checkGenesis(g *core.Genesis) (bool, error) {
	if _, err := os.Stat(t.stack.ResolvePath("chaindata")); errors.Is(err, os.ErrNotExist) {
		return false, nil // a first start
	}
	db, err := t.stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true})
	if err != nil {
		return false, fmt.Errorf("chain: open the database in %s: %w", t.cfg.DataDir, err)
	}
	defer db.Close()
	stored := rawdb.ReadCanonicalHash(db, 0)
	if stored == (common.Hash{}) {
		return false, nil
	}
	if cfg := rawdb.ReadChainConfig(db, stored); cfg != nil && cfg.ChainID != nil && cfg.ChainID.Cmp(t.cfg.ChainID) != 0 {
		return true, fmt.Errorf("chain: %s holds chain id %s, not %s (start with the same chain id, or another data dir): %w",
			t.cfg.DataDir, cfg.ChainID, t.cfg.ChainID, ErrGenesisChanged)
	}
	if h := g.ToBlock().Hash(); len(t.cfg.Alloc) > 0 && h != stored {
		return true, fmt.Errorf("chain: %s holds a chain of another genesis (block 0 %s, these allocations make %s; start with the same allocations, none, or another data dir): %w",
			t.cfg.DataDir, stored.TerminalString(), h.TerminalString(), ErrGenesisChanged)
	}
	return true, nil
}

// Stop stops sealing, then closes the node, which writes its state to disk.
func (t *Testnet) Stop() error {
	if t.cancel != nil {
		t.cancel()
		<-t.done
		t.cancel = nil
	}
	return t.close()
}

func (t *Testnet) close() error {
	var err error
	if t.beacon != nil {
		err = t.beacon.Stop()
		t.beacon = nil
	}
	if t.stack != nil {
		if cerr := t.stack.Close(); cerr != nil && !errors.Is(cerr, node.ErrNodeStopped) {
			err = errors.Join(err, fmt.Errorf("chain: close the node: %w", cerr))
		}
		t.stack = nil
	}
	return err
}

// URL is the JSON-RPC URL over HTTP, WSURL over WebSocket (the same port).
func (t *Testnet) URL() string { return t.stack.HTTPEndpoint() }

// WSURL is the JSON-RPC URL over WebSocket.
func (t *Testnet) WSURL() string { return t.stack.WSEndpoint() }

// Head is the number of the chain's head block.
func (t *Testnet) Head() uint64 { return t.eth.BlockChain().CurrentBlock().Number.Uint64() }

// seal seals a block a BlockPeriod after the last one, or with a period of 0 as soon as
// transactions arrive (and again while blocks take them).
func (t *Testnet) seal(ctx context.Context) {
	defer close(t.done)
	if t.cfg.BlockPeriod > 0 {
		timer := time.NewTimer(t.cfg.BlockPeriod)
		defer timer.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-timer.C:
			}
			t.beacon.Commit()
			timer.Reset(t.cfg.BlockPeriod)
		}
	}
	// The pool's events are read apart from sealing: a seal waits for the pool, whose event
	// feed would wait for this goroutine.
	poke := make(chan struct{}, 1)
	txs := make(chan core.NewTxsEvent, 16)
	sub := t.eth.TxPool().SubscribeTransactions(txs, true)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.Err():
				return
			case <-txs:
				select {
				case poke <- struct{}{}:
				default: // a seal is due already
				}
			}
		}
	}()
	defer func() { sub.Unsubscribe(); wg.Wait() }()
	for {
		select {
		case <-ctx.Done():
			return
		case <-poke:
		}
		for ctx.Err() == nil {
			t.beacon.Commit()
			_ = t.eth.TxPool().Sync()
			// Again while transactions are executable and the last block took some; one the
			// miner leaves out (its tip too low) waits for the next arrival.
			head := t.eth.BlockChain().CurrentBlock()
			body := t.eth.BlockChain().GetBody(head.Hash())
			if pending, _ := t.eth.TxPool().Stats(); pending == 0 || body == nil || len(body.Transactions) == 0 {
				break
			}
		}
	}
}

// ParseAlloc reads genesis allocations: a JSON object from address to wei (a decimal or 0x
// hex number, or a string of one), or go-ethereum's genesis alloc format (address to
// {"balance": ..., "code": ..., ...}), or a whole genesis file (its "alloc").
func ParseAlloc(data []byte) (types.GenesisAlloc, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("genesis allocations: want a JSON object of address to wei: %w", err)
	}
	if a, ok := top["alloc"]; ok {
		top = nil
		if err := json.Unmarshal(a, &top); err != nil {
			return nil, fmt.Errorf("genesis allocations: alloc: %w", err)
		}
	}
	alloc := types.GenesisAlloc{}
	for k, v := range top {
		if !common.IsHexAddress(k) {
			return nil, fmt.Errorf("genesis allocations: %q is not an address", k)
		}
		addr := common.HexToAddress(k)
		if s := strings.TrimSpace(string(v)); strings.HasPrefix(s, "{") {
			var acc types.Account
			if err := json.Unmarshal(v, &acc); err != nil {
				return nil, fmt.Errorf("genesis allocations: %s: %w", k, err)
			}
			alloc[addr] = acc
			continue
		}
		var text string
		if err := json.Unmarshal(v, &text); err != nil {
			text = string(v) // a bare number
		}
		wei, err := ParseWei(text)
		if err != nil {
			return nil, fmt.Errorf("genesis allocations: %s: %w", k, err)
		}
		alloc[addr] = types.Account{Balance: wei}
	}
	return alloc, nil
}

// ParseAllocFlag reads one ADDR=WEI.
func ParseAllocFlag(s string) (common.Address, *big.Int, error) {
	a, w, ok := strings.Cut(s, "=")
	if !ok || !common.IsHexAddress(strings.TrimSpace(a)) {
		return common.Address{}, nil, fmt.Errorf("allocation %q: want ADDR=WEI, e.g. 0x70997970C51812dc3A010C7d01b50e0d17dc79C8=1000000000000000000000", s)
	}
	wei, err := ParseWei(w)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("allocation %q: %w", s, err)
	}
	return common.HexToAddress(strings.TrimSpace(a)), wei, nil
}

// ParseWei reads a non-negative amount of wei, decimal or 0x hex.
func ParseWei(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	digits, base := s, 10
	if h, ok := strings.CutPrefix(strings.ToLower(s), "0x"); ok {
		digits, base = h, 16
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount of wei (decimal or 0x hex)", s)
	}
	return v, nil
}
