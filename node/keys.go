package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/internal/atomicfile"
)

// KeyFile is the keystore file in a node's data dir.
const KeyFile = "key.json"

// DevChainIDs are the chain ids of local dev chains: geth --dev and the devnet (1337), Hardhat
// and Anvil (31337). Only there may a keystore have an empty passphrase.
var DevChainIDs = []int64{chain.DevChainID, 31337}

// IsDevChainID reports whether id is one of DevChainIDs.
func IsDevChainID(id int64) bool { return slices.Contains(DevChainIDs, id) }

// ParsePrivateKey parses a hex private key (with or without 0x), as WEB3_PRIVATE_KEY holds.
func ParsePrivateKey(s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil { // the decoder's error may quote a character of the key: not shown
		return nil, errors.New("private key: want 64 hex digits, with or without 0x")
	}
	return k, nil
}

// LoadOrCreateKey reads the keystore file in dataDir, creating one with a fresh key when
// there is none. The passphrase encrypts it (scrypt, go-ethereum's standard parameters).
func LoadOrCreateKey(dataDir, passphrase string) (*ecdsa.PrivateKey, bool, error) {
	path := filepath.Join(dataDir, KeyFile)
	blob, err := os.ReadFile(path)
	if err == nil {
		k, err := unlockKeystore(path, blob, passphrase)
		return k, false, err
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("read key: %w", err)
	}
	priv, blob, err := newKeystore(passphrase)
	if err != nil {
		return nil, false, err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, false, err
	}
	if err := writeFileAtomic(path, blob, 0o600); err != nil {
		return nil, false, err
	}
	return priv, true, nil
}

// newKeystore makes a fresh key and its keystore file's contents, encrypted with passphrase
// (scrypt, go-ethereum's standard parameters).
func newKeystore(passphrase string) (*ecdsa.PrivateKey, []byte, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return nil, nil, err
	}
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	blob, err := keystore.EncryptKey(k, passphrase, keystore.StandardScryptN, keystore.StandardScryptP)
	if err != nil {
		return nil, nil, fmt.Errorf("encrypt key: %w", err)
	}
	return priv, blob, nil
}

// unlockKeystore decrypts the keystore file read from path.
func unlockKeystore(path string, blob []byte, passphrase string) (*ecdsa.PrivateKey, error) {
	k, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// writeFileAtomic writes via a temp file and rename, so a crash never leaves half a file.
func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	return atomicfile.Write(path, data, mode)
}
