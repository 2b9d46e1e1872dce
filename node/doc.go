// Package node owns a coophive node's life: its configuration (validated once), its key (a
// go-ethereum keystore file in the data dir, or WEB3_PRIVATE_KEY for the dev stack), its
// roles, its store, and the wiring of p2p, matching, chain and runner.
//
// Roles:
//   - rp (resource provider): signs and gossips a resource offer for its free slots (the jobs
//     its machine runs at once, less those it runs; re-published while a slot is free), runs
//     the deals it is matched into through the runner (in-process, or on a
//     bacalhau cluster with Config.BacalhauAPI): the module loaded at its pinned commit and
//     checked against its template hash, the input files fetched from the JC and checked
//     against their hashes. It stores the result archive in the data dir, submits its sha256
//     on-chain and serves the archive to the deal's job creator and drawn mediator over the
//     results protocol. A job that does not check out, or that it cannot run as signed (the
//     signed spec below the module's needs, the module's engine missing, a run that would
//     outlast the submit window: runInWindow), is refused (Market.refuseDeal) inside the
//     window, so it never loses collateral for it.
//   - solver: registers (bond), keeps a book of live resource offers and the pending job
//     offers from gossip; when its window for a job opens it picks the best offer with
//     matching.Match and calls Market.matchDeal (reverts are caught by gas estimation, never
//     sent); an offer the contract refused for a job (e.g. on a mediator's own terms, which
//     the book cannot see) is skipped for that job.
//   - mediator: registers with a bond and its terms (Config.Mediator: the least fee, the
//     shortest window, the most mediations at once; a mediator slashed for silence, and so removed from the registry,
//     takes the rest back and registers again when it starts); when drawn for a challenged
//     deal it re-runs the job and rules: the same result hash accepts; for a deterministic
//     module another hash rejects; for a non-deterministic one it compares the archives'
//     shape (archive.SameShape); a module said to be deterministic whose two re-runs here
//     differ is judged by shape. When it cannot re-run the job in its window it recuses.
//   - jc (job creator): RunJob signs and gossips a job offer (with the mediation fee and the
//     bounds on the provider's terms of Config.Job; its escrow topped up first, in one
//     depositWithPermit transaction sent while it waits for a peer), waits for its deal, fetches the
//     result archive from the provider, checks its sha256 against the on-chain result hash,
//     and judges: it challenges a missing, mismatching or failed result, and a good one with
//     probability MediationChance (a spot-check); otherwise it accepts, and returns once the
//     accept transaction is sent (JobResult.Settled waits for its block). It resolves a git
//     module's tag to a pin and serves its job's input files to the deal's RP and mediator.
//
// Every node also learns jobs that contracts post on-chain (JobPosted): solvers match them
// like gossiped ones.
//
// Every node follows the deals it is party to (a keeper follows all) with dealWatch, driven
// by chain events plus a one-second ticker, and calls the timeouts that protect its own
// money once their windows pass (a challenged deal's mediator is drawn first by its JC, after
// a grace period by its RP or a keeper). Its store (bbolt, node.db in the data dir) keeps the
// last block whose events it handled, the deals it follows and the job offers of its deals,
// so after a crash (even SIGKILL) it replays events from there and finishes its deals: an RP
// runs and submits, a mediator rules, a JC judges a result its RunJob did not live to see.
//
// Besides the gossip topics (jobs, offers, capabilities) every node answers small
// request/response protocols: results (an RP's archives, to the deal's parties), inputs (a
// job's input files, to the deal's RP and mediator), job (a job offer it has seen, which
// proves itself by its digest), capability (its signed record);
// solvers also answer why (the nearest offers for a job that found no deal, and what each
// lacks).
//
// Strangers: a gossiped job or offer is handled only if it is valid for at most gossip.MaxValidity
// (24 h) and its author holds at stake, in free escrow on-chain, what the message promises
// (a job its maxPrice plus collateral, an offer its timeout collateral; at least gossip.MinStake).
// A node reads an author's escrow once and caches it; reads for authors not known to be
// staked are rate-limited per forwarding peer and in all, so a flood of fresh keys costs a
// bounded number of eth_calls and nothing else (no store write, no deal lookup, no rate or
// replay entry). Gossiped jobs are kept in memory (bounded); an RP writes a job to the store
// when a deal makes it its own. Every per-node map (jobs, providers, pending jobs, authors'
// rates, replays, capability records) has a bound. A deal's input files are fetched only from
// the peer the creator's key derives to (askJob too refuses a job naming another key's
// peer), at most MaxInputBytes per deal in all. `coophive bench flood` measures a node under
// such a flood.
//
// With Config.MetricsAddr a node serves /metrics (its own Prometheus registry, go-libp2p's
// collectors on it), /healthz and /readyz (metrics.go): counters on the hot paths; the
// chain's head and the node's escrow read when scraped, with a deadline.
//
// With Config.APIAddr a node serves the node API (package api, wired in apiserver.go: the
// node is its Backend): its view of the market and the chain's deals as JSON, its events
// (offers, jobs, deal state changes, peers: events.Bus, published from the gossip handlers
// and the chain follower) as server-sent events, and for a jc job submission behind the
// bearer token in DATA_DIR/api-token. A JC keeps each result it fetched and checked, and a
// mediator a re-run equal to the submitted result, under DATA_DIR/results for the API.
//
// Faults (faults.go) make a node misbehave on purpose, for tests of the remedies: the
// node's tests set them, and the binary takes them from --fault only when built with -tags
// faults.
//
// Constructors do no I/O; Start does; Stop undoes in reverse and waits for every goroutine.
package node
