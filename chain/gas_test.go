package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkHappyPathGas reports the gas of each transaction of a deal's happy path:
// matchDeal (solver), submitResult (RP), acceptResult (JC). Gas does not vary between
// iterations; the figures are the point, not the time. `coophive bench gas` prints every path.
//
//	go test -run - -bench HappyPathGas ./chain
func BenchmarkHappyPathGas(b *testing.B) {
	f := newFixture(b)
	var match, submit, accept uint64
	for i := 0; i < b.N; i++ {
		job := f.job(b, nil)
		r1, err := f.m["solver"].MatchDeal(f.ctx, job, f.offer(b, nil))
		must(b, err)
		d := f.deal(b, job.Offer.Hash(f.domain))
		r2, err := f.m["rp"].SubmitResult(f.ctx, d, crypto.Keccak256Hash([]byte("r")))
		must(b, err)
		r3, err := f.m["jc"].AcceptResult(f.ctx, d)
		must(b, err)
		match, submit, accept = r1.GasUsed, r2.GasUsed, r3.GasUsed
	}
	b.ReportMetric(float64(match), "gas/matchDeal")
	b.ReportMetric(float64(submit), "gas/submitResult")
	b.ReportMetric(float64(accept), "gas/acceptResult")
	b.ReportMetric(float64(match+submit+accept), "gas/deal")
}
