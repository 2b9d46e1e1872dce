package api_test

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/node/api"
	"github.com/coophive/coophive/node/events"
)

func dealEvent(n int) api.DealEvent {
	return api.DealEvent{ID: hash, Event: "ResultSubmitted", State: "ResultsSubmitted", Block: uint64(n), Tx: hash}
}

// TestEventStreamReplaysFromLastEventID: a reader gets retry, the events as they come, each
// with an id; reconnecting with the id of the last one it read (header or query) it gets
// exactly those after it.
func TestEventStreamReplaysFromLastEventID(t *testing.T) {
	bus := events.New(events.Config{})
	c := serve(t, api.Config{Backend: newFake(), Bus: bus})
	ctx := testCtx(t)
	s := c.Events(ctx, "")
	for i := 1; i <= 5; i++ {
		bus.Publish(events.TypeDeal, dealEvent(i))
	}
	var ids []string
	for i := 1; i <= 3; i++ {
		ev, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		var d api.DealEvent
		ev.Decode(t, &d)
		if ev.Type != "deal" || d.Block != uint64(i) {
			t.Fatalf("event %d: %s", i, ev)
		}
		ids = append(ids, ev.ID)
	}
	if s.Retry != "3000" {
		t.Fatalf("retry %q, want 3000", s.Retry)
	}
	s.Resp.Body.Close() // the reader goes away after the third event

	for _, viaQuery := range []bool{false, true} {
		s2 := c.Events(ctx, ids[2])
		if viaQuery {
			s2.Resp.Body.Close()
			s2 = c.EventsQuery(ctx, ids[2])
		}
		for want := 4; want <= 5; want++ {
			ev, err := s2.Next()
			if err != nil {
				t.Fatal(err)
			}
			var d api.DealEvent
			ev.Decode(t, &d)
			if ev.Type != "deal" || d.Block != uint64(want) {
				t.Fatalf("replay (query %v): got %s, want block %d", viaQuery, ev, want)
			}
		}
		bus.Publish(events.TypeJob, api.Job{ID: hash, Creator: addr, Module: "m", MaxPrice: "1", Collateral: "1", MediationFee: "1",
			Inputs: map[string]string{}, Files: []string{}})
		if ev, err := s2.Next(); err != nil || ev.Type != "job" {
			t.Fatalf("after the replay: %s %v, want the new job event", ev, err)
		}
	}
}

// TestEventStreamSaysResync: a Last-Event-ID from another run of the node (another epoch)
// gets one resync event, whose id the reader carries on from, then the live events.
func TestEventStreamSaysResync(t *testing.T) {
	before := events.New(events.Config{}) // the node's bus before a restart
	before.Publish(events.TypeDeal, dealEvent(1))
	staleID := before.LastID()

	bus := events.New(events.Config{}) // after
	bus.Publish(events.TypeDeal, dealEvent(2))
	c := serve(t, api.Config{Backend: newFake(), Bus: bus})
	ctx := testCtx(t)
	s := c.Events(ctx, staleID)
	ev, err := s.Next()
	if err != nil {
		t.Fatal(err)
	}
	var r struct{ Reason string }
	ev.Decode(t, &r)
	if ev.Type != "resync" || ev.ID != bus.LastID() || !strings.Contains(r.Reason, "restarted") {
		t.Fatalf("got %s, want a resync event with id %s saying the node restarted", ev, bus.LastID())
	}
	bus.Publish(events.TypeDeal, dealEvent(3))
	if ev, err := s.Next(); err != nil || ev.Type != "deal" || !strings.HasPrefix(ev.ID, bus.Epoch()+".") {
		t.Fatalf("after the resync: %s %v", ev, err)
	}
	// From the resync's id on, a reconnect replays: nothing was lost.
	s2 := c.Events(ctx, bus.Epoch()+".1")
	if ev, err := s2.Next(); err != nil || ev.Type != "deal" || ev.ID != bus.LastID() {
		t.Fatalf("reconnect from the resync id: %s %v, want the deal event %s", ev, err, bus.LastID())
	}
}

// TestEventStreamHeartbeat: an idle stream gets comments.
func TestEventStreamHeartbeat(t *testing.T) {
	bus := events.New(events.Config{})
	c := serve(t, api.Config{Backend: newFake(), Bus: bus, Heartbeat: 20 * time.Millisecond})
	ctx := testCtx(t)
	s := c.Events(ctx, "")
	for i := 0; i < 2; i++ {
		if err := s.Comment(); err != nil {
			t.Fatalf("no heartbeat: %v", err)
		}
	}
}

// TestSlowReaderIsDropped: a reader that stops reading is disconnected once its buffer is
// full; publishing never waits for it (the test would hang), a reader that keeps up gets
// every event, and the slow one, reconnecting with the last id it read, gets the rest.
func TestSlowReaderIsDropped(t *testing.T) {
	bus := events.New(events.Config{RingSize: 4096, ClientBuffer: 8})
	c := serve(t, api.Config{Backend: newFake(), Bus: bus, StreamWriteTimeout: 200 * time.Millisecond})
	ctx := testCtx(t)
	slow := c.Events(ctx, "")
	fast := c.Events(ctx, "")
	waitUntil(t, func() bool { return bus.Subscribers() == 2 })
	// The fast reader reads each event before the next is published (so it never falls
	// behind, however slow the machine); the slow one reads nothing.
	const total = 4000
	got := make(chan error)
	go func() {
		for i := 0; i < total; i++ {
			_, err := fast.Next()
			got <- err
		}
	}()
	big := strings.Repeat("x", 8<<10) // 32 MB in all: more than the sockets' buffers hold
	for i := 0; i < total; i++ {
		bus.Publish(events.TypeResync, map[string]string{"reason": big})
		if err := <-got; err != nil {
			t.Fatalf("the reader that keeps up, at event %d: %v", i+1, err)
		}
	}
	if bus.Dropped() != 1 || bus.Subscribers() != 1 {
		t.Fatalf("dropped %d readers, %d left; want the slow one dropped, the fast one left", bus.Dropped(), bus.Subscribers())
	}
	// The slow reader reads what reached it, then the stream ends (within its write timeout).
	last, n := "", 0
	for {
		ev, err := slow.Next()
		if err == io.EOF || err != nil {
			break
		}
		last, n = ev.ID, n+1
	}
	if n >= total {
		t.Fatalf("the slow reader got all %d events before it was dropped; the test proves nothing", n)
	}
	again := c.Events(ctx, last)
	for i := n; i < total; i++ {
		ev, err := again.Next()
		if err != nil {
			t.Fatalf("reconnected after %d events: %v", i, err)
		}
		last = ev.ID
	}
	if last != bus.LastID() {
		t.Fatalf("the replay ended at %s, want the last event %s", last, bus.LastID())
	}
	t.Logf("the slow reader got %d events, was dropped, and reconnected for the other %d", n, total-n)
}
