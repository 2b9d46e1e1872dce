package matching

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestBookMatchesThePlainRule: for random books and jobs, the indexed book returns exactly
// what the plain rule applied to every pair returns, also after updates and removals.
func TestBookMatchesThePlainRule(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		r := NewRandomMarket(seed)
		book := NewBook()
		var all []Candidate
		for i := 0; i < 300; i++ {
			c := r.Offer(i)
			c.Offer.Price.Mod(c.Offer.Price, big.NewInt(5)) // few prices: free capacity and age decide
			book.Put(c)
			all = append(all, c)
		}
		check := func(stage string) {
			for k := 0; k < 200; k++ {
				job := r.Job()
				want, wantOK, _ := Match(job, all, r.Now)
				got, gotOK := book.Match(job, r.Now)
				if wantOK != gotOK || (wantOK && got.ID != want.ID) {
					t.Fatalf("seed %d %s job %d: book %x (%v), plain rule %x (%v)", seed, stage, k, got.ID, gotOK, want.ID, wantOK)
				}
				if !wantOK {
					continue
				}
				// Skipping the best (the contract refused it) gives the plain rule's best of the rest.
				var rest []Candidate
				for _, c := range all {
					if c.ID != want.ID {
						rest = append(rest, c)
					}
				}
				want2, wantOK2, _ := Match(job, rest, r.Now)
				got2, gotOK2 := book.MatchExcept(job, r.Now, map[common.Hash]bool{want.ID: true})
				if wantOK2 != gotOK2 || (wantOK2 && got2.ID != want2.ID) {
					t.Fatalf("seed %d %s job %d, best skipped: book %x (%v), plain rule %x (%v)", seed, stage, k, got2.ID, gotOK2, want2.ID, wantOK2)
				}
			}
		}
		check("fresh")
		for i := 0; i < 100; i++ { // use up capacity, remove some offers
			c := all[i]
			c.Used = c.Offer.Capacity
			all[i] = c
			book.SetUsed(c.ID, c.Used)
		}
		for _, c := range all[100:150] {
			book.Remove(c.ID)
		}
		for i := 150; i < 250; i++ { // deals made and corrected: free capacity reorders
			c := all[i]
			c.Used = uint32((i * 7) % int(c.Offer.Capacity+1))
			all[i] = c
			if i%2 == 0 {
				book.SetUsed(c.ID, c.Used)
			} else {
				book.Put(c) // an update of a known offer
			}
		}
		all = append(all[:100], all[150:]...)
		check("after updates")
	}
}

func BenchmarkBookMatch(b *testing.B) {
	r := NewRandomMarket(1)
	book := NewBook()
	for i := 0; i < 10_000; i++ {
		book.Put(r.Offer(i))
	}
	jobs := make([]*JobOffer, 1000)
	for i := range jobs {
		jobs[i] = r.Job()
	}
	book.Match(jobs[0], r.Now) // sort once
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		book.Match(jobs[i%len(jobs)], r.Now)
	}
}

// TestEligibleIsTheFirstBrokenRule keeps the matcher's inlined Eligible and the rule table
// behind Diagnose in step.
func TestEligibleIsTheFirstBrokenRule(t *testing.T) {
	r := NewRandomMarket(42)
	var book []Candidate
	for i := 0; i < 500; i++ {
		book = append(book, r.Offer(i))
	}
	for k := 0; k < 200; k++ {
		job := r.Job()
		now := r.Now + uint64(r.pick(1200))
		for _, c := range book {
			first := ReasonNone
			for _, rl := range rules {
				if rl.fails(job, &c, now) {
					first = rl.reason
					break
				}
			}
			if got := Eligible(job, c, now); got != first {
				t.Fatalf("Eligible = %s, first broken rule %s", got, first)
			}
		}
		diag := Diagnose(job, book, now, 5)
		for i := 1; i < len(diag); i++ {
			if len(diag[i].Misses) < len(diag[i-1].Misses) {
				t.Fatal("diagnoses not nearest first")
			}
		}
	}
}

// TestBookPutOfAKnownOfferReorders: putting a known offer again with a new use count moves it
// in the preference order, as SetUsed does.
func TestBookPutOfAKnownOfferReorders(t *testing.T) {
	job := baseJob()
	mk := func(id byte, capacity uint32) Candidate {
		o := baseOffer()
		o.Capacity = capacity
		return Candidate{Offer: &o, ID: common.Hash{id}}
	}
	a, b := mk(1, 5), mk(2, 3)
	book := NewBook()
	book.Put(a)
	book.Put(b)
	now := job.CreatedAt + 1
	if got, _ := book.Match(&job, now); got.ID != a.ID {
		t.Fatalf("book picks %x, want the freer %x", got.ID[:1], a.ID[:1])
	}
	a.Used = 4 // one slot left, against b's three
	book.Put(a)
	if got, _ := book.Match(&job, now); got.ID != b.ID {
		t.Fatalf("after the update the book picks %x, want %x", got.ID[:1], b.ID[:1])
	}
}
