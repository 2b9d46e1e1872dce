package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coophive/coophive/internal/testtier"
)

// TestBenchRunTimesJobsThroughTheBinary runs `bench run`'s body small: two `coophive run`
// processes of the built binary at once against an in-process devnet, and two docker runs.
// Its one line of figures parses, with times above zero.
func TestBenchRunTimesJobsThroughTheBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("a benchmark's run through the built binary, on a devnet whose RP runs containers (make test)")
	}
	testtier.RunsJobs(t)
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	bin := filepath.Join(t.TempDir(), "coophive")
	bctx, bcancel := context.WithTimeout(ctx, 5*time.Minute)
	defer bcancel()
	if out, err := exec.CommandContext(bctx, "go", "build", "-o", bin, "..").CombinedOutput(); err != nil {
		t.Fatalf("build coophive: %v\n%s", err, out)
	}
	var out, detail bytes.Buffer
	rep, err := Run(ctx, &out, RunConfig{Jobs: 2, Bin: bin, DataDir: t.TempDir(), Stderr: &detail, Log: testLogger("run")})
	t.Log(detail.String())
	if err != nil {
		t.Fatal(err)
	}
	var jobs int
	var p50, p99, dockerP50 float64
	line := strings.TrimSpace(out.String())
	if _, err := fmt.Sscanf(line, "run jobs=%d p50_s=%f p99_s=%f docker_p50_s=%f", &jobs, &p50, &p99, &dockerP50); err != nil {
		t.Fatalf("line %q: %v", line, err)
	}
	if jobs != 2 || p50 <= 0 || p99 < p50 || dockerP50 <= 0 || strings.Count(out.String(), "\n") != 1 || len(rep.Times) != 2 {
		t.Fatalf("line %q; %+v", line, rep)
	}
}
