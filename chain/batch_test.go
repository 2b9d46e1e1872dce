package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
)

func newKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		must(t, err)
		keys[i] = k
	}
	return keys
}

// startLocal runs a local market with periodic blocks (as the devnet's, only faster) until
// the test ends.
func startLocal(t *testing.T, ctx context.Context, keys []*ecdsa.PrivateKey) *chain.Local {
	t.Helper()
	l, err := chain.StartLocal(ctx, chain.LocalConfig{BlockPeriod: 100 * time.Millisecond, Accounts: keys})
	must(t, err)
	t.Cleanup(func() {
		if err := l.Stop(); err != nil {
			t.Error(err)
		}
	})
	return l
}

// TestStartLocalFundsEveryAccount: the deployer's batch (two deployments, a token transfer
// per account) leaves every account with its ether and tokens, and Enrol's batches (one per
// account, in parallel) leave each with its escrow and roles.
func TestStartLocalFundsEveryAccount(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := newKeys(t, 20)
	l := startLocal(t, ctx, keys)
	b := l.Chain.Client()
	m := chain.NewMarket(b, l.Addrs, nil)
	for _, k := range keys {
		a := chain.KeyAddress(k)
		eth, err := b.BalanceAt(ctx, a, nil)
		must(t, err)
		tok, err := m.TokenBalance(ctx, a)
		must(t, err)
		if eth.Cmp(new(big.Int).Mul(big.NewInt(100), chain.Ether)) != 0 || tok.Cmp(chain.Tokens(1000)) != 0 {
			t.Errorf("%s holds %s wei and %s tokens, want 100 ether and 1000 tokens", a.Hex(), eth, tok)
		}
	}

	terms := chain.MediatorTerms{MinFee: chain.Tokens(1), MinWindow: 300, MaxOpen: 4}
	must(t, chain.Enrol(ctx, b, l.Addrs, []chain.Enrolment{
		{Key: keys[0], Deposit: chain.Tokens(100), Roles: chain.RoleSolver},
		{Key: keys[1], Deposit: chain.Tokens(100), Roles: chain.RoleSolver | chain.RoleMediator, Mediator: &terms},
		{Key: keys[2], Deposit: chain.Tokens(100)},
	}))
	bond := chain.DefaultMarketParams().Bond
	for i, want := range []struct {
		roles uint8
		free  *big.Int
	}{
		{chain.RoleSolver, new(big.Int).Sub(chain.Tokens(100), bond)},
		{chain.RoleSolver | chain.RoleMediator, new(big.Int).Sub(chain.Tokens(100), new(big.Int).Mul(bond, big.NewInt(2)))},
		{0, chain.Tokens(100)},
	} {
		a := chain.KeyAddress(keys[i])
		roles, err := m.Roles(ctx, a)
		must(t, err)
		free, locked, err := m.Escrow(ctx, a)
		must(t, err)
		if roles != want.roles || free.Cmp(want.free) != 0 {
			t.Errorf("account %d: roles %b, free escrow %s (locked %s); want roles %b, free %s", i, roles, free, locked, want.roles, want.free)
		}
	}
	got, err := m.MediatorTerms(ctx, chain.KeyAddress(keys[1]))
	must(t, err)
	if got.MinFee.Cmp(terms.MinFee) != 0 || got.MinWindow != terms.MinWindow || got.MaxOpen != terms.MaxOpen {
		t.Errorf("mediator terms %+v, want %+v", got, terms)
	}
}

// TestEnrolNamesTheFailedStep: a transaction of a batch that reverts (a registration
// without the escrow for its bond) fails Wait with the step's name.
func TestEnrolNamesTheFailedStep(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	keys := newKeys(t, 2)
	l := startLocal(t, ctx, keys)
	err := chain.Enrol(ctx, l.Chain.Client(), l.Addrs, []chain.Enrolment{
		{Key: keys[0], Deposit: chain.Tokens(100), Roles: chain.RoleSolver},
		{Key: keys[1], Roles: chain.RoleSolver},
	})
	if err == nil || !strings.Contains(err.Error(), "register as solver") || !strings.Contains(err.Error(), "reverted") ||
		!strings.Contains(err.Error(), chain.KeyAddress(keys[1]).Hex()) || strings.Contains(err.Error(), chain.KeyAddress(keys[0]).Hex()) {
		t.Fatalf("err = %v, want the second account's registration named as reverted", err)
	}
	t.Log(err)
}

// TestBatchGasLimitsHaveRoom: each fixed gas limit of a batch's well-known calls is at
// least 1.5 times what the call uses (on a fresh account, the costliest case).
func TestBatchGasLimitsHaveRoom(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	keys := newKeys(t, 2)
	l := startLocal(t, ctx, keys)
	tok, mkt := bindings.NewToken(), bindings.NewMarket()
	amount := chain.Tokens(100)
	type call struct {
		step string
		gas  uint64
		data []byte
		mkt  bool
	}
	// Two fresh accounts: registering first in either role costs the most.
	for i, calls := range [][]call{{
		{"transfer", chain.GasTransfer, tok.PackTransfer(chain.KeyAddress(newKeys(t, 1)[0]), chain.Tokens(1)), false},
		{"approve", chain.GasApprove, tok.PackApprove(l.Addrs.Market, amount), false},
		{"deposit", chain.GasDeposit, mkt.PackDeposit(amount), true},
		{"registerSolver", chain.GasRegisterSolver, mkt.PackRegisterSolver(), true},
	}, {
		{"approve", chain.GasApprove, tok.PackApprove(l.Addrs.Market, amount), false},
		{"deposit", chain.GasDeposit, mkt.PackDeposit(amount), true},
		{"registerMediator", chain.GasRegisterMediator, mkt.PackRegisterMediator(chain.Tokens(1), 300, 4), true},
	}} {
		bt, err := chain.NewBatch(ctx, l.Chain.Client(), keys[i])
		must(t, err)
		for _, c := range calls {
			to := l.Addrs.Token
			if c.mkt {
				to = l.Addrs.Market
			}
			_, err := bt.Send(ctx, c.step, &to, nil, c.data, c.gas)
			must(t, err)
		}
		rs, err := bt.Wait(ctx)
		must(t, err)
		for i, c := range calls {
			t.Logf("%s: %d gas of %d", c.step, rs[i].GasUsed, c.gas)
			if rs[i].GasUsed*3 > c.gas*2 {
				t.Errorf("%s used %d gas: its limit %d leaves less than half as much again", c.step, rs[i].GasUsed, c.gas)
			}
		}
	}
}
