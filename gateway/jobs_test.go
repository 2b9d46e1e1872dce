package gateway

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/coophive/coophive/gateway/ledger"
	"github.com/coophive/coophive/node"
)

// A job with no deal is refunded only once no deal can be made of its offer, by the chain's
// clock: a chain whose head lags the wall clock (a slow or stalled sequencer, a clock here
// running ahead) still takes a solver's match, and a refund written before it would leave
// the gateway paying a deal its user is never charged for.
func TestOfferPastWaitsForTheChainsClock(t *testing.T) {
	expires := time.Unix(1_000_015, 400_000_000) // the latest the offer's validUntil can be
	end := uint64(expires.Unix())
	for _, tc := range []struct {
		name string
		head uint64
		want bool
	}{
		{"the head past it", end + 1, true},
		{"the head at validUntil: a match still lands", end, false},
		{"the chain lags", end - 10, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := offerPast(tc.head, expires); got != tc.want {
				t.Fatalf("offerPast(head %d) = %v, want %v", tc.head, got, tc.want)
			}
		})
	}
}

// A user whose balance holds one job cannot have several on their way to the ledger at once:
// each would take a running slot, and an escrow deposit paid by the gateway, before the ledger
// refuses all but one.
func TestHoldCountsSubmissionsOnTheirWay(t *testing.T) {
	g := &Gateway{cfg: Config{Node: node.Config{Job: node.JobConfig{MaxPrice: big.NewInt(3), MediationFee: big.NewInt(1)}}},
		pending: map[string]int{}, owned: map[string]bool{}}
	alice, bob := ledger.User{ID: "u_a", Name: "alice"}, ledger.User{ID: "u_b", Name: "bob"}
	available := big.NewInt(9) // two jobs of 4

	u1, err := g.hold(alice, available)
	if err != nil {
		t.Fatal(err)
	}
	u2, err := g.hold(alice, available)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.hold(alice, available); !errors.Is(err, ledger.ErrInsufficientFunds) {
		t.Fatalf("a third submission on its way: %v, want insufficient funds", err)
	}
	if _, err := g.hold(bob, big.NewInt(4)); err != nil { // another user's are their own
		t.Fatalf("bob: %v", err)
	}
	u1()
	u1() // twice is once
	u3, err := g.hold(alice, available)
	if err != nil {
		t.Fatalf("after one reached the ledger: %v", err)
	}
	if _, err := g.hold(alice, available); !errors.Is(err, ledger.ErrInsufficientFunds) {
		t.Fatalf("one too many: %v", err)
	}
	u2()
	u3()
	if n := g.pending["u_a"]; n != 0 {
		t.Fatalf("%d held after every submission let go", n)
	}
	if _, err := g.hold(alice, big.NewInt(3)); !errors.Is(err, ledger.ErrInsufficientFunds) {
		t.Fatalf("a balance short of one job: %v", err)
	}
}
