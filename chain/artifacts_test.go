package chain

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestArtifactsMatchSources recompiles contracts/src with the pinned solc and regenerates the
// bindings, and fails when the committed artifacts or bindings differ. It needs node and
// contracts/node_modules (scripts/compile-contracts.sh installs them); without them it skips,
// unless COOPHIVE_REQUIRE_SOLC=1 (set by .ci/run) makes that a failure.
func TestArtifactsMatchSources(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the contracts with solc (make test)")
	}
	root, _ := filepath.Abs("..")
	_, nodeErr := exec.LookPath("node")
	_, solcErr := os.Stat(filepath.Join(root, "contracts/node_modules/solc"))
	if nodeErr != nil || solcErr != nil {
		if os.Getenv("COOPHIVE_REQUIRE_SOLC") == "1" {
			t.Fatal("node or contracts/node_modules/solc missing; run scripts/compile-contracts.sh")
		}
		t.Skip("node or the pinned solc is not installed")
	}
	out := t.TempDir()
	run(t, root, "node", "scripts/compile-contracts.js", "--out", out)
	// Each contract's binding and its package (CowsayClient's has its own: it repeats the
	// Market's Terms struct, which one package cannot declare twice), and Token's renamed
	// eip712Domain (its output struct would repeat the Market's), as the script makes them.
	alias := map[string][]string{"Token": {"--alias", "eip712Domain=tokenEip712Domain"}}
	for n, pkg := range map[string]string{"Token": "bindings", "Market": "bindings", "CowsayClient": "cowsay"} {
		for _, ext := range []string{".abi", ".bin"} {
			sameFile(t, filepath.Join(root, "contracts/artifacts", n+ext), filepath.Join(out, n+ext))
		}
		goFile := filepath.Join(out, strings.ToLower(n)+".go")
		args := append([]string{"tool", "abigen", "--v2", "--abi", filepath.Join(out, n+".abi"),
			"--bin", filepath.Join(out, n+".bin"), "--pkg", pkg, "--type", n}, alias[n]...)
		run(t, root, "go", append(args, "--out", goFile)...)
		dir := "chain/bindings"
		if pkg != "bindings" {
			dir = filepath.Join(dir, pkg)
		}
		sameFile(t, filepath.Join(root, dir, strings.ToLower(n)+".go"), goFile)
	}
}

func run(t *testing.T, dir string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func sameFile(t *testing.T, committed, fresh string) {
	t.Helper()
	a, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("%s differs from what the sources compile to; run scripts/compile-contracts.sh and commit", committed)
	}
}
