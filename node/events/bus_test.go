package events

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func ids(evs []Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID[strings.IndexByte(e.ID, '.')+1:])
	}
	return strings.Join(out, ",")
}

// TestReplay: a reader reconnecting with the id of the last event it read gets exactly the
// events after it, or a resync where the ring cannot tell what it missed.
func TestReplay(t *testing.T) {
	b := New(Config{RingSize: 4})
	other := New(Config{})
	for i := 1; i <= 6; i++ { // the ring keeps 3..6
		b.Publish(TypeDeal, map[string]int{"n": i})
	}
	other.Publish(TypeDeal, 1)
	id := func(seq int) string { return fmt.Sprintf("%s.%d", b.Epoch(), seq) }
	tests := []struct {
		name, last string
		want       string // replayed seqs
		resync     string // a word of the reason, "" for none
	}{
		{"new reader", "", "", ""},
		{"up to date", id(6), "", ""},
		{"missed two", id(4), "5,6", ""},
		{"missed all the ring holds", id(2), "3,4,5,6", ""},
		{"missed one the ring lost", id(1), "", "left the log"},
		{"another epoch (a restart)", other.LastID(), "", "restarted"},
		{"an id never sent", id(7), "", "never sent"},
		{"not an id", "banana", "", "not an event id"},
		{"no sequence", b.Epoch() + ".x", "", "not an event id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r, err := b.Subscribe(tt.last)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := ids(r.Events); got != tt.want {
				t.Errorf("replayed %q, want %q", got, tt.want)
			}
			if (tt.resync == "") != (r.Resync == "") || !strings.Contains(r.Resync, tt.resync) {
				t.Errorf("resync %q, want one saying %q", r.Resync, tt.resync)
			}
		})
	}
	var data map[string]int
	s, r, _ := b.Subscribe(id(5))
	defer s.Close()
	if err := jsonUnmarshal(r.Events[0].Data, &data); err != nil || data["n"] != 6 || r.Events[0].Type != TypeDeal {
		t.Fatalf("replayed %s %s, want deal {\"n\":6}", r.Events[0].Type, r.Events[0].Data)
	}
}

// TestSubscribeIsAtomicWithReplay: events published after Subscribe arrive on C, none
// twice, none lost.
func TestSubscribeIsAtomicWithReplay(t *testing.T) {
	b := New(Config{})
	b.Publish(TypeJob, 1)
	b.Publish(TypeJob, 2)
	s, r, _ := b.Subscribe(b.Epoch() + ".1")
	defer s.Close()
	b.Publish(TypeJob, 3)
	got := ids(append(r.Events, <-s.C()))
	if got != "2,3" {
		t.Fatalf("got %s, want 2,3", got)
	}
}

// TestSlowReaderIsDroppedNotWaitedFor: a reader that reads nothing is dropped once its
// buffer is full; the publisher goes on (publishing never blocks: this test would hang),
// and the other reader gets every event.
func TestSlowReaderIsDroppedNotWaitedFor(t *testing.T) {
	b := New(Config{ClientBuffer: 8})
	slow, _, _ := b.Subscribe("")
	fast, _, _ := b.Subscribe("")
	got := 0
	for i := 0; i < 1000; i++ {
		b.Publish(TypeOffer, i)
		for len(fast.C()) > 0 {
			<-fast.C()
			got++
		}
	}
	select {
	case <-slow.Dropped():
	default:
		t.Fatal("the slow reader was not dropped")
	}
	select {
	case <-fast.Dropped():
		t.Fatal("the reader that kept up was dropped")
	default:
	}
	if got != 1000 || b.Dropped() != 1 || b.Subscribers() != 1 {
		t.Fatalf("fast reader got %d of 1000, dropped %d, subscribers %d; want 1000, 1, 1", got, b.Dropped(), b.Subscribers())
	}
	if len(slow.C()) != 8 {
		t.Fatalf("the slow reader holds %d events, want its buffer's 8", len(slow.C()))
	}
}

func TestSubscribersAreBounded(t *testing.T) {
	b := New(Config{MaxSubscribers: 2})
	s1, _, _ := b.Subscribe("")
	_, _, _ = b.Subscribe("")
	if _, _, err := b.Subscribe(""); err == nil {
		t.Fatal("a third reader was let in, want ErrTooManySubscribers")
	}
	s1.Close()
	if _, _, err := b.Subscribe(""); err != nil {
		t.Fatalf("after one left: %v", err)
	}
}

func TestNilBusPublishesNothing(t *testing.T) {
	var b *Bus
	b.Publish(TypeDeal, 1) // must not panic
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
