package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestParseAlloc(t *testing.T) {
	a := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	cases := []struct {
		name, in string
		want     *big.Int // a's balance; nil: refused
	}{
		{"wei map, decimal string", `{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": "1000"}`, big.NewInt(1000)},
		{"wei map, number", `{"70997970c51812dc3a010c7d01b50e0d17dc79c8": 1000}`, big.NewInt(1000)},
		{"wei map, hex", `{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": "0x3e8"}`, big.NewInt(1000)},
		{"geth alloc", `{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": {"balance": "0x3e8"}}`, big.NewInt(1000)},
		{"genesis file", `{"config": {}, "alloc": {"70997970c51812dc3a010c7d01b50e0d17dc79c8": {"balance": "1000"}}}`, big.NewInt(1000)},
		{"not an address", `{"0x1234": "1"}`, nil},
		{"negative", `{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": "-1"}`, nil},
		{"not wei", `{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": "1 ether"}`, nil},
		{"not an object", `["0x70997970C51812dc3A010C7d01b50e0d17dc79C8"]`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAlloc([]byte(tc.in))
			if tc.want == nil {
				if err == nil {
					t.Fatalf("accepted: %v", got)
				}
				return
			}
			if err != nil || len(got) != 1 || got[a].Balance.Cmp(tc.want) != 0 {
				t.Fatalf("got %v, %v", got, err)
			}
		})
	}
	for in, ok := range map[string]bool{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8=1000": true, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8=0x10": true,
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8": false, "nope=1": false, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8=1e18": false} {
		if _, _, err := ParseAllocFlag(in); (err == nil) != ok {
			t.Errorf("ParseAllocFlag(%q): %v", in, err)
		}
	}
}

// TestTestnetPersists: a transfer survives a restart on the same data dir, blocks go on, and
// another genesis or chain id is refused.
func TestTestnetPersists(t *testing.T) {
	if testing.Short() {
		t.Skip("a go-ethereum node on disk: 2 s, but 50 s under -race (make test)")
	}
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // under -race with the package's parallel tests: over a minute
	defer cancel()
	key, _ := crypto.GenerateKey()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	dir := t.TempDir()
	cfg := TestnetConfig{DataDir: dir, HTTPAddr: "127.0.0.1:0", Alloc: types.GenesisAlloc{KeyAddress(key): {Balance: Tokens(10)}}}
	start := func(cfg TestnetConfig) (*Testnet, *ethclient.Client) {
		t.Helper()
		tn := NewTestnet(cfg)
		if err := tn.Start(ctx); err != nil {
			t.Fatal(err)
		}
		c, err := ethclient.DialContext(ctx, tn.URL())
		if err != nil {
			t.Fatal(err)
		}
		return tn, c
	}
	tn, c := start(cfg) // period 0: a block as soon as a transaction comes
	bt, err := NewBatch(ctx, c, key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bt.Send(ctx, "transfer", &to, Tokens(1), nil, 21_000); err != nil {
		t.Fatal(err)
	}
	if _, err := bt.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	head := tn.Head()
	c.Close()
	if err := tn.Stop(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []TestnetConfig{
		{DataDir: dir, HTTPAddr: "127.0.0.1:0", Alloc: types.GenesisAlloc{KeyAddress(key): {Balance: Tokens(11)}}},
		{DataDir: dir, HTTPAddr: "127.0.0.1:0", Alloc: cfg.Alloc, ChainID: big.NewInt(31337)},
	} {
		if err := NewTestnet(bad).Start(ctx); !errors.Is(err, ErrGenesisChanged) || !strings.Contains(err.Error(), dir) {
			t.Errorf("restart with another genesis: %v", err)
		}
	}
	bare, bc := start(TestnetConfig{DataDir: dir, HTTPAddr: "127.0.0.1:0"}) // no allocations: the chain as stored
	if got, err := bc.BalanceAt(ctx, to, nil); err != nil || got.Cmp(Tokens(1)) != 0 {
		t.Fatalf("balance after a bare restart: %v, %v", got, err)
	}
	bc.Close()
	if err := bare.Stop(); err != nil {
		t.Fatal(err)
	}
	cfg.BlockPeriod = 100 * time.Millisecond
	tn, c = start(cfg)
	defer func() { c.Close(); _ = tn.Stop() }()
	if got, err := c.BalanceAt(ctx, to, nil); err != nil || got.Cmp(Tokens(1)) != 0 {
		t.Fatalf("balance after restart: %v, %v", got, err)
	}
	if tn.Head() < head {
		t.Fatalf("head %d after restart, was %d", tn.Head(), head)
	}
	deadline := time.Now().Add(10 * time.Second)
	for tn.Head() <= head+1 {
		if time.Now().After(deadline) {
			t.Fatalf("no new blocks after restart: head %d", tn.Head())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
