package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/chain/bindings"
	"github.com/coophive/coophive/internal/atomicfile"
)

// Network is a network file: what a node needs to join one market, written by `coophive
// deploy` and read by every command's --network. It holds no RPC URL: each operator reaches
// the chain through an endpoint of its own.
type Network struct {
	ChainID     int64          `json:"chainId"`
	Token       common.Address `json:"token"`
	Market      common.Address `json:"market"`
	DeployBlock uint64         `json:"deployBlock"` // the Market's creation block: no Market event is older
	Deployer    common.Address `json:"deployer"`    // holds the token supply: the network's faucet
	// MarketCodeHash is the keccak256 of the code at Market (eth_getCode), which anyone can
	// check against the chain; MarketCreationCodeHash that of the creation code the deploying
	// build holds (`coophive version`'s market_creation_code_keccak256).
	MarketCodeHash         common.Hash      `json:"marketCodeHash"`
	MarketCreationCodeHash common.Hash      `json:"marketCreationCodeHash"`
	Bootstrap              []string         `json:"bootstrap"`
	Mediators              []common.Address `json:"mediators"`
	Solvers                []common.Address `json:"solvers"`
}

// Contracts are the network's contracts.
func (n *Network) Contracts() chain.Addresses {
	return chain.Addresses{Token: n.Token, Market: n.Market}
}

// ReadNetwork reads and checks a network file.
func ReadNetwork(path string) (*Network, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("network file: %w", err)
	}
	var n Network
	if err := json.Unmarshal(b, &n); err != nil {
		return nil, fmt.Errorf("network file %s: %w", path, err)
	}
	if err := n.check(); err != nil {
		return nil, fmt.Errorf("network file %s: %w", path, err)
	}
	return &n, nil
}

func (n *Network) check() error {
	switch {
	case n.ChainID <= 0:
		return errors.New("no chainId")
	case n.Token == (common.Address{}) || n.Market == (common.Address{}):
		return errors.New("no token or market address")
	}
	if err := n.checkSpoken(); err != nil {
		return err
	}
	return CheckBootstrap(n.Bootstrap)
}

// ErrForeignMarket is a network file whose Market this build was not built to speak.
var ErrForeignMarket = errors.New("this coophive does not speak the network's Market")

// checkSpoken refuses a network whose Market was deployed from other creation code than
// this build's: its calls, events and EIP-712 domain may differ from what this build
// encodes and decodes.
func (n *Network) checkSpoken() error {
	ours, err := chain.MarketCodeHash()
	if err != nil {
		return err
	}
	switch n.MarketCreationCodeHash {
	case ours:
		return nil
	case common.Hash{}:
		return fmt.Errorf("%w: the file names no marketCreationCodeHash (files written by `coophive deploy` do)", ErrForeignMarket)
	}
	return fmt.Errorf("%w: it was deployed from Market creation code %s, this build holds %s (see `coophive version`); run the release the network's operator names",
		ErrForeignMarket, n.MarketCreationCodeHash.Hex(), ours.Hex())
}

// CheckBootstrap checks that each address is a multiaddr with a /p2p/ peer id.
func CheckBootstrap(addrs []string) error {
	for _, a := range addrs {
		if _, err := peer.AddrInfoFromString(a); err != nil {
			return fmt.Errorf("bootstrap peer %q: want a multiaddr ending in /p2p/ and the peer id: %w", a, err)
		}
	}
	return nil
}

// WriteNetwork writes a network file (mode 0644), never over an existing one.
func WriteNetwork(path string, n *Network) error {
	c := *n // lists as [] rather than null
	c.Bootstrap = nonNil(c.Bootstrap)
	c.Mediators, c.Solvers = nonNil(c.Mediators), nonNil(c.Solvers)
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteNew(path, append(b, '\n'), 0o644); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists: not overwriting a network file (move it away, or choose another path)", path)
		}
		return err
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Exports are the environment variables that say what the network file at path says, as
// `export NAME="value"` lines: COOPHIVE_NETWORK itself, then the chain id, the contracts and
// the lists the file holds.
func (n *Network) Exports(path string) string {
	var b strings.Builder
	line := func(k, v string) { fmt.Fprintf(&b, "export %s=%q\n", k, v) }
	line("COOPHIVE_NETWORK", path)
	line("WEB3_CHAIN_ID", fmt.Sprint(n.ChainID))
	line("WEB3_TOKEN_ADDRESS", n.Token.Hex())
	line("WEB3_MARKET_ADDRESS", n.Market.Hex())
	if len(n.Bootstrap) > 0 {
		line("BOOTSTRAP_PEERS", strings.Join(n.Bootstrap, ","))
	}
	if len(n.Mediators) > 0 {
		line("SERVICE_MEDIATORS", joinAddrs(n.Mediators))
	}
	if len(n.Solvers) > 0 {
		line("SERVICE_SOLVERS", joinAddrs(n.Solvers))
	}
	return b.String()
}

func joinAddrs(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ",")
}

// LoadKeystore unlocks the keystore file at path.
func LoadKeystore(path, passphrase string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	return unlockKeystore(path, blob, passphrase)
}

// KeystoreAddress is the address a keystore file names, read without unlocking it.
func KeystoreAddress(path string) (common.Address, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, fmt.Errorf("read keystore: %w", err)
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &k); err != nil || !common.IsHexAddress(k.Address) {
		return common.Address{}, fmt.Errorf("%s: not a keystore file with an address", path)
	}
	return common.HexToAddress(k.Address), nil
}

// DefaultMarketParams are the Market's constructor parameters the devnet deploys with.
func DefaultMarketParams() chain.MarketParams { return chain.DefaultMarketParams() }

// DefaultTokenSupply is the token supply the devnet deploys.
func DefaultTokenSupply() *big.Int { return chain.DefaultSupply() }

// DeployParams are what `coophive deploy` deploys.
type DeployParams struct {
	Supply    *big.Int // tokens minted to the deployer
	Market    chain.MarketParams
	Bootstrap []string
	Mediators []common.Address
	Solvers   []common.Address
}

// DeployNetwork deploys the token and the Market from the client's key, waits for both
// receipts and returns the network file that describes them.
func (c *ChainClient) DeployNetwork(ctx context.Context, p DeployParams) (*Network, error) {
	if err := CheckBootstrap(p.Bootstrap); err != nil {
		return nil, err
	}
	if c.key == nil {
		return nil, errors.New("deploy: no key")
	}
	b := c.market.Backend()
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	d, err := chain.Deploy(ctx, b, c.key, p.Supply, p.Market)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	code, err := b.CodeAt(ctx, d.Market, nil)
	if err != nil {
		return nil, fmt.Errorf("read the Market's code: %w", err)
	}
	creation, err := chain.MarketCodeHash()
	if err != nil {
		return nil, err
	}
	return &Network{ChainID: id.Int64(), Token: d.Token, Market: d.Market, DeployBlock: d.Block,
		Deployer: chain.KeyAddress(c.key), MarketCodeHash: crypto.Keccak256Hash(code), MarketCreationCodeHash: creation,
		Bootstrap: p.Bootstrap, Mediators: p.Mediators, Solvers: p.Solvers}, nil
}

// CheckNetwork checks a network file against the chain: its chain id, and the hash of the
// code at its Market.
func (c *ChainClient) CheckNetwork(ctx context.Context, n *Network) error {
	b := c.market.Backend()
	id, err := b.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if id.Int64() != n.ChainID {
		return fmt.Errorf("the chain has id %s, the network file %d", id, n.ChainID)
	}
	code, err := b.CodeAt(ctx, n.Market, nil)
	if err != nil {
		return fmt.Errorf("read the Market's code: %w", err)
	}
	if h := crypto.Keccak256Hash(code); h != n.MarketCodeHash {
		return fmt.Errorf("the code at Market %s hashes to %s, not the network file's %s", n.Market.Hex(), h.Hex(), n.MarketCodeHash.Hex())
	}
	return nil
}

// Funded is one address Fund sent to.
type Funded struct {
	To             common.Address
	ETHTx, TokenTx common.Hash // zero when none was sent
}

// Fund sends each address eth (wei) and tokens (base units) from the client's key, all
// back to back, and waits for every receipt.
func (c *ChainClient) Fund(ctx context.Context, to []common.Address, eth, tokens *big.Int) ([]Funded, error) {
	if c.key == nil {
		return nil, errors.New("fund: no key")
	}
	b, from := c.market.Backend(), chain.KeyAddress(c.key)
	n := big.NewInt(int64(len(to)))
	if tokens.Sign() > 0 {
		bal, err := c.market.TokenBalance(ctx, from)
		if err != nil {
			return nil, err
		}
		if need := new(big.Int).Mul(tokens, n); bal.Cmp(need) < 0 {
			return nil, fmt.Errorf("%s holds %s tokens, fewer than the %s to send", from.Hex(), FormatTokens(bal), FormatTokens(need))
		}
	}
	bt, err := chain.NewBatch(ctx, b, c.key)
	if err != nil {
		return nil, err
	}
	token := c.market.Addresses().Token
	tok := bindings.NewToken()
	out := make([]Funded, len(to))
	for i, a := range to {
		out[i].To = a
		if eth.Sign() > 0 {
			tx, err := sendEstimated(ctx, bt, "send "+FormatTokens(eth)+" ETH to "+a.Hex(), ethereum.CallMsg{From: from, To: &a, Value: eth})
			if err != nil {
				return nil, err
			}
			out[i].ETHTx = tx.Hash()
		}
		if tokens.Sign() > 0 {
			tx, err := sendEstimated(ctx, bt, "send "+FormatTokens(tokens)+" tokens to "+a.Hex(),
				ethereum.CallMsg{From: from, To: &token, Data: tok.PackTransfer(a, tokens)})
			if err != nil {
				return nil, err
			}
			out[i].TokenTx = tx.Hash()
		}
	}
	if _, err := bt.Wait(ctx); err != nil {
		return nil, err
	}
	return out, nil
}

// sendEstimated sends msg in the batch with its gas estimated against the latest state, with
// a margin: the gas of a token transfer is not the same on every chain (go-ethereum's dev
// mode, with its newest fork's storage costs, takes more than chain.GasTransfer). Only
// calls that do not depend on the batch's earlier transactions may be sent so.
func sendEstimated(ctx context.Context, bt *chain.Batch, step string, msg ethereum.CallMsg) (*types.Transaction, error) {
	gas, err := bt.Backend().EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%s: estimate gas: %w", step, err)
	}
	if gas > params.TxGas { // not a plain transfer of ether, whose gas is fixed
		gas += gas/5 + 10_000
	}
	return bt.Send(ctx, step, msg.To, msg.Value, msg.Data, gas)
}

// Balance is what an account holds: ether and tokens in its wallet, tokens in the Market's
// escrow, free and locked.
type Balance struct {
	Address                   common.Address
	ETH, Tokens, Free, Locked *big.Int
}

// Balances reads each account's balances.
func (c *ChainClient) Balances(ctx context.Context, who []common.Address) ([]Balance, error) {
	out := make([]Balance, len(who))
	for i, a := range who {
		eth, err := c.market.Backend().BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("read ETH balance of %s: %w", a.Hex(), err)
		}
		tok, err := c.market.TokenBalance(ctx, a)
		if err != nil {
			return nil, err
		}
		free, locked, err := c.market.Escrow(ctx, a)
		if err != nil {
			return nil, err
		}
		out[i] = Balance{Address: a, ETH: eth, Tokens: tok, Free: free, Locked: locked}
	}
	return out, nil
}

// WriteBalances prints balances as a table, amounts in whole units (18 decimals).
func WriteBalances(w io.Writer, bs []Balance) {
	var b bytes.Buffer
	row := func(cols ...string) {
		fmt.Fprintf(&b, "%-42s  %24s  %24s  %24s  %24s\n", cols[0], cols[1], cols[2], cols[3], cols[4])
	}
	row("ADDRESS", "ETH", "TOKENS", "ESCROW_FREE", "ESCROW_LOCKED")
	for _, x := range bs {
		row(x.Address.Hex(), FormatTokens(x.ETH), FormatTokens(x.Tokens), FormatTokens(x.Free), FormatTokens(x.Locked))
	}
	w.Write(b.Bytes())
}

// DepositEscrow moves amount from the key's wallet into its free escrow in one
// depositWithPermit transaction (approve, then deposit, for a token without permits).
func (c *ChainClient) DepositEscrow(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	from := c.market.From()
	bal, err := c.market.TokenBalance(ctx, from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(amount) < 0 {
		return nil, fmt.Errorf("the wallet of %s holds %s tokens, fewer than %s", from.Hex(), FormatTokens(bal), FormatTokens(amount))
	}
	r, err := c.market.DepositWithPermit(ctx, amount)
	if errors.Is(err, chain.ErrNoPermit) {
		rs, err := c.market.ApproveAndDeposit(ctx, amount)
		if err != nil {
			return nil, err
		}
		return rs[len(rs)-1], nil
	}
	return r, err
}

// WithdrawEscrow moves amount of the key's free escrow back to its wallet.
func (c *ChainClient) WithdrawEscrow(ctx context.Context, amount *big.Int) error {
	from := c.market.From()
	free, locked, err := c.market.Escrow(ctx, from)
	if err != nil {
		return err
	}
	if free.Cmp(amount) < 0 {
		return fmt.Errorf("the escrow of %s has %s tokens free (%s locked), fewer than %s", from.Hex(),
			FormatTokens(free), FormatTokens(locked), FormatTokens(amount))
	}
	return c.market.Withdraw(ctx, amount)
}

// From is the account the client sends as (zero when read-only).
func (c *ChainClient) From() common.Address { return c.market.From() }
