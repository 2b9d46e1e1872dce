// Package node owns a coophive node's life: its configuration (validated once), its key (a
// go-ethereum keystore file in the data dir, or WEB3_PRIVATE_KEY for the dev stack), its
// roles, its small on-disk state, and the wiring of p2p, matching, chain and runner.
//
// Roles:
//   - rp (resource provider): signs and gossips a resource offer (re-published while it has
//     capacity), runs the deals it is matched into through the runner, stores the result
//     archive in the data dir, submits its hash on-chain and serves the archive to the deal's
//     job creator over the results protocol.
//   - solver: keeps a book of live resource offers and the pending job offers from gossip;
//     when its window for a job opens it picks the best offer with matching.Match and calls
//     Market.matchDeal (reverts are caught by gas estimation, never sent).
//   - jc (job creator): RunJob signs and gossips a job offer, waits for its deal, fetches the
//     result archive from the provider, checks its sha256 against the on-chain result hash
//     and accepts it.
//
// Everything a node does on its own behalf is driven by chain events (chain.Follower) plus
// a ticker, so a missed message is caught up. Constructors do no I/O; Start does; Stop undoes
// in reverse and waits for every goroutine.
package node
