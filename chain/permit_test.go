package chain_test

import (
	"math/big"
	"testing"

	. "github.com/coophive/coophive/chain"
)

// holding is what the permit tests watch of one account: its wallet, its free escrow, its
// transaction nonce, and the Market's allowance and token balance.
type holding struct {
	wallet, free, allowance, market *big.Int
	nonce                           uint64
}

func (f *fixture) holding(t *testing.T, who string) holding {
	t.Helper()
	m, a := f.m["keeper"], f.addr[who]
	var h holding
	var err error
	h.wallet, err = m.TokenBalance(f.ctx, a)
	must(t, err)
	h.free, _, err = m.Escrow(f.ctx, a)
	must(t, err)
	h.allowance, err = m.Allowance(f.ctx, a, f.local.Addrs.Market)
	must(t, err)
	h.market, err = m.TokenBalance(f.ctx, f.local.Addrs.Market)
	must(t, err)
	h.nonce, err = f.local.Chain.Client().NonceAt(f.ctx, a, nil)
	must(t, err)
	return h
}

// moved checks that amount went from who's wallet into its free escrow (and the Market),
// in txs transactions, leaving no allowance.
func (f *fixture) moved(t *testing.T, who string, before holding, amount *big.Int, txs uint64) {
	t.Helper()
	after := f.holding(t, who)
	if d := new(big.Int).Sub(before.wallet, after.wallet); d.Cmp(amount) != 0 {
		t.Errorf("wallet fell by %s, want %s", d, amount)
	}
	if d := new(big.Int).Sub(after.free, before.free); d.Cmp(amount) != 0 {
		t.Errorf("free escrow rose by %s, want %s", d, amount)
	}
	if d := new(big.Int).Sub(after.market, before.market); d.Cmp(amount) != 0 {
		t.Errorf("the Market's tokens rose by %s, want %s", d, amount)
	}
	if after.allowance.Sign() != 0 {
		t.Errorf("allowance %s left", after.allowance)
	}
	if after.nonce-before.nonce != txs {
		t.Errorf("%d transactions sent, want %d", after.nonce-before.nonce, txs)
	}
}

func (f *fixture) deadline(t *testing.T, from int64) *big.Int {
	return big.NewInt(int64(f.now(t)) + from)
}

// TestDepositWithPermit: one transaction moves the tokens and credits the escrow, cheaper
// than approve and deposit; a front-run permit does not stop it; a permit for other terms,
// another signer or a passed deadline reverts and moves nothing.
func TestDepositWithPermit(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	f := newFixture(t)
	jc, mkt := f.m["jc"], f.local.Addrs.Market

	before := f.holding(t, "jc")
	r, err := jc.DepositWithPermit(f.ctx, tok(5))
	must(t, err)
	f.moved(t, "jc", before, tok(5), 1)

	before = f.holding(t, "jc")
	rs, err := jc.ApproveAndDeposit(f.ctx, tok(5))
	must(t, err)
	f.moved(t, "jc", before, tok(5), 2)
	t.Logf("gas: depositWithPermit %d; approve %d + deposit %d = %d", r.GasUsed, rs[0].GasUsed, rs[1].GasUsed, rs[0].GasUsed+rs[1].GasUsed)
	if r.GasUsed >= rs[0].GasUsed+rs[1].GasUsed {
		t.Errorf("depositWithPermit %d gas, approve and deposit %d", r.GasUsed, rs[0].GasUsed+rs[1].GasUsed)
	}

	t.Run("front-run permit", func(t *testing.T) {
		p, err := jc.SignPermit(f.ctx, mkt, tok(7), f.deadline(t, 3600))
		must(t, err)
		before := f.holding(t, "jc")
		_, err = f.m["keeper"].SubmitPermit(f.ctx, p) // the permit seen in the mempool, sent first
		must(t, err)
		_, err = jc.DepositPermitted(f.ctx, p)
		must(t, err)
		f.moved(t, "jc", before, tok(7), 1)
	})

	bad := []struct {
		name string
		sign func() *Permit
	}{
		{"another amount", func() *Permit {
			p, err := jc.SignPermit(f.ctx, mkt, tok(7), f.deadline(t, 3600))
			must(t, err)
			p.Value = tok(8)
			return p
		}},
		{"another spender", func() *Permit {
			p, err := jc.SignPermit(f.ctx, f.addr["keeper"], tok(7), f.deadline(t, 3600))
			must(t, err)
			p.Spender = mkt
			return p
		}},
		{"another signer", func() *Permit {
			p, err := f.m["keeper"].SignPermit(f.ctx, mkt, tok(7), f.deadline(t, 3600))
			must(t, err)
			return p
		}},
		{"passed deadline", func() *Permit {
			p, err := jc.SignPermit(f.ctx, mkt, tok(7), f.deadline(t, -1))
			must(t, err)
			return p
		}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			before := f.holding(t, "jc")
			if _, err := jc.DepositPermitted(f.ctx, tc.sign()); !isRevert(err, "ERC20InsufficientAllowance") {
				t.Fatalf("got %v, want revert ERC20InsufficientAllowance", err)
			}
			f.moved(t, "jc", before, new(big.Int), 0)
		})
	}
	// The same, mined: a transaction sent past the estimate reverts on-chain, moving nothing.
	t.Run("mined with a passed deadline", func(t *testing.T) {
		p, err := jc.SignPermit(f.ctx, mkt, tok(7), f.deadline(t, -1))
		must(t, err)
		before := f.holding(t, "jc")
		if err := jc.SendWithGas(f.ctx, jc.Mkt().PackDepositWithPermit(p.Value, p.Deadline, p.V, p.R, p.S), 300_000); err == nil {
			t.Fatal("mined a deposit with an expired permit")
		}
		f.moved(t, "jc", before, new(big.Int), 1) // one transaction, reverted
	})
	f.checkConservation(t)
}
