package p2p

import (
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// GossipStats counts this host's gossip since it started.
type GossipStats struct {
	Sent       int64 // messages handed to peers (each copy counts)
	Duplicates int64 // copies received of messages already seen
	Dropped    int64 // RPCs dropped because a peer's outbound queue was full
	Lost       int64 // accepted messages a slow handler did not take in time
}

// GossipStats is what the host's gossip has counted so far.
func (h *Host) GossipStats() GossipStats {
	s := &h.stats
	return GossipStats{Sent: s.sent.Load(), Duplicates: s.dups.Load(), Dropped: s.dropped.Load(), Lost: s.lost.Load()}
}

// gossipStats is a pubsub tracer that only counts.
type gossipStats struct{ sent, dups, dropped, lost atomic.Int64 }

func (s *gossipStats) SendRPC(rpc *pubsub.RPC, _ peer.ID)                   { s.sent.Add(int64(len(rpc.GetPublish()))) }
func (s *gossipStats) DuplicateMessage(*pubsub.Message)                     { s.dups.Add(1) }
func (s *gossipStats) DropRPC(*pubsub.RPC, peer.ID)                         { s.dropped.Add(1) }
func (s *gossipStats) UndeliverableMessage(*pubsub.Message)                 { s.lost.Add(1) }
func (s *gossipStats) AddPeer(peer.ID, protocol.ID)                         {}
func (s *gossipStats) RemovePeer(peer.ID)                                   {}
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
