package ledger

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestJobLifecycle: each way a job ends moves the money as it should, and the books balance
// after every step.
func TestJobLifecycle(t *testing.T) {
	cases := []struct {
		name    string
		attach  bool
		outcome string
		charged int64
		after   books // once finished; the user was credited 100 and reserved 30
	}{
		{"accepted", true, "Accepted", 30, books{credited: 100, charged: 30, available: 70}},
		{"accepted below the reservation", true, "Accepted", 12, books{credited: 100, charged: 12, available: 88}},
		{"refunded", true, "TimedOutSubmit", 0, books{credited: 100, available: 100}},
		{"mediation rejected", true, "MediationRejected", 0, books{credited: 100, available: 100}},
		{"never matched", false, "Expired", 0, books{credited: 100, available: 100}},
	}
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		for i, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				u := mustUser(t, l, fmt.Sprintf("user%d", i), 100)
				ref := fmt.Sprintf("0xjob%d", i)
				checkBooks(t, l, u.ID, books{credited: 100, available: 100})
				if ok, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(30), Note: "cowsay:v0.0.1"}); err != nil || !ok {
					t.Fatalf("Reserve: %v, %v", ok, err)
				}
				checkBooks(t, l, u.ID, books{credited: 100, reserved: 30, available: 70})
				if c.attach {
					if err := l.Attach(ctx, ref, "0xdeal"+ref); err != nil {
						t.Fatalf("Attach: %v", err)
					}
					checkBooks(t, l, u.ID, books{credited: 100, reserved: 30, available: 70})
				}
				if ok, err := l.Finish(ctx, ref, Outcome{State: c.outcome, Charged: n(c.charged)}); err != nil || !ok {
					t.Fatalf("Finish: %v, %v", ok, err)
				}
				checkBooks(t, l, u.ID, c.after)
				j, err := l.Job(ctx, ref)
				if err != nil {
					t.Fatal(err)
				}
				if j.State != Finished || j.Outcome != c.outcome || j.Charged.Int64() != c.charged ||
					j.Refunded() != (c.charged == 0) || j.Note != "cowsay:v0.0.1" || j.Finished.IsZero() ||
					(j.DealID != "") != c.attach || j.Matched.IsZero() == c.attach {
					t.Fatalf("job %+v", j)
				}
			})
		}
	})
}

// TestJobStepsAreIdempotentAndGuarded: repeating a step is a no-op; a step that contradicts
// the record is refused with its sentinel and leaves the books as they were.
func TestJobStepsAreIdempotentAndGuarded(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		u := mustUser(t, l, "alice", 50)
		other := mustUser(t, l, "bob", 50)
		reserve := func(ref string, amt int64) (bool, error) {
			return l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(amt)})
		}
		if _, err := reserve("a", 20); err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			name string
			do   func() error
			want error
			b    books
		}{
			{"reserve again", func() error {
				ok, err := reserve("a", 20)
				if ok {
					return fmt.Errorf("applied twice")
				}
				return err
			}, nil, books{credited: 50, reserved: 20, available: 30}},
			{"reserve the ref with another amount", func() error { _, err := reserve("a", 21); return err }, ErrConflict, books{credited: 50, reserved: 20, available: 30}},
			{"reserve the ref for another user", func() error {
				_, err := l.Reserve(ctx, Reservation{UserID: other.ID, JobRef: "a", Amount: n(20)})
				return err
			}, ErrConflict, books{credited: 50, reserved: 20, available: 30}},
			{"reserve beyond the balance", func() error { _, err := reserve("b", 31); return err }, ErrInsufficientFunds, books{credited: 50, reserved: 20, available: 30}},
			{"reserve for nobody", func() error {
				_, err := l.Reserve(ctx, Reservation{UserID: "u_nobody", JobRef: "c", Amount: n(1)})
				return err
			}, ErrNotFound, books{credited: 50, reserved: 20, available: 30}},
			{"attach unknown job", func() error { return l.Attach(ctx, "zzz", "d1") }, ErrNotFound, books{credited: 50, reserved: 20, available: 30}},
			{"attach", func() error { return l.Attach(ctx, "a", "d1") }, nil, books{credited: 50, reserved: 20, available: 30}},
			{"attach again", func() error { return l.Attach(ctx, "a", "d1") }, nil, books{credited: 50, reserved: 20, available: 30}},
			{"attach another deal", func() error { return l.Attach(ctx, "a", "d2") }, ErrConflict, books{credited: 50, reserved: 20, available: 30}},
			{"reserve b", func() error { _, err := reserve("b", 30); return err }, nil, books{credited: 50, reserved: 50, available: 0}},
			{"attach a's deal to b", func() error { return l.Attach(ctx, "b", "d1") }, ErrConflict, books{credited: 50, reserved: 50, available: 0}},
			{"charge above the reservation", func() error {
				_, err := l.Finish(ctx, "a", Outcome{State: "Accepted", Charged: n(21)})
				return err
			}, ErrInvalidAmount, books{credited: 50, reserved: 50, available: 0}},
			{"finish unknown job", func() error { _, err := l.Finish(ctx, "zzz", Outcome{State: "Accepted", Charged: n(0)}); return err }, ErrNotFound, books{credited: 50, reserved: 50, available: 0}},
			{"finish", func() error { _, err := l.Finish(ctx, "a", Outcome{State: "Accepted", Charged: n(15)}); return err }, nil, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"finish again", func() error {
				ok, err := l.Finish(ctx, "a", Outcome{State: "Accepted", Charged: n(15)})
				if ok {
					return fmt.Errorf("applied twice")
				}
				return err
			}, nil, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"finish with another charge", func() error { _, err := l.Finish(ctx, "a", Outcome{State: "Accepted", Charged: n(0)}); return err }, ErrFinished, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"finish with another outcome", func() error {
				_, err := l.Finish(ctx, "a", Outcome{State: "TimedOutSubmit", Charged: n(15)})
				return err
			}, ErrFinished, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"attach its deal after finishing", func() error { return l.Attach(ctx, "a", "d1") }, nil, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"attach another deal after finishing", func() error { return l.Attach(ctx, "a", "d9") }, ErrFinished, books{credited: 50, charged: 15, reserved: 30, available: 5}},
			{"refund b unmatched", func() error { _, err := l.Finish(ctx, "b", Outcome{State: "Expired", Charged: n(0)}); return err }, nil, books{credited: 50, charged: 15, available: 35}},
			{"attach after the refund", func() error { return l.Attach(ctx, "b", "d3") }, ErrFinished, books{credited: 50, charged: 15, available: 35}},
		}
		for _, s := range steps {
			wantErr(t, s.name, s.do(), s.want)
			checkBooks(t, l, u.ID, s.b)
		}
		checkBooks(t, l, other.ID, books{credited: 50, available: 50})
	})
}

// TestConcurrentReservationsNeverOverdraw: many reservations at once, through two ledgers
// on one database (two gateway processes), against a balance that covers a few: exactly
// those few succeed, the rest are ErrInsufficientFunds, and the books balance. Finishes run
// meanwhile and free money for later reservations, as they would in a gateway.
func TestConcurrentReservationsNeverOverdraw(t *testing.T) {
	const credit, price, tries = 10, 1, 48
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l1, l2 := open(t, db), open(t, db)
		u := mustUser(t, l1, "alice", credit)
		var wg sync.WaitGroup
		var mu sync.Mutex
		var got, short []string
		for i := range tries {
			l := []*Ledger{l1, l2}[i%2]
			wg.Go(func() {
				ref := fmt.Sprintf("job%02d", i)
				_, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(price)})
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					got = append(got, ref)
				case errors.Is(err, ErrInsufficientFunds):
					short = append(short, ref)
				default:
					t.Errorf("Reserve %s: %v", ref, err)
				}
			})
		}
		wg.Wait()
		if len(got) != credit/price || len(short) != tries-credit/price {
			t.Fatalf("%d reserved, %d short; want %d and %d", len(got), len(short), credit/price, tries-credit/price)
		}
		checkBooks(t, l1, u.ID, books{credited: credit, reserved: credit, available: 0})

		// Now finish the reserved jobs (half charged, half refunded) while the short ones try
		// again: the refunds free exactly what the retries may take.
		slices.Sort(got)
		for i, ref := range got {
			charged := int64(0)
			if i%2 == 0 {
				charged = price
			}
			l := []*Ledger{l1, l2}[i%2]
			wg.Go(func() {
				if _, err := l.Finish(ctx, ref, Outcome{State: "Accepted", Charged: n(charged)}); err != nil {
					t.Errorf("Finish %s: %v", ref, err)
				}
			})
		}
		retried := 0
		for i, ref := range short {
			l := []*Ledger{l1, l2}[i%2]
			wg.Go(func() {
				_, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(price)})
				if err != nil && !errors.Is(err, ErrInsufficientFunds) {
					t.Errorf("retry %s: %v", ref, err)
				}
				if err == nil {
					mu.Lock()
					retried++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		charged := int64((len(got) + 1) / 2 * price)
		b, err := l2.Audit(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if b.Charged.Int64() != charged || b.Reserved.Int64() != int64(retried*price) ||
			b.Available.Int64() != credit-charged-int64(retried*price) || b.Available.Sign() < 0 {
			t.Fatalf("books %+v after %d retries; want charged %d", b, retried, charged)
		}
	})
}

// TestJobsPages: a user's jobs come newest first in pages that cover each once; another
// user's never show; Unfinished pages through the open jobs of everyone, oldest first.
func TestJobsPages(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		alice := mustUser(t, l, "alice", 100)
		bob := mustUser(t, l, "bob", 100)
		var aliceRefs []string
		for i := range 7 {
			ref := fmt.Sprintf("a%d", i)
			aliceRefs = append(aliceRefs, ref)
			if _, err := l.Reserve(ctx, Reservation{UserID: alice.ID, JobRef: ref, Amount: n(1)}); err != nil {
				t.Fatal(err)
			}
			if _, err := l.Reserve(ctx, Reservation{UserID: bob.ID, JobRef: fmt.Sprintf("b%d", i), Amount: n(1)}); err != nil {
				t.Fatal(err)
			}
		}
		for _, ref := range []string{"a1", "b2", "a4"} {
			if _, err := l.Finish(ctx, ref, Outcome{State: "Accepted", Charged: n(1)}); err != nil {
				t.Fatal(err)
			}
		}
		var seen []string
		var sizes []int
		cursor := int64(0)
		for {
			page, next, err := l.Jobs(ctx, alice.ID, cursor, 3)
			if err != nil {
				t.Fatal(err)
			}
			sizes = append(sizes, len(page))
			for _, j := range page {
				if j.UserID != alice.ID {
					t.Fatalf("alice sees %+v", j)
				}
				seen = append(seen, j.Ref)
			}
			if next == 0 {
				break
			}
			cursor = next
		}
		slices.Reverse(aliceRefs)
		if !slices.Equal(seen, aliceRefs) || !slices.Equal(sizes, []int{3, 3, 1}) {
			t.Fatalf("pages %v of %v; want %v", sizes, seen, aliceRefs)
		}

		seen = nil
		cursor = 0
		for {
			page, next, err := l.Unfinished(ctx, cursor, 4)
			if err != nil {
				t.Fatal(err)
			}
			for _, j := range page {
				seen = append(seen, j.Ref)
			}
			if next == 0 {
				break
			}
			cursor = next
		}
		want := []string{"a0", "b0", "b1", "a2", "a3", "b3", "b4", "a5", "b5", "a6", "b6"}
		if !slices.Equal(seen, want) {
			t.Fatalf("Unfinished %v, want %v", seen, want)
		}
		if page, _, err := l.Jobs(ctx, alice.ID, 0, 10*MaxPage); err != nil || len(page) != 7 {
			t.Fatalf("a limit over MaxPage: %d, %v", len(page), err)
		}
	})
}

// TestConcurrentFinishChargesOnce: two reconcilers (two ledgers on one database) finishing
// the same jobs at once charge each once: one Finish applies, the same outcome again is a
// no-op, a different one is ErrFinished, and the books hold one charge per job.
func TestConcurrentFinishChargesOnce(t *testing.T) {
	const jobs, racers = 4, 8
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l1, l2 := open(t, db), open(t, db)
		u := mustUser(t, l1, "alice", 100)
		for i := range jobs {
			ref := fmt.Sprintf("job%d", i)
			if _, err := l1.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(10)}); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		applied := map[string]int{}
		for i := range jobs * racers {
			ref := fmt.Sprintf("job%d", i%jobs)
			l := []*Ledger{l1, l2}[i%2]
			// Racer 0 and 1 of each job agree on its outcome; the others, odd ones out, claim
			// a refund for a job whose deal was accepted.
			o := Outcome{State: "Accepted", Charged: n(7)}
			if i/jobs >= 2 {
				o = Outcome{State: "TimedOutSubmit", Charged: n(0)}
			}
			wg.Go(func() {
				if err := l.Attach(ctx, ref, "deal-"+ref); err != nil && !errors.Is(err, ErrFinished) {
					t.Errorf("Attach %s: %v", ref, err)
				}
				ok, err := l.Finish(ctx, ref, o)
				if err != nil && !errors.Is(err, ErrFinished) {
					t.Errorf("Finish %s: %v", ref, err)
				}
				if ok {
					mu.Lock()
					applied[ref]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		var charged int64
		for i := range jobs {
			ref := fmt.Sprintf("job%d", i)
			if applied[ref] != 1 {
				t.Errorf("%s finished %d times", ref, applied[ref])
			}
			j, err := l1.Job(ctx, ref)
			if err != nil {
				t.Fatal(err)
			}
			charged += j.Charged.Int64()
		}
		checkBooks(t, l2, u.ID, books{credited: 100, charged: charged, available: 100 - charged})
	})
}

// TestReservationKeepsItsOfferExpiry: a job's offer expiry is kept with its reservation (a
// reconciler refunds a job with no deal only after it, whatever its own settings), and a job
// reserved without one reads as zero.
func TestReservationKeepsItsOfferExpiry(t *testing.T) {
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		u := mustUser(t, l, "alice", 10)
		expires := time.UnixMilli(time.Now().Add(time.Hour).UnixMilli())
		if _, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: "j1", Amount: n(4), Expires: expires}); err != nil {
			t.Fatal(err)
		}
		if _, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: "j2", Amount: n(4)}); err != nil {
			t.Fatal(err)
		}
		jobs, _, err := l.Unfinished(ctx, 0, MaxPage)
		if err != nil || len(jobs) != 2 {
			t.Fatalf("Unfinished: %v, %d jobs", err, len(jobs))
		}
		if !jobs[0].Expires.Equal(expires) || !jobs[1].Expires.IsZero() {
			t.Fatalf("expiries %v and %v, want %v and none", jobs[0].Expires, jobs[1].Expires, expires)
		}
	})
}
