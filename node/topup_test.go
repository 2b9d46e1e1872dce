package node

import (
	"testing"

	"github.com/coophive/coophive/node/gossip"
)

// TestJCTopUpIsOneTransaction: readyJob signs the job, tops the JC's escrow up to the job's
// stake and finds a peer, and the top-up is one transaction (depositWithPermit), not
// approve and deposit. A second job that the escrow already covers sends none.
func TestJCTopUpIsOneTransaction(t *testing.T) {
	m := newMarket(t, "solver", "jc")
	m.start("solver", m.config("solver", RoleSolver))
	jc := m.start("jc", m.config("jc", RoleJC))
	client := m.local.Chain.Client()
	nonce := func() uint64 {
		t.Helper()
		n, err := client.NonceAt(m.ctx, jc.Address(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	free := func() string {
		t.Helper()
		f, _, err := jc.Market().Escrow(m.ctx, jc.Address())
		if err != nil {
			t.Fatal(err)
		}
		return f.String()
	}
	if free() != "0" {
		t.Fatalf("the JC starts with %s in escrow", free())
	}
	before := nonce()
	job, release, err := jc.readyJob(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo"}})
	if err != nil {
		t.Fatal(err)
	}
	stake := jc.jobStake()
	if got := free(); got != stake.String() {
		t.Fatalf("free escrow %s after the top-up, want the job's stake %s", got, stake)
	}
	if want := gossip.JobStake(&job.Offer); want.Cmp(stake) != 0 {
		t.Fatalf("the signed job needs %s, the top-up was for %s", want, stake)
	}
	if sent := nonce() - before; sent != 1 {
		t.Fatalf("the top-up sent %d transactions, want 1", sent)
	}
	release()
	before = nonce()
	_, release, err = jc.readyJob(m.ctx, Job{Module: "cowsay:v0.0.1", Inputs: map[string]string{"Message": "moo again"}})
	if err != nil {
		t.Fatal(err)
	}
	release()
	if sent := nonce() - before; sent != 0 {
		t.Fatalf("a job the escrow covers sent %d transactions", sent)
	}
}
