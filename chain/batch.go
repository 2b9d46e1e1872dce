package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain/bindings"
)

// Fixed gas limits of the well-known calls a Batch sends. Their gas cannot be estimated
// ahead: an estimate runs against the chain's latest state, without the batch's earlier
// transactions (a deposit would fail for want of its approval). Each is twice or more the
// gas the call uses from a fresh account (TestBatchGasLimitsHaveRoom keeps at least 1.5x);
// only the gas used is paid.
const (
	GasTransfer         = 100_000 // ERC-20 transfer to a fresh holder (51k)
	GasApprove          = 100_000 // ERC-20 approve (46k)
	GasDeposit          = 150_000 // Market.deposit (79k)
	GasRegisterSolver   = 250_000 // Market.registerSolver (118k)
	GasRegisterMediator = 200_000 // Market.registerMediator (77k)
)

// Batch sends one account's transactions back to back without waiting a block for each:
// it numbers them itself from the account's pending nonce, so the chain runs them in the
// order sent, many to a block. Wait then waits for every receipt at once. A Batch is for
// one goroutine, and nothing else may send from its account while it is in use.
type Batch struct {
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	nonce   uint64
	tip     *big.Int
	feeCap  *big.Int
	sent    []sentTx
}

type sentTx struct {
	step string
	tx   *types.Transaction
}

// NewBatch reads what signing needs: the chain id, the account's pending nonce, the fees
// (a cap of twice the head's base fee plus the tip, room for the base fee to rise for a
// few full blocks).
func NewBatch(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (*Batch, error) {
	bt := &Batch{b: b, key: key, from: KeyAddress(key)}
	var err error
	if bt.chainID, err = b.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	bt.signer = types.LatestSignerForChainID(bt.chainID)
	if bt.nonce, err = b.PendingNonceAt(ctx, bt.from); err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", bt.from.Hex(), err)
	}
	if bt.tip, bt.feeCap, err = SuggestFees(ctx, b); err != nil {
		return nil, err
	}
	return bt, nil
}

// SuggestFees reads the fees a Batch signs with: the suggested tip, and a cap of twice the
// head's base fee plus the tip.
func SuggestFees(ctx context.Context, b Backend) (tip, feeCap *big.Int, err error) {
	if tip, err = b.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head: %w", err)
	}
	return tip, new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), nil
}

// Backend is the chain connection the batch sends through.
func (bt *Batch) Backend() Backend { return bt.b }

// From is the batch's sending account.
func (bt *Batch) From() common.Address { return bt.from }

// FeeCap is the most the batch's transactions pay per unit of gas.
func (bt *Batch) FeeCap() *big.Int { return new(big.Int).Set(bt.feeCap) }

// Send signs and sends one transaction (to nil creates a contract) with a fixed gas limit,
// naming it step for Wait's errors. It does not wait for it to be mined.
func (bt *Batch) Send(ctx context.Context, step string, to *common.Address, value *big.Int, data []byte, gas uint64) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: bt.chainID, Nonce: bt.nonce, GasTipCap: bt.tip,
		GasFeeCap: bt.feeCap, Gas: gas, To: to, Value: value, Data: data}), bt.signer, bt.key)
	if err != nil {
		return nil, fmt.Errorf("%s (from %s): sign: %w", step, bt.from.Hex(), err)
	}
	if err := bt.b.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("%s (from %s): send: %w", step, bt.from.Hex(), decodeRevert(err))
	}
	bt.nonce++
	bt.sent = append(bt.sent, sentTx{step, tx})
	return tx, nil
}

// Deploy sends a contract creation (code followed by its packed constructor arguments) and
// returns the address the contract will have. Its gas is estimated against the latest
// state, so the constructor must not depend on the batch's earlier transactions.
func (bt *Batch) Deploy(ctx context.Context, step string, code, args []byte) (common.Address, error) {
	data := append(append([]byte(nil), code...), args...)
	gas, err := bt.b.EstimateGas(ctx, ethereum.CallMsg{From: bt.from, Data: data})
	if err != nil {
		return common.Address{}, fmt.Errorf("%s (from %s): estimate gas: %w", step, bt.from.Hex(), decodeRevert(err))
	}
	addr := crypto.CreateAddress(bt.from, bt.nonce)
	if _, err := bt.Send(ctx, step, nil, nil, data, gas+gas/5+10_000); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// batchPoll is how far apart, at most, Wait polls for a receipt: closer than a lone
// transaction's wait (a second), as a batch is waited for once, and its block's lag is the
// batch's.
const batchPoll = 200 * time.Millisecond

// WaitOK waits for one transaction (polling as Wait does) and fails unless it succeeded.
// Unlike Wait, it lets a caller that sent many transactions judge each on its own.
func WaitOK(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	return waitOKPolling(ctx, b, tx, batchPoll)
}

// Wait waits for the receipt of every transaction sent since the last Wait and fails,
// naming the first step that did not succeed, unless each has status 1.
func (bt *Batch) Wait(ctx context.Context) ([]*types.Receipt, error) {
	sent := bt.sent
	bt.sent = nil
	rs := make([]*types.Receipt, 0, len(sent))
	for _, s := range sent {
		r, err := waitOKPolling(ctx, bt.b, s.tx, batchPoll)
		if err != nil {
			return rs, fmt.Errorf("%s (from %s, nonce %d): %w", s.step, bt.from.Hex(), s.tx.Nonce(), err)
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// Enrolment is what Enrol sets up for one account.
type Enrolment struct {
	Key      *ecdsa.PrivateKey
	Deposit  *big.Int       // into its free escrow (approve, then deposit); nil or 0: none
	Roles    uint8          // RoleSolver and/or RoleMediator, each locking the bond from escrow
	Mediator *MediatorTerms // the terms it registers as a mediator with (Bond is ignored)
}

// Enrol has each account deposit into the Market's escrow and register in its roles, as a
// node does at its first start (the devnet does it for its nodes ahead of their start). Each
// account's transactions are sent back to back, the accounts in parallel, and all of them
// are mined in about one block. The accounts need the tokens and ether already.
func Enrol(ctx context.Context, b Backend, addrs Addresses, es []Enrolment) error {
	errs := make([]error, len(es))
	var wg sync.WaitGroup
	for i, e := range es {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = enrol(ctx, b, addrs, e)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func enrol(ctx context.Context, b Backend, addrs Addresses, e Enrolment) error {
	bt, err := NewBatch(ctx, b, e.Key)
	if err != nil {
		return err
	}
	tok, mkt := bindings.NewToken(), bindings.NewMarket()
	if e.Deposit != nil && e.Deposit.Sign() > 0 {
		if _, err := bt.Send(ctx, "approve the deposit", &addrs.Token, nil, tok.PackApprove(addrs.Market, e.Deposit), GasApprove); err != nil {
			return err
		}
		if _, err := bt.Send(ctx, "deposit into escrow", &addrs.Market, nil, mkt.PackDeposit(e.Deposit), GasDeposit); err != nil {
			return err
		}
	}
	if e.Roles&RoleSolver != 0 {
		if _, err := bt.Send(ctx, "register as solver", &addrs.Market, nil, mkt.PackRegisterSolver(), GasRegisterSolver); err != nil {
			return err
		}
	}
	if e.Roles&RoleMediator != 0 {
		if e.Mediator == nil {
			return fmt.Errorf("register %s as mediator: no terms", bt.from.Hex())
		}
		t := e.Mediator
		if _, err := bt.Send(ctx, "register as mediator", &addrs.Market, nil,
			mkt.PackRegisterMediator(t.MinFee, t.MinWindow, t.MaxOpen), GasRegisterMediator); err != nil {
			return err
		}
	}
	_, err = bt.Wait(ctx)
	return err
}
