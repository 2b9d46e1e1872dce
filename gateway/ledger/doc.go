// Package ledger owns the gateway's books: its users, their API keys, what they were
// credited, and what each of their jobs holds, was charged or was refunded. It is the data
// layer of `coophive gateway` (a JC node serving users without wallets); the HTTP side, the
// deposit watcher and the reconciler against the chain use it and live elsewhere.
//
// # Databases
//
// One database/sql code path runs on two databases: SQLite (modernc.org/sqlite, pure Go: a
// file in the gateway's data dir, the default) and Postgres (jackc/pgx's stdlib driver, by
// URL, for operators who outgrow one machine). Open connects and applies the numbered SQL
// files of migrations/<dialect>/ it lacks, in one transaction, recording each in
// schema_version; a database migrated by a newer build is refused (ErrSchemaTooNew).
// SQLite runs in WAL mode with busy_timeout, foreign keys, synchronous=FULL and BEGIN
// IMMEDIATE for every write transaction.
//
// # Amounts
//
// Amounts are token base units, up to MaxAmount (2^256-1), handled as *big.Int. Postgres
// stores them as NUMERIC(78,0): exact integers of up to 78 digits, and 2^256-1 has 78.
// SQLite has no such type: its INTEGER stops at 2^63-1 and its REAL is a double, exact only
// to 2^53; so a SQLite amount is canonical decimal TEXT (digits only, no leading zero, at
// most 78), enforced by CHECK constraints on STRICT tables. Decimal text rather than a
// 32-byte blob because it reads the same in the sqlite3 shell as in psql, and both databases
// take the same bound argument (the decimal string). Neither database does arithmetic on
// amounts: the ledger reads an account inside a write transaction, computes with math/big
// and writes it back, so the two cannot drift in rounding or overflow.
//
// # Concurrency
//
// Every write that touches a user's money takes the user's row first (Postgres: SELECT ...
// FOR UPDATE; SQLite: the transaction's write lock, taken at BEGIN IMMEDIATE), so writes for
// one user take turns and a balance is never read by two writers at once: no overdraft,
// whatever runs concurrently, in one process or several. Jobs are locked after their user,
// the one lock order.
//
// # The books
//
// A user's row keeps the account (credited, charged, reserved, available), changed in the
// same transaction as the journal rows that explain it: credits (idempotent by ref: a
// deposit's is DepositRef(tx hash, log index)) and jobs. Always
//
//	credited - charged - reserved = available, available >= 0
//
// and Audit recomputes the account from the journal to prove it.
//
// # A job's charge
//
// A job's money moves in steps, each one committed transaction, so a gateway killed between
// any two leaves the books balanced and the job findable:
//
//  1. Reserve(user, ref, amount), before the job offer is published: ref is the signed
//     offer's digest (also the id of the deal it makes). The amount moves from available to
//     reserved; a short balance is ErrInsufficientFunds. Idempotent by ref.
//  2. Attach(ref, deal), once matched. Idempotent.
//  3. Finish(ref, outcome, charged), once the deal is terminal on chain (or the offer expired
//     unmatched): charged (at most the reservation) is charged, the rest returns to
//     available. Idempotent; a different second outcome is ErrFinished.
//
// After a restart Unfinished pages through the reserved and matched jobs: exactly those a
// reconciler must settle against the chain. A job reserved but never published costs its
// user nothing once finished as refunded.
package ledger
