package main

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/coophive/coophive/node"
)

// runCLI runs the binary with the caller's environment less its keys, passphrases and
// credentials, plus env, and returns what it printed.
func runCLI(t *testing.T, env []string, args ...string) string {
	t.Helper()
	needBinary(t)
	cmd := exec.Command(binary, args...)
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "WEB3_PRIVATE_KEY", "COOPHIVE_PASSPHRASE", "COOPHIVE_PASSPHRASE_FILE", "CREDENTIALS_DIRECTORY",
			"WEB3_RPC_URL", "WEB3_CHAIN_ID":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, "WEB3_MARKET_ADDRESS=0x0000000000000000000000000000000000000001",
		"WEB3_TOKEN_ADDRESS=0x0000000000000000000000000000000000000002")
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("%v succeeded:\n%s", args, out)
	}
	return string(out)
}

// writeKeystore puts a keystore (light scrypt, for speed) with a fresh key in dataDir.
func writeKeystore(t *testing.T, dataDir, passphrase string) {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	blob, err := keystore.EncryptKey(k, passphrase, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dataDir, node.KeyFile), blob, 0o600); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// pastTheKey: the run failed later than the key (no chain given), not at the key.
func pastTheKey(out string) bool {
	return strings.Contains(out, "no chain") && !strings.Contains(out, "needs a passphrase") && !strings.Contains(out, "could not decrypt")
}

// TestPrivateKeyOnCommandLineWarns: --private-key on the command line draws one warning line
// that names the keystore; WEB3_PRIVATE_KEY does not; the key itself is never printed.
func TestPrivateKeyOnCommandLineWarns(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	hexKey := hex.EncodeToString(crypto.FromECDSA(priv))
	dir := t.TempDir()
	out := runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir, "--private-key", hexKey)
	if strings.Count(out, "--private-key on the command line") != 1 || !strings.Contains(out, filepath.Join(dir, "key.json")) || !pastTheKey(out) {
		t.Fatalf("want one warning naming the keystore:\n%s", out)
	}
	out = runCLI(t, []string{"WEB3_PRIVATE_KEY=" + hexKey}, "run", "cowsay:v0.0.1", "--data-dir", dir)
	if strings.Contains(out, "on the command line") || !pastTheKey(out) {
		t.Fatalf("WEB3_PRIVATE_KEY warned:\n%s", out)
	}
	out = runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir, "--private-key", hexKey[:40]+"zz")
	for _, s := range []string{hexKey, hexKey[:40], "'z'"} {
		if strings.Contains(out, s) {
			t.Fatalf("a bad key was printed:\n%s", out)
		}
	}
}

// TestPassphraseFile: the keystore unlocks with the passphrase from --passphrase-file,
// COOPHIVE_PASSPHRASE_FILE or the systemd credential (its trailing newline trimmed), and still
// from COOPHIVE_PASSPHRASE; a wrong one does not unlock it.
func TestPassphraseFile(t *testing.T) {
	dir, creds := t.TempDir(), t.TempDir()
	writeKeystore(t, dir, "correct horse")
	file := writeFile(t, filepath.Join(t.TempDir(), "pass"), "correct horse\n")
	writeFile(t, filepath.Join(creds, "coophive-passphrase"), "correct horse\n")
	for name, env := range map[string][]string{
		"flag":       nil,
		"env":        {"COOPHIVE_PASSPHRASE_FILE=" + file},
		"systemd":    {"CREDENTIALS_DIRECTORY=" + creds},
		"passphrase": {"COOPHIVE_PASSPHRASE=correct horse"},
	} {
		args := []string{"run", "cowsay:v0.0.1", "--data-dir", dir}
		if name == "flag" {
			args = append(args, "--passphrase-file", file)
		}
		if out := runCLI(t, env, args...); !pastTheKey(out) {
			t.Errorf("%s: the keystore did not unlock:\n%s", name, out)
		}
	}
	wrong := writeFile(t, filepath.Join(t.TempDir(), "pass"), "wrong\n")
	if out := runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir, "--passphrase-file", wrong); !strings.Contains(out, "could not decrypt") {
		t.Errorf("a wrong passphrase file:\n%s", out)
	}
}

// fakeChain answers eth_chainId with id.
func fakeChain(t *testing.T, id string) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": id})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestEmptyPassphraseOnlyOnADevChain: without a passphrase a keystore is neither created nor
// unlocked, with one line saying how to set one, unless the chain is a dev chain (checked).
func TestEmptyPassphraseOnlyOnADevChain(t *testing.T) {
	fresh := t.TempDir()
	out := runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", fresh)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1 || !strings.Contains(out, "needs a passphrase: put it in a file and pass --passphrase-file") {
		t.Fatalf("want one line refusing the empty passphrase:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(fresh, node.KeyFile)); !os.IsNotExist(err) {
		t.Fatalf("a keystore was created without a passphrase: %v", err)
	}
	dir := t.TempDir()
	writeKeystore(t, dir, "")
	if out := runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir); !strings.Contains(out, "needs a passphrase") {
		t.Fatalf("an empty-passphrase keystore unlocked off a dev chain:\n%s", out)
	}
	if out := runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir, "--chain-id", "1337", "--rpc-url", fakeChain(t, "0x1")); !strings.Contains(out, "has id 1, but WEB3_CHAIN_ID is 1337") {
		t.Fatalf("a chain claimed as a dev chain:\n%s", out)
	}
	out = runCLI(t, nil, "run", "cowsay:v0.0.1", "--data-dir", dir, "--chain-id", "1337", "--rpc-url", fakeChain(t, "0x539"))
	if strings.Contains(out, "keystore") || strings.Contains(out, "unlock") || !strings.Contains(out, "mediator") {
		t.Fatalf("on a dev chain the empty passphrase was refused:\n%s", out)
	}
}
