package p2p

import (
	"fmt"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestCapabilityRecordIsBoundToItsSigner(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	priv, _ := crypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(key))
	rec := Capability{Seq: 7, Roles: []string{"rp"}, Version: "x", CPUMilli: 2000, RAMMiB: 4096, DiskMiB: 100,
		GPUs: []GPUInfo{{Vendor: "NVIDIA", Model: "NVIDIA H200", VRAMMiB: 143771, Driver: "580.159.04", CUDA: "13.0"}}}
	data, err := sealCapability(rec, priv)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenCapability(data)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := PeerIDOf(key)
	if got.Peer != id || got.Record.GPUs[0].Model != "NVIDIA H200" || got.Record.CPUMilli != 2000 {
		t.Fatalf("opened %+v from %s", got.Record, got.Peer)
	}
	tampered := append([]byte(nil), data...)
	tampered[len(tampered)/2] ^= 1
	if _, err := OpenCapability(tampered); err == nil {
		t.Fatal("a tampered record opened")
	}
	var cs Capabilities
	if !cs.Put(got) {
		t.Fatal("first record refused")
	}
	older := *got
	older.Record.Seq = 3
	if cs.Put(&older) {
		t.Fatal("an older record replaced a newer one")
	}
}

// TestCapabilitiesStayWithinTheirCap: records from many fresh keys never hold more than the
// cap, and the protected peers' records (a node's connected peers) survive the flood.
func TestCapabilitiesStayWithinTheirCap(t *testing.T) {
	sealed := func(seq uint64) *SignedCapability {
		key, _ := ethcrypto.GenerateKey()
		priv, _ := crypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(key))
		data, err := sealCapability(Capability{Seq: seq, Roles: []string{"rp"}, CPUMilli: 1000, RAMMiB: 1024}, priv)
		if err != nil {
			t.Fatal(err)
		}
		c, err := OpenCapability(data)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	friends := map[peer.ID]bool{}
	var kept []*SignedCapability
	for i := 0; i < 5; i++ {
		c := sealed(1)
		friends[c.Peer] = true
		kept = append(kept, c)
	}
	cs := &Capabilities{Max: 64, Keep: func(id peer.ID) bool { return friends[id] }}
	for _, c := range kept {
		cs.Put(c)
	}
	for i := 0; i < 300; i++ { // strangers' records, well past the cap
		cs.Put(sealed(uint64(i)))
		if cs.Len() > 64 {
			t.Fatalf("%d records held after %d puts, cap 64", cs.Len(), i+6)
		}
	}
	for _, c := range kept {
		if _, ok := cs.Get(c.Peer); !ok {
			t.Fatalf("a protected peer's record was evicted by the flood")
		}
	}
	var unbounded Capabilities // the zero value is bounded by MaxCapabilities
	for i := 0; i < MaxCapabilities+50; i++ {
		unbounded.Put(&SignedCapability{Peer: peer.ID(fmt.Sprint(i)), Record: Capability{Seq: 1}})
	}
	if unbounded.Len() != MaxCapabilities {
		t.Fatalf("the zero value holds %d records, want %d", unbounded.Len(), MaxCapabilities)
	}
}
