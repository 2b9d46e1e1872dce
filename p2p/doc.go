// Package p2p owns a node's place in the mesh: a libp2p host on QUIC whose identity is the
// node's secp256k1 key (so every peer id maps to an Ethereum address, see PeerAddress),
// gossipsub topics named by network (/coophive/<network>/<name>/1) with injected validators,
// content-addressed message ids and no libp2p author signing (payloads carry their own
// EIP-712 signatures), a kad-dht under a per-network protocol prefix, a bootstrap list, and
// the results stream protocol through which a deal's job creator fetches the result archive
// from the resource provider. It knows nothing about offers or deals: callers inject the
// validators and the archive lookup.
package p2p
