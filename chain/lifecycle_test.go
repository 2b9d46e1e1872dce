package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/coophive/coophive/matching"

	. "github.com/coophive/coophive/chain"
	. "github.com/coophive/coophive/chain/chaintest"
)

// TestRandomLifecycle drives random sequences of calls, by random parties, on several deals,
// with random time jumps and withdrawals, over several seeds, and checks every call against
// a model of the contract:
//
//   - a call the contract must refuse reverts with the error it must give (WrongState for the
//     wrong state, NotParty for the wrong party, WindowOpen/WindowClosed with the window's
//     end, ...), and moves neither money nor the deal;
//   - a call it must accept moves the deal to the state it must, inside (or after) its
//     window;
//   - the money each deal moved, from its match to its end (every party's wallet plus free
//     escrow, and its locked escrow), is what the contract's rule for the end state pays:
//     a deal's locks all come back to zero (but a silent mediator's slashed bond);
//   - every call moves tokens between the parties only; every 10 steps, wallets and escrow
//     add up to the supply and the Market holds exactly the escrow; at the end, with every
//     deal terminal, nothing but the registry bonds is locked.
//
// Over the seeds, every terminal state is reached, every transition succeeds and every
// call reserved to a party is refused to another one, at least once. No terminal state is
// out of the walk's reach: Unmediated comes through recusals and through mediators that a
// slash took out of the registry. (A deferred draw, 256 blocks after a challenge, is allowed but
// not required: the walk rarely waits that long.) The offers and jobs are adversarial too:
// windows of 0 and of 2^32-1 s, no collateral, mediators listed many times, jobs that bound
// nothing; the contract must refuse what the job's bounds exclude.
// COOPHIVE_LIFECYCLE_STEPS and COOPHIVE_LIFECYCLE_SEED change the budget and run one seed
// (a failure prints its seed).
func TestRandomLifecycle(t *testing.T) {
	t.Parallel() // each test has its own simulated chain
	seeds, steps := []int64{20261126, 1, 2, 3, 4, 5}, 200
	if testing.Short() { // the long part: the other seeds, and what they all must reach
		seeds, steps = seeds[:1], 50
	}
	if s, err := strconv.Atoi(os.Getenv("COOPHIVE_LIFECYCLE_STEPS")); err == nil {
		steps = s
	}
	one, err := strconv.ParseInt(os.Getenv("COOPHIVE_LIFECYCLE_SEED"), 10, 64)
	if err == nil {
		seeds = []int64{one}
	}
	seen := &coverage{ended: map[State]int{}, calls: map[string]int{}, notParty: map[string]int{}}
	for _, seed := range seeds {
		t.Run(strconv.FormatInt(seed, 10), func(t *testing.T) {
			w := &walk{fixture: newFixture(t), seed: seed, rng: rand.New(rand.NewSource(seed)), seen: seen}
			w.registerSecondMediator(t)
			w.name = map[common.Address]string{}
			for _, p := range parties {
				w.name[w.addr[p]] = p
			}
			w.run(t, steps)
		})
	}
	if t.Failed() || len(seeds) == 1 {
		return // one seed need not reach everything
	}
	for s := StateNone; int(s) < NumStates; s++ {
		if s.Terminal() && seen.ended[s] == 0 {
			t.Errorf("no deal ended %s", s)
		}
	}
	for _, a := range actions {
		if seen.calls[a.name] == 0 {
			t.Errorf("%s never succeeded", a.name)
		}
		if a.party != "" && seen.notParty[a.name] == 0 {
			t.Errorf("%s was never sent by the wrong party", a.name)
		}
	}
	t.Logf("ended %v; transitions %v; refused to the wrong party %v", seen.ended, seen.calls, seen.notParty)
}

// coverage is what the walks reached, over every seed.
type coverage struct {
	ended    map[State]int  // deals by end state
	calls    map[string]int // successful transitions by name
	notParty map[string]int // NotParty refusals by transition name
}

// walk is one seed's random walk and its model of the deals.
type walk struct {
	*fixture
	seed     int64
	rng      *rand.Rand
	seen     *coverage
	name     map[common.Address]string // party by address
	deals    []*tracked
	refusals int  // matches the contract rightly refused
	slashed  bool // a mediator may have left the registry
}

// tracked is what the model knows of a deal beyond what the contract exposes.
type tracked struct {
	id      common.Hash
	moved   escrow // per party: what the deal moved of wallet + free escrow, and of locked
	end     State  // its terminal state once reached
	drawn   bool   // a mediator was drawn once: the mediate window runs from StateAt
	anchor  uint64 // block of the challenge or of the last recusal: the draw uses the next
	recused map[common.Address]bool
	slash   *big.Int // what timeoutMediate took from the silent mediator
}

// action is one deal transition and what the contract requires of it.
type action struct {
	name   string
	from   State  // the state it leaves
	party  string // who may send it: "jc", "rp", "drawn" (the deal's drawn mediator); "" anyone
	window int    // +1: until the state's window ends; -1: only after; 0: regardless
	to     State  // the state it enters (a draw: Challenged with a mediator, or Unmediated)
	weight int    // how often the walk picks it
	call   func(m *Market, ctx context.Context, d *Deal) (*types.Receipt, error)
}

var actions = []action{
	{"submitResult", StateAgreed, "rp", +1, StateResultsSubmitted, 3, func(m *Market, ctx context.Context, d *Deal) (*types.Receipt, error) {
		return m.SubmitResult(ctx, d, common.Hash{1})
	}},
	{"refuseDeal", StateAgreed, "rp", +1, StateRefused, 1, func(m *Market, ctx context.Context, d *Deal) (*types.Receipt, error) {
		return m.RefuseDeal(ctx, d, "no")
	}},
	{"acceptResult", StateResultsSubmitted, "jc", 0, StateAccepted, 1, (*Market).AcceptResult},
	{"challengeResult", StateResultsSubmitted, "jc", +1, StateChallenged, 3, (*Market).ChallengeResult},
	{"drawMediator", StateChallenged, "", 0, StateChallenged, 2, (*Market).DrawMediator},
	{"recuse", StateChallenged, "drawn", +1, StateChallenged, 1, (*Market).Recuse},
	{"mediateAccept", StateChallenged, "drawn", +1, StateMediationAccepted, 1, (*Market).MediateAccept},
	{"mediateReject", StateChallenged, "drawn", +1, StateMediationRejected, 1, (*Market).MediateReject},
	{"timeoutSubmit", StateAgreed, "", -1, StateTimedOutSubmit, 1, (*Market).TimeoutSubmit},
	{"timeoutJudge", StateResultsSubmitted, "", -1, StateAccepted, 1, (*Market).TimeoutJudge},
	{"timeoutMediate", StateChallenged, "", -1, StateTimedOutMediate, 1, (*Market).TimeoutMediate},
}

func actionNamed(name string) action {
	for _, a := range actions {
		if a.name == name {
			return a
		}
	}
	panic(name)
}

func (w *walk) run(t *testing.T, steps int) {
	for i := 0; i < steps; i++ {
		switch r := w.rng.Intn(20); {
		case r < 4 || len(w.deals) == 0:
			w.match(t)
		case r == 4:
			w.wait(t, int64(w.rng.Intn(window)))
		case r == 5:
			w.withdraw(t, parties[w.rng.Intn(len(parties))], Tokens(int64(1+w.rng.Intn(5))))
		default:
			w.randomCall(t)
		}
		if i%10 == 0 {
			w.checkConservation(t) // act checks that each call moves tokens between parties only
		}
		if w.slashed {
			w.reRegister(t)
		}
	}
	// End every deal: time passes, keepers call the timeouts (a submitted result is accepted
	// by silence, a challenge draws a mediator and then refunds, a missing result refunds).
	for round := 0; round < 4; round++ {
		w.wait(t, 2*window)
		for _, tr := range w.deals {
			if d := w.deal(t, tr.id); !d.State.Terminal() {
				w.endCall(t, tr, d)
			}
		}
	}
	for _, tr := range w.deals {
		if d := w.deal(t, tr.id); d.State != tr.end {
			t.Fatalf("seed %d: deal %s is %s after the end rounds (the walk saw it end: %s)", w.seed, tr.id.Hex(), d.State, tr.end)
		}
	}
	w.checkConservation(t)
	w.checkOnlyBondsLocked(t)
	t.Logf("seed %d: %d deals made and ended, %d matches refused", w.seed, len(w.deals), w.refusals)
	if len(w.deals) < steps/20 || w.refusals == 0 {
		t.Fatalf("seed %d: %d deals and %d refused matches in %d steps: the test exercised too little", w.seed, len(w.deals), w.refusals, steps)
	}
}

// endCall is the call that ends (or advances) a deal once its windows passed: the keeper's
// timeout, or the JC's acceptance of a result it gave itself too long to judge.
func (w *walk) endCall(t *testing.T, tr *tracked, d *Deal) {
	switch {
	case d.State == StateAgreed:
		w.act(t, actionNamed("timeoutSubmit"), "keeper", tr)
	case d.State == StateResultsSubmitted && d.JudgeWindow > 3*window:
		w.act(t, actionNamed("acceptResult"), "jc", tr)
	case d.State == StateResultsSubmitted:
		w.act(t, actionNamed("timeoutJudge"), "keeper", tr)
	case d.Mediator == (common.Address{}):
		w.act(t, actionNamed("drawMediator"), "keeper", tr) // may wait for its block: next round
	default:
		w.act(t, actionNamed("timeoutMediate"), "keeper", tr)
	}
}

// randomCall sends a random transition on a random deal: mostly on an open deal, mostly
// one that its state and drawn mediator allow, by the party it belongs to, and mostly by
// another party first.
func (w *walk) randomCall(t *testing.T) {
	var open []*tracked
	for _, tr := range w.deals {
		if tr.end == StateNone {
			open = append(open, tr)
		}
	}
	pick := w.deals
	if len(open) > 0 && w.rng.Intn(4) != 0 {
		pick = open
	}
	tr := pick[w.rng.Intn(len(pick))]
	d := w.deal(t, tr.id)
	var fits []action
	for _, a := range actions {
		if w.refusal(a, w.rightParty(a, d), d) == "" {
			fits = append(fits, a)
		}
	}
	if len(fits) == 0 || w.rng.Intn(4) == 0 {
		fits = actions
	}
	a := w.weighted(fits)
	p := w.rightParty(a, d)
	if other := parties[w.rng.Intn(len(parties))]; a.party != "" && other != p {
		w.act(t, a, other, tr) // a call that is p's alone: first by someone else
	}
	w.act(t, a, p, tr)
}

// rightParty is a party that may send a on d (a random one if anyone may).
func (w *walk) rightParty(a action, d *Deal) string {
	if p := w.name[w.required(a, d)]; p != "" {
		return p
	}
	if a.party == "drawn" {
		return "mediator" // none drawn: no one may
	}
	return parties[w.rng.Intn(len(parties))]
}

// weighted picks one of as by their weights.
func (w *walk) weighted(as []action) action {
	n := 0
	for _, a := range as {
		n += a.weight
	}
	k := w.rng.Intn(n)
	for _, a := range as {
		if k -= a.weight; k < 0 {
			return a
		}
	}
	panic("unreachable")
}

// required is the address that alone may send a, zero if anyone may.
func (w *walk) required(a action, d *Deal) common.Address {
	return map[string]common.Address{"jc": d.JC, "rp": d.RP, "drawn": d.Mediator}[a.party]
}

// refusal is the error the contract must refuse a by p with before it reads the clock, the
// block number or balances ("" when a passes those checks).
func (w *walk) refusal(a action, p string, d *Deal) string {
	switch {
	case d.State != a.from:
		return "WrongState"
	case a.party != "" && w.addr[p] != w.required(a, d):
		return "NotParty"
	case a.name == "timeoutMediate" && d.Mediator == (common.Address{}):
		return "NotDrawn"
	case a.name == "drawMediator" && d.Mediator != (common.Address{}):
		return "AlreadyDrawn"
	}
	return ""
}

// act sends a as p on tr's deal and checks the outcome against the model.
func (w *walk) act(t *testing.T, a action, p string, tr *tracked) {
	t.Helper()
	d := w.deal(t, tr.id)
	want := w.refusal(a, p, d)
	closes := d.WindowEnd()
	short := a.name == "submitResult" && w.rpShort(t, d)
	var bond *big.Int
	if a.name == "timeoutMediate" {
		bond = w.bond(t, d.Mediator)
	}
	before, head := w.holdings(t), w.head(t, nil)
	r, err := a.call(w.m[p], w.ctx, d)
	after, now := w.holdings(t), w.deal(t, d.ID)
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("seed %d: %s by %s on a deal %s (%s): %s", w.seed, a.name, p, d.State, d.ID.Hex(), fmt.Sprintf(format, args...))
	}
	if err != nil {
		if !same(before, after) || now.State != d.State || now.Mediator != d.Mediator {
			fail("refused (%v), yet it moved money or the deal", err)
		}
		if why := w.refused(t, a, d, tr, w.addr[p], want, short, head, r, err); why != "" {
			fail("%v: %s", err, why)
		}
		if want == "NotParty" {
			w.seen.notParty[a.name]++
		}
		return
	}
	if want != "" || short {
		fail("succeeded, want a revert (%s, or InsufficientFunds: %v)", want, short)
	}
	if total(before).Cmp(total(after)) != 0 {
		fail("the parties held %s, now %s", total(before), total(after))
	}
	at := w.head(t, r.BlockNumber).Time
	if (a.window > 0 && at > closes) || (a.window < 0 && at <= closes) {
		fail("succeeded at %d, its window ends at %d", at, closes)
	}
	if why := w.entered(t, a, d, now, tr, at, r.BlockNumber.Uint64()); why != "" {
		fail("%s", why)
	}
	if a.name == "timeoutMediate" {
		tr.slash, w.slashed = minBig(bond, d.MediationFee), true
	}
	w.seen.calls[a.name]++
	for _, q := range parties {
		for i := range tr.moved[q] {
			tr.moved[q][i].Add(tr.moved[q][i], new(big.Int).Sub(after[q][i], before[q][i]))
		}
	}
	if now.State.Terminal() {
		w.ended(t, tr, now)
	}
}

// refused says why err is not a refusal the contract may give a ("" when it is).
func (w *walk) refused(t *testing.T, a action, d *Deal, tr *tracked, caller common.Address, want string, short bool,
	head *types.Header, r *types.Receipt, err error) string {
	var re *RevertError
	isRE, closes := errors.As(err, &re), d.WindowEnd()
	switch {
	case want != "":
		if !isRE || re.Name != want {
			return "want " + want
		}
		if want == "WrongState" && re.Args[1] != uint8(d.State) || want == "NotParty" && re.Args[1] != caller {
			return fmt.Sprintf("arguments %v", re.Args[1:])
		}
		return ""
	case r != nil && r.Status == types.ReceiptStatusFailed: // estimated in the window, mined after it
		if a.window > 0 && w.head(t, r.BlockNumber).Time > closes {
			return ""
		}
		return "mined and reverted inside its window"
	case !isRE:
		return "not a contract revert"
	case re.Name == "WindowOpen" || re.Name == "WindowClosed":
		// the estimate ran on a head between head and the one now
		got := re.Args[1].(*big.Int).Uint64()
		if re.Name == "WindowOpen" && (a.window >= 0 || head.Time > closes) ||
			re.Name == "WindowClosed" && (a.window <= 0 || closes >= w.head(t, nil).Time) || got != closes {
			return fmt.Sprintf("the window ends at %d; the head was at %d", closes, head.Time)
		}
	case re.Name == "InsufficientFunds":
		if !short {
			return "the RP could afford it"
		}
	case re.Name == "DrawNotReady":
		if from := re.Args[1].(*big.Int).Uint64(); from != tr.anchor+2 || from <= head.Number.Uint64() {
			return fmt.Sprintf("anchored at block %d, head %d", tr.anchor, head.Number)
		}
	case re.Name == "MediatorsFull":
		// one would take it (at the earliest time the estimate ran at), none with room would
		// (at the latest)
		if len(w.eligible(t, d, tr, head.Time, false)) == 0 || len(w.eligible(t, d, tr, w.head(t, nil).Time, true)) > 0 {
			return "no mediator would take the deal, or one with room would"
		}
	default:
		return "unexpected"
	}
	return ""
}

// entered says why a deal that a took from d to now is not where it must be ("" when it is),
// and updates the model. at is the call's block time, block its number.
func (w *walk) entered(t *testing.T, a action, d, now *Deal, tr *tracked, at, block uint64) string {
	zero := common.Address{}
	switch a.name {
	case "challengeResult":
		tr.anchor = block
	case "recuse":
		tr.recused[d.Mediator], tr.anchor = true, block
		if now.Mediator != zero {
			return "the recused mediator stayed"
		}
	case "drawMediator":
		first := at
		if tr.drawn {
			first = d.StateAt
		}
		switch can := w.eligible(t, d, tr, at, false); {
		case now.State == StateUnmediated:
			if len(can) > 0 {
				return fmt.Sprintf("ended unmediated, but %v could take it", can)
			}
			return ""
		case now.Mediator == zero: // the anchor's next block left the EVM's window: re-anchored
			if block <= tr.anchor+257 {
				return "no mediator drawn"
			}
			tr.anchor = block
		case !contains(can, now.Mediator) || now.StateAt != first:
			return fmt.Sprintf("drew %s from %v, window from %d", now.Mediator.Hex(), can, now.StateAt)
		default:
			tr.drawn = true
		}
	}
	if now.State != a.to {
		return fmt.Sprintf("entered %s, want %s", now.State, a.to)
	}
	return ""
}

// eligible are the deal's mediators a draw at time at may pick: not recused, registered on
// terms the deal meets in what is left of its window; roomy: only those with room for
// another mediation.
func (w *walk) eligible(t *testing.T, d *Deal, tr *tracked, at uint64, roomy bool) []common.Address {
	first := at
	if tr.drawn {
		first = d.StateAt
	}
	var can []common.Address
	for _, m := range d.Mediators {
		roles, err := w.m["keeper"].Roles(w.ctx, m)
		must(t, err)
		mt, err := w.m["keeper"].MediatorTerms(w.ctx, m)
		must(t, err)
		left := int64(first) + int64(d.MediateWindow) - int64(at)
		ok := !tr.recused[m] && roles&RoleMediator != 0 && left > 0 && mt.MinFee.Cmp(d.MediationFee) <= 0 && int64(mt.MinWindow) <= left
		if ok && roomy {
			ok = w.open(t, m) < uint32(mt.MaxOpen)
		}
		if ok {
			can = append(can, m)
		}
	}
	return can
}

// ended checks what a deal that just ended moved against the contract's rule for its end.
func (w *walk) ended(t *testing.T, tr *tracked, d *Deal) {
	t.Helper()
	tr.end = d.State
	w.seen.ended[d.State]++
	wantDelta(t, zeroEscrow(), tr.moved, payout(w.params, d, tr.slash, w.name[d.Mediator])) // "free": wallet + free
	if t.Failed() {
		t.Fatalf("seed %d: deal %s ended %s: what it moved is above", w.seed, d.ID.Hex(), d.State)
	}
}

// payout is what a deal moves from its match to its end, per party (wallet + free escrow,
// locked escrow): the contract's rule for each end state. med is the drawn mediator.
func payout(p Params, d *Deal, slash *big.Int, med string) map[string][2]*big.Int {
	price, fee, medFee := d.Price, p.SolverFee(d.Price), d.MediationFee
	paid := map[string][2]*big.Int{"jc": {neg(price)}, "rp": {sum(price, neg(fee))}, "solver": {fee}}
	switch d.State {
	case StateAccepted:
		return paid
	case StateMediationAccepted:
		paid["jc"], paid[med] = [2]*big.Int{neg(sum(price, medFee))}, [2]*big.Int{medFee}
		return paid
	case StateMediationRejected:
		return map[string][2]*big.Int{"jc": {sum(d.RPResultsCollateral, neg(medFee))}, "rp": {neg(d.RPResultsCollateral)}, med: {medFee}}
	case StateTimedOutSubmit:
		return map[string][2]*big.Int{"jc": {d.RPTimeoutCollateral}, "rp": {neg(d.RPTimeoutCollateral)}}
	case StateTimedOutMediate:
		return map[string][2]*big.Int{"jc": {half(slash)}, "rp": {sum(slash, neg(half(slash)))}, med: {nil, neg(slash)}}
	}
	return nil // Refused, Unmediated: everything back to whoever locked it
}

// match makes a deal of a random job and offer, or checks that the contract refuses it as
// it must: out of the job's bounds, no mediator both name that takes the deal, or a party
// short of free escrow.
func (w *walk) match(t *testing.T) {
	job, offer := w.job(t, adversarialJob(w.rng, w.fixture)), w.offer(t, adversarialOffer(w.rng, w.fixture))
	j, o := &job.Offer, &offer.Offer
	jcLock := sum(o.Price, j.Collateral, j.MediationFee)
	want := ""
	switch e := w.escrow(t); {
	case !withinBounds(j, o) || !w.shareTakingMediator(t, j, o):
		want = "Incompatible"
	case e["jc"][0].Cmp(jcLock) < 0 || e["rp"][0].Cmp(o.TimeoutCollateral) < 0:
		want = "InsufficientFunds"
	}
	before := w.holdings(t)
	_, err := w.m["solver"].MatchDeal(w.ctx, job, offer)
	after := w.holdings(t)
	if want != "" {
		if !isRevert(err, want) || !same(before, after) {
			t.Fatalf("seed %d: matchDeal: %v, want %s and nothing moved", w.seed, err, want)
		}
		w.refusals++
		return
	}
	if err != nil {
		t.Fatalf("seed %d: matchDeal: %v", w.seed, err)
	}
	tr := &tracked{id: j.Hash(w.domain), moved: zeroEscrow(), recused: map[common.Address]bool{}, slash: new(big.Int)}
	w.deals = append(w.deals, tr)
	locked := map[string][2]*big.Int{"jc": {neg(jcLock), jcLock}, "rp": {neg(o.TimeoutCollateral), o.TimeoutCollateral}}
	for _, p := range parties {
		for i := range tr.moved[p] {
			tr.moved[p][i].Sub(after[p][i], before[p][i])
		}
	}
	wantDelta(t, zeroEscrow(), tr.moved, locked)
	if t.Failed() {
		t.Fatalf("seed %d: matchDeal locked the wrong amounts (above)", w.seed)
	}
}

// shareTakingMediator: a mediator both offers name, not a party, registered on terms the
// deal meets.
func (w *walk) shareTakingMediator(t *testing.T, j *matching.JobOffer, o *matching.ResourceOffer) bool {
	d := &Deal{Terms: Terms{MediationFee: j.MediationFee, MediateWindow: o.MediateWindow}}
	for _, m := range j.Mediators {
		d.Mediators = []common.Address{m}
		if contains(o.Mediators, m) && len(w.eligible(t, d, &tracked{}, 0, false)) > 0 {
			return true
		}
	}
	return false
}

// withdraw withdraws amount of p's free escrow, which must succeed exactly when p has it,
// and moves it from escrow to p's wallet.
func (w *walk) withdraw(t *testing.T, p string, amount *big.Int) {
	before, e := w.holdings(t), w.escrow(t)
	err := w.m[p].Withdraw(w.ctx, amount)
	if has := e[p][0].Cmp(amount) >= 0; has != (err == nil) || !has && !isRevert(err, "InsufficientFunds") {
		t.Fatalf("seed %d: %s withdrawing %s of %s free: %v", w.seed, p, amount, e[p][0], err)
	}
	if free := w.escrow(t)[p][0]; !same(before, w.holdings(t)) || err == nil && new(big.Int).Sub(e[p][0], free).Cmp(amount) != 0 {
		t.Fatalf("seed %d: %s withdrew %s: free escrow went from %s to %s", w.seed, p, amount, e[p][0], free)
	}
}

// reRegister puts a mediator that a slash took out of the registry back in, once its
// mediations are closed, so that deals can still be made.
func (w *walk) reRegister(t *testing.T) {
	w.slashed = false
	for _, p := range []string{"mediator", "keeper"} {
		roles, err := w.m[p].Roles(w.ctx, w.addr[p])
		must(t, err)
		switch {
		case roles&RoleMediator != 0:
		case w.open(t, w.addr[p]) > 0:
			w.slashed = true // next step
		default:
			must(t, w.m[p].Unregister(w.ctx, RoleMediator))
			must(t, w.m[p].RegisterMediator(w.ctx, SandboxMediatorTerms()))
		}
	}
}

// holdings is every party's wallet plus free escrow, and its locked escrow: what a
// withdrawal does not change.
func (w *walk) holdings(t *testing.T) escrow {
	e := w.escrow(t)
	for _, p := range parties {
		bal, err := w.m["keeper"].TokenBalance(w.ctx, w.addr[p])
		must(t, err)
		e[p] = [2]*big.Int{bal.Add(bal, e[p][0]), e[p][1]}
	}
	return e
}

func (w *walk) head(t *testing.T, n *big.Int) *types.Header {
	h, err := w.local.Chain.Client().HeaderByNumber(w.ctx, n)
	must(t, err)
	return h
}

// rpShort: the RP cannot lock d's results collateral from its free escrow and the timeout
// collateral a submission releases.
func (w *walk) rpShort(t *testing.T, d *Deal) bool {
	free, _, err := w.m["keeper"].Escrow(w.ctx, d.RP)
	must(t, err)
	return free.Add(free, d.RPTimeoutCollateral).Cmp(d.RPResultsCollateral) < 0
}

// bond is what is left of a mediator's bond (zero for none).
func (w *walk) bond(t *testing.T, m common.Address) *big.Int {
	mt, err := w.m["keeper"].MediatorTerms(w.ctx, m)
	must(t, err)
	return mt.Bond
}

// open is how many mediations m has open.
func (w *walk) open(t *testing.T, m common.Address) uint32 {
	k := w.m["keeper"]
	n, err := bind.Call(k.MktInst(), &bind.CallOpts{Context: w.ctx}, k.Mkt().PackActiveMediations(m), k.Mkt().UnpackActiveMediations)
	must(t, err)
	return n
}

func zeroEscrow() escrow {
	e := escrow{}
	for _, p := range parties {
		e[p] = [2]*big.Int{new(big.Int), new(big.Int)}
	}
	return e
}

func same(a, b escrow) bool {
	for _, p := range parties {
		if a[p][0].Cmp(b[p][0]) != 0 || a[p][1].Cmp(b[p][1]) != 0 {
			return false
		}
	}
	return true
}

// total is what the parties hold in all, wallets and escrow.
func total(e escrow) *big.Int {
	s := new(big.Int)
	for _, p := range parties {
		s.Add(s, e[p][0]).Add(s, e[p][1])
	}
	return s
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

func contains(list []common.Address, x common.Address) bool {
	for _, a := range list {
		if a == x {
			return true
		}
	}
	return false
}

// adversarialJob draws a job's bounds and mediators: mostly the sandbox's, sometimes a job
// that bounds nothing but windows no longer than 3 sandbox windows (so that every deal can
// still be ended by timeouts), and mediators listed many times.
func adversarialJob(rng *rand.Rand, f *fixture) func(*matching.JobOffer) {
	return func(j *matching.JobOffer) {
		if rng.Intn(3) == 0 {
			j.Bounds = matching.Bounds{MaxSubmitWindow: 3 * window, MaxMediateWindow: 3 * window,
				MinTimeoutCollateral: new(big.Int), MinResultsCollateral: new(big.Int)}
		}
		m, k := f.addr["mediator"], f.addr["keeper"]
		j.Mediators = [][]common.Address{{m}, {m, m, m, m, m, m, m, m, m, k}, {k, m}}[rng.Intn(3)]
	}
}

// adversarialOffer draws an offer's windows, collateral and mediators: half the sandbox's,
// half hostile.
func adversarialOffer(rng *rand.Rand, f *fixture) func(*matching.ResourceOffer) {
	if rng.Intn(2) == 0 {
		return nil
	}
	windows := []uint32{0, 1, window, window, 2 * window, math.MaxUint32}
	w := func() uint32 { return windows[rng.Intn(len(windows))] }
	amount := func(normal int64) *big.Int {
		return [](*big.Int){new(big.Int), Tokens(normal), Tokens(normal)}[rng.Intn(3)]
	}
	return func(o *matching.ResourceOffer) {
		o.SubmitWindow, o.JudgeWindow, o.MediateWindow = w(), w(), w()
		o.TimeoutCollateral, o.ResultsCollateral = amount(rpTimeout), amount(rpResults)
		m, k := f.addr["mediator"], f.addr["keeper"]
		o.Mediators = [][]common.Address{{m}, {k, m, k}, {k}}[rng.Intn(3)]
	}
}

// withinBounds: the offer's terms are what the job accepts (the mediators aside).
func withinBounds(j *matching.JobOffer, o *matching.ResourceOffer) bool {
	return matching.Eligible(j, matching.Candidate{Offer: o}, 0) == matching.ReasonNone
}
