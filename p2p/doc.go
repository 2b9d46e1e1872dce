// Package p2p owns a node's place in the mesh: a libp2p host (QUIC first, TCP as fallback,
// a connection manager, AutoNAT, port mapping, relay v2 and hole punching) whose identity is
// the node's secp256k1 key, so every peer id maps to an Ethereum address (PeerAddress);
// gossipsub topics named by network (/coophive/<network>/<name>/1) with injected validators
// (what a validator decodes reaches the handler, so a message is decoded once), a thin mesh
// for many small messages (gossipParams), content-addressed message ids, no libp2p author
// signing (payloads carry their own EIP-712 signatures) and peer scoring tuned for sparse
// topics with graylisting; a kad-dht under a per-network protocol prefix; optional mDNS
// discovery under a per-network service name; signed capability records (libp2p envelopes);
// and small request/response protocols (Serve, Ask) on which the results and input file
// transfers, "why no match" and capability pulls run. A frame's memory follows the bytes
// that arrive, not the length it declares, and each answer has a limit (AskLimit). Connect
// dials a peer by its id: the handshake proves its key, and when the peer's signed peer record
// is known (kept from identify in the certified address book) only its addresses are dialled,
// not those a message carried. The capability records a node keeps are bounded, connected
// peers' kept first. It knows nothing about offers or deals: callers inject validators and
// answers.
package p2p
