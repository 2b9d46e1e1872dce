// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package cowsay

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

// CowsayClientBounds is an auto generated low-level Go binding around an user-defined struct.
type CowsayClientBounds struct {
	MediationFee         *big.Int
	MaxSubmitWindow      uint32
	MinJudgeWindow       uint32
	MaxMediateWindow     uint32
	MinTimeoutCollateral *big.Int
	MinResultsCollateral *big.Int
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

// CowsayClientMetaData contains all meta data concerning the CowsayClient contract.
var CowsayClientMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"mediators_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"validFor_\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"}],\"internalType\":\"structCowsayClient.Bounds\",\"name\":\"bounds_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"message\",\"type\":\"string\"}],\"name\":\"CowsayRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"CowsayResult\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bounds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"mediationFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxSubmitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minJudgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxMediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"minTimeoutCollateral\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minResultsCollateral\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"jc\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rp\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"jcCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpTimeoutCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"rpResultsCollateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"submitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"judgeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mediateWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediationFee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"mediatorsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"coophiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"messages\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"results\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"message\",\"type\":\"string\"}],\"name\":\"runCowsay\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validFor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CowsayClient",
	Bin: "0x610140806040523461039957611b1b803803809161001d82856103d0565b8339810190808203906101608212610399578051916001600160a01b0383168084036103995760208301516001600160401b0381116103995783019185601f84011215610399578251926001600160401b03841161034b578360051b966040519461008b60208a01876103d0565b855260208501916020839982010191821161039957602001915b8183106103b05750505060408401516060850151608086015191929091906001600160401b03821682036103995760c090609f190112610399576040519160c083016001600160401b0381118482101761034b5760405260a0870151835261010f60c088016103f3565b936020840194855261012360e089016103f3565b96604085019788526004602061013c6101008c016103f3565b9860608801998a526101406101208d01519c60808a019d8e5201519c60a089019d8e5260805260405192838092637e062a3560e11b82525afa9081156103a5575f9161035f575b5060a0523360c05251996001600160401b038b1161034b57680100000000000000008b1161034b576004548b600455808c10610320575b5060045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b9b915b828210610303575050509063ffffffff9493929160e0526101005261012052515f5551166bffffffff000000000000000067ffffffff00000000600154945160201b16925160401b169260018060601b031916171717600155516002555160035560405161171690816104058239608051818181610164015281816104b90152818161091d01528181610cea01528181610eff01528181610fc40152818161108901526112c5015260a05181818160ea01528181610c7e01526110e5015260c051818181610130015281816102cc01528181610eba015281816110560152611295015260e05181818161021501526105d90152610100518181816102500152610600015261012051818181610554015281816106c901526113750152f35b80516001600160a01b03168d8301556001909101906020016101e5565b60045f528b8060205f20019103905f5b82811061033e5750506101ba565b5f82820155600101610330565b634e487b7160e01b5f52604160045260245ffd5b90506020813d60201161039d575b8161037a602093836103d0565b8101031261039957516001600160a01b0381168103610399575f610183565b5f80fd5b3d915061036d565b6040513d5f823e3d90fd5b82516001600160a01b0381168103610399578152602092830192016100a5565b601f909101601f19168101906001600160401b0382119082101761034b57604052565b519063ffffffff821682036103995756fe60806040526004361015610011575f80fd5b5f5f3560e01c8063094d3a3414611399578063149120bc1461135657806315eac3ee146112835780632bbd59ca146111a65780632e1a7d4d1461103f5780632e40e31714610faa5780634c6b25b114610f805780635843a5ad14610f2e57806380f5560514610ee95780638da5cb5b14610ea4578063affed0e014610e86578063ca1d209d14610c66578063cabc00d114610273578063d8dfeb4514610238578063e38d6b5c146101fd578063e3cbb9d61461011c5763fc0c546a146100d5575f80fd5b346101195780600319360112610119576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346101195761012b36611438565b9091907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036101ea57909182917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169190823b156101e5576101b892849283604051809681958294633c9f61d160e21b8452600484016114c8565b03925af180156101da576101c95750f35b816101d3916113b4565b6101195780f35b6040513d84823e3d90fd5b505050fd5b630543601560e11b825233600452602482fd5b503461011957806003193601126101195760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461011957806003193601126101195760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5034610119576020366003190112610119576001600160401b036004351161011957366023600435011215610119576001600160401b0360043560040135116101195736602460043560040135600435010111610119577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610c5357610302611627565b61030a611627565b604090815161031983826113b4565b60078152664d65737361676560c81b602082015261033684611661565b5261034083611661565b50815161035c600480350135601f01601f1916602001826113b4565b6004803590810135808352906024016020830137846020600435600401358301015261038782611661565b5261039181611661565b5081519260c084018481106001600160401b03821117610c3f5783528454845263ffffffff6001548181166020870152818160201c1685870152841c166060850152600254608085015260035460a08501526103eb6113e9565b60208151910120916103fc86611610565b94610409855196876113b4565b868652601f1961041888611610565b01875b818110610c2c57505061048a906020968787519161043982846113b4565b8a83525f3681378851632132b78b60e21b815260806004820152948591610478610466608485018b611682565b84810360031901602486015289611682565b83810360031901604485015290611682565b818103600319016064830152835180825293830193908301908c5b818110610c135750929350909150819003817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610c09578892610bda575b5080519063ffffffff6020820151169063ffffffff888201511663ffffffff6060830151169060a06080840151930151938a519561052f8d886113b4565b8d87525f368137600554975f198914610bc657600189016005556001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000168142160111610bc6578c519b8c6001600160401b036102e0828181011092011117610bb1578f908f8f8f906102e08201905230815201528d8d015260608c01526103e860808c0152606460a08c0152606460c08c01528d60e08c01528d6101008c01527f00000000000000000000000000000000000000000000000000000000000000006101208c01527f00000000000000000000000000000000000000000000000000000000000000006101408c01526101608b01526101808a01526101a08901526101c08801526101e08701526102008601528551808189600454928381520160048c527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b928c5b8c828210610b9257505050610695925003826113b4565b610220860152610240850152866102608501526102808401526001600160401b0342166102a08401526001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001681421601166102c08401526106fc6113e9565b9184519081868101106001600160401b038784011117610b7e57869794926109068361091893896108d79b9896018a528882528888830152878a519b8c988998630e61e5cb60e11b8a5260c060048b015260018060a01b0382511660c48b01528382015160e48b01528d8201516101048b015260608201516101248b01526001600160401b036080830151166101448b01526001600160401b0360a0830151166101648b01526001600160401b0360c0830151166101848b015263ffffffff60e0830151166101a48b01526001600160401b03610100830151166101c48b01526101208201516101e48b01526101408201516102048b01526101608201516102248b015263ffffffff610180830151166102448b015263ffffffff6101a0830151166102648b015263ffffffff6101c0830151166102848b01526101e08201516102a48b01526102008201516102c48b01526001600160401b036102c061089461087a8d6103a4610220880151916102e06102e482015201906116da565b8d6102408701519061030460c319828503019101526116da565b61026085015183166103248e01526102808501516103448e01526102a085015183166103648e0152930151166103848b01528982036003190160248b0152611414565b83516bffffffffffffffffffffffff191660448901529201516064870152858203600319016084870152611682565b8381036003190160a485015290611682565b0381847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1928315610b72578193610b3f575b5082815260068452828282209161096c8354611457565b601f8111610ada575b508092601f6004356004013511600114610a30577f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e937683209293829060043560040135610a20575b506004356004013560011b905f196004356004013560031b1c19161790555b83519086825260043560040135878301526004356004013560246004350186840137600480350135828101860191909152601f01601f19168101819003840190a251908152f35b602491506004350101355f6109ba565b601f196004356004013516938183528783209083955b89818810610ab957507f4ab96e7bc1e300800dd84fd29ed00b9b689d077844f2b50cfda98f9e937683209596506004356004013511610a95575b5050600160043560040135811b0190556109d9565b60245f1960f86004356004013560031b161c19916004350101351690555f80610a80565b60246004358401013584559687019689965060019093019290910190610a46565b600435600401358111156109755783825286822091925090600480350135601f810160051c91908811610b37575b869392601f0160051c8290039101825b828110610b26575050610975565b808201849055879450600101610b18565b839150610b08565b9092508381813d8311610b6b575b610b5781836113b4565b81010312610b675751915f610955565b5f80fd5b503d610b4d565b509051903d90823e3d90fd5b634e487b7160e01b88526041600452602488fd5b85546001600160a01b031684526001958601958795509301920161067e565b50634e487b7160e01b8f52604160045260248ffd5b634e487b7160e01b8f52601160045260248ffd5b9091508681813d8311610c02575b610bf281836113b4565b81010312610b675751905f6104f1565b503d610be8565b86513d8a823e3d90fd5b85518352948401948c94889450909201916001016104a5565b60606020828a018101919091520161041b565b634e487b7160e01b86526041600452602486fd5b630543601560e11b815233600452602490fd5b503461011957602036600319011261011957600435907f0000000000000000000000000000000000000000000000000000000000000000916040516323b872dd60e01b835233600452306024528160445260208360648180885af1906001845114821615610e65575b6040528260605215610e475760405163095ea7b360e01b83527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048190526024839052919060208460448180895af1906001855114821615610e38575b60405215610d79575b829350813b15610d7557829160248392604051948593849263b6b55f2560e01b845260048401525af180156101da576101c95750f35b5050fd5b60405163095ea7b360e01b8452826004528360245260208460448180895af1906001855114821615610e20575b60405215610de35760405163095ea7b360e01b8452826004528160245260208460448180895af1906001855114821615610dff575b604052610d3f575b635274afe760e01b83526001600160a01b038416600452602483fd5b906001811516610e1757853b15153d15161690610ddb565b503d84823e3d90fd5b906001811516610e1757853b15153d15161690610da6565b90853b15153d15161690610d36565b50635274afe760e01b81526001600160a01b03909116600452602490fd5b906001811516610e7d57843b15153d15161690610ccf565b503d83823e3d90fd5b50346101195780600319360112610119576020600554604051908152f35b50346101195780600319360112610119576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346101195780600319360112610119576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461011957806003193601126101195760c0905460015460025463ffffffff600354926040519485528181166020860152818160201c16604086015260401c166060840152608083015260a0820152f35b50346101195760203660031901126101195760406020916004358152600783522054604051908152f35b5034610119576040366003190112610119576004356024357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361102d5760207f07254b5081df1c1f11b3ddf16afe94c1dea3bc1457fdea55e64fc0fab091c1499183855260078252806040862055604051908152a280f35b621ce2f360e71b835233600452602483fd5b5034610119576020366003190112610119576004357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163381900361119357827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561118f57818091602460405180948193632e1a7d4d60e01b83528960048401525af180156101da57611176575b50507f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b855260045260245260208360448180865af1906001845114821615611156575b501561113b575080f35b635274afe760e01b82526001600160a01b0316600452602490fd5b600182151661116e5750813b15153d1516165f611131565b3d84823e3d90fd5b81611180916113b4565b61118b57825f6110e1565b8280fd5b5080fd5b630543601560e11b835233600452602483fd5b50346101195760203660031901126101195760043581526006602052604081209060405191818154916111d883611457565b80865292600181169081156112595750600114611218575b61121485611200818703826113b4565b604051918291602083526020830190611414565b0390f35b815260208120939250905b80821061123f57509091508101602001611200826112146111f0565b919260018160209254838588010152019101909291611223565b8695506112149693506020925061120094915060ff191682840152151560051b82010192936111f0565b5034610b675761129236611438565b907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303611343577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15610b6757611318925f928360405180968195829463767c44e960e01b8452600484016114c8565b03925af180156113385761132a575080f35b61133691505f906113b4565b005b6040513d5f823e3d90fd5b630543601560e11b5f523360045260245ffd5b34610b67575f366003190112610b675760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610b67575f366003190112610b67576112146112006113e9565b90601f801991011681019081106001600160401b038211176113d557604052565b634e487b7160e01b5f52604160045260245ffd5b604051906113f86040836113b4565b600d82526c636f777361793a76302e302e3160981b6020830152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600319016101c08112610b67576101a013610b67576004906101a43590565b90600182811c92168015611485575b602083101461147157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611466565b35906001600160a01b0382168203610b6757565b35906001600160601b0382168203610b6757565b359063ffffffff82168203610b6757565b6101c08101939291610180906001600160a01b036114e58261148f565b1683526001600160a01b036114fc6020830161148f565b1660208401526001600160a01b036115166040830161148f565b1660408401526001600160601b03611530606083016114a3565b1660608401526001600160601b0361154a608083016114a3565b1660808401526001600160601b0361156460a083016114a3565b1660a08401526001600160601b0361157e60c083016114a3565b1660c084015263ffffffff61159560e083016114b7565b1660e084015263ffffffff6115ad61010083016114b7565b1661010084015263ffffffff6115c661012083016114b7565b166101208401526001600160601b036115e261014083016114a3565b16610140840152610160810135610160840152013590811515809203610b67576101a0916101808201520152565b6001600160401b0381116113d55760051b60200190565b6040805190919061163883826113b4565b6001815291601f1901825f5b82811061165057505050565b806060602080938501015201611644565b80511561166e5760200190565b634e487b7160e01b5f52603260045260245ffd5b9080602083519182815201916020808360051b8301019401925f915b8383106116ad57505050505090565b90919293946020806116cb600193601f198682030187528951611414565b9701930193019193929061169e565b90602080835192838152019201905f5b8181106116f75750505090565b82516001600160a01b03168452602093840193909201916001016116ea56",
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
// Solidity: constructor(address market_, address[] mediators_, uint256 maxPrice_, uint256 collateral_, uint64 validFor_, (uint256,uint32,uint32,uint32,uint256,uint256) bounds_) returns()
func (cowsayClient *CowsayClient) PackConstructor(market_ common.Address, mediators_ []common.Address, maxPrice_ *big.Int, collateral_ *big.Int, validFor_ uint64, bounds_ CowsayClientBounds) []byte {
	enc, err := cowsayClient.abi.Pack("", market_, mediators_, maxPrice_, collateral_, validFor_, bounds_)
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

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15eac3ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (cowsayClient *CowsayClient) PackAccept(t MarketTerms, dealId [32]byte) []byte {
	enc, err := cowsayClient.abi.Pack("accept", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15eac3ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (cowsayClient *CowsayClient) TryPackAccept(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return cowsayClient.abi.Pack("accept", t, dealId)
}

// PackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5843a5ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounds() view returns(uint256 mediationFee, uint32 maxSubmitWindow, uint32 minJudgeWindow, uint32 maxMediateWindow, uint256 minTimeoutCollateral, uint256 minResultsCollateral)
func (cowsayClient *CowsayClient) PackBounds() []byte {
	enc, err := cowsayClient.abi.Pack("bounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5843a5ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bounds() view returns(uint256 mediationFee, uint32 maxSubmitWindow, uint32 minJudgeWindow, uint32 maxMediateWindow, uint256 minTimeoutCollateral, uint256 minResultsCollateral)
func (cowsayClient *CowsayClient) TryPackBounds() ([]byte, error) {
	return cowsayClient.abi.Pack("bounds")
}

// BoundsOutput serves as a container for the return parameters of contract
// method Bounds.
type BoundsOutput struct {
	MediationFee         *big.Int
	MaxSubmitWindow      uint32
	MinJudgeWindow       uint32
	MaxMediateWindow     uint32
	MinTimeoutCollateral *big.Int
	MinResultsCollateral *big.Int
}

// UnpackBounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5843a5ad.
//
// Solidity: function bounds() view returns(uint256 mediationFee, uint32 maxSubmitWindow, uint32 minJudgeWindow, uint32 maxMediateWindow, uint256 minTimeoutCollateral, uint256 minResultsCollateral)
func (cowsayClient *CowsayClient) UnpackBounds(data []byte) (BoundsOutput, error) {
	out, err := cowsayClient.abi.Unpack("bounds", data)
	outstruct := new(BoundsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MediationFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.MaxSubmitWindow = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.MinJudgeWindow = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.MaxMediateWindow = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.MinTimeoutCollateral = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.MinResultsCollateral = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3cbb9d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (cowsayClient *CowsayClient) PackChallenge(t MarketTerms, dealId [32]byte) []byte {
	enc, err := cowsayClient.abi.Pack("challenge", t, dealId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3cbb9d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((address,address,address,uint96,uint96,uint96,uint96,uint32,uint32,uint32,uint96,bytes32,bool) t, bytes32 dealId) returns()
func (cowsayClient *CowsayClient) TryPackChallenge(t MarketTerms, dealId [32]byte) ([]byte, error) {
	return cowsayClient.abi.Pack("challenge", t, dealId)
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
