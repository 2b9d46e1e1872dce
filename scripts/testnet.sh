#!/usr/bin/env bash
# A testnet of N separate node processes on this machine: a devnet (dev chain, contracts, a
# solver, a mediator, a resource provider) plus N more `coophive node` processes, each with its
# own data dir and funded key, taking the roles rp, solver and mediator in turn, all joining
# through the one bootstrap address in devnet.env. It then lists the network from a fresh node
# (every node's signed capability record must arrive), checks that every node knows every
# record too, and runs a cowsay job on it.
#
#   scripts/testnet.sh [N]        (N defaults to 10; COOPHIVE_BIN, BLOCK_PERIOD, PEERS_WAIT, KEEP)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
BIN=${COOPHIVE_BIN:-bin/coophive}
[ -x "$BIN" ] || go build -o "$BIN" .
dir=$(mktemp -d /tmp/coophive-testnet.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$dir"
}
trap cleanup EXIT

wait_for() { # file text seconds
  for _ in $(seq 1 $(( $3 * 10 ))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "testnet: no \"$2\" in $1:" >&2; tail -20 "$1" >&2; return 1
}

"$BIN" devnet --data-dir "$dir/devnet" --http-port 0 --extra-keys "$N" --block-period "${BLOCK_PERIOD:-1s}" >"$dir/devnet.log" 2>&1 &
pids+=($!)
wait_for "$dir/devnet.log" ready 120
# shellcheck disable=SC1091
source "$dir/devnet/devnet.env"
roles=(rp solver mediator)
i=0
while read -r key; do
  role=${roles[$((i % 3))]}
  WEB3_PRIVATE_KEY="$key" "$BIN" node --role "$role" --data-dir "$dir/node$i" \
    --listen /ip4/127.0.0.1/udp/0/quic-v1 --dht-server --deposit 50 >"$dir/node$i.log" 2>&1 &
  pids+=($!)
  i=$((i + 1))
done <"$dir/devnet/keys.txt"
for j in $(seq 0 $((N - 1))); do wait_for "$dir/node$j.log" "running as" 120; done
echo "testnet: $N node processes running, plus the devnet's solver, mediator and rp"

"$BIN" --log-level error peers --data-dir "$dir/peers" --wait "${PEERS_WAIT:-35s}" | tee "$dir/peers.txt"
seen=$(grep -c '^0x' "$dir/peers.txt" || true)
want=$((N + 3))
if [ "$seen" -lt "$want" ]; then
  echo "testnet: the network shows $seen capability records, want $want" >&2
  exit 1
fi
echo "testnet: $seen capability records, one per node"
# Every node, not only a fresh one, must see every record: each logs how many it knows.
known() { grep -o 'capability records known.*count=[0-9]*' | grep -o 'count=[0-9]*$' | cut -d= -f2 | sort -n | tail -1; }
short=0
for j in $(seq 0 $((N - 1))); do
  k=$(known <"$dir/node$j.log" || true)
  [ "${k:-0}" -ge "$want" ] || { echo "testnet: node$j knows ${k:-0} records, want $want" >&2; short=1; }
done
for name in solver mediator rp; do
  k=$(grep "node=$name" "$dir/devnet.log" | known || true)
  [ "${k:-0}" -ge "$want" ] || { echo "testnet: the devnet's $name knows ${k:-0} records, want $want" >&2; short=1; }
done
[ "$short" = 0 ] || exit 1
echo "testnet: each of the $want nodes knows all $want capability records"
rps=$("$BIN" --log-level error providers role:rp --data-dir "$dir/providers" --dht-server | grep -c '^0x' || true)
want_rps=$(( (N + 2) / 3 + 1 ))
if [ "$rps" -lt "$want_rps" ]; then
  echo "testnet: the DHT lists $rps resource providers, want $want_rps" >&2
  exit 1
fi
echo "testnet: the DHT lists $rps resource providers under role:rp"
"$BIN" run cowsay:v0.0.1 -i Message="hello from a testnet of $want nodes" --data-dir "$dir/jc"
echo "testnet: ok"
