package runner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bacalhau-project/bacalhau/pkg/lib/gzip"
	bacmodels "github.com/bacalhau-project/bacalhau/pkg/models"
	"github.com/bacalhau-project/bacalhau/pkg/publicapi/apimodels"
	clientv2 "github.com/bacalhau-project/bacalhau/pkg/publicapi/client/v2"

	"github.com/coophive/coophive/runner/archive"
)

// Cluster runs jobs on an operator's existing bacalhau cluster through its orchestrator's
// REST API (bacalhau's client v2) instead of in-process executors: one RP can front a whole
// cluster. Results come back through bacalhau's local publisher (an HTTP download of the
// execution's results directory) and are packed and hashed like an in-process run.
//
// A cluster cannot see the RP's disk, so jobs that mount local inputs (wasm programs, input
// files) are refused: such a cluster serves the docker modules.
type Cluster struct {
	api     clientv2.API
	url     string
	workDir string
	log     *slog.Logger
	http    *http.Client
	poll    time.Duration
}

// NewCluster prepares a client of the orchestrator at url (e.g. http://10.0.0.5:1234);
// Start checks that it answers.
func NewCluster(url, workDir string, log *slog.Logger) *Cluster {
	if log == nil {
		log = slog.Default()
	}
	return &Cluster{api: clientv2.New(url), url: url, workDir: workDir, log: log.With("component", "cluster"),
		http: &http.Client{Timeout: 10 * time.Minute}, poll: 500 * time.Millisecond}
}

// ErrCluster is returned when the cluster cannot run a job or give back its results.
var ErrCluster = errors.New("bacalhau cluster")

// Start checks that the orchestrator answers.
func (c *Cluster) Start(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if _, err := c.api.Agent().Alive(ctx); err != nil {
		return fmt.Errorf("%w at %s does not answer: %w", ErrCluster, c.url, err)
	}
	return os.MkdirAll(c.workDir, 0o755)
}

// Ready checks that the orchestrator still answers; ctx bounds the call.
func (c *Cluster) Ready(ctx context.Context) error {
	if _, err := c.api.Agent().Alive(ctx); err != nil {
		return fmt.Errorf("%w at %s does not answer: %w", ErrCluster, c.url, err)
	}
	return nil
}

// Stop has nothing to release.
func (c *Cluster) Stop() error { return nil }

// Engines: the cluster runs docker modules.
func (c *Cluster) Engines() []string { return []string{EngineDocker} }

// Run submits the job, waits for it to finish, downloads its published results and packs them.
func (c *Cluster) Run(ctx context.Context, job *bacmodels.Job) (*Result, error) {
	j := job.Copy()
	task := j.Task()
	if len(task.InputSources) > 0 {
		return nil, fmt.Errorf("%w: jobs with local inputs (wasm programs, input files) cannot run on a cluster", ErrCluster)
	}
	j.ID = "" // the orchestrator names it
	task.Publisher = &bacmodels.SpecConfig{Type: bacmodels.PublisherLocal}
	put, err := c.api.Jobs().Put(ctx, &apimodels.PutJobRequest{Job: j})
	if err != nil {
		return nil, fmt.Errorf("%w: submit %s: %w", ErrCluster, job.Name, err)
	}
	c.log.Info("job submitted to the cluster", "job", job.ID, "cluster_job", put.JobID)
	if err := c.await(ctx, put.JobID); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(c.workDir, "cluster-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := c.download(ctx, put.JobID, dir); err != nil {
		return nil, err
	}
	return packResult(dir)
}

// await polls the job until it ends; a failed job whose execution produced results is still
// a result (a non-zero exit), anything else an error.
func (c *Cluster) await(ctx context.Context, id string) error {
	for {
		resp, err := c.api.Jobs().Get(ctx, &apimodels.GetJobRequest{JobID: id})
		if err != nil {
			return fmt.Errorf("%w: read job %s: %w", ErrCluster, id, err)
		}
		switch resp.Job.State.StateType {
		case bacmodels.JobStateTypeCompleted:
			return nil
		case bacmodels.JobStateTypeFailed, bacmodels.JobStateTypeStopped:
			return fmt.Errorf("%w: job %s %s: %s%s", ErrCluster, id, resp.Job.State.StateType, resp.Job.State.Message, c.executionErrors(ctx, id))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(c.poll):
		}
	}
}

// executionErrors says why the job's executions failed, for the error a user sees.
func (c *Cluster) executionErrors(ctx context.Context, id string) string {
	ex, err := c.api.Jobs().Executions(ctx, &apimodels.ListJobExecutionsRequest{JobID: id})
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, e := range ex.Items {
		if e.ComputeState.Message != "" {
			fmt.Fprintf(&b, "; execution %s: %s", e.ID, e.ComputeState.Message)
		}
	}
	return b.String()
}

// download fetches the job's published results (a tar.gz) and unpacks them into dir.
func (c *Cluster) download(ctx context.Context, id, dir string) error {
	res, err := c.api.Jobs().Results(ctx, &apimodels.ListJobResultsRequest{JobID: id})
	if err != nil {
		return fmt.Errorf("%w: list results of %s: %w", ErrCluster, id, err)
	}
	if len(res.Items) != 1 {
		return fmt.Errorf("%w: job %s published %d results, want 1", ErrCluster, id, len(res.Items))
	}
	url, _ := res.Items[0].Params["URL"].(string)
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return fmt.Errorf("%w: job %s result is not an HTTP download (%s)", ErrCluster, id, res.Items[0].Type)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%w: download %s: %w", ErrCluster, url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%w: download %s: %s", ErrCluster, url, resp.Status)
	}
	tgz := filepath.Join(dir, "results.tar.gz")
	f, err := os.Create(tgz)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, io.LimitReader(resp.Body, archive.MaxArchiveSize+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%w: download %s: %w", ErrCluster, url, err)
	}
	defer os.Remove(tgz)
	if err := gzip.DecompressWithMaxBytes(tgz, dir, archive.MaxArchiveSize); err != nil {
		return fmt.Errorf("%w: unpack results of %s: %w", ErrCluster, id, err)
	}
	return nil
}
