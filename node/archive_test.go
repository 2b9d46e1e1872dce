package node

import (
	"math/big"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
)

// TestSparseBombIsChallenged: an RP submits the hash of a 3 KB archive whose one file reads
// as 2 GiB of zeros (a PAX sparse entry) and serves it. The JC fetches it, checks its hash,
// and must challenge it as a bad archive without expanding it (its spot-check is off, so the
// bad archive is the only reason); the mediator's re-run of the deterministic module hashes
// otherwise and it rejects; judging by shape, as for a non-deterministic module, it rejects
// the bomb as well.
func TestSparseBombIsChallenged(t *testing.T) {
	testtier.RunsJobs(t)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var why []string
	s := runScenarioWith(t, 20*time.Second, map[string]func(*Config){
		"rp": func(c *Config) { c.faults.SparseBomb = true },
		"jc": func(c *Config) { c.MediationChance = 0 },
	}, func(stage, detail string) {
		if stage == "challenge" {
			why = append(why, detail)
		}
	})
	runtime.ReadMemStats(&after)
	d := s.wantState(t, chain.StateMediationRejected)
	if len(why) != 1 || !strings.Contains(why[0], "bad result archive") || !strings.Contains(why[0], "sparse") {
		t.Fatalf("the JC challenged for %q, want one challenge for a sparse archive", why)
	}
	fee := d.MediationFee
	s.wantHoldings(t, map[string]*big.Int{
		"jc":       add(d.RPResultsCollateral, neg(fee)),
		"rp":       neg(d.RPResultsCollateral),
		"mediator": fee,
	})
	// A non-deterministic module is judged by shape, from the fetched archive: the drawn
	// mediator refuses the bomb too (a re-run that exited 0 with one output file).
	rerun, hash, err := archive.PackFiles(map[string][]byte{archive.FileExitCode: []byte("0"), "outputs/bomb": []byte("x")})
	if err != nil {
		t.Fatal(err)
	}
	right, reason := s.nodes["mediator"].mediator.verdict(s.m.ctx, d, &runner.Module{Deterministic: false},
		&runner.Result{Archive: rerun, Hash: hash})
	if right || !strings.Contains(reason, "sparse") {
		t.Fatalf("mediator's verdict on the bomb: %v, %q; want a rejection for a sparse archive", right, reason)
	}
	// Expanding the bomb once allocates at least 2 GiB; every node here shares this process.
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("the whole deal allocated %d MiB", alloc>>20)
	if alloc > 1<<30 {
		t.Fatalf("the deal allocated %d MiB: the bomb was expanded", alloc>>20)
	}
}
