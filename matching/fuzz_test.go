package matching

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var fuzzDomain = Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xabc")}

func FuzzDecodeJob(f *testing.F) {
	key, _ := crypto.GenerateKey()
	j, _ := NewSignedJob(fuzzDomain, baseJob(), JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
	good, _ := j.Encode()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeJob(data)
		if err != nil {
			return
		}
		verr := s.Verify(fuzzDomain) // must not panic, whatever the fields hold
		again, err := s.Encode()
		if err != nil {
			t.Fatalf("decoded job does not encode: %v", err)
		}
		s2, err := DecodeJob(again)
		if err != nil {
			t.Fatalf("re-encoded job does not decode: %v", err)
		}
		if verr == nil && s2.Offer.Hash(fuzzDomain) != s.Offer.Hash(fuzzDomain) {
			t.Fatal("a valid job's digest changed across encode/decode")
		}
	})
}

func FuzzDecodeOffer(f *testing.F) {
	key, _ := crypto.GenerateKey()
	o, _ := NewSignedOffer(fuzzDomain, baseOffer(), key)
	good, _ := o.Encode()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeOffer(data)
		if err != nil {
			return
		}
		verr := s.Verify(fuzzDomain)
		again, err := s.Encode()
		if err != nil {
			t.Fatalf("decoded offer does not encode: %v", err)
		}
		s2, err := DecodeOffer(again)
		if err != nil {
			t.Fatalf("re-encoded offer does not decode: %v", err)
		}
		if verr == nil && s2.Offer.Hash(fuzzDomain) != s.Offer.Hash(fuzzDomain) {
			t.Fatal("a valid offer's digest changed across encode/decode")
		}
	})
}
