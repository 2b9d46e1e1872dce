package runner

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/internal/clustertest"
	"github.com/coophive/coophive/internal/testtier"
)

// TestClusterRunsAJob runs cowsay on a real bacalhau cluster through its REST API: an
// orchestrator + compute node (docker executor, local publisher) started on loopback from
// bacalhau's own Go packages (internal/clustertest). The result archive is byte-identical
// to an in-process run's.
func TestClusterRunsAJob(t *testing.T) {
	testtier.RunsJobs(t)
	r := startRunner(t) // skips without Docker (fails in CI)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	url := clustertest.Start(t, ctx, cowsayImage) // served from the local engine: no registry here
	c := NewCluster(url, t.TempDir(), nil)
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	mod, _ := Lookup("cowsay:v0.0.1")
	job, err := mod.Render("cluster", map[string]string{"Message": "moo via a cluster"})
	if err != nil {
		t.Fatal(err)
	}
	var res *Result
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(2 * time.Second) {
		// the compute node registers with the orchestrator a moment after both start
		if res, err = c.Run(ctx, job); err == nil || time.Now().After(deadline) {
			break
		}
		t.Logf("cluster run: %v; retrying", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 0 || !strings.Contains(string(res.Stdout), "< moo via a cluster >") {
		t.Fatalf("exit %d stdout %q stderr %q", res.ExitCode, res.Stdout, res.Stderr)
	}
	local, err := r.Run(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if local.Hash != res.Hash {
		t.Fatalf("cluster archive %x differs from the in-process one %x", res.Hash, local.Hash)
	}
	withFiles := job.Copy()
	WithInputFiles(withFiles, t.TempDir())
	if _, err := c.Run(ctx, withFiles); err == nil {
		t.Fatal("a job with local input files was sent to the cluster")
	}
}
