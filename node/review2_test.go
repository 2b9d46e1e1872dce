package node

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/testtier"
	"github.com/coophive/coophive/runner"
)

// liarModule is a JC's git module that declares itself deterministic but says a fresh random
// uuid on every run (any read of the clock, /proc or the network would do as well).
const liarModule = `{
  "description": "a 'deterministic' module that is not",
  "engine": "docker",
  "image": "coophive/cowsay:v0.0.1",
  "entrypoint": ["/cowsay", "-f", "/proc/sys/kernel/random/uuid"],
  "requirements": {"CPUMilli": 1000, "RAMMiB": 100, "DiskMiB": 100},
  "timeoutSeconds": 60,
  "deterministic": true
}`

// TestReview2LyingDeterministicModuleSlashesTheRP: the "deterministic" flag of a git module
// is the JC's own claim, in a template the JC wrote. An honest RP (default config: any
// module) runs the job exactly as signed and submits its archive; the JC challenges it; the
// honest mediator re-runs it, gets another hash and, trusting the JC's flag, rejects. The
// JC gets the result, its price back and the RP's results collateral; the RP worked and lost
// its collateral for a job it ran correctly. No party but the JC is dishonest.
func TestReview2LyingDeterministicModuleSlashesTheRP(t *testing.T) {
	testtier.RunsJobs(t)
	m := newJobsMarket(t, 30*time.Second, map[string]func(*Config){
		"jc": func(c *Config) { c.MediationChance = 1 }, // the attacker challenges every result
	})
	m.repo.Commit(map[string]string{runner.TemplateFile: liarModule})
	m.repo.Tag("liar")
	rpBefore, jcBefore := m.holdings(m.rp.Address()), m.holdings(m.jc.Address())
	res, err := m.jc.runSettled(m.ctx, Job{Module: "github.com/coophive/cowsay-file:liar"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deal %s; the JC holds the RP's result %q", res.Deal.State, res.Stdout)
	if res.Deal.State == chain.StateMediationRejected {
		t.Errorf("an honest RP's correct result to a JC's module that lies about being deterministic was rejected by an honest mediator")
	}
	rpGain := new(big.Int).Sub(m.holdings(m.rp.Address()), rpBefore)
	jcGain := new(big.Int).Sub(m.holdings(m.jc.Address()), jcBefore)
	if rpGain.Sign() < 0 {
		t.Errorf("the honest RP lost %s (its results collateral) for running the job as signed; the JC gained %s and kept the result", new(big.Int).Neg(rpGain), jcGain)
	}
}

// TestReview2StalledInputsCostTheRPItsCollateral: the RP prepares a job (awaits its offer,
// loads its module, fetches its input files) before runInWindow looks at the window: none of
// that is bounded by the deal's submit window. A JC whose node accepts the RP's input request
// and then says nothing (each ask waits askTimeout, 2 min, per file; a job has many files)
// keeps the RP preparing past the window's end; its refusal then reverts (WindowClosed), it
// retries every second, and the JC calls timeoutSubmit and takes the RP's timeout collateral
// for input files the JC never served. Here: a 30 s window, one file stalled 40 s.
func TestReview2StalledInputsCostTheRPItsCollateral(t *testing.T) {
	testtier.RunsJobs(t)
	m := newJobsMarket(t, 30*time.Second, nil)
	m.jc.Host().ServeInputs(func(ctx context.Context, _ common.Address, _ common.Hash, _ string) ([]byte, error) {
		select { // the attacker's node answers nothing for 40 s
		case <-ctx.Done():
		case <-time.After(40 * time.Second):
		}
		return nil, errors.New("no")
	})
	liveClock(m.market)
	path := writeFile(t, "message.txt", "never served")
	rpBefore := m.holdings(m.rp.Address())
	res, err := m.jc.runSettled(m.ctx, Job{Module: fileModuleName, Files: []string{path}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deal %s", res.Deal.State)
	if res.Deal.State == chain.StateTimedOutSubmit {
		t.Errorf("the deal timed out because the JC did not serve its input files: the RP did not refuse within its window")
	}
	if rpGain := new(big.Int).Sub(m.holdings(m.rp.Address()), rpBefore); rpGain.Sign() < 0 {
		t.Errorf("the honest RP lost %s of timeout collateral for input files its JC never served", new(big.Int).Neg(rpGain))
	}
}

// liveClock runs the harness chain's clock as a live chain's: it seals blocks only on
// transactions, so without this a stalled node never sees a window pass.
func liveClock(m *market) {
	client := m.local.Chain.Client()
	stop, done := make(chan struct{}), make(chan struct{})
	m.t.Cleanup(func() { close(stop); <-done }) // before the chain stops
	head := func() int64 {
		h, err := client.HeaderByNumber(m.ctx, nil)
		if err != nil {
			return 0
		}
		return int64(h.Time)
	}
	start, chainStart := time.Now(), head()
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
			}
			if lag := chainStart + int64(time.Since(start)/time.Second) - head(); lag > 1 {
				_ = m.local.Chain.AdjustTime(time.Duration(lag-1) * time.Second) // its block adds 1 s
			}
		}
	}()
}

// TestReview2StalledInputsSlashTheMediator: the same unbounded preparation, for the drawn
// mediator. It asks the JC first for the input files, then the RP; the JC serves its RP, and
// leaves the mediator's request hanging (askTimeout, 2 min, per file: the default mediate
// window of 10 min is 5 files). The mediator's re-run never starts, its recusal comes after
// its window and reverts, and timeoutMediate slashes it: the JC gets its price back, half the
// slash, and the result it challenged. (A mediator "can always step aside at no cost".)
// Here: a 30 s window, one file stalled 40 s.
func TestReview2StalledInputsSlashTheMediator(t *testing.T) {
	testtier.RunsJobs(t)
	m := newJobsMarket(t, 30*time.Second, map[string]func(*Config){
		"jc": func(c *Config) { c.MediationChance = 1 },
	})
	rp := m.rp.Address()
	m.jc.Host().ServeInputs(func(ctx context.Context, who common.Address, id common.Hash, name string) ([]byte, error) {
		if who == rp {
			return m.jc.serveInput(ctx, who, id, name)
		}
		select { // the mediator asked: nothing for 40 s
		case <-ctx.Done():
		case <-time.After(40 * time.Second):
		}
		return nil, errors.New("no")
	})
	liveClock(m.market)
	path := writeFile(t, "message.txt", "served to the RP only")
	med := m.nodes["mediator"].Address()
	medBefore := m.holdings(med)
	res, err := m.jc.runSettled(m.ctx, Job{Module: fileModuleName, Files: []string{path}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deal %s", res.Deal.State)
	if res.Deal.State == chain.StateTimedOutMediate {
		t.Errorf("the mediator timed out because the JC stalled its input fetch: it could not recuse in its window")
	}
	if gain := new(big.Int).Sub(m.holdings(med), medBefore); gain.Sign() < 0 {
		t.Errorf("the honest mediator lost %s of its bond for input files the JC did not serve it", new(big.Int).Neg(gain))
	}
}
