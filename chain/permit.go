package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoPermit: the token takes no EIP-2612 permit this client can sign (its EIP-712 domain
// or its permit nonces cannot be read). Deposit (approve, then deposit) still works.
var ErrNoPermit = errors.New("the token takes no EIP-2612 permit")

// Permit is an EIP-2612 permit: Owner lets Spender spend Value of its tokens until Deadline
// (unix seconds, the chain's clock), with the token's permit nonce Nonce; V, R, S sign it.
type Permit struct {
	Owner, Spender         common.Address
	Value, Nonce, Deadline *big.Int
	V                      uint8
	R, S                   [32]byte
}

// permitTTL is how long, after the head block's time, a deposit's permit stays valid: long
// enough for a slow chain to include it, short enough that a leaked one soon expires.
const permitTTL = 3600

var (
	eip712DomainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	permitType       = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
)

// PermitDigest is the EIP-712 digest of a permit for the token whose domain is name,
// version, chainID and token (what its eip712Domain() reports).
func PermitDigest(name, version string, chainID *big.Int, token common.Address, p *Permit) common.Hash {
	domain := crypto.Keccak256Hash(eip712DomainType[:], crypto.Keccak256([]byte(name)), crypto.Keccak256([]byte(version)),
		common.BigToHash(chainID).Bytes(), common.BytesToHash(token[:]).Bytes())
	str := crypto.Keccak256Hash(permitType[:], common.BytesToHash(p.Owner[:]).Bytes(), common.BytesToHash(p.Spender[:]).Bytes(),
		common.BigToHash(p.Value).Bytes(), common.BigToHash(p.Nonce).Bytes(), common.BigToHash(p.Deadline).Bytes())
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], str[:])
}

// SignPermit signs, as this client's account, a permit for spender to spend value of its
// tokens until deadline, with the token's current permit nonce of the account. The domain is
// the one the token reports (EIP-5267 eip712Domain()).
func (m *Market) SignPermit(ctx context.Context, spender common.Address, value, deadline *big.Int) (*Permit, error) {
	if m.key == nil {
		return nil, errors.New("read-only market client cannot sign permits")
	}
	opts := &bind.CallOpts{Context: ctx}
	dom, err := bind.Call(m.tokInst, opts, m.tok.PackTokenEip712Domain(), m.tok.UnpackTokenEip712Domain)
	if err != nil {
		return nil, fmt.Errorf("%w: read its EIP-712 domain: %w", ErrNoPermit, err)
	}
	// name, version, chainId and verifyingContract, nothing else (OpenZeppelin's EIP712).
	if dom.Fields[0] != 0x0f || dom.VerifyingContract != m.addrs.Token {
		return nil, fmt.Errorf("%w: its EIP-712 domain has fields %#x, contract %s", ErrNoPermit, dom.Fields[0], dom.VerifyingContract.Hex())
	}
	nonce, err := bind.Call(m.tokInst, opts, m.tok.PackNonces(m.from), m.tok.UnpackNonces)
	if err != nil {
		return nil, fmt.Errorf("%w: read the permit nonce: %w", ErrNoPermit, err)
	}
	p := &Permit{Owner: m.from, Spender: spender, Value: value, Nonce: nonce, Deadline: deadline}
	sig, err := crypto.Sign(PermitDigest(dom.Name, dom.Version, dom.ChainId, m.addrs.Token, p).Bytes(), m.key)
	if err != nil {
		return nil, err
	}
	copy(p.R[:], sig[:32])
	copy(p.S[:], sig[32:64])
	p.V = sig[64] + 27
	return p, nil
}

// DepositWithPermit moves amount from the wallet into the caller's free escrow in one
// transaction (Market.depositWithPermit), with a permit signed here that expires an hour
// after the head block's time. ErrNoPermit when the token takes none (Deposit then).
func (m *Market) DepositWithPermit(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	m.permitMu.Lock() // one permit nonce in flight per account
	defer m.permitMu.Unlock()
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read chain head: %w", err)
	}
	p, err := m.SignPermit(ctx, m.addrs.Market, amount, new(big.Int).SetUint64(head.Time+permitTTL))
	if err != nil {
		return nil, err
	}
	return m.DepositPermitted(ctx, p)
}

// DepositPermitted sends depositWithPermit with a permit as it is (its Value is the amount).
func (m *Market) DepositPermitted(ctx context.Context, p *Permit) (*types.Receipt, error) {
	r, err := m.send(ctx, m.mktInst, m.mkt.PackDepositWithPermit(p.Value, p.Deadline, p.V, p.R, p.S))
	if err != nil {
		return r, fmt.Errorf("depositWithPermit %s: %w", p.Value, err)
	}
	return r, nil
}

// SubmitPermit sends a permit to the token itself: anyone may, whoever signed it (a
// front-runner does; depositWithPermit still goes through).
func (m *Market) SubmitPermit(ctx context.Context, p *Permit) (*types.Receipt, error) {
	r, err := m.send(ctx, m.tokInst, m.tok.PackPermit(p.Owner, p.Spender, p.Value, p.Deadline, p.V, p.R, p.S))
	if err != nil {
		return r, fmt.Errorf("permit: %w", err)
	}
	return r, nil
}

// Allowance is what spender may spend of owner's tokens.
func (m *Market) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	return bind.Call(m.tokInst, &bind.CallOpts{Context: ctx}, m.tok.PackAllowance(owner, spender), m.tok.UnpackAllowance)
}
