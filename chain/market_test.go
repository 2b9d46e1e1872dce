package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/matching"
)

type fixture struct {
	ctx            context.Context
	local          *Local
	jcKey, rpKey   *ecdsa.PrivateKey
	solverKey      *ecdsa.PrivateKey
	mediator       common.Address
	jc, rp, solver *Market
	domain         matching.Domain
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	keys := make([]*ecdsa.PrivateKey, 4)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
	}
	l, err := StartLocal(ctx, LocalConfig{Instant: true, Accounts: keys[:3]})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Stop() })
	f := &fixture{ctx: ctx, local: l, jcKey: keys[0], rpKey: keys[1], solverKey: keys[2], mediator: KeyAddress(keys[3])}
	b := l.Chain.Client()
	f.jc, f.rp, f.solver = NewMarket(b, l.Addrs, keys[0]), NewMarket(b, l.Addrs, keys[1]), NewMarket(b, l.Addrs, keys[2])
	if f.domain, err = f.jc.Domain(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Market{f.jc, f.rp} {
		if err := m.Deposit(ctx, Tokens(100)); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *fixture) now(t testing.TB) uint64 {
	h, err := f.local.Chain.Client().HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

func (f *fixture) job(t testing.TB, mutate func(*matching.JobOffer)) *matching.SignedJob {
	t.Helper()
	now := f.now(t)
	j := matching.JobOffer{
		Spec:     matching.Spec{CPUMilli: 1000, RAMMiB: 100},
		MaxPrice: Tokens(5), Collateral: Tokens(1), Mediators: []common.Address{f.mediator},
		Solvers: []common.Address{KeyAddress(f.solverKey)}, SolverWindow: 10,
		Nonce: big.NewInt(time.Now().UnixNano()), CreatedAt: now, ValidUntil: now + 600,
	}
	if mutate != nil {
		mutate(&j)
	}
	s, err := matching.NewSignedJob(f.domain, j, "cowsay:v0.0.1", map[string]string{"Message": "moo"}, f.jcKey)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (f *fixture) offer(t testing.TB, mutate func(*matching.ResourceOffer)) *matching.SignedOffer {
	t.Helper()
	now := f.now(t)
	o := matching.ResourceOffer{
		Spec:  matching.Spec{CPUMilli: 2000, RAMMiB: 1024, DiskMiB: 1024},
		Price: Tokens(3), TimeoutCollateral: Tokens(2), ResultsCollateral: Tokens(4),
		SubmitWindow: 60, JudgeWindow: 60, MediateWindow: 60,
		Mediators: []common.Address{f.mediator}, Capacity: 1, Nonce: big.NewInt(1),
		CreatedAt: now, ValidUntil: now + 600,
	}
	if mutate != nil {
		mutate(&o)
	}
	s, err := matching.NewSignedOffer(f.domain, o, f.rpKey)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (f *fixture) escrow(t *testing.T, who common.Address) (free, locked *big.Int) {
	t.Helper()
	free, locked, err := f.jc.Escrow(f.ctx, who)
	if err != nil {
		t.Fatal(err)
	}
	return free, locked
}

func wantAmount(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

func TestEIP712DigestMatchesContract(t *testing.T) {
	f := newFixture(t)
	job := f.job(t, func(j *matching.JobOffer) {
		j.Spec = matching.Spec{CPUMilli: 1, RAMMiB: 2, DiskMiB: 3, GPUs: 4, GPUVRAMMiB: 5}
		j.Mediators = []common.Address{f.mediator, KeyAddress(f.rpKey)}
	})
	offer := f.offer(t, func(o *matching.ResourceOffer) {
		o.Modules = []common.Hash{matching.ModuleID("cowsay:v0.0.1"), matching.ModuleID("x")}
	})
	gotJob, err := f.jc.OnChainJobHash(f.ctx, &job.Offer)
	if err != nil {
		t.Fatal(err)
	}
	if want := job.Offer.Hash(f.domain); gotJob != want {
		t.Fatalf("job digest: contract %s, Go %s", gotJob.Hex(), want.Hex())
	}
	gotOffer, err := f.jc.OnChainOfferHash(f.ctx, &offer.Offer)
	if err != nil {
		t.Fatal(err)
	}
	if want := offer.Offer.Hash(f.domain); gotOffer != want {
		t.Fatalf("offer digest: contract %s, Go %s", gotOffer.Hex(), want.Hex())
	}
}

func TestHappyPathMovesExactlyThePrice(t *testing.T) {
	f := newFixture(t)
	job, offer := f.job(t, nil), f.offer(t, nil)
	jcAddr, rpAddr := KeyAddress(f.jcKey), KeyAddress(f.rpKey)

	if _, err := f.solver.MatchDeal(f.ctx, job, offer); err != nil {
		t.Fatal(err)
	}
	dealID := job.Offer.Hash(f.domain)
	d, err := f.jc.Deal(f.ctx, dealID)
	if err != nil {
		t.Fatal(err)
	}
	if d.State != StateAgreed || d.JC != jcAddr || d.RP != rpAddr || d.Solver != KeyAddress(f.solverKey) {
		t.Fatalf("deal after match: %+v", d)
	}
	free, locked := f.escrow(t, jcAddr)
	wantAmount(t, "JC locked after match", locked, Tokens(3+1))
	wantAmount(t, "JC free after match", free, Tokens(100-4))
	_, locked = f.escrow(t, rpAddr)
	wantAmount(t, "RP locked after match", locked, Tokens(2))

	result := crypto.Keccak256Hash([]byte("archive"))
	if _, err := f.rp.SubmitResult(f.ctx, dealID, result); err != nil {
		t.Fatal(err)
	}
	_, locked = f.escrow(t, rpAddr)
	wantAmount(t, "RP locked after submit", locked, Tokens(4))

	if _, err := f.jc.AcceptResult(f.ctx, dealID); err != nil {
		t.Fatal(err)
	}
	d, _ = f.jc.Deal(f.ctx, dealID)
	if d.State != StateAccepted || d.ResultHash != result {
		t.Fatalf("deal after accept: state %s result %s", d.State, d.ResultHash.Hex())
	}
	free, locked = f.escrow(t, jcAddr)
	wantAmount(t, "JC free", free, Tokens(97))
	wantAmount(t, "JC locked", locked, big.NewInt(0))
	free, locked = f.escrow(t, rpAddr)
	wantAmount(t, "RP free", free, Tokens(103))
	wantAmount(t, "RP locked", locked, big.NewInt(0))

	if err := f.rp.Withdraw(f.ctx, Tokens(103)); err != nil {
		t.Fatal(err)
	}
	bal, _ := f.rp.TokenBalance(f.ctx, rpAddr)
	wantAmount(t, "RP wallet after withdraw", bal, Tokens(1003))
}

func TestMatchDealRejects(t *testing.T) {
	f := newFixture(t)
	other, _ := crypto.GenerateKey()
	cases := []struct {
		name   string
		job    func() *matching.SignedJob
		offer  func() *matching.SignedOffer
		revert string
	}{
		{"forged job signature", func() *matching.SignedJob {
			j := f.job(t, nil)
			j.Signature, _ = matching.Sign(j.Offer.Hash(f.domain), other)
			return j
		}, func() *matching.SignedOffer { return f.offer(t, nil) }, "BadSignature"},
		{"altered job after signing", func() *matching.SignedJob {
			j := f.job(t, nil)
			j.Offer.MaxPrice = Tokens(50)
			return j
		}, func() *matching.SignedOffer { return f.offer(t, nil) }, "BadSignature"},
		{"forged offer signature", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			o := f.offer(t, nil)
			o.Signature, _ = matching.Sign(o.Offer.Hash(f.domain), other)
			return o
		}, "BadSignature"},
		{"expired offer", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.CreatedAt -= 100; o.ValidUntil = o.CreatedAt + 1 })
		}, "Expired"},
		{"expired job", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.CreatedAt -= 100; j.ValidUntil = j.CreatedAt + 1 })
		}, func() *matching.SignedOffer { return f.offer(t, nil) }, "Expired"},
		{"price above maximum", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Price = Tokens(6) })
		}, "Incompatible"},
		{"not enough cpu", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Spec.CPUMilli = 500 })
		}, "Incompatible"},
		{"no shared mediator", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Mediators = []common.Address{KeyAddress(other)} })
		}, "Incompatible"},
		{"module not accepted", func() *matching.SignedJob { return f.job(t, nil) }, func() *matching.SignedOffer {
			return f.offer(t, func(o *matching.ResourceOffer) { o.Modules = []common.Hash{matching.ModuleID("sdxl:v0.2.9")} })
		}, "Incompatible"},
		{"solver not ranked before the open phase", func() *matching.SignedJob {
			return f.job(t, func(j *matching.JobOffer) { j.Solvers = []common.Address{KeyAddress(other)}; j.SolverWindow = 3600 })
		}, func() *matching.SignedOffer { return f.offer(t, nil) }, "SolverNotInWindow"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.solver.MatchDeal(f.ctx, tc.job(), tc.offer())
			var re *RevertError
			if !errors.As(err, &re) || re.Name != tc.revert {
				t.Fatalf("matchDeal error = %v, want revert %s", err, tc.revert)
			}
		})
	}
}

func TestMatchDealReplayAndCapacity(t *testing.T) {
	f := newFixture(t)
	job, offer := f.job(t, nil), f.offer(t, nil)
	if _, err := f.solver.MatchDeal(f.ctx, job, offer); err != nil {
		t.Fatal(err)
	}
	var re *RevertError
	_, err := f.solver.MatchDeal(f.ctx, job, f.offer(t, func(o *matching.ResourceOffer) { o.Nonce = big.NewInt(2) }))
	if !errors.As(err, &re) || re.Name != "DealExists" {
		t.Fatalf("replayed job: %v, want DealExists", err)
	}
	_, err = f.solver.MatchDeal(f.ctx, f.job(t, nil), offer)
	if !errors.As(err, &re) || re.Name != "CapacityExhausted" {
		t.Fatalf("offer over capacity: %v, want CapacityExhausted", err)
	}
	_, locked := f.escrow(t, KeyAddress(f.jcKey))
	wantAmount(t, "JC locked after one deal", locked, Tokens(4))
}

func TestWrongPartyAndWrongState(t *testing.T) {
	f := newFixture(t)
	job := f.job(t, nil)
	if _, err := f.solver.MatchDeal(f.ctx, job, f.offer(t, nil)); err != nil {
		t.Fatal(err)
	}
	id := job.Offer.Hash(f.domain)
	var re *RevertError
	if _, err := f.jc.SubmitResult(f.ctx, id, common.Hash{1}); !errors.As(err, &re) || re.Name != "NotParty" {
		t.Fatalf("JC submitting: %v, want NotParty", err)
	}
	if _, err := f.jc.AcceptResult(f.ctx, id); !errors.As(err, &re) || re.Name != "WrongState" {
		t.Fatalf("accept before submit: %v, want WrongState", err)
	}
	if _, err := f.rp.SubmitResult(f.ctx, id, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.rp.AcceptResult(f.ctx, id); !errors.As(err, &re) || re.Name != "NotParty" {
		t.Fatalf("RP accepting: %v, want NotParty", err)
	}
	if _, err := f.jc.Deal(f.ctx, common.Hash{9}); !errors.Is(err, ErrNoDeal) {
		t.Fatalf("unknown deal: %v, want ErrNoDeal", err)
	}
}
