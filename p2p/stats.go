package p2p

import (
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// GossipSent is how many message copies this host's gossip has handed to peers since it
// started (each copy to each peer counts): the mesh's cost, which `bench gossip` reports
// per delivery.
func (h *Host) GossipSent() int64 { return h.stats.sent.Load() }

// gossipStats is a pubsub tracer that counts the message copies sent.
type gossipStats struct{ sent atomic.Int64 }

func (s *gossipStats) SendRPC(rpc *pubsub.RPC, _ peer.ID)                   { s.sent.Add(int64(len(rpc.GetPublish()))) }
func (s *gossipStats) DuplicateMessage(*pubsub.Message)                     {}
func (s *gossipStats) DropRPC(*pubsub.RPC, peer.ID)                         {}
func (s *gossipStats) UndeliverableMessage(*pubsub.Message)                 {}
func (s *gossipStats) OnNewOutboundStream(peer.ID, protocol.ID)             {}
func (s *gossipStats) OnClosedOutboundStream(peer.ID)                       {}
func (s *gossipStats) Join(string)                                          {}
func (s *gossipStats) Leave(string)                                         {}
func (s *gossipStats) Graft(peer.ID, string)                                {}
func (s *gossipStats) Prune(peer.ID, string)                                {}
func (s *gossipStats) ValidateMessage(*pubsub.Message)                      {}
func (s *gossipStats) DeliverMessage(*pubsub.Message)                       {}
func (s *gossipStats) RejectMessage(*pubsub.Message, string)                {}
func (s *gossipStats) ThrottlePeer(peer.ID)                                 {}
func (s *gossipStats) RecvRPC(*pubsub.RPC)                                  {}
func (s *gossipStats) SendRPCCompleted(*pubsub.RPC, peer.ID, time.Duration) {}

var _ pubsub.RawTracer = (*gossipStats)(nil)
