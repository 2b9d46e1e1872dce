package matching

import (
	"bytes"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

var fuzzDomain = Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xabc")}

func FuzzDecodeJob(f *testing.F) {
	key, _ := crypto.GenerateKey()
	plain, err := NewSignedJob(fuzzDomain, baseJob(), JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
	if err != nil {
		f.Fatal(err)
	}
	full, err := NewSignedJob(fuzzDomain, baseJob(), JobContent{Module: "github.com/o/r:v1",
		Pin:    &ModulePin{Commit: strings.Repeat("ab", 20), Template: common.Hash{1}},
		Inputs: map[string]string{"A": "1", "B": "2"}, Files: map[string]common.Hash{"a": {2}, "b": {3}}}, key)
	if err != nil {
		f.Fatal(err)
	}
	full.PeerID, full.Addrs, full.Seq = "peer", []string{"/ip4/1.2.3.4/tcp/1", "/ip6/::1/udp/2"}, 7
	// near misses that must not decode: inputs out of order, a file named twice
	for _, w := range []wireJob{{Inputs: []wireInput{{"B", "2"}, {"A", "1"}}}, {Files: []wireFile{{"a", common.Hash{2}}, {"a", common.Hash{3}}}}} {
		w.Offer, w.Signature, w.ModuleName, w.Pin = full.Offer, full.Signature, full.ModuleName, full.Pin
		bad, err := rlp.EncodeToBytes(&w)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(bad)
	}
	fuzzWire(f, DecodeJob, (*SignedJob).Encode, func(s *SignedJob) (common.Hash, error) {
		return s.Offer.Hash(fuzzDomain), s.Verify(fuzzDomain)
	}, plain, full)
}

func FuzzDecodeOffer(f *testing.F) {
	key, _ := crypto.GenerateKey()
	o := baseOffer()
	plain, err := NewSignedOffer(fuzzDomain, o, key)
	if err != nil {
		f.Fatal(err)
	}
	o.Modules = []common.Hash{{1}, {2}}
	full, err := NewSignedOffer(fuzzDomain, o, key)
	if err != nil {
		f.Fatal(err)
	}
	full.PeerID, full.Addrs, full.Seq = "peer", []string{"/ip4/1.2.3.4/tcp/1"}, 7
	fuzzWire(f, DecodeOffer, (*SignedOffer).Encode, func(s *SignedOffer) (common.Hash, error) {
		return s.Offer.Hash(fuzzDomain), s.Verify(fuzzDomain)
	}, plain, full)
}

// fuzzWire fuzzes a wire decoder from the encodings of goods. Whatever decodes must (besides not
// panicking when verified) encode; the encoding must decode to an equal value with the same
// digest and signature check, and encode again to the same bytes; and, the wire form being
// canonical, it must be the input itself: no two encodings of one value (the mesh names
// messages by their bytes).
func fuzzWire[T any](f *testing.F, decode func([]byte) (T, error), encode func(T) ([]byte, error),
	check func(T) (common.Hash, error), goods ...T) {
	for _, good := range goods {
		enc, err := encode(good)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(enc)
		f.Add(enc[:len(enc)/2])
	}
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := decode(data)
		if err != nil {
			return
		}
		digest, verr := check(v)
		again, err := encode(v)
		if err != nil {
			t.Fatalf("a decoded value does not encode: %v", err)
		}
		v2, err := decode(again)
		if err != nil {
			t.Fatalf("a re-encoded value does not decode: %v", err)
		}
		if !reflect.DeepEqual(v2, v) {
			t.Fatalf("decode(encode(v)) = %+v, want v = %+v", v2, v)
		}
		if digest2, verr2 := check(v2); digest2 != digest || (verr == nil) != (verr2 == nil) {
			t.Fatalf("digest %s (verify: %v) became %s (%v) across encode/decode", digest.Hex(), verr, digest2.Hex(), verr2)
		}
		if third, err := encode(v2); err != nil || !bytes.Equal(third, again) {
			t.Fatalf("encoding is not stable: %x, then %x (%v)", again, third, err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("%x decodes to a value that encodes as %x: two encodings of one value", data, again)
		}
	})
}
