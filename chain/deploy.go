package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/contracts"
)

// Addresses are the deployed contracts of one market.
type Addresses struct {
	Token  common.Address `json:"token"`
	Market common.Address `json:"market"`
}

// MarketParams are the Market's constructor parameters.
type MarketParams struct {
	Bond         *big.Int // locked per registered solver or mediator role
	SolverFeeBps int64    // of the price, to the solver, on settlement
}

// DefaultMarketParams: a 10-token bond, a 1% solver fee. (Mediation fees are the jobs'.)
func DefaultMarketParams() MarketParams {
	return MarketParams{Bond: Tokens(10), SolverFeeBps: 100}
}

// Deployment is a market as deployed: its contracts and the block the Market was created in.
type Deployment struct {
	Addresses
	Block uint64 // the Market's creation block: no Market event is older
}

// Deploy deploys the token (whole supply to the deployer) and the Market, back to back, and
// waits for both receipts.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, supply *big.Int, p MarketParams) (Deployment, error) {
	bt, err := NewBatch(ctx, b, key)
	if err != nil {
		return Deployment{}, err
	}
	addrs, err := deploy(ctx, bt, supply, p)
	if err != nil {
		return Deployment{}, err
	}
	rs, err := bt.Wait(ctx)
	if err != nil {
		return Deployment{}, err
	}
	return Deployment{Addresses: addrs, Block: rs[len(rs)-1].BlockNumber.Uint64()}, nil
}

// deploy sends the token's and the Market's creations without waiting: the Market's
// constructor only stores the token's address, which the batch's nonce foretells.
func deploy(ctx context.Context, bt *Batch, supply *big.Int, p MarketParams) (Addresses, error) {
	tokenBin, err := decodeHex(contracts.TokenBin)
	if err != nil {
		return Addresses{}, err
	}
	tokenAddr, err := bt.Deploy(ctx, "deploy token", tokenBin, bindings.NewToken().PackConstructor("coophive", "HIVE", supply))
	if err != nil {
		return Addresses{}, err
	}
	marketBin, err := decodeHex(contracts.MarketBin)
	if err != nil {
		return Addresses{}, err
	}
	marketAddr, err := bt.Deploy(ctx, "deploy market", marketBin,
		bindings.NewMarket().PackConstructor(tokenAddr, p.Bond, big.NewInt(p.SolverFeeBps)))
	if err != nil {
		return Addresses{}, err
	}
	return Addresses{Token: tokenAddr, Market: marketAddr}, nil
}

func deployAndWait(ctx context.Context, b Backend, opts *bind.TransactOpts, bin, args []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(opts, bin, b, args)
	if err != nil {
		return common.Address{}, err
	}
	if _, err := waitOK(ctx, b, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

func newTxOpts(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = ctx
	return opts, nil
}

// waitOK waits for tx to be mined and fails unless it succeeded.
func waitOK(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	return waitOKPolling(ctx, b, tx, time.Second)
}

// waitOKPolling is waitOK polling at most maxDelay apart.
func waitOKPolling(ctx context.Context, b Backend, tx *types.Transaction, maxDelay time.Duration) (*types.Receipt, error) {
	r, err := waitMined(ctx, b, tx.Hash(), maxDelay)
	if err != nil {
		return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash().Hex(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("tx %s reverted (gas used %d of %d)", tx.Hash().Hex(), r.GasUsed, tx.Gas())
	}
	return r, nil
}

// waitMined polls for a receipt, fast at first (a local chain seals in milliseconds), then
// backing off to once every maxDelay. It returns once the chain's head has the receipt's block too:
// a receipt can be readable a moment before calls see its block's state (the in-process
// chain once showed a submitted deal still Agreed to the next call), and so can a lagging
// node behind a load balancer.
func waitMined(ctx context.Context, b Backend, hash common.Hash, maxDelay time.Duration) (*types.Receipt, error) {
	delay := 20 * time.Millisecond
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			if head, herr := b.BlockNumber(ctx); herr == nil && r.BlockNumber != nil && head >= r.BlockNumber.Uint64() {
				return r, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay = min(2*delay, maxDelay)
	}
}

// MarketCodeHash is the keccak256 of the Market's creation bytecode that this build deploys
// (contracts/artifacts/Market.bin, embedded). It is not the hash of the code at a Market's
// address: the constructor writes immutables (the token, the bond, the fee, the EIP-712
// domain) into the runtime code, which so differs from one deployment to another.
func MarketCodeHash() (common.Hash, error) {
	b, err := decodeHex(contracts.MarketBin)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

func decodeHex(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "0x")))
	if err != nil {
		return nil, fmt.Errorf("decode contract bytecode: %w", err)
	}
	return b, nil
}

// KeyAddress is the address of key.
func KeyAddress(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }
