package chain

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkHappyPathGas reports the gas of each transaction of a deal's happy path:
// matchDeal (solver), submitResult (RP), acceptResult (JC). Gas does not vary between
// iterations; the figures are the point, not the time.
//
//	go test -run - -bench HappyPathGas ./chain
func BenchmarkHappyPathGas(b *testing.B) {
	f := newFixture(b)
	t := b
	var match, submit, accept uint64
	for i := 0; i < b.N; i++ {
		job, offer := f.job(t, nil), f.offer(t, nil)
		r1, err := f.solver.MatchDeal(f.ctx, job, offer)
		if err != nil {
			b.Fatal(err)
		}
		id := job.Offer.Hash(f.domain)
		r2, err := f.rp.SubmitResult(f.ctx, id, crypto.Keccak256Hash([]byte("r")))
		if err != nil {
			b.Fatal(err)
		}
		r3, err := f.jc.AcceptResult(f.ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		match, submit, accept = r1.GasUsed, r2.GasUsed, r3.GasUsed
	}
	b.ReportMetric(float64(match), "gas/matchDeal")
	b.ReportMetric(float64(submit), "gas/submitResult")
	b.ReportMetric(float64(accept), "gas/acceptResult")
	b.ReportMetric(float64(match+submit+accept), "gas/deal")
}
