// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MarketDeal is an auto generated low-level Go binding around an user-defined struct.
type MarketDeal struct {
	State      uint8
	StateAt    *big.Int
	MatchBlock *big.Int
	Mediator   common.Address
	TermsHash  [32]byte
	ResultHash [32]byte
}

// MarketJobOffer is an auto generated low-level Go binding around an user-defined struct.
type MarketJobOffer struct {
	Creator      common.Address
	Module       [32]byte
	InputsHash   [32]byte
	CpuMilli     uint64
	RamMiB       uint64
	DiskMiB      uint64
	Gpus         uint32
	GpuVramMiB   uint64
	MaxPrice     *big.Int
	Collateral   *big.Int
	Mediators    []common.Address
	Solvers      []common.Address
	SolverWindow uint64
	Nonce        *big.Int
	CreatedAt    uint64
	ValidUntil   uint64
}

// MarketResourceOffer is an auto generated low-level Go binding around an user-defined struct.
type MarketResourceOffer struct {
	Provider          common.Address
	CpuMilli          uint64
	RamMiB            uint64
	DiskMiB           uint64
	Gpus              uint32
	GpuVramMiB        uint64
	Modules           [][32]byte
	Price             *big.Int
	TimeoutCollateral *big.Int
	ResultsCollateral *big.Int
	SubmitWindow      uint32
	JudgeWindow       uint32
	MediateWindow     uint32
	Mediators         []common.Address
	Capacity          uint32
	Nonce             *big.Int
	CreatedAt         uint64
	ValidUntil        uint64
}

// MarketTerms is an auto generated low-level Go binding around an user-defined struct.
type MarketTerms struct {
	Jc                  common.Address
	Rp                  common.Address
	Solver              common.Address
	Price               *big.Int
	JcCollateral        *big.Int
	RpTimeoutCollateral *big.Int
	RpResultsCollateral *big.Int
	SubmitWindow        uint32
	JudgeWindow         uint32
	MediateWindow       uint32
	MediatorsHash       [32]byte
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"}],\"name\":\"CapacityExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Incompatible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"MediationsOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"}],\"name\":\"SolverNotInWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySolvers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"DealMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"JudgeTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"ResultChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"SubmitTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Unregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"JOB_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOLVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOURCE_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MEDIATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SOLVER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"acceptResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"activeMediations\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"challengeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"stateAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"matchBlock\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"hashJobOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashResourceOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"jobSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"offer\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"offerSig\",\"type\":\"bytes\"}],\"name\":\"matchDeal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateAccept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateReject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mediationFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"offerUsed\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"roles\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"solverFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solverFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solvers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutMediate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutSubmit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"unregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x6101e080604052346102285760808161393f8038038091610020828561022c565b833981010312610228578051906001600160a01b0382168203610228576020810151606060408301519201519260405161005b60408261022c565b60088152602081019067636f6f706869766560c01b82526040519161008160408461022c565b600183526020830191603160f81b835261009a81610263565b610120526100a784610263565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011060c08261022c565b5190206080523060c05261271083116101f25761016052610180526101a0526101c05260405161367090816102cf823960805181612dfa015260a05181612eb7015260c05181612dc4015260e05181612e4901526101005181612e6f0152610120518161108f015261014051816110b8015261016051818181610a48015281816113bc015261189e01526101805181818161060e01528181610e7c0152610f8201526101a05181818161053701528181610fbc015261199001526101c0518181816102d401528181610bbf01528181611030015281816112720152611c6b0152f35b60405162461bcd60e51b815260206004820152600e60248201526d6665652061626f7665203130302560901b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761024f57604052565b634e487b7160e01b5f52604160045260245ffd5b601f81511161028e57602081519101516020821061027f571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806309e8815d146102245780630b258a251461021f5780630d7cb8f01461021a57806315dce38f146102155780631d8ba3831461021057806323d2f5f61461020b5780632b3f467e146102065780632b9cd457146102015780632e1a7d4d146101fc5780634386c2d7146101f757806351a6fad5146101f25780635b5989cb146101ed5780635e5c06e2146101e857806361d689fa146101e357806364c9ec6f146101de57806365bc52da146101d957806371fcbb91146101d4578063806d3cd8146101cf57806384b0196e146101ca5780638a18b4ff146101c557806399374642146101c0578063a8d392b0146101bb578063b34a90b1146101b6578063b6b55f25146101b1578063bd7c022a146101ac578063df57f4b0146101a7578063e3b06401146101a2578063e7d539b11461019d578063ebd3536014610198578063f698da2514610193578063f9c84c701461018e578063fb8a1a6b146101895763fc0c546a14610184575f80fd5b611889565b61186e565b6117be565b611777565b6116f2565b6116b8565b61162f565b611570565b6114b9565b6113a6565b611223565b6111f3565b6111b5565b611174565b611077565b611019565b610fdf565b610fa5565b610f6b565b610e30565b610de5565b610dac565b610cd1565b610ad3565b6109db565b6109c0565b6107c7565b610581565b61051f565b6104d0565b610477565b61038c565b61023f565b61016090600319011261023b57600490565b5f80fd5b3461023b5761018036600319011261023b5761025a36610229565b610366610164359161036161026f848361235b565b805465ffffffffff004260081b1665ffffffffffff199091161760061781556103516102ad61034b8161034560206102ce6102b98460608c016118de565b6001600160601b031690565b6102c86102ad60808d016118de565b906118fc565b9861033f7f00000000000000000000000000000000000000000000000000000000000000009a6103086001600160801b038d1680926118fc565b906001600160801b038061033661032861032188611921565b948661192b565b6102c860c089019d8e6118de565b16921690612518565b01611921565b926118de565b9061242d565b5460581c6001600160a01b031690565b6124af565b7fd464d167491417c7a2c71072f3482b37781a9b118307b94a165c962bd66e72af5f80a2005b3461023b5761018036600319011261023b576103a736610229565b61044261016435916103e56103bc82856126d9565b6103e064ffffffffff825460081c1660e0850135906103da8261194b565b8761279a565b6123f1565b61034b6102ad61034560206104116104026102ad606088016118de565b6102c86102ad608089016118de565b9461033f61041e82611921565b9660a08301976001600160801b038061033661043c6102ad8d6118de565b856118fc565b7f3adfa71ab1fd2b4d916b2c5171ed957e4345e7167ec4559d9dbecf401cc000dc5f80a2005b908161020091031261023b5790565b3461023b57602036600319011261023b576004356001600160401b03811161023b576104b96104b46104af6020933690600401610468565b612816565b6129d8565b604051908152f35b908161024091031261023b5790565b3461023b57602036600319011261023b576004356001600160401b03811161023b576104b96104b461050860209336906004016104c1565b612a19565b602090600319011261023b5760043590565b3461023b57602061271061055c6105353661050d565b7f000000000000000000000000000000000000000000000000000000000000000090611974565b04604051908152f35b602090600319011261023b5760043560ff8116810361023b5790565b3461023b5761058f36610565565b335f90815260036020526040902060ff9082906105ae905b5460ff1690565b16161580156107a4575b61078b5760ff81166002811480610765575b61072557335f908152600360205260409020600191906106039060ff85196105f3835460ff1690565b161660ff1660ff19825416179055565b1461066d575b6106347f00000000000000000000000000000000000000000000000000000000000000008033612518565b60405160ff909116815233907feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca44429080602081015b0390a2005b335f90815260056020526040902061068590546119b9565b6107086106ed6106b66106a161069c6004546119b9565b6119e8565b905460039190911b1c6001600160a01b031690565b926106e8846106c4836119e8565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b611a05565b6001600160a01b039092165f90815260056020526040902090565b55610711611a20565b335f90815260056020526040812055610609565b335f90815260066020526040902061076290610746905b5463ffffffff1690565b638427206560e01b5f523360045263ffffffff16602452604490565b5ffd5b50335f90815260066020526040902063ffffffff906107839061073c565b1615156105ca565b632107413760e11b5f523360045260ff1660245260445ffd5b5060ff8116600181141590816107bb575b506105b8565b6002915014155f6107b5565b3461023b576101a036600319011261023b576107e236610229565b610164359061018435906107f681846126d9565b90602081019061081461080883611921565b6001600160a01b031690565b33036109a857825461083d9060081c64ffffffffff1661083660e08401611959565b9087612c18565b61086261084983611921565b6001600160a01b03165f90815260026020526040902090565b916108816102ad60a061087a6102ad60c087016118de565b94016118de565b9061089384546001600160801b031690565b9061089e83836118fc565b6001600160801b03808616911610610962575093610947869461092785610922866109186108fc7fc0f6ac21b3117c819c68486bc0bf317115e1185a96af4a283256cd6fa8cba3c39d9a6108f760029b6106689f6118fc565b61192b565b86546001600160801b0319166001600160801b03909116178655565b845460801c61192b565b6118fc565b81546001600160801b031660809190911b6001600160801b031916179055565b61095081612400565b01556040519081529081906020820190565b610979610762936109738693611921565b936118fc565b632e2a182f60e11b5f526001600160a01b039092166004526001600160801b0390811660245216604452606490565b63723bbd3560e01b5f5260048590523360245260445ffd5b3461023b575f36600319011261023b57602060405160038152f35b3461023b576109e93661050d565b8015610ac457335f90815260026020526040902080546001600160801b0316828110610aa05790610a27610a41926001600160801b0385169061192b565b6001600160801b03166001600160801b0319825416179055565b610a6c81337f0000000000000000000000000000000000000000000000000000000000000000612c51565b60405190815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5908060208101610668565b632e2a182f60e11b5f523360045260248390526001600160801b031660445260645ffd5b631f2a200560e01b5f5260045ffd5b3461023b5761018036600319011261023b57610aee36610229565b610c2b6101643591610b8e610b038285612756565b610b89610b5f610b468354610b37610b238264ffffffffff9060081c1690565b610b306101208a01611959565b908b61279a565b60581c6001600160a01b031690565b6001600160a01b03165f90815260066020526040902090565b610b75610b70825463ffffffff1690565b611a87565b63ffffffff1663ffffffff19825416179055565b61240f565b610bff610be5610bb5610ba66102ad606086016118de565b6102c86102ad608087016118de565b6001600160801b037f000000000000000000000000000000000000000000000000000000000000000016906118fc565b6001600160801b03610bf684611921565b91168091612518565b60c0610c0d60208301611921565b9101906001600160601b0380610336610c25856118de565b946118de565b7f05a05d30887dfd84c18f48916dbe534b9d75dd65d81e9ae656762d35b55d1dd65f80a2005b634e487b7160e01b5f52602160045260245ffd5b60091115610c6f57565b610c51565b815160c082019392906009811015610c6f5760a0918291845264ffffffffff602082015116602085015264ffffffffff6040820151166040850152600180831b036060820151166060850152608081015160808501520151910152565b3461023b57602036600319011261023b576004355f60a0604051610cf481611ab3565b82815282602082015282604082015282606082015282608082015201525f52600760205260405f20604051610d2881611ab3565b81549160ff8316906009821015610c6f57610d8b610d7b610da895600294865264ffffffffff8160081c166020870152610b37610d6d8264ffffffffff9060301c1690565b64ffffffffff166040880152565b6001600160a01b03166060850152565b60018101546080840152015460a082015260405191829182610c74565b0390f35b3461023b575f36600319011261023b57602060405160018152f35b6001600160a01b0381160361023b57565b3590610de382610dc7565b565b3461023b57602036600319011261023b57600435610e0281610dc7565b60018060a01b03165f5260026020526040805f20548151906001600160801b038116825260801c6020820152f35b3461023b57610e3e36610565565b60ff8116600181149081159081610f5f575b50610f4557335f90815260036020526040902060ff908390610e71906105a7565b1616610f2b57610ea17f000000000000000000000000000000000000000000000000000000000000000033612ca9565b335f908152600360205260409020610ece9083610ebf825460ff1690565b1760ff1660ff19825416179055565b610f0b575b60405160ff909116815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e908060208101610668565b610f1433611b04565b600454335f90815260056020526040902055610ed3565b632fa4c0d960e11b5f523360045260ff821660245260445ffd5b632107413760e11b5f523360045260ff821660245260445ffd5b6002915014155f610e50565b3461023b575f36600319011261023b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461023b575f36600319011261023b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461023b575f36600319011261023b5760206040517fd5606be92356ca535f296632685255de9db6352779ac89cf59b43542e97ec8768152f35b3461023b575f36600319011261023b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b3461023b575f36600319011261023b5761111b6110b37f000000000000000000000000000000000000000000000000000000000000000061356b565b6110dc7f000000000000000000000000000000000000000000000000000000000000000061356b565b60206040516110eb8282611ad3565b5f81528161112981830194601f198301368737604051978897600f60f81b895260e0858a015260e0890190611053565b908782036040890152611053565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b82811061115d57505050500390f35b83518552869550938101939281019260010161114e565b3461023b57602036600319011261023b5760043561119181610dc7565b60018060a01b03165f526006602052602063ffffffff60405f205416604051908152f35b3461023b57602036600319011261023b576004356111d281610dc7565b60018060a01b03165f526003602052602060ff60405f205416604051908152f35b3461023b57602036600319011261023b576004355f526008602052602063ffffffff60405f205416604051908152f35b3461023b5761018036600319011261023b5761123e36610229565b6113806101643591611250838261235b565b805465ffffffffffff19164260081b65ffffffffff001617600517815561136e7f0000000000000000000000000000000000000000000000000000000000000000926001600160801b036113666040606084019361033f6112c36001600160601b0387356112bd816118cd565b16611987565b956113106112d36102ad836118de565b6112f48c896112ec60808901946102c86102ad876118de565b9116906118fc565b90886001600160601b0361033661130a89611921565b936118de565b61131c60208401611921565b6001600160601b038761033660c08701946102c861135a8d6113556102ad61134f6102ad6113498d6118de565b9c6118de565b956118de565b6119c7565b6001600160801b031690565b9116906124af565b5460581c6001600160a01b03166124af565b7f5b5fd0c005bd4120c2058baa177b7f5a7695a9351f329a9b105fe83a8059d4025f80a2005b3461023b576113b43661050d565b8015610ac4577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f511481161561149a575b6040919091525f6060521561147f575061144b61142782612d98565b335f908152600260205260409020610a27909161092283546001600160801b031690565b60405190815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4908060208101610668565b635274afe760e01b5f526001600160a01b031660045260245ffd5b60018115166114b0573d15833b1515161661140b565b503d5f823e3d90fd5b3461023b5761018036600319011261023b576114d436610229565b61016435906114e38183612778565b9080356114ef81610dc7565b6001600160a01b0316330361155957815460ff191660031782556115339161152e905b805465ffffffffff0019164260081b65ffffffffff0016179055565b612d41565b7ff80c29b4d1f59b63ed4b13c925c542127b00dbc78696254f570f30f9859249875f80a2005b8263723bbd3560e01b5f526004523360245260445ffd5b3461023b576101a036600319011261023b5761158b36610229565b6101643561018435916001600160401b03831161023b573660238401121561023b578260040135916001600160401b03831161023b573660248460051b8601011161023b5760246115dd940191611c08565b005b90602080835192838152019201905f5b8181106115fc5750505090565b82516001600160a01b03168452602093840193909201916001016115ef565b90602061162c9281815201906115df565b90565b3461023b575f36600319011261023b5760405180602060045491828152019060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b905f5b81811061169957610da88561168d81870382611ad3565b6040519182918261161b565b82546001600160a01b0316845260209093019260019283019201611676565b3461023b575f36600319011261023b5760206040517f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8152f35b3461023b5761018036600319011261023b5761170d36610229565b611751610164359161152e6117228285612778565b61174164ffffffffff825460081c16610100850135906103da8261194b565b805460ff19166003178155611512565b7f2fbe37c64cc5710289f2c0e29612161988761494522110b50af1612611ac77195f80a2005b3461023b575f36600319011261023b5760206104b9612dc1565b9181601f8401121561023b578235916001600160401b03831161023b576020838186019501011161023b57565b3461023b57608036600319011261023b576004356001600160401b03811161023b576117ee903690600401610468565b6024356001600160401b03811161023b5761180d903690600401611791565b91906044356001600160401b03811161023b5761182e9036906004016104c1565b91606435926001600160401b03841161023b57610da89461185661185e953690600401611791565b949093611f39565b6040519081529081906020820190565b3461023b575f36600319011261023b57602060405160028152f35b3461023b575f36600319011261023b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6001600160601b0381160361023b57565b3561162c816118cd565b634e487b7160e01b5f52601160045260245ffd5b906001600160801b03809116911601906001600160801b03821161191c57565b6118e8565b3561162c81610dc7565b906001600160801b03809116911603906001600160801b03821161191c57565b63ffffffff81160361023b57565b3561162c8161194b565b908160030291600383040361191c57565b8181029291811591840414171561191c57565b6119b5612710917f000000000000000000000000000000000000000000000000000000000000000090611974565b0490565b5f1981019190821161191c57565b9190820391821161191c57565b634e487b7160e01b5f52603260045260245ffd5b600454811015611a005760045f5260205f2001905f90565b6119d4565b906001820180921161191c57565b9190820180921161191c57565b6004548015611a73575f19810190600454821015611a005760045f8190527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19a90910180546001600160a01b031916905555565b634e487b7160e01b5f52603160045260245ffd5b63ffffffff5f199116019063ffffffff821161191c57565b634e487b7160e01b5f52604160045260245ffd5b60c081019081106001600160401b03821117611ace57604052565b611a9f565b90601f801991011681019081106001600160401b03821117611ace57604052565b60405190610de361016083611ad3565b6004549068010000000000000000821015611ace5760018201600455600454821015611a005760045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b90910180546001600160a01b0319166001600160a01b03909216919091179055565b6001600160401b038111611ace5760051b60200190565b905f5b818110611b985750505090565b9091926020806001928635611bac81610dc7565b848060a01b031681520194019101919091611b8b565b8115611bcc570690565b634e487b7160e01b5f52601260045260245ffd5b9190811015611a005760051b0190565b63ffffffff60019116019063ffffffff821161191c57565b919092611c158385612778565b92611c2261080882611921565b33036109a8578354611c459060081c64ffffffffff166108366101008401611959565b81158015611d85575b611d7157611d4192611cd292611c90611c69611ccd94611921565b7f000000000000000000000000000000000000000000000000000000000000000090612ca9565b604080514460208201908152918101899052611cc7918391611cbf81606081015b03601f198101835282611ad3565b519020611bc2565b91611be0565b611921565b82547fff0000000000000000000000000000000000000000ffffffffffffffffffffff16605882901b600160581b600160f81b0316178355916001600160a01b0383165f908152600660205260409020611d3c90610b75611d37825463ffffffff1690565b611bf0565b61241e565b6001600160a01b0316907fddad479d6cf293bb88e77dd5fad20b1133db1dcb443bf02abd352ac3a09842f15f80a3565b639817ca5760e01b5f52600485905260245ffd5b506040516020810190611d9d81611cb1848789611b88565b5190206101408201351415611c4e565b356001600160401b038116810361023b5790565b903590601e198136030182121561023b57018035906001600160401b03821161023b57602001918160051b3603831361023b57565b80516020909101905f5b818110611e0d5750505090565b82516001600160a01b0316845260209384019390920191600101611e00565b906009811015610c6f5760ff80198354169116179055565b80516001600160a01b031682526101409081906020818101516001600160a01b0316908501526040818101516001600160a01b0316908501526060818101516001600160601b0316908501526080818101516001600160601b03169085015260a0818101516001600160601b03169085015260c0818101516001600160601b03169085015260e08181015163ffffffff16908501526101008181015163ffffffff16908501526101208181015163ffffffff16908501520151910152565b61016081019291610de39190611e44565b611f2b61162c94936101a09383526020830190611e44565b8161018082015201906115df565b93611f7d919695611f6d611f4f6104b488612816565b98611f5c6104b488612a19565b95611f6689611921565b918b612ee7565b611f7685611921565b9184612ee7565b611f8f855f52600760205260405f2090565b90611f9b825460ff1690565b611fa481610c65565b612347576101e08401611fc5611fb982611dad565b6001600160401b031690565b421161231c57506102208301611fdd611fb982611dad565b421161231c5750611fed84612f9f565b61200261073c825f52600860205260405f2090565b61201b6120126101c08601611959565b63ffffffff1690565b63ffffffff821610156123085790612034879392611bf0565b612046825f52600860205260405f2090565b90612060919063ffffffff1663ffffffff19825416179055565b61206a84866130ca565b612078610140860186611dc1565b6120866101a0870187611dc1565b9161209093613428565b9161209a86611921565b946120a481611921565b966120b260e0830135613551565b9061012001356120c190613551565b6120cf610100840135613551565b926120de610120820135613551565b906120ec6101408201611959565b906120fa6101608201611959565b906101800161210890611959565b91896040518060208101928361211d91611df6565b03601f198101825261212f9082611ad3565b5190209361213b611af4565b6001600160a01b03909d168d526001600160a01b03909d1660208d019081529c3360408e015260608d01966121799088906001600160601b03169052565b60808d01956121919087906001600160601b03169052565b60a08d01976121a99089906001600160601b03169052565b6001600160601b031660c08d015263ffffffff1660e08c015263ffffffff166101008b015263ffffffff166101208a015261014089015287516001600160a01b031691516001600160601b03166001600160601b031690516001600160601b03166001600160601b031661221c91611a13565b61222591612ca9565b86516001600160a01b031690516001600160601b03166001600160601b031661224d91612ca9565b8054600165ffffffffffff199091164260081b65ffffffffff001617176affffffffff00000000000019164360301b6affffffffff0000000000001617815560405160208101908061229f8884611f02565b03601f19810182526122b19082611ad3565b51902060019190910155835194516040516001600160a01b03918216969190911694909283926122e2929084611f13565b037ff0a6ff3c547c7d3725f10ec72d0956ab40ed35fcb18adaa772af4c389ea575f791a4565b635c64646960e11b5f52600482905260245ffd5b61232861076291611dad565b6324730def60e21b5f526001600160401b031660045242602452604490565b63b3e2817b60e01b5f52600486905260245ffd5b9190916123688184612756565b805490939091605883901c6001600160a01b031633036123da57916123ae6123ca92610120610de39501359061239d8261194b565b64ffffffffff8460081c1690612c18565b60581c6001600160a01b03165f90815260066020526040902090565b610b7563ffffffff825416611a87565b5063723bbd3560e01b5f526004523360245260445ffd5b610de390611512600782611e2c565b610de390611512600282611e2c565b610de390611512600882611e2c565b610de390611512600482611e2c565b60018060a01b03165f52600260205261247a61245a6001600160801b0360405f209316835460801c61192b565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b038154166001600160801b03811161191c5781546001600160801b0319166001600160801b03909116179055565b6001600160a01b03165f908152600260205260409020805460801c916001600160801b03831161191c576001600160801b03610a2791612507610de39585906001600160801b0382549181199060801b169116179055565b166001600160801b038354166118fc565b6001600160801b03610de393610a279260018060a01b03165f52600260205261250761254e8360405f209616865460801c61192b565b85546001600160801b031660809190911b6001600160801b031916178555565b600452604491906009811015610c6f57602452565b3590610de3826118cd565b3590610de38261194b565b919091610140806101608301946125c0846125b383610dd8565b6001600160a01b03169052565b6125df6125cf60208301610dd8565b6001600160a01b03166020860152565b6125fe6125ee60408301610dd8565b6001600160a01b03166040860152565b61261d61260d60608301612583565b6001600160601b03166060860152565b61263c61262c60808301612583565b6001600160601b03166080860152565b61265b61264b60a08301612583565b6001600160601b031660a0860152565b61267a61266a60c08301612583565b6001600160601b031660c0860152565b61269661268960e0830161258e565b63ffffffff1660e0860152565b6126b46126a6610100830161258e565b63ffffffff16610100860152565b6126d26126c4610120830161258e565b63ffffffff16610120860152565b0135910152565b5f818152600760205260409020805490939290600160ff82166126fb81610c65565b03612738575060405161271681611cb1602082019485612599565b5190206001840154036127265750565b63af0085e360e01b5f5260045260245ffd5b826127466107629260ff1690565b632b3263b360e01b5f529061256e565b5f818152600760205260409020805490939290600460ff82166126fb81610c65565b5f818152600760205260409020805490939290600260ff82166126fb81610c65565b9064ffffffffff63ffffffff91169216820180921161191c57814211156127bf575050565b631cb08caf60e11b5f5260045260245260445ffd5b805191908290602001825e015f815290565b610de390612808612802949360405195869360208501906127d4565b906127d4565b03601f198101845283611ad3565b6129ce9061282381611921565b6128e4602083013591611cb1604085013561284060608701611dad565b61284c60808801611dad565b61285860a08901611dad565b9161286560c08a01611959565b604080517fd5606be92356ca535f296632685255de9db6352779ac89cf59b43542e97ec87660208201526001600160a01b0390981690880152606087019890985260808601939093526001600160401b0392831660a0860152821660c08501521660e083015263ffffffff909316610100820152918290610120820190565b6129c96128f360e08401611dad565b612808610100850135946101208101359061292c611cb1612918610140840184611dc1565b929060405192839160208301958691611b88565b519020612943611cb1612918610160850185611dc1565b5190206129536101808401611dad565b906101a0840135926129756101e061296e6101c08801611dad565b9601611dad565b604080516001600160401b039a8b1660208201529081019c909c5260608c019690965260808b015260a08a0152851660c089015260e088015283166101008701529091166101208501528390610140820190565b6127e6565b6020815191012090565b6042906129e3612dc1565b906040519161190160f01b8352600283015260228201522090565b91906001600160fb1b03811161023b5760051b809282370190565b6129ce90612a2681611921565b612b1e612a3560208401611dad565b91611cb1612a4560408601611dad565b612a5160608701611dad565b612a5d60808801611959565b612a6960a08901611dad565b90612a91611cb1612a7d60c08c018c611dc1565b9290604051928391602083019586916129fe565b5190209260e08a013594604051998a9860208a01946001600160401b0363ffffffff929a999895818096816101009b976101208c019f7f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8d5260018060a01b031660208d01521660408b01521660608901521660808701521660a08501521660c083015260e08201520152565b6129c961010083013561280861012085013594612b3e6101408201611959565b90612b4c6101608201611959565b612b596101808301611959565b612b6d611cb16129186101a0860186611dc1565b519020612b7d6101c08501611959565b916101e085013593612b9f610220612b986102008901611dad565b9701611dad565b966040519c8d9a60208c0198969492909a99979593916101408a019b8a5260208a015263ffffffff16604089015263ffffffff16606088015263ffffffff16608087015260a086015263ffffffff1660c085015260e08401526001600160401b03166101008301526001600160401b0316906101200152565b9064ffffffffff63ffffffff91169216820180921161191c57814211612c3c575050565b631b29a41960e21b5f5260045260245260445ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615612c93575b6040919091521561147f5750565b60018115166114b0573d15833b15151616612c85565b60018060a01b0381165f52600260205260405f20916001600160801b0383541691818310612d175750610de39291612d0d612cf16001600160801b036109279416809361192b565b84546001600160801b0319166001600160801b03909116178455565b825460801c6118fc565b632e2a182f60e11b5f526001600160a01b03166004526024526001600160801b031660445260645ffd5b610de3906001600160801b036113666040606084019361033f612d706001600160601b0387356112bd816118cd565b95611310612d806102ad836118de565b6112f45f61092260808801936102c86102ad866118de565b6001600160801b038111612db2576001600160801b031690565b630625040160e01b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480612eb4575b15612e1c577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152612eae60c082611ad3565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612df3565b60041115610c6f57565b9190916001600160401b038211611ace5760405191612f10601f8201601f191660200184611ad3565b808352368185011161023b576020815f92612f329683870137840101526135a9565b50612f3f81939293612edd565b15801590612f89575b8015612f78575b612f57575050565b6308d20b2560e01b5f526001600160a01b039081166004521660245260445ffd5b506001600160a01b03811615612f4f565b506001600160a01b038281169082161415612f48565b610160810190612faf8282611dc1565b929050600383116130bb576101c08201612fcb611fb982611dad565b91612fef610180850193612fe9612fe4611fb987611dad565b611963565b90611a13565b935f5b868110613059575b505050505080915042106130435750335f908152600360205260409020600190613023906105a7565b161561302b57565b632107413760e11b5f5233600452600160245260445ffd5b6321fe86ad60e11b5f523360045260245260445ffd5b80613075610808611ccd61306d8787611dc1565b339591611be0565b1461308257600101612ff2565b926130b09650612fe99495506130aa9250611fb99150611fb96130a491611dad565b94611dad565b90611974565b805f80808080612ffa565b638fdb3b8d60e01b5f5260045ffd5b906130d482611921565b6130e061080883611921565b6001600160a01b03909116146133a2576130fc60208201611dad565b6001600160401b03613113611fb960608601611dad565b9116106133765761312660408201611dad565b6001600160401b0361313d611fb960808601611dad565b91161061334a5761315060608201611dad565b6001600160401b03613167611fb960a08601611dad565b91161061331b5761317a60808201611959565b60c083019063ffffffff61319061201284611959565b9116106132ec576131a563ffffffff91611959565b161515806132c0575b61328f5760e0810135610100830135106132615760c081016131d08183611dc1565b90506131db57505050565b5f926020013591835b6131ee8383611dc1565b9050811015613258578361320c826132068686611dc1565b90611be0565b351461321a576001016131e4565b505050505060015b1561322957565b60405163bb654ba360e01b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b50505050613222565b60405163bb654ba360e01b8152602060048201526005602482015264707269636560d81b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526008602482015267677075207672616d60c01b6044820152606490fd5b506132cd60a08201611dad565b6001600160401b036132e4611fb960e08601611dad565b9116106131ae565b60405163bb654ba360e01b815260206004808301919091526024820152636770757360e01b6044820152606490fd5b60405163bb654ba360e01b815260206004808301919091526024820152636469736b60e01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526272616d60e81b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526263707560e81b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260096024820152681cd95b198b5919585b60ba1b6044820152606490fd5b906133de82611b71565b6133eb6040519182611ad3565b82815280926133fc601f1991611b71565b0190602036910137565b5f19811461191c5760010190565b8051821015611a005760209160051b010190565b9193929093613436856133d4565b945f935f5b8281106134825750505050508015613451578252565b60405163bb654ba360e01b815260206004820152600860248201526736b2b234b0ba37b960c11b6044820152606490fd5b6134bb60026134b46105a761349b611ccd868989611be0565b6001600160a01b03165f90815260036020526040902090565b1660ff1690565b15613549575f5b8581106134d5575b506001905b0161343b565b6134e3611ccd838686611be0565b6134f4610808611ccd848a8a611be0565b6001600160a01b039091161461350c576001016134c2565b5080613543613521611ccd6001948787611be0565b61353461352d8a613406565b998c613414565b6001600160a01b039091169052565b906134ca565b6001906134cf565b6001600160601b038111612db2576001600160601b031690565b60ff811690601f821161359a5760405191613587604084611ad3565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b81519190604183036135d9576135d29250602082015190606060408401519301515f1a906135e3565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613665579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561365a575f516001600160a01b0381161561365057905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// Market is an auto generated Go binding around an Ethereum contract.
type Market struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Market) GetABI() abi.ABI {
	return c.abi
}

// NewMarket creates a new instance of Market.
func NewMarket() *Market {
	parsed, err := MarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Market{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Market) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, uint256 bond_, uint256 solverFeeBps_, uint256 mediationFee_) returns()
func (market *Market) PackConstructor(token_ common.Address, bond_ *big.Int, solverFeeBps_ *big.Int, mediationFee_ *big.Int) []byte {
	enc, err := market.abi.Pack("", token_, bond_, solverFeeBps_, mediationFee_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackJOBOFFERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71fcbb91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) PackJOBOFFERTYPEHASH() []byte {
	enc, err := market.abi.Pack("JOB_OFFER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBOFFERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71fcbb91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) TryPackJOBOFFERTYPEHASH() ([]byte, error) {
	return market.abi.Pack("JOB_OFFER_TYPEHASH")
}

// UnpackJOBOFFERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71fcbb91.
//
// Solidity: function JOB_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) UnpackJOBOFFERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("JOB_OFFER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSOLVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9cd457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SOLVERS() view returns(uint256)
func (market *Market) PackMAXSOLVERS() []byte {
	enc, err := market.abi.Pack("MAX_SOLVERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSOLVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9cd457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SOLVERS() view returns(uint256)
func (market *Market) TryPackMAXSOLVERS() ([]byte, error) {
	return market.abi.Pack("MAX_SOLVERS")
}

// UnpackMAXSOLVERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b9cd457.
//
// Solidity: function MAX_SOLVERS() view returns(uint256)
func (market *Market) UnpackMAXSOLVERS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_SOLVERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESOURCEOFFERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d539b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESOURCE_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) PackRESOURCEOFFERTYPEHASH() []byte {
	enc, err := market.abi.Pack("RESOURCE_OFFER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESOURCEOFFERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d539b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESOURCE_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) TryPackRESOURCEOFFERTYPEHASH() ([]byte, error) {
	return market.abi.Pack("RESOURCE_OFFER_TYPEHASH")
}

// UnpackRESOURCEOFFERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d539b1.
//
// Solidity: function RESOURCE_OFFER_TYPEHASH() view returns(bytes32)
func (market *Market) UnpackRESOURCEOFFERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("RESOURCE_OFFER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackROLEMEDIATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8a1a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_MEDIATOR() view returns(uint8)
func (market *Market) PackROLEMEDIATOR() []byte {
	enc, err := market.abi.Pack("ROLE_MEDIATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEMEDIATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8a1a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_MEDIATOR() view returns(uint8)
func (market *Market) TryPackROLEMEDIATOR() ([]byte, error) {
	return market.abi.Pack("ROLE_MEDIATOR")
}

// UnpackROLEMEDIATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb8a1a6b.
//
// Solidity: function ROLE_MEDIATOR() view returns(uint8)
func (market *Market) UnpackROLEMEDIATOR(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("ROLE_MEDIATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLESOLVER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5989cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_SOLVER() view returns(uint8)
func (market *Market) PackROLESOLVER() []byte {
	enc, err := market.abi.Pack("ROLE_SOLVER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLESOLVER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5989cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_SOLVER() view returns(uint8)
func (market *Market) TryPackROLESOLVER() ([]byte, error) {
	return market.abi.Pack("ROLE_SOLVER")
}

// UnpackROLESOLVER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5989cb.
//
// Solidity: function ROLE_SOLVER() view returns(uint8)
func (market *Market) UnpackROLESOLVER(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("ROLE_SOLVER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7c022a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackAcceptResult(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("acceptResult", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd7c022a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackAcceptResult(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("acceptResult", t, dealId)
}

// PackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounts(address ) view returns(uint128 free, uint128 locked)
func (market *Market) PackAccounts(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("accounts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounts(address ) view returns(uint128 free, uint128 locked)
func (market *Market) TryPackAccounts(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("accounts", arg0)
}

// AccountsOutput serves as a container for the return parameters of contract
// method Accounts.
type AccountsOutput struct {
	Free   *big.Int
	Locked *big.Int
}

// UnpackAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e5c06e2.
//
// Solidity: function accounts(address ) view returns(uint128 free, uint128 locked)
func (market *Market) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := market.abi.Unpack("accounts", data)
	outstruct := new(AccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Free = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackActiveMediations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a18b4ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeMediations(address ) view returns(uint32)
func (market *Market) PackActiveMediations(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("activeMediations", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveMediations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a18b4ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeMediations(address ) view returns(uint32)
func (market *Market) TryPackActiveMediations(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("activeMediations", arg0)
}

// UnpackActiveMediations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a18b4ff.
//
// Solidity: function activeMediations(address ) view returns(uint32)
func (market *Market) UnpackActiveMediations(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("activeMediations", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint256)
func (market *Market) PackBond() []byte {
	enc, err := market.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint256)
func (market *Market) TryPackBond() ([]byte, error) {
	return market.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (market *Market) UnpackBond(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf57f4b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId, address[] mediators) returns()
func (market *Market) PackChallengeResult(t MarketTerms, dealId [32]byte, mediators []common.Address) []byte {
	enc, err := market.abi.Pack("challengeResult", t, dealId, mediators)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf57f4b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId, address[] mediators) returns()
func (market *Market) TryPackChallengeResult(t MarketTerms, dealId [32]byte, mediators []common.Address) ([]byte, error) {
	return market.abi.Pack("challengeResult", t, dealId, mediators)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (market *Market) PackDeposit(amount *big.Int) []byte {
	enc, err := market.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (market *Market) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return market.abi.Pack("deposit", amount)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (market *Market) PackDomainSeparator() []byte {
	enc, err := market.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (market *Market) TryPackDomainSeparator() ([]byte, error) {
	return market.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (market *Market) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (market *Market) PackEip712Domain() []byte {
	enc, err := market.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (market *Market) TryPackEip712Domain() ([]byte, error) {
	return market.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (market *Market) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := market.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51a6fad5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDeal(bytes32 dealId) view returns((uint8,uint40,uint40,address,bytes32,bytes32))
func (market *Market) PackGetDeal(dealId [32]byte) []byte {
	enc, err := market.abi.Pack("getDeal", dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51a6fad5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDeal(bytes32 dealId) view returns((uint8,uint40,uint40,address,bytes32,bytes32))
func (market *Market) TryPackGetDeal(dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("getDeal", dealId)
}

// UnpackGetDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51a6fad5.
//
// Solidity: function getDeal(bytes32 dealId) view returns((uint8,uint40,uint40,address,bytes32,bytes32))
func (market *Market) UnpackGetDeal(data []byte) (MarketDeal, error) {
	out, err := market.abi.Unpack("getDeal", data)
	if err != nil {
		return *new(MarketDeal), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketDeal)).(*MarketDeal)
	return out0, nil
}

// PackHashJobOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d7cb8f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) PackHashJobOffer(j MarketJobOffer) []byte {
	enc, err := market.abi.Pack("hashJobOffer", j)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashJobOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d7cb8f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) TryPackHashJobOffer(j MarketJobOffer) ([]byte, error) {
	return market.abi.Pack("hashJobOffer", j)
}

// UnpackHashJobOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d7cb8f0.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) UnpackHashJobOffer(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("hashJobOffer", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashResourceOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15dce38f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashResourceOffer((address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) o) view returns(bytes32)
func (market *Market) PackHashResourceOffer(o MarketResourceOffer) []byte {
	enc, err := market.abi.Pack("hashResourceOffer", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashResourceOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15dce38f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashResourceOffer((address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) o) view returns(bytes32)
func (market *Market) TryPackHashResourceOffer(o MarketResourceOffer) ([]byte, error) {
	return market.abi.Pack("hashResourceOffer", o)
}

// UnpackHashResourceOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15dce38f.
//
// Solidity: function hashResourceOffer((address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) o) view returns(bytes32)
func (market *Market) UnpackHashResourceOffer(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("hashResourceOffer", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMatchDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9c84c70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchDeal((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) PackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) []byte {
	enc, err := market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9c84c70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchDeal((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) TryPackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) ([]byte, error) {
	return market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
}

// UnpackMatchDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9c84c70.
//
// Solidity: function matchDeal((address,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) UnpackMatchDeal(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("matchDeal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb34a90b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackMediateAccept(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateAccept", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb34a90b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackMediateAccept(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("mediateAccept", t, dealId)
}

// PackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09e8815d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackMediateReject(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateReject", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09e8815d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackMediateReject(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("mediateReject", t, dealId)
}

// PackMediationFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806d3cd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediationFee() view returns(uint256)
func (market *Market) PackMediationFee() []byte {
	enc, err := market.abi.Pack("mediationFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediationFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806d3cd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediationFee() view returns(uint256)
func (market *Market) TryPackMediationFee() ([]byte, error) {
	return market.abi.Pack("mediationFee")
}

// UnpackMediationFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x806d3cd8.
//
// Solidity: function mediationFee() view returns(uint256)
func (market *Market) UnpackMediationFee(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("mediationFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOfferUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d392b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerUsed(bytes32 ) view returns(uint32)
func (market *Market) PackOfferUsed(arg0 [32]byte) []byte {
	enc, err := market.abi.Pack("offerUsed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d392b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerUsed(bytes32 ) view returns(uint32)
func (market *Market) TryPackOfferUsed(arg0 [32]byte) ([]byte, error) {
	return market.abi.Pack("offerUsed", arg0)
}

// UnpackOfferUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8d392b0.
//
// Solidity: function offerUsed(bytes32 ) view returns(uint32)
func (market *Market) UnpackOfferUsed(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("offerUsed", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d689fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint8 role) returns()
func (market *Market) PackRegister(role uint8) []byte {
	enc, err := market.abi.Pack("register", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d689fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint8 role) returns()
func (market *Market) TryPackRegister(role uint8) ([]byte, error) {
	return market.abi.Pack("register", role)
}

// PackRoles is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99374642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roles(address ) view returns(uint8)
func (market *Market) PackRoles(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("roles", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoles is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99374642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roles(address ) view returns(uint8)
func (market *Market) TryPackRoles(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("roles", arg0)
}

// UnpackRoles is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99374642.
//
// Solidity: function roles(address ) view returns(uint8)
func (market *Market) UnpackRoles(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("roles", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSolverFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d8ba383.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function solverFee(uint256 price) view returns(uint256)
func (market *Market) PackSolverFee(price *big.Int) []byte {
	enc, err := market.abi.Pack("solverFee", price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSolverFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d8ba383.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function solverFee(uint256 price) view returns(uint256)
func (market *Market) TryPackSolverFee(price *big.Int) ([]byte, error) {
	return market.abi.Pack("solverFee", price)
}

// UnpackSolverFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d8ba383.
//
// Solidity: function solverFee(uint256 price) view returns(uint256)
func (market *Market) UnpackSolverFee(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("solverFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSolverFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bc52da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function solverFeeBps() view returns(uint256)
func (market *Market) PackSolverFeeBps() []byte {
	enc, err := market.abi.Pack("solverFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSolverFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bc52da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function solverFeeBps() view returns(uint256)
func (market *Market) TryPackSolverFeeBps() ([]byte, error) {
	return market.abi.Pack("solverFeeBps")
}

// UnpackSolverFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65bc52da.
//
// Solidity: function solverFeeBps() view returns(uint256)
func (market *Market) UnpackSolverFeeBps(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("solverFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSolvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b06401.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function solvers() view returns(address[])
func (market *Market) PackSolvers() []byte {
	enc, err := market.abi.Pack("solvers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSolvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b06401.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function solvers() view returns(address[])
func (market *Market) TryPackSolvers() ([]byte, error) {
	return market.abi.Pack("solvers")
}

// UnpackSolvers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3b06401.
//
// Solidity: function solvers() view returns(address[])
func (market *Market) UnpackSolvers(data []byte) ([]common.Address, error) {
	out, err := market.abi.Unpack("solvers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3f467e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) PackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) []byte {
	enc, err := market.abi.Pack("submitResult", t, dealId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3f467e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) TryPackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) ([]byte, error) {
	return market.abi.Pack("submitResult", t, dealId, resultHash)
}

// PackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebd35360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutJudge(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutJudge", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebd35360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutJudge(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutJudge", t, dealId)
}

// PackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4386c2d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutMediate(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutMediate", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4386c2d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutMediate(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutMediate", t, dealId)
}

// PackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b258a25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutSubmit(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutSubmit", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b258a25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutSubmit(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutSubmit", t, dealId)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (market *Market) PackToken() []byte {
	enc, err := market.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (market *Market) TryPackToken() ([]byte, error) {
	return market.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (market *Market) UnpackToken(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d2f5f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unregister(uint8 role) returns()
func (market *Market) PackUnregister(role uint8) []byte {
	enc, err := market.abi.Pack("unregister", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23d2f5f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unregister(uint8 role) returns()
func (market *Market) TryPackUnregister(role uint8) ([]byte, error) {
	return market.abi.Pack("unregister", role)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (market *Market) PackWithdraw(amount *big.Int) []byte {
	enc, err := market.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (market *Market) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return market.abi.Pack("withdraw", amount)
}

// MarketDealMatched represents a DealMatched event raised by the Market contract.
type MarketDealMatched struct {
	DealId    [32]byte
	Jc        common.Address
	Rp        common.Address
	OfferId   [32]byte
	Terms     MarketTerms
	Mediators []common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketDealMatchedEventName = "DealMatched"

// ContractEventName returns the user-defined event name.
func (MarketDealMatched) ContractEventName() string {
	return MarketDealMatchedEventName
}

// UnpackDealMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealMatched(bytes32 indexed dealId, address indexed jc, address indexed rp, bytes32 offerId, (address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32) terms, address[] mediators)
func (market *Market) UnpackDealMatchedEvent(log *types.Log) (*MarketDealMatched, error) {
	event := "DealMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDealMatched)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketDeposited represents a Deposited event raised by the Market contract.
type MarketDeposited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (MarketDeposited) ContractEventName() string {
	return MarketDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, uint256 amount)
func (market *Market) UnpackDepositedEvent(log *types.Log) (*MarketDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDeposited)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketEIP712DomainChanged represents a EIP712DomainChanged event raised by the Market contract.
type MarketEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const MarketEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (MarketEIP712DomainChanged) ContractEventName() string {
	return MarketEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (market *Market) UnpackEIP712DomainChangedEvent(log *types.Log) (*MarketEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketJudgeTimedOut represents a JudgeTimedOut event raised by the Market contract.
type MarketJudgeTimedOut struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketJudgeTimedOutEventName = "JudgeTimedOut"

// ContractEventName returns the user-defined event name.
func (MarketJudgeTimedOut) ContractEventName() string {
	return MarketJudgeTimedOutEventName
}

// UnpackJudgeTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JudgeTimedOut(bytes32 indexed dealId)
func (market *Market) UnpackJudgeTimedOutEvent(log *types.Log) (*MarketJudgeTimedOut, error) {
	event := "JudgeTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketJudgeTimedOut)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketMediationAccepted represents a MediationAccepted event raised by the Market contract.
type MarketMediationAccepted struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketMediationAcceptedEventName = "MediationAccepted"

// ContractEventName returns the user-defined event name.
func (MarketMediationAccepted) ContractEventName() string {
	return MarketMediationAcceptedEventName
}

// UnpackMediationAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationAccepted(bytes32 indexed dealId)
func (market *Market) UnpackMediationAcceptedEvent(log *types.Log) (*MarketMediationAccepted, error) {
	event := "MediationAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediationAccepted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketMediationRejected represents a MediationRejected event raised by the Market contract.
type MarketMediationRejected struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketMediationRejectedEventName = "MediationRejected"

// ContractEventName returns the user-defined event name.
func (MarketMediationRejected) ContractEventName() string {
	return MarketMediationRejectedEventName
}

// UnpackMediationRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationRejected(bytes32 indexed dealId)
func (market *Market) UnpackMediationRejectedEvent(log *types.Log) (*MarketMediationRejected, error) {
	event := "MediationRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediationRejected)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketMediationTimedOut represents a MediationTimedOut event raised by the Market contract.
type MarketMediationTimedOut struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketMediationTimedOutEventName = "MediationTimedOut"

// ContractEventName returns the user-defined event name.
func (MarketMediationTimedOut) ContractEventName() string {
	return MarketMediationTimedOutEventName
}

// UnpackMediationTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationTimedOut(bytes32 indexed dealId)
func (market *Market) UnpackMediationTimedOutEvent(log *types.Log) (*MarketMediationTimedOut, error) {
	event := "MediationTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediationTimedOut)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketRegistered represents a Registered event raised by the Market contract.
type MarketRegistered struct {
	Account common.Address
	Role    uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (MarketRegistered) ContractEventName() string {
	return MarketRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed account, uint8 role)
func (market *Market) UnpackRegisteredEvent(log *types.Log) (*MarketRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketRegistered)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketResultAccepted represents a ResultAccepted event raised by the Market contract.
type MarketResultAccepted struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketResultAcceptedEventName = "ResultAccepted"

// ContractEventName returns the user-defined event name.
func (MarketResultAccepted) ContractEventName() string {
	return MarketResultAcceptedEventName
}

// UnpackResultAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultAccepted(bytes32 indexed dealId)
func (market *Market) UnpackResultAcceptedEvent(log *types.Log) (*MarketResultAccepted, error) {
	event := "ResultAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketResultAccepted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketResultChallenged represents a ResultChallenged event raised by the Market contract.
type MarketResultChallenged struct {
	DealId   [32]byte
	Mediator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketResultChallengedEventName = "ResultChallenged"

// ContractEventName returns the user-defined event name.
func (MarketResultChallenged) ContractEventName() string {
	return MarketResultChallengedEventName
}

// UnpackResultChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultChallenged(bytes32 indexed dealId, address indexed mediator)
func (market *Market) UnpackResultChallengedEvent(log *types.Log) (*MarketResultChallenged, error) {
	event := "ResultChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketResultChallenged)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketResultSubmitted represents a ResultSubmitted event raised by the Market contract.
type MarketResultSubmitted struct {
	DealId     [32]byte
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (MarketResultSubmitted) ContractEventName() string {
	return MarketResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(bytes32 indexed dealId, bytes32 resultHash)
func (market *Market) UnpackResultSubmittedEvent(log *types.Log) (*MarketResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketResultSubmitted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketSubmitTimedOut represents a SubmitTimedOut event raised by the Market contract.
type MarketSubmitTimedOut struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketSubmitTimedOutEventName = "SubmitTimedOut"

// ContractEventName returns the user-defined event name.
func (MarketSubmitTimedOut) ContractEventName() string {
	return MarketSubmitTimedOutEventName
}

// UnpackSubmitTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubmitTimedOut(bytes32 indexed dealId)
func (market *Market) UnpackSubmitTimedOutEvent(log *types.Log) (*MarketSubmitTimedOut, error) {
	event := "SubmitTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSubmitTimedOut)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketUnregistered represents a Unregistered event raised by the Market contract.
type MarketUnregistered struct {
	Account common.Address
	Role    uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketUnregisteredEventName = "Unregistered"

// ContractEventName returns the user-defined event name.
func (MarketUnregistered) ContractEventName() string {
	return MarketUnregisteredEventName
}

// UnpackUnregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unregistered(address indexed account, uint8 role)
func (market *Market) UnpackUnregisteredEvent(log *types.Log) (*MarketUnregistered, error) {
	event := "Unregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketUnregistered)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketWithdrawn represents a Withdrawn event raised by the Market contract.
type MarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketWithdrawn) ContractEventName() string {
	return MarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (market *Market) UnpackWithdrawnEvent(log *types.Log) (*MarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketWithdrawn)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (market *Market) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return market.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadMediators"].ID.Bytes()[:4]) {
		return market.UnpackBadMediatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return market.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadTerms"].ID.Bytes()[:4]) {
		return market.UnpackBadTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CapacityExhausted"].ID.Bytes()[:4]) {
		return market.UnpackCapacityExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DealExists"].ID.Bytes()[:4]) {
		return market.UnpackDealExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return market.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["Incompatible"].ID.Bytes()[:4]) {
		return market.UnpackIncompatibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InsufficientFunds"].ID.Bytes()[:4]) {
		return market.UnpackInsufficientFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return market.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["MediationsOpen"].ID.Bytes()[:4]) {
		return market.UnpackMediationsOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotParty"].ID.Bytes()[:4]) {
		return market.UnpackNotPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return market.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return market.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SolverNotInWindow"].ID.Bytes()[:4]) {
		return market.UnpackSolverNotInWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return market.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TooManySolvers"].ID.Bytes()[:4]) {
		return market.UnpackTooManySolversError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return market.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return market.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return market.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return market.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketAlreadyRegistered represents a AlreadyRegistered error raised by the Market contract.
type MarketAlreadyRegistered struct {
	Account common.Address
	Role    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address account, uint8 role)
func MarketAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x5f4981b2e1b4eabdb57845148df45fe64e700967c2dbdf5b25714f46ea727947")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address account, uint8 role)
func (market *Market) UnpackAlreadyRegisteredError(raw []byte) (*MarketAlreadyRegistered, error) {
	out := new(MarketAlreadyRegistered)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketAmountTooLarge represents a AmountTooLarge error raised by the Market contract.
type MarketAmountTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge()
func MarketAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x06250401c072295744520da9e60a3a29ab28ceb9fda5d792222d5242d22e8a44")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge()
func (market *Market) UnpackAmountTooLargeError(raw []byte) (*MarketAmountTooLarge, error) {
	out := new(MarketAmountTooLarge)
	if err := market.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadMediators represents a BadMediators error raised by the Market contract.
type MarketBadMediators struct {
	DealId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMediators(bytes32 dealId)
func MarketBadMediatorsErrorID() common.Hash {
	return common.HexToHash("0x9817ca57d347c4fa84e0d8b2bff7e9e847c071cf2de4404c177204df8568638f")
}

// UnpackBadMediatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMediators(bytes32 dealId)
func (market *Market) UnpackBadMediatorsError(raw []byte) (*MarketBadMediators, error) {
	out := new(MarketBadMediators)
	if err := market.abi.UnpackIntoInterface(out, "BadMediators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadSignature represents a BadSignature error raised by the Market contract.
type MarketBadSignature struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(address expected, address recovered)
func MarketBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x08d20b25b536d5aac2f529fb21b6e4218c05b2e0e4288246b55b363df3839df8")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(address expected, address recovered)
func (market *Market) UnpackBadSignatureError(raw []byte) (*MarketBadSignature, error) {
	out := new(MarketBadSignature)
	if err := market.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadTerms represents a BadTerms error raised by the Market contract.
type MarketBadTerms struct {
	DealId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTerms(bytes32 dealId)
func MarketBadTermsErrorID() common.Hash {
	return common.HexToHash("0xaf0085e391127f77b7240cbcfde35495a65b74bbcd71d8883e04e6730159dae0")
}

// UnpackBadTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTerms(bytes32 dealId)
func (market *Market) UnpackBadTermsError(raw []byte) (*MarketBadTerms, error) {
	out := new(MarketBadTerms)
	if err := market.abi.UnpackIntoInterface(out, "BadTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCapacityExhausted represents a CapacityExhausted error raised by the Market contract.
type MarketCapacityExhausted struct {
	OfferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityExhausted(bytes32 offerId)
func MarketCapacityExhaustedErrorID() common.Hash {
	return common.HexToHash("0xb8c8c8d29eb913e6d121398b60d2ba4c11024ff8a7ef7dbf77ae1ffe481f8a5a")
}

// UnpackCapacityExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityExhausted(bytes32 offerId)
func (market *Market) UnpackCapacityExhaustedError(raw []byte) (*MarketCapacityExhausted, error) {
	out := new(MarketCapacityExhausted)
	if err := market.abi.UnpackIntoInterface(out, "CapacityExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDealExists represents a DealExists error raised by the Market contract.
type MarketDealExists struct {
	DealId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DealExists(bytes32 dealId)
func MarketDealExistsErrorID() common.Hash {
	return common.HexToHash("0xb3e2817b959853b0c0e422419836f9dcbdcac91a2744580c66e7c31a5ce43308")
}

// UnpackDealExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DealExists(bytes32 dealId)
func (market *Market) UnpackDealExistsError(raw []byte) (*MarketDealExists, error) {
	out := new(MarketDealExists)
	if err := market.abi.UnpackIntoInterface(out, "DealExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketExpired represents a Expired error raised by the Market contract.
type MarketExpired struct {
	ValidUntil uint64
	Now        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint64 validUntil, uint256 now_)
func MarketExpiredErrorID() common.Hash {
	return common.HexToHash("0x91cc37bcaeec164e5bc377adb7e09e2a00c91458581814d0294b11a1ab47958a")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint64 validUntil, uint256 now_)
func (market *Market) UnpackExpiredError(raw []byte) (*MarketExpired, error) {
	out := new(MarketExpired)
	if err := market.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketIncompatible represents a Incompatible error raised by the Market contract.
type MarketIncompatible struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Incompatible(string reason)
func MarketIncompatibleErrorID() common.Hash {
	return common.HexToHash("0xbb654ba3810ad0b5052bc94e6b1065e56fcb5aa230d11be83d5f4392f60e8b2f")
}

// UnpackIncompatibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Incompatible(string reason)
func (market *Market) UnpackIncompatibleError(raw []byte) (*MarketIncompatible, error) {
	out := new(MarketIncompatible)
	if err := market.abi.UnpackIntoInterface(out, "Incompatible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInsufficientFunds represents a InsufficientFunds error raised by the Market contract.
type MarketInsufficientFunds struct {
	Account   common.Address
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFunds(address account, uint256 needed, uint256 available)
func MarketInsufficientFundsErrorID() common.Hash {
	return common.HexToHash("0x5c54305ea97a090f7d52fb57465b618e802d25aa7b81e138910eb721cdde8dbd")
}

// UnpackInsufficientFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFunds(address account, uint256 needed, uint256 available)
func (market *Market) UnpackInsufficientFundsError(raw []byte) (*MarketInsufficientFunds, error) {
	out := new(MarketInsufficientFunds)
	if err := market.abi.UnpackIntoInterface(out, "InsufficientFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInvalidShortString represents a InvalidShortString error raised by the Market contract.
type MarketInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func MarketInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (market *Market) UnpackInvalidShortStringError(raw []byte) (*MarketInvalidShortString, error) {
	out := new(MarketInvalidShortString)
	if err := market.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketMediationsOpen represents a MediationsOpen error raised by the Market contract.
type MarketMediationsOpen struct {
	Mediator common.Address
	Open     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationsOpen(address mediator, uint32 open)
func MarketMediationsOpenErrorID() common.Hash {
	return common.HexToHash("0x842720651726f8d68d594e36c05d517986c06e7c8b3a3bba22ce5240fdc3b0f2")
}

// UnpackMediationsOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationsOpen(address mediator, uint32 open)
func (market *Market) UnpackMediationsOpenError(raw []byte) (*MarketMediationsOpen, error) {
	out := new(MarketMediationsOpen)
	if err := market.abi.UnpackIntoInterface(out, "MediationsOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotParty represents a NotParty error raised by the Market contract.
type MarketNotParty struct {
	DealId [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotParty(bytes32 dealId, address caller)
func MarketNotPartyErrorID() common.Hash {
	return common.HexToHash("0x723bbd355e730fee06217900ed2b0ad6654bbcf157a7f8e88545aeb9ce5161c9")
}

// UnpackNotPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotParty(bytes32 dealId, address caller)
func (market *Market) UnpackNotPartyError(raw []byte) (*MarketNotParty, error) {
	out := new(MarketNotParty)
	if err := market.abi.UnpackIntoInterface(out, "NotParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotRegistered represents a NotRegistered error raised by the Market contract.
type MarketNotRegistered struct {
	Account common.Address
	Role    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address account, uint8 role)
func MarketNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x420e826ece7f3a51083aed61d2428435b5e466ca43c985966f7db491c4c01537")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address account, uint8 role)
func (market *Market) UnpackNotRegisteredError(raw []byte) (*MarketNotRegistered, error) {
	out := new(MarketNotRegistered)
	if err := market.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Market contract.
type MarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (market *Market) UnpackSafeERC20FailedOperationError(raw []byte) (*MarketSafeERC20FailedOperation, error) {
	out := new(MarketSafeERC20FailedOperation)
	if err := market.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSolverNotInWindow represents a SolverNotInWindow error raised by the Market contract.
type MarketSolverNotInWindow struct {
	Solver  common.Address
	OpensAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SolverNotInWindow(address solver, uint256 opensAt)
func MarketSolverNotInWindowErrorID() common.Hash {
	return common.HexToHash("0x43fd0d5ad06d1774ac1df59cef9a671502401aba1e742973c718aa756ad608e3")
}

// UnpackSolverNotInWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SolverNotInWindow(address solver, uint256 opensAt)
func (market *Market) UnpackSolverNotInWindowError(raw []byte) (*MarketSolverNotInWindow, error) {
	out := new(MarketSolverNotInWindow)
	if err := market.abi.UnpackIntoInterface(out, "SolverNotInWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketStringTooLong represents a StringTooLong error raised by the Market contract.
type MarketStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func MarketStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (market *Market) UnpackStringTooLongError(raw []byte) (*MarketStringTooLong, error) {
	out := new(MarketStringTooLong)
	if err := market.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTooManySolvers represents a TooManySolvers error raised by the Market contract.
type MarketTooManySolvers struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySolvers()
func MarketTooManySolversErrorID() common.Hash {
	return common.HexToHash("0x8fdb3b8d1dbf546e970e121d590effcd13f557ece9e20dd84ce0023229dbe2d4")
}

// UnpackTooManySolversError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySolvers()
func (market *Market) UnpackTooManySolversError(raw []byte) (*MarketTooManySolvers, error) {
	out := new(MarketTooManySolvers)
	if err := market.abi.UnpackIntoInterface(out, "TooManySolvers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWindowClosed represents a WindowClosed error raised by the Market contract.
type MarketWindowClosed struct {
	DealId   [32]byte
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(bytes32 dealId, uint256 closedAt)
func MarketWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6ca690643b424b14ba68507a47cde8871b6439e727f97b7daec901de308c0aee")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(bytes32 dealId, uint256 closedAt)
func (market *Market) UnpackWindowClosedError(raw []byte) (*MarketWindowClosed, error) {
	out := new(MarketWindowClosed)
	if err := market.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWindowOpen represents a WindowOpen error raised by the Market contract.
type MarketWindowOpen struct {
	DealId   [32]byte
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(bytes32 dealId, uint256 closesAt)
func MarketWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x3961195e14ec3f2f2bdae1c493ca510b5b18e265bf29b42db49438b0dfd41596")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(bytes32 dealId, uint256 closesAt)
func (market *Market) UnpackWindowOpenError(raw []byte) (*MarketWindowOpen, error) {
	out := new(MarketWindowOpen)
	if err := market.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWrongState represents a WrongState error raised by the Market contract.
type MarketWrongState struct {
	DealId [32]byte
	State  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(bytes32 dealId, uint8 state)
func MarketWrongStateErrorID() common.Hash {
	return common.HexToHash("0x2b3263b3bc5546a88f5c442a231d009ce5a89c34654ca9a7911b5bb3939a1f60")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(bytes32 dealId, uint8 state)
func (market *Market) UnpackWrongStateError(raw []byte) (*MarketWrongState, error) {
	out := new(MarketWrongState)
	if err := market.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroAmount represents a ZeroAmount error raised by the Market contract.
type MarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (market *Market) UnpackZeroAmountError(raw []byte) (*MarketZeroAmount, error) {
	out := new(MarketZeroAmount)
	if err := market.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
