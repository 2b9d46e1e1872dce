package node

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coophive/coophive/chain"
)

// TestReadNetworkRefusesIncompleteFiles: a network file without a chain id or a contract,
// with a bootstrap address that names no peer, or whose Market this build does not speak
// (another creation code, or none named), is refused with the reason.
func TestReadNetworkRefusesIncompleteFiles(t *testing.T) {
	ours, err := chain.MarketCodeHash()
	if err != nil {
		t.Fatal(err)
	}
	code := `, "marketCreationCodeHash": "` + ours.Hex() + `"`
	const token, market = `"token": "0x0000000000000000000000000000000000000007"`, `"market": "0x0000000000000000000000000000000000000008"`
	const peerAddr = "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/16Uiu2HAmAw1SZ2WCztAqKbjmspkNhsqm52QVVxZdChijPSCnSvgE"
	for _, tc := range []struct {
		name, json, err string
	}{
		{"complete", `{"chainId": 1337, ` + token + `, ` + market + code + `, "bootstrap": ["` + peerAddr + `"]}`, ""},
		{"no chain id", `{` + token + `, ` + market + code + `}`, "no chainId"},
		{"no market", `{"chainId": 1, ` + token + code + `}`, "no token or market"},
		{"bootstrap without peer id", `{"chainId": 1, ` + token + `, ` + market + code + `, "bootstrap": ["/ip4/127.0.0.1/udp/4001/quic-v1"]}`, "want a multiaddr ending in /p2p/"},
		{"another Market build", `{"chainId": 1, ` + token + `, ` + market + `, "marketCreationCodeHash": "0x` + strings.Repeat("ab", 32) + `"}`,
			"deployed from Market creation code 0xabab"},
		{"no Market build named", `{"chainId": 1, ` + token + `, ` + market + `}`, "names no marketCreationCodeHash"},
		{"not json", `chainId=1`, "invalid character"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "net.json")
			if err := os.WriteFile(path, []byte(tc.json), 0o644); err != nil {
				t.Fatal(err)
			}
			n, err := ReadNetwork(path)
			if strings.Contains(tc.name, "Market build") && !errors.Is(err, ErrForeignMarket) {
				t.Errorf("%v is not ErrForeignMarket", err)
			}
			switch {
			case tc.err == "" && err != nil:
				t.Fatal(err)
			case tc.err == "" && (n.ChainID != 1337 || n.Market.Hex() != "0x0000000000000000000000000000000000000008" || len(n.Bootstrap) != 1):
				t.Fatalf("read %+v", n)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("error %v, want one with %q", err, tc.err)
			}
		})
	}
}
