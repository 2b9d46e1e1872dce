package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// State is where a job's charge stands.
type State string

const (
	// Reserved: the amount is held from the user's balance, recorded before the job offer
	// is published; no deal is known yet.
	Reserved State = "reserved"
	// Matched: the job's deal is known (Attach); the amount is still held.
	Matched State = "matched"
	// Finished: the deal ended (or the job never made one): Charged of the reservation is
	// charged, the rest returned to the balance. Final.
	Finished State = "finished"
)

// Reservation asks to hold an amount for a job before it is offered.
type Reservation struct {
	UserID string
	// JobRef names the job before it exists anywhere else: the gateway's signed job offer's
	// EIP-712 digest (which is also the id of the deal it makes, so a reconciler finds the
	// deal, or its absence, from the ref alone).
	JobRef string
	Amount *big.Int // the most the job can cost the gateway: > 0, at most MaxAmount
	Note   string   // what the user sees of the job (e.g. its module), at most MaxNote bytes
	// Expires is when the job's offer can no longer be matched (at the latest), so that a
	// reconciler refunds a job with no deal only after it; zero when unknown.
	Expires time.Time
}

// Job is a job's entry in the ledger.
type Job struct {
	Seq      int64 // order of reservation, the pages' cursor
	Ref      string
	UserID   string
	State    State
	Reserved *big.Int // held while unfinished
	DealID   string   // set by Attach
	Outcome  string   // set by Finish: the deal's terminal state, or why no deal was made
	Charged  *big.Int // set by Finish: charged to the user, at most Reserved; 0 is a refund
	Note     string
	Expires  time.Time // from its Reservation; zero when unknown
	Created  time.Time
	Matched  time.Time // zero until Attach
	Finished time.Time // zero until Finish
}

// Refunded reports whether a finished job cost its user nothing.
func (j Job) Refunded() bool { return j.State == Finished && j.Charged.Sign() == 0 }

// Reserve holds r.Amount of the user's available balance for the job r.JobRef, durably,
// before the job is offered. It is idempotent: a reservation recorded already with the same
// user and amount is not made again (false, nil, whatever the job's state since: Job tells),
// so a gateway that crashed between Reserve and publishing may reserve again; with other
// terms it is ErrConflict. A balance short of
// the amount is ErrInsufficientFunds: the ledger never overdraws, whatever runs at once.
func (l *Ledger) Reserve(ctx context.Context, r Reservation) (bool, error) {
	if err := checkEntry("job", "reservation", r.Amount, r.JobRef, r.Note); err != nil {
		return false, err
	}
	applied := false
	err := l.write(ctx, func(tx *sql.Tx) error {
		acct, err := lockAccount(ctx, tx, l, r.UserID)
		if err != nil {
			return err
		}
		found, err := recorded(ctx, tx, `SELECT user_id, reserved FROM jobs WHERE ref = $1`, "job", r.JobRef, r.UserID, r.Amount)
		if found || err != nil {
			return err // reserved already, or with other terms
		}
		if acct.available.Cmp(r.Amount) < 0 {
			return fmt.Errorf("%w: user %s has %s available, the job needs %s", ErrInsufficientFunds, r.UserID, acct.available, r.Amount)
		}
		var expires sql.NullInt64
		if !r.Expires.IsZero() {
			expires = sql.NullInt64{Int64: r.Expires.UnixMilli(), Valid: true}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO jobs (ref, user_id, state, reserved, note, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			r.JobRef, r.UserID, string(Reserved), dec(r.Amount), r.Note, l.nowMs(), expires); err != nil {
			if isUnique(err) {
				return fmt.Errorf("%w: job %q reserved meanwhile", ErrConflict, r.JobRef)
			}
			return fmt.Errorf("ledger: insert job: %w", err)
		}
		acct.available.Sub(acct.available, r.Amount)
		acct.reserved.Add(acct.reserved, r.Amount)
		if err := acct.store(ctx, tx, r.UserID); err != nil {
			return err
		}
		applied = true
		return nil
	})
	if err != nil {
		return false, err
	}
	if applied {
		l.log.Info("reserved", "user", r.UserID, "job", r.JobRef, "amount", r.Amount)
	}
	return applied, nil
}

// Attach records the deal a reserved job was matched into. Attaching the same deal again is
// a no-op; another deal is ErrConflict; a finished job takes no new deal (ErrFinished).
func (l *Ledger) Attach(ctx context.Context, jobRef, dealID string) error {
	if err := checkText("deal id", dealID, MaxRef); err != nil {
		return err
	}
	applied := false
	err := l.write(ctx, func(tx *sql.Tx) error {
		j, err := l.lockJob(ctx, tx, jobRef)
		if err != nil {
			return err
		}
		switch {
		case j.DealID == dealID:
			return nil // attached already
		case j.State == Finished:
			return fmt.Errorf("%w: job %q finished as %s", ErrFinished, jobRef, j.Outcome)
		case j.DealID != "":
			return fmt.Errorf("%w: job %q is attached to deal %s", ErrConflict, jobRef, j.DealID)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = $1, deal_id = $2, matched_at = $3 WHERE ref = $4`,
			string(Matched), dealID, l.nowMs(), jobRef); err != nil {
			if isUnique(err) {
				return fmt.Errorf("%w: deal %s is another job's", ErrConflict, dealID)
			}
			return fmt.Errorf("ledger: attach: %w", err)
		}
		applied = true
		return nil
	})
	if err != nil {
		return err
	}
	if applied {
		l.log.Info("attached", "job", jobRef, "deal", dealID)
	}
	return nil
}

// Outcome is how a job ended, as its deal's state on chain says.
type Outcome struct {
	// State is the deal's terminal state (Accepted, TimedOutSubmit, ...) or why no deal was
	// made (e.g. "Expired"): recorded, not interpreted.
	State string
	// Charged is what the user pays: 0 (a refund) up to the job's reservation; the rest of
	// the reservation returns to the available balance.
	Charged *big.Int
}

// Finish ends a job: its reservation leaves Reserved, Charged of it is charged, the rest
// returns to Available, all in one transaction. It is idempotent: finishing a finished job
// with the same outcome is a no-op (false, nil); with another is ErrFinished, and the books
// are left as they are. A job may finish without a deal (its offer expired unmatched).
func (l *Ledger) Finish(ctx context.Context, jobRef string, o Outcome) (bool, error) {
	if err := checkAmount("charge", o.Charged, true); err != nil {
		return false, err
	}
	if err := checkText("outcome", o.State, MaxRef); err != nil {
		return false, err
	}
	applied := false
	err := l.write(ctx, func(tx *sql.Tx) error {
		j, err := l.lockJob(ctx, tx, jobRef)
		if err != nil {
			return err
		}
		if j.State == Finished {
			if j.Outcome == o.State && j.Charged.Cmp(o.Charged) == 0 {
				return nil
			}
			return fmt.Errorf("%w: job %q finished as %s, charged %s", ErrFinished, jobRef, j.Outcome, j.Charged)
		}
		if o.Charged.Cmp(j.Reserved) > 0 {
			return fmt.Errorf("%w: charge %s above the job's reservation %s", ErrInvalidAmount, o.Charged, j.Reserved)
		}
		acct, err := lockAccount(ctx, tx, l, j.UserID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = $1, outcome = $2, charged = $3, finished_at = $4 WHERE ref = $5`,
			string(Finished), o.State, dec(o.Charged), l.nowMs(), jobRef); err != nil {
			return fmt.Errorf("ledger: finish: %w", err)
		}
		acct.reserved.Sub(acct.reserved, j.Reserved)
		acct.charged.Add(acct.charged, o.Charged)
		acct.available.Add(acct.available, new(big.Int).Sub(j.Reserved, o.Charged))
		if err := acct.store(ctx, tx, j.UserID); err != nil {
			return err
		}
		applied = true
		return nil
	})
	if err != nil {
		return false, err
	}
	if applied {
		l.log.Info("finished", "job", jobRef, "outcome", o.State, "charged", o.Charged)
	}
	return applied, nil
}

// lockJob reads a job for a change. On Postgres it first locks the job's user's row, then
// the job's, the order every write keeps (lockAccount), so two writes never wait on each
// other in a circle; a job's user never changes, so reading it unlocked first is safe.
func (l *Ledger) lockJob(ctx context.Context, tx *sql.Tx, jobRef string) (Job, error) {
	if l.backend == Postgres {
		var user string
		err := tx.QueryRowContext(ctx, `SELECT user_id FROM jobs WHERE ref = $1`, jobRef).Scan(&user)
		if errors.Is(err, sql.ErrNoRows) {
			return Job{}, fmt.Errorf("%w: job %q", ErrNotFound, jobRef)
		}
		if err != nil {
			return Job{}, fmt.Errorf("ledger: read job: %w", err)
		}
		if _, err := lockAccount(ctx, tx, l, user); err != nil {
			return Job{}, err
		}
	}
	return oneJob(ctx, tx, ` WHERE ref = $1`+l.forUpdate(), jobRef)
}

// Job returns a job's entry by its ref.
func (l *Ledger) Job(ctx context.Context, jobRef string) (Job, error) {
	return oneJob(ctx, l.db, ` WHERE ref = $1`, jobRef)
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// oneJob reads the job by ref that where (jobColumns' WHERE clause, ref its $1) selects;
// ErrNotFound when there is none.
func oneJob(ctx context.Context, q querier, where, ref string) (Job, error) {
	rows, err := q.QueryContext(ctx, jobColumns+where, ref)
	if err != nil {
		return Job{}, fmt.Errorf("ledger: read job: %w", err)
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return Job{}, err
	}
	if len(jobs) == 0 {
		return Job{}, fmt.Errorf("%w: job %q", ErrNotFound, ref)
	}
	return jobs[0], nil
}

// jobPage reads up to limit jobs of jobColumns+rest (which asks for limit+1 rows, its last
// argument) and the cursor of the next page: the last job's seq, or 0 when this page is
// the last.
func (l *Ledger) jobPage(ctx context.Context, what, rest string, limit int, args ...any) ([]Job, int64, error) {
	rows, err := l.db.QueryContext(ctx, jobColumns+rest, append(args, limit+1)...)
	if err != nil {
		return nil, 0, fmt.Errorf("ledger: list %s: %w", what, err)
	}
	jobs, err := scanJobs(rows)
	if err != nil {
		return nil, 0, err
	}
	if len(jobs) > limit {
		return jobs[:limit], jobs[limit-1].Seq, nil
	}
	return jobs, 0, nil
}

// Jobs returns a page of a user's jobs, newest first: up to limit (1 to MaxPage) jobs
// reserved before the cursor (0: from the newest), and the cursor of the next page (0 when
// this is the last).
func (l *Ledger) Jobs(ctx context.Context, userID string, before int64, limit int) ([]Job, int64, error) {
	limit = clampPage(limit)
	if before <= 0 {
		before = 1<<63 - 1
	}
	return l.jobPage(ctx, "jobs", ` WHERE user_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`, limit, userID, before)
}

// Unfinished returns a page of the jobs a reconciler must look at after a restart, oldest
// first: the reserved and matched ones after the cursor (0: from the oldest), up to limit (1
// to MaxPage), and the cursor of the next page (0 when this is the last). For each, the
// chain says what happened: a deal with the job's ref as id (Attach it; Finish it when
// terminal), or none, and the offer expired (Finish it refunded) or not yet. A pass sees
// every job reserved before it began; one reserved during it may come after the cursor has
// passed (Postgres numbers rows before they commit), which a gateway that reconciles before
// taking jobs, or again later, does not mind.
func (l *Ledger) Unfinished(ctx context.Context, after int64, limit int) ([]Job, int64, error) {
	limit = clampPage(limit)
	return l.jobPage(ctx, "unfinished jobs", ` WHERE state <> 'finished' AND seq > $1 ORDER BY seq LIMIT $2`, limit, after)
}

func clampPage(limit int) int {
	return min(max(limit, 1), MaxPage)
}

const jobColumns = `SELECT seq, ref, user_id, state, reserved, deal_id, outcome, charged, note, created_at, matched_at, finished_at, expires_at FROM jobs`

// scanJobs reads the rows of a jobColumns query and closes them.
func scanJobs(rows *sql.Rows) ([]Job, error) {
	defer rows.Close()
	var jobs []Job
	for rows.Next() {
		var j Job
		var state string
		var deal, outcome sql.NullString
		var created int64
		var matched, finished, expires sql.NullInt64
		if err := rows.Scan(&j.Seq, &j.Ref, &j.UserID, &state, into(&j.Reserved), &deal, &outcome,
			&nullAmount{v: &j.Charged}, &j.Note, &created, &matched, &finished, &expires); err != nil {
			return nil, fmt.Errorf("ledger: read job: %w", err)
		}
		j.State, j.DealID, j.Outcome = State(state), deal.String, outcome.String
		j.Created = time.UnixMilli(created)
		if matched.Valid {
			j.Matched = time.UnixMilli(matched.Int64)
		}
		if finished.Valid {
			j.Finished = time.UnixMilli(finished.Int64)
		}
		if expires.Valid {
			j.Expires = time.UnixMilli(expires.Int64)
		}
		jobs = append(jobs, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ledger: read jobs: %w", err)
	}
	return jobs, nil
}
