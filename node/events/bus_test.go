package events

import (
	"fmt"
	"strings"
	"testing"
)

// publishN publishes n events numbered in their data.
func publishN(t *testing.T, b *Bus, n int) []string {
	t.Helper()
	var ids []string
	for i := 0; i < n; i++ {
		id, err := b.Publish(TypeDeal, map[string]int{"n": i})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// TestReplay: a subscriber resuming from an id gets exactly the events after it while the
// ring holds them, and a resync (never a wrong replay) otherwise.
func TestReplay(t *testing.T) {
	b := New(Config{Ring: 8})
	ids := publishN(t, b, 20) // the ring keeps seq 13..20
	other := New(Config{Ring: 8})
	publishN(t, other, 20)
	cases := []struct {
		name     string
		last     string
		wantSeqs string // the replayed seqs, or "resync: <part of the reason>"
	}{
		{"no id: live only", "", ""},
		{"the last event: nothing to replay", ids[19], ""},
		{"within the ring", ids[15], "17 18 19 20"},
		{"just before the oldest kept", ids[11], "13 14 15 16 17 18 19 20"},
		{"older than the ring", ids[10], "resync: 9 events came"},
		{"another epoch (a restart)", other.LastID(), "resync: restarted"},
		{"ahead of the bus", b.Epoch() + "-21", "resync: ahead"},
		{"garbage", "zzz", "resync: not one this node"},
		{"bad seq", b.Epoch() + "-x", "resync: not one this node"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, r, err := b.Subscribe(tc.last)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var got string
			if r.Resync {
				got = "resync: " + r.Reason
			} else {
				var seqs []string
				for _, ev := range r.Events {
					seqs = append(seqs, fmt.Sprint(ev.Seq))
					if ev.ID != fmt.Sprintf("%s-%d", b.Epoch(), ev.Seq) || !strings.Contains(string(ev.Data), fmt.Sprintf(`"n":%d`, ev.Seq-1)) {
						t.Fatalf("event %+v", ev)
					}
				}
				got = strings.Join(seqs, " ")
			}
			ok := got == tc.wantSeqs
			if want, isResync := strings.CutPrefix(tc.wantSeqs, "resync: "); isResync {
				ok = r.Resync && strings.Contains(r.Reason, want)
			}
			if !ok {
				t.Fatalf("replay %q, want %q", got, tc.wantSeqs)
			}
		})
	}
}

// TestSlowSubscriberIsDropped: a subscriber that reads nothing is dropped once its buffer
// is full, while Publish never waits and a reading subscriber gets every event in order.
func TestSlowSubscriberIsDropped(t *testing.T) {
	b := New(Config{Ring: 16, Buffer: 4})
	slow, _, err := b.Subscribe("")
	if err != nil {
		t.Fatal(err)
	}
	fast, _, err := b.Subscribe("")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan uint64, 1000)
	go func() {
		for ev := range fast.C() {
			got <- ev.Seq
		}
		close(got)
	}()
	// Publish more than the slow buffer holds, one at a time so the fast reader keeps up.
	for i := 0; i < 100; i++ {
		publishN(t, b, 1)
		if want := uint64(i + 1); <-got != want {
			t.Fatalf("fast subscriber out of order at %d", want)
		}
	}
	if !slow.Dropped() || fast.Dropped() || b.Dropped() != 1 || b.Subscribers() != 1 {
		t.Fatalf("slow dropped %v, fast dropped %v, bus dropped %d, subscribers %d", slow.Dropped(), fast.Dropped(), b.Dropped(), b.Subscribers())
	}
	n := 0
	for range slow.C() { // what it had buffered, then closed
		n++
	}
	if n != 4 {
		t.Fatalf("slow subscriber had %d events buffered, want 4", n)
	}
	fast.Close()
	if _, ok := <-got; ok {
		t.Fatal("fast subscriber's channel still open after Close")
	}
}

// TestSubscriberBound: at most MaxSub subscribers; a closed one frees its place.
func TestSubscriberBound(t *testing.T) {
	b := New(Config{MaxSub: 2})
	s1, _, _ := b.Subscribe("")
	if _, _, err := b.Subscribe(""); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Subscribe(""); err == nil || !strings.Contains(err.Error(), "too many") {
		t.Fatalf("third subscriber: %v", err)
	}
	s1.Close()
	s1.Close() // twice is harmless
	if _, _, err := b.Subscribe(""); err != nil {
		t.Fatalf("after a close: %v", err)
	}
}

// TestEpochsDiffer: two buses (two starts of a node) never share an epoch.
func TestEpochsDiffer(t *testing.T) {
	a, b := New(Config{}), New(Config{})
	if a.Epoch() == b.Epoch() || len(a.Epoch()) != 16 || a.LastID() != a.Epoch()+"-0" {
		t.Fatalf("epochs %q %q, last id %q", a.Epoch(), b.Epoch(), a.LastID())
	}
}
