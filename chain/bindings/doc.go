// Package bindings holds the abigen (v2) bindings of the Token and Market contracts,
// generated from contracts/artifacts by scripts/compile-contracts.sh. Do not edit market.go
// or token.go by hand: chain/artifacts_test.go fails when they drift from the sources.
package bindings
