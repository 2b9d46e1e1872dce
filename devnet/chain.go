package devnet

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain"
)

// The persistent private chain of `coophive chain` (chain.Testnet), for main, which reaches
// chain through devnet: a private testnet's chain is the devnet's, kept in a data dir.
type (
	ChainConfig = chain.TestnetConfig
	Chain       = chain.Testnet
)

// DefaultChainConfig is `coophive chain`'s: chain.DefaultTestnetConfig.
func DefaultChainConfig() ChainConfig { return chain.DefaultTestnetConfig() }

// NewChain describes a persistent private chain; its Start opens or creates it.
func NewChain(cfg ChainConfig) *Chain { return chain.NewTestnet(cfg) }

// ChainStored says whether dataDir holds a chain already (chain.TestnetStored).
func ChainStored(dataDir string) bool { return chain.TestnetStored(dataDir) }

// ChainAlloc is the genesis allocations of a file (chain.ParseAlloc; "" for none) plus ADDR=WEI
// entries, which win over the file's.
func ChainAlloc(file string, entries []string) (types.GenesisAlloc, error) {
	alloc := types.GenesisAlloc{}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read genesis allocations: %w", err)
		}
		if alloc, err = chain.ParseAlloc(data); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
	}
	for _, e := range entries {
		addr, wei, err := chain.ParseAllocFlag(e)
		if err != nil {
			return nil, err
		}
		alloc[addr] = types.Account{Balance: wei}
	}
	return alloc, nil
}
