package ledger

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/coophive/coophive/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// backends are the databases every test runs on: SQLite in a temporary file, and a fresh
// database on a real Postgres server (skipped under -short; required with
// COOPHIVE_REQUIRE_POSTGRES=1).
var backends = []struct {
	name string
	db   func(t *testing.T) string
}{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "ledger.db") }},
	{"postgres", func(t *testing.T) string { return pgtest.DB(t) }},
}

// eachBackend runs fn as a subtest per backend, with the database's address.
func eachBackend(t *testing.T, fn func(t *testing.T, db string)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { fn(t, b.db(t)) })
	}
}

// open opens the ledger at db, closed when t ends.
func open(t *testing.T, db string) *Ledger {
	t.Helper()
	l, err := Open(context.Background(), Config{DB: db})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func n(v int64) *big.Int { return big.NewInt(v) }

// books is a user's account as a test expects it.
type books struct{ credited, charged, reserved, available int64 }

// checkBooks asserts a user's balance and that the account agrees with its journal
// (Audit: credits - charges - reserved = available).
func checkBooks(t *testing.T, l *Ledger, user string, want books) {
	t.Helper()
	ctx := context.Background()
	b, err := l.Balance(ctx, user)
	if err != nil {
		t.Fatalf("Balance: %v", err)
	}
	got := [4]*big.Int{b.Credited, b.Charged, b.Reserved, b.Available}
	exp := [4]int64{want.credited, want.charged, want.reserved, want.available}
	for i, name := range []string{"credited", "charged", "reserved", "available"} {
		if got[i].Cmp(n(exp[i])) != 0 {
			t.Errorf("%s = %s, want %d", name, got[i], exp[i])
		}
	}
	j, err := l.Audit(ctx, user)
	if err != nil {
		t.Fatalf("Audit: %v", err)
	}
	if j.Available.Cmp(b.Available) != 0 {
		t.Errorf("Audit available %s, Balance %s", j.Available, b.Available)
	}
}

// mustUser creates a user credited with amount (if > 0).
func mustUser(t *testing.T, l *Ledger, name string, amount int64) User {
	t.Helper()
	ctx := context.Background()
	u, err := l.CreateUser(ctx, name)
	if err != nil {
		t.Fatalf("CreateUser: %v", err)
	}
	if amount > 0 {
		if _, err := l.Credit(ctx, Credit{UserID: u.ID, Amount: n(amount), Ref: "seed:" + name}); err != nil {
			t.Fatalf("Credit: %v", err)
		}
	}
	return u
}

// wantErr asserts err is (or wraps) want; want nil asserts no error.
func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if want == nil && err != nil || want != nil && !errors.Is(err, want) {
		t.Fatalf("%s: error %v, want %v", what, err, want)
	}
}
