package matching

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxSolvers is how many ranked solvers a job offer may name (the contract's MAX_SOLVERS).
const MaxSolvers = 3

// MaxMediators is how many mediators an offer may name (the contract's MAX_MEDIATORS).
const MaxMediators = 16

// Spec is a machine shape: what a job needs or what an offer provides.
type Spec struct {
	CPUMilli   uint64 `json:"cpuMilli"`
	RAMMiB     uint64 `json:"ramMiB"`
	DiskMiB    uint64 `json:"diskMiB"`
	GPUs       uint32 `json:"gpus"`
	GPUVRAMMiB uint64 `json:"gpuVramMiB"` // per GPU
}

// JobOffer is what a job creator signs. Its EIP-712 digest is the deal id.
type JobOffer struct {
	Creator      common.Address `json:"creator"`
	Module       common.Hash    `json:"module"`     // ModuleID of the module name
	ModuleHash   common.Hash    `json:"moduleHash"` // PinHash of a git module's commit and template; zero if built in
	InputsHash   common.Hash    `json:"inputsHash"` // InputsHash of the inputs and input files
	Spec         Spec           `json:"spec"`
	MaxPrice     *big.Int       `json:"maxPrice"`
	Collateral   *big.Int       `json:"collateral"`   // the JC's timeout collateral
	MediationFee *big.Int       `json:"mediationFee"` // paid to the drawn mediator if the JC challenges
	Bounds
	Mediators    []common.Address `json:"mediators"`
	Solvers      []common.Address `json:"solvers"`      // ranked, at most MaxSolvers
	SolverWindow uint64           `json:"solverWindow"` // seconds
	Nonce        *big.Int         `json:"nonce"`
	CreatedAt    uint64           `json:"createdAt"`  // unix seconds
	ValidUntil   uint64           `json:"validUntil"` // unix seconds
}

// Bounds are the deal terms a job accepts from the offer it is matched with: everything the
// offer sets that can cost the job creator money. The contract refuses a match outside them.
type Bounds struct {
	MaxSubmitWindow      uint32   `json:"maxSubmitWindow"`  // seconds: how long the JC's money may wait for a result
	MinJudgeWindow       uint32   `json:"minJudgeWindow"`   // seconds: the JC's time to check a result
	MaxMediateWindow     uint32   `json:"maxMediateWindow"` // seconds: how long a mediator may take
	MinTimeoutCollateral *big.Int `json:"minTimeoutCollateral"`
	MinResultsCollateral *big.Int `json:"minResultsCollateral"`
}

// ResourceOffer is what a resource provider signs: a machine, a price and its terms.
type ResourceOffer struct {
	Provider          common.Address   `json:"provider"`
	Spec              Spec             `json:"spec"`
	Modules           []common.Hash    `json:"modules"` // accepted; empty accepts any
	Price             *big.Int         `json:"price"`
	TimeoutCollateral *big.Int         `json:"timeoutCollateral"`
	ResultsCollateral *big.Int         `json:"resultsCollateral"`
	SubmitWindow      uint32           `json:"submitWindow"`  // seconds
	JudgeWindow       uint32           `json:"judgeWindow"`   // seconds
	MediateWindow     uint32           `json:"mediateWindow"` // seconds
	Mediators         []common.Address `json:"mediators"`
	Capacity          uint32           `json:"capacity"`
	Nonce             *big.Int         `json:"nonce"`
	CreatedAt         uint64           `json:"createdAt"`
	ValidUntil        uint64           `json:"validUntil"`
}

// ModuleID is the on-chain identity of a module name such as "cowsay:v0.0.1".
func ModuleID(name string) common.Hash { return crypto.Keccak256Hash([]byte(name)) }

// ModulePin is what a git module's tag resolved to at the JC: the commit (40 hex digits) and
// the sha256 of the module's template file at that commit.
type ModulePin struct {
	Commit   string      `json:"commit"`
	Template common.Hash `json:"template"`
}

// Hash is the pin as a JobOffer carries it (ModuleHash): keccak256(commit ‖ template), so the
// RP runs exactly the template the JC resolved.
func (p *ModulePin) Hash() (common.Hash, error) {
	c, err := hex.DecodeString(p.Commit)
	if err != nil || len(c) != 20 || strings.ToLower(p.Commit) != p.Commit {
		return common.Hash{}, fmt.Errorf("%w: commit %q is not 40 lowercase hex digits", ErrMalformed, p.Commit)
	}
	return crypto.Keccak256Hash(c, p.Template[:]), nil
}

// InputsHash is the canonical hash of a job's inputs and input files, the one the Market's
// inputsHash computes: keccak256(abi.encode(keys, values, fileNames, fileHashes)) with keys and
// file names sorted. Nil maps hash like empty ones.
func InputsHash(inputs map[string]string, files map[string]common.Hash) common.Hash {
	keys, values := sortedPairs(inputs)
	names, hashes := sortedPairs(files)
	b, err := inputsArgs.Pack(keys, values, names, hashes)
	if err != nil {
		panic(fmt.Sprintf("matching: abi-encode inputs: %v", err)) // the types are fixed
	}
	return crypto.Keccak256Hash(b)
}

// SortedInputs are the inputs' keys, sorted, and their values in the same order: the arrays
// the Market's inputsHash and postJob take.
func SortedInputs(inputs map[string]string) (keys, values []string) { return sortedPairs(inputs) }

func sortedPairs[V any](m map[string]V) ([]string, []V) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	values := make([]V, len(keys))
	for i, k := range keys {
		values[i] = m[k]
	}
	return keys, values
}

var inputsArgs = func() abi.Arguments {
	strs, _ := abi.NewType("string[]", "", nil)
	words, _ := abi.NewType("bytes32[]", "", nil)
	return abi.Arguments{{Type: strs}, {Type: strs}, {Type: strs}, {Type: words}}
}()

// Errors returned by Validate.
var (
	ErrMalformed = errors.New("malformed offer")
)

// Validate checks the shape of a job offer (not its signature or expiry).
func (j *JobOffer) Validate() error {
	switch {
	case j.Creator == (common.Address{}):
		return fmt.Errorf("%w: job has no creator", ErrMalformed)
	case !isAmount(j.MaxPrice) || !isAmount(j.Collateral) || !isAmount(j.MediationFee) ||
		!isUint256(j.MinTimeoutCollateral) || !isUint256(j.MinResultsCollateral) || !isUint256(j.Nonce):
		return fmt.Errorf("%w: job amounts must be set and non-negative", ErrMalformed)
	case len(j.Solvers) > MaxSolvers:
		return fmt.Errorf("%w: job names %d solvers, at most %d", ErrMalformed, len(j.Solvers), MaxSolvers)
	case len(j.Mediators) == 0:
		return fmt.Errorf("%w: job names no mediator", ErrMalformed)
	case len(j.Mediators) > MaxMediators:
		return fmt.Errorf("%w: job names %d mediators, at most %d", ErrMalformed, len(j.Mediators), MaxMediators)
	case j.ValidUntil < j.CreatedAt:
		return fmt.Errorf("%w: job validUntil before createdAt", ErrMalformed)
	}
	return nil
}

// Validate checks the shape of a resource offer (not its signature or expiry).
func (o *ResourceOffer) Validate() error {
	switch {
	case o.Provider == (common.Address{}):
		return fmt.Errorf("%w: offer has no provider", ErrMalformed)
	case !isAmount(o.Price) || !isAmount(o.TimeoutCollateral) ||
		!isAmount(o.ResultsCollateral) || !isUint256(o.Nonce):
		return fmt.Errorf("%w: offer amounts must be set and non-negative", ErrMalformed)
	case o.Capacity == 0:
		return fmt.Errorf("%w: offer has no capacity", ErrMalformed)
	case len(o.Mediators) == 0:
		return fmt.Errorf("%w: offer names no mediator", ErrMalformed)
	case len(o.Mediators) > MaxMediators:
		return fmt.Errorf("%w: offer names %d mediators, at most %d", ErrMalformed, len(o.Mediators), MaxMediators)
	case o.ValidUntil < o.CreatedAt:
		return fmt.Errorf("%w: offer validUntil before createdAt", ErrMalformed)
	case o.Spec.CPUMilli == 0 || o.Spec.RAMMiB == 0:
		return fmt.Errorf("%w: offer must provide CPU and RAM", ErrMalformed)
	}
	return nil
}

// Amounts are uint96 on-chain; anything larger cannot be settled.
var maxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

func isAmount(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.Cmp(maxAmount) <= 0 }

func isUint256(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }
