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

// CowsayClientMetaData contains all meta data concerning the CowsayClient contract.
var CowsayClientMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"mediators_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"validFor_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"message\",\"type\":\"string\"}],\"name\":\"CowsayRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"CowsayResult\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"coophiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"messages\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"results\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"message\",\"type\":\"string\"}],\"name\":\"runCowsay\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validFor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CowsayClient",
	Bin: "0x610140806040523461029d57611501803803809161001d82856102d4565b833981019060a08183031261029d578051916001600160a01b0383169081840361029d5760208301516001600160401b03811161029d57830181601f8201121561029d578051906001600160401b03821161024f578160051b926040519261008860208601856102d4565b835260208301916020839582010191821161029d57602001915b8183106102b45750505060408401516060850151608090950151959093906001600160401b038716870361029d57608052604051637e062a3560e11b815290602090829060049082905afa9081156102a9575f91610263575b5060a0523360c05251906001600160401b03821161024f5768010000000000000000821161024f575f54825f55808310610225575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905b838110610208575050505060e052610100526101205260405161120990816102f88239608051818181610336015281816106e701528181610a8a01528181610cbb01528181610d2e0152610df2015260a05181818160c901528181610a1e0152610e4d015260c051818181610c760152610dc0015260e051818181610113015261042301526101005181818161014e015261044a0152610120518181816103a0015281816104ed01526110080152f35b82516001600160a01b031681830155602090920191600101610158565b5f8052828060205f20019103905f5b828110610242575050610130565b5f82820155600101610234565b634e487b7160e01b5f52604160045260245ffd5b90506020813d6020116102a1575b8161027e602093836102d4565b8101031261029d57516001600160a01b038116810361029d575f6100fb565b5f80fd5b3d9150610271565b6040513d5f823e3d90fd5b82516001600160a01b038116810361029d578152602092830192016100a2565b601f909101601f19168101906001600160401b0382119082101761024f5760405256fe60806040526004361015610011575f80fd5b5f5f3560e01c8063094d3a341461102c578063149120bc14610fe95780632bbd59ca14610f115780632e1a7d4d14610da95780632e40e31714610d145780634c6b25b114610cea57806380f5560514610ca55780638da5cb5b14610c60578063affed0e014610c42578063ca1d209d14610a06578063cabc00d114610171578063d8dfeb4514610136578063e38d6b5c146100fb5763fc0c546a146100b4575f80fd5b346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100f857806003193601126100f85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346100f857806003193601126100f85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346100f85760203660031901126100f8576001600160401b03600435116100f8573660236004350112156100f8576001600160401b0360043560040135116100f857366024600435600401356004350101116100f8576101d061111a565b6101d861111a565b9060409081516101e88382611047565b60078152664d65737361676560c81b602082015261020582611154565b5261020f81611154565b50815161022b600480350135601f01601f191660200182611047565b6004803590810135808352906024016020830137846020600435600401358301015261025684611154565b5261026083611154565b5061026961107c565b602081519101209061027a85611103565b9361028784519586611047565b858552601f1961029687611103565b01865b8181106109f3575050610307602095868651916102b68284611047565b8983525f3681378751632132b78b60e21b8152608060048201529384916102f56102e3608485018a611175565b84810360031901602486015288611175565b83810360031901604485015290611175565b818103600319016064830152835180825293830193908301908b5b8181106109da5750929350909150819003817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156109d05787916109a3575b50845161037b8782611047565b8781525f368137600154915f19831461098f57600183016001556001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016814216011161098f57865195866102208101106001600160401b036102208901111761097b576102208701885230875288870152888787015260608601526103e86080860152606460a0860152606460c08601528760e0860152876101008601527f00000000000000000000000000000000000000000000000000000000000000006101208601527f000000000000000000000000000000000000000000000000000000000000000061014086015285518081898b5492838152018b80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563928c5b8c82821061095c575050506104b992500382611047565b610160860152610180850152866101a08501526101c08401526001600160401b0342166101e08401526001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016814216011661020084015261052061107c565b9184519081868101106001600160401b03878401111761094857869794926106d0836106e293896106a19b9896018a528882528888830152878a519b8c988998636ad8e48f60e11b8a5260c060048b015260018060a01b0382511660c48b01528382015160e48b01528d8201516101048b015260608201516101248b01526001600160401b036080830151166101448b01526001600160401b0360a0830151166101648b01526001600160401b0360c0830151166101848b015263ffffffff60e0830151166101a48b01526001600160401b03610100830151166101c48b01526101208201516101e48b01526101408201516102048b01526001600160401b0361020061065e6106448d6102e46101608801519161022061022482015201906111cd565b8d6101808701519061024460c319828503019101526111cd565b6101a085015183166102648e01526101c08501516102848e01526101e085015183166102a48e0152930151166102c48b01528982036003190160248b01526110a7565b83516bffffffffffffffffffffffff191660448901529201516064870152858203600319016084870152611175565b8381036003190160a485015290611175565b0381847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af192831561093c578193610909575b5082815260028452828282209161073683546110cb565b601f81116108a4575b508092601f60043560040135116001146107fa577f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e9376832092938290600435600401356107ea575b506004356004013560011b905f196004356004013560031b1c19161790555b83519086825260043560040135878301526004356004013560246004350186840137600480350135828101860191909152601f01601f19168101819003840190a251908152f35b602491506004350101355f610784565b601f196004356004013516938183528783209083955b8981881061088357507f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e93768320959650600435600401351161085f575b5050600160043560040135811b0190556107a3565b60245f1960f86004356004013560031b161c19916004350101351690555f8061084a565b60246004358401013584559687019689965060019093019290910190610810565b6004356004013581111561073f5783825286822091925090600480350135601f810160051c91908811610901575b869392601f0160051c8290039101825b8281106108f057505061073f565b8082018490558794506001016108e2565b8391506108d2565b9092508381813d8311610935575b6109218183611047565b810103126109315751915f61071f565b5f80fd5b503d610917565b509051903d90823e3d90fd5b634e487b7160e01b88526041600452602488fd5b85546001600160a01b03168452600195860195879550930192016104a2565b634e487b7160e01b8a52604160045260248afd5b634e487b7160e01b89526011600452602489fd5b90508581813d83116109c9575b6109ba8183611047565b8101031261093157515f61036e565b503d6109b0565b85513d89823e3d90fd5b85518352948401948b9487945090920191600101610322565b6060602082890181019190915201610299565b50346100f85760203660031901126100f857600435907f0000000000000000000000000000000000000000000000000000000000000000916040516323b872dd60e01b835233600452306024528160445260208360648180885af1906001845114821615610c21575b6040528260605215610c035760405163095ea7b360e01b83527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048190526024839052919060208460448180895af1906001855114821615610bf4575b60405215610b35575b829350813b15610b3157829160248392604051948593849263b6b55f2560e01b845260048401525af18015610b2657610b155750f35b81610b1f91611047565b6100f85780f35b6040513d84823e3d90fd5b5050fd5b60405163095ea7b360e01b8452826004528360245260208460448180895af1906001855114821615610bdc575b60405215610b9f5760405163095ea7b360e01b8452826004528160245260208460448180895af1906001855114821615610bbb575b604052610adf575b635274afe760e01b83526001600160a01b038416600452602483fd5b906001811516610bd357853b15153d15161690610b97565b503d84823e3d90fd5b906001811516610bd357853b15153d15161690610b62565b90853b15153d15161690610ad6565b50635274afe760e01b81526001600160a01b03909116600452602490fd5b906001811516610c3957843b15153d15161690610a6f565b503d83823e3d90fd5b50346100f857806003193601126100f8576020600154604051908152f35b50346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100f85760203660031901126100f85760406020916004358152600383522054604051908152f35b50346100f85760403660031901126100f8576004356024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610d975760207f07254b5081df1c1f11b3ddf16afe94c1dea3bc1457fdea55e64fc0fab091c1499183855260038252806040862055604051908152a280f35b621ce2f360e71b835233600452602483fd5b5034610931576020366003190112610931576004357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633819003610efe577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b15610931575f8091602460405180948193632e1a7d4d60e01b83528860048401525af18015610ef357610ede575b507f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b855260045260245260208360448180865af1906001845114821615610ebe575b5015610ea3575080f35b635274afe760e01b82526001600160a01b0316600452602490fd5b6001821516610ed65750813b15153d1516165f610e99565b3d84823e3d90fd5b610eeb9193505f90611047565b5f915f610e4a565b6040513d5f823e3d90fd5b630543601560e11b5f523360045260245ffd5b34610931576020366003190112610931576004355f52600260205260405f20604051905f90805490610f42826110cb565b8085529160018116908115610fc25750600114610f82575b610f7e84610f6a81860382611047565b6040519182916020835260208301906110a7565b0390f35b5f90815260208120939250905b808210610fa857509091508101602001610f6a82610f5a565b919260018160209254838588010152019101909291610f8f565b60ff191660208087019190915292151560051b85019092019250610f6a9150839050610f5a565b34610931575f3660031901126109315760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610931575f36600319011261093157610f7e610f6a61107c565b90601f801991011681019081106001600160401b0382111761106857604052565b634e487b7160e01b5f52604160045260245ffd5b6040519061108b604083611047565b600d82526c636f777361793a76302e302e3160981b6020830152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90600182811c921680156110f9575b60208310146110e557565b634e487b7160e01b5f52602260045260245ffd5b91607f16916110da565b6001600160401b0381116110685760051b60200190565b6040805190919061112b8382611047565b6001815291601f1901825f5b82811061114357505050565b806060602080938501015201611137565b8051156111615760200190565b634e487b7160e01b5f52603260045260245ffd5b9080602083519182815201916020808360051b8301019401925f915b8383106111a057505050505090565b90919293946020806111be600193601f1986820301875289516110a7565b97019301930191939290611191565b90602080835192838152019201905f5b8181106111ea5750505090565b82516001600160a01b03168452602093840193909201916001016111dd56",
}

// CowsayClient is an auto generated Go binding around an Ethereum contract.
type CowsayClient struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CowsayClient) GetABI() abi.ABI {
	return c.abi
}

// NewCowsayClient creates a new instance of CowsayClient.
func NewCowsayClient() *CowsayClient {
	parsed, err := CowsayClientMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CowsayClient{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CowsayClient) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_, address[] mediators_, uint256 maxPrice_, uint256 collateral_, uint64 validFor_) returns()
func (cowsayClient *CowsayClient) PackConstructor(market_ common.Address, mediators_ []common.Address, maxPrice_ *big.Int, collateral_ *big.Int, validFor_ uint64) []byte {
	enc, err := cowsayClient.abi.Pack("", market_, mediators_, maxPrice_, collateral_, validFor_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMODULE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x094d3a34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE() view returns(string)
func (cowsayClient *CowsayClient) PackMODULE() []byte {
	enc, err := cowsayClient.abi.Pack("MODULE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODULE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x094d3a34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODULE() view returns(string)
func (cowsayClient *CowsayClient) TryPackMODULE() ([]byte, error) {
	return cowsayClient.abi.Pack("MODULE")
}

// UnpackMODULE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x094d3a34.
//
// Solidity: function MODULE() view returns(string)
func (cowsayClient *CowsayClient) UnpackMODULE(data []byte) (string, error) {
	out, err := cowsayClient.abi.Unpack("MODULE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(uint256)
func (cowsayClient *CowsayClient) PackCollateral() []byte {
	enc, err := cowsayClient.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(uint256)
func (cowsayClient *CowsayClient) TryPackCollateral() ([]byte, error) {
	return cowsayClient.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(uint256)
func (cowsayClient *CowsayClient) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := cowsayClient.abi.Unpack("collateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCoophiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e40e317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coophiveResult(bytes32 dealId, bytes32 resultHash) returns()
func (cowsayClient *CowsayClient) PackCoophiveResult(dealId [32]byte, resultHash [32]byte) []byte {
	enc, err := cowsayClient.abi.Pack("coophiveResult", dealId, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoophiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e40e317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coophiveResult(bytes32 dealId, bytes32 resultHash) returns()
func (cowsayClient *CowsayClient) TryPackCoophiveResult(dealId [32]byte, resultHash [32]byte) ([]byte, error) {
	return cowsayClient.abi.Pack("coophiveResult", dealId, resultHash)
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 amount) returns()
func (cowsayClient *CowsayClient) PackFund(amount *big.Int) []byte {
	enc, err := cowsayClient.abi.Pack("fund", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 amount) returns()
func (cowsayClient *CowsayClient) TryPackFund(amount *big.Int) ([]byte, error) {
	return cowsayClient.abi.Pack("fund", amount)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (cowsayClient *CowsayClient) PackMarket() []byte {
	enc, err := cowsayClient.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (cowsayClient *CowsayClient) TryPackMarket() ([]byte, error) {
	return cowsayClient.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (cowsayClient *CowsayClient) UnpackMarket(data []byte) (common.Address, error) {
	out, err := cowsayClient.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d6b5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPrice() view returns(uint256)
func (cowsayClient *CowsayClient) PackMaxPrice() []byte {
	enc, err := cowsayClient.abi.Pack("maxPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38d6b5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPrice() view returns(uint256)
func (cowsayClient *CowsayClient) TryPackMaxPrice() ([]byte, error) {
	return cowsayClient.abi.Pack("maxPrice")
}

// UnpackMaxPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe38d6b5c.
//
// Solidity: function maxPrice() view returns(uint256)
func (cowsayClient *CowsayClient) UnpackMaxPrice(data []byte) (*big.Int, error) {
	out, err := cowsayClient.abi.Unpack("maxPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bbd59ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messages(bytes32 ) view returns(string)
func (cowsayClient *CowsayClient) PackMessages(arg0 [32]byte) []byte {
	enc, err := cowsayClient.abi.Pack("messages", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessages is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bbd59ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messages(bytes32 ) view returns(string)
func (cowsayClient *CowsayClient) TryPackMessages(arg0 [32]byte) ([]byte, error) {
	return cowsayClient.abi.Pack("messages", arg0)
}

// UnpackMessages is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bbd59ca.
//
// Solidity: function messages(bytes32 ) view returns(string)
func (cowsayClient *CowsayClient) UnpackMessages(data []byte) (string, error) {
	out, err := cowsayClient.abi.Unpack("messages", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint256)
func (cowsayClient *CowsayClient) PackNonce() []byte {
	enc, err := cowsayClient.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint256)
func (cowsayClient *CowsayClient) TryPackNonce() ([]byte, error) {
	return cowsayClient.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint256)
func (cowsayClient *CowsayClient) UnpackNonce(data []byte) (*big.Int, error) {
	out, err := cowsayClient.abi.Unpack("nonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (cowsayClient *CowsayClient) PackOwner() []byte {
	enc, err := cowsayClient.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (cowsayClient *CowsayClient) TryPackOwner() ([]byte, error) {
	return cowsayClient.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (cowsayClient *CowsayClient) UnpackOwner(data []byte) (common.Address, error) {
	out, err := cowsayClient.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (cowsayClient *CowsayClient) PackResults(arg0 [32]byte) []byte {
	enc, err := cowsayClient.abi.Pack("results", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (cowsayClient *CowsayClient) TryPackResults(arg0 [32]byte) ([]byte, error) {
	return cowsayClient.abi.Pack("results", arg0)
}

// UnpackResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c6b25b1.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (cowsayClient *CowsayClient) UnpackResults(data []byte) ([32]byte, error) {
	out, err := cowsayClient.abi.Unpack("results", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRunCowsay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcabc00d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runCowsay(string message) returns(bytes32 jobId)
func (cowsayClient *CowsayClient) PackRunCowsay(message string) []byte {
	enc, err := cowsayClient.abi.Pack("runCowsay", message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunCowsay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcabc00d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runCowsay(string message) returns(bytes32 jobId)
func (cowsayClient *CowsayClient) TryPackRunCowsay(message string) ([]byte, error) {
	return cowsayClient.abi.Pack("runCowsay", message)
}

// UnpackRunCowsay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcabc00d1.
//
// Solidity: function runCowsay(string message) returns(bytes32 jobId)
func (cowsayClient *CowsayClient) UnpackRunCowsay(data []byte) ([32]byte, error) {
	out, err := cowsayClient.abi.Unpack("runCowsay", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (cowsayClient *CowsayClient) PackToken() []byte {
	enc, err := cowsayClient.abi.Pack("token")
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
func (cowsayClient *CowsayClient) TryPackToken() ([]byte, error) {
	return cowsayClient.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (cowsayClient *CowsayClient) UnpackToken(data []byte) (common.Address, error) {
	out, err := cowsayClient.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValidFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x149120bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validFor() view returns(uint64)
func (cowsayClient *CowsayClient) PackValidFor() []byte {
	enc, err := cowsayClient.abi.Pack("validFor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x149120bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validFor() view returns(uint64)
func (cowsayClient *CowsayClient) TryPackValidFor() ([]byte, error) {
	return cowsayClient.abi.Pack("validFor")
}

// UnpackValidFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x149120bc.
//
// Solidity: function validFor() view returns(uint64)
func (cowsayClient *CowsayClient) UnpackValidFor(data []byte) (uint64, error) {
	out, err := cowsayClient.abi.Unpack("validFor", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (cowsayClient *CowsayClient) PackWithdraw(amount *big.Int) []byte {
	enc, err := cowsayClient.abi.Pack("withdraw", amount)
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
func (cowsayClient *CowsayClient) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return cowsayClient.abi.Pack("withdraw", amount)
}

// CowsayClientCowsayRequested represents a CowsayRequested event raised by the CowsayClient contract.
type CowsayClientCowsayRequested struct {
	JobId   [32]byte
	Message string
	Raw     *types.Log // Blockchain specific contextual infos
}

const CowsayClientCowsayRequestedEventName = "CowsayRequested"

// ContractEventName returns the user-defined event name.
func (CowsayClientCowsayRequested) ContractEventName() string {
	return CowsayClientCowsayRequestedEventName
}

// UnpackCowsayRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CowsayRequested(bytes32 indexed jobId, string message)
func (cowsayClient *CowsayClient) UnpackCowsayRequestedEvent(log *types.Log) (*CowsayClientCowsayRequested, error) {
	event := "CowsayRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cowsayClient.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CowsayClientCowsayRequested)
	if len(log.Data) > 0 {
		if err := cowsayClient.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cowsayClient.abi.Events[event].Inputs {
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

// CowsayClientCowsayResult represents a CowsayResult event raised by the CowsayClient contract.
type CowsayClientCowsayResult struct {
	JobId      [32]byte
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const CowsayClientCowsayResultEventName = "CowsayResult"

// ContractEventName returns the user-defined event name.
func (CowsayClientCowsayResult) ContractEventName() string {
	return CowsayClientCowsayResultEventName
}

// UnpackCowsayResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CowsayResult(bytes32 indexed jobId, bytes32 resultHash)
func (cowsayClient *CowsayClient) UnpackCowsayResultEvent(log *types.Log) (*CowsayClientCowsayResult, error) {
	event := "CowsayResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cowsayClient.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CowsayClientCowsayResult)
	if len(log.Data) > 0 {
		if err := cowsayClient.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cowsayClient.abi.Events[event].Inputs {
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
func (cowsayClient *CowsayClient) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cowsayClient.abi.Errors["OnlyMarket"].ID.Bytes()[:4]) {
		return cowsayClient.UnpackOnlyMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], cowsayClient.abi.Errors["OnlyOwner"].ID.Bytes()[:4]) {
		return cowsayClient.UnpackOnlyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cowsayClient.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return cowsayClient.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CowsayClientOnlyMarket represents a OnlyMarket error raised by the CowsayClient contract.
type CowsayClientOnlyMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyMarket(address caller)
func CowsayClientOnlyMarketErrorID() common.Hash {
	return common.HexToHash("0x0e717980e5adaed8f7409a509e7a8a9f571c6232f9a46d05769cdbe54b07ae6c")
}

// UnpackOnlyMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyMarket(address caller)
func (cowsayClient *CowsayClient) UnpackOnlyMarketError(raw []byte) (*CowsayClientOnlyMarket, error) {
	out := new(CowsayClientOnlyMarket)
	if err := cowsayClient.abi.UnpackIntoInterface(out, "OnlyMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CowsayClientOnlyOwner represents a OnlyOwner error raised by the CowsayClient contract.
type CowsayClientOnlyOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOwner(address caller)
func CowsayClientOnlyOwnerErrorID() common.Hash {
	return common.HexToHash("0x0a86c02ac610fb23f42673818e2633fb2c60a86b7fe508c07305449f01b527ed")
}

// UnpackOnlyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOwner(address caller)
func (cowsayClient *CowsayClient) UnpackOnlyOwnerError(raw []byte) (*CowsayClientOnlyOwner, error) {
	out := new(CowsayClientOnlyOwner)
	if err := cowsayClient.abi.UnpackIntoInterface(out, "OnlyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CowsayClientSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CowsayClient contract.
type CowsayClientSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CowsayClientSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (cowsayClient *CowsayClient) UnpackSafeERC20FailedOperationError(raw []byte) (*CowsayClientSafeERC20FailedOperation, error) {
	out := new(CowsayClientSafeERC20FailedOperation)
	if err := cowsayClient.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
