package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadNetworkRefusesIncompleteFiles: a network file without a chain id or a contract, or
// with a bootstrap address that names no peer, is refused with the reason.
func TestReadNetworkRefusesIncompleteFiles(t *testing.T) {
	const token, market = `"token": "0x0000000000000000000000000000000000000007"`, `"market": "0x0000000000000000000000000000000000000008"`
	const peerAddr = "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/16Uiu2HAmAw1SZ2WCztAqKbjmspkNhsqm52QVVxZdChijPSCnSvgE"
	for _, tc := range []struct {
		name, json, err string
	}{
		{"complete", `{"chainId": 1337, ` + token + `, ` + market + `, "bootstrap": ["` + peerAddr + `"]}`, ""},
		{"no chain id", `{` + token + `, ` + market + `}`, "no chainId"},
		{"no market", `{"chainId": 1, ` + token + `}`, "no token or market"},
		{"bootstrap without peer id", `{"chainId": 1, ` + token + `, ` + market + `, "bootstrap": ["/ip4/127.0.0.1/udp/4001/quic-v1"]}`, "want a multiaddr ending in /p2p/"},
		{"not json", `chainId=1`, "invalid character"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "net.json")
			if err := os.WriteFile(path, []byte(tc.json), 0o644); err != nil {
				t.Fatal(err)
			}
			n, err := ReadNetwork(path)
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
