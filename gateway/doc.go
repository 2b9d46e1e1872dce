// Package gateway is `coophive gateway`: a job creator node that serves users without
// wallets. Users sign up for an API key; the operator credits them (`coophive gateway
// credit`), or a testnet gateway credits each new user a fixed amount; each job a user runs
// is charged to them in the ledger (package gateway/ledger) and paid by the gateway's own
// key on chain.
//
// # The books follow the chain
//
// A job's charge is recorded before its offer exists anywhere else: the node calls
// node.Job.Offered with the signed offer's id (the id of the deal it makes) before it
// publishes the offer, and the gateway reserves the most the job can cost (the node's
// MaxPrice plus its MediationFee) under that id. Once the deal ends on chain, the job is
// finished with what the deal cost the gateway's key (Charge); an offer that expired
// unmatched is finished refunded, once the chain's head (read before the deal) is past the
// offer's life recorded with the reservation: never on the node's or the wall clock's word
// alone, since a match that lands after a refund would be paid and charged to nobody. A gateway killed at any point finds every unfinished job
// in the ledger when it starts again, and settles each against the chain (reconcile): the
// deal, if any, is followed to its end by the restarted node (which judges what it had not
// judged), and a job with no deal is refunded once its offer can no longer match. So no
// charge is lost and none is made twice (the ledger's Finish is idempotent).
//
// # HTTP
//
// Besides the node API and the market page, the gateway serves /api/v1/gateway/...: info
// (modules, price), signup, me (balance and jobs), jobs (run one; read one with its stdout).
// Users authenticate with their API key as a bearer token.
package gateway
