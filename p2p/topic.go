package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Verdict is a validator's answer for one message.
type Verdict int

const (
	// Accept delivers and relays the message.
	Accept Verdict = iota
	// Ignore drops it without penalising the sender (expired, not yet understood).
	Ignore
	// Reject drops it and penalises the sender (bad signature, malformed, wrong network).
	Reject
)

// Validator judges a message before it is delivered or relayed. What it decoded on the
// way (nil if nothing) is handed to the topic's handler with an accepted message, so a
// message is decoded and hashed once per node.
type Validator func(ctx context.Context, from peer.ID, data []byte) (Verdict, any)

// Handler receives each accepted message once, with what its validator decoded.
type Handler func(from peer.ID, data []byte, decoded any)

// subscriptionBuffer is how many accepted messages wait for a topic's handler before
// pubsub drops the newest: enough for a burst of offers while the handler is busy.
const subscriptionBuffer = 4096

// Topic is a joined gossipsub topic.
type Topic struct {
	h    *Host
	name string
	t    *pubsub.Topic
	// meshless says the last wait for a mesh peer found none (see Publish).
	meshless atomic.Bool
}

// TopicName is the full name of a topic in a network: /coophive/<network>/<name>/1.
func TopicName(network, name string) string { return fmt.Sprintf("/coophive/%s/%s/1", network, name) }

// Join joins topic name of this host's network with the given validator.
func (h *Host) Join(name string, v Validator) (*Topic, error) {
	full := TopicName(h.cfg.Network, name)
	err := h.ps.RegisterTopicValidator(full, func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		verdict, decoded := v(ctx, from, m.Data)
		switch verdict {
		case Accept:
			m.ValidatorData = decoded
			return pubsub.ValidationAccept
		case Reject:
			return pubsub.ValidationReject
		default:
			return pubsub.ValidationIgnore
		}
	}, pubsub.WithValidatorTimeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("validator for %s: %w", full, err)
	}
	t, err := h.ps.Join(full)
	if err != nil {
		return nil, fmt.Errorf("join %s: %w", full, err)
	}
	if err := t.SetScoreParams(topicScoreParams()); err != nil {
		return nil, fmt.Errorf("score params of %s: %w", full, err)
	}
	tp := &Topic{h: h, name: full, t: t}
	h.mu.Lock()
	h.topics = append(h.topics, tp)
	h.mu.Unlock()
	return tp, nil
}

// Name is the topic's full name.
func (t *Topic) Name() string { return t.name }

// Peers is how many peers this host knows on the topic (subscribed to it).
func (t *Topic) Peers() int { return len(t.t.ListPeers()) }

// Errors of Publish: the host's own validator refused the message.
var (
	ErrIgnored  = errors.New("message ignored by the local validator")
	ErrRejected = errors.New("message rejected by the local validator")
)

// meshWait bounds how long Publish waits for a mesh peer: a node grafts its mesh at its
// heartbeats (every second), and without flood publishing a message published while the
// mesh is empty (before the first heartbeat, or when its mesh peers have just left) reaches
// nobody: gossip only tells peers outside the mesh. After a wait that found no mesh peer
// (say the node is one nobody meshes with), Publish only glances (meshGlance) until the mesh
// is back, so such a node is not slowed on every message.
const (
	meshWait   = 2 * time.Second
	meshGlance = 20 * time.Millisecond
)

// Publish sends data to the topic's mesh peers (validated locally first). When the topic
// has peers but the mesh has none, it waits for the mesh to form, up to meshWait.
func (t *Topic) Publish(ctx context.Context, data []byte) error {
	err := t.publish(ctx, data)
	var ve pubsub.ValidationError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ve) && ve.Reason == pubsub.RejectValidationIgnored:
		return fmt.Errorf("publish on %s: %w", t.name, ErrIgnored)
	case errors.As(err, &ve):
		return fmt.Errorf("publish on %s: %w (%s)", t.name, ErrRejected, ve.Reason)
	}
	return fmt.Errorf("publish on %s: %w", t.name, err)
}

// PublishNow publishes without waiting for a mesh: to whatever peers the topic has now, as
// a flooding attacker does (benchmarks).
func (t *Topic) PublishNow(ctx context.Context, data []byte) error { return t.t.Publish(ctx, data) }

func (t *Topic) publish(ctx context.Context, data []byte) error {
	if len(t.t.ListPeers()) > 0 {
		wait := meshWait
		if t.meshless.Load() {
			wait = meshGlance
		}
		wctx, cancel := context.WithTimeout(ctx, wait)
		err := t.t.Publish(wctx, data, pubsub.WithReadiness(pubsub.MinTopicSize(1)))
		cancel()
		meshless := errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil
		t.meshless.Store(meshless)
		if !meshless {
			return err
		}
	}
	return t.t.Publish(ctx, data)
}

// Subscribe delivers accepted messages from other peers to handle, on one goroutine tied
// to the host, until the host stops.
func (t *Topic) Subscribe(handle Handler) error {
	sub, err := t.t.Subscribe(pubsub.WithBufferSize(subscriptionBuffer))
	if err != nil {
		return fmt.Errorf("subscribe %s: %w", t.name, err)
	}
	self := t.h.h.ID()
	t.h.wg.Add(1)
	go func() {
		defer t.h.wg.Done()
		defer sub.Cancel()
		for {
			m, err := sub.Next(t.h.subCtx)
			if err != nil {
				if !errors.Is(err, context.Canceled) && !errors.Is(err, pubsub.ErrSubscriptionCancelled) {
					t.h.log.Warn("subscription ended", "topic", t.name, "err", err)
				}
				return
			}
			if m.ReceivedFrom == self {
				continue
			}
			handle(m.ReceivedFrom, m.Data, m.ValidatorData)
		}
	}()
	return nil
}

// WaitPeers waits until at least n peers subscribe to the topic, or ctx ends.
func (t *Topic) WaitPeers(ctx context.Context, n int) error {
	for {
		if len(t.t.ListPeers()) >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %d peers on %s: %w", n, t.name, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}
