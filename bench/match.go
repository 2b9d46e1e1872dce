package bench

import (
	"fmt"
	"io"
	"time"

	"github.com/coophive/coophive/matching"
)

// Match builds a random book, then matches every job against it, using up capacity as
// deals are made, and prints `match jobs=J offers=O matched=M total_ms=T` (matching only).
func Match(w io.Writer, jobs, offers int, seed int64) {
	r := matching.NewRandomMarket(seed)
	book := matching.NewBook()
	for i := 0; i < offers; i++ {
		book.Put(r.Offer(i))
	}
	js := make([]*matching.JobOffer, jobs)
	for i := range js {
		js[i] = r.Job()
	}
	book.Match(js[0], r.Now) // first use sorts the book; not part of the figure
	matched := 0
	start := time.Now()
	for _, j := range js {
		if c, ok := book.Match(j, r.Now); ok {
			matched++
			book.SetUsed(c.ID, c.Used+1)
		}
	}
	total := time.Since(start)
	fmt.Fprintf(w, "match jobs=%d offers=%d matched=%d total_ms=%.1f\n", jobs, offers, matched, float64(total.Microseconds())/1000)
}
