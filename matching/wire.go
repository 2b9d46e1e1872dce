package matching

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// MaxMessageSize caps a gossiped offer; anything larger is malformed.
const MaxMessageSize = 64 << 10

// SignedJob is a job offer as it travels: the signed offer plus the module name, its pin, the
// inputs and the input files' hashes, all of which the offer binds. A job a contract posted
// on-chain has no signature (the Market checks that it was posted).
type SignedJob struct {
	Offer      JobOffer          `json:"offer"`
	Signature  hexutil.Bytes     `json:"signature"`
	ModuleName string            `json:"moduleName"`
	Pin        *ModulePin        `json:"pin,omitempty"` // git modules only
	Inputs     map[string]string `json:"inputs"`
	// Files are the input files' sha256 by name; their bytes travel from the JC to the RP
	// and the mediator over libp2p.
	Files map[string]common.Hash `json:"files,omitempty"`
	// PeerID and Addrs name the JC's libp2p peer, which serves the files (unsigned; its key
	// must be the creator's key, which the mesh validator checks).
	PeerID string   `json:"peerId,omitempty"`
	Addrs  []string `json:"addrs,omitempty"`
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

// JobContent is what a signed job binds besides its terms.
type JobContent struct {
	Module string
	Pin    *ModulePin // nil for built-in modules
	Inputs map[string]string
	Files  map[string]common.Hash
}

// Bind fills job's module, module pin and inputs hashes from the content.
func (c JobContent) Bind(job *JobOffer) error {
	job.Module = ModuleID(c.Module)
	job.ModuleHash = common.Hash{}
	if c.Pin != nil {
		h, err := c.Pin.Hash()
		if err != nil {
			return err
		}
		job.ModuleHash = h
	}
	job.InputsHash = InputsHash(c.Inputs, c.Files)
	return nil
}

// NewSignedJob binds the job to its content, then signs it.
func NewSignedJob(d Domain, job JobOffer, c JobContent, key *ecdsa.PrivateKey) (*SignedJob, error) {
	job.Creator = crypto.PubkeyToAddress(key.PublicKey)
	if err := c.Bind(&job); err != nil {
		return nil, err
	}
	if err := job.Validate(); err != nil {
		return nil, err
	}
	sig, err := Sign(job.Hash(d), key)
	if err != nil {
		return nil, err
	}
	return &SignedJob{Offer: job, Signature: sig, ModuleName: c.Module, Pin: c.Pin, Inputs: c.Inputs, Files: c.Files}, nil
}

// Content is the job's content as it travelled.
func (s *SignedJob) Content() JobContent {
	return JobContent{Module: s.ModuleName, Pin: s.Pin, Inputs: s.Inputs, Files: s.Files}
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
	_, err := s.VerifyDigest(d)
	return err
}

// VerifyDigest is Verify that also returns the job's digest (its deal id), computed once.
func (s *SignedJob) VerifyDigest(d Domain) (common.Hash, error) {
	if err := s.VerifyContent(); err != nil {
		return common.Hash{}, err
	}
	h := s.Offer.Hash(d)
	return h, verify(h, s.Signature, s.Offer.Creator)
}

// VerifyContent checks shape and that the offer binds the module, its pin, the inputs and the
// files that travel with it. A posted job (no signature) needs only this and the chain's word.
func (s *SignedJob) VerifyContent() error {
	if err := s.Offer.Validate(); err != nil {
		return err
	}
	want := s.Offer
	if err := s.Content().Bind(&want); err != nil {
		return err
	}
	switch {
	case want.Module != s.Offer.Module:
		return fmt.Errorf("%w: module name %q does not match the signed module id", ErrMalformed, s.ModuleName)
	case want.ModuleHash != s.Offer.ModuleHash:
		return fmt.Errorf("%w: module pin does not match the signed module hash", ErrMalformed)
	case want.InputsHash != s.Offer.InputsHash:
		return fmt.Errorf("%w: inputs or files do not match the signed inputs hash", ErrMalformed)
	}
	return nil
}

// Verify checks shape and signature (not expiry, and not the peer binding).
func (s *SignedOffer) Verify(d Domain) error {
	_, err := s.VerifyDigest(d)
	return err
}

// VerifyDigest is Verify that also returns the offer's digest (its id), computed once.
func (s *SignedOffer) VerifyDigest(d Domain) (common.Hash, error) {
	if err := s.Offer.Validate(); err != nil {
		return common.Hash{}, err
	}
	h := s.Offer.Hash(d)
	return h, verify(h, s.Signature, s.Offer.Provider)
}

// The wire form of gossiped offers and jobs is RLP (go-ethereum's rlp package): compact,
// canonical (one encoding per value: integers without leading zeros, sizes in the shortest
// form) and strict (a list with more or fewer elements, or bytes after the value, does not
// decode), and five times cheaper to decode than JSON (BenchmarkDecodeOffer), which counts
// when every node decodes every offer. Maps travel as lists sorted by name, no name twice.

// Encode is the wire form of a signed job.
func (s *SignedJob) Encode() ([]byte, error) {
	w := wireJob{Offer: s.Offer, Signature: s.Signature, ModuleName: s.ModuleName, Pin: s.Pin,
		PeerID: s.PeerID, Addrs: s.Addrs, Seq: s.Seq}
	names, values := sortedPairs(s.Inputs)
	for i := range names {
		w.Inputs = append(w.Inputs, wireInput{names[i], values[i]})
	}
	names, hashes := sortedPairs(s.Files)
	for i := range names {
		w.Files = append(w.Files, wireFile{names[i], hashes[i]})
	}
	return rlp.EncodeToBytes(&w)
}

// Encode is the wire form of a signed resource offer.
func (s *SignedOffer) Encode() ([]byte, error) { return rlp.EncodeToBytes(s) }

// DecodeJob parses a wire job strictly: size-capped, canonical, nothing missing, extra or
// trailing, names sorted and unique.
func DecodeJob(data []byte) (*SignedJob, error) {
	var w wireJob
	if err := decodeStrict(data, &w); err != nil {
		return nil, err
	}
	s := &SignedJob{Offer: w.Offer, Signature: w.Signature, ModuleName: w.ModuleName, Pin: w.Pin,
		PeerID: w.PeerID, Addrs: w.Addrs, Seq: w.Seq, Inputs: map[string]string{}}
	for i, in := range w.Inputs {
		if i > 0 && in.Name <= w.Inputs[i-1].Name {
			return nil, fmt.Errorf("%w: inputs not sorted by name, or a name twice (%q)", ErrMalformed, in.Name)
		}
		s.Inputs[in.Name] = in.Value
	}
	if len(w.Files) > 0 {
		s.Files = make(map[string]common.Hash, len(w.Files))
	}
	for i, f := range w.Files {
		if i > 0 && f.Name <= w.Files[i-1].Name {
			return nil, fmt.Errorf("%w: files not sorted by name, or a name twice (%q)", ErrMalformed, f.Name)
		}
		s.Files[f.Name] = f.Hash
	}
	return s, nil
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
	if err := rlp.DecodeBytes(data, v); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return nil
}

// wireJob is SignedJob as it travels: its maps as sorted lists.
type wireJob struct {
	Offer      JobOffer
	Signature  []byte
	ModuleName string
	Pin        *ModulePin `rlp:"nil"`
	Inputs     []wireInput
	Files      []wireFile
	PeerID     string
	Addrs      []string
	Seq        uint64
}

type wireInput struct{ Name, Value string }

type wireFile struct {
	Name string
	Hash common.Hash
}
