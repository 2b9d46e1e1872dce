package p2p

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

func startHost(t *testing.T, network string, boot []string) (*Host, *ecdsa.PrivateKey) {
	t.Helper()
	key, _ := ethcrypto.GenerateKey()
	h := New(Config{Key: key, Network: network, ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, Bootstrap: boot})
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Stop() })
	return h, key
}

func TestPeerAddressIsTheEthereumAddress(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	id, err := PeerIDOf(key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := PeerAddress(id)
	if err != nil {
		t.Fatal(err)
	}
	if want := ethcrypto.PubkeyToAddress(key.PublicKey); got != want {
		t.Fatalf("PeerAddress = %s, want %s", got.Hex(), want.Hex())
	}
}

// TestGossipValidatorsFilter runs three hosts in a line (a - b - c) so messages must be
// relayed: c receives what the validators accept and nothing they reject or ignore. a
// publishes as soon as it knows b, before its first heartbeat grafts the mesh: Publish waits
// for the mesh, or (without flood publishing) nothing would leave a.
func TestGossipValidatorsFilter(t *testing.T) {
	a, _ := startHost(t, "net1", nil)
	b, _ := startHost(t, "net1", a.Addrs())
	c, _ := startHost(t, "net1", b.Addrs())
	validate := func(_ context.Context, _ peer.ID, data []byte) (Verdict, any) {
		switch {
		case bytes.HasPrefix(data, []byte("bad")):
			return Reject, nil
		case bytes.HasPrefix(data, []byte("old")):
			return Ignore, nil
		}
		return Accept, len(data) // what the validator decoded reaches the handler
	}
	got := make(chan string, 10)
	var topics []*Topic
	for _, h := range []*Host{a, b, c} {
		tp, err := h.Join("offers", validate)
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, tp)
	}
	if err := topics[2].Subscribe(func(_ peer.ID, d []byte, decoded any) {
		if decoded != len(d) {
			got <- fmt.Sprintf("%s without its decoded value (%v)", d, decoded)
			return
		}
		got <- string(d)
	}); err != nil {
		t.Fatal(err)
	}
	for _, tp := range topics[:2] {
		if err := tp.Subscribe(func(peer.ID, []byte, any) {}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := topics[0].WaitPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := topics[2].WaitPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// a does not validate its own "bad" publish as Accept: Publish fails locally.
	if err := topics[0].Publish(ctx, []byte("bad one")); !errors.Is(err, ErrRejected) {
		t.Fatalf("publishing a rejected message: %v, want ErrRejected", err)
	}
	if err := topics[0].Publish(ctx, []byte("old one")); !errors.Is(err, ErrIgnored) {
		t.Fatalf("publishing an ignored message: %v, want ErrIgnored", err)
	}
	// Until b's heartbeat grafts c into its mesh, b relays to c only by gossip, within a few
	// heartbeats: on a loaded machine that window can pass. So a warms the line up first,
	// until c hears from it.
	warm := time.NewTicker(250 * time.Millisecond)
	defer warm.Stop()
	for i, warmed := 0, false; !warmed; i++ {
		if err := topics[0].Publish(ctx, []byte(fmt.Sprintf("good warm-up %d", i))); err != nil {
			t.Fatal(err)
		}
		select {
		case m := <-got:
			if !bytes.HasPrefix([]byte(m), []byte("good warm-up")) {
				t.Fatalf("c received %q", m)
			}
			warmed = true
		case <-warm.C:
		case <-ctx.Done():
			t.Fatal("c heard nothing from a")
		}
	}
	for i := 0; i < 3; i++ {
		if err := topics[0].Publish(ctx, []byte(fmt.Sprintf("good %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]bool{}
	for len(seen) < 3 {
		select {
		case m := <-got:
			switch {
			case bytes.HasPrefix([]byte(m), []byte("good warm-up")):
			case bytes.HasPrefix([]byte(m), []byte("good")):
				seen[m] = true
			default:
				t.Fatalf("c received %q", m)
			}
		case <-ctx.Done():
			t.Fatalf("c received %d of 3 messages", len(seen))
		}
	}
}

func TestOtherNetworksDoNotMix(t *testing.T) {
	if TopicName("1-0xA", "jobs") == TopicName("2-0xA", "jobs") {
		t.Fatal("topic names ignore the network")
	}
}

func TestFetchResultOnlyForAllowedRequester(t *testing.T) {
	rp, _ := startHost(t, "net1", nil)
	jc, jcKey := startHost(t, "net1", rp.Addrs())
	other, _ := startHost(t, "net1", rp.Addrs())
	deal := common.HexToHash("0x01")
	archive := bytes.Repeat([]byte("result"), 100000)
	jcAddr := ethcrypto.PubkeyToAddress(jcKey.PublicKey)
	rp.ServeResults(func(_ context.Context, requester common.Address, id common.Hash) ([]byte, error) {
		if id != deal {
			return nil, errors.New("no such deal")
		}
		if requester != jcAddr {
			return nil, errors.New("not a party to the deal")
		}
		return archive, nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	got, err := jc.FetchResult(ctx, rp.ID(), rp.Addrs(), deal)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, archive) {
		t.Fatalf("got %d bytes, want %d", len(got), len(archive))
	}
	if _, err := other.FetchResult(ctx, rp.ID(), rp.Addrs(), deal); !errors.Is(err, ErrRefused) {
		t.Fatalf("stranger fetch: %v, want ErrRefused", err)
	}
	if _, err := jc.FetchResult(ctx, rp.ID(), nil, common.HexToHash("0x02")); !errors.Is(err, ErrRefused) {
		t.Fatalf("unknown deal: %v, want ErrRefused", err)
	}
}

// TestTCPFallback: two hosts that only speak TCP still form a mesh and fetch results.
func TestTCPFallback(t *testing.T) {
	start := func(boot []string) *Host {
		key, _ := ethcrypto.GenerateKey()
		h := New(Config{Key: key, Network: "tcp", ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Bootstrap: boot})
		if err := h.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Stop() })
		return h
	}
	a := start(nil)
	b := start(a.Addrs())
	a.ServeResults(func(context.Context, common.Address, common.Hash) ([]byte, error) { return []byte("over tcp"), nil })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := b.FetchResult(ctx, a.ID(), a.Addrs(), common.Hash{1})
	if err != nil || string(got) != "over tcp" {
		t.Fatalf("fetch over TCP: %q %v", got, err)
	}
	if !strings.Contains(a.Addrs()[0], "/tcp/") {
		t.Fatalf("addrs %v", a.Addrs())
	}
}

// TestProvidersByCapabilityKey: a node announced under "gpu:NVIDIA H200" is found by another
// that never gossiped with it, through the DHT.
func TestProvidersByCapabilityKey(t *testing.T) {
	start := func(boot []string) *Host {
		key, _ := ethcrypto.GenerateKey()
		h := New(Config{Key: key, Network: "dht", ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, Bootstrap: boot, DHTServer: true})
		if err := h.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Stop() })
		return h
	}
	boot := start(nil)
	gpuNode := start(boot.Addrs())
	other := start(boot.Addrs())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for try := 0; ; try++ { // the first announcement may find the routing table still empty
		err := gpuNode.Provide(ctx, "gpu:NVIDIA H200")
		if err == nil {
			break
		}
		if try == 25 {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var found []peer.AddrInfo
	for try := 0; try < 50 && len(found) == 0; try++ { // routing tables fill in the background
		var err error
		if found, err = other.FindProviders(ctx, "gpu:NVIDIA H200", 5); err != nil {
			t.Fatal(err)
		}
		if len(found) == 0 {
			time.Sleep(200 * time.Millisecond)
		}
	}
	if len(found) != 1 || found[0].ID != gpuNode.ID() {
		t.Fatalf("providers %v, want %s", found, gpuNode.ID())
	}
	none, _ := other.FindProviders(ctx, "gpu:NVIDIA A100", 5)
	if len(none) != 0 {
		t.Fatalf("providers of an unannounced key: %v", none)
	}
}

// TestMDNSFindsPeersOfTheSameNetwork: two hosts with no bootstrap find each other on the
// local network by multicast DNS; a host of another network is not connected to.
func TestMDNSFindsPeersOfTheSameNetwork(t *testing.T) {
	start := func(network string) *Host {
		key, _ := ethcrypto.GenerateKey()
		h := New(Config{Key: key, Network: network, ListenAddrs: []string{"/ip4/0.0.0.0/udp/0/quic-v1"}, MDNS: true})
		if err := h.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Stop() })
		return h
	}
	a, b, other := start("mdns-net"), start("mdns-net"), start("mdns-other")
	deadline := time.Now().Add(20 * time.Second)
	for len(a.LibP2P().Network().ConnsToPeer(b.ID())) == 0 {
		if time.Now().After(deadline) {
			if os.Getenv("COOPHIVE_REQUIRE_MDNS") == "1" {
				t.Fatal("the hosts did not find each other by mDNS")
			}
			t.Skip("no multicast between local interfaces here: mDNS found nothing")
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second) // time enough for a stray announcement to arrive
	if len(a.LibP2P().Network().ConnsToPeer(other.ID())) != 0 || len(other.LibP2P().Network().ConnsToPeer(b.ID())) != 0 {
		t.Fatal("a host of another network was connected by mDNS")
	}
}

// TestMessageAddrsDoNotRedirectAFetch: a fetch from a peer whose addresses a relay replaced
// with its own reaches the peer (by its signed peer record) or fails; the relay never answers.
func TestMessageAddrsDoNotRedirectAFetch(t *testing.T) {
	jc, _ := startHost(t, "net1", nil)
	liar, _ := startHost(t, "net1", jc.Addrs())
	rp, _ := startHost(t, "net1", jc.Addrs())
	deal := common.HexToHash("0x01")
	jc.ServeInputs(func(context.Context, common.Address, common.Hash, string) ([]byte, error) {
		return []byte("the job creator's file"), nil
	})
	liar.ServeInputs(func(context.Context, common.Address, common.Hash, string) ([]byte, error) {
		return []byte("the relay's file"), nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	waitCertified := time.Now().Add(10 * time.Second)
	for len(rp.CertifiedAddrs(jc.ID())) == 0 {
		if time.Now().After(waitCertified) {
			t.Fatal("no signed peer record of the job creator after connecting to it")
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = rp.LibP2P().Network().ClosePeer(jc.ID())
	got, err := rp.FetchInput(ctx, jc.ID(), liar.Addrs(), deal, "in.txt", 1<<20)
	if err != nil || string(got) != "the job creator's file" {
		t.Fatalf("fetch with the relay's addresses: %q, %v; want the job creator's file", got, err)
	}

	// A node that never met the job creator, told only the relay's addresses: the dial
	// cannot reach the relay as the job creator's key; it finds the real peer or fails.
	stranger, _ := startHost(t, "net1", liar.Addrs())
	got, err = stranger.FetchInput(ctx, jc.ID(), liar.Addrs(), deal, "in.txt", 1<<20)
	if string(got) == "the relay's file" {
		t.Fatal("the relay answered for the job creator")
	}
	if err == nil && string(got) != "the job creator's file" {
		t.Fatalf("fetch answered %q", got)
	}
}

// TestStopIsClean: two hosts that ran mDNS, joined a topic, subscribed and passed a
// message leave nothing behind once stopped: their goroutines end (the count returns to
// what it was before they started) and their UDP ports can be bound again.
func TestStopIsClean(t *testing.T) {
	run := func() []string { // two hosts' whole lives; their addresses
		var hosts []*Host
		var addrs []string
		got := make(chan []byte, 1)
		for i := 0; i < 2; i++ {
			key, _ := ethcrypto.GenerateKey()
			h := New(Config{Key: key, Network: "stop-net", ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, Bootstrap: addrs, MDNS: true})
			if err := h.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			tp, err := h.Join("offers", func(context.Context, peer.ID, []byte) (Verdict, any) { return Accept, nil })
			if err != nil {
				t.Fatal(err)
			}
			if err := tp.Subscribe(func(_ peer.ID, d []byte, _ any) {
				select {
				case got <- d:
				default: // a handler that blocked would keep Stop waiting
				}
			}); err != nil {
				t.Fatal(err)
			}
			hosts, addrs = append(hosts, h), append(addrs, h.Addrs()...)
			if i == 1 {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				if err := tp.WaitPeers(ctx, 1); err != nil {
					t.Fatal(err)
				}
				if err := tp.Publish(ctx, []byte("offer")); err != nil {
					t.Fatal(err)
				}
			}
		}
		select {
		case d := <-got:
			if string(d) != "offer" {
				t.Fatalf("received %q", d)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the message did not arrive")
		}
		for _, h := range hosts {
			if err := h.Stop(); err != nil {
				t.Fatalf("stop: %v", err)
			}
		}
		return addrs
	}
	// The first hosts may start process-wide goroutines (libraries start some on first use):
	// the baseline is what is left once theirs have ended.
	base := goroutineCount()
	run()
	base = goroutinesDownTo(base)
	addrs := run()
	if n := goroutinesDownTo(base); n > base {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines before the hosts started, %d after they stopped:\n%s", base, n, buf[:runtime.Stack(buf, true)])
	}
	for _, a := range addrs {
		port, err := multiaddr.StringCast(a).ValueForProtocol(multiaddr.P_UDP)
		if err != nil {
			t.Fatal(err)
		}
		c, err := net.ListenPacket("udp", "127.0.0.1:"+port)
		if err != nil {
			t.Fatalf("a stopped host's port %s is still bound: %v", port, err)
		}
		_ = c.Close()
	}
}

// goroutinesDownTo polls goroutineCount, every 50 ms for at most 5 s, until it is at most
// want; it returns the last count.
func goroutinesDownTo(want int) int {
	n := goroutineCount()
	for i := 0; i < 100 && n > want; i++ {
		time.Sleep(50 * time.Millisecond)
		n = goroutineCount()
	}
	return n
}

// goroutineCount counts the goroutines but libp2p's UPnP gateway searches (NATPortMap): they
// ignore the host's context and end on their own, go-ssdp waiting 5 s for answers.
func goroutineCount() int {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	for ; n == len(buf); n = runtime.Stack(buf, true) {
		buf = make([]byte, 2*len(buf))
	}
	count := 0
	for _, g := range strings.Split(string(buf[:n]), "\n\n") {
		if !strings.Contains(g, "nat.discoverNATs") {
			count++
		}
	}
	return count
}
