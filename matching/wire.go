package matching

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxMessageSize caps a gossiped offer; anything larger is malformed.
const MaxMessageSize = 64 << 10

// SignedJob is a job offer as it travels: the signed offer plus the module name and inputs
// whose hashes it binds.
type SignedJob struct {
	Offer      JobOffer          `json:"offer"`
	Signature  hexutil.Bytes     `json:"signature"`
	ModuleName string            `json:"moduleName"`
	Inputs     map[string]string `json:"inputs"`
	// Seq counts re-publications of the same signed job (unsigned; see SignedOffer.Seq).
	Seq uint64 `json:"seq,omitempty"`
}

// SignedOffer is a resource offer as it travels: the signed offer plus the libp2p peer that
// serves it (its key must be the provider's key; the mesh validator checks that).
type SignedOffer struct {
	Offer     ResourceOffer `json:"offer"`
	Signature hexutil.Bytes `json:"signature"`
	PeerID    string        `json:"peerId"`
	Addrs     []string      `json:"addrs,omitempty"`
	// Seq counts re-publications of the same signed offer. It is not signed: it only keeps
	// the mesh, which names messages by content, from dropping a repeat as a duplicate.
	Seq uint64 `json:"seq,omitempty"`
}

// NewSignedJob fills the job's module and inputs hashes, then signs it.
func NewSignedJob(d Domain, job JobOffer, module string, inputs map[string]string, key *ecdsa.PrivateKey) (*SignedJob, error) {
	job.Creator = crypto.PubkeyToAddress(key.PublicKey)
	job.Module = ModuleID(module)
	job.InputsHash = InputsHash(inputs)
	if err := job.Validate(); err != nil {
		return nil, err
	}
	sig, err := Sign(job.Hash(d), key)
	if err != nil {
		return nil, err
	}
	return &SignedJob{Offer: job, Signature: sig, ModuleName: module, Inputs: inputs}, nil
}

// NewSignedOffer sets the provider to the key's address and signs the offer.
func NewSignedOffer(d Domain, offer ResourceOffer, key *ecdsa.PrivateKey) (*SignedOffer, error) {
	offer.Provider = crypto.PubkeyToAddress(key.PublicKey)
	if err := offer.Validate(); err != nil {
		return nil, err
	}
	sig, err := Sign(offer.Hash(d), key)
	if err != nil {
		return nil, err
	}
	return &SignedOffer{Offer: offer, Signature: sig}, nil
}

// Verify checks shape, bound hashes and signature (not expiry: that depends on the clock).
func (s *SignedJob) Verify(d Domain) error {
	if err := s.Offer.Validate(); err != nil {
		return err
	}
	if ModuleID(s.ModuleName) != s.Offer.Module {
		return fmt.Errorf("%w: module name %q does not match the signed module id", ErrMalformed, s.ModuleName)
	}
	if InputsHash(s.Inputs) != s.Offer.InputsHash {
		return fmt.Errorf("%w: inputs do not match the signed inputs hash", ErrMalformed)
	}
	return verify(s.Offer.Hash(d), s.Signature, s.Offer.Creator)
}

// Verify checks shape and signature (not expiry, and not the peer binding).
func (s *SignedOffer) Verify(d Domain) error {
	if err := s.Offer.Validate(); err != nil {
		return err
	}
	return verify(s.Offer.Hash(d), s.Signature, s.Offer.Provider)
}

// Encode is the wire form of a signed job.
func (s *SignedJob) Encode() ([]byte, error) { return json.Marshal(s) }

// Encode is the wire form of a signed resource offer.
func (s *SignedOffer) Encode() ([]byte, error) { return json.Marshal(s) }

// DecodeJob parses a wire job strictly: size-capped, no unknown fields, nothing trailing.
func DecodeJob(data []byte) (*SignedJob, error) {
	var s SignedJob
	if err := decodeStrict(data, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// DecodeOffer parses a wire resource offer strictly.
func DecodeOffer(data []byte) (*SignedOffer, error) {
	var s SignedOffer
	if err := decodeStrict(data, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

func decodeStrict(data []byte, v any) error {
	if len(data) > MaxMessageSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(data), MaxMessageSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: trailing data", ErrMalformed)
	}
	return nil
}
