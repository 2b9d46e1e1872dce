package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
)

// Credit is money added to a user's account.
type Credit struct {
	UserID string
	Amount *big.Int // > 0, at most MaxAmount
	// Ref makes the credit idempotent: a credit whose ref is recorded already is not applied
	// again. A deposit's is DepositRef(tx, logIndex); an operator's is the operator's choice
	// (one per payment it means to make).
	Ref  string
	Note string // free text: who credited, why (at most MaxNote bytes)
}

// DepositRef is the ref of a credit for a token transfer to the gateway's deposit address:
// the transaction hash and the Transfer log's index in its block, which name one transfer
// for good, so a watcher that sees it twice (a restart, a re-org that keeps it) credits once.
func DepositRef(txHash [32]byte, logIndex uint) string {
	return fmt.Sprintf("deposit:0x%x:%d", txHash, logIndex)
}

// Credit adds c.Amount to the user's available balance unless c.Ref was recorded already. It
// returns whether it applied the credit; a ref recorded with another user or amount is
// ErrConflict.
func (l *Ledger) Credit(ctx context.Context, c Credit) (bool, error) {
	if err := checkEntry("credit", "credit", c.Amount, c.Ref, c.Note); err != nil {
		return false, err
	}
	applied := false
	err := l.write(ctx, func(tx *sql.Tx) error {
		acct, err := lockAccount(ctx, tx, l, c.UserID)
		if err != nil {
			return err
		}
		found, err := recorded(ctx, tx, `SELECT user_id, amount FROM credits WHERE ref = $1`, "credit", c.Ref, c.UserID, c.Amount)
		if found || err != nil {
			return err // recorded already, or with other terms
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO credits (ref, user_id, amount, note, created_at) VALUES ($1, $2, $3, $4, $5)`,
			c.Ref, c.UserID, dec(c.Amount), c.Note, l.nowMs()); err != nil {
			if isUnique(err) { // the same ref to another user, committed meanwhile
				return fmt.Errorf("%w: credit %q recorded meanwhile", ErrConflict, c.Ref)
			}
			return fmt.Errorf("ledger: insert credit: %w", err)
		}
		acct.credited.Add(acct.credited, c.Amount)
		acct.available.Add(acct.available, c.Amount)
		if err := acct.store(ctx, tx, c.UserID); err != nil {
			return err
		}
		applied = true
		return nil
	})
	if err != nil {
		return false, err
	}
	if applied {
		l.log.Info("credited", "user", c.UserID, "amount", c.Amount, "ref", c.Ref)
	}
	return applied, nil
}

// Balance is a user's account.
type Balance struct {
	Available *big.Int // what new jobs may reserve
	Reserved  *big.Int // held by jobs not yet finished
	Credited  *big.Int // all credits ever
	Charged   *big.Int // all charges ever
}

// Balance returns a user's account: Credited - Charged - Reserved = Available.
func (l *Ledger) Balance(ctx context.Context, userID string) (Balance, error) {
	var b Balance
	err := l.db.QueryRowContext(ctx, `SELECT available, reserved, credited, charged FROM users WHERE id = $1`, userID).
		Scan(into(&b.Available), into(&b.Reserved), into(&b.Credited), into(&b.Charged))
	if errors.Is(err, sql.ErrNoRows) {
		return Balance{}, fmt.Errorf("%w: user %q", ErrNotFound, userID)
	}
	if err != nil {
		return Balance{}, fmt.Errorf("ledger: read balance: %w", err)
	}
	return b, nil
}

// Audit recomputes a user's account from the journal, in one snapshot: credits summed, the
// charges of finished jobs summed, the reservations of unfinished jobs summed, and checks
// that the stored account equals them and that credits - charges - reserved = available.
// It returns the account as the journal has it; a mismatch is ErrUnbalanced. It streams the
// rows, so it holds no more than a row at a time.
func (l *Ledger) Audit(ctx context.Context, userID string) (Balance, error) {
	var stored, journal Balance
	err := l.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT available, reserved, credited, charged FROM users WHERE id = $1`, userID).
			Scan(into(&stored.Available), into(&stored.Reserved), into(&stored.Credited), into(&stored.Charged))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: user %q", ErrNotFound, userID)
		}
		if err != nil {
			return fmt.Errorf("ledger: audit: %w", err)
		}
		journal = Balance{Available: new(big.Int), Reserved: new(big.Int), Credited: new(big.Int), Charged: new(big.Int)}
		if err := sumRows(ctx, tx, journal.Credited, `SELECT amount FROM credits WHERE user_id = $1`, userID); err != nil {
			return err
		}
		if err := sumRows(ctx, tx, journal.Charged, `SELECT charged FROM jobs WHERE user_id = $1 AND state = 'finished'`, userID); err != nil {
			return err
		}
		return sumRows(ctx, tx, journal.Reserved, `SELECT reserved FROM jobs WHERE user_id = $1 AND state <> 'finished'`, userID)
	})
	if err != nil {
		return Balance{}, err
	}
	journal.Available.Sub(journal.Credited, journal.Charged)
	journal.Available.Sub(journal.Available, journal.Reserved)
	if journal.Available.Sign() < 0 || journal.Available.Cmp(stored.Available) != 0 ||
		journal.Reserved.Cmp(stored.Reserved) != 0 || journal.Credited.Cmp(stored.Credited) != 0 ||
		journal.Charged.Cmp(stored.Charged) != 0 {
		return journal, fmt.Errorf("%w: user %s: journal credited %s charged %s reserved %s available %s; account credited %s charged %s reserved %s available %s",
			ErrUnbalanced, userID, journal.Credited, journal.Charged, journal.Reserved, journal.Available,
			stored.Credited, stored.Charged, stored.Reserved, stored.Available)
	}
	return journal, nil
}

// sumRows adds up the one amount column a query returns.
func sumRows(ctx context.Context, tx *sql.Tx, sum *big.Int, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("ledger: audit: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v *big.Int
		if err := rows.Scan(into(&v)); err != nil {
			return fmt.Errorf("ledger: audit: %w", err)
		}
		sum.Add(sum, v)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ledger: audit: %w", err)
	}
	return nil
}

// checkEntry checks a journal entry's amount (named amountName), ref and note (named after
// kind) before anything is written.
func checkEntry(kind, amountName string, amount *big.Int, ref, note string) error {
	if err := checkAmount(amountName, amount, false); err != nil {
		return err
	}
	if err := checkText(kind+" ref", ref, MaxRef); err != nil {
		return err
	}
	if len(note) > MaxNote {
		return fmt.Errorf("ledger: %s note longer than %d bytes", kind, MaxNote)
	}
	return nil
}

// recorded looks an entry up by ref with query (which selects its user and amount), inside
// a write: found when it is there with this user and amount, ErrConflict when with others.
func recorded(ctx context.Context, tx *sql.Tx, query, kind, ref, userID string, amount *big.Int) (found bool, err error) {
	var user string
	var amt *big.Int
	err = tx.QueryRowContext(ctx, query, ref).Scan(&user, into(&amt))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("ledger: read %s: %w", kind, err)
	case user != userID || amt.Cmp(amount) != 0:
		return false, fmt.Errorf("%w: %s %q was recorded as %s for user %s", ErrConflict, kind, ref, amt, user)
	}
	return true, nil
}
