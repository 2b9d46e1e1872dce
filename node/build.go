package node

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain"
)

// Build is what `coophive version` prints: the release, the commit, the Go toolchain and the
// Market bytecode this binary deploys and speaks to.
type Build struct {
	Release    string      // set at link time (-ldflags "-X main.version=v1.2.3"); "dev" otherwise
	Commit     string      // vcs.revision, with "+dirty" for uncommitted changes; "unknown" without it
	GoVersion  string      // runtime.Version()
	MarketCode common.Hash // keccak256 of the Market's creation bytecode (chain.MarketCodeHash)
}

// ReadBuild describes this binary, of the given release.
func ReadBuild(release string) (Build, error) {
	code, err := chain.MarketCodeHash()
	if err != nil {
		return Build{}, fmt.Errorf("market code: %w", err)
	}
	info, _ := debug.ReadBuildInfo()
	return Build{Release: release, Commit: commitOf(info), GoVersion: runtime.Version(), MarketCode: code}, nil
}

// commitOf is the VCS revision the go command stamped into the binary (go build in a
// checkout), "+dirty" when the tree had changes, or "unknown".
func commitOf(info *debug.BuildInfo) string {
	if info == nil {
		return "unknown"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "unknown"
	}
	if modified == "true" {
		rev += "+dirty"
	}
	return rev
}

// String is one "key: value" line per field, in a fixed order, for scripts. The Market's is
// the hash of its creation bytecode, named so: the code at a Market's address differs per
// deployment (its constructor writes immutables into it).
func (b Build) String() string {
	return fmt.Sprintf("release: %s\ncommit: %s\ngo: %s\nmarket_creation_code_keccak256: %s\n",
		b.Release, b.Commit, b.GoVersion, b.MarketCode.Hex())
}
