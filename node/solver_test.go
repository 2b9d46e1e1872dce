package node

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
	"github.com/coophive/coophive/matching"
)

// fakeSolverChain is the solver's chain in memory. A non-nil gate holds Solvers or
// OfferUsed until it is closed; called is signalled on each such call.
type fakeSolverChain struct {
	mu          sync.Mutex
	solvers     []common.Address
	used        map[common.Hash]uint32
	solversGate chan struct{}
	usedGate    chan struct{}
	called      chan string
	matchErr    func(offer *matching.SignedOffer) error
	matched     []common.Hash // offer ids, in order
}

func (f *fakeSolverChain) wait(what string, gate chan struct{}) {
	if gate == nil {
		return
	}
	select {
	case f.called <- what:
	default:
	}
	<-gate
}

func (f *fakeSolverChain) Solvers(context.Context) ([]common.Address, error) {
	f.wait("solvers", f.solversGate)
	return f.solvers, nil
}

func (f *fakeSolverChain) OfferUsed(_ context.Context, id common.Hash) (uint32, error) {
	f.wait("used", f.usedGate)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.used[id], nil
}

func (f *fakeSolverChain) MatchDeal(_ context.Context, _ *matching.SignedJob, o *matching.SignedOffer) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.matched = append(f.matched, o.Offer.Hash(testDomain))
	if f.matchErr != nil {
		return nil, f.matchErr(o)
	}
	return &types.Receipt{}, nil
}

var testDomain = matching.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xc0ffee")}

// solverFixture is a solver on a fake chain at a fixed chain time, with its goroutines
// run by the test.
type solverFixture struct {
	t     *testing.T
	s     *solver
	chain *fakeSolverChain
	unix  uint64
	wg    sync.WaitGroup
	ctx   context.Context
}

func newSolverFixture(t *testing.T) *solverFixture {
	ctx, cancel := context.WithCancel(context.Background())
	f := &solverFixture{t: t, chain: &fakeSolverChain{used: map[common.Hash]uint32{}, called: make(chan string, 16)},
		unix: 1_800_000_000, ctx: ctx}
	f.s = newSolver(solverDeps{addr: common.Address{0x50}, domain: testDomain, chain: f.chain,
		clock: func(context.Context) uint64 { return f.unix }, now: time.Now,
		spawn: func(g func(context.Context)) { f.wg.Add(1); go func() { defer f.wg.Done(); g(ctx) }() },
		log:   slog.New(slog.NewTextHandler(io.Discard, nil))})
	t.Cleanup(func() { cancel(); f.wg.Wait() })
	return f
}

func (f *solverFixture) job(nonce int64) (common.Hash, *matching.SignedJob) {
	key, _ := crypto.GenerateKey()
	j := matching.JobOffer{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}, MaxPrice: chain.Tokens(5), Collateral: chain.Tokens(1),
		MediationFee: chain.Tokens(1), Mediators: []common.Address{{9}}, Nonce: big.NewInt(nonce), CreatedAt: f.unix - 10,
		Solvers: []common.Address{{0x50}}, SolverWindow: 60, // this solver, ranked first
		ValidUntil: f.unix + 600, Bounds: testBounds()}
	s, err := matching.NewSignedJob(testDomain, j, matching.JobContent{Module: "cowsay:v0.0.1"}, key)
	if err != nil {
		f.t.Fatal(err)
	}
	return s.Offer.Hash(testDomain), s
}

func (f *solverFixture) offer(price int64) (common.Hash, *matching.SignedOffer) {
	key, _ := crypto.GenerateKey()
	o := matching.ResourceOffer{Spec: matching.Spec{CPUMilli: 2000, RAMMiB: 1024}, Price: chain.Tokens(price),
		TimeoutCollateral: chain.Tokens(1), ResultsCollateral: chain.Tokens(1), SubmitWindow: 60, JudgeWindow: 60,
		MediateWindow: 60, Mediators: []common.Address{{9}}, Capacity: 2, Nonce: big.NewInt(1), CreatedAt: f.unix - 10,
		ValidUntil: f.unix + 600}
	s, err := matching.NewSignedOffer(testDomain, o, key)
	if err != nil {
		f.t.Fatal(err)
	}
	return s.Offer.Hash(testDomain), s
}

// within fails the test when do does not return in 10 s: a call that waits on the chain
// while it should not would wait until the gate opens.
func within(t *testing.T, what string, do func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); do() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s waited for the chain", what)
	}
}

// TestAddOfferDoesNotWaitForTheChain: the offers handler returns while the offer's use
// count is still being read, and the offer enters the book with that count once read.
func TestAddOfferDoesNotWaitForTheChain(t *testing.T) {
	f := newSolverFixture(t)
	f.chain.usedGate = make(chan struct{})
	id, o := f.offer(2)
	f.chain.used[id] = 1
	f.s.spawn(f.s.resolveOffers)
	within(t, "addOffer", func() { f.s.addOffer(id, o) })
	<-f.chain.called
	f.s.mu.Lock()
	_, inBook := f.s.book.Get(id)
	f.s.mu.Unlock()
	if inBook {
		t.Fatal("an offer entered the book before its use count was read")
	}
	close(f.chain.usedGate)
	waitFor(t, 10*time.Second, func() bool {
		f.s.mu.Lock()
		defer f.s.mu.Unlock()
		c, ok := f.s.book.Get(id)
		return ok && c.Used == 1 && len(f.s.resolving) == 0
	})
}

// TestSettleLoopHoldsNoLockWhileReadingTheRegistry: while the registry read of a job's open
// phase hangs, gossip handlers still get the solver's lock.
func TestSettleLoopHoldsNoLockWhileReadingTheRegistry(t *testing.T) {
	f := newSolverFixture(t)
	f.chain.solversGate = make(chan struct{})
	defer close(f.chain.solversGate)
	id, j := f.job(1)
	j.Offer.SolverWindow = 0 // its ranked windows are over: the open phase, which reads the registry
	f.s.addJob(id, j)
	f.s.spawn(f.s.run)
	<-f.chain.called
	id2, j2 := f.job(2)
	oid, o := f.offer(2)
	within(t, "addJob", func() { f.s.addJob(id2, j2) })
	within(t, "addOffer", func() { f.s.addOffer(oid, o) })
}

// TestSettleOutcomes: what the solver does with each answer of the contract to its match.
func TestSettleOutcomes(t *testing.T) {
	incompatible := &chain.RevertError{Name: "Incompatible"}
	cases := []struct {
		name        string
		err         func(o *matching.SignedOffer, cheap bool) error // the contract's answer for the cheap or the dear offer
		wantMatched int                                             // matchDeal calls over two rounds
		wantPending bool
		wantRefused int
		wantTries   int
	}{
		{"matched", func(*matching.SignedOffer, bool) error { return nil }, 1, false, 0, 0},
		{"another solver was first", func(*matching.SignedOffer, bool) error { return &chain.RevertError{Name: "DealExists"} }, 1, false, 0, 0},
		{"the cheap offer refused: the next one is tried", func(_ *matching.SignedOffer, cheap bool) error {
			if cheap {
				return incompatible
			}
			return nil
		}, 2, false, 0, 0},
		{"every offer refused", func(*matching.SignedOffer, bool) error { return incompatible }, 2, true, 2, 0},
		{"the cheap offer's provider cannot fund it: the next one is tried", func(o *matching.SignedOffer, cheap bool) error {
			if cheap {
				return &chain.RevertError{Name: "InsufficientFunds", Args: []any{o.Offer.Provider, big.NewInt(2), big.NewInt(0)}}
			}
			return nil
		}, 2, false, 0, 0},
		{"the JC cannot fund the job: retried later", func(*matching.SignedOffer, bool) error {
			return &chain.RevertError{Name: "InsufficientFunds", Args: []any{common.Address{0x1c}, big.NewInt(2), big.NewInt(0)}}
		}, 1, true, 0, 1},
		{"not sent (RPC down): retried later", func(*matching.SignedOffer, bool) error { return errors.New("connection refused") }, 1, true, 0, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newSolverFixture(t)
			cheapID, cheap := f.offer(1)
			_, dear := f.offer(3)
			f.chain.matchErr = func(o *matching.SignedOffer) error { return tc.err(o, o.Offer.Hash(testDomain) == cheapID) }
			for _, o := range []*matching.SignedOffer{cheap, dear} {
				f.s.resolving[o.Offer.Hash(testDomain)] = o
				f.s.resolve(f.ctx, o.Offer.Hash(testDomain))
			}
			id, j := f.job(1)
			f.s.addJob(id, j)
			for round := 0; round < 2; round++ {
				f.s.settleDue(f.ctx)
				f.wg.Wait() // the settle goroutines (none else runs here)
			}
			f.s.mu.Lock()
			defer f.s.mu.Unlock()
			p, pending := f.s.pending[id]
			if len(f.chain.matched) != tc.wantMatched || pending != tc.wantPending {
				t.Fatalf("%d matchDeal calls, pending %v; want %d, %v", len(f.chain.matched), pending, tc.wantMatched, tc.wantPending)
			}
			if f.chain.matched[0] != cheapID {
				t.Fatal("the first try was not the cheapest offer")
			}
			if pending && (len(p.refused) != tc.wantRefused || p.attempts != tc.wantTries || p.inFlight) {
				t.Fatalf("refused %d, attempts %d, in flight %v", len(p.refused), p.attempts, p.inFlight)
			}
		})
	}
}

// TestSolverPendingJobsPerCreator: one creator, however staked, holds at most
// maxPendingPerJC of a solver's pending jobs; others still get in, and a job that leaves
// frees its creator's slot.
func TestSolverPendingJobsPerCreator(t *testing.T) {
	s := newSolverFixture(t).s
	spammer, honest := common.Address{1}, common.Address{2}
	job := func(creator common.Address, i int64) (common.Hash, *matching.SignedJob) {
		return common.BigToHash(big.NewInt(i)), &matching.SignedJob{Offer: matching.JobOffer{Creator: creator, Nonce: big.NewInt(i)}}
	}
	for i := int64(0); i < 2*maxPendingPerJC; i++ {
		s.addJob(job(spammer, i))
	}
	id, j := job(honest, 1<<20)
	s.addJob(id, j)
	if len(s.pending) != maxPendingPerJC+1 || s.byJC[spammer] != maxPendingPerJC || s.pending[id] == nil {
		t.Fatalf("pending %d (spammer %d), honest job kept: %v", len(s.pending), s.byJC[spammer], s.pending[id] != nil)
	}
	s.mu.Lock()
	s.dropPending(common.BigToHash(big.NewInt(0)))
	s.mu.Unlock()
	s.addJob(job(spammer, 1<<21))
	if s.byJC[spammer] != maxPendingPerJC || len(s.pending) != maxPendingPerJC+1 {
		t.Fatalf("after one left and one came: spammer %d, pending %d", s.byJC[spammer], len(s.pending))
	}
}

// TestSolverDropsOffersThatExpireOrLapse: an offer leaves the book when it expires, or when
// its provider has not re-published it for offerLapse (a stopped provider would otherwise
// take jobs it never runs until its offer expired); the provider's next offer enters the book
// as usual (it once crashed the solver: the book still named the expired offer its newest).
func TestSolverDropsOffersThatExpireOrLapse(t *testing.T) {
	f := newSolverFixture(t)
	clock := time.Now()
	f.s.now = func() time.Time { return clock }
	f.s.offerLapse = 30 * time.Second
	key, _ := crypto.GenerateKey()
	signed := func(nonce int64, validFor uint64) (common.Hash, *matching.SignedOffer) {
		_, o := f.offer(2)
		o.Offer.Nonce, o.Offer.CreatedAt, o.Offer.ValidUntil = big.NewInt(nonce), f.unix-10+uint64(nonce), f.unix+validFor
		s, err := matching.NewSignedOffer(testDomain, o.Offer, key)
		if err != nil {
			t.Fatal(err)
		}
		return s.Offer.Hash(testDomain), s
	}
	put := func(id common.Hash, o *matching.SignedOffer) {
		f.s.addOffer(id, o)
		f.s.mu.Lock()
		defer f.s.mu.Unlock()
		if f.s.resolving[id] != nil {
			f.s.mu.Unlock()
			f.s.resolve(f.ctx, id)
			f.s.mu.Lock()
		}
	}
	inBook := func(id common.Hash) bool {
		f.s.mu.Lock()
		defer f.s.mu.Unlock()
		_, ok := f.s.book.Get(id)
		return ok
	}
	first, o1 := signed(1, 5)
	put(first, o1)
	f.unix += 10 // expired
	f.s.settleDue(f.ctx)
	if inBook(first) {
		t.Fatal("an expired offer stayed in the book")
	}
	second, o2 := signed(2, 600) // the same provider's next offer
	put(second, o2)
	if !inBook(second) {
		t.Fatal("the provider's next offer did not enter the book")
	}
	clock = clock.Add(20 * time.Second)
	put(second, o2) // re-published: heard again
	clock = clock.Add(20 * time.Second)
	f.s.settleDue(f.ctx)
	if !inBook(second) {
		t.Fatal("an offer re-published 20 s ago left the book")
	}
	clock = clock.Add(11 * time.Second) // 31 s since it was last heard
	f.s.settleDue(f.ctx)
	if inBook(second) {
		t.Fatal("an offer not heard for longer than offerLapse stayed in the book")
	}
}
