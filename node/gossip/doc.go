// Package gossip owns the market's gossip validators: what a node accepts from strangers on
// the jobs, offers and capabilities topics, before any handler sees it. It checks
// encodings, signatures, the peer binding of an offer (or a job with files), validity
// windows (at most MaxValidity ahead), each author's stake in escrow (Stakes: cached,
// with a bounded number of chain reads per forwarding peer and in all), replays (repeats),
// each author's message rate, capability claims (Exceeds) and whether a job is settled
// already (a set fed by DealMatched events, then a bounded lookup).
//
// It reads the chain only through the two functions it is given (DealLookup,
// EscrowLookup), so its tests need no chain; package node wires them to the Market.
package gossip
