package ledger

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// User is a gateway user: an account with API keys, credits and jobs.
type User struct {
	ID      string
	Name    string
	Created time.Time
}

// Key is an API key's public part: the key itself is returned once, by IssueKey, and only
// its sha256 is stored.
type Key struct {
	ID      string // the part of the key shown to its user and in logs
	UserID  string
	Created time.Time
	Revoked time.Time // zero while live
}

// keyPrefix starts every API key, so a leaked one is recognisable (secret scanners).
const keyPrefix = "chk_"

// randomHex is n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand, go1.24+)
	return hex.EncodeToString(b)
}

// CreateUser adds a user with an empty account. Names are unique (ErrConflict).
func (l *Ledger) CreateUser(ctx context.Context, name string) (User, error) {
	if err := checkText("user name", name, MaxRef); err != nil {
		return User{}, err
	}
	u := User{ID: "u_" + randomHex(12), Name: name, Created: time.UnixMilli(l.nowMs())}
	err := l.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO users (id, name, created_at) VALUES ($1, $2, $3)`,
			u.ID, u.Name, u.Created.UnixMilli())
		return err
	})
	if isUnique(err) {
		return User{}, fmt.Errorf("%w: user name %q taken", ErrConflict, name)
	}
	if err != nil {
		return User{}, fmt.Errorf("ledger: create user: %w", err)
	}
	l.log.Info("user created", "user", u.ID)
	return u, nil
}

// User returns a user by id.
func (l *Ledger) User(ctx context.Context, id string) (User, error) {
	return l.userWhere(ctx, "id", id)
}

// UserByName returns a user by name.
func (l *Ledger) UserByName(ctx context.Context, name string) (User, error) {
	return l.userWhere(ctx, "name", name)
}

func (l *Ledger) userWhere(ctx context.Context, col, v string) (User, error) {
	var u User
	var created int64
	err := l.db.QueryRowContext(ctx, `SELECT id, name, created_at FROM users WHERE `+col+` = $1`, v).
		Scan(&u.ID, &u.Name, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, fmt.Errorf("%w: user %s %q", ErrNotFound, col, v)
	}
	if err != nil {
		return User{}, fmt.Errorf("ledger: read user: %w", err)
	}
	u.Created = time.UnixMilli(created)
	return u, nil
}

// IssueKey makes a new API key for a user and returns it: the only time the key is seen,
// since the ledger keeps only its sha256 (a key is 256 random bits, so a fast hash is
// enough: there is nothing to guess). A user holds at most MaxKeysPerUser live keys.
func (l *Ledger) IssueKey(ctx context.Context, userID string) (string, Key, error) {
	k := Key{ID: randomHex(6), UserID: userID, Created: time.UnixMilli(l.nowMs())}
	secret := make([]byte, 32)
	rand.Read(secret)
	key := keyPrefix + k.ID + "_" + base64.RawURLEncoding.EncodeToString(secret)
	hash := sha256.Sum256([]byte(key))
	err := l.write(ctx, func(tx *sql.Tx) error {
		if _, err := lockAccount(ctx, tx, l, userID); err != nil {
			return err
		}
		var live int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL`,
			userID).Scan(&live); err != nil {
			return fmt.Errorf("ledger: count keys: %w", err)
		}
		if live >= MaxKeysPerUser {
			return fmt.Errorf("%w: user %s holds %d", ErrTooManyKeys, userID, live)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO api_keys (id, user_id, hash, created_at) VALUES ($1, $2, $3, $4)`,
			k.ID, userID, hash[:], k.Created.UnixMilli())
		if err != nil {
			return fmt.Errorf("ledger: insert key: %w", err)
		}
		return nil
	})
	if err != nil {
		return "", Key{}, err
	}
	l.log.Info("API key issued", "user", userID, "key", k.ID)
	return key, k, nil
}

// Authenticate returns the user an API key belongs to, or ErrUnauthorized for a key that is
// malformed, unknown or revoked.
func (l *Ledger) Authenticate(ctx context.Context, key string) (User, error) {
	if !strings.HasPrefix(key, keyPrefix) || len(key) > 128 {
		return User{}, ErrUnauthorized
	}
	hash := sha256.Sum256([]byte(key))
	var u User
	var created int64
	err := l.db.QueryRowContext(ctx, `SELECT u.id, u.name, u.created_at FROM api_keys k JOIN users u ON u.id = k.user_id
		WHERE k.hash = $1 AND k.revoked_at IS NULL`, hash[:]).Scan(&u.ID, &u.Name, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrUnauthorized
	}
	if err != nil {
		return User{}, fmt.Errorf("ledger: authenticate: %w", err)
	}
	u.Created = time.UnixMilli(created)
	return u, nil
}

// RevokeKey revokes a key by its id; revoking a revoked key is a no-op.
func (l *Ledger) RevokeKey(ctx context.Context, keyID string) error {
	return l.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2`,
			l.nowMs(), keyID)
		if err != nil {
			return fmt.Errorf("ledger: revoke key: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("%w: key %q", ErrNotFound, keyID)
		}
		l.log.Info("API key revoked", "key", keyID)
		return nil
	})
}

// Keys lists a user's keys (at most MaxKeysPerUser live ones, and the revoked ones of the
// last MaxPage), newest first.
func (l *Ledger) Keys(ctx context.Context, userID string) ([]Key, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT id, created_at, revoked_at FROM api_keys WHERE user_id = $1
		ORDER BY created_at DESC, id LIMIT $2`, userID, MaxPage)
	if err != nil {
		return nil, fmt.Errorf("ledger: list keys: %w", err)
	}
	defer rows.Close()
	var keys []Key
	for rows.Next() {
		k := Key{UserID: userID}
		var created int64
		var revoked sql.NullInt64
		if err := rows.Scan(&k.ID, &created, &revoked); err != nil {
			return nil, fmt.Errorf("ledger: list keys: %w", err)
		}
		k.Created = time.UnixMilli(created)
		if revoked.Valid {
			k.Revoked = time.UnixMilli(revoked.Int64)
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

// account is a user's row of totals, kept in step with the journal.
type account struct {
	credited, charged, reserved, available *big.Int
}

// lockAccount reads a user's totals and, on Postgres, locks the row until the transaction
// ends (on SQLite the transaction holds the write lock already). Every write that touches a
// user's money or keys takes this lock first, so they take turns per user and no two
// transactions lock in different orders.
func lockAccount(ctx context.Context, tx *sql.Tx, l *Ledger, userID string) (account, error) {
	var a account
	err := tx.QueryRowContext(ctx, `SELECT credited, charged, reserved, available FROM users WHERE id = $1`+l.forUpdate(),
		userID).Scan(into(&a.credited), into(&a.charged), into(&a.reserved), into(&a.available))
	if errors.Is(err, sql.ErrNoRows) {
		return account{}, fmt.Errorf("%w: user %q", ErrNotFound, userID)
	}
	if err != nil {
		return account{}, fmt.Errorf("ledger: read account: %w", err)
	}
	return a, nil
}

// store writes a user's totals back, after checking they still balance and fit a column.
func (a account) store(ctx context.Context, tx *sql.Tx, userID string) error {
	sum := new(big.Int).Sub(a.credited, a.charged)
	sum.Sub(sum, a.reserved)
	if sum.Cmp(a.available) != 0 || a.available.Sign() < 0 || a.reserved.Sign() < 0 {
		return fmt.Errorf("%w: user %s: credited %s - charged %s - reserved %s != available %s",
			ErrUnbalanced, userID, a.credited, a.charged, a.reserved, a.available)
	}
	if a.credited.Cmp(maxStored) > 0 {
		return fmt.Errorf("%w: user %s: credits total more than 78 digits", ErrInvalidAmount, userID)
	}
	_, err := tx.ExecContext(ctx, `UPDATE users SET credited = $1, charged = $2, reserved = $3, available = $4 WHERE id = $5`,
		dec(a.credited), dec(a.charged), dec(a.reserved), dec(a.available), userID)
	if err != nil {
		return fmt.Errorf("ledger: write account: %w", err)
	}
	return nil
}
