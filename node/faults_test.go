package node

import (
	"testing"

	"github.com/coophive/coophive/runner/archive/archivetest"
)

// The node's tests may inject a sparse bomb (archive_test.go); the binary cannot.
func init() { sparseBomb = archivetest.PAXSparseBomb }

func TestParseFaults(t *testing.T) {
	f, err := parseFaults("never-judge, crash-after-match,")
	if err != nil || f != (faults{NeverJudge: true, CrashAfterMatch: true}) {
		t.Fatalf("got %+v, %v", f, err)
	}
	if _, err := parseFaults("never-judge,be-nice"); err == nil {
		t.Fatal("an unknown fault was accepted")
	}
	var cfg Config
	if err := cfg.InjectFaults(""); err != nil || cfg.faults != (faults{}) {
		t.Fatalf("no fault: %+v, %v", cfg.faults, err)
	}
}
