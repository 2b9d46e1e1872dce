#!/usr/bin/env bash
# Compiles the Solidity sources with the pinned npm solc and regenerates the Go bindings.
# Both outputs are committed; chain/artifacts_test.go fails when they drift from the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d contracts/node_modules/solc ] || (cd contracts && npm ci --no-audit --no-fund)
node scripts/compile-contracts.js "$@"
out=contracts/artifacts
# CowsayClient's binding has its own package: it repeats the Market's Terms struct. Token's
# eip712Domain is renamed tokenEip712Domain: its output struct would repeat the Market's
# (chain/artifacts_test.go generates them the same way).
for spec in Token:bindings Market:bindings CowsayClient:cowsay; do
  n=${spec%%:*} pkg=${spec#*:}
  dir=chain/bindings
  [ "$pkg" = bindings ] || dir=chain/bindings/$pkg
  extra=()
  [ "$n" = Token ] && extra=(--alias eip712Domain=tokenEip712Domain)
  mkdir -p "$dir"
  go tool abigen --v2 --abi "$out/$n.abi" --bin "$out/$n.bin" --pkg "$pkg" --type "$n" "${extra[@]}" --out "$dir/$(echo "$n" | tr 'A-Z' 'a-z').go"
done
echo "bindings written to chain/bindings"
