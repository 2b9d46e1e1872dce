package node

import (
	"encoding/hex"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/contracts"
)

// TestCommitOf: the commit is the stamped VCS revision, marked +dirty for a modified tree,
// and "unknown" when the go command stamped none.
func TestCommitOf(t *testing.T) {
	rev := "dd055c6fbc7417fc381e134c8384cd4c7accf793"
	for _, tc := range []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "unknown"},
		{"no vcs stamp", &debug.BuildInfo{}, "unknown"},
		{"clean", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}}}, rev},
		{"dirty", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.modified", Value: "true"}, {Key: "vcs.revision", Value: rev}}}, rev + "+dirty"},
		{"modified without revision", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.modified", Value: "true"}}}, "unknown"},
	} {
		if got := commitOf(tc.info); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestReadBuild: four "key: value" lines in a fixed order; the Market's is keccak256 of the
// creation bytecode embedded from contracts/artifacts/Market.bin.
func TestReadBuild(t *testing.T) {
	b, err := ReadBuild("v9.9.9")
	if err != nil {
		t.Fatal(err)
	}
	code, err := hex.DecodeString(strings.TrimSpace(contracts.MarketBin))
	if err != nil {
		t.Fatal(err)
	}
	want := "release: v9.9.9\ncommit: " + b.Commit + "\ngo: " + runtime.Version() +
		"\nmarket_creation_code_keccak256: " + crypto.Keccak256Hash(code).Hex() + "\n"
	if b.String() != want {
		t.Fatalf("build:\n%s\nwant:\n%s", b, want)
	}
}
