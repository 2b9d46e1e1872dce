package p2p

import (
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
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
