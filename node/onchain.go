package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/coophive/coophive/chain"
)

// ChainClient is the chain side of a node alone (no mesh, no store, no roles), for one-shot
// commands: read the chain id or a deal, post a job from the example client contract.
type ChainClient struct {
	market *chain.Market
	key    *ecdsa.PrivateKey // nil: read only
	close  func()
}

// DialChain connects to cfg.RPCURL (or uses cfg.Backend) and binds a Market client to
// cfg.Contracts that sends as cfg.Key (read only when nil). Close ends it.
func DialChain(ctx context.Context, cfg Config) (*ChainClient, error) {
	b, closeFn := cfg.Backend, func() {}
	if b == nil {
		if cfg.RPCURL == "" {
			return nil, errors.New("no chain: set --rpc-url or WEB3_RPC_URL")
		}
		c, err := ethclient.DialContext(ctx, cfg.RPCURL)
		if err != nil {
			return nil, fmt.Errorf("connect to chain at %s: %w", cfg.RPCURL, err)
		}
		b, closeFn = c, c.Close
	}
	return &ChainClient{market: chain.NewMarket(b, cfg.Contracts, cfg.Key), key: cfg.Key, close: closeFn}, nil
}

// Close closes the connection.
func (c *ChainClient) Close() { c.close() }

// ChainID is the chain's id.
func (c *ChainClient) ChainID(ctx context.Context) (*big.Int, error) {
	return c.market.Backend().ChainID(ctx)
}

// Deal reads a deal: its terms and where it stands.
func (c *ChainClient) Deal(ctx context.Context, id common.Hash) (*chain.Deal, error) {
	return c.market.Deal(ctx, id)
}

// OnchainJob is a cowsay job that the example client contract (contracts/src/CowsayClient.sol)
// posts to the Market, to be called back with the result hash.
type OnchainJob struct {
	Message string
	// Client is a deployed CowsayClient to post from; when zero, one is deployed, owned by
	// the client's key, whose jobs take a job creator's default terms (DefaultConfig().Job)
	// with these mediators and maximum price.
	Client    common.Address
	Mediators []common.Address
	MaxPrice  *big.Int
	Fund      *big.Int // tokens moved from the key's wallet into the client's escrow first (nil, 0: none)
}

// RunCowsayOnchain is the seed's run-cowsay-onchain: the client contract (deployed first
// unless j.Client names one) posts a cowsay job to the Market, and RunCowsayOnchain follows
// the deal until it ends and, if accepted, until the contract has been called back with its
// result hash. It returns the line to show; progress hears each step.
func (c *ChainClient) RunCowsayOnchain(ctx context.Context, j OnchainJob, progress Progress) (string, error) {
	if progress == nil {
		progress = func(string, string) {}
	}
	client, err := c.cowsayClient(ctx, j, progress)
	if err != nil {
		return "", err
	}
	if j.Fund != nil && j.Fund.Sign() > 0 {
		if err := client.Fund(ctx, j.Fund); err != nil {
			return "", err
		}
		progress("funded", fmt.Sprintf("moved %s tokens into the client's escrow", FormatTokens(j.Fund)))
	}
	id, err := client.RunCowsay(ctx, j.Message)
	if err != nil {
		return "", err
	}
	progress("posted", fmt.Sprintf("job %s posted on-chain by %s", id.Hex(), client.Address().Hex()))
	d, result, err := c.awaitCallback(ctx, client, id, progress)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("deal %s %s: provider %s paid %s tokens; the Market called %s back with result %s",
		id.Hex(), d.State, d.RP.Hex(), FormatTokens(d.Price), client.Address().Hex(), result.Hex()), nil
}

func (c *ChainClient) cowsayClient(ctx context.Context, j OnchainJob, progress Progress) (*chain.CowsayClient, error) {
	if j.Client != (common.Address{}) {
		return chain.BindCowsayClient(c.market, j.Client), nil
	}
	if len(j.Mediators) == 0 {
		return nil, errors.New("no mediators: set --mediators or SERVICE_MEDIATORS (devnet.env has them)")
	}
	// The client's jobs take a job creator's default terms (run's --help lists them).
	d := DefaultConfig().Job
	maxPrice := j.MaxPrice
	if maxPrice == nil {
		maxPrice = d.MaxPrice
	}
	client, err := chain.DeployCowsayClient(ctx, c.market, chain.ClientParams{Mediators: j.Mediators, MaxPrice: maxPrice,
		Collateral: d.Collateral, ValidFor: 600, MediationFee: d.MediationFee, Bounds: d.Bounds.Signed()})
	if err != nil {
		return nil, err
	}
	progress("deployed", fmt.Sprintf("CowsayClient at %s (reuse it with --client)", client.Address().Hex()))
	return client, nil
}

// awaitCallback follows the deal until it ends and, if accepted, until the client holds its
// result hash.
func (c *ChainClient) awaitCallback(ctx context.Context, client *chain.CowsayClient, id common.Hash, progress Progress) (*chain.Deal, common.Hash, error) {
	last := chain.StateNone
	for {
		d, err := c.market.Deal(ctx, id)
		if err == nil && d.State != last {
			last = d.State
			progress(onchainStage(d.State), fmt.Sprintf("deal %s is %s", id.Hex(), d.State))
		}
		if err == nil && d.State.Terminal() {
			if d.State != chain.StateAccepted && d.State != chain.StateMediationAccepted {
				return nil, common.Hash{}, fmt.Errorf("deal %s ended %s: no result delivered; the client's escrow was refunded", id.Hex(), d.State)
			}
			result, err := client.Result(ctx, id)
			if err != nil {
				return nil, common.Hash{}, err
			}
			if result == (common.Hash{}) {
				return nil, common.Hash{}, fmt.Errorf("deal %s %s but the client's callback failed (see the ResultDelivered event)", id.Hex(), d.State)
			}
			return d, result, nil
		}
		select {
		case <-ctx.Done():
			return nil, common.Hash{}, fmt.Errorf("waiting for job %s: %w", id.Hex(), ctx.Err())
		case <-time.After(time.Second):
		}
	}
}

func onchainStage(s chain.State) string {
	switch s {
	case chain.StateAgreed:
		return "matched"
	case chain.StateResultsSubmitted:
		return "submitted"
	}
	return "ended"
}
