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
	Bin: "0x610140806040523461029d576114a3803803809161001d82856102d4565b833981019060a08183031261029d578051916001600160a01b0383169081840361029d5760208301516001600160401b03811161029d57830181601f8201121561029d578051906001600160401b03821161024f578160051b926040519261008860208601856102d4565b835260208301916020839582010191821161029d57602001915b8183106102b45750505060408401516060850151608090950151959093906001600160401b038716870361029d57608052604051637e062a3560e11b815290602090829060049082905afa9081156102a9575f91610263575b5060a0523360c05251906001600160401b03821161024f5768010000000000000000821161024f575f54825f55808310610225575b505f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563905b838110610208575050505060e05261010052610120526040516111ab90816102f882396080518181816103370152818161069f01528181610a2c01528181610c5d01528181610cd00152610d94015260a05181818160c9015281816109c00152610def015260c051818181610c180152610d62015260e051818181610113015261042401526101005181818161014e015261044b0152610120518181816103a1015281816104fb0152610faa0152f35b82516001600160a01b031681830155602090920191600101610158565b5f8052828060205f20019103905f5b828110610242575050610130565b5f82820155600101610234565b634e487b7160e01b5f52604160045260245ffd5b90506020813d6020116102a1575b8161027e602093836102d4565b8101031261029d57516001600160a01b038116810361029d575f6100fb565b5f80fd5b3d9150610271565b6040513d5f823e3d90fd5b82516001600160a01b038116810361029d578152602092830192016100a2565b601f909101601f19168101906001600160401b0382119082101761024f5760405256fe60806040526004361015610011575f80fd5b5f5f3560e01c8063094d3a3414610fce578063149120bc14610f8b5780632bbd59ca14610eb35780632e1a7d4d14610d4b5780632e40e31714610cb65780634c6b25b114610c8c57806380f5560514610c475780638da5cb5b14610c02578063affed0e014610be4578063ca1d209d146109a8578063cabc00d114610171578063d8dfeb4514610136578063e38d6b5c146100fb5763fc0c546a146100b4575f80fd5b346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100f857806003193601126100f85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346100f857806003193601126100f85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346100f85760203660031901126100f8576001600160401b03600435116100f8573660236004350112156100f8576001600160401b0360043560040135116100f857366024600435600401356004350101116100f8576101d06110bc565b906101d96110bc565b9060409081516101e98382610fe9565b60078152664d65737361676560c81b6020820152610206856110f6565b52610210846110f6565b50815161022c600480350135601f01601f191660200182610fe9565b60048035908101358083529060240160208301378160206004356004013583010152610257846110f6565b52610261836110f6565b5061026a61101e565b602081519101209361027b826110a5565b9361028884519586610fe9565b828552601f19610297846110a5565b01835b818110610995575050610308602095868651916102b78284610fe9565b8683525f3681378751632132b78b60e21b8152608060048201529384916102f66102e4608485018a611117565b84810360031901602486015288611117565b83810360031901604485015290611117565b81810360031901606483015283518082529383019390830190885b81811061097c5750929350909150819003817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610972578491610945575b50845161037c8782610fe9565b8481525f368137600154915f19831461093157600183016001556001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016814216011161093157865198896102208101106001600160401b036102208c01111761091d576102208a018852308a52888a015285878a015260608901526103e86080890152606460a0890152606460c08901528460e0890152846101008901527f00000000000000000000000000000000000000000000000000000000000000006101208901527f00000000000000000000000000000000000000000000000000000000000000006101408901528551808887549182815201908780527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390885b818110610900575050509261069a92826104c78b9c97946106769c99970382610fe9565b610160870152610180860152866101a08601526101c08501526001600160401b0342166101e08501526001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016814216011661020085015261068861053161101e565b938851998a96879663fefcf95760e01b88526080600489015260018060a01b0382511660848901528982015160a48901528b82015160c4890152606082015160e48901526001600160401b036080830151166101048901526001600160401b0360a0830151166101248901526001600160401b0360c08301511661014489015263ffffffff60e0830151166101648901526001600160401b03610100830151166101848901526101208201516101a48901526101408201516101c48901526001600160401b0361020061063361061b8b6102206101e46101608901519201526102a48d019061116f565b6101808601518c8203608319016102048e015261116f565b6101a085015183166102248c01526101c08501516102448c01526101e085015183166102648c015293015116610284890152878203600319016024890152611049565b85810360031901604487015290611117565b83810360031901606485015290611117565b0381847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19283156108f45781936108c1575b508281526002845282828220916106ee835461106d565b601f811161085c575b508092601f60043560040135116001146107b2577f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e9376832092938290600435600401356107a2575b506004356004013560011b905f196004356004013560031b1c19161790555b83519086825260043560040135878301526004356004013560246004350186840137600480350135828101860191909152601f01601f19168101819003840190a251908152f35b602491506004350101355f61073c565b601f196004356004013516938183528783209083955b8981881061083b57507f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e937683209596506004356004013511610817575b5050600160043560040135811b01905561075b565b60245f1960f86004356004013560031b161c19916004350101351690555f80610802565b602460043584010135845596870196899650600190930192909101906107c8565b600435600401358111156106f75783825286822091925090600480350135601f810160051c919088116108b9575b869392601f0160051c8290039101825b8281106108a85750506106f7565b80820184905587945060010161089a565b83915061088a565b9092508381813d83116108ed575b6108d98183610fe9565b810103126108e95751915f6106d7565b5f80fd5b503d6108cf565b509051903d90823e3d90fd5b82546001600160a01b03168452928b0192600192830192016104a3565b634e487b7160e01b87526041600452602487fd5b634e487b7160e01b86526011600452602486fd5b90508581813d831161096b575b61095c8183610fe9565b810103126108e957515f61036f565b503d610952565b85513d86823e3d90fd5b85518352948401948b9487945090920191600101610323565b606060208289018101919091520161029a565b50346100f85760203660031901126100f857600435907f0000000000000000000000000000000000000000000000000000000000000000916040516323b872dd60e01b835233600452306024528160445260208360648180885af1906001845114821615610bc3575b6040528260605215610ba55760405163095ea7b360e01b83527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048190526024839052919060208460448180895af1906001855114821615610b96575b60405215610ad7575b829350813b15610ad357829160248392604051948593849263b6b55f2560e01b845260048401525af18015610ac857610ab75750f35b81610ac191610fe9565b6100f85780f35b6040513d84823e3d90fd5b5050fd5b60405163095ea7b360e01b8452826004528360245260208460448180895af1906001855114821615610b7e575b60405215610b415760405163095ea7b360e01b8452826004528160245260208460448180895af1906001855114821615610b5d575b604052610a81575b635274afe760e01b83526001600160a01b038416600452602483fd5b906001811516610b7557853b15153d15161690610b39565b503d84823e3d90fd5b906001811516610b7557853b15153d15161690610b04565b90853b15153d15161690610a78565b50635274afe760e01b81526001600160a01b03909116600452602490fd5b906001811516610bdb57843b15153d15161690610a11565b503d83823e3d90fd5b50346100f857806003193601126100f8576020600154604051908152f35b50346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100f857806003193601126100f8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100f85760203660031901126100f85760406020916004358152600383522054604051908152f35b50346100f85760403660031901126100f8576004356024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610d395760207f07254b5081df1c1f11b3ddf16afe94c1dea3bc1457fdea55e64fc0fab091c1499183855260038252806040862055604051908152a280f35b621ce2f360e71b835233600452602483fd5b50346108e95760203660031901126108e9576004357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633819003610ea0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156108e9575f8091602460405180948193632e1a7d4d60e01b83528860048401525af18015610e9557610e80575b507f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b855260045260245260208360448180865af1906001845114821615610e60575b5015610e45575080f35b635274afe760e01b82526001600160a01b0316600452602490fd5b6001821516610e785750813b15153d1516165f610e3b565b3d84823e3d90fd5b610e8d9193505f90610fe9565b5f915f610dec565b6040513d5f823e3d90fd5b630543601560e11b5f523360045260245ffd5b346108e95760203660031901126108e9576004355f52600260205260405f20604051905f90805490610ee48261106d565b8085529160018116908115610f645750600114610f24575b610f2084610f0c81860382610fe9565b604051918291602083526020830190611049565b0390f35b5f90815260208120939250905b808210610f4a57509091508101602001610f0c82610efc565b919260018160209254838588010152019101909291610f31565b60ff191660208087019190915292151560051b85019092019250610f0c9150839050610efc565b346108e9575f3660031901126108e95760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346108e9575f3660031901126108e957610f20610f0c61101e565b90601f801991011681019081106001600160401b0382111761100a57604052565b634e487b7160e01b5f52604160045260245ffd5b6040519061102d604083610fe9565b600d82526c636f777361793a76302e302e3160981b6020830152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90600182811c9216801561109b575b602083101461108757565b634e487b7160e01b5f52602260045260245ffd5b91607f169161107c565b6001600160401b03811161100a5760051b60200190565b604080519091906110cd8382610fe9565b6001815291601f1901825f5b8281106110e557505050565b8060606020809385010152016110d9565b8051156111035760200190565b634e487b7160e01b5f52603260045260245ffd5b9080602083519182815201916020808360051b8301019401925f915b83831061114257505050505090565b9091929394602080611160600193601f198682030187528951611049565b97019301930191939290611133565b90602080835192838152019201905f5b81811061118c5750505090565b82516001600160a01b031684526020938401939092019160010161117f56",
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
