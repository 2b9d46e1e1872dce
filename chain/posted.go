package chain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/chain/bindings/cowsay"
	"github.com/coophive/coophive/contracts"
	"github.com/coophive/coophive/matching"
)

// ErrNotPosted is returned for a job id no one posted on-chain.
var ErrNotPosted = errors.New("job not posted on-chain")

// PostJob posts a job offer on-chain as its creator (the caller), for creators that cannot
// sign: contracts do it from Solidity (see CowsayClient), this is the same call from Go. pin
// is a git module's pin (nil for a built-in module); posted jobs carry no input files.
func (m *Market) PostJob(ctx context.Context, job matching.JobOffer, module string, pin *matching.ModulePin, inputs map[string]string) (common.Hash, error) {
	job.Creator = m.from
	if err := (matching.JobContent{Module: module, Pin: pin, Inputs: inputs}).Bind(&job); err != nil {
		return common.Hash{}, err
	}
	arg, err := pinArg(pin)
	if err != nil {
		return common.Hash{}, err
	}
	keys, values := matching.SortedInputs(inputs)
	r, err := m.send(ctx, m.mktInst, m.mkt.PackPostJob(JobOfferArg(&job), module, arg, keys, values))
	if err != nil {
		return common.Hash{}, fmt.Errorf("postJob: %w", err)
	}
	return postedID(m.mkt, r)
}

// pinArg is a pin as the Market takes it (zero for none).
func pinArg(p *matching.ModulePin) (bindings.MarketModulePin, error) {
	if p == nil {
		return bindings.MarketModulePin{}, nil
	}
	c, err := hex.DecodeString(p.Commit)
	if err != nil || len(c) != 20 {
		return bindings.MarketModulePin{}, fmt.Errorf("%w: commit %q", matching.ErrMalformed, p.Commit)
	}
	var out bindings.MarketModulePin
	copy(out.Commit[:], c)
	out.Template = p.Template
	return out, nil
}

// postedID is the job id of the JobPosted event in r.
func postedID(mkt *bindings.Market, r *types.Receipt) (common.Hash, error) {
	for _, l := range r.Logs {
		if e, err := mkt.UnpackJobPostedEvent(l); err == nil {
			return e.JobId, nil
		}
	}
	return common.Hash{}, fmt.Errorf("tx %s posted no job", r.TxHash.Hex())
}

// PostedJob reads a job a contract posted on-chain, as a SignedJob without a signature
// (matchDeal takes an empty signature for posted jobs). ErrNotPosted when there is none.
func (m *Market) PostedJob(ctx context.Context, id common.Hash) (*matching.SignedJob, error) {
	block, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackPostedAt(id), m.mkt.UnpackPostedAt)
	if err != nil {
		return nil, fmt.Errorf("read posted job %s: %w", id.Hex(), err)
	}
	if block == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNotPosted, id.Hex())
	}
	l, err := m.eventAt(ctx, "JobPosted", id, block)
	if err != nil {
		return nil, fmt.Errorf("read posted job %s: %w", id.Hex(), err)
	}
	return decodePosted(m.mkt, l)
}

// decodePosted turns a JobPosted log into the job it posted, checked against its bindings.
func decodePosted(mkt *bindings.Market, l *types.Log) (*matching.SignedJob, error) {
	e, err := mkt.UnpackJobPostedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("decode JobPosted: %w", err)
	}
	if len(e.InputKeys) != len(e.InputValues) {
		return nil, fmt.Errorf("posted job %x: %d input keys, %d values", e.JobId, len(e.InputKeys), len(e.InputValues))
	}
	inputs := make(map[string]string, len(e.InputKeys))
	for i, k := range e.InputKeys {
		inputs[k] = e.InputValues[i]
	}
	job := &matching.SignedJob{Offer: jobOfferFrom(e.Job), ModuleName: e.Module, Inputs: inputs}
	if e.Pin.Commit != ([20]byte{}) {
		job.Pin = &matching.ModulePin{Commit: hex.EncodeToString(e.Pin.Commit[:]), Template: e.Pin.Template}
	}
	// Keys out of order or repeated hash differently from the map: such a job cannot be run
	// as posted, so it is refused here rather than matched.
	if err := job.VerifyContent(); err != nil {
		return nil, fmt.Errorf("posted job %x: %w", e.JobId, err)
	}
	return job, nil
}

// CowsayClient is the example on-chain job creator (contracts/src/CowsayClient.sol).
type CowsayClient struct {
	m    *Market
	addr common.Address
	c    *cowsay.CowsayClient
	inst *bind.BoundContract
}

// ClientParams are a CowsayClient's constructor parameters.
type ClientParams struct {
	Mediators  []common.Address
	MaxPrice   *big.Int
	Collateral *big.Int
	ValidFor   uint64 // seconds
	// MediationFee is what a challenge costs the client (from its escrow), paid to the mediator.
	MediationFee *big.Int
	// Bounds are what its jobs accept of an RP's terms; MinJudgeWindow is the owner's time to
	// check a result and challenge it through the client.
	Bounds matching.Bounds
}

// DeployCowsayClient deploys a CowsayClient on m's market, owned by m's account.
func DeployCowsayClient(ctx context.Context, m *Market, p ClientParams) (*CowsayClient, error) {
	opts, err := newTxOpts(ctx, m.b, m.key)
	if err != nil {
		return nil, err
	}
	bin, err := decodeHex(contracts.CowsayClientBin)
	if err != nil {
		return nil, err
	}
	c := cowsay.NewCowsayClient()
	b := p.Bounds
	args := c.PackConstructor(m.addrs.Market, nonNilAddrs(p.Mediators), p.MaxPrice, p.Collateral, p.ValidFor,
		cowsay.CowsayClientBounds{MediationFee: p.MediationFee, MaxSubmitWindow: b.MaxSubmitWindow,
			MinJudgeWindow: b.MinJudgeWindow, MaxMediateWindow: b.MaxMediateWindow,
			MinTimeoutCollateral: b.MinTimeoutCollateral, MinResultsCollateral: b.MinResultsCollateral})
	addr, err := deployAndWait(ctx, m.b, opts, bin, args)
	if err != nil {
		return nil, fmt.Errorf("deploy CowsayClient: %w", err)
	}
	return BindCowsayClient(m, addr), nil
}

// BindCowsayClient talks to a deployed CowsayClient as m's account.
func BindCowsayClient(m *Market, addr common.Address) *CowsayClient {
	c := cowsay.NewCowsayClient()
	return &CowsayClient{m: m, addr: addr, c: c, inst: c.Instance(m.b, addr)}
}

// Address is the client contract's address (the JC of its deals).
func (c *CowsayClient) Address() common.Address { return c.addr }

// Fund approves and moves amount of the caller's tokens into the client's Market escrow.
func (c *CowsayClient) Fund(ctx context.Context, amount *big.Int) error {
	if _, err := c.m.send(ctx, c.m.tokInst, c.m.tok.PackApprove(c.addr, amount)); err != nil {
		return fmt.Errorf("approve client %s: %w", amount, err)
	}
	if _, err := c.m.send(ctx, c.inst, c.c.PackFund(amount)); err != nil {
		return fmt.Errorf("fund client %s: %w", amount, err)
	}
	return nil
}

// RunCowsay asks the client to post a cowsay job; it returns the job id (the deal id).
func (c *CowsayClient) RunCowsay(ctx context.Context, message string) (common.Hash, error) {
	r, err := c.m.send(ctx, c.inst, c.c.PackRunCowsay(message))
	if err != nil {
		return common.Hash{}, fmt.Errorf("runCowsay: %w", err)
	}
	return postedID(c.m.mkt, r)
}

// Challenge disputes a deal of the client's within its judge window (only the client's
// owner may); the client pays the mediation fee from its escrow.
func (c *CowsayClient) Challenge(ctx context.Context, d *Deal) error {
	if _, err := c.m.send(ctx, c.inst, c.c.PackChallenge(clientTerms(d.Terms), d.ID)); err != nil {
		return fmt.Errorf("challenge %s through the client: %w", d.ID.Hex(), err)
	}
	return nil
}

// Accept accepts a deal's result through the client (only the client's owner may).
func (c *CowsayClient) Accept(ctx context.Context, d *Deal) error {
	if _, err := c.m.send(ctx, c.inst, c.c.PackAccept(clientTerms(d.Terms), d.ID)); err != nil {
		return fmt.Errorf("accept %s through the client: %w", d.ID.Hex(), err)
	}
	return nil
}

// clientTerms is the terms as the client's binding spells the Market's Terms struct.
func clientTerms(t Terms) cowsay.MarketTerms { return cowsay.MarketTerms(t.arg()) }

// Result is the result hash the Market delivered for a job; zero until it is delivered.
func (c *CowsayClient) Result(ctx context.Context, id common.Hash) (common.Hash, error) {
	h, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.c.PackResults(id), c.c.UnpackResults)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read client result %s: %w", id.Hex(), err)
	}
	return h, nil
}
