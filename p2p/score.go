package p2p

import (
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// gossipParams are the gossipsub router's parameters. The market's topics carry many small
// signed messages that every node validates (an ECDSA recovery each), so the mesh is kept
// thin: each node receives a message from about 1.7 peers instead of about 9 with the
// defaults (degree 6 to 12, flood publishing to every peer, gossip to a quarter of the
// others), which was what kept a 100-node mesh on two cores from keeping up with 100 offers
// a second. What the thin mesh misses, gossip (IHAVE/IWANT to Dlazy peers each heartbeat)
// and the periodic re-publication of offers and jobs repair. Without flood publishing a publisher
// sends to its mesh peers only; peer scoring keeps misbehaving peers out of meshes.
func gossipParams() pubsub.GossipSubParams {
	p := pubsub.DefaultGossipSubParams()
	p.D, p.Dlo, p.Dhi = 3, 2, 4
	p.Dscore = 1
	// Dout, the mesh's quota of peers this node dialed (against sybils filling its inbound
	// slots), must be below D/2, so it is 0: peer scoring and the IP colocation penalty remain.
	p.Dout = 0
	p.Dlazy = 3
	p.GossipFactor = 0 // exactly Dlazy peers, however many are connected
	return p
}

// Peer scoring, tuned for sparse topics: offers and jobs are few, so nothing is lost for low
// traffic (no mesh-delivery or mesh-failure penalties); a peer earns a little for time in the
// mesh and for being first to deliver valid messages, and loses quadratically for invalid
// ones, so a peer that keeps sending what validators Reject falls below the graylist
// threshold within a handful of messages and is then ignored altogether.

// Score thresholds.
const (
	GossipThreshold   = -500
	PublishThreshold  = -800
	GraylistThreshold = -1000
)

func peerScoreParams() *pubsub.PeerScoreParams {
	_, loopback, _ := net.ParseCIDR("127.0.0.0/8")
	return &pubsub.PeerScoreParams{
		Topics:        map[string]*pubsub.TopicScoreParams{},
		TopicScoreCap: 100,
		AppSpecificScore: func(peer.ID) float64 {
			return 0
		},
		AppSpecificWeight: 1,
		// Many peers behind one IP is suspicious on the internet, normal on a test machine.
		IPColocationFactorWeight:    -10,
		IPColocationFactorThreshold: 8,
		IPColocationFactorWhitelist: []*net.IPNet{loopback},
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 30 * time.Minute,
	}
}

func peerScoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             GossipThreshold,
		PublishThreshold:            PublishThreshold,
		GraylistThreshold:           GraylistThreshold,
		AcceptPXThreshold:           5,
		OpportunisticGraftThreshold: 3,
	}
}

func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight:                  1,
		TimeInMeshWeight:             0.01,
		TimeInMeshQuantum:            time.Second,
		TimeInMeshCap:                300,
		FirstMessageDeliveriesWeight: 0.5,
		FirstMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(10 * time.Minute),
		FirstMessageDeliveriesCap:    20,
		// sparse topics: no penalty for delivering little
		MeshMessageDeliveriesWeight:     0,
		MeshMessageDeliveriesDecay:      pubsub.ScoreParameterDecay(time.Minute),
		MeshMessageDeliveriesCap:        1,
		MeshMessageDeliveriesThreshold:  1,
		MeshMessageDeliveriesWindow:     10 * time.Millisecond,
		MeshMessageDeliveriesActivation: time.Minute,
		MeshFailurePenaltyWeight:        0,
		MeshFailurePenaltyDecay:         pubsub.ScoreParameterDecay(time.Minute),
		InvalidMessageDeliveriesWeight:  -100,
		InvalidMessageDeliveriesDecay:   pubsub.ScoreParameterDecay(time.Hour),
	}
}

// Scores are the peers' latest gossip scores (refreshed every second).
func (h *Host) Scores() map[peer.ID]float64 {
	h.scoreMu.Lock()
	defer h.scoreMu.Unlock()
	out := make(map[peer.ID]float64, len(h.scores))
	for k, v := range h.scores {
		out[k] = v
	}
	return out
}

func (h *Host) inspectScores(s map[peer.ID]float64) {
	h.scoreMu.Lock()
	h.scores = s
	h.scoreMu.Unlock()
}
