package p2p

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// MaxMessageSize caps every gossip message.
const MaxMessageSize = 64 << 10

// Listen addresses: a node listens on QUIC and TCP on every interface (DefaultListenAddrs);
// nodes that share one machine (devnet, benchmarks, tests) on loopback, QUIC only.
const (
	ListenQUIC   = "/ip4/0.0.0.0/udp/0/quic-v1"
	ListenTCP    = "/ip4/0.0.0.0/tcp/0"
	LoopbackQUIC = "/ip4/127.0.0.1/udp/0/quic-v1"
	LoopbackTCP  = "/ip4/127.0.0.1/tcp/0"
)

// DefaultListenAddrs are a host's listen addresses unless its Config names others: QUIC
// first, TCP where UDP is blocked.
func DefaultListenAddrs() []string { return []string{ListenQUIC, ListenTCP} }

// Config configures a Host.
type Config struct {
	Key         *ecdsa.PrivateKey // the node's key: libp2p identity and Ethereum account
	Network     string            // names topics and protocols; offers of other networks never mix
	ListenAddrs []string          // default DefaultListenAddrs
	Bootstrap   []string          // multiaddrs with /p2p/<id>
	ConnLow     int               // the connection manager trims to this many connections...
	ConnHigh    int               // ...once there are more than this many (defaults 100, 400)
	// DHTServer serves the DHT even when AutoNAT has not found the node reachable (local
	// networks, tests); otherwise the node serves once it is found publicly reachable.
	DHTServer bool
	// MDNS finds and connects peers of the same network on the local network by multicast DNS.
	MDNS bool
	// Host, when set, is used instead of building a libp2p host from ListenAddrs: an
	// in-memory one from go-libp2p's mocknet, for benchmarks of the protocol without the
	// transport's cost. Its identity must be Key's.
	Host host.Host
	// Metrics, when set, is where go-libp2p registers its Prometheus collectors (swarm,
	// resource manager, identify, AutoNAT, relay, hole punching, event bus); nil leaves them on
	// prometheus.DefaultRegisterer, go-libp2p's default. Its collectors are package-level, so
	// several hosts in one process share their values.
	Metrics prometheus.Registerer
	Logger  *slog.Logger
}

// LogValue is how slog shows a Config: its key only as the address it controls.
func (c Config) LogValue() slog.Value {
	addr := "none"
	if c.Key != nil {
		addr = ethcrypto.PubkeyToAddress(c.Key.PublicKey).Hex()
	}
	return slog.GroupValue(slog.String("address", addr), slog.String("network", c.Network),
		slog.Any("listen", c.ListenAddrs), slog.Any("bootstrap", c.Bootstrap))
}

// String is how fmt shows a Config (%v, %+v, %s, %#v via GoString): without the key.
func (c Config) String() string { return "p2p.Config" + c.LogValue().String() }

// GoString is %#v: the same.
func (c Config) GoString() string { return c.String() }

// Host is a node's libp2p host, pubsub router and DHT.
type Host struct {
	cfg Config
	log *slog.Logger

	h   host.Host
	ps  *pubsub.PubSub
	kad *dht.IpfsDHT

	ctx       context.Context // the pubsub router's life
	cancel    context.CancelFunc
	subCtx    context.Context // subscription loops and stream handlers; ends first
	subCancel context.CancelFunc
	wg        sync.WaitGroup
	mu        sync.Mutex
	topics    []*Topic
	mdns      io.Closer

	scoreMu sync.Mutex
	scores  map[peer.ID]float64
	stats   gossipStats
}

// New prepares a host; Start opens it.
func New(cfg Config) *Host {
	if len(cfg.ListenAddrs) == 0 {
		cfg.ListenAddrs = DefaultListenAddrs()
	}
	if cfg.ConnHigh == 0 {
		cfg.ConnLow, cfg.ConnHigh = 100, 400
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Host{cfg: cfg, log: cfg.Logger.With("component", "p2p")}
}

// Start opens the host, the pubsub router and the DHT, and connects to the bootstrap peers
// (failures are logged: a bootstrap node may come later).
func (h *Host) Start(ctx context.Context) error {
	if h.cfg.Key == nil || h.cfg.Network == "" {
		return errors.New("p2p: key and network are required")
	}
	priv, err := crypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(h.cfg.Key))
	if err != nil {
		return fmt.Errorf("p2p identity: %w", err)
	}
	boot, err := ParseAddrs(h.cfg.Bootstrap)
	if err != nil {
		return err
	}
	lh, err := h.libp2pHost(priv)
	if err != nil {
		return err
	}
	h.h = lh
	h.ctx, h.cancel = context.WithCancel(context.Background())
	h.subCtx, h.subCancel = context.WithCancel(h.ctx)
	if err := h.keepPeerRecords(); err != nil {
		return errors.Join(err, h.Stop())
	}
	h.ps, err = pubsub.NewGossipSub(h.ctx, lh,
		pubsub.WithGossipSubParams(gossipParams()),
		pubsub.WithFloodPublish(false), // see gossipParams and Topic.Publish
		pubsub.WithRawTracer(&h.stats),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(contentID),
		pubsub.WithMaxMessageSize(MaxMessageSize),
		pubsub.WithPeerExchange(true),
		// bursts of offers must queue, not drop (defaults: 32 each)
		pubsub.WithPeerOutboundQueueSize(512),
		pubsub.WithValidateQueueSize(1024),
		pubsub.WithPeerScore(peerScoreParams(), peerScoreThresholds()),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(h.inspectScores), time.Second),
	)
	if err != nil {
		return errors.Join(fmt.Errorf("p2p pubsub: %w", err), h.Stop())
	}
	mode := dht.ModeAutoServer
	if h.cfg.DHTServer {
		mode = dht.ModeServer
	}
	h.kad, err = dht.New(lh, dht.Mode(mode), dht.BootstrapPeers(boot...),
		dht.ProtocolPrefix(protocol.ID("/coophive/"+h.cfg.Network)))
	if err != nil {
		return errors.Join(fmt.Errorf("p2p dht: %w", err), h.Stop())
	}
	h.connectBootstrap(ctx, boot)
	if h.cfg.MDNS {
		svc := mdns.NewMdnsService(lh, MDNSService(h.cfg.Network), mdnsNotifee{h})
		if err := svc.Start(); err != nil {
			return errors.Join(fmt.Errorf("p2p mdns: %w", err), h.Stop())
		}
		h.mdns = svc
	}
	h.log.Info("p2p host started", "peer", lh.ID(), "addrs", h.Addrs())
	return nil
}

// libp2pHost builds the libp2p host (or takes the one configured).
func (h *Host) libp2pHost(priv crypto.PrivKey) (host.Host, error) {
	if h.cfg.Host != nil {
		if !h.cfg.Host.ID().MatchesPrivateKey(priv) {
			return nil, errors.New("p2p: the configured host's identity is not the node's key")
		}
		return h.cfg.Host, nil
	}
	cm, err := connmgr.NewConnManager(h.cfg.ConnLow, h.cfg.ConnHigh, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		return nil, fmt.Errorf("p2p connection manager: %w", err)
	}
	opts := []libp2p.Option{libp2p.Identity(priv), libp2p.ListenAddrStrings(h.cfg.ListenAddrs...),
		// QUIC first; TCP (with the default security and muxers) where UDP is blocked
		libp2p.Transport(quic.NewTransport), libp2p.Transport(tcp.NewTCPTransport),
		libp2p.DefaultMuxers, libp2p.DefaultSecurity,
		libp2p.ConnectionManager(cm), // the default resource manager bounds streams and memory
		// behind NAT: learn reachability (AutoNAT), map ports, and punch holes with a relay's
		// help for the handshake only (circuit relay v2, direct connection upgrade)
		libp2p.EnableNATService(), libp2p.NATPortMap(), libp2p.EnableRelay(), libp2p.EnableHolePunching()}
	if h.cfg.Metrics != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(h.cfg.Metrics))
	}
	lh, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p host: %w", err)
	}
	return lh, nil
}

func (h *Host) connectBootstrap(ctx context.Context, boot []peer.AddrInfo) {
	for _, ai := range boot {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := h.h.Connect(cctx, ai)
		cancel()
		if err != nil {
			h.log.Warn("bootstrap peer unreachable", "peer", ai.ID, "err", err)
		}
	}
	if len(boot) > 0 {
		bctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := h.kad.Bootstrap(bctx); err != nil {
			h.log.Warn("dht bootstrap", "err", err)
		}
	}
}

// MDNSService is the DNS-SD service name a network's nodes announce on the local network:
// one per network, so testnets on one LAN do not find each other.
func MDNSService(network string) string {
	sum := sha256.Sum256([]byte(network))
	return fmt.Sprintf("_coophive-%x._udp", sum[:4])
}

// mdnsNotifee connects to peers found on the local network.
type mdnsNotifee struct{ h *Host }

func (n mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	h := n.h
	if ai.ID == h.h.ID() || h.subCtx.Err() != nil {
		return
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		ctx, cancel := context.WithTimeout(h.subCtx, 10*time.Second)
		defer cancel()
		if err := h.h.Connect(ctx, ai); err != nil {
			h.log.Debug("mdns peer unreachable", "peer", ai.ID, "err", err)
			return
		}
		h.log.Info("found a peer on the local network", "peer", ai.ID)
	}()
}

// Stop ends the subscriptions, closes the topics, the router, the DHT and the host, in that
// order, and waits for the host's goroutines.
func (h *Host) Stop() error {
	if h.mdns != nil {
		_ = h.mdns.Close()
	}
	if h.subCancel != nil {
		h.subCancel()
	}
	h.wg.Wait()
	var errs []error
	h.mu.Lock()
	for _, t := range h.topics {
		errs = append(errs, t.t.Close())
	}
	h.topics = nil
	h.mu.Unlock()
	if h.cancel != nil {
		h.cancel()
	}
	if h.kad != nil {
		errs = append(errs, h.kad.Close())
	}
	if h.h != nil {
		errs = append(errs, h.h.Close())
	}
	return errors.Join(errs...)
}

// ID is the host's peer id.
func (h *Host) ID() peer.ID { return h.h.ID() }

// Addrs are the host's listen addresses with /p2p/<id>, for others to bootstrap from.
// Unspecified addresses (0.0.0.0) are expanded to the interfaces.
func (h *Host) Addrs() []string {
	ai := peer.AddrInfo{ID: h.h.ID(), Addrs: h.h.Addrs()}
	mas, _ := peer.AddrInfoToP2pAddrs(&ai)
	out := make([]string, len(mas))
	for i, m := range mas {
		out[i] = m.String()
	}
	return out
}

// LibP2P exposes the underlying host (tests and diagnostics).
func (h *Host) LibP2P() host.Host { return h.h }

// Connect dials peer id. The secure handshake authenticates the peer's key, so whatever
// address is dialled only the holder of id's key answers: an address a message carried
// (unsigned, so a relay may have changed it) can make a dial fail but never reach another
// peer. So that such addresses neither stall a dial nor make this node dial strangers, the
// peer's own signed peer record (libp2p's certified address book, filled by identify) wins:
// when one is known only its addresses are dialled and addrs is not used. Otherwise addrs
// (with or without /p2p/ parts) are tried, then the DHT.
func (h *Host) Connect(ctx context.Context, id peer.ID, addrs []string) error {
	if h.h.Network().Connectedness(id) == network.Connected {
		return nil
	}
	if certified := h.CertifiedAddrs(id); len(certified) > 0 {
		return h.dial(ctx, peer.AddrInfo{ID: id, Addrs: certified})
	}
	ai := peer.AddrInfo{ID: id}
	for _, a := range addrs {
		m, err := multiaddr.NewMultiaddr(a)
		if err != nil {
			continue
		}
		if t, p := peer.SplitAddr(m); t != nil && (p == "" || p == id) {
			ai.Addrs = append(ai.Addrs, t)
		}
	}
	var err error
	if len(ai.Addrs) > 0 || len(h.h.Peerstore().Addrs(id)) > 0 {
		if err = h.dial(ctx, ai); err == nil {
			return nil
		}
	}
	fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	found, ferr := h.kad.FindPeer(fctx, id)
	cancel()
	if ferr != nil {
		return errors.Join(err, fmt.Errorf("find peer %s: %w", id, ferr))
	}
	return h.dial(ctx, found)
}

func (h *Host) dial(ctx context.Context, ai peer.AddrInfo) error {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := h.h.Connect(cctx, ai); err != nil {
		return fmt.Errorf("connect %s: %w", ai.ID, err)
	}
	return nil
}

// keepPeerRecords stores the signed peer record each peer sends in identify in the certified
// address book (identify itself keeps only the addresses), so that Connect prefers where a
// peer says it is over addresses a message carried. The peerstore bounds how many it keeps.
func (h *Host) keepPeerRecords() error {
	cab, ok := peerstore.GetCertifiedAddrBook(h.h.Peerstore())
	if !ok {
		return nil
	}
	sub, err := h.h.EventBus().Subscribe(new(event.EvtPeerIdentificationCompleted))
	if err != nil {
		return fmt.Errorf("p2p identify events: %w", err)
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer sub.Close()
		for {
			select {
			case <-h.subCtx.Done():
				return
			case e, ok := <-sub.Out():
				if !ok {
					return
				}
				// identify checked that the record is signed by the peer it came from
				if ev, ok := e.(event.EvtPeerIdentificationCompleted); ok && ev.SignedPeerRecord != nil {
					_, _ = cab.ConsumePeerRecord(ev.SignedPeerRecord, peerstore.AddressTTL)
				}
			}
		}
	}()
	return nil
}

// CertifiedAddrs are the addresses of id's signed peer record, if this host holds one.
func (h *Host) CertifiedAddrs(id peer.ID) []multiaddr.Multiaddr {
	cab, ok := peerstore.GetCertifiedAddrBook(h.h.Peerstore())
	if !ok {
		return nil
	}
	env := cab.GetPeerRecord(id)
	if env == nil {
		return nil
	}
	r, err := env.Record()
	if err != nil {
		return nil
	}
	if pr, ok := r.(*peer.PeerRecord); ok && pr.PeerID == id {
		return pr.Addrs
	}
	return nil
}

// ParseAddrs parses bootstrap multiaddrs (each must end in /p2p/<id>).
func ParseAddrs(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	for _, a := range addrs {
		ai, err := peer.AddrInfoFromString(a)
		if err != nil {
			return nil, fmt.Errorf("bootstrap address %q: %w", a, err)
		}
		out = append(out, *ai)
	}
	return out, nil
}

// PeerAddress is the Ethereum address of the key a peer id embeds.
func PeerAddress(id peer.ID) (common.Address, error) {
	pk, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("peer %s: %w", id, err)
	}
	sk, ok := pk.(*crypto.Secp256k1PublicKey)
	if !ok {
		return common.Address{}, fmt.Errorf("peer %s: not a secp256k1 key", id)
	}
	raw, err := sk.Raw()
	if err != nil {
		return common.Address{}, err
	}
	pub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("peer %s: %w", id, err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// PeerIDOf is the peer id of an Ethereum key.
func PeerIDOf(key *ecdsa.PrivateKey) (peer.ID, error) {
	pub, err := crypto.UnmarshalSecp256k1PublicKey(ethcrypto.CompressPubkey(&key.PublicKey))
	if err != nil {
		return "", err
	}
	return peer.IDFromPublicKey(pub)
}

// contentID names a message by its bytes: the same offer relayed twice is one message.
func contentID(m *pb.Message) string {
	sum := sha256.Sum256(m.Data)
	return string(sum[:])
}

// Peers is how many peers the host is connected to.
func (h *Host) Peers() int { return len(h.h.Network().Peers()) }
