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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFeeBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"}],\"name\":\"CapacityExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"}],\"name\":\"DrawNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Incompatible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"MediationsOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCreator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"NotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"}],\"name\":\"SolverNotInWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyMediators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySolvers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structMarket.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"DealMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"DealRefused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"anchor\",\"type\":\"uint256\"}],\"name\":\"DrawDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"JudgeTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"MediationTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"MediationUnavailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorRecused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"}],\"name\":\"MediatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"ResultDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"SubmitTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"Unregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MEDIATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOLVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOURCE_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MEDIATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_SOLVER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"acceptResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"activeMediations\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"challengeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"drawMediator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"m\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"stateAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"matchBlock\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"hashJobOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashResourceOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"keys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"values\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"fileNames\",\"type\":\"string[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"fileHashes\",\"type\":\"bytes32[]\"}],\"name\":\"inputsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"jobSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"offer\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"offerSig\",\"type\":\"bytes\"}],\"name\":\"matchDeal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateAccept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"mediateReject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"mediatorTerms\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"offerUsed\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"moduleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"module\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes20\",\"name\":\"commit\",\"type\":\"bytes20\"},{\"internalType\":\"bytes32\",\"name\":\"template\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.ModulePin\",\"name\":\"pin\",\"type\":\"tuple\"},{\"internalType\":\"string[]\",\"name\":\"inputKeys\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"inputValues\",\"type\":\"string[]\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"}],\"name\":\"recuse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"refuseDeal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"minWindow\",\"type\":\"uint32\"}],\"name\":\"registerMediator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registerSolver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"roles\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"solverFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solverFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"solvers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutJudge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutMediate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"timeoutSubmit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"unregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x6101c080604052346102525760608161552e80380380916100208285610256565b833981010312610252578051906001600160a01b0382168203610252576040602082015191015191604051610056604082610256565b60088152602081019067636f6f706869766560c01b82526040519161007c604084610256565b600183526020830191603160f81b83526100958161028d565b610120526100a28461028d565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010b60c082610256565b5190206080523060c052612710831161021c576001600160801b0382116101e65761016052610180526101a05260405161523590816102f9823960805181614f09015260a05181614fc0015260c05181614ed3015260e05181614f5801526101005181614f7e0152610120518161154d01526101405181611576015261016051818181610b7501528181611c24015261229c01526101805181818161067a01528181610eb30152818161123c015281816118fa0152611fde01526101a05181818161062901528181611276015281816130aa01526149650152f35b60405162461bcd60e51b815260206004820152600e60248201526d626f6e6420746f6f206c6172676560901b6044820152606490fd5b60405162461bcd60e51b815260206004820152600e60248201526d6665652061626f7665203130302560901b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761027957604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116102b85760208151910151602082106102a9571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80630eb2a495146102b45780630ff2ee35146102af57806310ebd41f146102aa57806315dce38f146102a55780631c8b3926146102a05780631cc3cb961461029b5780631d8ba3831461029657806323d2f5f6146102915780632831b0211461028c5780632b9cd457146102875780632e1a7d4d1461028257806331f78b551461027d578063511012ce1461027857806351a6fad5146102735780635b5989cb1461026e5780635e5c06e21461026957806364c9ec6f1461026457806365bc52da1461025f5780636fa1fdc41461025a57806371fcbb9114610255578063767c44e914610250578063800822bd1461024b57806384b0196e1461024657806384cade2c146102415780638a18b4ff1461023c5780638c923afc14610237578063925d6c0c146102325780639779ea461461022d5780639937464214610228578063a764295114610223578063a8d392b01461021e578063b6b55f2514610219578063d485beaf14610214578063e3b064011461020f578063e7d539b11461020a578063e86e8fda14610205578063ed4ba62b14610200578063efa4651f146101fb578063f27d8744146101f6578063f698da25146101f1578063fb8a1a6b146101ec5763fc0c546a146101e7575f80fd5b612287565b61226c565b612252565b612181565b612122565b612107565b611f63565b611ef4565b611e6b565b611d21565b611c08565b611bd8565b611ac0565b611a82565b611a65565b6119b5565b6118c7565b611886565b61179b565b611535565b6113fa565b611342565b611308565b6112da565b61125f565b611225565b6111da565b6111a1565b6110bb565b610f05565b610c00565b610b09565b610aee565b6108ff565b610659565b61060e565b610562565b610488565b610439565b610385565b610316565b6102cc565b90816102e09103126102c85790565b5f80fd5b346102c85760203660031901126102c8576004356001600160401b0381116102c85761030e61030961030460209336906004016102b9565b613794565b6139fe565b604051908152f35b346102c85760203660031901126102c8576004355f52600b60205260206001600160401b0360405f205416604051908152f35b9181601f840112156102c8578235916001600160401b0383116102c857602083818601950101116102c857565b90816102409103126102c85790565b346102c85760803660031901126102c8576004356001600160401b0381116102c8576103b59036906004016102b9565b6024356001600160401b0381116102c8576103d4903690600401610349565b91906044356001600160401b0381116102c8576103f5903690600401610376565b91606435926001600160401b0384116102c8576104359461041d610425953690600401610349565b9490936124d0565b6040519081529081906020820190565b0390f35b346102c85760203660031901126102c8576004356001600160401b0381116102c85761030e6103096104716020933690600401610376565b614365565b6101a09060031901126102c857600490565b346102c8576101c03660031901126102c8576105306104a636610476565b6101a43560026104b68383614700565b6104db64ffffffffff825460081c16610100860135906104d582611f4a565b856147c1565b805465ffffffffff004260081b1665ffffffffffff1990911617600317815561050384614857565b827f2fbe37c64cc5710289f2c0e29612161988761494522110b50af1612611ac77195f80a20154916149a5565b005b9181601f840112156102c8578235916001600160401b0383116102c8576020808501948460051b0101116102c857565b346102c85760c03660031901126102c8576004356001600160401b0381116102c8576105929036906004016102b9565b6024356001600160401b0381116102c8576105b1903690600401610349565b919060403660431901126102c8576084356001600160401b0381116102c8576105de903690600401610532565b60a43593916001600160401b0385116102c85761043595610606610425963690600401610532565b959094612d7f565b346102c85760203660031901126102c85760206127106106507f000000000000000000000000000000000000000000000000000000000000000060043561307a565b04604051908152f35b346102c85760203660031901126102c85760043560ff81168082036102c8577f000000000000000000000000000000000000000000000000000000000000000060028214806108be575b335f90815260036020526040902060ff9085906106c2905b5460ff1690565b1616158015906108ad575b158015610899575b61087f5780610859575b61081957335f9081526003602052604090206107289260019161071b9060ff871961070b835460ff1690565b161660ff1660ff19825416179055565b14610761575b8033614b5d565b60405160ff909116815233907feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca44429080602081015b0390a2005b335f90815260056020526040902061077990546130d3565b6107fc6107e16107aa6107956107906004546130d3565b613102565b905460039190911b1c6001600160a01b031690565b926107dc846107b883613102565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b612361565b6001600160a01b039092165f90815260056020526040902090565b5561080561311f565b335f90815260056020526040812055610721565b335f9081526006602052604090206108569061083a905b5463ffffffff1690565b638427206560e01b5f523360045263ffffffff16602452604490565b5ffd5b50335f90815260066020526040902063ffffffff9061087790610830565b1615156106df565b632107413760e11b5f523360045260ff841660245260445ffd5b50600183141580156106d5575080156106d5565b508080156106cd57508115156106cd565b335f908152600760205260409020549091506108ea906001600160801b03165b6001600160801b031690565b335f90815260076020526040812055906106a3565b346102c8576101e03660031901126102c85761091a36610476565b6101a435906101c4359061092e818461477d565b90602081019061094c610940836122cb565b6001600160a01b031690565b3303610ad65782546109759060081c64ffffffffff1661096e60e084016122f0565b9087614bb3565b61099a610981836122cb565b6001600160a01b03165f90815260026020526040902090565b916109c56109b260a06109be6109b260c08701613186565b6001600160601b031690565b9401613186565b906109d784546001600160801b031690565b906109e28383613190565b6001600160801b03808616911610610a90575093610a758694610a5585610a5086610a46610a407fc0f6ac21b3117c819c68486bc0bf317115e1185a96af4a283256cd6fa8cba3c39d9a610a3b60029b61075c9f613190565b6131b0565b866131d0565b845460801c6131b0565b613190565b81546001600160801b031660809190911b6001600160801b031916179055565b610a7e816147fb565b01556040519081529081906020820190565b610aa761085693610aa186936122cb565b93613190565b632e2a182f60e11b5f526001600160a01b039092166004526001600160801b0390811660245216604452606490565b63723bbd3560e01b5f5260048590523360245260445ffd5b346102c8575f3660031901126102c857602060405160038152f35b346102c85760203660031901126102c8576004358015610bf157335f52600260205260405f20610b4081546001600160801b031690565b826001600160801b03821610610bcd5790610b68610b6e926001600160801b038516906131b0565b906131d0565b610b9981337f0000000000000000000000000000000000000000000000000000000000000000614bec565b60405190815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590806020810161075c565b632e2a182f60e11b5f523360045260248390526001600160801b031660445260645ffd5b631f2a200560e01b5f5260045ffd5b346102c8576101c03660031901126102c857610c1b36610476565b6101a435610c29828261479f565b80546001600160a01b03605882901c16939184918215610ef15791610ce07f52985330ae1a5a19203229892c294714e5b09a8efaea14c2834160c660c1fec59492610c96610c82610e269664ffffffffff9060081c1690565b610c8f61012087016122f0565b90896147c1565b6001600160a01b0383165f908152600660205260409020610cdb90610cc7610cc2825463ffffffff1690565b6131eb565b63ffffffff1663ffffffff19825416179055565b61480a565b6001600160a01b0381165f90815260076020526040902091610dda610d0c84546001600160801b031690565b916101408101610d1e6109b282613186565b6001600160801b0385161015610edc5750610d3f83955b610b6887866131b0565b610d526001600160801b03861685614a85565b610d5b81614c44565b90610d9d610d68826122cb565b92600188901c6f7fffffffffffffffffffffffffffffff16936001600160801b0380610d948785613190565b16921690614b5d565b6001600160601b036001600160801b03610d9460c0610dbe602086016122cb565b940194610a3b8a610a506109b2610dd48a613186565b99613186565b826002610dfa6106bb8560018060a01b03165f52600360205260405f2090565b1615159182610e9f575b5050610e2b575b506040516001600160801b0390911681529081906020820190565b0390a3005b6001600160a01b03165f908152600360205260409020610e619060fd610e52825460ff1690565b1660ff1660ff19825416179055565b847feebfdaadda46c435881bbe8bac1fc3974f3323b1c809c7aabd37ae7b83ca444260405180610e9681906002602083019252565b0390a25f610e0b565b610ea992506131b0565b6001600160801b037f0000000000000000000000000000000000000000000000000000000000000000911610825f610e04565b610eeb6109b2610d3f92613186565b95610d35565b63d7e0040f60e01b5f52600485905260245ffd5b346102c8576101c03660031901126102c857610f2036610476565b6101a43590610f2f8282614c8f565b805465ffffffffff004260081b1665ffffffffffff19909116176006178155610f5782614c44565b823592610f63846111bc565b6101408101938435610f7481611f2e565b6001600160601b0316610f8790846131b0565b9260c0830193610f9685613186565b6001600160601b0316610fa891613190565b6001600160801b0316906001600160801b0316610fc492614b5d565b602001610fd0906122cb565b90610fda90613186565b6001600160601b0316610fec91614a85565b5460581c6001600160a01b03169061100390613186565b6001600160601b031661101591614af4565b7fd464d167491417c7a2c71072f3482b37781a9b118307b94a165c962bd66e72af5f80a2005b634e487b7160e01b5f52602160045260245ffd5b600b111561105957565b61103b565b815160c08201939290600b8110156110595760a0918291845264ffffffffff602082015116602085015264ffffffffff6040820151166040850152600180831b036060820151166060850152608081015160808501520151910152565b346102c85760203660031901126102c8576004355f60a06040516110de81611646565b82815282602082015282604082015282606082015282608082015201525f52600860205260405f2060405161111281611646565b81549160ff831690600b8210156110595761118461117461043595600294865264ffffffffff8160081c1660208701526111656111578264ffffffffff9060301c1690565b64ffffffffff166040880152565b60581c6001600160a01b031690565b6001600160a01b03166060850152565b60018101546080840152015460a08201526040519182918261105e565b346102c8575f3660031901126102c857602060405160018152f35b6001600160a01b038116036102c857565b35906111d8826111bc565b565b346102c85760203660031901126102c8576004356111f7816111bc565b60018060a01b03165f5260026020526040805f20548151906001600160801b038116825260801c6020820152f35b346102c8575f3660031901126102c85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c8575f3660031901126102c85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b60031981016101e081126102c8576101a0136102c8576004916101a435916101c435906001600160401b0382116102c8576112d691600401610532565b9091565b346102c85760206112f66112ed36611299565b92919091613203565b6040516001600160a01b039091168152f35b346102c8575f3660031901126102c85760206040517f0ec9cfc832972610d9af9fc536562dc965bd7704486e54c04b9439909666a77d8152f35b346102c8576101c03660031901126102c85761135d36610476565b6101a4359061136c8183614700565b8135611377816111bc565b6001600160a01b031633036113e357805465ffffffffff004260081b1665ffffffffffff1990911617600317815561053092906002906113b684614857565b827ff80c29b4d1f59b63ed4b13c925c542127b00dbc78696254f570f30f9859249875f80a20154916149a5565b8263723bbd3560e01b5f526004523360245260445ffd5b346102c8576101e03660031901126102c85761141536610476565b6101a4356101c4356001600160401b0381116102c857611439903690600401610349565b90611444848461477d565b6020850190611455610940836122cb565b3303610ad6579460a06114e4611502936114b9896114b46114a17f5b6931179ff968e9e68c26c1f8c45f70ed7729ab683068840399642fddf132a69b9c5464ffffffffff9060081c1690565b6114ad60e089016122f0565b908d614bb3565b614819565b6114df6114c585614c44565b6001600160801b036114d6876122cb565b91168091614b5d565b6122cb565b9101906001600160601b0380610d946114fc85613186565b94613186565b61075c604051928392836134fc565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346102c8575f3660031901126102c8576115d96115717f000000000000000000000000000000000000000000000000000000000000000061516a565b61159a7f000000000000000000000000000000000000000000000000000000000000000061516a565b60206040516115a98282611666565b5f8152816115e781830194601f198301368737604051978897600f60f81b895260e0858a015260e0890190611511565b908782036040890152611511565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b82811061161b57505050500390f35b83518552869550938101939281019260010161160c565b634e487b7160e01b5f52604160045260245ffd5b60c081019081106001600160401b0382111761166157604052565b611632565b90601f801991011681019081106001600160401b0382111761166157604052565b604051906111d8606083611666565b604051906111d86101a083611666565b6001600160401b0381116116615760051b60200190565b9291926001600160401b03821161166157604051916116e6601f8201601f191660200184611666565b8294818452818301116102c8578281602093845f960137010152565b92919261170e826116a6565b9361171c6040519586611666565b602085848152019260051b8201918183116102c85780935b838510611742575050505050565b84356001600160401b0381116102c857820183601f820112156102c85760209161177285838580953591016116bd565b815201940193611734565b9080601f830112156102c85781602061179893359101611702565b90565b346102c85760803660031901126102c8576004356001600160401b0381116102c8576117cb90369060040161177d565b6024356001600160401b0381116102c8576117ea90369060040161177d565b6044356001600160401b0381116102c85761180990369060040161177d565b606435916001600160401b0383116102c857366023840112156102c857826004013593611835856116a6565b936118436040519586611666565b8585526024602086019660051b820101903682116102c857602401955b8187106118765761043561042587878787613565565b8635815260209687019601611860565b346102c85760203660031901126102c8576004356118a3816111bc565b60018060a01b03165f526006602052602063ffffffff60405f205416604051908152f35b346102c8575f3660031901126102c857335f52600360205260016118f060405f2060ff90541690565b1661199d5761191f7f0000000000000000000000000000000000000000000000000000000000000000336142ac565b335f90815260036020526040902061194d90600161193e825460ff1690565b1760ff1660ff19825416179055565b61195633613605565b600454335f908152600560205260409020556040516001815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e90806020810161075c565b632fa4c0d960e11b5f5233600452600160245260445ffd5b346102c8576101c03660031901126102c8576105306119d336610476565b6101a43560026119e38284614c8f565b805465ffffffffffff1981164260081b65ffffffffff0016176005178255611a389060581c6001600160a01b0316611a1a86614930565b6001600160601b03610140870135611a3181611f2e565b1690614af4565b827f5b5fd0c005bd4120c2058baa177b7f5a7695a9351f329a9b105fe83a8059d4025f80a20154916149a5565b346102c8575f3660031901126102c857602060405162030d408152f35b346102c85760203660031901126102c857600435611a9f816111bc565b60018060a01b03165f526003602052602060ff60405f205416604051908152f35b346102c857611ace36611299565b919290611ae78382611ae08786614c8f565b9487614d35565b5f5b611af4818584613672565b35611afe816111bc565b6001600160a01b03163314611b225790611b1a611af492613682565b909150611ae9565b611bb083611b888793845f526009602052611b7161ffff600160405f20931b16611b52835461ffff9060281c1690565b835466ffff00000000001916911760281b66ffff000000000016178255565b805464ffffffffff19164364ffffffffff16179055565b80547fff0000000000000000000000000000000000000000ffffffffffffffffffffff169055565b33907f3b3acc2795f1362f8ae51e4c802cfce68b07a020f59d3d61d3171c4e427e9d425f80a3005b346102c85760203660031901126102c8576004355f52600a602052602063ffffffff60405f205416604051908152f35b346102c85760203660031901126102c8576004358015610bf1577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f5114811615611d02575b6040919091525f60605215611ce75750611cb3611c8f82614eb6565b335f908152600260205260409020610b689091610a5083546001600160801b031690565b60405190815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c490806020810161075c565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516611d18573d15833b15151616611c73565b503d5f823e3d90fd5b346102c8576101c03660031901126102c857611d3c36610476565b611df86101a43591611d9d611d51828561477d565b611d7564ffffffffff825460081c1660e085013590611d6f82611f4a565b876147c1565b805460ff191660071781555b805465ffffffffff0019164260081b65ffffffffff0016179055565b611df26109b2611dec6020611db185614c44565b94611de6813596611dc1886111bc565b60a08301976001600160801b0380610d94611de08c356109b281611f2e565b85613190565b016122cb565b92613186565b90614a85565b7f3adfa71ab1fd2b4d916b2c5171ed957e4345e7167ec4559d9dbecf401cc000dc5f80a2005b90602080835192838152019201905f5b818110611e3b5750505090565b82516001600160a01b0316845260209384019390920191600101611e2e565b906020611798928181520190611e1e565b346102c8575f3660031901126102c85760405180602060045491828152019060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b905f5b818110611ed55761043585611ec981870382611666565b60405191829182611e5a565b82546001600160a01b0316845260209093019260019283019201611eb2565b346102c8575f3660031901126102c85760206040517f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8152f35b6001600160601b038116036102c857565b35906111d882611f2e565b63ffffffff8116036102c857565b35906111d882611f4a565b346102c85760403660031901126102c857600435611f8081611f2e565b602435611f8c81611f4a565b335f908152600360205260409020600290611fa6906106bb565b16158015906120e7575b6120cf5761075c7fcb55a13f058e5861561917e0b6709e425919389ce2c885a6a099707c171222e6916120787f000000000000000000000000000000000000000000000000000000000000000061200781336142ac565b335f90815260036020526040902061202690600261193e825460ff1690565b61204a6001600160801b03612039611687565b921682906001600160801b03169052565b6001600160601b038616602082015263ffffffff83166040820152335f908152600760205260409020613690565b6040516002815233907f89b4e995568c900aa52376cbed225dc1a013c9a43cb58186d69676ff593d7c4e90602090a2604080516001600160601b03909516855263ffffffff90911660208501523393918291820190565b632fa4c0d960e11b5f5233600452600260245260445ffd5b50335f908152600760205260409020546001600160801b03161515611fb0565b346102c8575f3660031901126102c857602060405160108152f35b346102c85760203660031901126102c85760043561213f816111bc565b60018060a01b03165f526007602052606060405f2054604051906001600160801b03811682526001600160601b038160801c16602083015260e01c6040820152f35b346102c8576101c03660031901126102c85761219c36610476565b6101a435906121ab8183614700565b81356121b6816111bc565b6001600160a01b031633036113e3576121f36121f8926121ec6101006121e5855464ffffffffff9060081c1690565b92016122f0565b9085614bb3565b614828565b61222c64ffffffffff4316612215835f52600960205260405f2090565b9064ffffffffff1664ffffffffff19825416179055565b7f97bb7e3c093047cae660b0c19c191104fb1979d4383a214f8c2554731887d90d5f80a2005b346102c8575f3660031901126102c857602061030e614ed0565b346102c8575f3660031901126102c857602060405160028152f35b346102c8575f3660031901126102c8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b35611798816111bc565b6001600160401b038116036102c857565b35611798816122d5565b3561179881611f4a565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff60019116019063ffffffff821161232657565b6122fa565b80516020909101905f5b8181106123425750505090565b82516001600160a01b0316845260209384019390920191600101612335565b906001820180921161232657565b62030d4001908162030d401161232657565b90612710820180921161232657565b9190820180921161232657565b90600b8110156110595760ff80198354169116179055565b80516001600160a01b031682526111d891906101809081906020818101516001600160a01b0316908501526040818101516001600160a01b0316908501526060818101516001600160601b0316908501526080818101516001600160601b03169085015260a0818101516001600160601b03169085015260c0818101516001600160601b03169085015260e08181015163ffffffff16908501526101008181015163ffffffff16908501526101208181015163ffffffff1690850152610140818101516001600160601b031690850152610160818101519085015201511515910152565b6101a0810192916111d891906123b5565b6124c261179894936101e093835260208301906123b5565b816101c08201520190611e1e565b90939594956124e161030983613794565b966124ee61030986614365565b958461298557506001600160401b0361251f6125128a5f52600b60205260405f2090565b546001600160401b031690565b1615612957579061253b915b612534866122cb565b9187613a24565b61254d865f52600860205260405f2090565b90612559825460ff1690565b6125628161104f565b612943576102c08101612583612577826122e6565b6001600160401b031690565b42116129185750610220840161259b612577826122e6565b421161291857506125ab81613aaa565b6125c0610830865f52600a60205260405f2090565b6125d96125d06101c087016122f0565b63ffffffff1690565b63ffffffff8216101561290457906125f38894939261230e565b612605875f52600a60205260405f2090565b9061261f919063ffffffff1663ffffffff19825416179055565b6126298582613bd5565b61263385826140db565b9261263d826122cb565b95612647816122cb565b61265460e0830135614283565b92612663610140860135614283565b91612672610100850135614283565b95612681610120860135614283565b9461268f61014082016122f0565b61269c61016083016122f0565b91610180016126aa906122f0565b9261016001356126b990614283565b968b604051806020810192836126ce9161232b565b03601f19810182526126e09082611666565b519020946126ec611696565b6001600160a01b03909f168f528e6001600160a01b03909116602091909101523360408f01528d606081019961272b908b906001600160601b03169052565b608001966127429088906001600160601b03169052565b8d60a081019a61275b908c906001600160601b03169052565b60c0019061277191906001600160601b03169052565b63ffffffff1660e08d015263ffffffff166101008c015263ffffffff166101208b01526101408a01936127ad9085906001600160601b03169052565b6101608a01521561018089015287516001600160a01b031692516001600160601b03166001600160601b031690516001600160601b03166001600160601b03166127f691612390565b90516001600160601b03166001600160601b031661281391612390565b61281c916142ac565b60208501516001600160a01b031690516001600160601b03166001600160601b0316612847916142ac565b8054600165ffffffffffff199091164260081b65ffffffffff001617176affffffffff00000000000019164360301b6affffffffff000000000000161781556040516020810190806128998784612499565b03601f19810182526128ab9082611666565b51902060019190910155825160208401516040516001600160a01b03918216969190921694919283926128de92846124aa565b037f67642691d9f6548fb9381c271009f4f1feca16bbf7c4f778807fb260c37c7da991a4565b635c64646960e11b5f52600486905260245ffd5b612924610856916122e6565b6324730def60e21b5f526001600160401b031660045242602452604490565b63b3e2817b60e01b5f52600487905260245ffd5b610856612963846122cb565b6308d20b2560e01b5f9081526001600160a01b03909116600452602452604490565b9061299f61253b939286612998876122cb565b918c613a24565b61252b565b6001600160601b03198116036102c857565b35611798816129a4565b604051906129cf602083611666565b5f80835282815b8281106129e257505050565b8060606020809385010152016129d6565b60405190612a02602083611666565b5f808352366020840137565b35906111d8826122d5565b9035601e19823603018112156102c85701602081359101916001600160401b0382116102c8578160051b360383136102c857565b916020908281520191905f5b818110612a665750505090565b9091926020806001928635612a7a816111bc565b848060a01b031681520194019101919091612a59565b908060209392818452848401375f828201840152601f01601f1916010190565b602080918035612abf816129a4565b6001600160601b03191684520135910152565b90602083828152019060208160051b85010193835f91601e1982360301905b848410612b02575050505050505090565b90919293949596601f198282030187528735838112156102c857840190602082359201916001600160401b0381116102c85780360383136102c857612b4d6020928392600195612a90565b99019701959401929190612af1565b969490612d59612d6491612d7196956117989b999560c08c52612b9260c08d01612b85856111cd565b6001600160a01b03169052565b602083013560e08d015260408301356101008d015260608301356101208d0152612bd38c610140612bc560808701612a0e565b6001600160401b0316910152565b612be68c610160612bc560a08701612a0e565b612bf98c610180612bc560c08701612a0e565b612c178c6101a0612c0c60e08701611f58565b63ffffffff16910152565b612c2b8c6101c0612bc56101008701612a0e565b6101208301356101e08d01526101408301356102008d01526101608301356102208d0152612c638c610240612c0c6101808701611f58565b612c778c610260612c0c6101a08701611f58565b612c8b8c610280612c0c6101c08701611f58565b6101e08301356102a08d01526102008301356102c08d0152612d4c8c610380612bc56102c0612cf7612cd6612cc46102208b018b612a19565b6102e0808901526103a0880191612a4d565b612ce46102408b018b612a19565b87830360bf190161030089015290612a4d565b97612d19612d086102608301612a0e565b6001600160401b0316610320870152565b610280810135610340860152612d46612d356102a08301612a0e565b6001600160401b0316610360870152565b01612a0e565b8b830360208d0152612a90565b936040890190612ab0565b8683036080880152612ad2565b9260a0818503910152612ad2565b92969591949093612d92610940856122cb565b330361303b576020840135612da83688886116bd565b602081519101200361300c576001600160601b0319612dc760446129b6565b16612fc4575f5b604085013503612f9157828103612f62576060840135612e14612def6129c0565b612df76129f3565b90612e0336868e611702565b612e0e368989611702565b90613565565b03612f2e576102c08401612e2a612577826122e6565b42116129185750612e3d61030985613794565b976001600160401b03612e5b6125128b5f52600b60205260405f2090565b1615801590612f08575b612ef457927f26f26715efd898a3da6fe45f9884235eb59727764c447178698807409646c6ef9492612eef928a9795612ece6001600160401b034316612eb38b5f52600b60205260405f2090565b906001600160401b03166001600160401b0319825416179055565b60446001600160a01b03612ee1886122cb565b169a60405198899889612b5c565b0390a3565b63b3e2817b60e01b5f52600489905260245ffd5b50612f1e6106bb8a5f52600860205260405f2090565b612f278161104f565b1515612e65565b604051630eebe13f60e21b815260206004820152600b60248201526a0d2dce0eae8e640d0c2e6d60ab1b6044820152606490fd5b604051630eebe13f60e21b8152602060048201526006602482015265696e7075747360d01b6044820152606490fd5b604051630eebe13f60e21b815260206004820152600a60248201526936b7b23ab632903834b760b11b6044820152606490fd5b612fce60446129b6565b6040516001600160601b03199091166020820190815260643560348301529061300481605481015b03601f198101835282611666565b519020612dce565b604051630eebe13f60e21b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b610856613047856122cb565b60016223c24760e11b03195f526001600160a01b031660045233602452604490565b908160030291600383040361232657565b8181029291811591840414171561232657565b634e487b7160e01b5f52601260045260245ffd5b6130cf612710917f00000000000000000000000000000000000000000000000000000000000000009061307a565b0490565b5f1981019190821161232657565b9190820391821161232657565b634e487b7160e01b5f52603260045260245ffd5b60045481101561311a5760045f5260205f2001905f90565b6130ee565b6004548015613172575f1981019060045482101561311a5760045f8190527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19a90910180546001600160a01b031916905555565b634e487b7160e01b5f52603160045260245ffd5b3561179881611f2e565b906001600160801b03809116911601906001600160801b03821161232657565b906001600160801b03809116911603906001600160801b03821161232657565b906001600160801b03166001600160801b0319825416179055565b63ffffffff5f199116019063ffffffff821161232657565b90919392935f94613214838561479f565b805490939060581c6001600160a01b03166001600160a01b0381166134dc575061324082848388614d35565b613252855f52600960205260405f2090565b916132726107dc613268855464ffffffffff1690565b64ffffffffff1690565b804311156134b757409384156134615783549164ffffffffff603884901c1680613454575042955b6132b36132ad6125d061012088016122f0565b88612390565b8042106133e7575b505050506001600160a01b0388161590506133d457506133449291816132f361326864ffffffffff945464ffffffffff9060381c1690565b156133a6575b508254605888901b600160581b600160f81b03167fff0000000000000000000000000000000000000000ffffffffff0000000000ff90911617911660081b65ffffffffff0016179055565b6001600160a01b0383165f90815260066020526040902061337590610cc7613370825463ffffffff1690565b61230e565b6001600160a01b038316907f959c38c4d52418315d7ca9d15caf0b40d9e0d67b1b8f025b25504238ff918b345f80a3565b80546bffffffffff00000000000000191642841660381b6bffffffffff00000000000000161790555f6132f9565b929150506133e3939450614e1a565b5f90565b859b50916134436109b26101408c94612ff661343961341c6134116125d06134499e9b42906130e1565b9b60281c61ffff1690565b604080516020810195865290810199909952979182906060820190565b5190209501613186565b93614d8b565b955f808080806132bb565b64ffffffffff169561329a565b5050815464ffffffffff19164364ffffffffff1617909155509293509091506134879050565b6040514381527fa26283e7f70f5f607233148220ee68695e1e8c46f47b3de80809018bf87f356690602090a25f90565b866134c461085692612361565b6364be97e560e11b5f52600491909152602452604490565b63766b4d8760e11b5f5260048690526001600160a01b031660245260445ffd5b916020611798938181520191612a90565b9080602083519182815201916020808360051b8301019401925f915b83831061353857505050505090565b9091929394602080613556600193601f198682030187528951611511565b97019301930191939290613529565b92906135ae61359c9360405194859361358a602086019860808a5260a087019061350d565b858103601f190160408701529061350d565b838103601f190160608501529061350d565b91601f19828403016080830152602080825194858152019101925f5b8181106135ec5750506135e6925003601f198101835282611666565b51902090565b84518352602094850194869450909201916001016135ca565b6004549068010000000000000000821015611661576001820160045560045482101561311a5760045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b90910180546001600160a01b0319166001600160a01b03909216919091179055565b919081101561311a5760051b0190565b5f1981146123265760010190565b906136a56001600160801b03825116836131d0565b6020810151906001600160801b03835491604063ffffffff60e01b91015160e01b16926001600160601b0360801b9060801b16911617179055565b903590601e19813603018212156102c857018035906001600160401b0382116102c857602001918160051b360383136102c857565b905f5b8181106137255750505090565b9091926020806001928635613739816111bc565b848060a01b031681520194019101919091613718565b805191908290602001825e015f815290565b61378661378094936137806111d894604051978895602087019061374f565b9061374f565b03601f198101845283611666565b6139f4906137a1816122cb565b613871602083013591612ff6604085013560608601356137c3608088016122e6565b6137cf60a089016122e6565b906137dc60c08a016122e6565b926137e960e08b016122f0565b604080517f0ec9cfc832972610d9af9fc536562dc965bd7704486e54c04b9439909666a77d60208201526001600160a01b03909916908901526060880199909952608087019490945260a08601939093526001600160401b0392831660c0860152821660e08501521661010083015263ffffffff909316610120820152918290610140820190565b61387e61010083016122e6565b90613929610120840135926137866101408601356101608701356138a561018089016122f0565b6138b26101a08a016122f0565b6138bf6101c08b016122f0565b604080516001600160401b0390981660208901528701999099526060860193909352608085019190915263ffffffff90811660a085015290811660c084015290941660e08201526101e0850135610100820152610200850135610120820152928390610140820190565b6139ef613954612ff66139406102208701876136e0565b929060405192839160208301958691613715565b5190206139e161396e612ff66139406102408901896136e0565b5190209561397f61026082016122e6565b906102808101356139a06102c06139996102a085016122e6565b93016122e6565b92604051998a96602088019460a0946001600160401b03809581949a999560c08a019b8a5260208a0152166040880152606087015216608085015216910152565b03601f198101855284611666565b613761565b6020815191012090565b604290613a09614ed0565b906040519161190160f01b8352600283015260228201522090565b90613a3490613a3a9336916116bd565b90614fe6565b5060048193929310156110595715801590613a94575b8015613a83575b613a5f575050565b6308d20b2560e01b5f9081526001600160a01b039182166004529116602452604490fd5b506001600160a01b03811615613a57565b506001600160a01b038281169082161415613a50565b610240810190613aba82826136e0565b92905060038311613bc6576102a08201613ad6612577826122e6565b91613afa610260850193613af4613aef612577876122e6565b613069565b90612390565b935f5b868110613b64575b50505050508091504210613b4e5750335f908152600360205260409020600190613b2e906106bb565b1615613b3657565b632107413760e11b5f5233600452600160245260445ffd5b6321fe86ad60e11b5f523360045260245260445ffd5b80613b806109406114df613b7887876136e0565b339591613672565b14613b8d57600101613afd565b92613bbb9650613af4949550613bb592506125779150612577613baf916122e6565b946122e6565b9061307a565b805f80808080613b05565b638fdb3b8d60e01b5f5260045ffd5b90613bdf826122cb565b613beb610940836122cb565b6001600160a01b039091161461406357613c07602082016122e6565b6001600160401b03613c1e612577608086016122e6565b91161061403757613c31604082016122e6565b6001600160401b03613c4861257760a086016122e6565b91161061400b57613c5b606082016122e6565b6001600160401b03613c7261257760c086016122e6565b911610613fdc57613c85608082016122f0565b60e083019063ffffffff613c9b6125d0846122f0565b911610613fad57613cb063ffffffff916122f0565b16151580613f80575b613f4f5760e081013561012083013510613f2157613cda61014082016122f0565b63ffffffff613cef6125d061018086016122f0565b911611613eeb57613d0361016082016122f0565b63ffffffff613d186125d06101a086016122f0565b911610613eb657613d2c61018082016122f0565b63ffffffff613d416125d06101c086016122f0565b911611613e7f576101008101356101e083013511613e445761012081013561020083013511613e095760c08101613d7881836136e0565b9050613d8357505050565b5f926020013591835b613d9683836136e0565b9050811015613e005783613db482613dae86866136e0565b90613672565b3514613dc257600101613d8c565b505050505060015b15613dd157565b60405163bb654ba360e01b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b50505050613dca565b60405163bb654ba360e01b81526020600482015260126024820152711c995cdd5b1d1cc818dbdb1b185d195c985b60721b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260126024820152711d1a5b595bdd5d0818dbdb1b185d195c985b60721b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600e60248201526d6d6564696174652077696e646f7760901b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600c60248201526b6a756467652077696e646f7760a01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600d60248201526c7375626d69742077696e646f7760981b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526005602482015264707269636560d81b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526008602482015267677075207672616d60c01b6044820152606490fd5b50613f8d60a082016122e6565b6001600160401b03613fa561257761010086016122e6565b911610613cb9565b60405163bb654ba360e01b815260206004808301919091526024820152636770757360e01b6044820152606490fd5b60405163bb654ba360e01b815260206004808301919091526024820152636469736b60e01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526272616d60e81b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526263707560e81b6044820152606490fd5b60405163bb654ba360e01b81526020600482015260096024820152681cd95b198b5919585b60ba1b6044820152606490fd5b9061409f826116a6565b6140ac6040519182611666565b82815280926140bd601f19916116a6565b0190602036910137565b805182101561311a5760209160051b010190565b916140ea6102208401846136e0565b6140fb6101a08596939601856136e0565b959091601081118015614279575b61426a5761411a8197949397614095565b955f975f90610180830192610160870135925b85811061417a5750505050505050505090918015614149578252565b60405163bb654ba360e01b815260206004820152600860248201526736b2b234b0ba37b960c11b6044820152606490fd5b8a989b614195838a6141906114df868c8e613672565b615020565b8d83898b8415614243575b505050508015614225575b61421b576141d76141d36141c36114df858b8d613672565b876141cd8a6122f0565b91615104565b1590565b61421b57906142126001926142036141f36114df858c8e613672565b916141fd81613682565b9d6140c7565b6001600160a01b039091169052565b019a979a61412d565b9850600190614212565b5061423e6142376114df848a8c613672565b828c6150c5565b6141ab565b61426194506141d3939261425a926114df92613672565b9087615074565b8d83898b6141a0565b63b10fda5160e01b5f5260045ffd5b5060108711614109565b6001600160601b03811161429d576001600160601b031690565b630625040160e01b5f5260045ffd5b60018060a01b0381165f52600260205260405f20916001600160801b038354169181831061430457506111d892916142fa6142f46001600160801b03610a55941680936131b0565b846131d0565b825460801c613190565b632e2a182f60e11b5f526001600160a01b03166004526024526001600160801b031660445260645ffd5b91906001600160fb1b0381116102c85760051b809282370190565b6111d8906137866137809493604051958693602085019061374f565b6139f490614372816122cb565b61446a614381602084016122e6565b91612ff6614391604086016122e6565b61439d606087016122e6565b6143a9608088016122f0565b6143b560a089016122e6565b906143dd612ff66143c960c08c018c6136e0565b92906040519283916020830195869161432e565b5190209260e08a013594604051998a9860208a01946001600160401b0363ffffffff929a999895818096816101009b976101208c019f7f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8d5260018060a01b031660208d01521660408b01521660608901521660808701521660a08501521660c083015260e08201520152565b6145646101008301356137866101208501359461448a61014082016122f0565b9061449861016082016122f0565b6144a561018083016122f0565b6144b9612ff66139406101a08601866136e0565b5190206144c96101c085016122f0565b916101e0850135936144eb6102206144e461020089016122e6565b97016122e6565b966040519c8d9a60208c0198969492909a99979593916101408a019b8a5260208a015263ffffffff16604089015263ffffffff16606088015263ffffffff16608087015260a086015263ffffffff1660c085015260e08401526001600160401b03166101008301526001600160401b0316906101200152565b614349565b60045260449190600b81101561105957602452565b801515036102c857565b35906111d88261457e565b6111d8909291926101806146f9816101a08401966145b485612b85836111cd565b6145d36145c3602083016111cd565b6001600160a01b03166020870152565b6145f26145e2604083016111cd565b6001600160a01b03166040870152565b61461161460160608301611f3f565b6001600160601b03166060870152565b61463061462060808301611f3f565b6001600160601b03166080870152565b61464f61463f60a08301611f3f565b6001600160601b031660a0870152565b61466e61465e60c08301611f3f565b6001600160601b031660c0870152565b61468a61467d60e08301611f58565b63ffffffff1660e0870152565b6146a861469a6101008301611f58565b63ffffffff16610100870152565b6146c66146b86101208301611f58565b63ffffffff16610120870152565b6146e76146d66101408301611f3f565b6001600160601b0316610140870152565b61016081013561016086015201614588565b1515910152565b5f818152600860205260409020805490939290600260ff82166147228161104f565b0361475f575060405161473d81612ff6602082019485614593565b51902060018401540361474d5750565b63af0085e360e01b5f5260045260245ffd5b8261476d6108569260ff1690565b632b3263b360e01b5f5290614569565b5f818152600860205260409020805490939290600160ff82166147228161104f565b5f818152600860205260409020805490939290600460ff82166147228161104f565b9064ffffffffff63ffffffff91169216820180921161232657814211156147e6575050565b631cb08caf60e11b5f5260045260245260445ffd5b6111d890611d8160028261239d565b6111d890611d8160088261239d565b6111d890611d8160098261239d565b6111d890611d8160048261239d565b906001600160601b03809116911601906001600160601b03821161232657565b6111d8906001600160801b0361492860406060840193611de661488c6001600160601b03873561488681611f2e565b166130a1565b956148d86148b261489f60808601613186565b6148ac6101408701613186565b90614837565b6001600160601b036148c3866122cb565b9116906148d26108de87614c44565b90614b5d565b6148e4602084016122cb565b6001600160601b0387610d9460c08701946149226108de8d61491d6109b26149176109b26149118d613186565b9c613186565b95613186565b6130e1565b90613190565b911690614af4565b6111d8906001600160801b0361492860406060840193611de661271061498a6001600160601b03883561496281611f2e565b167f00000000000000000000000000000000000000000000000000000000000000009061307a565b04956148d86148b260808501613186565b356117988161457e565b916149b66141d3610180850161499b565b614a80576149cd6149c8610c6661236f565b612381565b805a10614a665750612eef5f807f2408d34acb7d6f4dad6457f2ca70bfb06726b96d079e038a75d21b69ec26537c93614a3e604051976114df89614a306020820195632e40e31760e01b87528b6024840160209093929193604081019481520152565b03601f1981018b528a611666565b965190828862030d40f160405190151581526001600160a01b03909416939081906020820190565b610856905a630c99e82d60e21b5f52600452602452604490565b505050565b60018060a01b03165f526002602052614ad2614ab26001600160801b0360405f209316835460801c6131b0565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b038154166001600160801b038111612326576111d8916131d0565b6001600160a01b03165f908152600260205260409020805460801c916001600160801b038311612326576001600160801b03610b6891614b4c6111d89585906001600160801b0382549181199060801b169116179055565b166001600160801b03835416613190565b6001600160801b036111d893610b689260018060a01b03165f526002602052614b4c614b938360405f209616865460801c6131b0565b85546001600160801b031660809190911b6001600160801b031916178555565b9064ffffffffff63ffffffff91169216820180921161232657814211614bd7575050565b631b29a41960e21b5f5260045260245260445ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f5114811615614c2e575b60409190915215611ce75750565b6001811516611d18573d15833b15151616614c20565b611798906001600160601b03610140614c7c6060840135614c6481611f2e565b83806080870135614c7481611f2e565b169116613190565b920135614c8881611f2e565b1690613190565b919091614c9c818461479f565b80549093909133605884901c6001600160a01b031614801590614d2d575b614d165791614cea614d06926111d89461012064ffffffffff8560081c1691013591614ce583611f4a565b614bb3565b60581c6001600160a01b03165f90815260066020526040902090565b610cc763ffffffff8254166131eb565b5063723bbd3560e01b5f526004523360245260445ffd5b503315614cba565b928015928315614d5c575b505050614d4a5750565b639817ca5760e01b5f5260045260245ffd5b610160929350614d7b612ff69160405192839160208301958691613715565b51902091013514155f8080614d40565b919390929483159586614e15578490065f5b858110614db05750505050505050505f90565b8082018083116123265788614e155786900661ffff6001821b8916161580614df0575b614de05750600101614d9d565b9650505050506122cb9350613672565b50614e108486614e01848b8b613672565b35614e0b816111bc565b615104565b614dd3565b61308d565b805465ffffffffffff19164260081b65ffffffffff001617600a179055614e9090614e63614e4782614c44565b6001600160801b03833591614e5b836111bc565b168091614b5d565b6001600160601b0360c0602083013592614e7c846111bc565b0135614e8781611f2e565b614e5b81611f2e565b7f16ad3f7680326ee68dbc3802036bbef80ebb3ad077d4e90c71da69070b9447375f80a2565b6001600160801b03811161429d576001600160801b031690565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480614fbd575b15614f2b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526135e660c082611666565b507f00000000000000000000000000000000000000000000000000000000000000004614614f02565b81519190604183036150165761500f9250602082015190606060408401519301515f1a906151a8565b9192909190565b50505f9160029190565b90359061502c826111bc565b6001600160a01b0390811691168114918215615055575b50811561504e575090565b9050331490565b90915035615062816111bc565b6001600160a01b03168114905f615043565b916001600160a01b0316905f5b81811061509057505050505f90565b8261509c828487613672565b356150a6816111bc565b6001600160a01b0316146150bc57600101615081565b50505050600190565b90916001600160a01b0316905f5b8381106150e257505050505f90565b826001600160a01b036150f583856140c7565b5116146150bc576001016150d3565b6001600160a01b03165f8181526003602052604090205491929160021615615163575f52600760205260405f2054916001600160601b038360801c161115918261514d57505090565b63ffffffff919250819060e01c92169116111590565b5050505f90565b60ff811690601f82116151995760405191615186604084611666565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161522a579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561521f575f516001600160a01b0381161561521557905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
// Solidity: function mediatorTerms(address ) view returns(uint128 bond, uint96 minFee, uint32 minWindow)
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
// Solidity: function mediatorTerms(address ) view returns(uint128 bond, uint96 minFee, uint32 minWindow)
func (market *Market) TryPackMediatorTerms(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("mediatorTerms", arg0)
}

// MediatorTermsOutput serves as a container for the return parameters of contract
// method MediatorTerms.
type MediatorTermsOutput struct {
	Bond      *big.Int
	MinFee    *big.Int
	MinWindow uint32
}

// UnpackMediatorTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefa4651f.
//
// Solidity: function mediatorTerms(address ) view returns(uint128 bond, uint96 minFee, uint32 minWindow)
func (market *Market) UnpackMediatorTerms(data []byte) (MediatorTermsOutput, error) {
	out, err := market.abi.Unpack("mediatorTerms", data)
	outstruct := new(MediatorTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bond = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MinFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MinWindow = *abi.ConvertType(out[2], new(uint32)).(*uint32)
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
// the contract method with ID 0xe86e8fda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerMediator(uint96 minFee, uint32 minWindow) returns()
func (market *Market) PackRegisterMediator(minFee *big.Int, minWindow uint32) []byte {
	enc, err := market.abi.Pack("registerMediator", minFee, minWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe86e8fda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerMediator(uint96 minFee, uint32 minWindow) returns()
func (market *Market) TryPackRegisterMediator(minFee *big.Int, minWindow uint32) ([]byte, error) {
	return market.abi.Pack("registerMediator", minFee, minWindow)
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
// Solidity: event MediatorRegistered(address indexed account, uint256 minFee, uint32 minWindow)
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
