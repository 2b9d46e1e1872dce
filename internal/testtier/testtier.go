// Package testtier sorts tests into the passes of `make test` (docs/testing.md).
//
// bacalhau v1.7.0's docker and wasm executors race in their own log readers
// (pkg/docker.(*Client).FollowLogs, pkg/executor/wasm/util/logger.LogManager), so a test that
// runs a job on them cannot pass under the race detector. `make test` therefore runs every
// package with -race, where such tests (marked with RunsJobs) skip, and then, without -race,
// the packages that run jobs with COOPHIVE_JOBS_PASS=1, where only the marked tests run
// (harnesses call SkipUnlessJobs).
package testtier

import (
	"os"
	"sync"
	"testing"
)

// JobsPassEnv selects the race-free pass: only tests marked RunsJobs run.
const JobsPassEnv = "COOPHIVE_JOBS_PASS"

var marked sync.Map // test name -> true

// RunsJobs marks t as running a job on bacalhau's executors: it skips under -race.
func RunsJobs(t testing.TB) {
	t.Helper()
	if Race {
		t.Skip("runs a job on bacalhau's executors, which race on their own: make test runs it without -race")
	}
	marked.Store(t.Name(), true)
}

// SkipUnlessJobs skips t in the race-free pass unless it was marked RunsJobs (it ran under
// -race already).
func SkipUnlessJobs(t testing.TB) {
	t.Helper()
	if _, ok := marked.Load(t.Name()); !ok && os.Getenv(JobsPassEnv) == "1" {
		t.Skip("ran under -race in the first pass")
	}
}
