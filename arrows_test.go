package main

import (
	"os/exec"
	"path"
	"slices"
	"strings"
	"testing"
)

// module is this module's path; its packages are named below by their path inside it.
const module = "github.com/coophive/coophive"

// arrows are DESIGN.md §2's: for each room (a top-level package with its sub-packages; ""
// is main), the other rooms its packages may import. A package may always import its own
// room's. Test files are not counted: tests may import anything.
var arrows = map[string][]string{
	"":          {"node", "devnet", "bench", "faucet", "gateway"}, // the CLI: flags, env, printing
	"node":      {"chain", "matching", "p2p", "runner", "internal"},
	"devnet":    {"node", "chain", "internal"},                            // a market in one process, for main
	"bench":     {"node", "devnet", "chain", "matching", "p2p", "runner"}, // benchmarks, for main
	"faucet":    {"chain", "matching"},                                    // coophive faucet, for main
	"gateway":   {"node", "chain", "matching", "runner", "internal"},      // coophive gateway: a JC node and its ledger, for main
	"chain":     {"matching", "contracts"},                                // the contracts' artifacts
	"matching":  {},                                                       // pure
	"p2p":       {},                                                       // validators are injected
	"runner":    {},                                                       //
	"contracts": {},                                                       //
	"internal":  {},                                                       // small helpers
}

// testSupport reports whether a package is test support (chain/chaintest,
// runner/archive/archivetest, internal/gittest...): its name ends in "test".
func testSupport(pkg string) bool { return strings.HasSuffix(path.Base(pkg), "test") }

// name is how a message shows a package: main for the module's root.
func name(pkg string) string {
	if pkg == "" {
		return "main"
	}
	return pkg
}

// room is the top-level package a package belongs to: "node" for node/gossip, "" for main.
func room(pkg string) string { r, _, _ := strings.Cut(pkg, "/"); return r }

// TestArrows: the module's packages import one another only along DESIGN.md §2's arrows,
// production packages import no test support, and the binary links none but chaintest
// (`coophive bench gas` drives the contract tests' sandbox): not archivetest, whose sparse
// bombs only the node's tests and a -tags faults build may submit.
func TestArrows(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}\t{{join .Deps \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	local := func(list string) []string {
		var pkgs []string
		for _, p := range strings.Fields(list) {
			if p == module {
				pkgs = append(pkgs, "")
			} else if rel, ok := strings.CutPrefix(p, module+"/"); ok {
				pkgs = append(pkgs, rel)
			}
		}
		return pkgs
	}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("go list line %q", line)
		}
		pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		allowed, ok := arrows[room(pkg)]
		if !ok {
			t.Errorf("%s: a new room; give it its arrows (and DESIGN.md §2 a row)", fields[0])
			continue
		}
		seen++
		for _, imp := range local(fields[1]) {
			switch {
			case room(imp) != room(pkg) && !slices.Contains(allowed, room(imp)):
				t.Errorf("%s imports %s: not an arrow of DESIGN.md §2", name(pkg), imp)
			case testSupport(imp) && !testSupport(pkg) && pkg != "bench" && pkg != "":
				t.Errorf("%s (production) imports test support %s", name(pkg), imp)
			}
		}
		if pkg == "" {
			for _, dep := range local(fields[2]) {
				if testSupport(dep) && dep != "chain/chaintest" {
					t.Errorf("the binary links test support %s", dep)
				}
			}
		}
	}
	if seen < len(arrows) {
		t.Fatalf("go list named %d packages, fewer than the rooms", seen)
	}
}
