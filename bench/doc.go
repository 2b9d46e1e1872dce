// Package bench holds the benchmarks that `coophive bench` runs and prints: the gas of every
// deal path (Gas), the matcher's speed (Match), a job's latency to its deal on a devnet
// (DealLatency), whole `coophive run` processes of the built binary on a devnet against
// `docker run` (Run), gossip delivery across many nodes in one process (Gossip) and a flood
// of signed messages without escrow (Flood). Each returns or prints one line of figures that
// README quotes. It sits beside main: it imports node, devnet and test support
// (chain/chaintest); nothing imports it but main.
package bench
