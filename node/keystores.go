package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/internal/atomicfile"
	"github.com/coophive/coophive/p2p"
)

// KeyRoles are the roles `coophive keys generate` writes keystores for, in its order: the
// node roles, and the faucet that funds a network's accounts.
var KeyRoles = []string{"solver", "mediator", "rp", "jc", "faucet"}

// roleExports are the variables a network file sets to a role's address: the node flags'
// (--solvers, --mediators) and one naming each role's account.
var roleExports = map[string][]string{
	"solver":   {"SERVICE_SOLVERS", "COOPHIVE_SOLVER_ADDRESS"},
	"mediator": {"SERVICE_MEDIATORS", "COOPHIVE_MEDIATOR_ADDRESS"},
	"rp":       {"COOPHIVE_RP_ADDRESS"},
	"jc":       {"COOPHIVE_JC_ADDRESS"},
	"faucet":   {"COOPHIVE_FAUCET_ADDRESS"},
}

// Identity names a keystore's key publicly: its Ethereum address and the libp2p peer id of a
// node that runs with it (p2p.PeerIDOf).
type Identity struct {
	Role    string // for `keys generate`; empty otherwise
	File    string
	Address common.Address
	PeerID  peer.ID
	key     *ecdsa.PrivateKey
}

// PrivateKeyHex is the raw private key, 0x-prefixed hex: for development only.
func (id Identity) PrivateKeyHex() string { return "0x" + common.Bytes2Hex(crypto.FromECDSA(id.key)) }

func identityOf(role, file string, key *ecdsa.PrivateKey) (Identity, error) {
	pid, err := p2p.PeerIDOf(key)
	if err != nil {
		return Identity{}, fmt.Errorf("peer id of %s: %w", file, err)
	}
	return Identity{Role: role, File: file, Address: crypto.PubkeyToAddress(key.PublicKey), PeerID: pid, key: key}, nil
}

// ParseKeyRoles reads roles (comma-separated values allowed) as KeyRoles, each once.
func ParseKeyRoles(list []string) ([]string, error) {
	var roles []string
	for _, s := range list {
		for _, r := range strings.Split(s, ",") {
			r = strings.TrimSpace(r)
			switch {
			case r == "":
				continue
			case !slices.Contains(KeyRoles, r):
				return nil, fmt.Errorf("role %q: want %s", r, strings.Join(KeyRoles, ", "))
			case slices.Contains(roles, r):
				return nil, fmt.Errorf("role %q given twice", r)
			}
			roles = append(roles, r)
		}
	}
	if len(roles) == 0 {
		return nil, errors.New("no roles: want some of " + strings.Join(KeyRoles, ", "))
	}
	return roles, nil
}

// NewKeystore writes a keystore file with a fresh key at path, mode 0600 (its directory,
// when created, 0700), encrypted with passphrase as a node's own. It never replaces a file.
func NewKeystore(path, passphrase string) (Identity, error) {
	if err := refuseExisting(path); err != nil {
		return Identity{}, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return Identity{}, fmt.Errorf("keystore directory: %w", err)
	}
	return writeKeystore("", path, passphrase)
}

// GenerateKeystores writes DIR/ROLE.json for each role, as NewKeystore. It checks first
// that none of them exists, so it writes all or none (a file made meanwhile still stops it).
func GenerateKeystores(dir string, roles []string, passphrase string) ([]Identity, error) {
	for _, r := range roles {
		if err := refuseExisting(KeystorePath(dir, r)); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore directory: %w", err)
	}
	var ids []Identity
	for _, r := range roles {
		id, err := writeKeystore(r, KeystorePath(dir, r), passphrase)
		if err != nil {
			return ids, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// KeystorePath is a role's keystore file in a directory of `keys generate`.
func KeystorePath(dir, role string) string { return filepath.Join(dir, role+".json") }

// InspectKeystore unlocks the keystore file at path as a node does, and names its key.
func InspectKeystore(path, passphrase string) (Identity, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return Identity{}, fmt.Errorf("read keystore: %w", err)
	}
	k, err := unlockKeystore(path, blob, passphrase)
	if err != nil {
		return Identity{}, err
	}
	return identityOf("", path, k)
}

func refuseExisting(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s exists: not overwriting a keystore (move it away, or choose another path)", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("keystore: %w", err)
	}
	return nil
}

func writeKeystore(role, path, passphrase string) (Identity, error) {
	priv, blob, err := newKeystore(passphrase)
	if err != nil {
		return Identity{}, err
	}
	if err := atomicfile.WriteNew(path, blob, 0o600); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return Identity{}, refuseExisting(path)
		}
		return Identity{}, err
	}
	return identityOf(role, path, priv)
}

// WriteIdentities prints one line per key: role, address, peer id, file, and the raw private
// key only when withPrivate (development).
func WriteIdentities(w io.Writer, ids []Identity, withPrivate bool) {
	row := func(role, addr, pid, file, key string) {
		line := fmt.Sprintf("%-8s  %-42s  %-53s  %s", role, addr, pid, file)
		if withPrivate {
			line += "  " + key
		}
		fmt.Fprintln(w, line)
	}
	row("ROLE", "ADDRESS", "PEER_ID", "KEYSTORE", "PRIVATE_KEY")
	for _, id := range ids {
		key := ""
		if withPrivate {
			key = id.PrivateKeyHex()
		}
		row(id.Role, id.Address.Hex(), id.PeerID.String(), id.File, key)
	}
}

// WriteExports prints the shell lines a network file needs for these keys' addresses:
// `export SERVICE_SOLVERS=0x…` for the solvers and mediators the nodes' flags read, and one
// variable per role (COOPHIVE_RP_ADDRESS...).
func WriteExports(w io.Writer, ids []Identity) {
	for _, id := range ids {
		for _, name := range roleExports[id.Role] {
			fmt.Fprintf(w, "export %s=%s\n", name, id.Address.Hex())
		}
	}
}

// WriteIdentity prints one key as "key: value" lines: address, peer_id, keystore, and the raw
// private_key only when withPrivate (development).
func WriteIdentity(w io.Writer, id Identity, withPrivate bool) {
	fmt.Fprintf(w, "address: %s\npeer_id: %s\nkeystore: %s\n", id.Address.Hex(), id.PeerID, id.File)
	if withPrivate {
		fmt.Fprintf(w, "private_key: %s\n", id.PrivateKeyHex())
	}
}
