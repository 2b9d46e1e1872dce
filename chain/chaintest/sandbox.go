// Package chaintest is test support for chain: a Sandbox (a funded local market with one
// account per party) and the paths a deal can take to its end. Contract tests, the node
// tests and `coophive bench gas` drive it; production code does not import it.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// Sandbox is a local market with one funded, deposited account per party ("jc", "rp",
// "solver" registered as a solver, "mediator" registered as a mediator, "keeper") and
// helpers to make offers and deals. Contract tests and `coophive bench gas` drive it.
type Sandbox struct {
	Local  *chain.Local
	Keys   map[string]*ecdsa.PrivateKey
	M      map[string]*chain.Market // a client per party
	Addr   map[string]common.Address
	Domain matching.Domain
	Params chain.Params

	nonce int64
}

// SandboxParties are the sandbox's accounts.
var SandboxParties = []string{"jc", "rp", "solver", "mediator", "keeper"}

// The sandbox offers' terms, in whole tokens and seconds.
const (
	SandboxPrice      = 3
	SandboxJCColl     = 1
	SandboxRPTimeout  = 2
	SandboxRPResults  = 4
	SandboxWindow     = 60
	SandboxMedFee     = 1 // the jobs' mediation fee, and the sandbox mediator's least fee
	SandboxMaxOpen    = 8 // mediations a sandbox mediator takes at once
	SandboxDeposit    = 100
	sandboxOfferValid = 600
)

// NewSandbox starts the chain, funds, deposits and registers.
func NewSandbox(ctx context.Context) (*Sandbox, error) {
	s := &Sandbox{Keys: map[string]*ecdsa.PrivateKey{}, M: map[string]*chain.Market{}, Addr: map[string]common.Address{}}
	var keys []*ecdsa.PrivateKey
	for _, p := range SandboxParties {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		s.Keys[p], s.Addr[p] = k, chain.KeyAddress(k)
		keys = append(keys, k)
	}
	l, err := chain.StartLocal(ctx, chain.LocalConfig{Instant: true, Accounts: keys})
	if err != nil {
		return nil, err
	}
	s.Local = l
	if err := s.setup(ctx); err != nil {
		_ = l.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Sandbox) setup(ctx context.Context) error {
	for _, p := range SandboxParties {
		s.M[p] = chain.NewMarket(s.Local.Chain.Client(), s.Local.Addrs, s.Keys[p])
		if err := s.M[p].Deposit(ctx, chain.Tokens(SandboxDeposit)); err != nil {
			return err
		}
	}
	if err := s.M["solver"].RegisterSolver(ctx); err != nil {
		return err
	}
	if err := s.M["mediator"].RegisterMediator(ctx, SandboxMediatorTerms()); err != nil {
		return err
	}
	var err error
	if s.Domain, err = s.M["jc"].Domain(ctx); err != nil {
		return err
	}
	s.Params, err = s.M["jc"].Params(ctx)
	return err
}

// SandboxMediatorTerms are the sandbox mediator's terms: the jobs' fee, half the offers'
// mediate window (so that a mediator drawn after a recusal early in the window has time).
func SandboxMediatorTerms() chain.MediatorTerms {
	return chain.MediatorTerms{MinFee: chain.Tokens(SandboxMedFee), MinWindow: SandboxWindow / 2, MaxOpen: SandboxMaxOpen}
}

// SandboxBounds are the sandbox jobs' bounds: exactly the sandbox offers' terms.
func SandboxBounds() matching.Bounds {
	return matching.Bounds{MaxSubmitWindow: SandboxWindow, MinJudgeWindow: SandboxWindow, MaxMediateWindow: SandboxWindow,
		MinTimeoutCollateral: chain.Tokens(SandboxRPTimeout), MinResultsCollateral: chain.Tokens(SandboxRPResults)}
}

// Stop stops the chain.
func (s *Sandbox) Stop() error { return s.Local.Stop() }

// Now is the head block's time.
func (s *Sandbox) Now(ctx context.Context) (uint64, error) {
	h, err := s.Local.Chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Job signs a job offer from "jc" that the sandbox's offers serve; mutate may change it first.
func (s *Sandbox) Job(ctx context.Context, mutate func(*matching.JobOffer)) (*matching.SignedJob, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return nil, err
	}
	s.nonce++
	j := matching.JobOffer{
		Spec:     matching.Spec{CPUMilli: 1000, RAMMiB: 100},
		MaxPrice: chain.Tokens(5), Collateral: chain.Tokens(SandboxJCColl), MediationFee: chain.Tokens(SandboxMedFee),
		Bounds: SandboxBounds(), Mediators: []common.Address{s.Addr["mediator"]},
		Solvers: []common.Address{s.Addr["solver"]}, SolverWindow: 10,
		Nonce: big.NewInt(s.nonce), CreatedAt: now, ValidUntil: now + sandboxOfferValid,
	}
	if mutate != nil {
		mutate(&j)
	}
	return matching.NewSignedJob(s.Domain, j, matching.JobContent{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}}, s.Keys["jc"])
}

// Offer signs a resource offer from "rp"; mutate may change it first.
func (s *Sandbox) Offer(ctx context.Context, mutate func(*matching.ResourceOffer)) (*matching.SignedOffer, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return nil, err
	}
	s.nonce++
	o := matching.ResourceOffer{
		Spec:  matching.Spec{CPUMilli: 2000, RAMMiB: 1024, DiskMiB: 1024},
		Price: chain.Tokens(SandboxPrice), TimeoutCollateral: chain.Tokens(SandboxRPTimeout), ResultsCollateral: chain.Tokens(SandboxRPResults),
		SubmitWindow: SandboxWindow, JudgeWindow: SandboxWindow, MediateWindow: SandboxWindow,
		Mediators: []common.Address{s.Addr["mediator"]}, Capacity: 1, Nonce: big.NewInt(s.nonce),
		CreatedAt: now, ValidUntil: now + sandboxOfferValid,
	}
	if mutate != nil {
		mutate(&o)
	}
	return matching.NewSignedOffer(s.Domain, o, s.Keys["rp"])
}

// Match makes a deal between "jc" and "rp" through "solver"; it returns the deal and the
// matchDeal receipt's gas.
func (s *Sandbox) Match(ctx context.Context) (*chain.Deal, uint64, error) {
	job, err := s.Job(ctx, nil)
	if err != nil {
		return nil, 0, err
	}
	offer, err := s.Offer(ctx, nil)
	if err != nil {
		return nil, 0, err
	}
	r, err := s.M["solver"].MatchDeal(ctx, job, offer)
	if err != nil {
		return nil, 0, err
	}
	d, err := s.M["keeper"].Deal(ctx, job.Offer.Hash(s.Domain))
	return d, r.GasUsed, err
}

// Wait moves the chain's clock forward, in one empty block.
func (s *Sandbox) Wait(seconds int64) error {
	return s.Local.Chain.AdjustTime(time.Duration(seconds) * time.Second)
}

// DrawBlocks is a draw step's Wait: the empty blocks, 1 s apart, that a mediator draw needs
// after the challenge (the hash of the next block, then a head past it to send from).
const DrawBlocks = 2

// WaitStep lets the time (or the blocks) a step needs pass.
func (s *Sandbox) WaitStep(st PathStep) error {
	n, dt := int64(1), st.Wait
	if st.Name == "drawMediator" {
		n, dt = DrawBlocks, 1
	}
	for i := int64(0); i < n && st.Wait > 0; i++ {
		if err := s.Wait(dt); err != nil {
			return err
		}
	}
	return nil
}

// PathStep is one transaction of a path: who sends it and what it does.
type PathStep struct {
	Name  string
	Party string
	Wait  int64 // seconds to let pass first, in one empty block; DrawBlocks: in two
	Call  func(ctx context.Context, m *chain.Market, d *chain.Deal) (*types.Receipt, error)
}

// Path is a sequence of transactions after the match that ends a deal.
type Path struct {
	Name  string
	Steps []PathStep
	End   chain.State
}

// Paths are every way a deal can end (DESIGN.md §5), timeout-mediate last (it removes the
// sandbox's mediator from the registry).
func Paths() []Path {
	type call = func(*chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error)
	step := func(name, party string, wait int64, f call) PathStep {
		return PathStep{name, party, wait, func(ctx context.Context, m *chain.Market, d *chain.Deal) (*types.Receipt, error) {
			return f(m)(ctx, d)
		}}
	}
	submit := PathStep{"submitResult", "rp", 0, func(ctx context.Context, m *chain.Market, d *chain.Deal) (*types.Receipt, error) {
		return m.SubmitResult(ctx, d, crypto.Keccak256Hash([]byte("archive")))
	}}
	challenge := step("challengeResult", "jc", 0, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
		return m.ChallengeResult
	})
	// the draw takes the hash of the block after the challenge's, and is sent once the head
	// is past that block: two empty blocks (1 s apart) first
	draw := step("drawMediator", "keeper", DrawBlocks, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
		return m.DrawMediator
	})
	late := int64(SandboxWindow + 1)
	return []Path{
		{"happy", []PathStep{submit, step("acceptResult", "jc", 0, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.AcceptResult
		})}, chain.StateAccepted},
		{"challenge-accept", []PathStep{submit, challenge, draw, step("mediateAccept", "mediator", 0, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.MediateAccept
		})}, chain.StateMediationAccepted},
		{"challenge-reject", []PathStep{submit, challenge, draw, step("mediateReject", "mediator", 0, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.MediateReject
		})}, chain.StateMediationRejected},
		{"timeout-submit", []PathStep{step("timeoutSubmit", "keeper", late, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.TimeoutSubmit
		})}, chain.StateTimedOutSubmit},
		{"timeout-judge", []PathStep{submit, step("timeoutJudge", "keeper", late, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.TimeoutJudge
		})}, chain.StateAccepted},
		{"refuse", []PathStep{{"refuseDeal", "rp", 0, func(ctx context.Context, m *chain.Market, d *chain.Deal) (*types.Receipt, error) {
			return m.RefuseDeal(ctx, d, "module does not match its pin")
		}}}, chain.StateRefused},
		// last: the silent mediator is slashed and leaves the registry
		{"timeout-mediate", []PathStep{submit, challenge, draw, step("timeoutMediate", "keeper", late, func(m *chain.Market) func(context.Context, *chain.Deal) (*types.Receipt, error) {
			return m.TimeoutMediate
		})}, chain.StateTimedOutMediate},
	}
}

// TxGas is one transaction's gas.
type TxGas struct {
	Name string
	Gas  uint64
}

// RunPath makes a fresh deal and takes it down the path, returning each transaction's gas
// (matchDeal first).
func (s *Sandbox) RunPath(ctx context.Context, p Path) ([]TxGas, error) {
	d, gas, err := s.Match(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: matchDeal: %w", p.Name, err)
	}
	out := []TxGas{{"matchDeal", gas}}
	for _, st := range p.Steps {
		if err := s.WaitStep(st); err != nil {
			return nil, err
		}
		if d, err = s.M["keeper"].Deal(ctx, d.ID); err != nil {
			return nil, err
		}
		r, err := st.Call(ctx, s.M[st.Party], d)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", p.Name, st.Name, err)
		}
		out = append(out, TxGas{st.Name, r.GasUsed})
	}
	if d, err = s.M["keeper"].Deal(ctx, d.ID); err != nil {
		return nil, err
	}
	if d.State != p.End {
		return nil, fmt.Errorf("%s ended %s, want %s", p.Name, d.State, p.End)
	}
	return out, nil
}
