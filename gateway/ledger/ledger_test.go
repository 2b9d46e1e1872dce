package ledger

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"
)

// TestOpenMigratesOnce: a new database gets the schema at the newest version (a SQLite file
// readable by its owner only), a reopen applies nothing more, three ledgers opening a new
// database at once all succeed, and a database migrated by a newer build is refused.
func TestOpenMigratesOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for i := range errs {
			wg.Go(func() {
				l, err := Open(ctx, Config{DB: db})
				if err == nil {
					l.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("concurrent Open %d: %v", i, err)
			}
		}
		l := open(t, db)
		if l.Backend() == SQLite {
			for _, f := range []string{db, db + "-wal"} {
				if fi, err := os.Stat(f); err != nil || fi.Mode().Perm() != 0o600 {
					t.Errorf("%s: %v, %v; want mode 0600", f, fi.Mode(), err)
				}
			}
		}
		ms, err := loadMigrations(l.Backend())
		if err != nil {
			t.Fatal(err)
		}
		var rows, max int
		if err := l.db.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_version`).Scan(&rows, &max); err != nil {
			t.Fatal(err)
		}
		if rows != len(ms) || max != len(ms) {
			t.Fatalf("schema_version: %d rows, max %d; want %d of each", rows, max, len(ms))
		}
		if _, err := l.db.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES ($1, 0)`, len(ms)+1); err != nil {
			t.Fatal(err)
		}
		_, err = Open(ctx, Config{DB: db})
		wantErr(t, "Open of a newer schema", err, ErrSchemaTooNew)
	})
}

// TestBothMigrationDialectsHaveTheSameVersions: a change to the schema comes in both
// dialects.
func TestBothMigrationDialectsHaveTheSameVersions(t *testing.T) {
	s, err := loadMigrations(SQLite)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loadMigrations(Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != len(p) {
		t.Fatalf("%d SQLite migrations, %d Postgres", len(s), len(p))
	}
	for i := range s {
		if s[i].name != p[i].name {
			t.Errorf("migration %d: %s (SQLite) vs %s (Postgres)", i+1, s[i].name, p[i].name)
		}
	}
}

// TestAmountsStayExact: amounts up to 2^256-1 and totals beyond it come back digit for
// digit on both databases; amounts outside the range are refused before any write.
func TestAmountsStayExact(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		u := mustUser(t, l, "whale", 0)
		for i, ref := range []string{"a", "b"} {
			if ok, err := l.Credit(ctx, Credit{UserID: u.ID, Amount: MaxAmount, Ref: ref}); err != nil || !ok {
				t.Fatalf("Credit %d: %v, %v", i, ok, err)
			}
		}
		twice := new(big.Int).Lsh(MaxAmount, 1)
		charge := new(big.Int).Sub(MaxAmount, n(1))
		if _, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: "j", Amount: MaxAmount}); err != nil {
			t.Fatal(err)
		}
		if _, err := l.Finish(ctx, "j", Outcome{State: "Accepted", Charged: charge}); err != nil {
			t.Fatal(err)
		}
		b, err := l.Audit(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantAvail := new(big.Int).Sub(twice, charge)
		if b.Credited.Cmp(twice) != 0 || b.Charged.Cmp(charge) != 0 || b.Reserved.Sign() != 0 || b.Available.Cmp(wantAvail) != 0 {
			t.Fatalf("books %+v; want credited %s charged %s available %s", b, twice, charge, wantAvail)
		}
		j, err := l.Job(ctx, "j")
		if err != nil {
			t.Fatal(err)
		}
		if j.Reserved.Cmp(MaxAmount) != 0 || j.Charged.Cmp(charge) != 0 {
			t.Fatalf("job reserved %s charged %s", j.Reserved, j.Charged)
		}

		tooBig := new(big.Int).Add(MaxAmount, n(1))
		for _, c := range []struct {
			name string
			amt  *big.Int
		}{{"nil", nil}, {"negative", n(-1)}, {"zero", n(0)}, {"2^256", tooBig}} {
			_, err := l.Credit(ctx, Credit{UserID: u.ID, Amount: c.amt, Ref: "bad-" + c.name})
			wantErr(t, "Credit "+c.name, err, ErrInvalidAmount)
			_, err = l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: "bad-" + c.name, Amount: c.amt})
			wantErr(t, "Reserve "+c.name, err, ErrInvalidAmount)
		}
		if b2, _ := l.Audit(ctx, u.ID); b2.Available.Cmp(wantAvail) != 0 || b2.Credited.Cmp(twice) != 0 {
			t.Fatalf("refused amounts changed the books: %+v", b2)
		}
	})
}

// TestUsersAndKeys: names are unique; a key authenticates its user until revoked; only its
// sha256 is stored; a user holds at most MaxKeysPerUser live keys.
func TestUsersAndKeys(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		alice := mustUser(t, l, "alice", 0)
		bob := mustUser(t, l, "bob", 0)
		_, err := l.CreateUser(ctx, "alice")
		wantErr(t, "second alice", err, ErrConflict)
		if u, err := l.UserByName(ctx, "bob"); err != nil || u.ID != bob.ID {
			t.Fatalf("UserByName: %+v, %v", u, err)
		}

		key, k, err := l.IssueKey(ctx, alice.ID)
		if err != nil {
			t.Fatal(err)
		}
		if u, err := l.Authenticate(ctx, key); err != nil || u.ID != alice.ID {
			t.Fatalf("Authenticate: %+v, %v", u, err)
		}
		var stored []byte
		if err := l.db.QueryRowContext(ctx, `SELECT hash FROM api_keys WHERE id = $1`, k.ID).Scan(&stored); err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256([]byte(key)); string(stored) != string(sum[:]) {
			t.Fatalf("stored %x, want the key's sha256", stored)
		}
		var hits int
		if err := l.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM api_keys WHERE id = $1 OR user_id = $1`, key).Scan(&hits); err != nil || hits != 0 {
			t.Fatalf("the key itself is stored (%d, %v)", hits, err)
		}
		for _, bad := range []string{"", "chk_", key + "x", strings.Replace(key, "chk_", "xyz_", 1), strings.Repeat("chk_", 100)} {
			_, err := l.Authenticate(ctx, bad)
			wantErr(t, fmt.Sprintf("Authenticate(%.20q)", bad), err, ErrUnauthorized)
		}
		_, _, err = l.IssueKey(ctx, "u_nobody")
		wantErr(t, "IssueKey for nobody", err, ErrNotFound)

		wantErr(t, "RevokeKey", l.RevokeKey(ctx, k.ID), nil)
		wantErr(t, "RevokeKey again", l.RevokeKey(ctx, k.ID), nil)
		wantErr(t, "RevokeKey unknown", l.RevokeKey(ctx, "nope"), ErrNotFound)
		_, err = l.Authenticate(ctx, key)
		wantErr(t, "Authenticate revoked", err, ErrUnauthorized)

		for i := 0; i < MaxKeysPerUser; i++ {
			if _, _, err := l.IssueKey(ctx, bob.ID); err != nil {
				t.Fatalf("key %d: %v", i, err)
			}
		}
		_, _, err = l.IssueKey(ctx, bob.ID)
		wantErr(t, "key over the limit", err, ErrTooManyKeys)
		keys, err := l.Keys(ctx, bob.ID)
		if err != nil || len(keys) != MaxKeysPerUser {
			t.Fatalf("Keys: %d, %v", len(keys), err)
		}
		wantErr(t, "revoke one", l.RevokeKey(ctx, keys[0].ID), nil)
		if _, _, err := l.IssueKey(ctx, bob.ID); err != nil {
			t.Fatalf("key after a revoke: %v", err)
		}
	})
}

// TestCreditIsIdempotentByRef: a ref credits once; the same ref with other terms is a
// conflict; deposits are named by transaction and log index.
func TestCreditIsIdempotentByRef(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		alice := mustUser(t, l, "alice", 0)
		bob := mustUser(t, l, "bob", 0)
		dep := DepositRef([32]byte{0xab, 0xcd}, 7)
		if !strings.HasPrefix(dep, "deposit:0xabcd00") || !strings.HasSuffix(dep, ":7") {
			t.Fatalf("DepositRef = %s", dep)
		}
		steps := []struct {
			name    string
			c       Credit
			applied bool
			err     error
			alice   books
		}{
			{"first", Credit{UserID: alice.ID, Amount: n(100), Ref: dep}, true, nil, books{credited: 100, available: 100}},
			{"same again", Credit{UserID: alice.ID, Amount: n(100), Ref: dep}, false, nil, books{credited: 100, available: 100}},
			{"other amount", Credit{UserID: alice.ID, Amount: n(101), Ref: dep}, false, ErrConflict, books{credited: 100, available: 100}},
			{"other user", Credit{UserID: bob.ID, Amount: n(100), Ref: dep}, false, ErrConflict, books{credited: 100, available: 100}},
			{"other log index", Credit{UserID: alice.ID, Amount: n(5), Ref: DepositRef([32]byte{0xab, 0xcd}, 8)}, true, nil, books{credited: 105, available: 105}},
			{"operator", Credit{UserID: alice.ID, Amount: n(20), Ref: "op:1", Note: "welcome"}, true, nil, books{credited: 125, available: 125}},
			{"unknown user", Credit{UserID: "u_nobody", Amount: n(1), Ref: "op:2"}, false, ErrNotFound, books{credited: 125, available: 125}},
			{"empty ref", Credit{UserID: alice.ID, Amount: n(1)}, false, nil, books{credited: 125, available: 125}},
		}
		for _, s := range steps {
			applied, err := l.Credit(ctx, s.c)
			if s.name == "empty ref" {
				if err == nil {
					t.Fatalf("%s: no error", s.name)
				}
			} else {
				wantErr(t, s.name, err, s.err)
			}
			if applied != s.applied {
				t.Fatalf("%s: applied %v, want %v", s.name, applied, s.applied)
			}
			checkBooks(t, l, alice.ID, s.alice)
		}
		checkBooks(t, l, bob.ID, books{})

		// The same deposit seen by several watchers at once credits once.
		var wg sync.WaitGroup
		var mu sync.Mutex
		applied := 0
		ref := DepositRef([32]byte{1}, 0)
		for range 8 {
			wg.Go(func() {
				ok, err := l.Credit(ctx, Credit{UserID: bob.ID, Amount: n(9), Ref: ref})
				if err != nil {
					t.Errorf("concurrent Credit: %v", err)
				}
				if ok {
					mu.Lock()
					applied++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if applied != 1 {
			t.Fatalf("applied %d times", applied)
		}
		checkBooks(t, l, bob.ID, books{credited: 9, available: 9})
	})
}
