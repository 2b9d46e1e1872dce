package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/matching"
)

// Event is a decoded Market deal event.
type Event struct {
	Name       string // the Solidity event name, e.g. "DealMatched"
	DealID     common.Hash
	Block      uint64
	TxHash     common.Hash
	JC, RP     common.Address      // DealMatched
	Solver     common.Address      // DealMatched
	OfferID    common.Hash         // DealMatched
	ResultHash common.Hash         // ResultSubmitted
	Mediator   common.Address      // MediatorDrawn, MediatorRecused
	Job        *matching.SignedJob // JobPosted: the posted job, unsigned
	Delivered  bool                // ResultDelivered: whether the client's callback succeeded
}

// The deal events, by name. Every transition of the contract emits exactly one of them.
const (
	EvDealMatched       = "DealMatched"
	EvResultSubmitted   = "ResultSubmitted"
	EvResultAccepted    = "ResultAccepted"
	EvSubmitTimedOut    = "SubmitTimedOut"
	EvJudgeTimedOut     = "JudgeTimedOut"
	EvResultChallenged  = "ResultChallenged"
	EvMediatorDrawn     = "MediatorDrawn"
	EvMediatorRecused   = "MediatorRecused"
	EvDrawDeferred      = "DrawDeferred"
	EvMediationNone     = "MediationUnavailable"
	EvMediationAccepted = "MediationAccepted"
	EvMediationRejected = "MediationRejected"
	EvMediationTimedOut = "MediationTimedOut"
	EvDealRefused       = "DealRefused"
	// Not transitions: a contract posted a job; a client's callback was made.
	EvJobPosted       = "JobPosted"
	EvResultDelivered = "ResultDelivered"
)

// FollowerConfig tunes event following.
type FollowerConfig struct {
	From          uint64        // first block to read
	Confirmations uint64        // blocks a log must be buried under before it is delivered
	Interval      time.Duration // poll period
	MaxRange      uint64        // most blocks per log query
}

// Follower delivers the Market's deal events in chain order, polling logs. It works over
// HTTP and in-process alike, and resumes from any block (a node passes its last processed
// block + 1 after a restart).
type Follower struct {
	b      Backend
	market common.Address
	cfg    FollowerConfig
	mkt    *bindings.Market
	log    *slog.Logger
	ids    map[string]common.Hash // event name -> topic
	names  map[common.Hash]string
}

// NewFollower prepares a follower; Run polls.
func NewFollower(b Backend, market common.Address, cfg FollowerConfig, log *slog.Logger) *Follower {
	if cfg.Interval == 0 {
		cfg.Interval = 250 * time.Millisecond
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	f := &Follower{b: b, market: market, cfg: cfg, mkt: bindings.NewMarket(), log: log,
		ids: map[string]common.Hash{}, names: map[common.Hash]string{}}
	for _, n := range []string{EvDealMatched, EvResultSubmitted, EvResultAccepted, EvSubmitTimedOut, EvJudgeTimedOut,
		EvResultChallenged, EvMediatorDrawn, EvMediatorRecused, EvDrawDeferred, EvMediationNone, EvMediationAccepted, EvMediationRejected, EvMediationTimedOut, EvDealRefused, EvJobPosted, EvResultDelivered} {
		id := f.mkt.GetABI().Events[n].ID
		f.ids[n], f.names[id] = id, n
	}
	return f
}

// Run calls handle for every deal event, then done(block) after each block range, until ctx
// ends. done may be nil.
func (f *Follower) Run(ctx context.Context, handle func(Event), done func(lastBlock uint64)) error {
	from := f.cfg.From
	t := time.NewTicker(f.cfg.Interval)
	defer t.Stop()
	for {
		next, err := f.poll(ctx, from, handle)
		if err != nil && ctx.Err() == nil {
			f.log.Warn("event poll failed; retrying", "from", from, "err", err)
		}
		if next > from {
			from = next
			if done != nil {
				done(from - 1)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// poll delivers events from `from` up to the confirmed head; it returns the next block to read.
func (f *Follower) poll(ctx context.Context, from uint64, handle func(Event)) (uint64, error) {
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	head, err := f.b.BlockNumber(qctx)
	if err != nil {
		return from, fmt.Errorf("read head: %w", err)
	}
	if head < f.cfg.Confirmations {
		return from, nil
	}
	safe := head - f.cfg.Confirmations
	for from <= safe {
		to := min(safe, from+f.cfg.MaxRange-1)
		logs, err := f.b.FilterLogs(qctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{f.market},
		})
		if err != nil {
			return from, fmt.Errorf("filter logs %d-%d: %w", from, to, err)
		}
		for i := range logs {
			if ev, ok := f.decode(&logs[i]); ok {
				handle(ev)
			}
		}
		from = to + 1
	}
	return from, nil
}

func (f *Follower) decode(l *types.Log) (Event, bool) {
	if len(l.Topics) < 2 || l.Removed {
		return Event{}, false
	}
	ev := Event{Block: l.BlockNumber, TxHash: l.TxHash, DealID: l.Topics[1]}
	var err error
	switch l.Topics[0] {
	case f.ids[EvDealMatched]:
		var e *bindings.MarketDealMatched
		if e, err = f.mkt.UnpackDealMatchedEvent(l); err == nil {
			ev.JC, ev.RP, ev.Solver, ev.OfferID = e.Jc, e.Rp, e.Terms.Solver, e.OfferId
		}
		ev.Name = EvDealMatched
	case f.ids[EvResultSubmitted]:
		var e *bindings.MarketResultSubmitted
		if e, err = f.mkt.UnpackResultSubmittedEvent(l); err == nil {
			ev.ResultHash = e.ResultHash
		}
		ev.Name = EvResultSubmitted
	case f.ids[EvMediatorDrawn], f.ids[EvMediatorRecused]:
		if len(l.Topics) < 3 {
			return Event{}, false
		}
		ev.Mediator = common.BytesToAddress(l.Topics[2][:])
		ev.Name = f.names[l.Topics[0]]
	case f.ids[EvJobPosted]:
		ev.Job, err = decodePosted(f.mkt, l)
		ev.Name = EvJobPosted
	case f.ids[EvResultDelivered]:
		var e *bindings.MarketResultDelivered
		if e, err = f.mkt.UnpackResultDeliveredEvent(l); err == nil {
			ev.Delivered, ev.JC = e.Ok, e.Client
		}
		ev.Name = EvResultDelivered
	default:
		name, ok := f.names[l.Topics[0]]
		if !ok {
			return Event{}, false // escrow and registry events
		}
		ev.Name = name
	}
	if err != nil {
		f.log.Warn("undecodable market event", "event", ev.Name, "tx", l.TxHash, "err", err)
		return Event{}, false
	}
	return ev, true
}
