package ledger

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrations holds the schema, one directory per dialect, one file per version:
// NNNN_what.sql, applied in order, each once. A released file is never edited: a change is a
// new file in both directories.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrations embed.FS

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads a dialect's files in version order, refusing gaps and duplicates.
func loadMigrations(b Backend) ([]migration, error) {
	dir := "migrations/" + string(b)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("ledger: migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("ledger: migration %s/%s: want NNNN_name.sql", dir, e.Name())
		}
		body, err := fs.ReadFile(migrations, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("ledger: migration %s: %w", e.Name(), err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("ledger: migrations of %s: %s where version %d was due", b, m.name, i+1)
		}
	}
	return ms, nil
}

// migrate brings the schema to the newest version this build knows, in one transaction, and
// returns that version. Two processes opening one Postgres database at once take turns (an
// advisory lock); on SQLite the transaction's write lock does the same.
func migrate(ctx context.Context, db *sql.DB, b Backend) (int, error) {
	ms, err := loadMigrations(b)
	if err != nil {
		return 0, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("ledger: migrate: begin: %w", err)
	}
	defer tx.Rollback()
	if b == Postgres {
		// An arbitrary constant, the ledger's: "coophive" in ASCII, as a bigint.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7165068060748510821)`); err != nil {
			return 0, fmt.Errorf("ledger: migrate: lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		applied_at BIGINT NOT NULL
	)`); err != nil {
		return 0, fmt.Errorf("ledger: migrate: schema_version: %w", err)
	}
	var current int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&current); err != nil {
		return 0, fmt.Errorf("ledger: migrate: read version: %w", err)
	}
	if current > len(ms) {
		return 0, fmt.Errorf("%w: at version %d, this build knows %d", ErrSchemaTooNew, current, len(ms))
	}
	for _, m := range ms[current:] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return 0, fmt.Errorf("ledger: migration %s/%s: %w", b, m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)`,
			m.version, time.Now().UnixMilli()); err != nil {
			return 0, fmt.Errorf("ledger: migration %s: record: %w", m.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("ledger: migrate: commit: %w", err)
	}
	return len(ms), nil
}
