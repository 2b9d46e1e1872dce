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
	ModuleHash   [32]byte
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

// MarketModulePin is an auto generated low-level Go binding around an user-defined struct.
type MarketModulePin struct {
	Commit   [20]byte
	Template [32]byte
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
	Callback            bool
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"}],\"name\":\"CapacityExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Incompatible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"MediationsOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCreator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"}],\"name\":\"SolverNotInWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySolvers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"DealMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"DealRefused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"JudgeTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"MediationTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"ResultChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"ResultDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"SubmitTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Unregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOLVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOURCE_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MEDIATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SOLVER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"acceptResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"activeMediations\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"challengeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"stateAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"matchBlock\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"hashJobOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashResourceOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"keys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"values\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"fileNames\",\"type\":\"string[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"fileHashes\",\"type\":\"bytes32[]\"}],\"name\":\"inputsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"jobSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"offer\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"offerSig\",\"type\":\"bytes\"}],\"name\":\"matchDeal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateAccept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateReject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mediationFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"mediatorBond\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"offerUsed\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"refuseDeal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"roles\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"solverFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solverFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solvers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutMediate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutSubmit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"unregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x6101e0806040523461022f576080816149ce80380380916100208285610233565b83398101031261022f578051906001600160a01b038216820361022f576020810151606060408301519201519260405161005b604082610233565b60088152602081019067636f6f706869766560c01b825260405191610081604084610233565b600183526020830191603160f81b835261009a8161026a565b610120526100a78461026a565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011060c082610233565b5190206080523060c05261271083116101f95761016052610180526101a0526101c0526040516146f890816102d6823960805181614516015260a051816145cd015260c051816144e0015260e051816145650152610100518161458b015261012051816111fc0152610140518161122501526101605181818161091501528181611a0a01526121d60152610180518181816105f801528181610d7901528181610ede01526119b201526101a05181818161059801528181610f18015261230601526101c05181818161038201528181610a350152818161119d015281816117ab01526120090152f35b60405162461bcd60e51b815260206004820152600e60248201526d6665652061626f7665203130302560901b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761025657604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610295576020815191015160208210610286571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806303cdbfe4146102845780630ff2ee351461027f57806315dce38f1461027a5780631d8ba3831461027557806323d2f5f6146102705780632b9cd4571461026b5780632e1a7d4d146102665780634ab3c7dc1461026157806351a6fad51461025c57806353fac290146102575780635b5989cb146102525780635e5c06e21461024d57806361d689fa1461024857806364c9ec6f1461024357806365bc52da1461023e57806369277fda1461023957806371fcbb911461023457806374bcd6121461022f578063806d3cd81461022a57806384b0196e1461022557806384cade2c146102205780638a18b4ff1461021b5780639779ea46146102165780639937464214610211578063a660f4691461020c578063a8d392b014610207578063b4bf116f14610202578063b6b55f25146101fd578063b99ea463146101f8578063c779dde5146101f3578063d5b1c91e146101ee578063e10f0274146101e9578063e3b06401146101e4578063e7d539b1146101df578063eb7e86dc146101da578063f2fa30e1146101d5578063f698da25146101d0578063fb8a1a6b146101cb5763fc0c546a146101c6575f80fd5b6121c1565b6121a6565b61218c565b612148565b611fb9565b611f7f565b611ef6565b611cfb565b611c4f565b611baf565b611b07565b6119ee565b6116cf565b61169f565b6115d2565b611594565b611577565b611536565b61143b565b6111e4565b611186565b61105c565b610ff5565b610f3b565b610f01565b610ec7565b610d27565b610cdc565b610ca3565b610c66565b610b6d565b6109a0565b6108a9565b61088e565b6105e4565b61057d565b610533565b6104f1565b6102cf565b61018090600319011261029b57600490565b5f80fd5b9181601f8401121561029b578235916001600160401b03831161029b576020808501948460051b01011161029b57565b3461029b576101c036600319011261029b576102ea36610289565b61018435906101a4356001600160401b03811161029b5761030f90369060040161029f565b6103198385613440565b9261033261032682612205565b6001600160a01b031690565b33036104d957835461035c9060081c64ffffffffff16610355610100840161221d565b9087613501565b811580156104b1575b61049c5761046c926103e9926103a76103806103e494612205565b7f00000000000000000000000000000000000000000000000000000000000000009061353a565b6040805144602082019081529181018990526103de9183916103d681606081015b03601f198101835282611315565b519020612261565b91612293565b612205565b82547fff0000000000000000000000000000000000000000ffffffffffffffffffffff16605882901b600160581b600160f81b0316178355916001600160a01b0383165f9081526006602052604090206104679061045361044e825463ffffffff1690565b6122bc565b63ffffffff1663ffffffff19825416179055565b6135bc565b6001600160a01b0316907fddad479d6cf293bb88e77dd5fad20b1133db1dcb443bf02abd352ac3a09842f15f80a3005b639817ca5760e01b5f52600485905260245b5ffd5b5060405160208101906104c9816103c8848789612227565b5190206101408201351415610365565b63723bbd3560e01b5f5260048590523360245260445ffd5b3461029b57602036600319011261029b576004355f52600a60205260206001600160401b0360405f205416604051908152f35b908161024091031261029b5790565b3461029b57602036600319011261029b576004356001600160401b03811161029b5761057561057061056b6020933690600401610524565b613680565b6138a2565b604051908152f35b3461029b57602036600319011261029b5760206127106105bf7f00000000000000000000000000000000000000000000000000000000000000006004356122ea565b04604051908152f35b602090600319011261029b5760043560ff8116810361029b5790565b3461029b576105f2366105c8565b60ff81167f00000000000000000000000000000000000000000000000000000000000000006002821480610839575b335f90815260036020526040902060ff908590610640905b5460ff1690565b161615801590610828575b158015610814575b6107fa57806107d4575b61079757335f9081526003602052604090206106a6926001916106999060ff8719610689835460ff1690565b161660ff1660ff19825416179055565b146106df575b80336139a0565b60405160ff909116815233907feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca44429080602081015b0390a2005b335f9081526005602052604090206106f7905461232f565b61077a61075f61072861071361070e60045461232f565b61234a565b905460039190911b1c6001600160a01b031690565b9261075a846107368361234a565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b612362565b6001600160a01b039092165f90815260056020526040902090565b5561078361239e565b335f9081526005602052604081205561069f565b335f9081526006602052604090206104ae906107b8905b5463ffffffff1690565b638427206560e01b5f523360045263ffffffff16602452604490565b50335f90815260066020526040902063ffffffff906107f2906107ae565b16151561065d565b632107413760e11b5f523360045260ff841660245260445ffd5b506001831415801561065357508015610653565b5080801561064b575081151561064b565b335f90815260076020526040902090915061086c90610860905b546001600160801b031690565b6001600160801b031690565b335f90815260076020526040902080546001600160801b031916905590610621565b3461029b575f36600319011261029b57602060405160038152f35b3461029b57602036600319011261029b57600435801561099157335f52600260205260405f206108e081546001600160801b031690565b826001600160801b0382161061096d579061090861090e926001600160801b03851690612405565b90612425565b61093981337f00000000000000000000000000000000000000000000000000000000000000006139f6565b60405190815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59080602081016106da565b632e2a182f60e11b5f523360045260248390526001600160801b031660445260645ffd5b631f2a200560e01b5f5260045ffd5b3461029b576101a036600319011261029b576109bb36610289565b610ac76101843591610ac26109d08483613a4e565b805465ffffffffff004260081b1665ffffffffffff19909116176006178155610ab2610a0e610aac81610aa66020610a2f610a1a8460608c01612451565b6001600160601b031690565b610a29610a0e60808d01612451565b9061245b565b98610aa07f00000000000000000000000000000000000000000000000000000000000000009a610a696001600160801b038d16809261245b565b906001600160801b0380610a97610a89610a8288612205565b9486612405565b610a2960c089019d8e612451565b169216906139a0565b01612205565b92612451565b906138c8565b5460581c6001600160a01b031690565b613937565b7fd464d167491417c7a2c71072f3482b37781a9b118307b94a165c962bd66e72af5f80a2005b634e487b7160e01b5f52602160045260245ffd5b600a1115610b0b57565b610aed565b815160c08201939290600a811015610b0b5760a0918291845264ffffffffff602082015116602085015264ffffffffff6040820151166040850152600180831b036060820151166060850152608081015160808501520151910152565b3461029b57602036600319011261029b576004355f60a0604051610b90816112f5565b82815282602082015282604082015282606082015282608082015201525f52600860205260405f20604051610bc4816112f5565b81549160ff831690600a821015610b0b57610c36610c26610c5395600294865264ffffffffff8160081c166020870152610c17610c098264ffffffffff9060301c1690565b64ffffffffff166040880152565b60581c6001600160a01b031690565b6001600160a01b03166060850152565b60018101546080840152015460a082015260405191829182610b10565b0390f35b908161022091031261029b5790565b3461029b57602036600319011261029b576004356001600160401b03811161029b57610575610570610c9e6020933690600401610c57565b613ae4565b3461029b575f36600319011261029b57602060405160018152f35b6001600160a01b0381160361029b57565b3590610cda82610cbe565b565b3461029b57602036600319011261029b57600435610cf981610cbe565b60018060a01b03165f5260026020526040805f20548151906001600160801b038116825260801c6020820152f35b3461029b57610d35366105c8565b60ff81166001811490811580610ebc575b610ea257335f90815260036020526040902060ff908490610d6690610639565b16161590811591610e68575b50610e4e577f000000000000000000000000000000000000000000000000000000000000000090610da3823361353a565b335f908152600360205260409020610dd09084610dc1825460ff1690565b1760ff1660ff19825416179055565b15610e2a5750610ddf3361247b565b600454335f908152600560205260409020555b60405160ff909116815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e9080602081016106da565b610e36610e4991613c93565b335f908152600760205260409020612425565b610df2565b632fa4c0d960e11b5f523360045260ff821660245260445ffd5b600291501480610e79575b5f610d72565b50335f9081526007602052604090206001600160801b0390610e9a90610853565b161515610e73565b632107413760e11b5f523360045260ff831660245260445ffd5b506002811415610d46565b3461029b575f36600319011261029b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461029b575f36600319011261029b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461029b576101a036600319011261029b57610f5636610289565b6101843590610f658183613440565b8135610f7081610cbe565b6001600160a01b03163303610fde57805465ffffffffff004260081b1665ffffffffffff19909116176003178155610fdc9290600290610faf84613cbc565b827ff80c29b4d1f59b63ed4b13c925c542127b00dbc78696254f570f30f9859249875f80a2015491613d6c565b005b8263723bbd3560e01b5f526004523360245260445ffd5b3461029b575f36600319011261029b5760206040517f739fd9b536de995599c151ff2d1420402ca6ba7c8d31055d0026d05e084acf5e8152f35b9181601f8401121561029b578235916001600160401b03831161029b576020838186019501011161029b57565b3461029b576101c036600319011261029b5761107736610289565b610184356101a4356001600160401b03811161029b5761109b90369060040161102f565b906110a684846134bd565b60208501906110b761032683612205565b33036104d9579460a06111596111779361111b896111166111037f5b6931179ff968e9e68c26c1f8c45f70ed7729ab683068840399642fddf132a69b9c5464ffffffffff9060081c1690565b61110f60e0890161221d565b908d613501565b6135e7565b6103e461113f611130610a0e60608801612451565b610a29610a0e60808901612451565b6001600160801b0361115087612205565b911680916139a0565b9101906001600160601b0380610a9761117185612451565b94612451565b6106da60405192839283612508565b3461029b575f36600319011261029b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b3461029b575f36600319011261029b576112886112207f00000000000000000000000000000000000000000000000000000000000000006145f3565b6112497f00000000000000000000000000000000000000000000000000000000000000006145f3565b60206040516112588282611315565b5f81528161129681830194601f198301368737604051978897600f60f81b895260e0858a015260e08901906111c0565b9087820360408901526111c0565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b8281106112ca57505050500390f35b8351855286955093810193928101926001016112bb565b634e487b7160e01b5f52604160045260245ffd5b60c081019081106001600160401b0382111761131057604052565b6112e1565b90601f801991011681019081106001600160401b0382111761131057604052565b60405190610cda61018083611315565b6001600160401b0381116113105760051b60200190565b9291926001600160401b0382116113105760405191611386601f8201601f191660200184611315565b82948184528183011161029b578281602093845f960137010152565b9291926113ae82611346565b936113bc6040519586611315565b602085848152019260051b82019181831161029b5780935b8385106113e2575050505050565b84356001600160401b03811161029b57820183601f8201121561029b57602091611412858385809535910161135d565b8152019401936113d4565b9080601f8301121561029b57816020611438933591016113a2565b90565b3461029b57608036600319011261029b576004356001600160401b03811161029b5761146b90369060040161141d565b6024356001600160401b03811161029b5761148a90369060040161141d565b6044356001600160401b03811161029b576114a990369060040161141d565b606435916001600160401b03831161029b573660238401121561029b578260040135936114d585611346565b936114e36040519586611315565b8585526024602086019660051b8201019036821161029b57602401955b81871061152657610c5361151687878787612571565b6040519081529081906020820190565b8635815260209687019601611500565b3461029b57602036600319011261029b5760043561155381610cbe565b60018060a01b03165f526006602052602063ffffffff60405f205416604051908152f35b3461029b575f36600319011261029b57602060405162030d408152f35b3461029b57602036600319011261029b576004356115b181610cbe565b60018060a01b03165f526003602052602060ff60405f205416604051908152f35b3461029b576101a036600319011261029b576115ed36610289565b611679610184359161162b61160282856134bd565b61162664ffffffffff825460081c1660e0850135906116208261220f565b87613e50565b6135f6565b610aac610a0e610aa66020611648611130610a0e60608801612451565b94610aa061165582612205565b9660a08301976001600160801b0380610a97611673610a0e8d612451565b8561245b565b7f3adfa71ab1fd2b4d916b2c5171ed957e4345e7167ec4559d9dbecf401cc000dc5f80a2005b3461029b57602036600319011261029b576004355f526009602052602063ffffffff60405f205416604051908152f35b3461029b576101a036600319011261029b576116ea36610289565b610184357f52985330ae1a5a19203229892c294714e5b09a8efaea14c2834160c660c1fec561192561171c84846134df565b61178661174d8254610c176117398264ffffffffff9060081c1690565b6117466101208b0161221d565b9089613e50565b9161178161176b8460018060a01b03165f52600660205260405f2090565b61045361177c825463ffffffff1690565b612611565b613605565b6001600160a01b0381165f9081526007602052604090206117a690610853565b6118d07f000000000000000000000000000000000000000000000000000000000000000096876001600160801b038416105f146119db5761185083985b61180c6117f08b87612405565b6001600160a01b0388165f908152600760205260409020612425565b61181f6001600160801b038b16876138c8565b6001600160801b03611848611839610a0e60608701612451565b610a29610a0e60808801612451565b91169061245b565b9061188961185d82612205565b9260018b901c6f7fffffffffffffffffffffffffffffff16936001600160801b0380610a97878561245b565b6001600160601b036001600160801b03610a9760c06118aa60208601612205565b9401946118cb8d6118c6610a0e6118c08a612451565b99612451565b61245b565b612405565b8560026118f06106398560018060a01b03165f52600360205260405f2090565b161515918261199e575b505061192a575b6040516001600160801b0390951685526001600160a01b0316939081906020820190565b0390a3005b6001600160a01b0381165f9081526003602052604090206119619060fd611952825460ff1690565b1660ff1660ff19825416179055565b604051600281526001600160a01b038216907feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca444290602090a2611901565b6119a89250612405565b6001600160801b037f0000000000000000000000000000000000000000000000000000000000000000911610855f6118fa565b6118506001600160801b038916986117e3565b3461029b57602036600319011261029b576004358015610991577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f5114811615611ae8575b6040919091525f60605215611acd5750611a99611a7582613c93565b335f90815260026020526040902061090890916118c683546001600160801b031690565b60405190815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49080602081016106da565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516611afe573d15833b15151616611a59565b503d5f823e3d90fd5b3461029b576101a036600319011261029b57610fdc611b2536610289565b610184356002611b358383613440565b611b5a64ffffffffff825460081c1661010086013590611b548261220f565b85613e50565b805465ffffffffff004260081b1665ffffffffffff19909116176003178155611b8284613cbc565b827f2fbe37c64cc5710289f2c0e29612161988761494522110b50af1612611ac77195f80a2015491613d6c565b3461029b57608036600319011261029b576004356001600160401b03811161029b57611bdf903690600401610c57565b6024356001600160401b03811161029b57611bfe90369060040161102f565b91906044356001600160401b03811161029b57611c1f903690600401610524565b91606435926001600160401b03841161029b57610c5394611c4761151695369060040161102f565b9490936127ce565b3461029b5760c036600319011261029b576004356001600160401b03811161029b57611c7f903690600401610c57565b6024356001600160401b03811161029b57611c9e90369060040161102f565b9190604036604319011261029b576084356001600160401b03811161029b57611ccb90369060040161029f565b60a43593916001600160401b03851161029b57610c5395611cf361151696369060040161029f565b959094612fdf565b3461029b576101c036600319011261029b57611d1636610289565b61018435906101a43590611d2a81846134bd565b906020810190611d3c61032683612205565b33036104d9578254611d5e9060081c64ffffffffff1661035560e0840161221d565b611d83611d6a83612205565b6001600160a01b03165f90815260026020526040902090565b91611da2610a0e60a0611d9b610a0e60c08701612451565b9401612451565b90611db484546001600160801b031690565b90611dbf838361245b565b6001600160801b03808616911610611e63575093611e488694611e28856118c686611e1e611e187fc0f6ac21b3117c819c68486bc0bf317115e1185a96af4a283256cd6fa8cba3c39d9a6118cb60029b6106da9f61245b565b86612425565b845460801c612405565b81546001600160801b031660809190911b6001600160801b031916179055565b611e5181613614565b01556040519081529081906020820190565b611e7a6104ae93611e748693612205565b9361245b565b632e2a182f60e11b5f526001600160a01b039092166004526001600160801b0390811660245216604452606490565b90602080835192838152019201905f5b818110611ec65750505090565b82516001600160a01b0316845260209384019390920191600101611eb9565b906020611438928181520190611ea9565b3461029b575f36600319011261029b5760405180602060045491828152019060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b905f5b818110611f6057610c5385611f5481870382611315565b60405191829182611ee5565b82546001600160a01b0316845260209093019260019283019201611f3d565b3461029b575f36600319011261029b5760206040517f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8152f35b3461029b576101a036600319011261029b57610fdc611fd736610289565b610184356002611fe78284613a4e565b805465ffffffffffff19164260081b65ffffffffff001617600517815561211b7f0000000000000000000000000000000000000000000000000000000000000000612108606087016120ec61204e6001600160601b03833561204881612440565b166122fd565b9161209a8a61205f610a0e84612451565b6001600160801b036001600160601b03610a9761209461208e8c8561184860808a0198610a29610a0e8b612451565b95612205565b93612451565b896001600160601b036001600160801b03610a9760c06120bc60208601612205565b940194610a29610860896120e7610a0e6120e1610a0e6120db8d612451565b9c612451565b95612451565b61233d565b6001600160801b0361210060408a01612205565b911690613937565b825460581c6001600160a01b0316613937565b827f5b5fd0c005bd4120c2058baa177b7f5a7695a9351f329a9b105fe83a8059d4025f80a2015491613d6c565b3461029b57602036600319011261029b5760043561216581610cbe565b60018060a01b03165f52600760205260206001600160801b0360405f205416604051908152f35b3461029b575f36600319011261029b5760206105756144dd565b3461029b575f36600319011261029b57602060405160028152f35b3461029b575f36600319011261029b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3561143881610cbe565b63ffffffff81160361029b57565b356114388161220f565b905f5b8181106122375750505090565b909192602080600192863561224b81610cbe565b848060a01b03168152019401910191909161222a565b811561226b570690565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b91908110156122a35760051b0190565b61227f565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff60019116019063ffffffff82116122d457565b6122a8565b90816003029160038304036122d457565b818102929181159184041417156122d457565b61232b612710917f0000000000000000000000000000000000000000000000000000000000000000906122ea565b0490565b5f198101919082116122d457565b919082039182116122d457565b6004548110156122a35760045f5260205f2001905f90565b90600182018092116122d457565b62030d4001908162030d40116122d457565b9061271082018092116122d457565b919082018092116122d457565b60045480156123f1575f198101906004548210156122a35760045f8190527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19a90910180546001600160a01b031916905555565b634e487b7160e01b5f52603160045260245ffd5b906001600160801b03809116911603906001600160801b0382116122d457565b906001600160801b03166001600160801b0319825416179055565b6001600160601b0381160361029b57565b3561143881612440565b906001600160801b03809116911601906001600160801b0382116122d457565b600454906801000000000000000082101561131057600182016004556004548210156122a35760045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b90910180546001600160a01b0319166001600160a01b03909216919091179055565b908060209392818452848401375f828201840152601f01601f1916010190565b9160206114389381815201916124e8565b9080602083519182815201916020808360051b8301019401925f915b83831061254457505050505090565b9091929394602080612562600193601f1986820301875289516111c0565b97019301930191939290612535565b92906125ba6125a893604051948593612596602086019860808a5260a0870190612519565b858103601f1901604087015290612519565b838103601f1901606085015290612519565b91601f19828403016080830152602080825194858152019101925f5b8181106125f85750506125f2925003601f198101835282611315565b51902090565b84518352602094850194869450909201916001016125d6565b63ffffffff5f199116019063ffffffff82116122d457565b6001600160401b0381160361029b57565b3561143881612629565b903590601e198136030182121561029b57018035906001600160401b03821161029b57602001918160051b3603831361029b57565b80516020909101905f5b8181106126905750505090565b82516001600160a01b0316845260209384019390920191600101612683565b90600a811015610b0b5760ff80198354169116179055565b80516001600160a01b03168252610cda91906101609081906020818101516001600160a01b0316908501526040818101516001600160a01b0316908501526060818101516001600160601b0316908501526080818101516001600160601b03169085015260a0818101516001600160601b03169085015260c0818101516001600160601b03169085015260e08181015163ffffffff16908501526101008181015163ffffffff16908501526101208181015163ffffffff1690850152610140818101519085015201511515910152565b61018081019291610cda91906126c7565b6127c061143894936101c093835260208301906126c7565b816101a08201520190611ea9565b9291939594956127e061057085613ae4565b966127ed61057085613680565b92861596875f14612c5a5750506001600160401b036128246128178a5f52600a60205260405f2090565b546001600160401b031690565b1615612c2c5790612840915b61283985612205565b9184613e8a565b612852865f52600860205260405f2090565b805460ff1661286081610b01565b612c185761020084016128816128758261263a565b6001600160401b031690565b4211612bed575061022083016128996128758261263a565b4211612bed57506128a984613f10565b6128be6107ae835f52600960205260405f2090565b6128d76128ce6101c0860161221d565b63ffffffff1690565b63ffffffff82161015612bd957906128f1889493926122bc565b612903835f52600960205260405f2090565b9061291d919063ffffffff1663ffffffff19825416179055565b612927838661403b565b612935610160860186612644565b6129436101a0860186612644565b9161294d9361439a565b9261295786612205565b9561296182612205565b9761296f60e08401356144c3565b91610140013561297e906144c3565b9061298d6101008501356144c3565b9361299c6101208201356144c3565b906129aa610140820161221d565b906129b8610160820161221d565b90610180016129c69061221d565b918a604051806020810192836129db91612679565b03601f19810182526129ed9082611315565b519020936129f9611336565b6001600160a01b03909e168e528d6001600160a01b03909f1660209f909f019e8f523360408f01528d6060810198612a3a908a906001600160601b03169052565b60800196612a519088906001600160601b03169052565b8d60a0810199612a6a908b906001600160601b03169052565b60c00190612a8091906001600160601b03169052565b63ffffffff1660e08d015263ffffffff166101008c015263ffffffff166101208b01526101408a0152151561016089015287516001600160a01b031691516001600160601b03166001600160601b031690516001600160601b03166001600160601b0316612aed91612391565b612af69161353a565b86516001600160a01b031690516001600160601b03166001600160601b0316612b1e9161353a565b8054600165ffffffffffff199091164260081b65ffffffffff001617176affffffffff00000000000019164360301b6affffffffff00000000000016178155604051602081019080612b708884612797565b03601f1981018252612b829082611315565b51902060019190910155835194516040516001600160a01b0391821696919091169490928392612bb39290846127a8565b037f661c9e09e4d0c27523ca7600c349c6a573217946a7ce8392504549aefef4088091a4565b635c64646960e11b5f52600483905260245ffd5b612bf96104ae9161263a565b6324730def60e21b5f526001600160401b031660045242602452604490565b63b3e2817b60e01b5f52600487905260245ffd5b6104ae612c3886612205565b6308d20b2560e01b5f9081526001600160a01b03909116600452602452604490565b612840939291612c7491612c6d89612205565b918c613e8a565b612830565b6001600160601b031981160361029b57565b3561143881612c79565b60405190612ca4602083611315565b5f80835282815b828110612cb757505050565b806060602080938501015201612cab565b60405190612cd7602083611315565b5f808352366020840137565b3590610cda82612629565b3590610cda8261220f565b9035601e198236030181121561029b5701602081359101916001600160401b03821161029b578160051b3603831361029b57565b916020908281520191905f5b818110612d465750505090565b9091926020806001928635612d5a81610cbe565b848060a01b031681520194019101919091612d39565b602080918035612d7f81612c79565b6001600160601b03191684520135910152565b90602083828152019060208160051b85010193835f91601e1982360301905b848410612dc2575050505050505090565b90919293949596601f1982820301875287358381121561029b57840190602082359201916001600160401b03811161029b57803603831361029b57612e0d60209283926001956124e8565b99019701959401929190612db1565b969490612fb9612fc491612fd196956114389b999560c08c52612e5260c08d01612e4585610ccf565b6001600160a01b03169052565b602083013560e08d015260408301356101008d015260608301356101208d0152612e938c610140612e8560808701612ce3565b6001600160401b0316910152565b612ea68c610160612e8560a08701612ce3565b612eb98c610180612e8560c08701612ce3565b612ed78c6101a0612ecc60e08701612cee565b63ffffffff16910152565b612eeb8c6101c0612e856101008701612ce3565b6101208301356101e08d01526101408301356102008d0152612fac8c6102c0612e85610200612f57612f36612f246101608b018b612cf9565b610220808901526102e0880191612d2d565b612f446101808b018b612cf9565b87830360bf190161024089015290612d2d565b97612f79612f686101a08301612ce3565b6001600160401b0316610260870152565b6101c0810135610280860152612fa6612f956101e08301612ce3565b6001600160401b03166102a0870152565b01612ce3565b8b830360208d01526124e8565b936040890190612d70565b8683036080880152612d92565b9260a0818503910152612d92565b92969591949093612ff261032685612205565b330361329157602084013561300836888861135d565b6020815191012003613262576001600160601b03196130276044612c8b565b16613224575f5b6040850135036131f1578281036131c257606084013561307461304f612c95565b613057612cc8565b9061306336868e6113a2565b61306e3689896113a2565b90612571565b0361318e57610200840161308a6128758261263a565b4211612bed575061309d61057085613ae4565b976001600160401b036130bb6128178b5f52600a60205260405f2090565b1615801590613168575b61315457927fa4354d65c67943e330075f6548a36c1cc954fa662ccffd1a89a71648e9d4b3f3949261314f928a979561312e6001600160401b0343166131138b5f52600a60205260405f2090565b906001600160401b03166001600160401b0319825416179055565b60446001600160a01b0361314188612205565b169a60405198899889612e1c565b0390a3565b63b3e2817b60e01b5f52600489905260245ffd5b5061317e6106398a5f52600860205260405f2090565b61318781610b01565b15156130c5565b604051630eebe13f60e21b815260206004820152600b60248201526a0d2dce0eae8e640d0c2e6d60ab1b6044820152606490fd5b604051630eebe13f60e21b8152602060048201526006602482015265696e7075747360d01b6044820152606490fd5b604051630eebe13f60e21b815260206004820152600a60248201526936b7b23ab632903834b760b11b6044820152606490fd5b61322e6044612c8b565b6040516001600160601b03199091166020820190815260643560348301529061325a81605481016103c8565b51902061302e565b604051630eebe13f60e21b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b6104ae61329d85612205565b60016223c24760e11b03195f526001600160a01b031660045233602452604490565b60045260449190600a811015610b0b57602452565b3590610cda82612440565b8015150361029b57565b3590610cda826132df565b610cda909291926101606134398161018084019661331585612e4583610ccf565b61333461332460208301610ccf565b6001600160a01b03166020870152565b61335361334360408301610ccf565b6001600160a01b03166040870152565b613372613362606083016132d4565b6001600160601b03166060870152565b613391613381608083016132d4565b6001600160601b03166080870152565b6133b06133a060a083016132d4565b6001600160601b031660a0870152565b6133cf6133bf60c083016132d4565b6001600160601b031660c0870152565b6133eb6133de60e08301612cee565b63ffffffff1660e0870152565b6134096133fb6101008301612cee565b63ffffffff16610100870152565b6134276134196101208301612cee565b63ffffffff16610120870152565b610140810135610140860152016132e9565b1515910152565b5f818152600860205260409020805490939290600260ff821661346281610b01565b0361349f575060405161347d816103c86020820194856132f4565b51902060018401540361348d5750565b63af0085e360e01b5f5260045260245ffd5b826134ad6104ae9260ff1690565b632b3263b360e01b5f52906132bf565b5f818152600860205260409020805490939290600160ff821661346281610b01565b5f818152600860205260409020805490939290600460ff821661346281610b01565b9064ffffffffff63ffffffff9116921682018092116122d457814211613525575050565b631b29a41960e21b5f5260045260245260445ffd5b60018060a01b0381165f52600260205260405f20916001600160801b03835416918183106135925750610cda92916135886135826001600160801b03611e2894168093612405565b84612425565b825460801c61245b565b632e2a182f60e11b5f526001600160a01b03166004526024526001600160801b031660445260645ffd5b610cda906135cb6004826126af565b805465ffffffffff0019164260081b65ffffffffff0016179055565b610cda906135cb6009826126af565b610cda906135cb6007826126af565b610cda906135cb6008826126af565b610cda906135cb6002826126af565b91906001600160fb1b03811161029b5760051b809282370190565b805191908290602001825e015f815290565b610cda9061367261366c9493604051958693602085019061363e565b9061363e565b03601f198101845283611315565b6138989061368d81612205565b61378561369c6020840161263a565b916103c86136ac6040860161263a565b6136b86060870161263a565b6136c46080880161221d565b6136d060a0890161263a565b906136f86103c86136e460c08c018c612644565b929060405192839160208301958691613623565b5190209260e08a013594604051998a9860208a01946001600160401b0363ffffffff929a999895818096816101009b976101208c019f7f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8d5260018060a01b031660208d01521660408b01521660608901521660808701521660a08501521660c083015260e08201520152565b613893610100830135613672610120850135946137a5610140820161221d565b906137b3610160820161221d565b6137c0610180830161221d565b6137e86103c86137d46101a0860186612644565b929060405192839160208301958691612227565b5190206137f86101c0850161221d565b916101e08501359361381a610220613813610200890161263a565b970161263a565b966040519c8d9a60208c0198969492909a99979593916101408a019b8a5260208a015263ffffffff16604089015263ffffffff16606088015263ffffffff16608087015260a086015263ffffffff1660c085015260e08401526001600160401b03166101008301526001600160401b0316906101200152565b613650565b6020815191012090565b6042906138ad6144dd565b906040519161190160f01b8352600283015260228201522090565b60018060a01b03165f5260026020526139156138f56001600160801b0360405f209316835460801c612405565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b038154166001600160801b0381116122d457610cda91612425565b6001600160a01b03165f908152600260205260409020805460801c916001600160801b0383116122d4576001600160801b036109089161398f610cda9585906001600160801b0382549181199060801b169116179055565b166001600160801b0383541661245b565b6001600160801b03610cda936109089260018060a01b03165f52600260205261398f6139d68360405f209616865460801c612405565b85546001600160801b031660809190911b6001600160801b031916178555565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615613a38575b60409190915215611acd5750565b6001811516611afe573d15833b15151616613a2a565b919091613a5b81846134df565b805490939091605883901c6001600160a01b03163303613acd5791613aa1613abd92610120610cda95013590613a908261220f565b64ffffffffff8460081c1690613501565b60581c6001600160a01b03165f90815260066020526040902090565b61045363ffffffff825416612611565b5063723bbd3560e01b5f526004523360245260445ffd5b61389890613af181612205565b613bc16020830135916103c860408501356060860135613b136080880161263a565b613b1f60a0890161263a565b90613b2c60c08a0161263a565b92613b3960e08b0161221d565b604080517f739fd9b536de995599c151ff2d1420402ca6ba7c8d31055d0026d05e084acf5e60208201526001600160a01b03909916908901526060880199909952608087019490945260a08601939093526001600160401b0392831660c0860152821660e08501521661010083015263ffffffff909316610120820152918290610140820190565b613893613bd1610100840161263a565b6136726101208501359461014081013590613bf66103c86137d4610160840184612644565b519020613c0d6103c86137d4610180850185612644565b519020613c1d6101a0840161263a565b906101c084013592613c3f610200613c386101e0880161263a565b960161263a565b604080516001600160401b039a8b1660208201529081019c909c5260608c019690965260808b015260a08a0152851660c089015260e088015283166101008701529091166101208501528390610140820190565b6001600160801b038111613cad576001600160801b031690565b630625040160e01b5f5260045ffd5b610cda906001600160801b0361210060406060840193610aa0613ceb6001600160601b03873561204881612440565b95613d29613cfb610a0e83612451565b613d135f6118c66080880193610a29610a0e86612451565b90886001600160601b03610a9761209489612205565b613d3560208401612205565b6001600160601b0387610a9760c0870194610a296108608d6120e7610a0e6120e1610a0e6120db8d612451565b35611438816132df565b91613d81613d7d6101608501613d62565b1590565b613e4b57613d98613d93610c66612370565b612382565b805a10613e31575061314f5f807f2408d34acb7d6f4dad6457f2ca70bfb06726b96d079e038a75d21b69ec26537c93613e09604051976103e489613dfb6020820195632e40e31760e01b87528b6024840160209093929193604081019481520152565b03601f1981018b528a611315565b965190828862030d40f160405190151581526001600160a01b03909416939081906020820190565b6104ae905a630c99e82d60e21b5f52600452602452604490565b505050565b9064ffffffffff63ffffffff9116921682018092116122d45781421115613e75575050565b631cb08caf60e11b5f5260045260245260445ffd5b90613e9a90613ea093369161135d565b90614631565b506004819392931015610b0b5715801590613efa575b8015613ee9575b613ec5575050565b6308d20b2560e01b5f9081526001600160a01b039182166004529116602452604490fd5b506001600160a01b03811615613ebd565b506001600160a01b038281169082161415613eb6565b610180810190613f208282612644565b9290506003831161402c576101e08201613f3c6128758261263a565b91613f606101a0850193613f5a613f556128758761263a565b6122d9565b90612391565b935f5b868110613fca575b50505050508091504210613fb45750335f908152600360205260409020600190613f9490610639565b1615613f9c57565b632107413760e11b5f5233600452600160245260445ffd5b6321fe86ad60e11b5f523360045260245260445ffd5b80613fe66103266103e4613fde8787612644565b339591612293565b14613ff357600101613f63565b926140219650613f5a94955061401b925061287591506128756140159161263a565b9461263a565b906122ea565b805f80808080613f6b565b638fdb3b8d60e01b5f5260045ffd5b9061404582612205565b61405161032683612205565b6001600160a01b03909116146143145761406d6020820161263a565b6001600160401b036140846128756080860161263a565b9116106142e8576140976040820161263a565b6001600160401b036140ae61287560a0860161263a565b9116106142bc576140c16060820161263a565b6001600160401b036140d861287560c0860161263a565b91161061428d576140eb6080820161221d565b60e083019063ffffffff6141016128ce8461221d565b91161061425e5761411663ffffffff9161221d565b16151580614231575b6142005760e0810135610120830135106141d25760c081016141418183612644565b905061414c57505050565b5f926020013591835b61415f8383612644565b90508110156141c9578361417d826141778686612644565b90612293565b351461418b57600101614155565b505050505060015b1561419a57565b60405163bb654ba360e01b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b50505050614193565b60405163bb654ba360e01b8152602060048201526005602482015264707269636560d81b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526008602482015267677075207672616d60c01b6044820152606490fd5b5061423e60a0820161263a565b6001600160401b03614256612875610100860161263a565b91161061411f565b60405163bb654ba360e01b815260206004808301919091526024820152636770757360e01b6044820152606490fd5b60405163bb654ba360e01b815260206004808301919091526024820152636469736b60e01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526272616d60e81b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526263707560e81b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260096024820152681cd95b198b5919585b60ba1b6044820152606490fd5b9061435082611346565b61435d6040519182611315565b828152809261436e601f1991611346565b0190602036910137565b5f1981146122d45760010190565b80518210156122a35760209160051b010190565b91939290936143a885614346565b945f935f5b8281106143f457505050505080156143c3578252565b60405163bb654ba360e01b815260206004820152600860248201526736b2b234b0ba37b960c11b6044820152606490fd5b61442d600261442661063961440d6103e4868989612293565b6001600160a01b03165f90815260036020526040902090565b1660ff1690565b156144bb575f5b858110614447575b506001905b016143ad565b6144556103e4838686612293565b6144666103266103e4848a8a612293565b6001600160a01b039091161461447e57600101614434565b50806144b56144936103e46001948787612293565b6144a661449f8a614378565b998c614386565b6001600160a01b039091169052565b9061443c565b600190614441565b6001600160601b038111613cad576001600160601b031690565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614806145ca575b15614538577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526125f260c082611315565b507f0000000000000000000000000000000000000000000000000000000000000000461461450f565b60ff811690601f8211614622576040519161460f604084611315565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b81519190604183036146615761465a9250602082015190606060408401519301515f1a9061466b565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116146ed579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156146e2575f516001600160a01b038116156146d857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (market *Market) PackCALLBACKGAS() []byte {
	enc, err := market.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (market *Market) TryPackCALLBACKGAS() ([]byte, error) {
	return market.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint256)
func (market *Market) UnpackCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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
// the contract method with ID 0x69277fda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackAcceptResult(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("acceptResult", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69277fda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
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
// the contract method with ID 0x03cdbfe4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, address[] mediators) returns()
func (market *Market) PackChallengeResult(t MarketTerms, dealId [32]byte, mediators []common.Address) []byte {
	enc, err := market.abi.Pack("challengeResult", t, dealId, mediators)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03cdbfe4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, address[] mediators) returns()
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
// the contract method with ID 0x53fac290.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) PackHashJobOffer(j MarketJobOffer) []byte {
	enc, err := market.abi.Pack("hashJobOffer", j)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashJobOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53fac290.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) TryPackHashJobOffer(j MarketJobOffer) ([]byte, error) {
	return market.abi.Pack("hashJobOffer", j)
}

// UnpackHashJobOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53fac290.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
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

// PackInputsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84cade2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputsHash(string[] keys, string[] values, string[] fileNames, bytes32[] fileHashes) pure returns(bytes32)
func (market *Market) PackInputsHash(keys []string, values []string, fileNames []string, fileHashes [][32]byte) []byte {
	enc, err := market.abi.Pack("inputsHash", keys, values, fileNames, fileHashes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84cade2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputsHash(string[] keys, string[] values, string[] fileNames, bytes32[] fileHashes) pure returns(bytes32)
func (market *Market) TryPackInputsHash(keys []string, values []string, fileNames []string, fileHashes [][32]byte) ([]byte, error) {
	return market.abi.Pack("inputsHash", keys, values, fileNames, fileHashes)
}

// UnpackInputsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84cade2c.
//
// Solidity: function inputsHash(string[] keys, string[] values, string[] fileNames, bytes32[] fileHashes) pure returns(bytes32)
func (market *Market) UnpackInputsHash(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("inputsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMatchDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc779dde5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) PackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) []byte {
	enc, err := market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc779dde5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) TryPackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) ([]byte, error) {
	return market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
}

// UnpackMatchDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc779dde5.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) UnpackMatchDeal(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("matchDeal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb7e86dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackMediateAccept(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateAccept", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb7e86dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackMediateAccept(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("mediateAccept", t, dealId)
}

// PackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab3c7dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackMediateReject(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateReject", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab3c7dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
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

// PackMediatorBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fa30e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediatorBond(address ) view returns(uint128)
func (market *Market) PackMediatorBond(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("mediatorBond", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediatorBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fa30e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediatorBond(address ) view returns(uint128)
func (market *Market) TryPackMediatorBond(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("mediatorBond", arg0)
}

// UnpackMediatorBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2fa30e1.
//
// Solidity: function mediatorBond(address ) view returns(uint128)
func (market *Market) UnpackMediatorBond(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("mediatorBond", data)
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

// PackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b1c91e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
func (market *Market) PackPostJob(job MarketJobOffer, module string, pin MarketModulePin, inputKeys []string, inputValues []string) []byte {
	enc, err := market.abi.Pack("postJob", job, module, pin, inputKeys, inputValues)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b1c91e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
func (market *Market) TryPackPostJob(job MarketJobOffer, module string, pin MarketModulePin, inputKeys []string, inputValues []string) ([]byte, error) {
	return market.abi.Pack("postJob", job, module, pin, inputKeys, inputValues)
}

// UnpackPostJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5b1c91e.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
func (market *Market) UnpackPostJob(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("postJob", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff2ee35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postedAt(bytes32 ) view returns(uint64)
func (market *Market) PackPostedAt(arg0 [32]byte) []byte {
	enc, err := market.abi.Pack("postedAt", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff2ee35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postedAt(bytes32 ) view returns(uint64)
func (market *Market) TryPackPostedAt(arg0 [32]byte) ([]byte, error) {
	return market.abi.Pack("postedAt", arg0)
}

// UnpackPostedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ff2ee35.
//
// Solidity: function postedAt(bytes32 ) view returns(uint64)
func (market *Market) UnpackPostedAt(data []byte) (uint64, error) {
	out, err := market.abi.Unpack("postedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRefuseDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74bcd612.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuseDeal((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, string reason) returns()
func (market *Market) PackRefuseDeal(t MarketTerms, dealId [32]byte, reason string) []byte {
	enc, err := market.abi.Pack("refuseDeal", t, dealId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuseDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74bcd612.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuseDeal((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, string reason) returns()
func (market *Market) TryPackRefuseDeal(t MarketTerms, dealId [32]byte, reason string) ([]byte, error) {
	return market.abi.Pack("refuseDeal", t, dealId, reason)
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
// the contract method with ID 0xe10f0274.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) PackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) []byte {
	enc, err := market.abi.Pack("submitResult", t, dealId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe10f0274.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) TryPackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) ([]byte, error) {
	return market.abi.Pack("submitResult", t, dealId, resultHash)
}

// PackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb99ea463.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutJudge(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutJudge", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb99ea463.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutJudge(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutJudge", t, dealId)
}

// PackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4bf116f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutMediate(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutMediate", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4bf116f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutMediate(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutMediate", t, dealId)
}

// PackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa660f469.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutSubmit(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutSubmit", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa660f469.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) t, bytes32 dealId) returns()
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
// Solidity: event DealMatched(bytes32 indexed dealId, address indexed jc, address indexed rp, bytes32 offerId, (address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,bytes32,bool) terms, address[] mediators)
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

// MarketDealRefused represents a DealRefused event raised by the Market contract.
type MarketDealRefused struct {
	DealId [32]byte
	Reason string
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketDealRefusedEventName = "DealRefused"

// ContractEventName returns the user-defined event name.
func (MarketDealRefused) ContractEventName() string {
	return MarketDealRefusedEventName
}

// UnpackDealRefusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealRefused(bytes32 indexed dealId, string reason)
func (market *Market) UnpackDealRefusedEvent(log *types.Log) (*MarketDealRefused, error) {
	event := "DealRefused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDealRefused)
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

// MarketJobPosted represents a JobPosted event raised by the Market contract.
type MarketJobPosted struct {
	JobId       [32]byte
	Creator     common.Address
	Job         MarketJobOffer
	Module      string
	Pin         MarketModulePin
	InputKeys   []string
	InputValues []string
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (MarketJobPosted) ContractEventName() string {
	return MarketJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(bytes32 indexed jobId, address indexed creator, (address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues)
func (market *Market) UnpackJobPostedEvent(log *types.Log) (*MarketJobPosted, error) {
	event := "JobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketJobPosted)
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
	DealId   [32]byte
	Mediator common.Address
	Slashed  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketMediationTimedOutEventName = "MediationTimedOut"

// ContractEventName returns the user-defined event name.
func (MarketMediationTimedOut) ContractEventName() string {
	return MarketMediationTimedOutEventName
}

// UnpackMediationTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationTimedOut(bytes32 indexed dealId, address indexed mediator, uint256 slashed)
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

// MarketResultDelivered represents a ResultDelivered event raised by the Market contract.
type MarketResultDelivered struct {
	DealId [32]byte
	Client common.Address
	Ok     bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketResultDeliveredEventName = "ResultDelivered"

// ContractEventName returns the user-defined event name.
func (MarketResultDelivered) ContractEventName() string {
	return MarketResultDeliveredEventName
}

// UnpackResultDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultDelivered(bytes32 indexed dealId, address indexed client, bool ok)
func (market *Market) UnpackResultDeliveredEvent(log *types.Log) (*MarketResultDelivered, error) {
	event := "ResultDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketResultDelivered)
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
	if bytes.Equal(raw[:4], market.abi.Errors["BadJob"].ID.Bytes()[:4]) {
		return market.UnpackBadJobError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["CallbackGasTooLow"].ID.Bytes()[:4]) {
		return market.UnpackCallbackGasTooLowError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["NotCreator"].ID.Bytes()[:4]) {
		return market.UnpackNotCreatorError(raw[4:])
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

// MarketBadJob represents a BadJob error raised by the Market contract.
type MarketBadJob struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadJob(string reason)
func MarketBadJobErrorID() common.Hash {
	return common.HexToHash("0x3baf84fcd4fb97bf94eb0ba289e64acb1c54e571b773421394dc9137779b3a85")
}

// UnpackBadJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadJob(string reason)
func (market *Market) UnpackBadJobError(raw []byte) (*MarketBadJob, error) {
	out := new(MarketBadJob)
	if err := market.abi.UnpackIntoInterface(out, "BadJob", raw); err != nil {
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

// MarketCallbackGasTooLow represents a CallbackGasTooLow error raised by the Market contract.
type MarketCallbackGasTooLow struct {
	Left   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooLow(uint256 left, uint256 needed)
func MarketCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x3267a0b45a0763d6b20497418786a924e387f1940ea5b8c1cf31a097787e47e9")
}

// UnpackCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooLow(uint256 left, uint256 needed)
func (market *Market) UnpackCallbackGasTooLowError(raw []byte) (*MarketCallbackGasTooLow, error) {
	out := new(MarketCallbackGasTooLow)
	if err := market.abi.UnpackIntoInterface(out, "CallbackGasTooLow", raw); err != nil {
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

// MarketNotCreator represents a NotCreator error raised by the Market contract.
type MarketNotCreator struct {
	Creator common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCreator(address creator, address caller)
func MarketNotCreatorErrorID() common.Hash {
	return common.HexToHash("0xffb87b72c92a85ae6d7c44561e530309a10023e32accfbde9c3d70671ddd4700")
}

// UnpackNotCreatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCreator(address creator, address caller)
func (market *Market) UnpackNotCreatorError(raw []byte) (*MarketNotCreator, error) {
	out := new(MarketNotCreator)
	if err := market.abi.UnpackIntoInterface(out, "NotCreator", raw); err != nil {
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
