package faucet

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/matching"
)

// GasETH is the gas of an ether payment to an account without code; a contract's is estimated.
const GasETH = 21_000

// claim is one admitted request, waiting in the queue for the sender.
type claim struct {
	addr common.Address
	ip   string
	done chan outcome // buffered: the sender never blocks on a client that left
}

// outcome is what became of a claim: both transactions, or an error to answer.
type outcome struct {
	ethTx, tokenTx common.Hash
	err            *apiError
}

// apiError is an error answer: its status and JSON body (error, and what else it says).
type apiError struct {
	status int
	msg    string
	extra  map[string]any
}

func (e *apiError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) *apiError {
	return &apiError{status: status, msg: fmt.Sprintf(format, args...)}
}

// send is the one goroutine that sends from the faucet key: it takes the queued claims a
// round at a time and pays them. When ctx ends it answers what is still queued.
func (f *Faucet) send(ctx context.Context) {
	for {
		var round []*claim
		select {
		case <-ctx.Done():
			for {
				select {
				case c := <-f.queue:
					f.finish(c, outcome{err: errorf(http.StatusServiceUnavailable, "faucet shutting down, try again later")})
				default:
					return
				}
			}
		case c := <-f.queue:
			round = append(round, c)
		}
	more:
		for len(round) < f.cfg.MaxRound {
			select {
			case c := <-f.queue:
				round = append(round, c)
			default:
				break more
			}
		}
		f.pay(ctx, round)
	}
}

// finish counts a claim (when paid) or releases its reservation, then answers it.
func (f *Faucet) finish(c *claim, o outcome) {
	f.lim.finish(c.addr, c.ip, o.err == nil, f.now())
	if o.err == nil {
		f.log.Info("paid", "to", c.addr.Hex(), "ip", c.ip, "eth_tx", o.ethTx.Hex(), "token_tx", o.tokenTx.Hex())
	} else {
		f.log.Warn("claim failed", "to", c.addr.Hex(), "ip", c.ip, "status", o.err.status, "err", o.err.msg)
	}
	c.done <- o
}

// sentClaim is a claim whose two payments were sent.
type sentClaim struct {
	c            *claim
	eth, token   *types.Transaction
	ethGas, cost *big.Int
}

// pay pays one round: it reads the nonce, fees and balances once, sends each claim's ether
// then tokens (consecutive nonces), then waits for every receipt. A claim the balances
// cannot cover gets 503 and sends nothing; a failed send ends the round (the node's nonce
// is read afresh by the next).
func (f *Faucet) pay(ctx context.Context, round []*claim) {
	rctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
	bt, ethBal, tokBal, err := f.startRound(rctx)
	cancel()
	if err != nil {
		for _, c := range round {
			f.finish(c, outcome{err: errorf(http.StatusBadGateway, "faucet: the chain did not answer: %v", err)})
		}
		return
	}
	tok := bindings.NewToken()
	var sent []sentClaim
	for i, c := range round {
		sctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
		s, perr := f.sendClaim(sctx, bt, tok, c, ethBal, tokBal)
		cancel()
		if perr != nil {
			f.finish(c, outcome{err: perr})
			if perr.status == http.StatusBadGateway { // a send failed: the nonce is in doubt
				for _, rest := range round[i+1:] {
					f.finish(rest, outcome{err: errorf(http.StatusServiceUnavailable, "busy, try again")})
				}
				break
			}
			continue
		}
		ethBal.Sub(ethBal, s.cost)
		tokBal.Sub(tokBal, f.cfg.Tokens)
		sent = append(sent, s)
	}
	wctx, cancel := context.WithTimeout(ctx, f.cfg.ReceiptTimeout)
	defer cancel()
	for _, s := range sent {
		o := outcome{ethTx: hash(s.eth), tokenTx: hash(s.token)}
		for _, tx := range []*types.Transaction{s.eth, s.token} {
			if tx == nil {
				continue
			}
			if _, err := chain.WaitOK(wctx, f.b, tx); err != nil && o.err == nil {
				o.err = errorf(http.StatusBadGateway, "faucet: payment to %s not confirmed: %v", s.c.addr.Hex(), err)
				o.err.extra = map[string]any{"eth_tx": o.ethTx.Hex(), "token_tx": o.tokenTx.Hex()}
			}
		}
		f.finish(s.c, o)
	}
}

// startRound reads what a round needs: a batch (nonce, fees) and the wallet's balances.
func (f *Faucet) startRound(ctx context.Context) (*chain.Batch, *big.Int, *big.Int, error) {
	bt, err := chain.NewBatch(ctx, f.b, f.cfg.Key)
	if err != nil {
		return nil, nil, nil, err
	}
	eth, tok, err := f.balances(ctx)
	return bt, eth, tok, err
}

// balances are the faucet wallet's ether and tokens.
func (f *Faucet) balances(ctx context.Context) (eth, tok *big.Int, err error) {
	if eth, err = f.b.BalanceAt(ctx, f.from, nil); err != nil {
		return nil, nil, fmt.Errorf("read the balance of %s: %w", f.from.Hex(), err)
	}
	t := bindings.NewToken()
	tok, err = bind.Call(t.Instance(f.b, f.cfg.Token), &bind.CallOpts{Context: ctx}, t.PackBalanceOf(f.from), t.UnpackBalanceOf)
	if err != nil {
		return nil, nil, fmt.Errorf("read the token balance of %s: %w", f.from.Hex(), err)
	}
	return eth, tok, nil
}

// sendClaim checks that the balances cover a claim and sends its two payments.
func (f *Faucet) sendClaim(ctx context.Context, bt *chain.Batch, tok *bindings.Token, c *claim, ethBal, tokBal *big.Int) (sentClaim, *apiError) {
	gas := uint64(GasETH)
	if err := f.short(ethBal, tokBal, bt.FeeCap(), gas); err != nil {
		return sentClaim{}, err
	}
	code, err := f.b.CodeAt(ctx, c.addr, nil)
	if err != nil {
		return sentClaim{}, errorf(http.StatusBadGateway, "faucet: the chain did not answer: read code at %s: %v", c.addr.Hex(), err)
	}
	if len(code) > 0 { // a contract (or a delegated account): its receive may cost more
		est, err := f.b.EstimateGas(ctx, ethereum.CallMsg{From: f.from, To: &c.addr, Value: f.cfg.ETH})
		if err != nil {
			return sentClaim{}, errorf(http.StatusBadRequest, "%s is a contract that does not take %s ether: %v",
				c.addr.Hex(), matching.FormatTokens(f.cfg.ETH), err)
		}
		gas = est + est/5
		if err := f.short(ethBal, tokBal, bt.FeeCap(), gas); err != nil {
			return sentClaim{}, err
		}
	}
	s := sentClaim{c: c, cost: claimCost(f.cfg.ETH, bt.FeeCap(), gas)}
	if f.cfg.ETH.Sign() > 0 {
		if s.eth, err = bt.Send(ctx, "pay ether to "+c.addr.Hex(), &c.addr, f.cfg.ETH, nil, gas); err != nil {
			return s, errorf(http.StatusBadGateway, "faucet: send: %v", err)
		}
	}
	if f.cfg.Tokens.Sign() > 0 {
		if s.token, err = bt.Send(ctx, "pay tokens to "+c.addr.Hex(), &f.cfg.Token, nil, tok.PackTransfer(c.addr, f.cfg.Tokens), chain.GasTransfer); err != nil {
			e := errorf(http.StatusBadGateway, "faucet: send: %v", err)
			if s.eth != nil {
				e = errorf(http.StatusBadGateway, "faucet: ether sent in %s, tokens not: %v", s.eth.Hash().Hex(), err)
				e.extra = map[string]any{"eth_tx": s.eth.Hash().Hex()}
			}
			return s, e
		}
	}
	return s, nil
}

// hash is a sent transaction's hash, zero for one not sent (an amount of zero).
func hash(tx *types.Transaction) common.Hash {
	if tx == nil {
		return common.Hash{}
	}
	return tx.Hash()
}

// claimCost is the most ether a claim takes: the payment and both transactions' gas at the cap.
func claimCost(eth, feeCap *big.Int, ethGas uint64) *big.Int {
	gas := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(ethGas+chain.GasTransfer))
	return gas.Add(gas, eth)
}

// short is a 503 saying what the wallet lacks for one claim, or nil.
func (f *Faucet) short(ethBal, tokBal, feeCap *big.Int, ethGas uint64) *apiError {
	var parts []string
	var what []string
	if need := claimCost(f.cfg.ETH, feeCap, ethGas); ethBal.Cmp(need) < 0 {
		parts = append(parts, fmt.Sprintf("it has %s ETH, a claim needs %s (%s and gas)",
			matching.FormatTokens(ethBal), matching.FormatTokens(need), matching.FormatTokens(f.cfg.ETH)))
		what = append(what, "eth")
	}
	if tokBal.Cmp(f.cfg.Tokens) < 0 {
		parts = append(parts, fmt.Sprintf("it has %s tokens, a claim needs %s", matching.FormatTokens(tokBal), matching.FormatTokens(f.cfg.Tokens)))
		what = append(what, "tokens")
	}
	if len(parts) == 0 {
		return nil
	}
	e := errorf(http.StatusServiceUnavailable, "faucet empty: %s", strings.Join(parts, "; "))
	e.extra = map[string]any{"short": what}
	return e
}
