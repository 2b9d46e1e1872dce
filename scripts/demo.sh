#!/usr/bin/env bash
# The whole market on this machine: starts a Docker engine if needed, builds coophive,
# starts the devnet (dev chain + contracts + solver + resource provider), runs one cowsay job
# as a job creator from the shell, and shows the cow and the deal as settled on-chain.
set -euo pipefail
cd "$(dirname "$0")/.."
export GONOSUMDB=github.com/bacalhau-project/bacalhau GOFLAGS=-mod=mod
command -v go >/dev/null || { echo "demo: Go is required (https://go.dev/dl)" >&2; exit 1; }

scripts/start-docker.sh
echo "demo: building bin/coophive (the first build takes several minutes)"
go build -o bin/coophive .

dir=$(mktemp -d /tmp/coophive-demo.XXXXXX)
bin/coophive devnet --data-dir "$dir" --http-port 0 >"$dir/devnet.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  grep -q ready "$dir/devnet.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/devnet.log" >&2; exit 1; }
  sleep 0.5
done
grep -q ready "$dir/devnet.log" || { echo "demo: devnet did not become ready" >&2; cat "$dir/devnet.log" >&2; exit 1; }
grep ready "$dir/devnet.log"

# shellcheck disable=SC1091
source "$dir/devnet.env"
echo
echo "\$ coophive run cowsay:v0.0.1 -i Message=\"${MESSAGE:-moo from coophive}\""
bin/coophive run cowsay:v0.0.1 -i Message="${MESSAGE:-moo from coophive}" 2> >(tee "$dir/run.err" >&2)
deal=$(grep -o '^deal 0x[0-9a-f]\{64\}' "$dir/run.err" | tail -1 | cut -d' ' -f2)
# run returns once its accept is sent; give it the block or two it takes to be mined.
for _ in $(seq 1 20); do
  bin/coophive inspect "$deal" | grep -q ResultsSubmitted || break
  sleep 0.5
done
echo
echo "\$ coophive inspect $deal"
bin/coophive inspect "$deal"
echo
echo "demo: done (devnet log: $dir/devnet.log)"
