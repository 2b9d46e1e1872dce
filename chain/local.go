package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain/bindings"
)

// Ether is 10^18 wei; token amounts use the same 18 decimals.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Ether) }

// DefaultSupply is the token supply a market is deployed with unless told otherwise: 1,000,000.
func DefaultSupply() *big.Int { return Tokens(1_000_000) }

// LocalConfig describes a local market: a dev chain, the contracts, funded accounts.
type LocalConfig struct {
	ChainID     *big.Int
	HTTPPort    int           // see DevChainConfig.HTTPPort
	BlockPeriod time.Duration // default 1 s
	Instant     bool          // seal as soon as a transaction is pending (tests)
	Accounts    []*ecdsa.PrivateKey
	EtherEach   *big.Int      // gas money per account, in genesis; default 100 ether
	TokensEach  *big.Int      // tokens per account; default 1000
	Supply      *big.Int      // token supply; default DefaultSupply
	Params      *MarketParams // default DefaultMarketParams
}

// Local is a running local market.
type Local struct {
	Chain    *DevChain
	Deployer *ecdsa.PrivateKey
	Addrs    Addresses
}

// StartLocal starts a dev chain, deploys the contracts and funds the accounts.
func StartLocal(ctx context.Context, cfg LocalConfig) (*Local, error) {
	if cfg.EtherEach == nil {
		cfg.EtherEach = new(big.Int).Mul(big.NewInt(100), Ether)
	}
	if cfg.TokensEach == nil {
		cfg.TokensEach = Tokens(1000)
	}
	if cfg.Supply == nil {
		cfg.Supply = DefaultSupply()
	}
	deployer, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generate deployer key: %w", err)
	}
	alloc := types.GenesisAlloc{KeyAddress(deployer): {Balance: new(big.Int).Mul(big.NewInt(1000), Ether)}}
	for _, k := range cfg.Accounts {
		alloc[KeyAddress(k)] = types.Account{Balance: cfg.EtherEach}
	}
	dc := NewDevChain(DevChainConfig{ChainID: cfg.ChainID, Alloc: alloc, HTTPPort: cfg.HTTPPort,
		BlockPeriod: cfg.BlockPeriod, Instant: cfg.Instant})
	if err := dc.Start(ctx); err != nil {
		return nil, err
	}
	l := &Local{Chain: dc, Deployer: deployer}
	if err := l.setup(ctx, cfg); err != nil {
		return nil, errors.Join(err, dc.Stop())
	}
	return l, nil
}

// setup deploys the contracts and sends every account its tokens, back to back from the
// deployer (the ether is in genesis): the lot is mined in a block or two, and waited for once.
func (l *Local) setup(ctx context.Context, cfg LocalConfig) error {
	ctx, cancel := context.WithTimeout(ctx, setupTimeout)
	defer cancel()
	params := DefaultMarketParams()
	if cfg.Params != nil {
		params = *cfg.Params
	}
	bt, err := NewBatch(ctx, l.Chain.Client(), l.Deployer)
	if err != nil {
		return err
	}
	addrs, err := deploy(ctx, bt, cfg.Supply, params)
	if err != nil {
		return err
	}
	tok := bindings.NewToken()
	for _, k := range cfg.Accounts {
		to := KeyAddress(k)
		if _, err := bt.Send(ctx, "fund "+to.Hex()+" with tokens", &addrs.Token, nil, tok.PackTransfer(to, cfg.TokensEach), GasTransfer); err != nil {
			return err
		}
	}
	if _, err := bt.Wait(ctx); err != nil {
		return fmt.Errorf("set up the local market: %w", err)
	}
	l.Addrs = addrs
	return nil
}

// setupTimeout bounds a local market's setup: a few blocks' work.
const setupTimeout = time.Minute

// Stop stops the chain.
func (l *Local) Stop() error { return l.Chain.Stop() }
