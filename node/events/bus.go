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
	"time"
)

// Event types.
const (
	TypeOffer  = "offer"  // a resource offer this node had not seen
	TypeJob    = "job"    // a job offer seen on gossip, posted on-chain, or published by this node
	TypeDeal   = "deal"   // a deal's on-chain event: its state changed (or a mediator was drawn)
	TypePeer   = "peer"   // a peer's capability record this node had not seen
	TypeResync = "resync" // not published: a subscriber's replay cannot be served, read state again
)

// Event is one numbered event.
type Event struct {
	ID   string          // "EPOCH-SEQ"
	Seq  uint64          // SEQ
	Type string          // one of the Type constants
	Data json.RawMessage // the event's JSON
	At   time.Time
}

// Defaults of a Bus.
const (
	DefaultRing   = 4096 // events kept for replay
	DefaultBuffer = 256  // events a subscriber may lag behind before it is dropped
	DefaultMaxSub = 64   // subscribers at once
)

// Config bounds a Bus; zeros take the defaults.
type Config struct {
	Ring   int // events kept for replay
	Buffer int // a subscriber's buffer
	MaxSub int // subscribers at once
}

// ErrTooManySubscribers: the bus has Config.MaxSub subscribers already.
var ErrTooManySubscribers = errors.New("too many event subscribers")

// Bus numbers events, keeps the last Config.Ring of them and fans them out.
type Bus struct {
	cfg   Config
	epoch string

	mu      sync.Mutex
	seq     uint64
	ring    []Event // a circular buffer of the last len(ring) events once full
	next    int     // where the next event goes in ring
	full    bool
	subs    map[*Sub]struct{}
	dropped uint64
}

// New makes a bus with a fresh random epoch; it does no I/O.
func New(cfg Config) *Bus {
	if cfg.Ring <= 0 {
		cfg.Ring = DefaultRing
	}
	if cfg.Buffer <= 0 {
		cfg.Buffer = DefaultBuffer
	}
	if cfg.MaxSub <= 0 {
		cfg.MaxSub = DefaultMaxSub
	}
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand panics rather)
	return &Bus{cfg: cfg, epoch: hex.EncodeToString(b[:]), ring: make([]Event, cfg.Ring), subs: map[*Sub]struct{}{}}
}

// Epoch is the bus's epoch: the first part of every id it hands out.
func (b *Bus) Epoch() string { return b.epoch }

// LastID is the id of the last event published ("EPOCH-0" before the first).
func (b *Bus) LastID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.id(b.seq)
}

func (b *Bus) id(seq uint64) string { return b.epoch + "-" + strconv.FormatUint(seq, 10) }

// Publish numbers an event of type typ with v as its JSON, keeps it for replay and offers it
// to every subscriber without waiting: one whose buffer is full is dropped. It returns the
// event's id.
func (b *Bus) Publish(typ string, v any) (string, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("event %s: %w", typ, err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	ev := Event{ID: b.id(b.seq), Seq: b.seq, Type: typ, Data: data, At: time.Now()}
	b.ring[b.next] = ev
	b.next++
	if b.next == len(b.ring) {
		b.next, b.full = 0, true
	}
	for s := range b.subs {
		select {
		case s.ch <- ev:
		default: // a slow subscriber: dropped, never waited for
			b.dropLocked(s)
			b.dropped++
		}
	}
	return ev.ID, nil
}

// Dropped counts the subscribers dropped for falling behind.
func (b *Bus) Dropped() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.dropped
}

// Subscribers counts the subscribers now.
func (b *Bus) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Replay is what a subscriber resuming from an id gets before the live events.
type Replay struct {
	Events []Event // the events after the id, oldest first
	// Resync is set, with Reason, when the events after the id cannot be replayed: the
	// subscriber must read the state again; Events is then empty.
	Resync bool
	Reason string
}

// Subscribe registers a subscriber; with lastID (a Last-Event-ID; "" for none) it also
// returns the events after it, or a resync when they are gone. Both happen under one lock,
// so no event falls between the replay and the live stream.
func (b *Bus) Subscribe(lastID string) (*Sub, Replay, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.subs) >= b.cfg.MaxSub {
		return nil, Replay{}, fmt.Errorf("%w (%d)", ErrTooManySubscribers, b.cfg.MaxSub)
	}
	var r Replay
	if lastID != "" {
		r = b.replayLocked(lastID)
	}
	s := &Sub{b: b, ch: make(chan Event, b.cfg.Buffer)}
	b.subs[s] = struct{}{}
	return s, r, nil
}

// replayLocked is Subscribe's replay from lastID.
func (b *Bus) replayLocked(lastID string) Replay {
	epoch, seqText, ok := strings.Cut(lastID, "-")
	seq, err := strconv.ParseUint(seqText, 10, 64)
	switch {
	case !ok || err != nil:
		return Replay{Resync: true, Reason: fmt.Sprintf("event id %q is not one this node hands out", lastID)}
	case epoch != b.epoch:
		return Replay{Resync: true, Reason: "the node restarted since that event: its events before the restart are gone"}
	case seq > b.seq:
		return Replay{Resync: true, Reason: fmt.Sprintf("event id %q is ahead of this node's last event", lastID)}
	}
	oldest := b.seq - uint64(b.kept()) + 1 // the first seq still in the ring
	if seq+1 < oldest {
		return Replay{Resync: true, Reason: fmt.Sprintf("%d events came since that one; this node keeps the last %d", b.seq-seq, len(b.ring))}
	}
	var out []Event
	for i := seq + 1; i <= b.seq; i++ {
		out = append(out, b.ring[b.slot(i)])
	}
	return Replay{Events: out}
}

// kept is how many events the ring holds.
func (b *Bus) kept() int {
	if b.full {
		return len(b.ring)
	}
	return b.next
}

// slot is where seq sits in the ring (seq must be kept).
func (b *Bus) slot(seq uint64) int {
	back := int(b.seq - seq) // 0 for the last event
	return (b.next - 1 - back + 2*len(b.ring)) % len(b.ring)
}

func (b *Bus) dropLocked(s *Sub) {
	if _, ok := b.subs[s]; ok {
		delete(b.subs, s)
		s.dropped = true
		close(s.ch)
	}
}

// Sub is one subscriber.
type Sub struct {
	b       *Bus
	ch      chan Event
	dropped bool // under b.mu
}

// C delivers the live events; it is closed when the subscriber is dropped or closed.
func (s *Sub) C() <-chan Event { return s.ch }

// Dropped says whether the bus dropped the subscriber for falling behind.
func (s *Sub) Dropped() bool {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	return s.dropped
}

// Close unregisters the subscriber.
func (s *Sub) Close() {
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	if _, ok := s.b.subs[s]; ok {
		delete(s.b.subs, s)
		close(s.ch)
	}
}
