package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/coophive/coophive/contracts"
	"github.com/coophive/coophive/node"
	"github.com/coophive/coophive/p2p"
)

// runCLI runs the binary with the caller's environment less its keys, passphrases and
// credentials, plus env, and returns what it printed; it must fail.
func runCLI(t *testing.T, env []string, args ...string) string {
	t.Helper()
	out, err := cliCommand(t, env, args...).CombinedOutput()
	if err == nil {
		t.Fatalf("%v succeeded:\n%s", args, out)
	}
	return string(out)
}

// runCLIOK runs the binary as runCLI does, and returns its stdout and stderr; it must succeed.
func runCLIOK(t *testing.T, env []string, args ...string) (string, string) {
	t.Helper()
	cmd := cliCommand(t, env, args...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s%s", args, err, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

func cliCommand(t *testing.T, env []string, args ...string) *exec.Cmd {
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
	return cmd
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

// keyValues reads "key: value" lines.
func keyValues(out string) map[string]string {
	kv := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if k, v, ok := strings.Cut(l, ": "); ok {
			kv[k] = v
		}
	}
	return kv
}

// nodePeerID is the peer id a node's host takes for a key (p2p.Host.Start's derivation).
func nodePeerID(t *testing.T, key *ecdsa.PrivateKey) peer.ID {
	t.Helper()
	priv, err := libp2pcrypto.UnmarshalSecp256k1PrivateKey(crypto.FromECDSA(key))
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestKeysGenerateAndInspect: `keys generate` writes a 0600 keystore per role in a 0700
// directory and prints each role's address and peer id, then well-formed export lines, and
// no private key; `keys inspect` prints the same address and peer id; a node unlocking the
// keystore has that address and, its host started, that peer id; nothing is overwritten.
func TestKeysGenerateAndInspect(t *testing.T) {
	pass := writeFile(t, filepath.Join(t.TempDir(), "pass"), "correct horse\n")
	dir := filepath.Join(t.TempDir(), "net")
	stdout, stderr := runCLIOK(t, nil, "keys", "generate", "--out", dir, "--passphrase-file", pass)
	table, exports, ok := strings.Cut(stdout, "\n\n")
	if !ok {
		t.Fatalf("no blank line between the keys and the exports:\n%s", stdout)
	}
	if st, err := os.Stat(dir); err != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("directory %s: %v", dir, err)
	}
	addrs := map[string]string{}
	rows := strings.Split(table, "\n")
	if len(rows) != len(node.KeyRoles)+1 || strings.Join(strings.Fields(rows[0]), " ") != "ROLE ADDRESS PEER_ID KEYSTORE" {
		t.Fatalf("keys table:\n%s", table)
	}
	for i, role := range node.KeyRoles {
		f := strings.Fields(rows[i+1])
		if len(f) != 4 || f[0] != role || f[3] != filepath.Join(dir, role+".json") {
			t.Fatalf("row %q, want role %s", rows[i+1], role)
		}
		addr, pid, file := f[1], f[2], f[3]
		addrs[role] = addr
		if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("keystore %s: %v", file, err)
		}
		// A node with this keystore as its key.json: the same address and peer id.
		dataDir := t.TempDir()
		blob, _ := os.ReadFile(file)
		writeFile(t, filepath.Join(dataDir, node.KeyFile), string(blob))
		key, created, err := node.LoadOrCreateKey(dataDir, "correct horse")
		if err != nil || created {
			t.Fatalf("%s: a node could not load it: %v (created %v)", role, err, created)
		}
		if got := crypto.PubkeyToAddress(key.PublicKey).Hex(); got != addr {
			t.Fatalf("%s: a node's address %s, generate printed %s", role, got, addr)
		}
		if got := nodePeerID(t, key).String(); got != pid {
			t.Fatalf("%s: a node's peer id %s, generate printed %s", role, got, pid)
		}
		if role == "solver" {
			h := p2p.New(p2p.Config{Key: key, Network: "keys-test", ListenAddrs: []string{p2p.LoopbackQUIC}})
			if err := h.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := h.ID().String(); got != pid {
				t.Fatalf("a started host's peer id %s, generate printed %s", got, pid)
			}
			h.Stop()
		}
		for _, s := range []string{hex.EncodeToString(crypto.FromECDSA(key)), hex.EncodeToString(crypto.FromECDSA(key)[:16])} {
			if strings.Contains(strings.ToLower(stdout+stderr), s) {
				t.Fatalf("generate printed %s's private key:\n%s%s", role, stdout, stderr)
			}
		}
		// inspect, its flag after the file
		out, _ := runCLIOK(t, nil, "keys", "inspect", file, "--passphrase-file", pass)
		if kv := keyValues(out); kv["address"] != addr || kv["peer_id"] != pid || kv["private_key"] != "" {
			t.Fatalf("%s: inspect printed\n%s\ngenerate %s %s", role, out, addr, pid)
		}
	}
	line := regexp.MustCompile(`^export ([A-Z_]+)=(0x[0-9a-fA-F]{40})$`)
	got := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(exports), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("export line %q", l)
		}
		got[m[1]] = m[2]
	}
	want := map[string]string{"SERVICE_SOLVERS": addrs["solver"], "SERVICE_MEDIATORS": addrs["mediator"]}
	for _, role := range node.KeyRoles {
		want["COOPHIVE_"+strings.ToUpper(role)+"_ADDRESS"] = addrs[role]
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("exports %v, want %v", got, want)
	}

	// Never over an existing keystore: generate checks every file before writing any.
	before, _ := os.ReadFile(filepath.Join(dir, "rp.json"))
	partial := t.TempDir() // holds only an rp.json
	writeFile(t, filepath.Join(partial, "rp.json"), string(before))
	for _, tc := range []struct {
		args []string
		file string // the keystore named as existing
	}{
		{[]string{"keys", "generate", "--out", partial, "--roles", "solver,rp"}, filepath.Join(partial, "rp.json")},
		{[]string{"keys", "generate", "--out", dir, "--roles", "rp"}, filepath.Join(dir, "rp.json")},
		{[]string{"keys", "new", "--out", filepath.Join(dir, "rp.json")}, filepath.Join(dir, "rp.json")},
	} {
		out := runCLI(t, nil, append(tc.args, "--passphrase-file", pass)...)
		if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1 || !strings.Contains(out, tc.file+" exists: not overwriting a keystore") {
			t.Fatalf("%v:\n%s", tc.args, out)
		}
		if after, _ := os.ReadFile(tc.file); !bytes.Equal(before, after) {
			t.Fatalf("%v: %s changed", tc.args, tc.file)
		}
	}
	if _, err := os.Stat(filepath.Join(partial, "solver.json")); !os.IsNotExist(err) {
		t.Fatalf("generate wrote solver.json before refusing rp.json: %v", err)
	}
}

// TestKeysNew: an empty passphrase is refused (nothing written) but with --dev; the raw key
// is printed only with the development flag, and is the keystore's.
func TestKeysNew(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sub", "key.json")
	out := runCLI(t, nil, "keys", "new", "--out", file)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1 || !strings.Contains(out, "needs a passphrase: put it in a file and pass --passphrase-file") {
		t.Fatalf("want one line refusing the empty passphrase:\n%s", out)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("a keystore was written without a passphrase: %v", err)
	}
	stdout, _ := runCLIOK(t, nil, "keys", "new", "--out", file, "--dev", "--print-private-keys-for-development")
	kv := keyValues(stdout)
	key, created, err := node.LoadOrCreateKey(filepath.Dir(file), "")
	if err != nil || created {
		t.Fatalf("load: %v (created %v)", err, created)
	}
	if kv["private_key"] != "0x"+hex.EncodeToString(crypto.FromECDSA(key)) || kv["address"] != crypto.PubkeyToAddress(key.PublicKey).Hex() ||
		kv["peer_id"] != nodePeerID(t, key).String() || kv["keystore"] != file {
		t.Fatalf("new printed:\n%s", stdout)
	}
	if st, _ := os.Stat(filepath.Dir(file)); st.Mode().Perm() != 0o700 {
		t.Fatalf("directory mode %v", st.Mode().Perm())
	}
}

// TestVersion: `coophive --version` and `coophive version` print the same four "key: value"
// lines: the release ("dev" unless linked with -X main.version), the commit, the Go version
// and keccak256 of the Market's embedded creation bytecode.
func TestVersion(t *testing.T) {
	code, err := hex.DecodeString(strings.TrimSpace(contracts.MarketBin))
	if err != nil {
		t.Fatal(err)
	}
	flag, _ := runCLIOK(t, nil, "--version")
	cmd, _ := runCLIOK(t, nil, "version")
	if flag != cmd {
		t.Fatalf("--version:\n%s\nversion:\n%s", flag, cmd)
	}
	lines := strings.Split(strings.TrimSuffix(flag, "\n"), "\n")
	var keys []string
	for _, l := range lines {
		k, _, _ := strings.Cut(l, ": ")
		keys = append(keys, k)
	}
	kv := keyValues(flag)
	if strings.Join(keys, ",") != "release,commit,go,market_creation_code_keccak256" || kv["release"] != "dev" ||
		!regexp.MustCompile(`^([0-9a-f]{40}(\+dirty)?|unknown)$`).MatchString(kv["commit"]) || kv["go"] != runtime.Version() ||
		kv["market_creation_code_keccak256"] != crypto.Keccak256Hash(code).Hex() {
		t.Fatalf("version:\n%s", flag)
	}
}

// TestVersionRelease: the release is the version variable that -ldflags -X sets.
func TestVersionRelease(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	for _, args := range [][]string{{"coophive", "--version"}, {"coophive", "version"}} {
		var out bytes.Buffer
		app := newApp()
		app.Writer = &out
		if err := app.Run(flagsFirst(app, args)); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(out.String(), "release: v1.2.3\ncommit: ") {
			t.Fatalf("%v:\n%s", args, out.String())
		}
	}
}
