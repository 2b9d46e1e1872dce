package node

import (
	"fmt"
	"strings"
)

// faults are deliberate misbehaviours, for tests of the protocol's remedies. They are not
// part of a node's configuration: the node's tests set Config.faults themselves, and the
// binary takes them from its hidden --fault flag (Config.InjectFaults) only when built with
// -tags faults, as the binary's tests build it (faults_on.go).
type faults struct {
	WrongResult     bool // rp: submit (and serve) a result that is not the job's
	SparseBomb      bool // rp: submit (and serve) a 3 KB archive that unpacks to 2 GiB (needs sparseBomb)
	NeverSubmit     bool // rp: run nothing, submit nothing
	NeverJudge      bool // jc: neither accept nor challenge
	NeverMediate    bool // mediator: never answer a challenge
	CrashAfterMatch bool // rp: kill the process with SIGKILL once a deal is stored
}

// sparseBomb builds the archive of the SparseBomb fault: a sparse file of size bytes in a
// small tar. It is runner/archive/archivetest's, test support that the binary does not link:
// the node's tests and -tags faults set it.
var sparseBomb func(size int64) []byte

// parseFaults reads a comma-separated fault list (--fault): wrong-result, sparse-bomb,
// never-submit, never-judge, never-mediate, crash-after-match.
func parseFaults(s string) (faults, error) {
	var f faults
	for _, name := range strings.Split(s, ",") {
		switch strings.TrimSpace(name) {
		case "":
		case "wrong-result":
			f.WrongResult = true
		case "sparse-bomb":
			f.SparseBomb = true
		case "never-submit":
			f.NeverSubmit = true
		case "never-judge":
			f.NeverJudge = true
		case "never-mediate":
			f.NeverMediate = true
		case "crash-after-match":
			f.CrashAfterMatch = true
		default:
			return f, fmt.Errorf("unknown fault %q", name)
		}
	}
	return f, nil
}
