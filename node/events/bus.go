package events

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// The event types a node publishes.
const (
	TypeOffer  = "offer"  // a resource offer new to this node
	TypeJob    = "job"    // a job offer new to this node (gossiped, posted on-chain, or its own)
	TypeDeal   = "deal"   // a Market event of a deal: its state after it
	TypePeer   = "peer"   // a peer's capability record, new or changed
	TypeResync = "resync" // sent to a reader whose Last-Event-ID cannot be replayed
)

// Event is one published event. Data is its JSON body.
type Event struct {
	ID   string          `json:"id"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
	seq  uint64
}

// Config bounds a Bus; zero values take the defaults.
type Config struct {
	RingSize       int // events kept for replay (default 1024)
	ClientBuffer   int // events a reader may fall behind by before it is dropped (default 256)
	MaxSubscribers int // readers at once (default 64)
}

// Defaults of Config.
const (
	DefaultRingSize       = 1024
	DefaultClientBuffer   = 256
	DefaultMaxSubscribers = 64
)

// ErrTooManySubscribers is Subscribe's error beyond Config.MaxSubscribers.
var ErrTooManySubscribers = errors.New("too many event stream readers")

// Bus fans events out to subscribers and keeps the last ones for replay. A nil *Bus
// publishes nothing, so a node without an API pays nothing.
type Bus struct {
	cfg   Config
	epoch string

	mu      sync.Mutex
	seq     uint64
	ring    []Event // a circular buffer of the last len(ring) events
	next    int     // where the next event goes
	count   int     // events in the ring
	subs    map[*Sub]struct{}
	dropped atomic.Uint64
}

// New makes a bus with a fresh random epoch; it does no I/O besides reading randomness.
func New(cfg Config) *Bus {
	if cfg.RingSize <= 0 {
		cfg.RingSize = DefaultRingSize
	}
	if cfg.ClientBuffer <= 0 {
		cfg.ClientBuffer = DefaultClientBuffer
	}
	if cfg.MaxSubscribers <= 0 {
		cfg.MaxSubscribers = DefaultMaxSubscribers
	}
	var e [8]byte
	_, _ = rand.Read(e[:]) // crypto/rand does not fail on supported platforms
	return &Bus{cfg: cfg, epoch: hex.EncodeToString(e[:]), ring: make([]Event, cfg.RingSize), subs: map[*Sub]struct{}{}}
}

// Epoch is this bus's epoch, the first part of its event ids.
func (b *Bus) Epoch() string {
	if b == nil {
		return ""
	}
	return b.epoch
}

// Publish sends an event of type typ with v as its JSON data to every subscriber, dropping
// those whose buffer is full. It never blocks on a reader.
func (b *Bus) Publish(typ string, v any) {
	if b == nil {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		data, _ = json.Marshal(map[string]string{"error": err.Error()})
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	ev := Event{ID: b.id(b.seq), Type: typ, Data: data, seq: b.seq}
	b.ring[b.next] = ev
	b.next = (b.next + 1) % len(b.ring)
	b.count = min(b.count+1, len(b.ring))
	for s := range b.subs {
		select {
		case s.c <- ev:
		default: // a slow reader: drop it, never wait for it
			b.drop(s)
		}
	}
}

func (b *Bus) id(seq uint64) string { return b.epoch + "." + strconv.FormatUint(seq, 10) }

// LastID is the id of the last event published ("" before the first).
func (b *Bus) LastID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seq == 0 {
		return ""
	}
	return b.id(b.seq)
}

// Dropped counts the subscribers dropped for falling behind.
func (b *Bus) Dropped() uint64 { return b.dropped.Load() }

// Subscribers is how many readers are subscribed.
func (b *Bus) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Sub is one reader's subscription.
type Sub struct {
	b       *Bus
	c       chan Event
	dropped chan struct{}
	once    sync.Once
}

// C delivers the events published after Subscribe.
func (s *Sub) C() <-chan Event { return s.c }

// Dropped is closed when the bus dropped this reader for falling behind.
func (s *Sub) Dropped() <-chan struct{} { return s.dropped }

// Close ends the subscription.
func (s *Sub) Close() {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	delete(s.b.subs, s)
}

// drop removes s for falling behind; b.mu is held.
func (b *Bus) drop(s *Sub) {
	delete(b.subs, s)
	s.once.Do(func() { close(s.dropped) })
	b.dropped.Add(1)
}

// Replay is what a new subscriber gets first: the events it missed, or, when they cannot be
// known, Resync with the reason and no events.
type Replay struct {
	Events []Event
	Resync string // why the reader must reload its state ("" when Events are all it missed)
	// LastID is the id of the last event published before the subscription ("EPOCH.0"
	// before any): a resynced reader carries on from it.
	LastID string
}

// Subscribe subscribes a reader that last read the event lastID ("" for a new reader) and
// returns what it missed from the ring, atomically with the subscription: no event is both
// replayed and delivered, and none falls between.
func (b *Bus) Subscribe(lastID string) (*Sub, Replay, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.subs) >= b.cfg.MaxSubscribers {
		return nil, Replay{}, fmt.Errorf("%w (at most %d)", ErrTooManySubscribers, b.cfg.MaxSubscribers)
	}
	s := &Sub{b: b, c: make(chan Event, b.cfg.ClientBuffer), dropped: make(chan struct{})}
	b.subs[s] = struct{}{}
	r := b.replay(lastID)
	r.LastID = b.id(b.seq)
	return s, r, nil
}

// replay is Subscribe's replay; b.mu is held.
func (b *Bus) replay(lastID string) Replay {
	if lastID == "" {
		return Replay{}
	}
	epoch, seqText, ok := strings.Cut(lastID, ".")
	seq, err := strconv.ParseUint(seqText, 10, 64)
	switch {
	case !ok || err != nil:
		return Replay{Resync: fmt.Sprintf("Last-Event-ID %q is not an event id of this node", lastID)}
	case epoch != b.epoch:
		return Replay{Resync: "the node restarted since event " + lastID + "; what happened meanwhile is not in its event log"}
	case seq > b.seq:
		return Replay{Resync: fmt.Sprintf("event %s was never sent (the last is %d)", lastID, b.seq)}
	}
	oldest := b.seq - uint64(b.count) + 1 // the first seq the ring holds
	if seq+1 < oldest {
		return Replay{Resync: fmt.Sprintf("events after %s have left the log (it keeps the last %d)", lastID, len(b.ring))}
	}
	var out []Event
	for i := 0; i < b.count; i++ {
		ev := b.ring[(b.next-b.count+i+len(b.ring))%len(b.ring)]
		if ev.seq > seq {
			out = append(out, ev)
		}
	}
	return Replay{Events: out}
}
