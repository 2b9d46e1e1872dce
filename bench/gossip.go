package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	mocknet "github.com/libp2p/go-libp2p/p2p/net/mock"
	"github.com/multiformats/go-multiaddr"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/p2p"
)

// GossipReport is what Gossip measured.
type GossipReport struct {
	Nodes, Offers int
	Delivered     float64 // fraction of (offer, other node) pairs delivered
	P50, P99      time.Duration
	P999, Max     time.Duration
	// CopiesPerDelivery is how many copies of a message the mesh sent for each node it
	// reached (1 would be a spanning tree).
	CopiesPerDelivery float64
	// CPUCores is the process's CPU time while publishing, in cores.
	CPUCores     float64
	PeersPerNode float64 // connected peers per node, on average
	// GCCycles and AllocMiB are the garbage collections and the memory allocated from the
	// first timed offer to the last delivery (the heap is collected just before, as
	// testing.B does).
	GCCycles int
	AllocMiB float64
	Warmup   int // offers published before the timed ones (GossipConfig.Warmup)
}

// String is the figures' line: `gossip nodes=N offers=K delivered=RATIO p50_ms=X p99_ms=Y`.
func (r GossipReport) String() string {
	return fmt.Sprintf("gossip nodes=%d offers=%d delivered=%.4f p50_ms=%.1f p99_ms=%.1f",
		r.Nodes, r.Offers, r.Delivered, ms(r.P50), ms(r.P99))
}

// Detail is a line of the other figures.
func (r GossipReport) Detail() string {
	return fmt.Sprintf("gossip detail: p99.9_ms=%.1f max_ms=%.1f copies_per_delivery=%.2f cpu_cores=%.2f peers_per_node=%.1f gc_cycles=%d alloc_mib=%.0f warmup=%d",
		ms(r.P999), ms(r.Max), r.CopiesPerDelivery, r.CPUCores, r.PeersPerNode, r.GCCycles, r.AllocMiB, r.Warmup)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// benchMember is one node of the benchmark.
type benchMember struct {
	key   *ecdsa.PrivateKey
	host  *p2p.Host
	topic *p2p.Topic
}

func sentCopies(members []benchMember) int64 {
	var n int64
	for _, m := range members {
		n += m.host.GossipSent()
	}
	return n
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// The networks Gossip can run its nodes on.
const (
	TransportQUIC = "quic" // loopback QUIC, the transport nodes dial first
	TransportTCP  = "tcp"  // loopback TCP with TLS or Noise and yamux, the fallback
	// TransportSimulated is go-libp2p's in-memory mocknet: the same gossipsub, validators and
	// peer scoring, without a transport's encryption and packet handling (which is most of
	// the CPU when 100 nodes share one machine).
	TransportSimulated = "simulated"
)

// GossipConfig sets up Gossip.
type GossipConfig struct {
	Nodes, Offers int
	Rate          int    // offers per second
	Transport     string // TransportQUIC (when empty), TransportTCP or TransportSimulated
	// Warmup is how many offers are published, at Rate, before the Offers that are timed.
	// The nodes' message caches (gossipsub's seen-message maps, the validators' replay
	// memory) grow as they fill, and because every node of the process sees the same
	// messages they all grow at the same count: one burst of the whole process's CPU,
	// which a real network, each node on its own CPU, does not have. The maps grow at about
	// 900, 1,800, 3,600... entries, so 2,000 warm-up offers leave the next 1,000 timed ones
	// between two growths.
	Warmup int
	// Profile, when set, receives a CPU profile of the timed phase (after the warm-up).
	Profile io.Writer
}

// validate says what is wrong with cfg, if anything.
func (cfg GossipConfig) validate() error {
	if cfg.Nodes < 2 || cfg.Offers < 1 || cfg.Rate < 1 || cfg.Warmup < 0 {
		return fmt.Errorf("bench gossip: want at least 2 nodes, 1 offer and 1 offer a second, and no negative warm-up (got %d, %d, %d, %d)",
			cfg.Nodes, cfg.Offers, cfg.Rate, cfg.Warmup)
	}
	return nil
}

// Gossip starts cfg.Nodes libp2p hosts in this process (on loopback QUIC or TCP, or on
// the simulated network), each joined to the offers topic with the market's validators
// (signature, peer binding, replay damping), each bootstrapping from up to three earlier
// ones. Random nodes then publish offers signed with their own keys, cfg.Rate per second:
// cfg.Warmup untimed, then (after a garbage collection) cfg.Offers whose arrival at every
// node is timed.
func Gossip(ctx context.Context, cfg GossipConfig, log *slog.Logger) (GossipReport, error) {
	nodes, offers, rate := cfg.Nodes, cfg.Offers, cfg.Rate
	rep := GossipReport{Nodes: nodes, Offers: offers, Warmup: cfg.Warmup}
	if err := cfg.validate(); err != nil {
		return rep, err
	}
	domain := matching.Domain{ChainID: big.NewInt(chain.DevChainID), Market: common.HexToAddress("0xc0ffee")}
	rng := rand.New(rand.NewSource(1))
	var (
		mu   sync.Mutex
		sent = map[common.Hash]time.Time{}
		lat  []time.Duration
		got  int
	)
	var members []benchMember
	defer func() {
		for _, m := range members {
			_ = m.host.Stop()
		}
	}()
	keys := make([]*ecdsa.PrivateKey, nodes)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
	}
	listen, err := benchListenAddr(cfg.Transport)
	if err != nil {
		return rep, err
	}
	sim, err := simulatedHosts(cfg.Transport == TransportSimulated, keys)
	if err != nil {
		return rep, err
	}
	if sim != nil {
		defer sim.Close()
	}
	for i, key := range keys {
		var boot []string
		for k := 0; k < 3 && i > 0; k++ {
			boot = append(boot, members[rng.Intn(i)].host.Addrs()...)
		}
		pc := p2p.Config{Key: key, Network: domain.Network(), ListenAddrs: []string{listen},
			Bootstrap: boot, Logger: log}
		if sim != nil {
			id, err := p2p.PeerIDOf(key)
			if err != nil {
				return rep, err
			}
			pc.Host = sim.Host(id)
		}
		h := p2p.New(pc)
		if err := h.Start(ctx); err != nil {
			return rep, err
		}
		v := &gossip.Validators{Domain: domain, Log: log}
		tp, err := h.Join(gossip.TopicOffers, v.Offers)
		if err != nil {
			return rep, err
		}
		if err := tp.Subscribe(func(_ peer.ID, _ []byte, decoded any) {
			at := time.Now()
			o, ok := decoded.(gossip.Offer)
			if !ok {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if t0, ok := sent[o.ID]; ok {
				got++
				lat = append(lat, at.Sub(t0))
			}
		}); err != nil {
			return rep, err
		}
		members = append(members, benchMember{key, h, tp})
	}
	for _, m := range members { // the mesh forms on the first heartbeats
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := m.topic.WaitPeers(wctx, 1)
		cancel()
		if err != nil {
			return rep, err
		}
	}
	time.Sleep(2 * time.Second)
	pub := benchPublisher{domain: domain, rng: rng, members: members, rate: rate}
	if err := pub.publish(ctx, cfg.Warmup, nil); err != nil {
		return rep, err
	}
	if cfg.Warmup > 0 {
		time.Sleep(2 * time.Second) // the warm-up's last deliveries
	}
	runtime.GC() // the nodes' start-up garbage is not the mesh's cost
	if cfg.Profile != nil {
		if err := pprof.StartCPUProfile(cfg.Profile); err != nil {
			return rep, fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var mem0, mem1 runtime.MemStats
	runtime.ReadMemStats(&mem0)
	sent0, cpu0, wall0 := sentCopies(members), cpuTime(), time.Now()
	err = pub.publish(ctx, offers, func(id common.Hash) {
		mu.Lock()
		sent[id] = time.Now()
		mu.Unlock()
	})
	if err != nil {
		return rep, err
	}
	rep.CPUCores = (cpuTime() - cpu0).Seconds() / time.Since(wall0).Seconds()
	for last, waited := -1, 0; waited < 30; waited++ { // stragglers: until a quiet second
		time.Sleep(time.Second)
		mu.Lock()
		n := got
		mu.Unlock()
		if n == last {
			break
		}
		last = n
	}
	runtime.ReadMemStats(&mem1) // after the stragglers: a collection takes a second to finish
	rep.GCCycles = int(mem1.NumGC - mem0.NumGC)
	rep.AllocMiB = float64(mem1.TotalAlloc-mem0.TotalAlloc) / (1 << 20)
	mu.Lock()
	defer mu.Unlock()
	rep.Delivered = float64(got) / float64(offers*(nodes-1))
	if got > 0 {
		rep.CopiesPerDelivery = float64(sentCopies(members)-sent0) / float64(got)
	}
	for _, m := range members {
		rep.PeersPerNode += float64(m.host.Peers()) / float64(len(members))
	}
	if len(lat) > 0 {
		sort.Slice(lat, func(i, k int) bool { return lat[i] < lat[k] })
		rep.P50, rep.P99 = lat[len(lat)/2], lat[len(lat)*99/100]
		rep.P999, rep.Max = lat[len(lat)*999/1000], lat[len(lat)-1]
	}
	return rep, nil
}

// benchPublisher publishes signed offers from random members, rate a second.
type benchPublisher struct {
	domain  matching.Domain
	rng     *rand.Rand
	members []benchMember
	rate    int
	nonce   int64
}

// publish publishes n offers, calling sending (when set) with each one's id just before.
func (b *benchPublisher) publish(ctx context.Context, n int, sending func(common.Hash)) error {
	now := uint64(time.Now().Unix())
	tick := time.NewTicker(time.Second / time.Duration(b.rate))
	defer tick.Stop()
	for i := 0; i < n; i++ {
		m := b.members[b.rng.Intn(len(b.members))]
		b.nonce++
		o := matching.ResourceOffer{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 1024}, Price: big.NewInt(1),
			TimeoutCollateral: big.NewInt(1), ResultsCollateral: big.NewInt(1), SubmitWindow: 60, JudgeWindow: 60,
			MediateWindow: 60, Mediators: []common.Address{{1}}, Capacity: 1, Nonce: big.NewInt(b.nonce),
			CreatedAt: now, ValidUntil: now + 3600}
		s, err := matching.NewSignedOffer(b.domain, o, m.key)
		if err != nil {
			return err
		}
		s.PeerID = m.host.ID().String()
		data, err := s.Encode()
		if err != nil {
			return err
		}
		if sending != nil {
			sending(s.Offer.Hash(b.domain))
		}
		if err := m.topic.Publish(ctx, data); err != nil {
			return err
		}
		<-tick.C
	}
	return nil
}

// benchListenAddr is where each node listens on transport (the simulated network ignores it).
func benchListenAddr(transport string) (string, error) {
	switch transport {
	case "", TransportQUIC, TransportSimulated:
		return p2p.LoopbackQUIC, nil
	case TransportTCP:
		return p2p.LoopbackTCP, nil
	}
	return "", fmt.Errorf("bench gossip: unknown transport %q (want %s, %s or %s)", transport, TransportQUIC, TransportTCP, TransportSimulated)
}

// simulatedHosts puts one in-memory host per key on a mocknet where every pair is linked
// (each can dial each; who connects to whom is still the bootstrap's and gossipsub's choice).
// nil when not simulated.
func simulatedHosts(on bool, keys []*ecdsa.PrivateKey) (mocknet.Mocknet, error) {
	if !on {
		return nil, nil
	}
	mn := mocknet.New()
	for i, k := range keys {
		priv, err := libp2pcrypto.UnmarshalSecp256k1PrivateKey(crypto.FromECDSA(k))
		if err != nil {
			return nil, err
		}
		addr, err := multiaddr.NewMultiaddr(fmt.Sprintf("/ip4/10.%d.%d.%d/tcp/4001", i>>16&255, i>>8&255, i&255))
		if err != nil {
			return nil, err
		}
		if _, err := mn.AddPeer(priv, addr); err != nil {
			return nil, fmt.Errorf("simulated host: %w", err)
		}
	}
	if err := mn.LinkAll(); err != nil {
		return nil, err
	}
	return mn, nil
}
