package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors: callers test them with errors.Is; the returned errors wrap them with
// what was asked.
var (
	// ErrNotFound: no such user, key or job.
	ErrNotFound = errors.New("ledger: not found")
	// ErrInsufficientFunds: a reservation larger than the user's available balance.
	ErrInsufficientFunds = errors.New("ledger: insufficient funds")
	// ErrUnauthorized: an API key that is unknown, malformed or revoked.
	ErrUnauthorized = errors.New("ledger: unauthorized")
	// ErrConflict: an idempotency key (a credit's ref, a job's ref, a deal id, a user's name)
	// already used with other terms.
	ErrConflict = errors.New("ledger: conflict")
	// ErrFinished: a job already finished, asked to change.
	ErrFinished = errors.New("ledger: job already finished")
	// ErrInvalidAmount: an amount that is nil, negative, zero where it must be positive, or
	// above MaxAmount; or a charge above the job's reservation.
	ErrInvalidAmount = errors.New("ledger: invalid amount")
	// ErrTooManyKeys: a user holding MaxKeysPerUser live API keys asked for another.
	ErrTooManyKeys = errors.New("ledger: too many API keys")
	// ErrSchemaTooNew: the database was migrated by a newer build than this one.
	ErrSchemaTooNew = errors.New("ledger: database schema is newer than this build")
	// ErrUnbalanced: Audit found an account out of step with its journal.
	ErrUnbalanced = errors.New("ledger: books do not balance")
)

// Bounds on what one call returns or one user holds.
const (
	// MaxPage is the most jobs one Jobs or Unfinished call returns.
	MaxPage = 500
	// MaxKeysPerUser is the most live (unrevoked) API keys a user holds.
	MaxKeysPerUser = 16
	// MaxNote is the longest note (bytes) a credit or a job carries; MaxRef the longest ref,
	// deal id, outcome or user name.
	MaxNote = 1024
	MaxRef  = 200
)

// Backend names the database a Ledger runs on.
type Backend string

const (
	SQLite   Backend = "sqlite"
	Postgres Backend = "postgres"
)

// Config says where the ledger lives.
type Config struct {
	// DB is a Postgres URL (postgres:// or postgresql://), or the path of a SQLite file,
	// created if absent (the gateway's default: a file in its data dir).
	DB string
	// Log receives the ledger's records (component=ledger); nil discards them.
	Log *slog.Logger
	// Now is the clock for the rows' times; nil is time.Now.
	Now func() time.Time
}

// Ledger is the gateway's books on one database. Its methods are safe for concurrent use,
// by goroutines and by several processes on the same database.
type Ledger struct {
	db      *sql.DB
	backend Backend
	log     *slog.Logger
	now     func() time.Time
}

// sqliteParams make every connection wait for a lock instead of failing (busy_timeout), keep
// readers off the writer's way (WAL), enforce references (foreign_keys), reach the disk at
// every commit (synchronous FULL: a commit survives power loss, not only a killed process),
// and take the write lock when a transaction begins (BEGIN IMMEDIATE), so that two
// transactions never read a balance both then write it.
const sqliteParams = "_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(FULL)&_txlock=immediate"

// Open connects to the database, applies the migrations it lacks (in one transaction) and
// returns the ledger. It does I/O: there is no separate constructor.
func Open(ctx context.Context, cfg Config) (*Ledger, error) {
	l := &Ledger{log: cfg.Log, now: cfg.Now}
	if l.log == nil {
		l.log = slog.New(slog.DiscardHandler)
	}
	l.log = l.log.With("component", "ledger")
	if l.now == nil {
		l.now = time.Now
	}
	var err error
	switch {
	case cfg.DB == "":
		return nil, errors.New("ledger: no database given")
	case strings.HasPrefix(cfg.DB, "postgres://"), strings.HasPrefix(cfg.DB, "postgresql://"):
		l.backend = Postgres
		l.db, err = sql.Open("pgx", cfg.DB)
		if err == nil {
			l.db.SetMaxOpenConns(16)
			l.db.SetMaxIdleConns(4)
		}
	default:
		if strings.ContainsAny(cfg.DB, "?#") || strings.HasPrefix(cfg.DB, "file:") {
			return nil, fmt.Errorf("ledger: SQLite path %q: give a plain file path", cfg.DB)
		}
		l.backend = SQLite
		// Created here, readable by its owner only (it holds key hashes and balances);
		// SQLite gives its -wal and -shm files the same mode.
		f, ferr := os.OpenFile(cfg.DB, os.O_RDWR|os.O_CREATE, 0o600)
		if ferr != nil {
			return nil, fmt.Errorf("ledger: %w", ferr)
		}
		f.Close()
		l.db, err = sql.Open("sqlite", cfg.DB+"?"+sqliteParams)
		if err == nil {
			l.db.SetMaxOpenConns(8)
			l.db.SetMaxIdleConns(8)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("ledger: open %s: %w", l.backend, err)
	}
	if err := l.db.PingContext(ctx); err != nil {
		l.db.Close()
		return nil, fmt.Errorf("ledger: connect to %s: %w", l.backend, err)
	}
	version, err := migrate(ctx, l.db, l.backend)
	if err != nil {
		l.db.Close()
		return nil, err
	}
	l.log.Info("ledger open", "backend", l.backend, "schema", version)
	return l, nil
}

// Close closes the database. Whatever was committed stays; nothing is left half-written.
func (l *Ledger) Close() error { return l.db.Close() }

// Backend says which database the ledger runs on.
func (l *Ledger) Backend() Backend { return l.backend }

// nowMs is the clock in unix milliseconds, as rows store it.
func (l *Ledger) nowMs() int64 { return l.now().UnixMilli() }

// write runs fn in a read-write transaction and commits it. On SQLite the transaction holds
// the database's write lock from its first statement (BEGIN IMMEDIATE); on Postgres fn locks
// the rows it reads to change (forUpdate).
func (l *Ledger) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ledger: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("ledger: commit: %w", err)
	}
	return nil
}

// read runs fn in a read-only transaction that sees one snapshot of the database.
func (l *Ledger) read(ctx context.Context, fn func(*sql.Tx) error) error {
	opts := &sql.TxOptions{ReadOnly: true}
	if l.backend == Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := l.db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("ledger: begin: %w", err)
	}
	defer tx.Rollback()
	return fn(tx)
}

// forUpdate is the suffix that locks the rows a SELECT reads until the transaction ends:
// Postgres's row lock; nothing on SQLite, where the transaction already holds the database's
// write lock.
func (l *Ledger) forUpdate() string {
	if l.backend == Postgres {
		return " FOR UPDATE"
	}
	return ""
}

// isUnique reports whether err is a unique-constraint violation on either database.
func isUnique(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23505"
	}
	var sqlErr *sqlite.Error
	if errors.As(err, &sqlErr) {
		return sqlErr.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || sqlErr.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

// checkText refuses an empty or overlong identifier.
func checkText(what, s string, max int) error {
	if s == "" {
		return fmt.Errorf("ledger: empty %s", what)
	}
	if len(s) > max {
		return fmt.Errorf("ledger: %s longer than %d bytes", what, max)
	}
	return nil
}
