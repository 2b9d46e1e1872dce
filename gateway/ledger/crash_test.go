package ledger

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// chainDeal is what a fake chain says of a job: whether a deal was made from its offer, and
// if it is terminal, its state and what the gateway's user is charged.
type chainDeal struct {
	matched  bool
	terminal bool
	state    string
	charged  int64
}

// reconcile does what the gateway's reconciler does after a restart: every unfinished job is
// looked up on the chain (its ref is its deal's id), attached if a deal was made, finished
// if the deal is terminal or the offer expired unmatched. It returns how many steps changed
// the ledger.
func reconcile(t *testing.T, l *Ledger, chain map[string]chainDeal) int {
	t.Helper()
	ctx := context.Background()
	changed := 0
	for cursor := int64(0); ; {
		page, next, err := l.Unfinished(ctx, cursor, 2)
		if err != nil {
			t.Fatalf("Unfinished: %v", err)
		}
		for _, j := range page {
			d := chain[j.Ref]
			if d.matched && j.DealID == "" {
				if err := l.Attach(ctx, j.Ref, j.Ref); err != nil {
					t.Fatalf("Attach %s: %v", j.Ref, err)
				}
				changed++
			}
			if d.terminal {
				ok, err := l.Finish(ctx, j.Ref, Outcome{State: d.state, Charged: n(d.charged)})
				if err != nil {
					t.Fatalf("Finish %s: %v", j.Ref, err)
				}
				if ok {
					changed++
				}
			}
		}
		if next == 0 {
			return changed
		}
		cursor = next
	}
}

// TestRestartBetweenSteps: the gateway dies (the ledger is closed with work unfinished)
// after each step of a job's charge, with the chain having moved on meanwhile. After the
// restart Unfinished lists exactly the jobs not finished, the reconciler settles each as the
// chain says, a second pass changes nothing, and every user's books match the chain: each
// charge recorded once, each refund once.
func TestRestartBetweenSteps(t *testing.T) {
	cases := []struct {
		name       string
		steps      int // done before the crash: 1 reserved, 2 attached, 3 finished
		chain      chainDeal
		unfinished bool // after reconciling
		after      books
	}{
		{"reserved; never matched, expired", 1, chainDeal{terminal: true, state: "Expired"}, false, books{credited: 100, available: 100}},
		{"reserved; offer still live", 1, chainDeal{}, true, books{credited: 100, reserved: 40, available: 60}},
		{"reserved; matched while down, running", 1, chainDeal{matched: true}, true, books{credited: 100, reserved: 40, available: 60}},
		{"reserved; matched and accepted while down", 1, chainDeal{matched: true, terminal: true, state: "Accepted", charged: 40}, false, books{credited: 100, charged: 40, available: 60}},
		{"attached; running", 2, chainDeal{matched: true}, true, books{credited: 100, reserved: 40, available: 60}},
		{"attached; accepted while down", 2, chainDeal{matched: true, terminal: true, state: "Accepted", charged: 35}, false, books{credited: 100, charged: 35, available: 65}},
		{"attached; refunded while down", 2, chainDeal{matched: true, terminal: true, state: "TimedOutSubmit"}, false, books{credited: 100, available: 100}},
		{"finished; accepted", 3, chainDeal{matched: true, terminal: true, state: "Accepted", charged: 40}, false, books{credited: 100, charged: 40, available: 60}},
		{"finished; refunded", 3, chainDeal{matched: true, terminal: true, state: "MediationRejected"}, false, books{credited: 100, available: 100}},
	}
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		chain := map[string]chainDeal{}
		users := map[string]string{}
		var wantUnfinished, stillOpen []string
		for i, c := range cases {
			ref := fmt.Sprintf("0xoffer%02d", i)
			u := mustUser(t, l, fmt.Sprintf("user%02d", i), 100)
			users[ref] = u.ID
			chain[ref] = c.chain
			if _, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(40)}); err != nil {
				t.Fatal(err)
			}
			if c.steps >= 2 {
				if err := l.Attach(ctx, ref, ref); err != nil {
					t.Fatal(err)
				}
			}
			if c.steps >= 3 {
				if _, err := l.Finish(ctx, ref, Outcome{State: c.chain.state, Charged: n(c.chain.charged)}); err != nil {
					t.Fatal(err)
				}
			} else {
				wantUnfinished = append(wantUnfinished, ref)
			}
			if c.unfinished {
				stillOpen = append(stillOpen, ref)
			}
			b, err := l.Audit(ctx, u.ID)
			if err != nil {
				t.Fatalf("%s before the crash: %v", c.name, err)
			}
			if b.Credited.Int64()-b.Charged.Int64()-b.Reserved.Int64() != b.Available.Int64() {
				t.Fatalf("%s: %+v", c.name, b)
			}
		}
		// The crash: nothing is finished or flushed by hand; the handle just goes.
		l.Close()

		l = open(t, db)
		var got []string
		page, _, err := l.Unfinished(ctx, 0, MaxPage)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range page {
			got = append(got, j.Ref)
		}
		if !slices.Equal(got, wantUnfinished) {
			t.Fatalf("Unfinished after restart %v, want %v", got, wantUnfinished)
		}
		if reconcile(t, l, chain) == 0 {
			t.Fatal("the reconciler changed nothing")
		}
		if changed := reconcile(t, l, chain); changed != 0 {
			t.Fatalf("a second reconcile changed %d entries", changed)
		}
		// Another restart, and the reconciler once more: still nothing to do twice.
		l.Close()
		l = open(t, db)
		if changed := reconcile(t, l, chain); changed != 0 {
			t.Fatalf("a reconcile after a second restart changed %d entries", changed)
		}
		got = got[:0]
		page, _, err = l.Unfinished(ctx, 0, MaxPage)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range page {
			got = append(got, j.Ref)
		}
		if !slices.Equal(got, stillOpen) {
			t.Fatalf("Unfinished after reconciling %v, want %v", got, stillOpen)
		}
		for i, c := range cases {
			ref := fmt.Sprintf("0xoffer%02d", i)
			t.Run(c.name, func(t *testing.T) {
				checkBooks(t, l, users[ref], c.after)
				j, err := l.Job(ctx, ref)
				if err != nil {
					t.Fatal(err)
				}
				if c.chain.matched != (j.DealID == ref) {
					t.Errorf("deal %q; chain matched %v", j.DealID, c.chain.matched)
				}
				if c.chain.terminal && (j.State != Finished || j.Outcome != c.chain.state || j.Charged.Int64() != c.chain.charged) {
					t.Errorf("job %+v; chain %+v", j, c.chain)
				}
			})
		}
	})
}

// childEnv tells the test binary, run again as a child, to be a writer that is killed.
const childEnv = "COOPHIVE_LEDGER_KILL_CHILD"

// TestKilledWriterChild is the child of TestKilledMidWrite (it skips otherwise): it reserves,
// attaches and finishes jobs in two goroutines as fast as it can, printing each step once it
// is committed, until it is killed.
func TestKilledWriterChild(t *testing.T) {
	db := os.Getenv(childEnv)
	if db == "" {
		t.Skip("the child of TestKilledMidWrite")
	}
	ctx := context.Background()
	l, err := Open(ctx, Config{DB: db})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	u, err := l.UserByName(ctx, "victim")
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	out := make(chan string, 64)
	for w := range 2 {
		go func() {
			for i := 0; ; i++ {
				ref := fmt.Sprintf("w%d-%06d", w, i)
				if _, err := l.Reserve(ctx, Reservation{UserID: u.ID, JobRef: ref, Amount: n(3)}); err != nil {
					out <- "error " + err.Error()
					return
				}
				out <- "reserved " + ref
				if err := l.Attach(ctx, ref, ref); err != nil {
					out <- "error " + err.Error()
					return
				}
				out <- "attached " + ref
				if _, err := l.Finish(ctx, ref, Outcome{State: "Accepted", Charged: n(int64(i % 4))}); err != nil {
					out <- "error " + err.Error()
					return
				}
				out <- fmt.Sprintf("finished %s %d", ref, i%4)
			}
		}()
	}
	for line := range out {
		fmt.Println(line)
	}
}

// TestKilledMidWrite: a process writing to the ledger is SIGKILLed wherever it happens to
// be, mid-transaction most likely. The books still balance; every step it reported
// committed is there; what it had not reported is either wholly there or not at all; and
// Unfinished lists exactly the jobs it had not finished, which the reconciler then settles.
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the test binary as a child process")
	}
	eachBackend(t, func(t *testing.T, db string) {
		ctx := context.Background()
		l := open(t, db)
		u := mustUser(t, l, "victim", 1_000_000)

		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriterChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), childEnv+"="+db)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		reported := map[string]string{} // ref -> its last committed step
		charged := map[string]int64{}
		sc := bufio.NewScanner(stdout)
		lines := 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) < 2 || f[0] == "error" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child: %s", sc.Text())
			}
			reported[f[1]] = f[0]
			if f[0] == "finished" {
				c, _ := new(big.Int).SetString(f[2], 10)
				charged[f[1]] = c.Int64()
			}
			if lines++; lines == 150 {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		werr := cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(werr, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("child ended with %v, want killed", werr)
		}

		l.Close()
		l = open(t, db)
		b, err := l.Audit(ctx, u.ID)
		if err != nil {
			t.Fatalf("after the kill: %v", err)
		}
		var wantCharged int64
		var openJobs []string
		for cursor := int64(0); ; {
			page, next, err := l.Jobs(ctx, u.ID, cursor, MaxPage)
			if err != nil {
				t.Fatal(err)
			}
			for _, j := range page {
				step, ok := reported[j.Ref]
				switch {
				case j.State == Finished:
					wantCharged += j.Charged.Int64()
					if ok && step == "finished" && charged[j.Ref] != j.Charged.Int64() {
						t.Errorf("%s charged %s, reported %d", j.Ref, j.Charged, charged[j.Ref])
					}
				case ok && step == "finished":
					t.Errorf("%s reported finished, stored %s", j.Ref, j.State)
				case ok && step == "attached" && j.State != Matched:
					t.Errorf("%s reported attached, stored %s", j.Ref, j.State)
				}
				if j.State != Finished {
					openJobs = append(openJobs, j.Ref)
				}
				delete(reported, j.Ref)
			}
			if next == 0 {
				break
			}
			cursor = next
		}
		if len(reported) > 0 {
			t.Errorf("reported but not stored: %v", reported)
		}
		if b.Charged.Int64() != wantCharged || b.Reserved.Int64() != int64(3*len(openJobs)) {
			t.Errorf("books %+v; jobs charged %d, %d open", b, wantCharged, len(openJobs))
		}
		page, _, err := l.Unfinished(ctx, 0, MaxPage)
		if err != nil {
			t.Fatal(err)
		}
		var unfinished []string
		for _, j := range page {
			unfinished = append(unfinished, j.Ref)
		}
		slices.Sort(openJobs)
		slices.Sort(unfinished)
		if !slices.Equal(openJobs, unfinished) || len(openJobs) > 2 {
			t.Fatalf("Unfinished %v; open jobs %v (at most one per writer)", unfinished, openJobs)
		}
		chain := map[string]chainDeal{}
		for _, ref := range openJobs {
			chain[ref] = chainDeal{matched: true, terminal: true, state: "TimedOutSubmit"}
		}
		reconcile(t, l, chain)
		b, err = l.Audit(ctx, u.ID)
		if err != nil || b.Reserved.Sign() != 0 || b.Available.Int64() != 1_000_000-wantCharged {
			t.Fatalf("after reconciling: %+v, %v", b, err)
		}
		t.Logf("killed after %d committed steps reported; %d jobs open at the kill", lines, len(openJobs))
	})
}
