package matching

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type strings; contracts/src/Market.sol declares the same.
const (
	JobOfferType = "JobOffer(address creator,bytes32 module,bytes32 moduleHash,bytes32 inputsHash,uint64 cpuMilli," +
		"uint64 ramMiB,uint64 diskMiB,uint32 gpus,uint64 gpuVramMiB,uint256 maxPrice,uint256 collateral," +
		"uint256 mediationFee,uint32 maxSubmitWindow,uint32 minJudgeWindow,uint32 maxMediateWindow," +
		"uint256 minTimeoutCollateral,uint256 minResultsCollateral," +
		"address[] mediators,address[] solvers,uint64 solverWindow,uint256 nonce,uint64 createdAt,uint64 validUntil)"
	ResourceOfferType = "ResourceOffer(address provider,uint64 cpuMilli,uint64 ramMiB,uint64 diskMiB," +
		"uint32 gpus,uint64 gpuVramMiB,bytes32[] modules,uint256 price,uint256 timeoutCollateral," +
		"uint256 resultsCollateral,uint32 submitWindow,uint32 judgeWindow,uint32 mediateWindow," +
		"address[] mediators,uint32 capacity,uint256 nonce,uint64 createdAt,uint64 validUntil)"
	domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"

	// DomainName and DomainVersion are the Market contract's EIP-712 name and version.
	DomainName    = "coophive"
	DomainVersion = "1"
)

var (
	jobOfferTypeHash      = crypto.Keccak256Hash([]byte(JobOfferType))
	resourceOfferTypeHash = crypto.Keccak256Hash([]byte(ResourceOfferType))
	domainTypeHash        = crypto.Keccak256Hash([]byte(domainType))
	domainNameHash        = crypto.Keccak256Hash([]byte(DomainName))
	domainVersionHash     = crypto.Keccak256Hash([]byte(DomainVersion))
)

// Domain names one market: a chain and a Market contract on it. Offers signed for one
// domain are worthless on every other.
type Domain struct {
	ChainID *big.Int
	Market  common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return keccakWords(
		domainTypeHash,
		domainNameHash,
		domainVersionHash,
		common.BigToHash(d.ChainID),
		common.BytesToHash(d.Market.Bytes()),
	)
}

// Network is the name of the market used in topic names and protocol ids.
func (d Domain) Network() string {
	return fmt.Sprintf("%s-%s", d.ChainID, d.Market.Hex())
}

// digest is keccak256("\x19\x01" ‖ domainSeparator ‖ structHash).
func (d Domain) digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Hash is the job offer's EIP-712 digest in domain d: the deal id it settles under.
func (j *JobOffer) Hash(d Domain) common.Hash { return d.digest(j.structHash()) }

// Hash is the resource offer's EIP-712 digest in domain d: its offer id.
func (o *ResourceOffer) Hash(d Domain) common.Hash { return d.digest(o.structHash()) }

func (j *JobOffer) structHash() common.Hash {
	return keccakWords(
		jobOfferTypeHash,
		common.BytesToHash(j.Creator.Bytes()),
		j.Module,
		j.ModuleHash,
		j.InputsHash,
		u64(j.Spec.CPUMilli), u64(j.Spec.RAMMiB), u64(j.Spec.DiskMiB),
		u64(uint64(j.Spec.GPUs)), u64(j.Spec.GPUVRAMMiB),
		big256(j.MaxPrice), big256(j.Collateral), big256(j.MediationFee),
		u64(uint64(j.MaxSubmitWindow)), u64(uint64(j.MinJudgeWindow)), u64(uint64(j.MaxMediateWindow)),
		big256(j.MinTimeoutCollateral), big256(j.MinResultsCollateral),
		hashAddresses(j.Mediators), hashAddresses(j.Solvers),
		u64(j.SolverWindow), big256(j.Nonce), u64(j.CreatedAt), u64(j.ValidUntil),
	)
}

func (o *ResourceOffer) structHash() common.Hash {
	return keccakWords(
		resourceOfferTypeHash,
		common.BytesToHash(o.Provider.Bytes()),
		u64(o.Spec.CPUMilli), u64(o.Spec.RAMMiB), u64(o.Spec.DiskMiB),
		u64(uint64(o.Spec.GPUs)), u64(o.Spec.GPUVRAMMiB),
		hashHashes(o.Modules),
		big256(o.Price), big256(o.TimeoutCollateral), big256(o.ResultsCollateral),
		u64(uint64(o.SubmitWindow)), u64(uint64(o.JudgeWindow)), u64(uint64(o.MediateWindow)),
		hashAddresses(o.Mediators),
		u64(uint64(o.Capacity)), big256(o.Nonce), u64(o.CreatedAt), u64(o.ValidUntil),
	)
}

// keccakPool keeps hashing states: every gossiped offer is hashed at every node.
var keccakPool = sync.Pool{New: func() any { return crypto.NewKeccakState() }}

func keccakWords(words ...common.Hash) (h common.Hash) {
	k := keccakPool.Get().(crypto.KeccakState)
	k.Reset()
	for i := range words {
		k.Write(words[i][:])
	}
	k.Read(h[:])
	keccakPool.Put(k)
	return h
}

func u64(v uint64) (h common.Hash) {
	binary.BigEndian.PutUint64(h[24:], v)
	return h
}

func big256(v *big.Int) common.Hash {
	if v == nil {
		return common.Hash{}
	}
	return common.BigToHash(v)
}

// hashAddresses is keccak256(abi.encodePacked(address[])): each address padded to 32 bytes.
func hashAddresses(as []common.Address) common.Hash {
	words := make([]common.Hash, len(as))
	for i, a := range as {
		words[i] = common.BytesToHash(a.Bytes())
	}
	return keccakWords(words...)
}

func hashHashes(hs []common.Hash) common.Hash { return keccakWords(hs...) }

// Sign signs an EIP-712 digest the way Solidity's ecrecover expects (V = 27 or 28).
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// ErrBadSignature is returned when a signature does not recover to the expected signer.
var ErrBadSignature = errors.New("bad signature")

// Recover returns the address that signed digest with sig (V = 27 or 28).
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, fmt.Errorf("%w: want 65 bytes with V 27 or 28", ErrBadSignature)
	}
	var s [65]byte
	copy(s[:], sig)
	s[64] -= 27
	var r, sv big.Int
	r.SetBytes(s[:32])
	sv.SetBytes(s[32:64])
	if !crypto.ValidateSignatureValues(s[64], &r, &sv, true) {
		return common.Address{}, fmt.Errorf("%w: signature values out of range (high s?)", ErrBadSignature)
	}
	pub, err := crypto.Ecrecover(digest[:], s[:]) // 65 bytes: 0x04 ‖ X ‖ Y
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}

// verify checks that sig over digest recovers to want.
func verify(digest common.Hash, sig []byte, want common.Address) error {
	got, err := Recover(digest, sig)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%w: signed by %s, not %s", ErrBadSignature, got.Hex(), want.Hex())
	}
	return nil
}
