package ledger

import (
	"database/sql/driver"
	"fmt"
	"math/big"
)

// MaxAmount is the largest amount the ledger takes: 2^256-1, a uint256, the most a token
// transfer moves. Amounts are token base units.
var MaxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// maxStored is the largest value a column holds: 78 decimal digits (NUMERIC(78,0) on
// Postgres, 78 characters of TEXT on SQLite). An account's totals may pass MaxAmount; they
// may not pass this.
var maxStored = new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(78), nil), big.NewInt(1))

// checkAmount refuses nil, negative and too large amounts, and zero unless zeroOK.
func checkAmount(what string, a *big.Int, zeroOK bool) error {
	switch {
	case a == nil:
		return fmt.Errorf("%w: no %s", ErrInvalidAmount, what)
	case a.Sign() < 0:
		return fmt.Errorf("%w: negative %s %s", ErrInvalidAmount, what, a)
	case a.Sign() == 0 && !zeroOK:
		return fmt.Errorf("%w: zero %s", ErrInvalidAmount, what)
	case a.Cmp(MaxAmount) > 0:
		return fmt.Errorf("%w: %s %s above 2^256-1", ErrInvalidAmount, what, a)
	}
	return nil
}

// amount is how an amount crosses database/sql: bound as its canonical decimal string (which
// Postgres parses into NUMERIC and SQLite stores as TEXT) and scanned from the decimal text
// either database returns.
type amount struct{ v *big.Int }

// dec binds a as a query argument.
func dec(a *big.Int) amount { return amount{v: a} }

// Value implements driver.Valuer.
func (a amount) Value() (driver.Value, error) {
	if a.v == nil || a.v.Sign() < 0 || a.v.Cmp(maxStored) > 0 {
		return nil, fmt.Errorf("%w: %v does not fit a column", ErrInvalidAmount, a.v)
	}
	return a.v.String(), nil
}

// scanAmount scans a column into *big.Int.
type scanAmount struct{ v **big.Int }

// into scans into *p.
func into(p **big.Int) *scanAmount { return &scanAmount{v: p} }

// Scan implements sql.Scanner.
func (s *scanAmount) Scan(src any) error {
	var text string
	switch x := src.(type) {
	case string:
		text = x
	case []byte:
		text = string(x)
	default:
		return fmt.Errorf("ledger: amount column holds %T", src)
	}
	v, ok := new(big.Int).SetString(text, 10)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("ledger: amount column holds %q", text)
	}
	*s.v = v
	return nil
}

// nullAmount scans a column that may be NULL: *p stays nil then.
type nullAmount struct{ v **big.Int }

// Scan implements sql.Scanner.
func (s *nullAmount) Scan(src any) error {
	if src == nil {
		*s.v = nil
		return nil
	}
	return (&scanAmount{v: s.v}).Scan(src)
}
