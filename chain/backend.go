package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Backend is what coophive needs from a chain connection. *ethclient.Client and the
// simulated chain's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainStateReader
	PendingTransactionCount(ctx context.Context) (uint, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	// EstimateGasAtBlock estimates against a chosen block; rpc.PendingBlockNumber is the one
	// being built, with the next block's time.
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// ChainConfig is the fork set of every chain coophive starts: go-ethereum's dev chain
// config with the unreleased Bogota fork off (its storage gas rules cost 2-3.5x more).
func ChainConfig(chainID *big.Int) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	cfg.ChainID = new(big.Int).Set(chainID)
	return &cfg
}
