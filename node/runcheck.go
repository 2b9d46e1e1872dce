package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/runner"
	"github.com/coophive/coophive/runner/archive"
)

// checkRunnable is what an RP (or a mediator) checks before it runs a deal's job, so that it
// never loses collateral (or bond) for a job it could not run as signed: the job's signed
// spec covers what its module needs (else it would match machines that cannot run it), the
// module's engine is here, and some of the window is left to run in. Each failure is
// errCannotRun with the reason. (A module's timeout longer than the window is not refused
// here: cowsay may run 5 minutes and takes a second. runInWindow cuts the run where the
// window would end, and a run cut there is refused.)
func checkRunnable(job *matching.SignedJob, mod *runner.Module, engines []string, left time.Duration) error {
	if short := specShort(job.Offer.Spec, mod.Requirements); short != "" {
		return fmt.Errorf("%w: the job signs %s, less than its module %s needs", errCannotRun, short, mod.Name)
	}
	if mod.Engine != "" && !slices.Contains(engines, mod.Engine) {
		return fmt.Errorf("%w: module %s runs on the %s engine, which this node does not have", errCannotRun, mod.Name, mod.Engine)
	}
	if left <= actMargin(left) {
		return fmt.Errorf("%w: %s of the window is left, no time to run module %s", errCannotRun, left.Round(time.Second), mod.Name)
	}
	return nil
}

// specShort names the first requirement the signed spec asks less of than the module needs.
func specShort(s matching.Spec, r runner.Requirements) string {
	switch {
	case s.CPUMilli < r.CPUMilli:
		return fmt.Sprintf("%d milli-CPU (needs %d)", s.CPUMilli, r.CPUMilli)
	case s.RAMMiB < r.RAMMiB:
		return fmt.Sprintf("%d MiB RAM (needs %d)", s.RAMMiB, r.RAMMiB)
	case s.DiskMiB < r.DiskMiB:
		return fmt.Sprintf("%d MiB disk (needs %d)", s.DiskMiB, r.DiskMiB)
	case s.GPUs < r.GPUs:
		return fmt.Sprintf("%d GPUs (needs %d)", s.GPUs, r.GPUs)
	case r.GPUs > 0 && s.GPUVRAMMiB < r.GPUVRAMMiB:
		return fmt.Sprintf("%d MiB GPU VRAM (needs %d)", s.GPUVRAMMiB, r.GPUVRAMMiB)
	}
	return ""
}

// actMargin is the part of a window kept back for the transaction that ends it (a result,
// a refusal, a verdict, a recusal): a fifth of what is left, between 1 s and a minute.
func actMargin(left time.Duration) time.Duration {
	return min(max(left/5, time.Second), time.Minute)
}

// windowLeft is how long the deal's current window still runs by the chain's clock.
func (n *Node) windowLeft(ctx context.Context, d *chain.Deal) time.Duration {
	end, now := d.WindowEnd(), n.chainNow(ctx)
	if end <= now {
		return 0
	}
	return time.Duration(end-now) * time.Second
}

// runInWindow prepares and runs a deal's job (the RP's run or the mediator's re-run) so
// that it ends, with a margin, inside the deal's current window: checkRunnable first, then
// the run under the earlier of the module's timeout and the window's end less the margin. A
// run cut short there, or whose outputs do not make an archive, could not be run as signed
// (errCannotRun): the RP refuses the deal, the mediator recuses, both still inside the window.
func (n *Node) runInWindow(ctx context.Context, d *chain.Deal, purpose string) (*runner.Result, *runner.Module, error) {
	left := n.windowLeft(ctx, d)
	if left <= actMargin(left) {
		return nil, nil, fmt.Errorf("%w: %s of the window is left, no time to run its job", errCannotRun, left.Round(time.Second))
	}
	// Everything from here (the job offer, the module, the input files, the run) ends a
	// margin before the window does: a JC that stalls its files cannot hold the node past
	// the point where it can still refuse or recuse.
	rctx, cancel := context.WithTimeout(ctx, left-actMargin(left))
	defer cancel()
	bj, mod, job, err := n.prepareJob(rctx, d.ID, purpose)
	if err != nil {
		if rctx.Err() != nil && ctx.Err() == nil {
			return nil, nil, fmt.Errorf("%w: its job could not be made ready in the window: %w", errCannotRun, err)
		}
		return nil, nil, err
	}
	if err := checkRunnable(job, mod, n.runner.Engines(), n.windowLeft(ctx, d)); err != nil {
		return nil, nil, err
	}
	n.log.Info("running job", "deal", d.ID.Hex(), "purpose", purpose, "module", job.ModuleName, "window_left", left.Round(time.Second))
	began := time.Now()
	res, err := n.runner.Run(rctx, bj)
	if err == nil {
		role := "mediator"
		if purpose == "deal" {
			role = "rp"
		}
		n.metrics.jobRun.WithLabelValues(role).Observe(time.Since(began).Seconds())
	}
	return res, mod, runError(err, ctx.Err() != nil, rctx.Err() != nil)
}

// runError says which failures of a run mean the job cannot be run as signed: a run cut at
// the window's end (or its module's timeout), and outputs that do not make an archive (over
// its size cap, or files of a kind it refuses). Anything else (the engine failed) is the
// node's own trouble, tried again while the window lasts. canceled: the node is stopping.
func runError(err error, canceled, deadline bool) error {
	switch {
	case err == nil || canceled:
		return err
	case deadline || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: the run did not finish in time: %w", errCannotRun, err)
	case errors.Is(err, archive.ErrArchive):
		return fmt.Errorf("%w: its outputs do not make a result archive: %w", errCannotRun, err)
	}
	return err
}
