package matching

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxSolvers is how many ranked solvers a job offer may name (the contract's MAX_SOLVERS).
const MaxSolvers = 3

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
	Creator      common.Address   `json:"creator"`
	Module       common.Hash      `json:"module"`     // ModuleID of the module name
	InputsHash   common.Hash      `json:"inputsHash"` // InputsHash of the inputs
	Spec         Spec             `json:"spec"`
	MaxPrice     *big.Int         `json:"maxPrice"`
	Collateral   *big.Int         `json:"collateral"` // the JC's timeout collateral
	Mediators    []common.Address `json:"mediators"`
	Solvers      []common.Address `json:"solvers"`      // ranked, at most MaxSolvers
	SolverWindow uint64           `json:"solverWindow"` // seconds
	Nonce        *big.Int         `json:"nonce"`
	CreatedAt    uint64           `json:"createdAt"`  // unix seconds
	ValidUntil   uint64           `json:"validUntil"` // unix seconds
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

// InputsHash is the canonical hash of a job's inputs: keccak256 of their JSON object with
// keys sorted (encoding/json sorts map keys). A nil map hashes like an empty one.
func InputsHash(inputs map[string]string) common.Hash {
	if inputs == nil {
		inputs = map[string]string{}
	}
	b, err := json.Marshal(inputs)
	if err != nil {
		panic(fmt.Sprintf("matching: marshal string map: %v", err)) // cannot happen
	}
	return crypto.Keccak256Hash(b)
}

// Errors returned by Validate.
var (
	ErrMalformed = errors.New("malformed offer")
)

// Validate checks the shape of a job offer (not its signature or expiry).
func (j *JobOffer) Validate() error {
	switch {
	case j.Creator == (common.Address{}):
		return fmt.Errorf("%w: job has no creator", ErrMalformed)
	case !isAmount(j.MaxPrice) || !isAmount(j.Collateral) || !isUint256(j.Nonce):
		return fmt.Errorf("%w: job amounts must be set and non-negative", ErrMalformed)
	case len(j.Solvers) > MaxSolvers:
		return fmt.Errorf("%w: job names %d solvers, at most %d", ErrMalformed, len(j.Solvers), MaxSolvers)
	case len(j.Mediators) == 0:
		return fmt.Errorf("%w: job names no mediator", ErrMalformed)
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
