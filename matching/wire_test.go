package matching

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// TestWireRoundTrip: a job with every optional part, and an offer, come back equal.
func TestWireRoundTrip(t *testing.T) {
	key, _ := crypto.GenerateKey()
	pin := &ModulePin{Commit: "0123456789abcdef0123456789abcdef01234567", Template: common.Hash{7}}
	c := JobContent{Module: "example.com/org/repo:v1", Pin: pin, Inputs: map[string]string{"b": "2", "a": "1"},
		Files: map[string]common.Hash{"x.txt": {1}, "a.bin": {2}}}
	job, err := NewSignedJob(fuzzDomain, baseJob(), c, key)
	if err != nil {
		t.Fatal(err)
	}
	job.PeerID, job.Addrs, job.Seq = "peer", []string{"/ip4/127.0.0.1/udp/1/quic-v1"}, 3
	data, err := job.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeJob(data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.Encode()
	if string(again) != string(data) || !reflect.DeepEqual(back.Content(), job.Content()) ||
		back.PeerID != job.PeerID || !reflect.DeepEqual(back.Addrs, job.Addrs) || back.Seq != job.Seq {
		t.Fatalf("job changed across the wire:\n%+v\n%+v", back, job)
	}
	if err := back.Verify(fuzzDomain); err != nil {
		t.Fatal(err)
	}
	offer, _ := NewSignedOffer(fuzzDomain, baseOffer(), key)
	data, _ = offer.Encode()
	o, err := DecodeOffer(data)
	if err != nil || o.Offer.Hash(fuzzDomain) != offer.Offer.Hash(fuzzDomain) || o.Verify(fuzzDomain) != nil {
		t.Fatalf("offer across the wire: %v", err)
	}
}

// TestWireIsStrict: what an honest encoder never produces does not decode.
func TestWireIsStrict(t *testing.T) {
	key, _ := crypto.GenerateKey()
	job, _ := NewSignedJob(fuzzDomain, baseJob(), JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, key)
	good, _ := job.Encode()
	var w wireJob
	if err := rlp.DecodeBytes(good, &w); err != nil {
		t.Fatal(err)
	}
	encode := func(v any) []byte {
		b, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	unsorted, twice := w, w
	unsorted.Inputs = []wireInput{{"b", "1"}, {"a", "2"}}
	twice.Inputs = []wireInput{{"a", "1"}, {"a", "2"}}
	asList := func(v any) []any { // the struct's fields as a generic list, to cut or pad
		var items []rlp.RawValue
		if err := rlp.DecodeBytes(encode(v), &items); err != nil {
			t.Fatal(err)
		}
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = it
		}
		return out
	}
	fields := asList(&w)
	nonCanonical := append([]any(nil), fields...)
	nonCanonical[len(nonCanonical)-1] = rlp.RawValue{0x81, 0x00} // Seq 0 with a leading zero byte
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"trailing bytes", append(append([]byte(nil), good...), 0x80)},
		{"one field more", encode(append(fields, uint64(1)))},
		{"one field less", encode(fields[:len(fields)-1])},
		{"inputs unsorted", encode(&unsorted)},
		{"an input twice", encode(&twice)},
		{"non-canonical integer", encode(nonCanonical)},
		{"not rlp", []byte(`{"offer":{}}`)},
		{"oversize", make([]byte, MaxMessageSize+1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeJob(tc.data); !errors.Is(err, ErrMalformed) {
				t.Fatalf("decoded, or not ErrMalformed: %v", err)
			}
		})
	}
}

// BenchmarkDecodeOffer: what every node pays for every gossiped offer before checking its
// signature, in the wire form (RLP) and in the JSON it replaced.
func BenchmarkDecodeOffer(b *testing.B) {
	key, _ := crypto.GenerateKey()
	o, _ := NewSignedOffer(fuzzDomain, baseOffer(), key)
	o.PeerID = "16Uiu2HAmKPzucjqubDSpLzGd5CVFhWZe5oWs8NQce8T5vx2LGqnn"
	wire, _ := o.Encode()
	js, _ := json.Marshal(o)
	b.Run("rlp", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := DecodeOffer(wire); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			dec := json.NewDecoder(bytes.NewReader(js))
			dec.DisallowUnknownFields()
			var s SignedOffer
			if err := dec.Decode(&s); err != nil {
				b.Fatal(err)
			}
		}
	})
}
