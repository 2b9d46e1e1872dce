package bench

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/devnet"
	"github.com/coophive/coophive/node"
)

// LatencyReport is what DealLatency measured.
type LatencyReport struct {
	Jobs        int
	Matched     int
	P50, P99    time.Duration // job published -> DealMatched mined
	P50Blocks   int           // blocks from publication to the match: 1 is the first block sealed after it
	P99Blocks   int
	BlockPeriod time.Duration
}

func (r LatencyReport) String() string {
	return fmt.Sprintf("deal-latency jobs=%d matched=%d p50_ms=%d p99_ms=%d p50_blocks=%d p99_blocks=%d block_ms=%d",
		r.Jobs, r.Matched, r.P50.Milliseconds(), r.P99.Milliseconds(), r.P50Blocks, r.P99Blocks, r.BlockPeriod.Milliseconds())
}

// DealLatency starts a devnet (blocks every blockPeriod) and a job creator, publishes
// jobs one every spacing, and measures for each the time from publication until the JC sees
// its DealMatched, and the number of blocks from publication to the match. The rank-0 window
// opens at the job's createdAt, the head's time when it was signed, so a match in block 1
// is in the first block the window allows.
func DealLatency(ctx context.Context, jobs int, spacing, blockPeriod time.Duration, dataDir string, log *slog.Logger) (LatencyReport, error) {
	rep := LatencyReport{Jobs: jobs, BlockPeriod: blockPeriod}
	// A slot per job: what is timed is the matching, not a queue for the RP's slots.
	d, err := devnet.Start(ctx, devnet.Config{DataDir: dataDir, BlockPeriod: blockPeriod, RPCapacity: uint32(jobs), Logger: log})
	if err != nil {
		return rep, err
	}
	defer d.Stop()
	jc, err := d.StartJC(ctx, log)
	if err != nil {
		return rep, err
	}
	need := chain.Tokens(int64(jobs) * 4)
	if err := jc.Deposit(ctx, need); err != nil {
		return rep, err
	}
	var (
		mu     sync.Mutex
		lat    []time.Duration
		blocks []int
		wg     sync.WaitGroup
	)
	for i := 0; i < jobs; i++ {
		job, err := jc.SignJob(ctx, node.Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": fmt.Sprint("latency ", i)}})
		if err != nil {
			return rep, err
		}
		head, err := jc.Market().Backend().BlockNumber(ctx)
		if err != nil {
			return rep, err
		}
		start := time.Now()
		if err := job.Publish(ctx); err != nil {
			return rep, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			defer cancel()
			dl, err := job.AwaitMatch(mctx)
			if err != nil {
				return
			}
			took := time.Since(start)
			b := int(dl.MatchBlock - head) // 1: the first block sealed after publication
			mu.Lock()
			lat, blocks = append(lat, took), append(blocks, b)
			mu.Unlock()
		}()
		time.Sleep(spacing)
	}
	wg.Wait()
	rep.Matched = len(lat)
	if len(lat) == 0 {
		return rep, fmt.Errorf("no job matched")
	}
	sort.Slice(lat, func(i, k int) bool { return lat[i] < lat[k] })
	sort.Ints(blocks)
	rep.P50, rep.P99 = lat[len(lat)/2], lat[(len(lat)*99)/100]
	rep.P50Blocks, rep.P99Blocks = blocks[len(blocks)/2], blocks[(len(blocks)*99)/100]
	return rep, nil
}
