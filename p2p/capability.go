package p2p

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/record"
)

// GPUInfo describes one GPU in a capability record.
type GPUInfo struct {
	Vendor  string `json:"vendor"`
	Model   string `json:"model"`
	VRAMMiB uint64 `json:"vramMiB"`
	Driver  string `json:"driver,omitempty"`
	CUDA    string `json:"cuda,omitempty"`
}

// Capability is what a node says it is and has. It travels as a libp2p record in a signed
// envelope: the signature binds it to the node's key, so no one can claim capacity for
// another node, and an RP's offers may not claim more than its record (see node's validators).
type Capability struct {
	Seq      uint64    `json:"seq"` // later records replace earlier ones
	Roles    []string  `json:"roles"`
	Version  string    `json:"version"`
	CPUMilli uint64    `json:"cpuMilli"`
	RAMMiB   uint64    `json:"ramMiB"`
	DiskMiB  uint64    `json:"diskMiB"`
	GPUs     []GPUInfo `json:"gpus"`
}

const capabilityDomain = "coophive-capability"

var capabilityCodec = []byte("/coophive/capability-record/1")

func init() { record.RegisterType(&Capability{}) }

// Domain is the record's signature domain.
func (c *Capability) Domain() string { return capabilityDomain }

// Codec names the record type inside the envelope.
func (c *Capability) Codec() []byte { return capabilityCodec }

// MarshalRecord encodes the record.
func (c *Capability) MarshalRecord() ([]byte, error) { return json.Marshal(c) }

// UnmarshalRecord decodes the record.
func (c *Capability) UnmarshalRecord(b []byte) error { return json.Unmarshal(b, c) }

// SignedCapability is a verified record and the peer that signed it.
type SignedCapability struct {
	Peer     peer.ID
	Record   Capability
	Envelope []byte
	Seen     time.Time // when this node received it (set by Capabilities.Put)
}

// OpenCapability verifies a sealed capability record and returns it with its signer.
func OpenCapability(data []byte) (*SignedCapability, error) {
	if len(data) > MaxMessageSize {
		return nil, fmt.Errorf("capability record of %d bytes", len(data))
	}
	var c Capability
	env, err := record.ConsumeTypedEnvelope(data, &c)
	if err != nil {
		return nil, fmt.Errorf("capability record: %w", err)
	}
	id, err := peer.IDFromPublicKey(env.PublicKey)
	if err != nil {
		return nil, err
	}
	return &SignedCapability{Peer: id, Record: c, Envelope: data}, nil
}

// SealCapability signs a record with the host's key.
func (h *Host) SealCapability(c Capability) ([]byte, error) {
	priv := h.h.Peerstore().PrivKey(h.h.ID())
	return sealCapability(c, priv)
}

func sealCapability(c Capability, priv crypto.PrivKey) ([]byte, error) {
	env, err := record.Seal(&c, priv)
	if err != nil {
		return nil, fmt.Errorf("seal capability record: %w", err)
	}
	return env.Marshal()
}

// Capabilities is a node's view of the network's capability records, the latest per peer.
// It holds at most Max records (MaxCapabilities when 0): a new peer's record beyond that
// evicts another's, one Keep does not protect if there is one (a node keeps its connected
// peers' records), so a flood of records from fresh keys costs a bounded map.
type Capabilities struct {
	Max  int
	Keep func(peer.ID) bool

	mu sync.Mutex
	m  map[peer.ID]*SignedCapability
}

// MaxCapabilities is the default bound of a Capabilities.
const MaxCapabilities = 4096

// Put keeps c if it is newer than what is known of its peer.
func (cs *Capabilities) Put(c *SignedCapability) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.m == nil {
		cs.m = map[peer.ID]*SignedCapability{}
	}
	old, ok := cs.m[c.Peer]
	if ok && old.Record.Seq >= c.Record.Seq {
		return false
	}
	if !ok {
		cs.makeRoom()
	}
	c.Seen = time.Now()
	cs.m[c.Peer] = c
	return true
}

// Touch marks peer id's record as seen now: the peer itself just answered for it (a pull),
// which gossip, where a record can be replayed by anyone, cannot prove.
func (cs *Capabilities) Touch(id peer.ID) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if c, ok := cs.m[id]; ok {
		fresh := *c // a copy: records handed out by All are read without the lock
		fresh.Seen = time.Now()
		cs.m[id] = &fresh
	}
}

// makeRoom evicts records until one more fits: the first unprotected one met (map order is
// random), else any.
func (cs *Capabilities) makeRoom() {
	limit := cs.Max
	if limit <= 0 {
		limit = MaxCapabilities
	}
	for len(cs.m) >= limit {
		var victim peer.ID
		found := false
		for id := range cs.m {
			if !found {
				victim, found = id, true
			}
			if cs.Keep == nil || !cs.Keep(id) {
				victim = id
				break
			}
		}
		delete(cs.m, victim)
	}
}

// Len is how many peers' records are known.
func (cs *Capabilities) Len() int {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return len(cs.m)
}

// Get returns a peer's record.
func (cs *Capabilities) Get(id peer.ID) (*SignedCapability, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	c, ok := cs.m[id]
	return c, ok
}

// All lists the known records.
func (cs *Capabilities) All() []*SignedCapability {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	out := make([]*SignedCapability, 0, len(cs.m))
	for _, c := range cs.m {
		out = append(out, c)
	}
	return out
}

// capabilityProtocol: pull a peer's record directly.
const capabilityProtocol = "capability"

// ServeCapability answers pulls with the sealed record own returns.
func (h *Host) ServeCapability(own func() []byte) {
	h.Serve(capabilityProtocol, 0, func(context.Context, peer.ID, []byte) ([]byte, error) { return own(), nil })
}

// PullCapability asks a peer for its record and verifies it was signed by that peer.
func (h *Host) PullCapability(ctx context.Context, id peer.ID) (*SignedCapability, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	data, err := h.Ask(ctx, id, nil, capabilityProtocol, nil)
	if err != nil {
		return nil, err
	}
	c, err := OpenCapability(data)
	if err != nil {
		return nil, err
	}
	if c.Peer != id {
		return nil, fmt.Errorf("peer %s answered with the record of %s", id, c.Peer)
	}
	return c, nil
}
