#!/bin/sh
# The compose testnet's one-shot steps (deploy/compose.yaml), run in the coophive image:
#   keys    a passphrase and a keystore per role in /testnet, and the chain's genesis (the
#           faucet's key funded)
#   deploy  Token and Market, the network file, every role's key in its data dir, and ETH and
#           tokens for the solver, the mediator, the RP and the JC (before the faucet starts:
#           its key sends nothing else while it runs)
# Each step does nothing when its work is there already, so `docker-compose up` after a
# `docker-compose down` (without -v) reuses the keys, the chain and the contracts.
set -eu
T=/testnet
JOBS=${COOPHIVE_JOBS_DIR:?}
umask 077

addr() { awk -v r="$1" '$1 == r { print $2 }' "$T/keys.txt"; }
peer() { awk -v r="$1" '$1 == r { print $3 }' "$T/keys.txt"; }

case "${1:-}" in
keys)
  if [ -f "$T/keys.txt" ]; then echo "keys: already in $T/keys"; exit 0; fi
  # The passphrase sits beside the keys in the volume: this testnet's keys guard test tokens.
  [ -s "$T/pass" ] || head -c 32 /dev/urandom | base64 | tr -d '\n' > "$T/pass"
  rm -rf "$T/keys"
  coophive keys generate --out "$T/keys" --passphrase-file "$T/pass" > "$T/keys.tmp"
  printf '{"%s": "1000000000000000000000"}\n' "$(awk '$1 == "faucet" { print $2 }' "$T/keys.tmp")" > "$T/genesis.json"
  mv "$T/keys.tmp" "$T/keys.txt"
  cat "$T/keys.txt"
  ;;
deploy)
  if [ -f "$T/network.json" ]; then echo "deploy: $T/network.json already written"; exit 0; fi
  coophive deploy --keystore "$T/keys/faucet.json" --passphrase-file "$T/pass" --out "$T/network.tmp" \
    --bootstrap "/ip4/$TESTNET_HOST/udp/$BOOT_PORT/quic-v1/p2p/$(peer solver)" \
    --mediators "$(addr mediator)" --solvers "$(addr solver)"
  coophive fund --network "$T/network.tmp" --keystore "$T/keys/faucet.json" --passphrase-file "$T/pass" \
    --eth 10 --tokens 1000 "$(addr solver)" "$(addr mediator)" "$(addr rp)" "$(addr jc)"
  # A new network: the RP's and the mediator's state from an earlier one (a `down -v` removes
  # the volume, not this host directory) would name deals of a chain that is gone.
  rm -rf "$JOBS/rp" "$JOBS/mediator"
  for d in "$T/boot:solver" "$T/faucet:faucet" "$T/jc:jc" "$JOBS/rp:rp" "$JOBS/mediator:mediator"; do
    mkdir -p "${d%:*}" && cp "$T/keys/${d#*:}.json" "${d%:*}/key.json"
  done
  chmod 0644 "$T/network.tmp"
  mv "$T/network.tmp" "$T/network.json"
  ;;
*)
  echo "usage: testnet-init.sh keys|deploy" >&2
  exit 2
  ;;
esac
