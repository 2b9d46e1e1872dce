package bench

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"testing"

	"github.com/coophive/coophive/internal/testtier"
	"time"
)

func TestBenchGasPrintsEveryPathWithinTargets(t *testing.T) {
	testtier.SkipUnlessJobs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := Gas(ctx, &out); err != nil {
		t.Fatal(err)
	}
	lines := regexp.MustCompile(`(?m)^([a-z-]+) gas=(\d+) txs=(\d+)$`).FindAllStringSubmatch(out.String(), -1)
	got := map[string][2]int{}
	for _, l := range lines {
		gas, _ := strconv.Atoi(l[2])
		txs, _ := strconv.Atoi(l[3])
		got[l[1]] = [2]int{gas, txs}
	}
	for _, p := range []string{"happy", "challenge-accept", "challenge-reject", "timeout-submit", "timeout-judge", "timeout-mediate"} {
		if _, ok := got[p]; !ok {
			t.Errorf("no summary line for %s in:\n%s", p, out.String())
		}
	}
	// The targets of the lifecycle issue (CoopHive: 1,511,258 gas in 4 txs, 1,755,887 challenged).
	if h := got["happy"]; h[0] > 300_000 || h[1] != 3 {
		t.Errorf("happy path %d gas in %d txs, target <= 300000 in 3", h[0], h[1])
	}
	for _, p := range []string{"challenge-accept", "challenge-reject"} {
		if g := got[p][0]; g > 450_000 {
			t.Errorf("%s %d gas, target <= 450000", p, g)
		}
	}
	// A top-up with a permit is one transaction, and cheaper than approve and deposit.
	for _, p := range []string{"topup-permit-first", "topup-permit"} {
		if g := got[p]; g[1] != 1 || g[0] == 0 || g[0] >= got["topup-approve"][0] {
			t.Errorf("%s %d gas in %d txs; approve and deposit %d gas", p, g[0], g[1], got["topup-approve"][0])
		}
	}
	t.Logf("\n%s", out.String())
}
