package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Step is one Market event in a deal's life, with its block's time and the deal's state
// after it.
type Step struct {
	Event      string // the Solidity event name, e.g. "ResultSubmitted"
	State      State  // the deal's state after the event
	Block      uint64
	Time       uint64 // the block's timestamp (unix seconds)
	TxHash     common.Hash
	Mediator   common.Address // MediatorDrawn, MediatorRecused
	ResultHash common.Hash    // ResultSubmitted
}

// stateAfter is the state each deal event leaves a deal in. ResultDelivered (a client's
// callback) and JobPosted change none.
var stateAfter = map[string]State{
	EvDealMatched: StateAgreed, EvResultSubmitted: StateResultsSubmitted, EvResultAccepted: StateAccepted,
	EvJudgeTimedOut: StateAccepted, EvSubmitTimedOut: StateTimedOutSubmit, EvResultChallenged: StateChallenged,
	EvMediatorDrawn: StateChallenged, EvMediatorRecused: StateChallenged, EvDrawDeferred: StateChallenged,
	EvMediationNone: StateUnmediated, EvMediationAccepted: StateMediationAccepted,
	EvMediationRejected: StateMediationRejected, EvMediationTimedOut: StateTimedOutMediate, EvDealRefused: StateRefused,
}

// StateAfter is the state a deal is in after the event named name; ok is false for events
// that are not transitions (ResultDelivered, JobPosted).
func StateAfter(name string) (s State, ok bool) {
	s, ok = stateAfter[name]
	return s, ok
}

// History reading bounds: blocks per log query, and queries per call (a deal open longer
// than historyRange*maxHistoryQueries blocks is read up to there: truncated).
const (
	historyRange      = 10_000
	maxHistoryQueries = 100
	maxHistorySteps   = 256
)

// History reads a deal's events from its match block to the head, in chain order, each
// with its block's time. It stops at the first terminal state. truncated says the deal was
// read only in part (it has been open longer than the bounds above, or had more events).
func (m *Market) History(ctx context.Context, d *Deal) (steps []Step, truncated bool, err error) {
	head, err := m.b.BlockNumber(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("read chain head: %w", err)
	}
	f := NewFollower(m.b, m.addrs.Market, FollowerConfig{}, slog.New(slog.DiscardHandler))
	topics := make([]common.Hash, 0, len(stateAfter))
	for name := range stateAfter {
		topics = append(topics, f.ids[name])
	}
	times := map[uint64]uint64{}
	from := d.MatchBlock
	for q := 0; from <= head; q++ {
		if q == maxHistoryQueries || len(steps) >= maxHistorySteps {
			return steps, true, nil
		}
		to := min(head, from+historyRange-1)
		logs, err := m.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{m.addrs.Market},
			Topics: [][]common.Hash{topics, {d.ID}}})
		if err != nil {
			return nil, false, fmt.Errorf("read the events of deal %s in blocks %d-%d: %w", d.ID.Hex(), from, to, err)
		}
		for i := range logs {
			ev, ok := f.decode(&logs[i])
			if !ok {
				continue
			}
			t, ok := times[ev.Block]
			if !ok {
				h, err := m.b.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.Block))
				if err != nil {
					return nil, false, fmt.Errorf("read block %d: %w", ev.Block, err)
				}
				t = h.Time
				times[ev.Block] = t
			}
			st := stateAfter[ev.Name]
			steps = append(steps, Step{Event: ev.Name, State: st, Block: ev.Block, Time: t, TxHash: ev.TxHash,
				Mediator: ev.Mediator, ResultHash: ev.ResultHash})
			if st.Terminal() {
				return steps, false, nil
			}
		}
		from = to + 1
	}
	return steps, false, nil
}

// Matched lists the deals matched in blocks from to to (inclusive), in chain order, with
// their terms from their DealMatched events and MatchLog set; their state is not read
// (FillState reads it).
func (m *Market) Matched(ctx context.Context, from, to uint64) ([]Deal, error) {
	logs, err := m.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{m.addrs.Market},
		Topics: [][]common.Hash{{m.mkt.GetABI().Events[EvDealMatched].ID}}})
	if err != nil {
		return nil, fmt.Errorf("read the deals matched in blocks %d-%d: %w", from, to, err)
	}
	out := make([]Deal, 0, len(logs))
	for i := range logs {
		d, err := m.dealFromLog(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// dealFromLog decodes a DealMatched log.
func (m *Market) dealFromLog(l *types.Log) (Deal, error) {
	e, err := m.mkt.UnpackDealMatchedEvent(l)
	if err != nil {
		return Deal{}, fmt.Errorf("decode the DealMatched event in tx %s: %w", l.TxHash.Hex(), err)
	}
	return Deal{Terms: termsFrom(e.Terms), ID: e.DealId, OfferID: e.OfferId, Mediators: e.Mediators,
		MatchBlock: l.BlockNumber, MatchLog: l.Index}, nil
}

// FillState reads a deal's state from storage into d.
func (m *Market) FillState(ctx context.Context, d *Deal) error {
	st, err := m.dealState(ctx, d.ID)
	if err != nil {
		return err
	}
	d.State, d.StateAt, d.Mediator, d.ResultHash = State(st.State), st.StateAt.Uint64(), st.Mediator, st.ResultHash
	return nil
}
