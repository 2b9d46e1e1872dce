package chain

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/matching"
)

// What the external tests (package chain_test: they use chaintest, which imports chain)
// reach inside the package.

func (f *Follower) Poll(ctx context.Context, from uint64, handle func(Event)) (uint64, error) {
	return f.poll(ctx, from, handle)
}

func (m *Market) Mkt() *bindings.Market { return m.mkt }

func (m *Market) MktInst() *bind.BoundContract { return m.mktInst }

func (m *Market) Send(ctx context.Context, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	return m.send(ctx, c, data)
}

// SendWithGas sends a Market call with a fixed gas limit (no estimate) and waits for it.
func (m *Market) SendWithGas(ctx context.Context, data []byte, gas uint64) error {
	opts, err := newTxOpts(ctx, m.b, m.key)
	if err != nil {
		return err
	}
	opts.GasLimit = gas
	tx, err := bind.Transact(m.mktInst, opts, data)
	if err != nil {
		return err
	}
	_, err = waitOK(ctx, m.b, tx)
	return err
}

func (t Terms) Arg() bindings.MarketTerms { return t.arg() }

func PinArg(p *matching.ModulePin) (bindings.MarketModulePin, error) { return pinArg(p) }

// NumStates is how many deal states there are (StateNone included).
const NumStates = len(stateNames)
