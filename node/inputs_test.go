package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/p2p"
)

// inputFetcher is an RP as far as fetching input files goes: a host, the chain, a data dir.
func inputFetcher(t *testing.T, m *market, boot []string) *Node {
	t.Helper()
	key, _ := crypto.GenerateKey()
	h := p2p.New(p2p.Config{Key: key, Network: "inputs-test", ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, Bootstrap: boot})
	if err := h.Start(m.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Stop() })
	return &Node{cfg: Config{DataDir: t.TempDir()}, log: testLogger("rp"), addr: chain.KeyAddress(key), host: h,
		market: chain.NewMarket(m.local.Chain.Client(), m.local.Addrs, nil)}
}

// fileServer is a host that serves files (to anyone) under key's peer id.
func fileServer(t *testing.T, m *market, files map[string][]byte, boot []string) *p2p.Host {
	t.Helper()
	key, _ := crypto.GenerateKey()
	h := p2p.New(p2p.Config{Key: key, Network: "inputs-test", ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, Bootstrap: boot})
	if err := h.Start(m.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Stop() })
	h.ServeInputs(func(_ context.Context, _ common.Address, _ common.Hash, name string) ([]byte, error) {
		if b, ok := files[name]; ok {
			return b, nil
		}
		return nil, errors.New("no such file")
	})
	return h
}

// TestInputFetchIsCappedAndBound: an RP fetches a deal's input files only from the peer its
// creator's key derives to, whatever addresses the job carries (a relay's point nowhere
// useful), and fails with a clear error once the files together pass its cap.
func TestInputFetchIsCappedAndBound(t *testing.T) {
	m := newMarket(t)
	files := map[string][]byte{"a.txt": bytes.Repeat([]byte("a"), 40<<10), "b.txt": bytes.Repeat([]byte("b"), 40<<10),
		"c.txt": bytes.Repeat([]byte("c"), 40<<10)}
	jc := fileServer(t, m, files, nil)
	forged := map[string][]byte{}
	for name := range files {
		forged[name] = []byte("the relay's version")
	}
	relay := fileServer(t, m, forged, jc.Addrs())
	rp := inputFetcher(t, m, jc.Addrs())
	creator, err := p2p.PeerAddress(jc.ID())
	if err != nil {
		t.Fatal(err)
	}
	hashes := map[string]common.Hash{}
	for name, b := range files {
		hashes[name] = sha256.Sum256(b)
	}
	job := func(peerID string, addrs []string) *matching.SignedJob {
		return &matching.SignedJob{Offer: matching.JobOffer{Creator: creator}, Files: hashes, PeerID: peerID, Addrs: addrs}
	}
	deal := common.HexToHash("0xd1")

	// a job relayed with the relay's peer id instead of the creator's: not a peer to ask
	if got := rp.inputPeers(m.ctx, deal, job(relay.ID().String(), relay.Addrs())); len(got) != 0 {
		t.Fatalf("inputPeers of a job naming another key's peer: %v", got)
	}
	// the creator's peer id with the relay's addresses: the files come from the creator
	waitFor(t, 10e9, func() bool { return len(rp.host.CertifiedAddrs(jc.ID())) > 0 })
	_ = rp.host.LibP2P().Network().ClosePeer(jc.ID())
	dir, err := rp.fetchInputs(m.ctx, deal, job(jc.ID().String(), relay.Addrs()))
	if err != nil || dir == "" {
		t.Fatalf("fetch with a relay's addresses: %v", err)
	}

	// a cap below the three files: the third fails, saying so, without being read
	capped := inputFetcher(t, m, jc.Addrs())
	capped.inputCap = 100 << 10
	_, err = capped.fetchInputs(m.ctx, common.HexToHash("0xd2"), job(jc.ID().String(), nil))
	if !errors.Is(err, ErrInputFile) || !strings.Contains(err.Error(), "more than 102400 bytes in all") {
		t.Fatalf("fetch of 120 KiB under a 100 KiB cap: %v", err)
	}
}
