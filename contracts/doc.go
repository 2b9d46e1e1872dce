// Package contracts holds coophive's Solidity sources (src/: Token, Market and the example
// on-chain client CowsayClient), the compiled artifacts
// (artifacts/: ABI and bytecode from the pinned npm solc, see scripts/compile-contracts.sh)
// and exposes the bytecode to Go. chain/bindings holds the abigen bindings of the same ABI.
package contracts

import _ "embed"

// TokenBin is the Token's creation bytecode, hex.
//
//go:embed artifacts/Token.bin
var TokenBin string

// MarketBin is the Market's creation bytecode, hex.
//
//go:embed artifacts/Market.bin
var MarketBin string

// CowsayClientBin is the example on-chain job creator's creation bytecode, hex.
//
//go:embed artifacts/CowsayClient.bin
var CowsayClientBin string
