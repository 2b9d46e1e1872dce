package node

import (
	"context"
	"errors"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
)

// dealWatch follows the deals this node is party to (all deals, as a keeper) from their
// DealMatched event to a terminal state, and does what each state asks of this node: the RP
// runs and submits, the drawn mediator rules, and whoever a timeout protects calls it once
// its window has passed. It acts on every event of a followed deal and, to catch up on
// anything missed, on a one-second ticker. The followed set lives in the store, so a node
// that crashed picks its deals up again.
type dealWatch struct {
	n    *Node
	mu   sync.Mutex
	deal map[common.Hash]bool // followed
	busy map[common.Hash]bool // an action is in flight
	// state is each followed deal's state as last read or implied by its event (metrics);
	// a deal resumed from the store has none until act reads it.
	state map[common.Hash]chain.State
	wake  chan common.Hash
}

func newDealWatch(n *Node) *dealWatch {
	return &dealWatch{n: n, deal: map[common.Hash]bool{}, busy: map[common.Hash]bool{},
		state: map[common.Hash]chain.State{}, wake: make(chan common.Hash, 64)}
}

// stateCounts counts the followed deals by state (coophive_deals).
func (w *dealWatch) stateCounts() map[chain.State]int {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[chain.State]int{}
	for _, s := range w.state {
		out[s]++
	}
	return out
}

// resume reloads the followed deals from the store.
func (w *dealWatch) resume() error {
	ids, err := w.n.store.followed()
	if err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, id := range ids {
		w.deal[id] = true
	}
	if len(ids) > 0 {
		w.n.log.Info("resuming deals", "count", len(ids))
	}
	return nil
}

func (w *dealWatch) onEvent(ev chain.Event) {
	n := w.n
	switch {
	case ev.Name == chain.EvDealMatched && (ev.JC == n.addr || ev.RP == n.addr || n.cfg.Keeper):
		if ev.RP == n.addr && n.rp != nil {
			n.rp.matched(ev.DealID)
		}
		if ev.RP == n.addr {
			if job, ok := n.known.get(ev.DealID); ok {
				if err := n.store.putJob(ev.DealID, job); err != nil {
					n.log.Error("store job offer", "deal", ev.DealID.Hex(), "err", err)
				}
			}
		}
		w.follow(ev.DealID, chain.StateAgreed)
		if ev.RP == n.addr && n.cfg.faults.CrashAfterMatch {
			n.log.Warn("fault injection: crashing after the match", "deal", ev.DealID.Hex())
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		}
	case ev.Name == chain.EvMediatorDrawn && ev.Mediator == n.addr:
		w.follow(ev.DealID, chain.StateChallenged)
	}
	w.mu.Lock()
	followed := w.deal[ev.DealID]
	w.mu.Unlock()
	if followed {
		select {
		case w.wake <- ev.DealID:
		default: // the ticker catches up
		}
	}
}

// follow adds a deal to the followed set, in state s unless a later one was read.
func (w *dealWatch) follow(id common.Hash, s chain.State) {
	if err := w.n.store.follow(id); err != nil {
		w.n.log.Error("store deal", "deal", id.Hex(), "err", err)
	}
	w.mu.Lock()
	w.deal[id] = true
	if _, ok := w.state[id]; !ok {
		w.state[id] = s
	}
	w.mu.Unlock()
}

func (w *dealWatch) run(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-w.wake:
			w.start(ctx, id)
		case <-t.C:
			w.mu.Lock()
			ids := make([]common.Hash, 0, len(w.deal))
			for id := range w.deal {
				ids = append(ids, id)
			}
			w.mu.Unlock()
			for _, id := range ids {
				w.start(ctx, id)
			}
		}
	}
}

// start runs act for a deal on its own goroutine, unless one is in flight.
func (w *dealWatch) start(ctx context.Context, id common.Hash) {
	w.mu.Lock()
	if w.busy[id] || !w.deal[id] {
		w.mu.Unlock()
		return
	}
	w.busy[id] = true
	w.mu.Unlock()
	w.n.goLoop(func(ctx context.Context) {
		defer func() {
			w.mu.Lock()
			delete(w.busy, id)
			w.mu.Unlock()
		}()
		if err := w.act(ctx, id); err != nil && ctx.Err() == nil {
			w.n.log.Warn("deal step failed; will retry", "deal", id.Hex(), "err", err)
		}
	})
}

// act does what the deal's current state asks of this node.
func (w *dealWatch) act(ctx context.Context, id common.Hash) error {
	n := w.n
	d, err := n.market.Deal(ctx, id)
	if err != nil {
		return err
	}
	if d.State != chain.StateAgreed && d.RP == n.addr && n.rp != nil {
		n.rp.released(id) // submitted, refused or ended: its slot is free
	}
	if d.State.Terminal() {
		n.log.Info("deal ended", "deal", id.Hex(), "state", d.State)
		w.mu.Lock()
		_, had := w.deal[id]
		delete(w.deal, id)
		delete(w.state, id)
		w.mu.Unlock()
		if had {
			n.metrics.dealsEnded.WithLabelValues(d.State.String()).Inc()
		}
		return n.store.unfollow(id)
	}
	w.mu.Lock()
	if w.deal[id] {
		w.state[id] = d.State
	}
	w.mu.Unlock()
	switch {
	case d.State == chain.StateAgreed && d.RP == n.addr && n.rp != nil:
		if err := n.rp.runDeal(ctx, d); err != nil {
			return err
		}
	case d.State == chain.StateResultsSubmitted && d.JC == n.addr && n.cfg.Has(RoleJC):
		n.judgeLeftOver(ctx, d)
	case d.State == chain.StateChallenged && d.Mediator == n.addr && n.mediator != nil:
		if err := n.mediator.mediate(ctx, d); err != nil {
			return err
		}
	}
	switch timeoutStep(d, n.addr, n.cfg.Keeper, n.nextBlockTime(ctx)) {
	case stepDraw:
		return w.draw(ctx, d)
	case stepTimeout:
		return w.timeout(ctx, d)
	}
	return nil
}

// timeout calls the timeout of the deal's state. It is sent for the next block, the first
// whose time is past the window; a pending block built a moment before the window passed can
// still refuse it (WindowOpen), and then the next tick asks again.
func (w *dealWatch) timeout(ctx context.Context, d *chain.Deal) error {
	_, err := w.n.market.Timeout(ctx, d)
	var re *chain.RevertError
	if errors.As(err, &re) && re.Name == "WindowOpen" {
		w.n.log.Debug("timeout not valid yet", "deal", d.ID.Hex(), "state", d.State)
		return nil
	}
	if err == nil {
		w.n.log.Info("timeout called", "deal", d.ID.Hex(), "state", d.State)
	}
	return err
}

// step is what the deal watcher does about a deal beyond its role's own work.
type step int

const (
	stepWait    step = iota
	stepDraw         // draw the challenged deal's mediator
	stepTimeout      // call the timeout of the deal's state
)

// timeoutStep decides, at chain time now (the next block's), whether me (a keeper calls every timeout) ends
// deal d's window: once it has passed, a node calls the timeouts that protect its own money.
// A challenged deal with no mediator yet is drawn first: by the JC, which challenged, or by
// the others once drawGrace has passed (two parties drawing at once waste one's gas).
func timeoutStep(d *chain.Deal, me common.Address, keeper bool, now uint64) step {
	switch {
	case !callsTimeout(d, me, keeper):
		return stepWait
	case d.State == chain.StateChallenged && d.Mediator == (common.Address{}):
		if d.JC != me && now < d.StateAt+drawGrace {
			return stepWait
		}
		return stepDraw
	case d.WindowEnd() == 0 || now <= d.WindowEnd(): // no window runs, or it has not passed
		return stepWait
	}
	return stepTimeout
}

// drawGrace is how long (seconds) after a challenge the other parties leave the draw to the
// JC.
const drawGrace = 10

// draw draws a challenged deal's mediator once the block whose hash draws it is on the
// chain (a draw asked for earlier reverts, and is asked again on the next tick).
func (w *dealWatch) draw(ctx context.Context, d *chain.Deal) error {
	_, err := w.n.market.DrawMediator(ctx, d)
	var re *chain.RevertError
	if errors.Is(err, chain.ErrDrawNotReady) || (errors.As(err, &re) && (re.Name == "AlreadyDrawn" || re.Name == "MediatorsFull")) {
		return nil // too early, another party drew first, or every mediator is full: asked again
	}
	if err == nil {
		w.n.log.Info("mediator drawn", "deal", d.ID.Hex())
	}
	return err
}

// callsTimeout: a node calls the timeouts that protect its own money; a keeper calls all.
func callsTimeout(d *chain.Deal, me common.Address, keeper bool) bool {
	switch {
	case keeper:
		return true
	case d.State == chain.StateAgreed: // refunds the JC
		return d.JC == me
	case d.State == chain.StateResultsSubmitted: // pays the RP
		return d.RP == me
	case d.State == chain.StateChallenged: // refunds both (first: draws the mediator)
		return d.JC == me || d.RP == me
	}
	return false
}

// chainNow is the contract's clock as best known: the later of the wall clock and the head
// block's time (a local chain that seals on demand runs ahead of the wall clock).
func (n *Node) chainNow(ctx context.Context) uint64 {
	now, _ := n.clocks(ctx)
	return now
}

// nextBlockTime is the earliest time the next block can have: the later of the wall clock
// and the head's time plus one (go-ethereum seals and builds its pending block so). A
// timeout sent when this is past its window is valid in the block it lands in.
func (n *Node) nextBlockTime(ctx context.Context) uint64 {
	_, next := n.clocks(ctx)
	return next
}

// clocks reads the head once: chainNow and nextBlockTime.
func (n *Node) clocks(ctx context.Context) (now, next uint64) {
	now = uint64(time.Now().Unix())
	next = now
	hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if h, err := n.backend.HeaderByNumber(hctx, nil); err == nil {
		now, next = max(now, h.Time), max(now, h.Time+1)
	}
	return now, next
}
