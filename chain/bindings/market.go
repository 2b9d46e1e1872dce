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
	Creator              common.Address
	Module               [32]byte
	ModuleHash           [32]byte
	InputsHash           [32]byte
	CpuMilli             uint64
	RamMiB               uint64
	DiskMiB              uint64
	Gpus                 uint32
	GpuVramMiB           uint64
	MaxPrice             *big.Int
	Collateral           *big.Int
	MediationFee         *big.Int
	MaxSubmitWindow      uint32
	MinJudgeWindow       uint32
	MaxMediateWindow     uint32
	MinTimeoutCollateral *big.Int
	MinResultsCollateral *big.Int
	Mediators            []common.Address
	Solvers              []common.Address
	SolverWindow         uint64
	Nonce                *big.Int
	CreatedAt            uint64
	ValidUntil           uint64
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
	MediationFee        *big.Int
	MediatorsHash       [32]byte
	Callback            bool
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFeeBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"}],\"name\":\"CapacityExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"DrawNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Incompatible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"MediationsOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediatorsFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCreator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"NotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"}],\"name\":\"SolverNotInWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyMediators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySolvers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"DealMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"DealRefused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"anchor\",\"type\":\"uint256\"}],\"name\":\"DrawDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"JudgeTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"MediationTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationUnavailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorRecused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"maxOpen\",\"type\":\"uint16\"}],\"name\":\"MediatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"ResultDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"SubmitTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Unregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MEDIATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOLVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOURCE_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MEDIATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SOLVER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"acceptResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"activeMediations\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"challengeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"depositWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"drawMediator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"m\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"stateAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"matchBlock\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"hashJobOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashResourceOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"keys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"values\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"fileNames\",\"type\":\"string[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"fileHashes\",\"type\":\"bytes32[]\"}],\"name\":\"inputsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"jobSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"offer\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"offerSig\",\"type\":\"bytes\"}],\"name\":\"matchDeal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateAccept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateReject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"mediatorTerms\",\"outputs\":[{\"internalType\":\"uint112\",\"name\":\"bond\",\"type\":\"uint112\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"maxOpen\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"offerUsed\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"recuse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"refuseDeal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"maxOpen\",\"type\":\"uint16\"}],\"name\":\"registerMediator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registerSolver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"roles\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"solverFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solverFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solvers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutMediate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutSubmit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"unregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x6101c08060405234610259576060816157f08038038091610020828561025d565b833981010312610259578051906001600160a01b038216820361025957604060208201519101519160405161005660408261025d565b60088152602081019067636f6f706869766560c01b82526040519161007c60408461025d565b600183526020830191603160f81b835261009581610294565b610120526100a284610294565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010b60c08261025d565b5190206080523060c0526127108311610223576001600160701b0382116101ed5761016052610180526101a0526040516154f090816103008239608051816151a8015260a0518161525f015260c05181615172015260e051816151f70152610100518161521d015261012051816118ed01526101405181611916015261016051818181610bb901528181610f99015281816123600152614daa0152610180518181816106a801528181610f1a01528181611368015281816116fe0152611c9a01526101a051818181610639015281816113a20152818161315a0152614a410152f35b60405162461bcd60e51b815260206004820152600e60248201526d626f6e6420746f6f206c6172676560901b6044820152606490fd5b60405162461bcd60e51b815260206004820152600e60248201526d6665652061626f7665203130302560901b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761028057604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116102bf5760208151910151602082106102b0571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80630eb2a495146102c45780630ff2ee35146102bf57806310ebd41f146102ba57806315dce38f146102b55780631c8b3926146102b05780631cc3cb96146102ab5780631d8ba383146102a657806323d2f5f6146102a15780632831b0211461029c5780632b9cd457146102975780632e1a7d4d1461029257806331f78b551461028d5780634a970be714610288578063511012ce1461028357806351a6fad51461027e5780635b5989cb146102795780635e5c06e21461027457806364c9ec6f1461026f57806365bc52da1461026a5780636fa1fdc41461026557806371fcbb9114610260578063767c44e91461025b578063800822bd1461025657806380b8f73b1461025157806384b0196e1461024c57806384cade2c146102475780638a18b4ff146102425780638c923afc1461023d578063925d6c0c146102385780639779ea4614610233578063993746421461022e578063a764295114610229578063a8d392b014610224578063b6b55f251461021f578063d485beaf1461021a578063e3b0640114610215578063e7d539b114610210578063ed4ba62b1461020b578063efa4651f14610206578063f27d874414610201578063f698da25146101fc578063fb8a1a6b146101f75763fc0c546a146101f2575f80fd5b61234b565b612330565b612316565b612245565b6121d7565b6121bc565b612182565b6120f9565b611fb5565b611f99565b611f69565b611e51565b611e13565b611df6565b611d46565b611c67565b611c26565b611b3b565b6118d5565b611672565b611526565b61146e565b611434565b611406565b61138b565b611351565b611306565b6112cd565b6111e7565b611031565b610f6c565b610c44565b610b39565b610b1e565b61090f565b610689565b61061e565b610572565b610498565b610449565b610395565b610326565b6102dc565b90816102e09103126102d85790565b5f80fd5b346102d85760203660031901126102d8576004356001600160401b0381116102d85761031e61031961031460209336906004016102c9565b61384e565b613ab8565b604051908152f35b346102d85760203660031901126102d8576004355f52600b60205260206001600160401b0360405f205416604051908152f35b9181601f840112156102d8578235916001600160401b0383116102d857602083818601950101116102d857565b90816102409103126102d85790565b346102d85760803660031901126102d8576004356001600160401b0381116102d8576103c59036906004016102c9565b6024356001600160401b0381116102d8576103e4903690600401610359565b91906044356001600160401b0381116102d857610405903690600401610386565b91606435926001600160401b0384116102d8576104459461042d610435953690600401610359565b949093612594565b6040519081529081906020820190565b0390f35b346102d85760203660031901126102d8576004356001600160401b0381116102d85761031e6103196104816020933690600401610386565b614435565b6101a09060031901126102d857600490565b346102d8576101c03660031901126102d8576105406104b636610486565b6101a43560026104c683836147d0565b6104eb64ffffffffff825460081c16610100860135906104e582611659565b85614891565b805465ffffffffff004260081b1665ffffffffffff1990911617600317815561051384614927565b827f2fbe37c64cc5710289f2c0e29612161988761494522110b50af1612611ac77195f80a2015491614a81565b005b9181601f840112156102d8578235916001600160401b0383116102d8576020808501948460051b0101116102d857565b346102d85760c03660031901126102d8576004356001600160401b0381116102d8576105a29036906004016102c9565b6024356001600160401b0381116102d8576105c1903690600401610359565b919060403660431901126102d8576084356001600160401b0381116102d8576105ee903690600401610542565b60a43593916001600160401b0385116102d85761044595610616610435963690600401610542565b959094612e43565b346102d85760203660031901126102d85760206127106106607f000000000000000000000000000000000000000000000000000000000000000060043561313e565b04604051908152f35b6004359060ff821682036102d857565b6044359060ff821682036102d857565b346102d85760203660031901126102d8576106a2610669565b60ff81167f000000000000000000000000000000000000000000000000000000000000000060028214806108ec575b335f90815260036020526040902060ff9085906106f0905b5460ff1690565b1616158015906108db575b1580156108c7575b6108ad5780610887575b61084757335f908152600360205260409020610756926001916107499060ff8719610739835460ff1690565b161660ff1660ff19825416179055565b1461078f575b8033614c4c565b60405160ff909116815233907feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca44429080602081015b0390a2005b335f9081526005602052604090206107a79054613183565b61082a61080f6107d86107c36107be600454613183565b6131b2565b905460039190911b1c6001600160a01b031690565b9261080a846107e6836131b2565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b612425565b6001600160a01b039092165f90815260056020526040902090565b556108336131cf565b335f9081526005602052604081205561074f565b335f90815260066020526040902061088490610868905b5463ffffffff1690565b638427206560e01b5f523360045263ffffffff16602452604490565b5ffd5b50335f90815260066020526040902063ffffffff906108a59061085e565b16151561070d565b632107413760e11b5f523360045260ff841660245260445ffd5b506001831415801561070357508015610703565b508080156106fb57508115156106fb565b335f90815260076020526040812080549190556001600160701b031691506106d1565b346102d8576101e03660031901126102d85761092a36610486565b6101a435906101c4359061093e818461484d565b90602081019061095c6109508361238f565b6001600160a01b031690565b3303610afc5782546109859060081c64ffffffffff1661097e60e084016123b4565b9087614ca2565b6109aa6109918361238f565b6001600160a01b03165f90815260026020526040902090565b916109d56109c260a06109ce6109c260c08701613236565b6001600160601b031690565b9401613236565b906109e784546001600160801b031690565b906109f28383613240565b6001600160801b03808616911610610ab6575093610a9b8694610a7b85610a7686610a6c610a507fc0f6ac21b3117c819c68486bc0bf317115e1185a96af4a283256cd6fa8cba3c39d9a610a4b60029b61078a9f613240565b613260565b86546001600160801b0319166001600160801b03909116178655565b845460801c613260565b613240565b81546001600160801b031660809190911b6001600160801b031916179055565b610aa4816148cb565b01556040519081529081906020820190565b610acd61088493610ac7869361238f565b93613240565b632e2a182f60e11b5f526001600160a01b039092166004526001600160801b0390811660245216604452606490565b63723bbd3560e01b5f5260048590523360245260445ffd5b5f9103126102d857565b346102d8575f3660031901126102d857602060405160038152f35b346102d85760203660031901126102d8576004358015610c3557335f52600260205260405f20610b7081546001600160801b031690565b826001600160801b03821610610c115790610b98610bb2926001600160801b03851690613260565b6001600160801b03166001600160801b0319825416179055565b610bdd81337f0000000000000000000000000000000000000000000000000000000000000000614cdb565b60405190815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590806020810161078a565b632e2a182f60e11b5f523360045260248390526001600160801b031660445260645ffd5b631f2a200560e01b5f5260045ffd5b346102d8576101c03660031901126102d857610c5f36610486565b6101a435610c6d828261486f565b80546001600160a01b03605882901c16939184918215610f585791610d247f52985330ae1a5a19203229892c294714e5b09a8efaea14c2834160c660c1fec59492610cda610cc6610e8d9664ffffffffff9060081c1690565b610cd361012087016123b4565b9089614891565b6001600160a01b0383165f908152600660205260409020610d1f90610d0b610d06825463ffffffff1690565b613280565b63ffffffff1663ffffffff19825416179055565b6148da565b6001600160a01b0381165f90815260076020526040902091610e41610d5084546001600160701b031690565b916101408101610d626109c282613236565b6001600160701b0385161015610f435750610d9d83955b610d838786613298565b6001600160701b03166001600160701b0319825416179055565b610db06001600160701b03861685614b61565b610db981614d57565b90610dfa610dc68261238f565b6d7fffffffffffffffffffffffffff600189901c1693906001600160801b0380610df1875b85613240565b16921690614c4c565b6001600160601b036001600160701b03610df160c0610e1b6020860161238f565b940194610e3c8a610e376109c2610e318a613236565b99613236565b6132b8565b613298565b826002610e616106e98560018060a01b03165f52600360205260405f2090565b1615159182610f06575b5050610e92575b506040516001600160701b0390911681529081906020820190565b0390a3005b6001600160a01b03165f908152600360205260409020610ec89060fd610eb9825460ff1690565b1660ff1660ff19825416179055565b847feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca444260405180610efd81906002602083019252565b0390a25f610e72565b610f109250613298565b6001600160701b037f0000000000000000000000000000000000000000000000000000000000000000911610825f610e6b565b610f526109c2610d9d92613236565b95610d79565b63d7e0040f60e01b5f52600485905260245ffd5b346102d85760a03660031901126102d857602435600435610f8b610679565b606435906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690608435823b156102d857610540955f809460e49360ff97604051988997889663d505accf60e01b88523360048901523060248901528c6044890152606488015216608486015260a485015260c48401525af1611017575b50614da2565b806110255f61102b93611a06565b80610b14565b5f611011565b346102d8576101c03660031901126102d85761104c36610486565b6101a4359061105b8282614e7f565b805465ffffffffff004260081b1665ffffffffffff1990911617600617815561108382614d57565b82359261108f846112e8565b61014081019384356110a08161163d565b6001600160601b03166110b39084613260565b9260c08301936110c285613236565b6001600160601b03166110d491613240565b6001600160801b0316906001600160801b03166110f092614c4c565b6020016110fc9061238f565b9061110690613236565b6001600160601b031661111891614b61565b5460581c6001600160a01b03169061112f90613236565b6001600160601b031661114191614be3565b7fd464d167491417c7a2c71072f3482b37781a9b118307b94a165c962bd66e72af5f80a2005b634e487b7160e01b5f52602160045260245ffd5b600b111561118557565b611167565b815160c08201939290600b8110156111855760a0918291845264ffffffffff602082015116602085015264ffffffffff6040820151166040850152600180831b036060820151166060850152608081015160808501520151910152565b346102d85760203660031901126102d8576004355f60a060405161120a816119e6565b82815282602082015282604082015282606082015282608082015201525f52600860205260405f2060405161123e816119e6565b81549160ff831690600b821015611185576112b06112a061044595600294865264ffffffffff8160081c1660208701526112916112838264ffffffffff9060301c1690565b64ffffffffff166040880152565b60581c6001600160a01b031690565b6001600160a01b03166060850152565b60018101546080840152015460a08201526040519182918261118a565b346102d8575f3660031901126102d857602060405160018152f35b6001600160a01b038116036102d857565b3590611304826112e8565b565b346102d85760203660031901126102d857600435611323816112e8565b60018060a01b03165f5260026020526040805f20548151906001600160801b038116825260801c6020820152f35b346102d8575f3660031901126102d85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102d8575f3660031901126102d85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b60031981016101e081126102d8576101a0136102d8576004916101a435916101c435906001600160401b0382116102d85761140291600401610542565b9091565b346102d8576020611422611419366113c5565b929190916132d8565b6040516001600160a01b039091168152f35b346102d8575f3660031901126102d85760206040517f0ec9cfc832972610d9af9fc536562dc965bd7704486e54c04b9439909666a77d8152f35b346102d8576101c03660031901126102d85761148936610486565b6101a4359061149881836147d0565b81356114a3816112e8565b6001600160a01b0316330361150f57805465ffffffffff004260081b1665ffffffffffff1990911617600317815561054092906002906114e284614927565b827ff80c29b4d1f59b63ed4b13c925c542127b00dbc78696254f570f30f9859249875f80a2015491614a81565b8263723bbd3560e01b5f526004523360245260445ffd5b346102d8576101e03660031901126102d85761154136610486565b6101a4356101c4356001600160401b0381116102d857611565903690600401610359565b90611570848461484d565b60208501906115816109508361238f565b3303610afc579460a061161061162e936115e5896115e06115cd7f5b6931179ff968e9e68c26c1f8c45f70ed7729ab683068840399642fddf132a69b9c5464ffffffffff9060081c1690565b6115d960e089016123b4565b908d614ca2565b6148e9565b61160b6115f185614d57565b6001600160801b036116028761238f565b91168091614c4c565b61238f565b9101906001600160601b0380610df161162885613236565b94613236565b61078a60405192839283613606565b6001600160601b038116036102d857565b35906113048261163d565b63ffffffff8116036102d857565b359061130482611659565b346102d85760603660031901126102d85760043561168f8161163d565b60243561169b81611659565b60443561ffff81168082036102d857335f9081526003602052604090206002906116c4906106e9565b1615801590611891575b6118795715611865577f1a39d184ac96952360f6f2d2e80e8ed88d3f5da7feb84fe945202a5e1714c19a916118027f00000000000000000000000000000000000000000000000000000000000000006117278133614366565b335f908152600360205260409020611755906002611746825460ff1690565b1760ff1660ff19825416179055565b6117796001600160701b03611768611a27565b921682906001600160701b03169052565b6001600160601b038616602082810191825263ffffffff8516604080850191825261ffff881660608601908152335f9081526007909452922093519251905191516001600160701b0390931660709190911b6bffffffffffffffffffffffff60701b161760d09190911b63ffffffff60d01b161760f09190911b6001600160f01b031916179055565b6040516002815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e90602090a2604080516001600160601b03909516855263ffffffff909116602085015261ffff909116908301523391806060810161078a565b63af0085e360e01b5f90815260045260245ffd5b632fa4c0d960e11b5f5233600452600260245260445ffd5b50335f908152600760205260409020546001600160701b031615156116ce565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346102d8575f3660031901126102d8576119796119117f0000000000000000000000000000000000000000000000000000000000000000615425565b61193a7f0000000000000000000000000000000000000000000000000000000000000000615425565b60206040516119498282611a06565b5f81528161198781830194601f198301368737604051978897600f60f81b895260e0858a015260e08901906118b1565b9087820360408901526118b1565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b8281106119bb57505050500390f35b8351855286955093810193928101926001016119ac565b634e487b7160e01b5f52604160045260245ffd5b60c081019081106001600160401b03821117611a0157604052565b6119d2565b90601f801991011681019081106001600160401b03821117611a0157604052565b60405190611304608083611a06565b604051906113046101a083611a06565b6001600160401b038111611a015760051b60200190565b9291926001600160401b038211611a015760405191611a86601f8201601f191660200184611a06565b8294818452818301116102d8578281602093845f960137010152565b929192611aae82611a46565b93611abc6040519586611a06565b602085848152019260051b8201918183116102d85780935b838510611ae2575050505050565b84356001600160401b0381116102d857820183601f820112156102d857602091611b128583858095359101611a5d565b815201940193611ad4565b9080601f830112156102d857816020611b3893359101611aa2565b90565b346102d85760803660031901126102d8576004356001600160401b0381116102d857611b6b903690600401611b1d565b6024356001600160401b0381116102d857611b8a903690600401611b1d565b6044356001600160401b0381116102d857611ba9903690600401611b1d565b606435916001600160401b0383116102d857366023840112156102d857826004013593611bd585611a46565b93611be36040519586611a06565b8585526024602086019660051b820101903682116102d857602401955b818710611c16576104456104358787878761366f565b8635815260209687019601611c00565b346102d85760203660031901126102d857600435611c43816112e8565b60018060a01b03165f526006602052602063ffffffff60405f205416604051908152f35b346102d8575f3660031901126102d857335f5260036020526001611c9060405f2060ff90541690565b16611d2e57611cbf7f000000000000000000000000000000000000000000000000000000000000000033614366565b335f908152600360205260409020611cde906001611746825460ff1690565b611ce73361370f565b600454335f908152600560205260409020556040516001815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e90806020810161078a565b632fa4c0d960e11b5f5233600452600160245260445ffd5b346102d8576101c03660031901126102d857610540611d6436610486565b6101a4356002611d748284614e7f565b805465ffffffffffff1981164260081b65ffffffffff0016176005178255611dc99060581c6001600160a01b0316611dab86614a0c565b6001600160601b03610140870135611dc28161163d565b1690614be3565b827f5b5fd0c005bd4120c2058baa177b7f5a7695a9351f329a9b105fe83a8059d4025f80a2015491614a81565b346102d8575f3660031901126102d857602060405162030d408152f35b346102d85760203660031901126102d857600435611e30816112e8565b60018060a01b03165f526003602052602060ff60405f205416604051908152f35b346102d857611e5f366113c5565b919290611e788382611e718786614e7f565b9487614f25565b5f5b611e8581858461377c565b35611e8f816112e8565b6001600160a01b03163314611eb35790611eab611e859261378c565b909150611e7a565b611f4183611f198793845f526009602052611f0261ffff600160405f20931b16611ee3835461ffff9060281c1690565b835466ffff00000000001916911760281b66ffff000000000016178255565b805464ffffffffff19164364ffffffffff16179055565b80547fff0000000000000000000000000000000000000000ffffffffffffffffffffff169055565b33907f3b3acc2795f1362f8ae51e4c802cfce68b07a020f59d3d61d3171c4e427e9d425f80a3005b346102d85760203660031901126102d8576004355f52600a602052602063ffffffff60405f205416604051908152f35b346102d85760203660031901126102d857610540600435614da2565b346102d8576101c03660031901126102d857611fd036610486565b6120866101a43591612031611fe5828561484d565b61200964ffffffffff825460081c1660e08501359061200382611659565b87614891565b805460ff191660071781555b805465ffffffffff0019164260081b65ffffffffff0016179055565b6120806109c261207a602061204585614d57565b94612074813596612055886112e8565b60a08301976001600160801b0380610df1610deb8c356109c28161163d565b0161238f565b92613236565b90614b61565b7f3adfa71ab1fd2b4d916b2c5171ed957e4345e7167ec4559d9dbecf401cc000dc5f80a2005b90602080835192838152019201905f5b8181106120c95750505090565b82516001600160a01b03168452602093840193909201916001016120bc565b906020611b389281815201906120ac565b346102d8575f3660031901126102d85760405180602060045491828152019060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b905f5b818110612163576104458561215781870382611a06565b604051918291826120e8565b82546001600160a01b0316845260209093019260019283019201612140565b346102d8575f3660031901126102d85760206040517f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8152f35b346102d8575f3660031901126102d857602060405160108152f35b346102d85760203660031901126102d8576004356121f4816112e8565b60018060a01b03165f526007602052608060405f2054604051906001600160701b03811682526001600160601b038160701c16602083015263ffffffff8160d01c16604083015260f01c6060820152f35b346102d8576101c03660031901126102d85761226036610486565b6101a4359061226f81836147d0565b813561227a816112e8565b6001600160a01b0316330361150f576122b76122bc926122b06101006122a9855464ffffffffff9060081c1690565b92016123b4565b9085614ca2565b6148f8565b6122f064ffffffffff43166122d9835f52600960205260405f2090565b9064ffffffffff1664ffffffffff19825416179055565b7f97bb7e3c093047cae660b0c19c191104fb1979d4383a214f8c2554731887d90d5f80a2005b346102d8575f3660031901126102d857602061031e61516f565b346102d8575f3660031901126102d857602060405160028152f35b346102d8575f3660031901126102d8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b35611b38816112e8565b6001600160401b038116036102d857565b35611b3881612399565b35611b3881611659565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff60019116019063ffffffff82116123ea57565b6123be565b80516020909101905f5b8181106124065750505090565b82516001600160a01b03168452602093840193909201916001016123f9565b90600182018092116123ea57565b62030d4001908162030d40116123ea57565b9061271082018092116123ea57565b919082018092116123ea57565b90600b8110156111855760ff80198354169116179055565b80516001600160a01b0316825261130491906101809081906020818101516001600160a01b0316908501526040818101516001600160a01b0316908501526060818101516001600160601b0316908501526080818101516001600160601b03169085015260a0818101516001600160601b03169085015260c0818101516001600160601b03169085015260e08181015163ffffffff16908501526101008181015163ffffffff16908501526101208181015163ffffffff1690850152610140818101516001600160601b031690850152610160818101519085015201511515910152565b6101a0810192916113049190612479565b612586611b3894936101e09383526020830190612479565b816101c082015201906120ac565b90939594956125a56103198361384e565b966125b261031986614435565b9584612a4957506001600160401b036125e36125d68a5f52600b60205260405f2090565b546001600160401b031690565b1615612a1b57906125ff915b6125f88661238f565b9187613ade565b612611865f52600860205260405f2090565b9061261d825460ff1690565b6126268161117b565b612a07576102c0810161264761263b826123aa565b6001600160401b031690565b42116129dc5750610220840161265f61263b826123aa565b42116129dc575061266f81613b64565b61268461085e865f52600a60205260405f2090565b61269d6126946101c087016123b4565b63ffffffff1690565b63ffffffff821610156129c857906126b7889493926123d2565b6126c9875f52600a60205260405f2090565b906126e3919063ffffffff1663ffffffff19825416179055565b6126ed8582613c8f565b6126f78582614195565b926127018261238f565b9561270b8161238f565b61271860e083013561433d565b9261272761014086013561433d565b9161273661010085013561433d565b9561274561012086013561433d565b9461275361014082016123b4565b61276061016083016123b4565b916101800161276e906123b4565b92610160013561277d9061433d565b968b60405180602081019283612792916123ef565b03601f19810182526127a49082611a06565b519020946127b0611a36565b6001600160a01b03909f168f528e6001600160a01b03909116602091909101523360408f01528d60608101996127ef908b906001600160601b03169052565b608001966128069088906001600160601b03169052565b8d60a081019a61281f908c906001600160601b03169052565b60c0019061283591906001600160601b03169052565b63ffffffff1660e08d015263ffffffff166101008c015263ffffffff166101208b01526101408a01936128719085906001600160601b03169052565b6101608a01521561018089015287516001600160a01b031692516001600160601b03166001600160601b031690516001600160601b03166001600160601b03166128ba91612454565b90516001600160601b03166001600160601b03166128d791612454565b6128e091614366565b60208501516001600160a01b031690516001600160601b03166001600160601b031661290b91614366565b8054600165ffffffffffff199091164260081b65ffffffffff001617176affffffffff00000000000019164360301b6affffffffff0000000000001617815560405160208101908061295d878461255d565b03601f198101825261296f9082611a06565b51902060019190910155825160208401516040516001600160a01b03918216969190921694919283926129a2928461256e565b037f67642691d9f6548fb9381c271009f4f1feca16bbf7c4f778807fb260c37c7da991a4565b635c64646960e11b5f52600486905260245ffd5b6129e8610884916123aa565b6324730def60e21b5f526001600160401b031660045242602452604490565b63b3e2817b60e01b5f52600487905260245ffd5b610884612a278461238f565b6308d20b2560e01b5f9081526001600160a01b03909116600452602452604490565b90612a636125ff939286612a5c8761238f565b918c613ade565b6125ef565b6001600160601b03198116036102d857565b35611b3881612a68565b60405190612a93602083611a06565b5f80835282815b828110612aa657505050565b806060602080938501015201612a9a565b60405190612ac6602083611a06565b5f808352366020840137565b359061130482612399565b9035601e19823603018112156102d85701602081359101916001600160401b0382116102d8578160051b360383136102d857565b916020908281520191905f5b818110612b2a5750505090565b9091926020806001928635612b3e816112e8565b848060a01b031681520194019101919091612b1d565b908060209392818452848401375f828201840152601f01601f1916010190565b602080918035612b8381612a68565b6001600160601b03191684520135910152565b90602083828152019060208160051b85010193835f91601e1982360301905b848410612bc6575050505050505090565b90919293949596601f198282030187528735838112156102d857840190602082359201916001600160401b0381116102d85780360383136102d857612c116020928392600195612b54565b99019701959401929190612bb5565b969490612e1d612e2891612e359695611b389b999560c08c52612c5660c08d01612c49856112f9565b6001600160a01b03169052565b602083013560e08d015260408301356101008d015260608301356101208d0152612c978c610140612c8960808701612ad2565b6001600160401b0316910152565b612caa8c610160612c8960a08701612ad2565b612cbd8c610180612c8960c08701612ad2565b612cdb8c6101a0612cd060e08701611667565b63ffffffff16910152565b612cef8c6101c0612c896101008701612ad2565b6101208301356101e08d01526101408301356102008d01526101608301356102208d0152612d278c610240612cd06101808701611667565b612d3b8c610260612cd06101a08701611667565b612d4f8c610280612cd06101c08701611667565b6101e08301356102a08d01526102008301356102c08d0152612e108c610380612c896102c0612dbb612d9a612d886102208b018b612add565b6102e0808901526103a0880191612b11565b612da86102408b018b612add565b87830360bf190161030089015290612b11565b97612ddd612dcc6102608301612ad2565b6001600160401b0316610320870152565b610280810135610340860152612e0a612df96102a08301612ad2565b6001600160401b0316610360870152565b01612ad2565b8b830360208d0152612b54565b936040890190612b74565b8683036080880152612b96565b9260a0818503910152612b96565b92969591949093612e566109508561238f565b33036130ff576020840135612e6c368888611a5d565b60208151910120036130d0576001600160601b0319612e8b6044612a7a565b16613088575f5b60408501350361305557828103613026576060840135612ed8612eb3612a84565b612ebb612ab7565b90612ec736868e611aa2565b612ed2368989611aa2565b9061366f565b03612ff2576102c08401612eee61263b826123aa565b42116129dc5750612f016103198561384e565b976001600160401b03612f1f6125d68b5f52600b60205260405f2090565b1615801590612fcc575b612fb857927f26f26715efd898a3da6fe45f9884235eb59727764c447178698807409646c6ef9492612fb3928a9795612f926001600160401b034316612f778b5f52600b60205260405f2090565b906001600160401b03166001600160401b0319825416179055565b60446001600160a01b03612fa58861238f565b169a60405198899889612c20565b0390a3565b63b3e2817b60e01b5f52600489905260245ffd5b50612fe26106e98a5f52600860205260405f2090565b612feb8161117b565b1515612f29565b604051630eebe13f60e21b815260206004820152600b60248201526a0d2dce0eae8e640d0c2e6d60ab1b6044820152606490fd5b604051630eebe13f60e21b8152602060048201526006602482015265696e7075747360d01b6044820152606490fd5b604051630eebe13f60e21b815260206004820152600a60248201526936b7b23ab632903834b760b11b6044820152606490fd5b6130926044612a7a565b6040516001600160601b0319909116602082019081526064356034830152906130c881605481015b03601f198101835282611a06565b519020612e92565b604051630eebe13f60e21b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b61088461310b8561238f565b60016223c24760e11b03195f526001600160a01b031660045233602452604490565b90816003029160038304036123ea57565b818102929181159184041417156123ea57565b61317f612710917f00000000000000000000000000000000000000000000000000000000000000009061313e565b0490565b5f198101919082116123ea57565b919082039182116123ea57565b634e487b7160e01b5f52603260045260245ffd5b6004548110156131ca5760045f5260205f2001905f90565b61319e565b6004548015613222575f198101906004548210156131ca5760045f8190527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19a90910180546001600160a01b031916905555565b634e487b7160e01b5f52603160045260245ffd5b35611b388161163d565b906001600160801b03809116911601906001600160801b0382116123ea57565b906001600160801b03809116911603906001600160801b0382116123ea57565b63ffffffff5f199116019063ffffffff82116123ea57565b906001600160701b03809116911603906001600160701b0382116123ea57565b906001600160701b03809116911601906001600160701b0382116123ea57565b90919392935f946132e9838561486f565b805490939060581c6001600160a01b03166001600160a01b0381166135e6575061331582848388614f25565b613327855f52600960205260405f2090565b9161334761080a61333d855464ffffffffff1690565b64ffffffffff1690565b804311156135c1574093841561356b5783549164ffffffffff603884901c168061355e575042955b61338861338261269461012088016123b4565b88612454565b8042106134bc575b505050506001600160a01b0388161590506134a957506134199291816133c861333d64ffffffffff945464ffffffffff9060381c1690565b1561347b575b508254605888901b600160581b600160f81b03167fff0000000000000000000000000000000000000000ffffffffff0000000000ff90911617911660081b65ffffffffff0016179055565b6001600160a01b0383165f90815260066020526040902061344a90610d0b613445825463ffffffff1690565b6123d2565b6001600160a01b038316907f959c38c4d52418315d7ca9d15caf0b40d9e0d67b1b8f025b25504238ff918b345f80a3565b80546bffffffffff00000000000000191642841660381b6bffffffffff00000000000000161790555f6133ce565b929150506134b89394506150d3565b5f90565b859b50916135186109c26101408c946130ba61350e6134f16134e661269461351e9e9b4290613191565b9b60281c61ffff1690565b604080516020810195865290810199909952979182906060820190565b5190209501613236565b93614f99565b9096906001600160a01b038816159081613556575b50613542575f80808080613390565b633604ff7560e01b5f52600485905260245ffd5b90505f613533565b64ffffffffff169561336f565b5050815464ffffffffff19164364ffffffffff1617909155509293509091506135919050565b6040514381527fa26283e7f70f5f607233148220ee68695e1e8c46f47b3de80809018bf87f356690602090a25f90565b866135ce61088492612425565b6364be97e560e11b5f52600491909152602452604490565b63766b4d8760e11b5f5260048690526001600160a01b031660245260445ffd5b916020611b38938181520191612b54565b9080602083519182815201916020808360051b8301019401925f915b83831061364257505050505090565b9091929394602080613660600193601f1986820301875289516118b1565b97019301930191939290613633565b92906136b86136a693604051948593613694602086019860808a5260a0870190613617565b858103601f1901604087015290613617565b838103601f1901606085015290613617565b91601f19828403016080830152602080825194858152019101925f5b8181106136f65750506136f0925003601f198101835282611a06565b51902090565b84518352602094850194869450909201916001016136d4565b6004549068010000000000000000821015611a0157600182016004556004548210156131ca5760045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b90910180546001600160a01b0319166001600160a01b03909216919091179055565b91908110156131ca5760051b0190565b5f1981146123ea5760010190565b903590601e19813603018212156102d857018035906001600160401b0382116102d857602001918160051b360383136102d857565b905f5b8181106137df5750505090565b90919260208060019286356137f3816112e8565b848060a01b0316815201940191019190916137d2565b805191908290602001825e015f815290565b61384061383a949361383a611304946040519788956020870190613809565b90613809565b03601f198101845283611a06565b613aae9061385b8161238f565b61392b6020830135916130ba6040850135606086013561387d608088016123aa565b61388960a089016123aa565b9061389660c08a016123aa565b926138a360e08b016123b4565b604080517f0ec9cfc832972610d9af9fc536562dc965bd7704486e54c04b9439909666a77d60208201526001600160a01b03909916908901526060880199909952608087019490945260a08601939093526001600160401b0392831660c0860152821660e08501521661010083015263ffffffff909316610120820152918290610140820190565b61393861010083016123aa565b906139e36101208401359261384061014086013561016087013561395f61018089016123b4565b61396c6101a08a016123b4565b6139796101c08b016123b4565b604080516001600160401b0390981660208901528701999099526060860193909352608085019190915263ffffffff90811660a085015290811660c084015290941660e08201526101e0850135610100820152610200850135610120820152928390610140820190565b613aa9613a0e6130ba6139fa61022087018761379a565b9290604051928391602083019586916137cf565b519020613a9b613a286130ba6139fa61024089018961379a565b51902095613a3961026082016123aa565b90610280810135613a5a6102c0613a536102a085016123aa565b93016123aa565b92604051998a96602088019460a0946001600160401b03809581949a999560c08a019b8a5260208a0152166040880152606087015216608085015216910152565b03601f198101855284611a06565b61381b565b6020815191012090565b604290613ac361516f565b906040519161190160f01b8352600283015260228201522090565b90613aee90613af4933691611a5d565b90615285565b5060048193929310156111855715801590613b4e575b8015613b3d575b613b19575050565b6308d20b2560e01b5f9081526001600160a01b039182166004529116602452604490fd5b506001600160a01b03811615613b11565b506001600160a01b038281169082161415613b0a565b610240810190613b74828261379a565b92905060038311613c80576102a08201613b9061263b826123aa565b91613bb4610260850193613bae613ba961263b876123aa565b61312d565b90612454565b935f5b868110613c1e575b50505050508091504210613c085750335f908152600360205260409020600190613be8906106e9565b1615613bf057565b632107413760e11b5f5233600452600160245260445ffd5b6321fe86ad60e11b5f523360045260245260445ffd5b80613c3a61095061160b613c32878761379a565b33959161377c565b14613c4757600101613bb7565b92613c759650613bae949550613c6f925061263b915061263b613c69916123aa565b946123aa565b9061313e565b805f80808080613bbf565b638fdb3b8d60e01b5f5260045ffd5b90613c998261238f565b613ca56109508361238f565b6001600160a01b039091161461411d57613cc1602082016123aa565b6001600160401b03613cd861263b608086016123aa565b9116106140f157613ceb604082016123aa565b6001600160401b03613d0261263b60a086016123aa565b9116106140c557613d15606082016123aa565b6001600160401b03613d2c61263b60c086016123aa565b91161061409657613d3f608082016123b4565b60e083019063ffffffff613d55612694846123b4565b91161061406757613d6a63ffffffff916123b4565b1615158061403a575b6140095760e081013561012083013510613fdb57613d9461014082016123b4565b63ffffffff613da961269461018086016123b4565b911611613fa557613dbd61016082016123b4565b63ffffffff613dd26126946101a086016123b4565b911610613f7057613de661018082016123b4565b63ffffffff613dfb6126946101c086016123b4565b911611613f39576101008101356101e083013511613efe5761012081013561020083013511613ec35760c08101613e32818361379a565b9050613e3d57505050565b5f926020013591835b613e50838361379a565b9050811015613eba5783613e6e82613e68868661379a565b9061377c565b3514613e7c57600101613e46565b505050505060015b15613e8b57565b60405163bb654ba360e01b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b50505050613e84565b60405163bb654ba360e01b81526020600482015260126024820152711c995cdd5b1d1cc818dbdb1b185d195c985b60721b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260126024820152711d1a5b595bdd5d0818dbdb1b185d195c985b60721b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600e60248201526d6d6564696174652077696e646f7760901b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600c60248201526b6a756467652077696e646f7760a01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600d60248201526c7375626d69742077696e646f7760981b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526005602482015264707269636560d81b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526008602482015267677075207672616d60c01b6044820152606490fd5b5061404760a082016123aa565b6001600160401b0361405f61263b61010086016123aa565b911610613d73565b60405163bb654ba360e01b815260206004808301919091526024820152636770757360e01b6044820152606490fd5b60405163bb654ba360e01b815260206004808301919091526024820152636469736b60e01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526272616d60e81b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526263707560e81b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260096024820152681cd95b198b5919585b60ba1b6044820152606490fd5b9061415982611a46565b6141666040519182611a06565b8281528092614177601f1991611a46565b0190602036910137565b80518210156131ca5760209160051b010190565b916141a461022084018461379a565b6141b56101a085969396018561379a565b959091601081118015614333575b614324576141d4819794939761414f565b955f975f90610180830192610160870135925b8581106142345750505050505050505090918015614203578252565b60405163bb654ba360e01b815260206004820152600860248201526736b2b234b0ba37b960c11b6044820152606490fd5b8a989b61424f838a61424a61160b868c8e61377c565b6152bf565b8d83898b84156142fd575b5050505080156142df575b6142d55761429161428d61427d61160b858b8d61377c565b876142878a6123b4565b916153a3565b1590565b6142d557906142cc6001926142bd6142ad61160b858c8e61377c565b916142b78161378c565b9d614181565b6001600160a01b039091169052565b019a979a6141e7565b98506001906142cc565b506142f86142f161160b848a8c61377c565b828c615364565b614265565b61431b945061428d93926143149261160b9261377c565b9087615313565b8d83898b61425a565b63b10fda5160e01b5f5260045ffd5b50601087116141c3565b6001600160601b038111614357576001600160601b031690565b630625040160e01b5f5260045ffd5b60018060a01b0381165f52600260205260405f20916001600160801b03835416918183106143d4575061130492916143ca6143ae6001600160801b03610a7b94168093613260565b84546001600160801b0319166001600160801b03909116178455565b825460801c613240565b632e2a182f60e11b5f526001600160a01b03166004526024526001600160801b031660445260645ffd5b91906001600160fb1b0381116102d85760051b809282370190565b6113049061384061383a94936040519586936020850190613809565b613aae906144428161238f565b61453a614451602084016123aa565b916130ba614461604086016123aa565b61446d606087016123aa565b614479608088016123b4565b61448560a089016123aa565b906144ad6130ba61449960c08c018c61379a565b9290604051928391602083019586916143fe565b5190209260e08a013594604051998a9860208a01946001600160401b0363ffffffff929a999895818096816101009b976101208c019f7f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8d5260018060a01b031660208d01521660408b01521660608901521660808701521660a08501521660c083015260e08201520152565b6146346101008301356138406101208501359461455a61014082016123b4565b9061456861016082016123b4565b61457561018083016123b4565b6145896130ba6139fa6101a086018661379a565b5190206145996101c085016123b4565b916101e0850135936145bb6102206145b461020089016123aa565b97016123aa565b966040519c8d9a60208c0198969492909a99979593916101408a019b8a5260208a015263ffffffff16604089015263ffffffff16606088015263ffffffff16608087015260a086015263ffffffff1660c085015260e08401526001600160401b03166101008301526001600160401b0316906101200152565b614419565b60045260449190600b81101561118557602452565b801515036102d857565b35906113048261464e565b611304909291926101806147c9816101a084019661468485612c49836112f9565b6146a3614693602083016112f9565b6001600160a01b03166020870152565b6146c26146b2604083016112f9565b6001600160a01b03166040870152565b6146e16146d16060830161164e565b6001600160601b03166060870152565b6147006146f06080830161164e565b6001600160601b03166080870152565b61471f61470f60a0830161164e565b6001600160601b031660a0870152565b61473e61472e60c0830161164e565b6001600160601b031660c0870152565b61475a61474d60e08301611667565b63ffffffff1660e0870152565b61477861476a6101008301611667565b63ffffffff16610100870152565b6147966147886101208301611667565b63ffffffff16610120870152565b6147b76147a6610140830161164e565b6001600160601b0316610140870152565b61016081013561016086015201614658565b1515910152565b5f818152600860205260409020805490939290600260ff82166147f28161117b565b0361482f575060405161480d816130ba602082019485614663565b51902060018401540361481d5750565b63af0085e360e01b5f5260045260245ffd5b8261483d6108849260ff1690565b632b3263b360e01b5f5290614639565b5f818152600860205260409020805490939290600160ff82166147f28161117b565b5f818152600860205260409020805490939290600460ff82166147f28161117b565b9064ffffffffff63ffffffff9116921682018092116123ea57814211156148b6575050565b631cb08caf60e11b5f5260045260245260445ffd5b61130490612015600282612461565b61130490612015600882612461565b61130490612015600982612461565b61130490612015600482612461565b906001600160601b03809116911601906001600160601b0382116123ea57565b611304906001600160801b03614a046040606084019361207461495c6001600160601b0387356149568161163d565b16613151565b956149b461498261496f60808601613236565b61497c6101408701613236565b90614907565b6001600160601b036149938661238f565b9116906149ae6149a287614d57565b6001600160801b031690565b90614c4c565b6149c06020840161238f565b6001600160601b0387610df160c08701946149fe6149a28d6149f96109c26149f36109c26149ed8d613236565b9c613236565b95613236565b613191565b90613240565b911690614be3565b611304906001600160801b03614a0460406060840193612074612710614a666001600160601b038835614a3e8161163d565b167f00000000000000000000000000000000000000000000000000000000000000009061313e565b04956149b461498260808501613236565b35611b388161464e565b91614a9261428d6101808501614a77565b614b5c57614aa9614aa4610c66612433565b612445565b805a10614b425750612fb35f807f2408d34acb7d6f4dad6457f2ca70bfb06726b96d079e038a75d21b69ec26537c93614b1a6040519761160b89614b0c6020820195632e40e31760e01b87528b6024840160209093929193604081019481520152565b03601f1981018b528a611a06565b965190828862030d40f160405190151581526001600160a01b03909416939081906020820190565b610884905a630c99e82d60e21b5f52600452602452604490565b505050565b60018060a01b03165f526002602052614bae614b8e6001600160801b0360405f209316835460801c613260565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b038154166001600160801b0381116123ea5781546001600160801b0319166001600160801b03909116179055565b6001600160a01b03165f908152600260205260409020805460801c916001600160801b0383116123ea576001600160801b03610b9891614c3b6113049585906001600160801b0382549181199060801b169116179055565b166001600160801b03835416613240565b6001600160801b0361130493610b989260018060a01b03165f526002602052614c3b614c828360405f209616865460801c613260565b85546001600160801b031660809190911b6001600160801b031916178555565b9064ffffffffff63ffffffff9116921682018092116123ea57814211614cc6575050565b631b29a41960e21b5f5260045260245260445ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615614d38575b60409190915215614d1d5750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516614d4e573d15833b15151616614d0f565b503d5f823e3d90fd5b611b38906001600160601b03610140614d8f6060840135614d778161163d565b83806080870135614d878161163d565b169116613240565b920135614d9b8161163d565b1690613240565b8015610c35577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f5114811615614e69575b6040919091525f60605215614d1d5750614e39614e158261540b565b335f908152600260205260409020610b989091610a7683546001600160801b031690565b60405190815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c490602090a2565b6001811516614d4e573d15833b15151616614df9565b919091614e8c818461486f565b80549093909133605884901c6001600160a01b031614801590614f1d575b614f065791614eda614ef6926113049461012064ffffffffff8560081c1691013591614ed583611659565b614ca2565b60581c6001600160a01b03165f90815260066020526040902090565b610d0b63ffffffff825416613280565b5063723bbd3560e01b5f526004523360245260445ffd5b503315614eaa565b928015928315614f4c575b505050614f3a5750565b639817ca5760e01b5f5260045260245ffd5b610160929350614f6b6130ba91604051928391602083019586916137cf565b51902091013514155f8080614f30565b8115614f85570690565b634e487b7160e01b5f52601260045260245ffd5b929594939190614faa815f98614f7b565b925f955b828710614fc157505050505050505f9190565b90919293949597614fdb84614fd68b89612454565b614f7b565b908161ffff6001821b881616158486888c8415946150ad575b5050505090506150a357508663ffffffff61507061506961506261504961160b878b61504361085e61502a61160b85858e61377c565b6001600160a01b03165f90815260066020526040902090565b9861377c565b6001600160a01b03165f90815260076020526040902090565b5460f01c90565b61ffff1690565b9116106150895750600180985b01959493929190614fae565b94505050905061509e93945061160b9261377c565b905f90565b986001915061507d565b61428d94506150c8956150c39261160b9261377c565b6153a3565b82908486888c614ff4565b805465ffffffffffff19164260081b65ffffffffff001617600a1790556151499061511c61510082614d57565b6001600160801b03833591615114836112e8565b168091614c4c565b6001600160601b0360c0602083013592615135846112e8565b01356151408161163d565b6151148161163d565b7f16ad3f7680326ee68dbc3802036bbef80ebb3ad077d4e90c71da69070b9447375f80a2565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316148061525c575b156151ca577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526136f060c082611a06565b507f000000000000000000000000000000000000000000000000000000000000000046146151a1565b81519190604183036152b5576152ae9250602082015190606060408401519301515f1a90615463565b9192909190565b50505f9160029190565b9035906152cb826112e8565b6001600160a01b03908116911681149182156152f4575b5081156152ed575090565b9050331490565b90915035615301816112e8565b6001600160a01b03168114905f6152e2565b916001600160a01b0316905f5b81811061532f57505050505f90565b8261533b82848761377c565b35615345816112e8565b6001600160a01b03161461535b57600101615320565b50505050600190565b90916001600160a01b0316905f5b83811061538157505050505f90565b826001600160a01b036153948385614181565b51161461535b57600101615372565b6001600160a01b03165f8181526003602052604090205491929160021615615404575f52600760205260405f2054916001600160601b038360701c16111591826153ec57505090565b63ffffffff80929350809160d01c1692169116111590565b5050505f90565b6001600160801b038111614357576001600160801b031690565b60ff811690601f82116154545760405191615441604084611a06565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116154e5579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156154da575f516001600160a01b038116156154d057905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
// Solidity: constructor(address token_, uint256 bond_, uint256 solverFeeBps_) returns()
func (market *Market) PackConstructor(token_ common.Address, bond_ *big.Int, solverFeeBps_ *big.Int) []byte {
	enc, err := market.abi.Pack("", token_, bond_, solverFeeBps_)
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

// PackMAXMEDIATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed4ba62b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MEDIATORS() view returns(uint256)
func (market *Market) PackMAXMEDIATORS() []byte {
	enc, err := market.abi.Pack("MAX_MEDIATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMEDIATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed4ba62b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MEDIATORS() view returns(uint256)
func (market *Market) TryPackMAXMEDIATORS() ([]byte, error) {
	return market.abi.Pack("MAX_MEDIATORS")
}

// UnpackMAXMEDIATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed4ba62b.
//
// Solidity: function MAX_MEDIATORS() view returns(uint256)
func (market *Market) UnpackMAXMEDIATORS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_MEDIATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// the contract method with ID 0x767c44e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackAcceptResult(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("acceptResult", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x767c44e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
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
// the contract method with ID 0xf27d8744.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackChallengeResult(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("challengeResult", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27d8744.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackChallengeResult(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("challengeResult", t, dealId)
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

// PackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (market *Market) PackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := market.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (market *Market) TryPackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return market.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
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

// PackDrawMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fa1fdc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawMediator((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, address[] mediators) returns(address m)
func (market *Market) PackDrawMediator(t MarketTerms, dealId [32]byte, mediators []common.Address) []byte {
	enc, err := market.abi.Pack("drawMediator", t, dealId, mediators)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fa1fdc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawMediator((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, address[] mediators) returns(address m)
func (market *Market) TryPackDrawMediator(t MarketTerms, dealId [32]byte, mediators []common.Address) ([]byte, error) {
	return market.abi.Pack("drawMediator", t, dealId, mediators)
}

// UnpackDrawMediator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fa1fdc4.
//
// Solidity: function drawMediator((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, address[] mediators) returns(address m)
func (market *Market) UnpackDrawMediator(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("drawMediator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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
// the contract method with ID 0x0eb2a495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) PackHashJobOffer(j MarketJobOffer) []byte {
	enc, err := market.abi.Pack("hashJobOffer", j)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashJobOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eb2a495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
func (market *Market) TryPackHashJobOffer(j MarketJobOffer) ([]byte, error) {
	return market.abi.Pack("hashJobOffer", j)
}

// UnpackHashJobOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eb2a495.
//
// Solidity: function hashJobOffer((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) j) view returns(bytes32)
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
// the contract method with ID 0x10ebd41f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) PackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) []byte {
	enc, err := market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10ebd41f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) TryPackMatchDeal(job MarketJobOffer, jobSig []byte, offer MarketResourceOffer, offerSig []byte) ([]byte, error) {
	return market.abi.Pack("matchDeal", job, jobSig, offer, offerSig)
}

// UnpackMatchDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10ebd41f.
//
// Solidity: function matchDeal((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, bytes jobSig, (address,uint64,uint64,uint64,uint32,uint64,bytes32[],uint256,uint256,uint256,uint32,uint32,uint32,address[],uint32,uint256,uint64,uint64) offer, bytes offerSig) returns(bytes32 dealId)
func (market *Market) UnpackMatchDeal(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("matchDeal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x925d6c0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackMediateAccept(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateAccept", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x925d6c0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateAccept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackMediateAccept(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("mediateAccept", t, dealId)
}

// PackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x511012ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackMediateReject(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("mediateReject", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediateReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x511012ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediateReject((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackMediateReject(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("mediateReject", t, dealId)
}

// PackMediatorTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefa4651f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediatorTerms(address ) view returns(uint112 bond, uint96 minFee, uint32 minWindow, uint16 maxOpen)
func (market *Market) PackMediatorTerms(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("mediatorTerms", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediatorTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefa4651f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediatorTerms(address ) view returns(uint112 bond, uint96 minFee, uint32 minWindow, uint16 maxOpen)
func (market *Market) TryPackMediatorTerms(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("mediatorTerms", arg0)
}

// MediatorTermsOutput serves as a container for the return parameters of contract
// method MediatorTerms.
type MediatorTermsOutput struct {
	Bond      *big.Int
	MinFee    *big.Int
	MinWindow uint32
	MaxOpen   uint16
}

// UnpackMediatorTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefa4651f.
//
// Solidity: function mediatorTerms(address ) view returns(uint112 bond, uint96 minFee, uint32 minWindow, uint16 maxOpen)
func (market *Market) UnpackMediatorTerms(data []byte) (MediatorTermsOutput, error) {
	out, err := market.abi.Unpack("mediatorTerms", data)
	outstruct := new(MediatorTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bond = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MinFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MinWindow = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.MaxOpen = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	return *outstruct, nil
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
// the contract method with ID 0x1cc3cb96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
func (market *Market) PackPostJob(job MarketJobOffer, module string, pin MarketModulePin, inputKeys []string, inputValues []string) []byte {
	enc, err := market.abi.Pack("postJob", job, module, pin, inputKeys, inputValues)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc3cb96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
func (market *Market) TryPackPostJob(job MarketJobOffer, module string, pin MarketModulePin, inputKeys []string, inputValues []string) ([]byte, error) {
	return market.abi.Pack("postJob", job, module, pin, inputKeys, inputValues)
}

// UnpackPostJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cc3cb96.
//
// Solidity: function postJob((address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues) returns(bytes32 jobId)
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

// PackRecuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7642951.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recuse((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, address[] mediators) returns()
func (market *Market) PackRecuse(t MarketTerms, dealId [32]byte, mediators []common.Address) []byte {
	enc, err := market.abi.Pack("recuse", t, dealId, mediators)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7642951.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recuse((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, address[] mediators) returns()
func (market *Market) TryPackRecuse(t MarketTerms, dealId [32]byte, mediators []common.Address) ([]byte, error) {
	return market.abi.Pack("recuse", t, dealId, mediators)
}

// PackRefuseDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x800822bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuseDeal((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, string reason) returns()
func (market *Market) PackRefuseDeal(t MarketTerms, dealId [32]byte, reason string) []byte {
	enc, err := market.abi.Pack("refuseDeal", t, dealId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuseDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x800822bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuseDeal((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, string reason) returns()
func (market *Market) TryPackRefuseDeal(t MarketTerms, dealId [32]byte, reason string) ([]byte, error) {
	return market.abi.Pack("refuseDeal", t, dealId, reason)
}

// PackRegisterMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b8f73b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerMediator(uint96 minFee, uint32 minWindow, uint16 maxOpen) returns()
func (market *Market) PackRegisterMediator(minFee *big.Int, minWindow uint32, maxOpen uint16) []byte {
	enc, err := market.abi.Pack("registerMediator", minFee, minWindow, maxOpen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b8f73b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerMediator(uint96 minFee, uint32 minWindow, uint16 maxOpen) returns()
func (market *Market) TryPackRegisterMediator(minFee *big.Int, minWindow uint32, maxOpen uint16) ([]byte, error) {
	return market.abi.Pack("registerMediator", minFee, minWindow, maxOpen)
}

// PackRegisterSolver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c923afc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerSolver() returns()
func (market *Market) PackRegisterSolver() []byte {
	enc, err := market.abi.Pack("registerSolver")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterSolver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c923afc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerSolver() returns()
func (market *Market) TryPackRegisterSolver() ([]byte, error) {
	return market.abi.Pack("registerSolver")
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
// the contract method with ID 0x2831b021.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) PackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) []byte {
	enc, err := market.abi.Pack("submitResult", t, dealId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2831b021.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) TryPackSubmitResult(t MarketTerms, dealId [32]byte, resultHash [32]byte) ([]byte, error) {
	return market.abi.Pack("submitResult", t, dealId, resultHash)
}

// PackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c8b3926.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutJudge(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutJudge", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c8b3926.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutJudge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutJudge(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutJudge", t, dealId)
}

// PackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31f78b55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutMediate(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutMediate", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutMediate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31f78b55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutMediate((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) TryPackTimeoutMediate(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("timeoutMediate", t, dealId)
}

// PackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd485beaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (market *Market) PackTimeoutSubmit(t MarketTerms, dealId [32]byte) []byte {
	enc, err := market.abi.Pack("timeoutSubmit", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd485beaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutSubmit((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
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
// Solidity: event DealMatched(bytes32 indexed dealId, address indexed jc, address indexed rp, bytes32 offerId, (address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) terms, address[] mediators)
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

// MarketDrawDeferred represents a DrawDeferred event raised by the Market contract.
type MarketDrawDeferred struct {
	DealId [32]byte
	Anchor *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketDrawDeferredEventName = "DrawDeferred"

// ContractEventName returns the user-defined event name.
func (MarketDrawDeferred) ContractEventName() string {
	return MarketDrawDeferredEventName
}

// UnpackDrawDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DrawDeferred(bytes32 indexed dealId, uint256 anchor)
func (market *Market) UnpackDrawDeferredEvent(log *types.Log) (*MarketDrawDeferred, error) {
	event := "DrawDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDrawDeferred)
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
// Solidity: event JobPosted(bytes32 indexed jobId, address indexed creator, (address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint64,uint256,uint256,uint256,uint32,uint32,uint32,uint256,uint256,address[],address[],uint64,uint256,uint64,uint64) job, string module, (bytes20,bytes32) pin, string[] inputKeys, string[] inputValues)
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

// MarketMediationUnavailable represents a MediationUnavailable event raised by the Market contract.
type MarketMediationUnavailable struct {
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketMediationUnavailableEventName = "MediationUnavailable"

// ContractEventName returns the user-defined event name.
func (MarketMediationUnavailable) ContractEventName() string {
	return MarketMediationUnavailableEventName
}

// UnpackMediationUnavailableEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationUnavailable(bytes32 indexed dealId)
func (market *Market) UnpackMediationUnavailableEvent(log *types.Log) (*MarketMediationUnavailable, error) {
	event := "MediationUnavailable"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediationUnavailable)
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

// MarketMediatorDrawn represents a MediatorDrawn event raised by the Market contract.
type MarketMediatorDrawn struct {
	DealId   [32]byte
	Mediator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketMediatorDrawnEventName = "MediatorDrawn"

// ContractEventName returns the user-defined event name.
func (MarketMediatorDrawn) ContractEventName() string {
	return MarketMediatorDrawnEventName
}

// UnpackMediatorDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorDrawn(bytes32 indexed dealId, address indexed mediator)
func (market *Market) UnpackMediatorDrawnEvent(log *types.Log) (*MarketMediatorDrawn, error) {
	event := "MediatorDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediatorDrawn)
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

// MarketMediatorRecused represents a MediatorRecused event raised by the Market contract.
type MarketMediatorRecused struct {
	DealId   [32]byte
	Mediator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketMediatorRecusedEventName = "MediatorRecused"

// ContractEventName returns the user-defined event name.
func (MarketMediatorRecused) ContractEventName() string {
	return MarketMediatorRecusedEventName
}

// UnpackMediatorRecusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorRecused(bytes32 indexed dealId, address indexed mediator)
func (market *Market) UnpackMediatorRecusedEvent(log *types.Log) (*MarketMediatorRecused, error) {
	event := "MediatorRecused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediatorRecused)
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

// MarketMediatorRegistered represents a MediatorRegistered event raised by the Market contract.
type MarketMediatorRegistered struct {
	Account   common.Address
	MinFee    *big.Int
	MinWindow uint32
	MaxOpen   uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketMediatorRegisteredEventName = "MediatorRegistered"

// ContractEventName returns the user-defined event name.
func (MarketMediatorRegistered) ContractEventName() string {
	return MarketMediatorRegisteredEventName
}

// UnpackMediatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorRegistered(address indexed account, uint256 minFee, uint32 minWindow, uint16 maxOpen)
func (market *Market) UnpackMediatorRegisteredEvent(log *types.Log) (*MarketMediatorRegistered, error) {
	event := "MediatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketMediatorRegistered)
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
	DealId [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketResultChallengedEventName = "ResultChallenged"

// ContractEventName returns the user-defined event name.
func (MarketResultChallenged) ContractEventName() string {
	return MarketResultChallengedEventName
}

// UnpackResultChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultChallenged(bytes32 indexed dealId)
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
	if bytes.Equal(raw[:4], market.abi.Errors["AlreadyDrawn"].ID.Bytes()[:4]) {
		return market.UnpackAlreadyDrawnError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], market.abi.Errors["DrawNotReady"].ID.Bytes()[:4]) {
		return market.UnpackDrawNotReadyError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["MediatorsFull"].ID.Bytes()[:4]) {
		return market.UnpackMediatorsFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotCreator"].ID.Bytes()[:4]) {
		return market.UnpackNotCreatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotDrawn"].ID.Bytes()[:4]) {
		return market.UnpackNotDrawnError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["TooManyMediators"].ID.Bytes()[:4]) {
		return market.UnpackTooManyMediatorsError(raw[4:])
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

// MarketAlreadyDrawn represents a AlreadyDrawn error raised by the Market contract.
type MarketAlreadyDrawn struct {
	DealId   [32]byte
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDrawn(bytes32 dealId, address mediator)
func MarketAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0xecd69b0e43138a3b2401c0e18bd617333bbc55cbd830ceb68a85a06b812d10f9")
}

// UnpackAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDrawn(bytes32 dealId, address mediator)
func (market *Market) UnpackAlreadyDrawnError(raw []byte) (*MarketAlreadyDrawn, error) {
	out := new(MarketAlreadyDrawn)
	if err := market.abi.UnpackIntoInterface(out, "AlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// MarketDrawNotReady represents a DrawNotReady error raised by the Market contract.
type MarketDrawNotReady struct {
	DealId    [32]byte
	FromBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawNotReady(bytes32 dealId, uint256 fromBlock)
func MarketDrawNotReadyErrorID() common.Hash {
	return common.HexToHash("0xc97d2fca43ab74bfb3ff2a18b41d0be9c5114ca340b26bb65f3541d4f52f25f1")
}

// UnpackDrawNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawNotReady(bytes32 dealId, uint256 fromBlock)
func (market *Market) UnpackDrawNotReadyError(raw []byte) (*MarketDrawNotReady, error) {
	out := new(MarketDrawNotReady)
	if err := market.abi.UnpackIntoInterface(out, "DrawNotReady", raw); err != nil {
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

// MarketMediatorsFull represents a MediatorsFull error raised by the Market contract.
type MarketMediatorsFull struct {
	DealId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediatorsFull(bytes32 dealId)
func MarketMediatorsFullErrorID() common.Hash {
	return common.HexToHash("0x3604ff75db0c8b928441f278ce6cc7a8821ae4eb1862f777ec3e8117b9c30834")
}

// UnpackMediatorsFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediatorsFull(bytes32 dealId)
func (market *Market) UnpackMediatorsFullError(raw []byte) (*MarketMediatorsFull, error) {
	out := new(MarketMediatorsFull)
	if err := market.abi.UnpackIntoInterface(out, "MediatorsFull", raw); err != nil {
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

// MarketNotDrawn represents a NotDrawn error raised by the Market contract.
type MarketNotDrawn struct {
	DealId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDrawn(bytes32 dealId)
func MarketNotDrawnErrorID() common.Hash {
	return common.HexToHash("0xd7e0040fed370d4b03d8a446f05af941b33a1428e7cd2165991372b93485c8d5")
}

// UnpackNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDrawn(bytes32 dealId)
func (market *Market) UnpackNotDrawnError(raw []byte) (*MarketNotDrawn, error) {
	out := new(MarketNotDrawn)
	if err := market.abi.UnpackIntoInterface(out, "NotDrawn", raw); err != nil {
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

// MarketTooManyMediators represents a TooManyMediators error raised by the Market contract.
type MarketTooManyMediators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyMediators()
func MarketTooManyMediatorsErrorID() common.Hash {
	return common.HexToHash("0xb10fda510387629b16bd06c9ff52a876ef042f66600495be79d0b90dc842e7ae")
}

// UnpackTooManyMediatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyMediators()
func (market *Market) UnpackTooManyMediatorsError(raw []byte) (*MarketTooManyMediators, error) {
	out := new(MarketTooManyMediators)
	if err := market.abi.UnpackIntoInterface(out, "TooManyMediators", raw); err != nil {
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
