package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/chain/bindings/cowsay"
	"github.com/coophive/coophive/matching"
)

// State is a deal's on-chain state (Market.State).
type State uint8

// The states of DESIGN.md §5, in the contract's order.
const (
	StateNone State = iota
	StateAgreed
	StateResultsSubmitted
	StateAccepted
	StateChallenged
	StateMediationAccepted
	StateMediationRejected
	StateTimedOutSubmit
	StateTimedOutMediate
	StateRefused
	StateUnmediated // challenged, but no mediator the deal names would take it: all refunded
)

var stateNames = [...]string{"None", "Agreed", "ResultsSubmitted", "Accepted", "Challenged",
	"MediationAccepted", "MediationRejected", "TimedOutSubmit", "TimedOutMediate", "Refused", "Unmediated"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Terminal reports whether no further transition can leave s.
func (s State) Terminal() bool {
	switch s {
	case StateAccepted, StateMediationAccepted, StateMediationRejected, StateTimedOutSubmit, StateTimedOutMediate,
		StateRefused, StateUnmediated:
		return true
	}
	return false
}

// Terms are what a deal's two offers agreed to. The contract stores their keccak256; they
// travel in the DealMatched event, and every later transition passes them back.
type Terms struct {
	JC                  common.Address
	RP                  common.Address
	Solver              common.Address
	Price               *big.Int
	JCCollateral        *big.Int
	RPTimeoutCollateral *big.Int
	RPResultsCollateral *big.Int
	SubmitWindow        uint32
	JudgeWindow         uint32
	MediateWindow       uint32
	MediationFee        *big.Int // the job's: what a challenge costs the JC, paid to the mediator that rules
	MediatorsHash       common.Hash
	Callback            bool // posted on-chain: the JC is a contract called back on acceptance
}

func termsFrom(t bindings.MarketTerms) Terms {
	return Terms{JC: t.Jc, RP: t.Rp, Solver: t.Solver, Price: t.Price, JCCollateral: t.JcCollateral,
		RPTimeoutCollateral: t.RpTimeoutCollateral, RPResultsCollateral: t.RpResultsCollateral,
		SubmitWindow: t.SubmitWindow, JudgeWindow: t.JudgeWindow, MediateWindow: t.MediateWindow,
		MediationFee: t.MediationFee, MediatorsHash: t.MediatorsHash, Callback: t.Callback}
}

func (t Terms) arg() bindings.MarketTerms {
	return bindings.MarketTerms{Jc: t.JC, Rp: t.RP, Solver: t.Solver, Price: t.Price, JcCollateral: t.JCCollateral,
		RpTimeoutCollateral: t.RPTimeoutCollateral, RpResultsCollateral: t.RPResultsCollateral,
		SubmitWindow: t.SubmitWindow, JudgeWindow: t.JudgeWindow, MediateWindow: t.MediateWindow,
		MediationFee: t.MediationFee, MediatorsHash: t.MediatorsHash, Callback: t.Callback}
}

// Deal is a deal: its terms (from the DealMatched event) and its state (from storage).
type Deal struct {
	Terms
	ID         common.Hash
	OfferID    common.Hash
	Mediators  []common.Address // the mediators both offers name, each once, that one is drawn from
	State      State
	StateAt    uint64 // when it entered State (challenged: when its mediator was drawn)
	MatchBlock uint64
	MatchLog   uint           // the DealMatched event's index in its block (set by Matched)
	Mediator   common.Address // drawn after the challenge (DrawMediator); zero until then
	ResultHash common.Hash
}

// WindowEnd is when the current state's window closes (0 for states without one).
func (d *Deal) WindowEnd() uint64 {
	switch d.State {
	case StateAgreed:
		return d.StateAt + uint64(d.SubmitWindow)
	case StateResultsSubmitted:
		return d.StateAt + uint64(d.JudgeWindow)
	case StateChallenged:
		if d.Mediator == (common.Address{}) {
			return 0 // no mediator drawn yet: no window runs
		}
		return d.StateAt + uint64(d.MediateWindow)
	}
	return 0
}

// MarshalJSON writes addresses checksummed and amounts as decimal strings (base units),
// which JSON numbers cannot hold exactly.
func (d *Deal) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{
		"id": d.ID.Hex(), "offerId": d.OfferID.Hex(), "state": d.State.String(),
		"jc": d.JC.Hex(), "rp": d.RP.Hex(), "solver": d.Solver.Hex(), "mediator": d.Mediator.Hex(),
		"mediators": d.Mediators,
		"price":     d.Price.String(), "jcCollateral": d.JCCollateral.String(),
		"rpTimeoutCollateral": d.RPTimeoutCollateral.String(), "rpResultsCollateral": d.RPResultsCollateral.String(),
		"submitWindow": d.SubmitWindow, "judgeWindow": d.JudgeWindow, "mediateWindow": d.MediateWindow,
		"mediationFee": d.MediationFee.String(),
		"callback":     d.Callback, "matchBlock": d.MatchBlock, "stateAt": d.StateAt, "resultHash": d.ResultHash.Hex(),
	})
}

// ErrNoDeal is returned for a deal id the contract does not know.
var ErrNoDeal = errors.New("no such deal")

// RevertError is a transaction the contract refused, with the custom error decoded.
type RevertError struct {
	Name string // e.g. "BadSignature"
	Args []any
}

func (e *RevertError) Error() string {
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = formatArg(a)
	}
	return fmt.Sprintf("reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

func formatArg(a any) string {
	switch v := a.(type) {
	case [32]byte:
		return common.Hash(v).Hex()
	case common.Address:
		return v.Hex()
	}
	return fmt.Sprint(a)
}

// Market sends and reads Market and Token calls as one account.
type Market struct {
	b     Backend
	addrs Addresses
	key   *ecdsa.PrivateKey
	from  common.Address

	mkt     *bindings.Market
	mktInst *bind.BoundContract
	tok     *bindings.Token
	tokInst *bind.BoundContract

	sendMu   sync.Mutex // one transaction at a time per account keeps nonces in order
	permitMu sync.Mutex // one permit deposit at a time per account: each uses the next permit nonce

	termsMu sync.Mutex
	terms   map[common.Hash]Deal // DealMatched, by deal id
}

// NewMarket binds to deployed contracts; key may be nil for a read-only client.
func NewMarket(b Backend, addrs Addresses, key *ecdsa.PrivateKey) *Market {
	m := &Market{b: b, addrs: addrs, key: key, mkt: bindings.NewMarket(), tok: bindings.NewToken(), terms: map[common.Hash]Deal{}}
	if key != nil {
		m.from = KeyAddress(key)
	}
	m.mktInst = m.mkt.Instance(b, addrs.Market)
	m.tokInst = m.tok.Instance(b, addrs.Token)
	return m
}

// Addresses are the contracts this client talks to.
func (m *Market) Addresses() Addresses { return m.addrs }

// From is the account this client sends as.
func (m *Market) From() common.Address { return m.from }

// Backend is the chain connection.
func (m *Market) Backend() Backend { return m.b }

// Domain is the EIP-712 domain offers for this market are signed in.
func (m *Market) Domain(ctx context.Context) (matching.Domain, error) {
	id, err := m.b.ChainID(ctx)
	if err != nil {
		return matching.Domain{}, fmt.Errorf("read chain id: %w", err)
	}
	return matching.Domain{ChainID: id, Market: m.addrs.Market}, nil
}

// Deposit approves and deposits amount into the caller's escrow: two transactions, each
// waited for. DepositWithPermit does it in one.
func (m *Market) Deposit(ctx context.Context, amount *big.Int) error {
	_, err := m.ApproveAndDeposit(ctx, amount)
	return err
}

// ApproveAndDeposit is Deposit, returning the approve's and the deposit's receipts.
func (m *Market) ApproveAndDeposit(ctx context.Context, amount *big.Int) ([]*types.Receipt, error) {
	r1, err := m.send(ctx, m.tokInst, m.tok.PackApprove(m.addrs.Market, amount))
	if err != nil {
		return nil, fmt.Errorf("approve %s: %w", amount, err)
	}
	r2, err := m.send(ctx, m.mktInst, m.mkt.PackDeposit(amount))
	if err != nil {
		return []*types.Receipt{r1}, fmt.Errorf("deposit %s: %w", amount, err)
	}
	return []*types.Receipt{r1, r2}, nil
}

// Withdraw moves amount of the caller's free escrow back to its wallet.
func (m *Market) Withdraw(ctx context.Context, amount *big.Int) error {
	if _, err := m.send(ctx, m.mktInst, m.mkt.PackWithdraw(amount)); err != nil {
		return fmt.Errorf("withdraw %s: %w", amount, err)
	}
	return nil
}

// MatchDeal settles a job offer with a resource offer. The deal id is the job's digest.
func (m *Market) MatchDeal(ctx context.Context, job *matching.SignedJob, offer *matching.SignedOffer) (*types.Receipt, error) {
	data := m.mkt.PackMatchDeal(JobOfferArg(&job.Offer), job.Signature, OfferArg(&offer.Offer), offer.Signature)
	r, err := m.send(ctx, m.mktInst, data)
	if err != nil {
		return r, fmt.Errorf("matchDeal: %w", err)
	}
	return r, nil
}

// SubmitResult posts the result hash of a deal (the RP).
func (m *Market) SubmitResult(ctx context.Context, d *Deal, resultHash common.Hash) (*types.Receipt, error) {
	return m.transition(ctx, "submitResult", d, m.mkt.PackSubmitResult(d.arg(), d.ID, resultHash))
}

// RefuseDeal gives a deal back (the RP, before submitting): it cannot run the job as signed.
func (m *Market) RefuseDeal(ctx context.Context, d *Deal, reason string) (*types.Receipt, error) {
	return m.transition(ctx, "refuseDeal", d, m.mkt.PackRefuseDeal(d.arg(), d.ID, reason))
}

// AcceptResult accepts a deal's result (the JC).
func (m *Market) AcceptResult(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.transition(ctx, "acceptResult", d, m.mkt.PackAcceptResult(d.arg(), d.ID))
}

// SendAcceptResult sends the JC's acceptance of a deal's result and returns once the node
// has taken the transaction, without waiting for it to be mined (WaitTx does). A failure
// found in gas estimation (the deal not in ResultsSubmitted, its judge window closed) is
// returned as for AcceptResult.
func (m *Market) SendAcceptResult(ctx context.Context, d *Deal) (*types.Transaction, error) {
	tx, err := m.sendTx(ctx, m.mktInst, m.mkt.PackAcceptResult(d.arg(), d.ID), false)
	if err != nil {
		return nil, fmt.Errorf("acceptResult %s: %w", d.ID.Hex(), err)
	}
	return tx, nil
}

// WaitTx waits for a transaction sent by this client to be mined, and fails unless it
// succeeded.
func (m *Market) WaitTx(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	return waitOK(ctx, m.b, tx)
}

// ChallengeResult disputes a deal's result (the JC); DrawMediator then draws its mediator.
func (m *Market) ChallengeResult(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.transition(ctx, "challengeResult", d, m.mkt.PackChallengeResult(d.arg(), d.ID))
}

// DrawMediator draws a challenged deal's mediator (anyone, from the second block after the
// challenge or a recusal). ErrDrawNotReady before then.
func (m *Market) DrawMediator(ctx context.Context, d *Deal) (*types.Receipt, error) {
	r, err := m.transition(ctx, "drawMediator", d, m.mkt.PackDrawMediator(d.arg(), d.ID, d.Mediators))
	var re *RevertError
	if errors.As(err, &re) && re.Name == "DrawNotReady" {
		return r, fmt.Errorf("%w: %w", ErrDrawNotReady, err)
	}
	return r, err
}

// ErrDrawNotReady: the block whose hash draws the mediator is not on the chain yet.
var ErrDrawNotReady = errors.New("mediator draw not ready")

// Recuse steps the drawn mediator aside (it cannot re-run the job); another is drawn.
func (m *Market) Recuse(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.transition(ctx, "recuse", d, m.mkt.PackRecuse(d.arg(), d.ID, d.Mediators))
}

// MediateAccept is the drawn mediator's verdict that the result is right.
func (m *Market) MediateAccept(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.transition(ctx, "mediateAccept", d, m.mkt.PackMediateAccept(d.arg(), d.ID))
}

// MediateReject is the drawn mediator's verdict that the result is wrong.
func (m *Market) MediateReject(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.transition(ctx, "mediateReject", d, m.mkt.PackMediateReject(d.arg(), d.ID))
}

// TimeoutSubmit ends a deal whose RP did not submit in time (anyone).
func (m *Market) TimeoutSubmit(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.timeout(ctx, "timeoutSubmit", d, m.mkt.PackTimeoutSubmit(d.arg(), d.ID))
}

// TimeoutJudge accepts a result the JC did not judge in time (anyone).
func (m *Market) TimeoutJudge(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.timeout(ctx, "timeoutJudge", d, m.mkt.PackTimeoutJudge(d.arg(), d.ID))
}

// TimeoutMediate refunds everyone when the mediator did not answer in time (anyone).
func (m *Market) TimeoutMediate(ctx context.Context, d *Deal) (*types.Receipt, error) {
	return m.timeout(ctx, "timeoutMediate", d, m.mkt.PackTimeoutMediate(d.arg(), d.ID))
}

// Timeout calls whichever timeout the deal's state has (its window must have passed).
func (m *Market) Timeout(ctx context.Context, d *Deal) (*types.Receipt, error) {
	switch d.State {
	case StateAgreed:
		return m.TimeoutSubmit(ctx, d)
	case StateResultsSubmitted:
		return m.TimeoutJudge(ctx, d)
	case StateChallenged:
		if d.Mediator == (common.Address{}) {
			return m.DrawMediator(ctx, d) // no window runs before the draw
		}
		return m.TimeoutMediate(ctx, d)
	}
	return nil, fmt.Errorf("deal %s is %s: no timeout applies", d.ID.Hex(), d.State)
}

func (m *Market) transition(ctx context.Context, name string, d *Deal, data []byte) (*types.Receipt, error) {
	return m.transitionAt(ctx, name, d, data, false)
}

// timeout is transition for a timeout: its gas is estimated against the pending block, whose
// time is the next block's (the later of the clock and the head's time plus one), so the
// call is sent for the first block in which the window has passed. Estimated against the
// head, it would revert WindowOpen for as long as the head is that block's parent.
func (m *Market) timeout(ctx context.Context, name string, d *Deal, data []byte) (*types.Receipt, error) {
	return m.transitionAt(ctx, name, d, data, true)
}

func (m *Market) transitionAt(ctx context.Context, name string, d *Deal, data []byte, pending bool) (*types.Receipt, error) {
	r, err := m.sendAt(ctx, m.mktInst, data, pending)
	if err != nil {
		return r, fmt.Errorf("%s %s: %w", name, d.ID.Hex(), err)
	}
	return r, nil
}

// Role bits of the registry.
const (
	RoleSolver   uint8 = 1
	RoleMediator uint8 = 2
)

// RegisterSolver registers the caller as a solver, locking the bond from its escrow.
func (m *Market) RegisterSolver(ctx context.Context) error {
	if _, err := m.send(ctx, m.mktInst, m.mkt.PackRegisterSolver()); err != nil {
		return fmt.Errorf("register as solver: %w", err)
	}
	return nil
}

// MediatorTerms are what a mediator accepts (stated when it registers) and its bond as it
// stands (slashed for silence; zero once it has left the registry).
type MediatorTerms struct {
	Bond      *big.Int
	MinFee    *big.Int // the least mediation fee it works for
	MinWindow uint32   // the shortest mediate window it works in, seconds
	MaxOpen   uint16   // the most mediations it takes at once (at least 1)
}

// RegisterMediator registers the caller as a mediator on its terms (MinFee, MinWindow,
// MaxOpen), locking the bond from its escrow.
func (m *Market) RegisterMediator(ctx context.Context, t MediatorTerms) error {
	if _, err := m.send(ctx, m.mktInst, m.mkt.PackRegisterMediator(t.MinFee, t.MinWindow, t.MaxOpen)); err != nil {
		return fmt.Errorf("register as mediator (fee %s, window %d s, %d at once): %w", t.MinFee, t.MinWindow, t.MaxOpen, err)
	}
	return nil
}

// Unregister leaves a role and unlocks its bond.
func (m *Market) Unregister(ctx context.Context, role uint8) error {
	if _, err := m.send(ctx, m.mktInst, m.mkt.PackUnregister(role)); err != nil {
		return fmt.Errorf("unregister role %d: %w", role, err)
	}
	return nil
}

// Solvers are the registered solvers.
func (m *Market) Solvers(ctx context.Context) ([]common.Address, error) {
	return bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackSolvers(), m.mkt.UnpackSolvers)
}

// MediatorTerms reads a mediator's terms and what is left of its bond.
func (m *Market) MediatorTerms(ctx context.Context, who common.Address) (MediatorTerms, error) {
	o, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackMediatorTerms(who), m.mkt.UnpackMediatorTerms)
	if err != nil {
		return MediatorTerms{}, fmt.Errorf("read mediator terms of %s: %w", who.Hex(), err)
	}
	return MediatorTerms{Bond: o.Bond, MinFee: o.MinFee, MinWindow: o.MinWindow, MaxOpen: o.MaxOpen}, nil
}

// Roles is the registry's role bitmask of who.
func (m *Market) Roles(ctx context.Context, who common.Address) (uint8, error) {
	return bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackRoles(who), m.mkt.UnpackRoles)
}

// Params are the Market's immutable parameters.
type Params struct {
	Bond         *big.Int
	SolverFeeBps *big.Int
}

// Params reads the Market's parameters.
func (m *Market) Params(ctx context.Context) (Params, error) {
	opts := &bind.CallOpts{Context: ctx}
	var p Params
	var err error
	if p.Bond, err = bind.Call(m.mktInst, opts, m.mkt.PackBond(), m.mkt.UnpackBond); err != nil {
		return p, err
	}
	p.SolverFeeBps, err = bind.Call(m.mktInst, opts, m.mkt.PackSolverFeeBps(), m.mkt.UnpackSolverFeeBps)
	return p, err
}

// SolverFee is the part of price a settled deal pays its solver.
func (p Params) SolverFee(price *big.Int) *big.Int {
	f := new(big.Int).Mul(price, p.SolverFeeBps)
	return f.Div(f, big.NewInt(10_000))
}

// Deal reads a deal: its state from storage and its terms from its DealMatched event
// (cached: terms never change). ErrNoDeal when it does not exist.
func (m *Market) Deal(ctx context.Context, id common.Hash) (*Deal, error) {
	st, err := m.dealState(ctx, id)
	if err != nil {
		return nil, err
	}
	if State(st.State) == StateNone {
		return nil, fmt.Errorf("%w: %s", ErrNoDeal, id.Hex())
	}
	d, err := m.matched(ctx, id, st.MatchBlock.Uint64())
	if err != nil {
		return nil, err
	}
	if State(st.State).Terminal() { // read for the last time, as a rule: forget its terms
		m.termsMu.Lock()
		delete(m.terms, id)
		m.termsMu.Unlock()
	}
	d.State, d.StateAt, d.Mediator, d.ResultHash = State(st.State), st.StateAt.Uint64(), st.Mediator, st.ResultHash
	return &d, nil
}

// maxTerms bounds the cached terms of open deals.
const maxTerms = 10_000

// CachedTerms is how many deals' terms the Market keeps (tests).
func (m *Market) CachedTerms() int {
	m.termsMu.Lock()
	defer m.termsMu.Unlock()
	return len(m.terms)
}

// DealExists says whether a deal exists, reading only its state.
func (m *Market) DealExists(ctx context.Context, id common.Hash) (bool, error) {
	st, err := m.dealState(ctx, id)
	if err != nil {
		return false, err
	}
	return State(st.State) != StateNone, nil
}

// dealState reads a deal's storage (its state; StateNone when it does not exist).
func (m *Market) dealState(ctx context.Context, id common.Hash) (bindings.MarketDeal, error) {
	st, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackGetDeal(id), m.mkt.UnpackGetDeal)
	if err != nil {
		return st, fmt.Errorf("read deal %s: %w", id.Hex(), err)
	}
	return st, nil
}

// matched returns the deal as its DealMatched event describes it.
func (m *Market) matched(ctx context.Context, id common.Hash, block uint64) (Deal, error) {
	m.termsMu.Lock()
	d, ok := m.terms[id]
	m.termsMu.Unlock()
	if ok {
		return d, nil
	}
	l, err := m.eventAt(ctx, "DealMatched", id, block)
	if err != nil {
		return Deal{}, fmt.Errorf("read terms of deal %s: %w", id.Hex(), err)
	}
	e, err := m.mkt.UnpackDealMatchedEvent(l)
	if err != nil {
		return Deal{}, fmt.Errorf("decode terms of deal %s: %w", id.Hex(), err)
	}
	d = Deal{Terms: termsFrom(e.Terms), ID: id, OfferID: e.OfferId, Mediators: e.Mediators, MatchBlock: block}
	m.termsMu.Lock()
	if len(m.terms) >= maxTerms { // deals read and never seen to end: forget any
		for k := range m.terms {
			delete(m.terms, k)
			if len(m.terms) < maxTerms/2 {
				break
			}
		}
	}
	m.terms[id] = d
	m.termsMu.Unlock()
	return d, nil
}

// eventAt is the Market's one event named name for id (its first indexed topic) in block.
func (m *Market) eventAt(ctx context.Context, name string, id common.Hash, block uint64) (*types.Log, error) {
	b := new(big.Int).SetUint64(block)
	logs, err := m.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{m.addrs.Market},
		Topics: [][]common.Hash{{m.mkt.GetABI().Events[name].ID}, {id}}})
	if err != nil {
		return nil, err
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("%d %s events in block %d", len(logs), name, block)
	}
	return &logs[0], nil
}

// Escrow returns an account's free and locked escrow.
func (m *Market) Escrow(ctx context.Context, who common.Address) (free, locked *big.Int, err error) {
	a, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackAccounts(who), m.mkt.UnpackAccounts)
	if err != nil {
		return nil, nil, fmt.Errorf("read escrow of %s: %w", who.Hex(), err)
	}
	return a.Free, a.Locked, nil
}

// TokenBalance is who's wallet balance of the market's token.
func (m *Market) TokenBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	v, err := bind.Call(m.tokInst, &bind.CallOpts{Context: ctx}, m.tok.PackBalanceOf(who), m.tok.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("read token balance of %s: %w", who.Hex(), err)
	}
	return v, nil
}

// OnChainJobHash asks the contract for a job offer's EIP-712 digest (tests pin Go to it).
func (m *Market) OnChainJobHash(ctx context.Context, j *matching.JobOffer) (common.Hash, error) {
	h, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackHashJobOffer(JobOfferArg(j)), m.mkt.UnpackHashJobOffer)
	return h, err
}

// OnChainOfferHash asks the contract for a resource offer's EIP-712 digest.
func (m *Market) OnChainOfferHash(ctx context.Context, o *matching.ResourceOffer) (common.Hash, error) {
	h, err := bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackHashResourceOffer(OfferArg(o)), m.mkt.UnpackHashResourceOffer)
	return h, err
}

// OfferUsed is how many deals a resource offer has made.
func (m *Market) OfferUsed(ctx context.Context, offerID common.Hash) (uint32, error) {
	return bind.Call(m.mktInst, &bind.CallOpts{Context: ctx}, m.mkt.PackOfferUsed(offerID), m.mkt.UnpackOfferUsed)
}

// send sends a transaction and waits for it to succeed.
func (m *Market) send(ctx context.Context, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	return m.sendAt(ctx, c, data, false)
}

// sendAt is send with the gas estimated against the head, or (pending) the block being built.
func (m *Market) sendAt(ctx context.Context, c *bind.BoundContract, data []byte, pending bool) (*types.Receipt, error) {
	tx, err := m.sendTx(ctx, c, data, pending)
	if err != nil {
		return nil, err
	}
	return waitOK(ctx, m.b, tx)
}

// estimate is the gas of a call, against the head or (pending) the block being built.
func (m *Market) estimate(ctx context.Context, msg ethereum.CallMsg, pending bool) (uint64, error) {
	if pending {
		return m.b.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	}
	return m.b.EstimateGas(ctx, msg)
}

// sendTx estimates a transaction's gas (a revert is decoded then) and sends it; it returns
// once the node has taken it.
func (m *Market) sendTx(ctx context.Context, c *bind.BoundContract, data []byte, pending bool) (*types.Transaction, error) {
	if m.key == nil {
		return nil, errors.New("read-only market client cannot send transactions")
	}
	opts, err := newTxOpts(ctx, m.b, m.key)
	if err != nil {
		return nil, err
	}
	to := c.Address()
	gas, err := m.estimate(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data}, pending)
	if err != nil {
		return nil, decodeRevert(err)
	}
	// eth_estimateGas has been seen to come in ~2k gas short of the execution (the
	// storage-refund cap): a fixed margin keeps an estimate that passed from running out.
	opts.GasLimit = gas + gas/5 + 10_000
	m.sendMu.Lock()
	tx, err := bind.Transact(c, opts, data)
	m.sendMu.Unlock()
	if err != nil {
		return nil, decodeRevert(err)
	}
	return tx, nil
}

// revertABIs are the contracts whose custom errors decodeRevert names.
// The token's are there for depositWithPermit, whose transfer reverts with the token's error.
var revertABIs = []abi.ABI{bindings.NewMarket().GetABI(), cowsay.NewCowsayClient().GetABI(), bindings.NewToken().GetABI()}

// decodeRevert turns a gas-estimation failure carrying revert data into a RevertError.
func decodeRevert(err error) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	raw, decErr := hexutil.Decode(s)
	if decErr != nil || len(raw) < 4 {
		return err
	}
	for _, contractABI := range revertABIs {
		for name, e := range contractABI.Errors {
			if string(e.ID[:4]) != string(raw[:4]) {
				continue
			}
			args, uerr := e.Inputs.Unpack(raw[4:])
			if uerr != nil {
				return err
			}
			return &RevertError{Name: name, Args: args}
		}
	}
	return err
}

// JobOfferArg converts a job offer to the binding's tuple.
func JobOfferArg(j *matching.JobOffer) bindings.MarketJobOffer {
	return bindings.MarketJobOffer{
		Creator: j.Creator, Module: j.Module, ModuleHash: j.ModuleHash, InputsHash: j.InputsHash,
		CpuMilli: j.Spec.CPUMilli, RamMiB: j.Spec.RAMMiB, DiskMiB: j.Spec.DiskMiB,
		Gpus: j.Spec.GPUs, GpuVramMiB: j.Spec.GPUVRAMMiB,
		MaxPrice: j.MaxPrice, Collateral: j.Collateral, MediationFee: j.MediationFee,
		MaxSubmitWindow: j.MaxSubmitWindow, MinJudgeWindow: j.MinJudgeWindow, MaxMediateWindow: j.MaxMediateWindow,
		MinTimeoutCollateral: j.MinTimeoutCollateral, MinResultsCollateral: j.MinResultsCollateral,
		Mediators: nonNilAddrs(j.Mediators), Solvers: nonNilAddrs(j.Solvers), SolverWindow: j.SolverWindow,
		Nonce: j.Nonce, CreatedAt: j.CreatedAt, ValidUntil: j.ValidUntil,
	}
}

// jobOfferFrom converts the binding's tuple back to a job offer.
func jobOfferFrom(j bindings.MarketJobOffer) matching.JobOffer {
	return matching.JobOffer{
		Creator: j.Creator, Module: j.Module, ModuleHash: j.ModuleHash, InputsHash: j.InputsHash,
		Spec:     matching.Spec{CPUMilli: j.CpuMilli, RAMMiB: j.RamMiB, DiskMiB: j.DiskMiB, GPUs: j.Gpus, GPUVRAMMiB: j.GpuVramMiB},
		MaxPrice: j.MaxPrice, Collateral: j.Collateral, MediationFee: j.MediationFee,
		Bounds: matching.Bounds{MaxSubmitWindow: j.MaxSubmitWindow, MinJudgeWindow: j.MinJudgeWindow,
			MaxMediateWindow: j.MaxMediateWindow, MinTimeoutCollateral: j.MinTimeoutCollateral,
			MinResultsCollateral: j.MinResultsCollateral},
		Mediators: j.Mediators, Solvers: j.Solvers,
		SolverWindow: j.SolverWindow, Nonce: j.Nonce, CreatedAt: j.CreatedAt, ValidUntil: j.ValidUntil,
	}
}

// OfferArg converts a resource offer to the binding's tuple.
func OfferArg(o *matching.ResourceOffer) bindings.MarketResourceOffer {
	mods := make([][32]byte, len(o.Modules))
	for i, h := range o.Modules {
		mods[i] = h
	}
	return bindings.MarketResourceOffer{
		Provider: o.Provider, CpuMilli: o.Spec.CPUMilli, RamMiB: o.Spec.RAMMiB, DiskMiB: o.Spec.DiskMiB,
		Gpus: o.Spec.GPUs, GpuVramMiB: o.Spec.GPUVRAMMiB, Modules: mods, Price: o.Price,
		TimeoutCollateral: o.TimeoutCollateral, ResultsCollateral: o.ResultsCollateral,
		SubmitWindow: o.SubmitWindow, JudgeWindow: o.JudgeWindow, MediateWindow: o.MediateWindow,
		Mediators: nonNilAddrs(o.Mediators), Capacity: o.Capacity, Nonce: o.Nonce,
		CreatedAt: o.CreatedAt, ValidUntil: o.ValidUntil,
	}
}

func nonNilAddrs(a []common.Address) []common.Address {
	if a == nil {
		return []common.Address{}
	}
	return a
}
