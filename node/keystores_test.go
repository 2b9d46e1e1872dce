package node

import (
	"bytes"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestParseKeyRoles: known roles, comma-separated or repeated, each once; anything else refused.
func TestParseKeyRoles(t *testing.T) {
	for _, tc := range []struct {
		in      []string
		want    []string
		wantErr string
	}{
		{[]string{"solver,mediator,rp,jc,faucet"}, KeyRoles, ""},
		{[]string{"rp", " jc ,"}, []string{"rp", "jc"}, ""},
		{[]string{"rp,miner"}, nil, `role "miner": want solver, mediator, rp, jc, faucet`},
		{[]string{"rp,rp"}, nil, `role "rp" given twice`},
		{[]string{" , "}, nil, "no roles"},
	} {
		got, err := ParseKeyRoles(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// TestWriteExportsAndIdentities: one well-formed export line per variable of each role,
// addresses only; the raw key appears only when asked for.
func TestWriteExportsAndIdentities(t *testing.T) {
	var ids []Identity
	for _, r := range KeyRoles {
		k, _ := crypto.GenerateKey()
		id, err := identityOf(r, r+".json", k)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	var b bytes.Buffer
	WriteExports(&b, ids)
	want := map[string]string{
		"SERVICE_SOLVERS": ids[0].Address.Hex(), "COOPHIVE_SOLVER_ADDRESS": ids[0].Address.Hex(),
		"SERVICE_MEDIATORS": ids[1].Address.Hex(), "COOPHIVE_MEDIATOR_ADDRESS": ids[1].Address.Hex(),
		"COOPHIVE_RP_ADDRESS": ids[2].Address.Hex(), "COOPHIVE_JC_ADDRESS": ids[3].Address.Hex(),
		"COOPHIVE_FAUCET_ADDRESS": ids[4].Address.Hex(),
	}
	line := regexp.MustCompile(`^export ([A-Z_]+)=(0x[0-9a-fA-F]{40})$`)
	got := map[string]string{}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("export line %q", l)
		}
		got[m[1]] = m[2]
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("exports %v, want %v", got, want)
	}
	for _, withPrivate := range []bool{false, true} {
		b.Reset()
		WriteIdentities(&b, ids, withPrivate)
		WriteIdentity(&b, ids[0], withPrivate)
		for _, id := range ids {
			key := strings.TrimPrefix(id.PrivateKeyHex(), "0x")
			if strings.Contains(b.String(), key) != withPrivate || !strings.Contains(b.String(), id.PeerID.String()) {
				t.Fatalf("withPrivate %v:\n%s", withPrivate, b.String())
			}
		}
	}
}
