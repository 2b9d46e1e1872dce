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
	Jc                  common.Address
	AgreedAt            uint64
	State               uint8
	Rp                  common.Address
	Price               *big.Int
	Solver              common.Address
	JcCollateral        *big.Int
	Mediator            common.Address
	RpTimeoutCollateral *big.Int
	RpResultsCollateral *big.Int
	SubmitWindow        uint32
	JudgeWindow         uint32
	MediateWindow       uint32
	StateAt             uint64
	MediatorsHash       [32]byte
	ResultHash          [32]byte
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

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"}],\"name\":\"CapacityExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"DealExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Incompatible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"opensAt\",\"type\":\"uint256\"}],\"name\":\"SolverNotInWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySolvers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offerId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"DealMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"ResultAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"JOB_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SOLVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOURCE_OFFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"acceptResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"agreedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumMarket.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"stateAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"hashJobOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashResourceOffer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"module\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"solvers\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"solverWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.JobOffer\",\"name\":\"job\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"jobSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"cpuMilli\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ramMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"diskMiB\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"gpus\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gpuVramMiB\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"modules\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"resultsCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"mediators\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"capacity\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.ResourceOffer\",\"name\":\"offer\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"offerSig\",\"type\":\"bytes\"}],\"name\":\"matchDeal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"offerUsed\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x6101808060405234610175576020816124df80380380916100208285610179565b83398101031261017557516001600160a01b038116810361017557604051610049604082610179565b60088152602081019067636f6f706869766560c01b82526040519161006f604084610179565b600183526020830191603160f81b8352610088816101b0565b61012052610095846101b0565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100fe60c082610179565b5190206080523060c052610160526040516122c3908161021c8239608051816119f2015260a05181611aaf015260c051816119bc015260e05181611a4101526101005181611a67015261012051816105b7015261014051816105e001526101605181818161025c0152818161090d0152610d420152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761019c57604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101db5760208151910151602082106101cc571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80630d7cb8f01461011457806315dce38f1461010f5780632b9cd4571461010a5780632e1a7d4d1461010557806351a6fad5146101005780635e5c06e2146100fb57806371fcbb91146100f657806384b0196e146100f15780638c417408146100ec578063a8d392b0146100e7578063b6b55f25146100e2578063d91e9241146100dd578063e7d539b1146100d8578063f698da25146100d3578063f9c84c70146100ce5763fc0c546a146100c9575f80fd5b610d2d565b610c7d565b610c36565b610bfc565b610a0a565b6108f7565b6108c7565b61069c565b61059f565b610541565b6104f6565b610439565b6101ef565b6101c2565b610185565b61012c565b90816102009103126101285790565b5f80fd5b34610128576020366003190112610128576004356001600160401b0381116101285761016e6101696101646020933690600401610119565b611528565b6116f8565b604051908152f35b90816102409103126101285790565b34610128576020366003190112610128576004356001600160401b0381116101285761016e6101696101bd6020933690600401610176565b611739565b34610128575f36600319011261012857602060405160038152f35b60209060031901126101285760043590565b34610128576101fd366101dd565b80156102da57335f90815260026020526040902080546001600160801b03168281106102b5579061023b610255926001600160801b03851690610d85565b6001600160801b03166001600160801b0319825416179055565b61028081337f0000000000000000000000000000000000000000000000000000000000000000611938565b60405190815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59080602081015b0390a2005b632e2a182f60e11b5f523360045260248390526001600160801b031660445260645b5ffd5b631f2a200560e01b5f5260045ffd5b634e487b7160e01b5f52602160045260245ffd5b6009111561030757565b6102e9565b9060098210156103075752565b81516001600160a01b03168152610200810192916101e09081906020818101516001600160401b0316908501526103586040820151604086019061030c565b6060818101516001600160a01b0316908501526080818101516001600160601b03169085015260a0818101516001600160a01b03169085015260c0818101516001600160601b03169085015260e0818101516001600160a01b031690850152610100818101516001600160601b031690850152610120818101516001600160601b0316908501526101408181015163ffffffff16908501526101608181015163ffffffff16908501526101808181015163ffffffff16908501526101a0818101516001600160401b0316908501526101c08101516101c08501520151910152565b34610128576020366003190112610128576104e16104d56104d06004355f6101e0610462610de4565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c082015201525f52600360205260405f2090565b610e02565b60405191829182610319565b0390f35b6001600160a01b0381160361012857565b3461012857602036600319011261012857600435610513816104e5565b60018060a01b03165f5260026020526040805f20548151906001600160801b038116825260801c6020820152f35b34610128575f3660031901126101285760206040517fd5606be92356ca535f296632685255de9db6352779ac89cf59b43542e97ec8768152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b34610128575f366003190112610128576106436105db7f00000000000000000000000000000000000000000000000000000000000000006121be565b6106047f00000000000000000000000000000000000000000000000000000000000000006121be565b60206040516106138282610dbe565b5f81528161065181830194601f198301368737604051978897600f60f81b895260e0858a015260e089019061057b565b90878203604089015261057b565b914660608701523060808701525f60a087015285830360c087015251918281520192915f5b82811061068557505050500390f35b835185528695509381019392810192600101610676565b34610128576020366003190112610128576004356106c2815f52600360205260405f2090565b805460e081901c60ff166106d5816102fd565b600281036108b357506106f8906001600160a01b03165b6001600160a01b031690565b330361089b57805460ff60e01b1916600360e01b178155610875906107959061023b906107ee906004810180546001600160c01b03164260c01b6001600160c01b0319161781559061080390805461023b906107ee9061079590610779906001600160a01b03165b6001600160a01b03165f90815260026020526040902090565b936107e76107c76107b860026107a1600186019e8f5460a01c90565b6001600160601b031690565b9401936107b2610795865460a01c90565b90610f9b565b875460801c610d85565b610d85565b86546001600160801b031660809190911b6001600160801b031916178655565b5460a01c90565b82546001600160801b0316610f9b565b610f9b565b6107b2610795610867610795610822610760895460018060a01b031690565b976107e761084761083d61079589546001600160601b031690565b8b5460801c610d85565b8a546001600160801b031660809190911b6001600160801b031916178a55565b92546001600160601b031690565b7ff80c29b4d1f59b63ed4b13c925c542127b00dbc78696254f570f30f9859249875f80a2005b63723bbd3560e01b5f5260048290523360245260445ffd5b632b3263b360e01b5f526102d79084610f86565b34610128576020366003190112610128576004355f526004602052602063ffffffff60405f205416604051908152f35b3461012857610905366101dd565b80156102da577f00000000000000000000000000000000000000000000000000000000000000006040516323b872dd60e01b5f5233600452306024528260445260205f60648180865af160015f51148116156109eb575b6040919091525f606052156109d0575061099c61097882611990565b335f90815260026020526040902061023b90916107fe83546001600160801b031690565b60405190815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49080602081016102b0565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516610a01573d15833b1515161661095c565b503d5f823e3d90fd5b3461012857604036600319011261012857600435602435610a33825f52600360205260405f2090565b805460e01c60ff16610a44816102fd565b600181036108b3575060018101546001600160a01b031633819003610be4576001600160a01b0381165f9081526002602052604090206004830191610a9361079584546001600160601b031690565b90610aa5610795600387015460a01c90565b90610ab784546001600160801b031690565b90610ac28383610f9b565b6001600160801b03808616911610610ba757508694610b667fc0f6ac21b3117c819c68486bc0bf317115e1185a96af4a283256cd6fa8cba3c39895610b46866107fe87610b3c610b2060069b6102b09f9b6107c290610b959c610f9b565b86546001600160801b0319166001600160801b03909116178655565b845460801c610d85565b81546001600160801b031660809190911b6001600160801b031916179055565b825460ff60e01b1916600160e11b17835580546001600160c01b03164260c01b6001600160c01b031916179055565b01556040519081529081906020820190565b83610bb5846102d794610f9b565b632e2a182f60e11b5f526001600160a01b039092166004526001600160801b0390811660245216604452606490565b63723bbd3560e01b5f5260048490523360245260445ffd5b34610128575f3660031901126101285760206040517f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8152f35b34610128575f36600319011261012857602061016e6119b9565b9181601f84011215610128578235916001600160401b038311610128576020838186019501011161012857565b34610128576080366003190112610128576004356001600160401b03811161012857610cad903690600401610119565b6024356001600160401b03811161012857610ccc903690600401610c50565b91906044356001600160401b03811161012857610ced903690600401610176565b91606435926001600160401b038411610128576104e194610d15610d1d953690600401610c50565b949093611047565b6040519081529081906020820190565b34610128575f366003190112610128576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b634e487b7160e01b5f52601160045260245ffd5b906001600160801b03809116911603906001600160801b038211610da557565b610d71565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b03821117610ddf57604052565b610daa565b60405190610df461020083610dbe565b565b60098210156103075752565b906006610e0d610de4565b83546001600160a01b0381168252909390610e4b90610e42906001600160401b0360a082901c16602088015260e01c60ff1690565b60408601610df6565b60018101546001600160a01b0381166060860152610e7e90610e6e905b60a01c90565b6001600160601b03166080860152565b60028101546001600160a01b03811660a0860152610eaf90610e9f90610e68565b6001600160601b031660c0860152565b60038101546001600160a01b03811660e0860152610ee190610ed090610e68565b6001600160601b0316610100860152565b610f5a610f496004830154610f10610eff826001600160601b031690565b6001600160601b0316610120890152565b63ffffffff606082901c1661014088015263ffffffff608082901c1661016088015263ffffffff60a082901c1661018088015260c01c90565b6001600160401b03166101a0860152565b60058101546101c085015201546101e0830152565b6001600160401b038111610ddf5760051b60200190565b60045260449190600981101561030757602452565b906001600160801b03809116911601906001600160801b038211610da557565b35610fc5816104e5565b90565b356001600160401b03811681036101285790565b3563ffffffff811681036101285790565b63ffffffff60019116019063ffffffff8211610da557565b903590601e198136030182121561012857018035906001600160401b03821161012857602001918160051b3603831361012857565b91908201809211610da557565b929361108c91969561107c61105e61016987611528565b9861106b61016989611739565b9561107588610fbb565b918b611adf565b61108586610fbb565b9184611adf565b6110ab6110a1865f52600360205260405f2090565b5460e01c60ff1690565b6110b4816102fd565b611498576101e082016110d56110c982610fc8565b6001600160401b031690565b421161146d575061022083016110ed6110c982610fc8565b421161146d57506110fd82611be4565b61111c611112825f52600460205260405f2090565b5463ffffffff1690565b61113561112c6101c08601610fdc565b63ffffffff1690565b63ffffffff82161015611459579061114d8692610fed565b61115f825f52600460205260405f2090565b90611179919063ffffffff1663ffffffff19825416179055565b6111838484611cdc565b611191610140840184611005565b61119f6101a0870187611005565b916111a993612019565b926111b381610fbb565b9360e086013594610120830135906111cb828861103a565b6111d49161210c565b6111dd87610fbb565b9061010088013591826111ef9161210c565b611201865f52600360205260405f2090565b9161120b85610fbb565b83546001600160a01b0319166001600160a01b03909116178355825467ffffffffffffffff60a01b19164260a081901b67ffffffffffffffff60a01b169190911784556001600160401b031691835460ff60e01b1916600160e01b1784556112728a610fbb565b6001850180546001600160a01b0319166001600160a01b0390921691909117815561129c8a6121a4565b81546001600160a01b031660a09190911b6001600160a01b0319161790556002840180546001600160a01b03191633178155906112d8906121a4565b81546001600160a01b031660a09190911b6001600160a01b0319161790556112ff906121a4565b6003830180546001600160a01b031660a09290921b6001600160a01b0319169190911790556113326101208901356121a4565b9060048301916113589083906001600160601b03166001600160601b0319825416179055565b6113656101408a01610fdc565b825463ffffffff60601b191660609190911b63ffffffff60601b161782556113906101608a01610fdc565b825463ffffffff60801b191660809190911b63ffffffff60801b161782556113bb6101808a01610fdc565b825463ffffffff60a01b191660a09190911b63ffffffff60a01b1617825581546001600160c01b031660c09190911b6001600160c01b0319161790556005015561140490610fbb565b9361140e90610fbb565b604080519283523360208401528201939093526001600160a01b0392831693909216917fe19827673e9abcb4a56e0c72e613bba16c2d81a0ba97255f94662ea7395e806190606090a4565b635c64646960e11b5f52600482905260245ffd5b6114796102d791610fc8565b6324730def60e21b5f526001600160401b031660045242602452604490565b63b3e2817b60e01b5f52600485905260245ffd5b905f5b8181106114bc5750505090565b90919260208060019286356114d0816104e5565b848060a01b0316815201940191019190916114af565b805191908290602001825e015f815290565b610df49061151a611514949360405195869360208501906114e6565b906114e6565b03601f198101845283610dbe565b6116ee9061153581610fbb565b6116046020830135916115f6604085013561155260608701610fc8565b61155e60808801610fc8565b61156a60a08901610fc8565b9161157760c08a01610fdc565b604080517fd5606be92356ca535f296632685255de9db6352779ac89cf59b43542e97ec87660208201526001600160a01b0390981690880152606087019890985260808601939093526001600160401b0392831660a0860152821660c08501521660e083015263ffffffff909316610100820152918290610120820190565b03601f198101835282610dbe565b6116e961161360e08401610fc8565b61151a610100850135946101208101359061164c6115f6611638610140840184611005565b9290604051928391602083019586916114ac565b5190206116636115f6611638610160850185611005565b5190206116736101808401610fc8565b906101a0840135926116956101e061168e6101c08801610fc8565b9601610fc8565b604080516001600160401b039a8b1660208201529081019c909c5260608c019690965260808b015260a08a0152851660c089015260e088015283166101008701529091166101208501528390610140820190565b6114f8565b6020815191012090565b6042906117036119b9565b906040519161190160f01b8352600283015260228201522090565b91906001600160fb1b0381116101285760051b809282370190565b6116ee9061174681610fbb565b61183e61175560208401610fc8565b916115f661176560408601610fc8565b61177160608701610fc8565b61177d60808801610fdc565b61178960a08901610fc8565b906117b16115f661179d60c08c018c611005565b92906040519283916020830195869161171e565b5190209260e08a013594604051998a9860208a01946001600160401b0363ffffffff929a999895818096816101009b976101208c019f7f8b091464296148b2d9338ddfe7a4e8583bd92749b0124ac3c1de0feb1b88467e8d5260018060a01b031660208d01521660408b01521660608901521660808701521660a08501521660c083015260e08201520152565b6116e961010083013561151a6101208501359461185e6101408201610fdc565b9061186c6101608201610fdc565b6118796101808301610fdc565b61188d6115f66116386101a0860186611005565b51902061189d6101c08501610fdc565b916101e0850135936118bf6102206118b86102008901610fc8565b9701610fc8565b966040519c8d9a60208c0198969492909a99979593916101408a019b8a5260208a015263ffffffff16604089015263ffffffff16606088015263ffffffff16608087015260a086015263ffffffff1660c085015260e08401526001600160401b03166101008301526001600160401b0316906101200152565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af160015f511481161561197a575b604091909152156109d05750565b6001811516610a01573d15833b1515161661196c565b6001600160801b0381116119aa576001600160801b031690565b630625040160e01b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480611aac575b15611a14577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611aa660c082610dbe565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146119eb565b6004111561030757565b9190916001600160401b038211610ddf5760405191611b08601f8201601f191660200184610dbe565b8083523681850111610128576020815f92611b2a9683870137840101526121fc565b50611b3781939293611ad5565b15801590611b81575b8015611b70575b611b4f575050565b6308d20b2560e01b5f526001600160a01b039081166004521660245260445ffd5b506001600160a01b03811615611b47565b506001600160a01b038281169082161415611b40565b9081600302916003830403610da557565b81810292918115918404141715610da557565b634e487b7160e01b5f52603260045260245ffd5b9190811015611bdf5760051b0190565b611bbb565b610160810190611bf48282611005565b92905060038311611ccd576101c08201611c106110c982610fc8565b91611c34610180850193611c2e611c296110c987610fc8565b611b97565b9061103a565b935f5b868110611c66575b50505050508091504210611c505750565b6321fe86ad60e11b5f523360045260245260445ffd5b80611c876106ec611c82611c7a8787611005565b339591611bcf565b610fbb565b14611c9457600101611c37565b92611cc29650611c2e949550611cbc92506110c991506110c9611cb691610fc8565b94610fc8565b90611ba8565b805f80808080611c3f565b638fdb3b8d60e01b5f5260045ffd5b90611ce960208201610fc8565b6001600160401b03611d006110c960608601610fc8565b911610611f6357611d1360408201610fc8565b6001600160401b03611d2a6110c960808601610fc8565b911610611f3757611d3d60608201610fc8565b6001600160401b03611d546110c960a08601610fc8565b911610611f0857611d6760808201610fdc565b60c083019063ffffffff611d7d61112c84610fdc565b911610611ed957611d9263ffffffff91610fdc565b16151580611ead575b611e7c5760e081013561010083013510611e4e5760c08101611dbd8183611005565b9050611dc857505050565b5f926020013591835b611ddb8383611005565b9050811015611e455783611df982611df38686611005565b90611bcf565b3514611e0757600101611dd1565b505050505060015b15611e1657565b60405163bb654ba360e01b81526020600482015260066024820152656d6f64756c6560d01b6044820152606490fd5b50505050611e0f565b60405163bb654ba360e01b8152602060048201526005602482015264707269636560d81b6044820152606490fd5b60405163bb654ba360e01b8152602060048201526008602482015267677075207672616d60c01b6044820152606490fd5b50611eba60a08201610fc8565b6001600160401b03611ed16110c960e08601610fc8565b911610611d9b565b60405163bb654ba360e01b815260206004808301919091526024820152636770757360e01b6044820152606490fd5b60405163bb654ba360e01b815260206004808301919091526024820152636469736b60e01b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526272616d60e81b6044820152606490fd5b60405163bb654ba360e01b815260206004820152600360248201526263707560e81b6044820152606490fd5b90611f9982610f6f565b611fa66040519182610dbe565b8281528092611fb7601f1991610f6f565b0190602036910137565b5f198114610da55760010190565b8051821015611bdf5760209160051b010190565b80516020909101905f5b818110611ffa5750505090565b82516001600160a01b0316845260209384019390920191600101611fed565b9192909261202684611f8f565b935f935f5b8281106120855750505050508015612054578152604051611aa6816115f6602082018095611fe3565b60405163bb654ba360e01b815260206004820152600860248201526736b2b234b0ba37b960c11b6044820152606490fd5b5f5b858110612098575b5060010161202b565b6120a6611c82838686611bcf565b6120b76106ec611c82848a8a611bcf565b6001600160a01b03909116146120cf57600101612087565b50806121066120e4611c826001948787611bcf565b6120f76120f08a611fc1565b998b611fcf565b6001600160a01b039091169052565b9061208f565b60018060a01b0381165f52600260205260405f20916001600160801b038354169181831061217a5750610df492916121706121546001600160801b03610b4694168093610d85565b84546001600160801b0319166001600160801b03909116178455565b825460801c610f9b565b632e2a182f60e11b5f526001600160a01b03166004526024526001600160801b031660445260645ffd5b6001600160601b0381116119aa576001600160601b031690565b60ff811690601f82116121ed57604051916121da604084610dbe565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b815191906041830361222c576122259250602082015190606060408401519301515f1a90612236565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116122b8579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156122ad575f516001600160a01b038116156122a357905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
// Solidity: constructor(address token_) returns()
func (market *Market) PackConstructor(token_ common.Address) []byte {
	enc, err := market.abi.Pack("", token_)
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

// PackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c417408.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptResult(bytes32 dealId) returns()
func (market *Market) PackAcceptResult(dealId [32]byte) []byte {
	enc, err := market.abi.Pack("acceptResult", dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c417408.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptResult(bytes32 dealId) returns()
func (market *Market) TryPackAcceptResult(dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("acceptResult", dealId)
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
// Solidity: function getDeal(bytes32 dealId) view returns((address,uint64,uint8,address,uint96,address,uint96,address,uint96,uint96,uint32,uint32,uint32,uint64,bytes32,bytes32))
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
// Solidity: function getDeal(bytes32 dealId) view returns((address,uint64,uint8,address,uint96,address,uint96,address,uint96,uint96,uint32,uint32,uint32,uint64,bytes32,bytes32))
func (market *Market) TryPackGetDeal(dealId [32]byte) ([]byte, error) {
	return market.abi.Pack("getDeal", dealId)
}

// UnpackGetDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51a6fad5.
//
// Solidity: function getDeal(bytes32 dealId) view returns((address,uint64,uint8,address,uint96,address,uint96,address,uint96,uint96,uint32,uint32,uint32,uint64,bytes32,bytes32))
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

// PackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91e9241.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult(bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) PackSubmitResult(dealId [32]byte, resultHash [32]byte) []byte {
	enc, err := market.abi.Pack("submitResult", dealId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91e9241.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult(bytes32 dealId, bytes32 resultHash) returns()
func (market *Market) TryPackSubmitResult(dealId [32]byte, resultHash [32]byte) ([]byte, error) {
	return market.abi.Pack("submitResult", dealId, resultHash)
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
	DealId  [32]byte
	Jc      common.Address
	Rp      common.Address
	OfferId [32]byte
	Solver  common.Address
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketDealMatchedEventName = "DealMatched"

// ContractEventName returns the user-defined event name.
func (MarketDealMatched) ContractEventName() string {
	return MarketDealMatchedEventName
}

// UnpackDealMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealMatched(bytes32 indexed dealId, address indexed jc, address indexed rp, bytes32 offerId, address solver, uint256 price)
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
	if bytes.Equal(raw[:4], market.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return market.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return market.UnpackBadSignatureError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["NotParty"].ID.Bytes()[:4]) {
		return market.UnpackNotPartyError(raw[4:])
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
	if bytes.Equal(raw[:4], market.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return market.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return market.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
