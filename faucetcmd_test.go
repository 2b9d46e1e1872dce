package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/coophive/coophive/chain"
)

// TestFaucetCommand: `coophive faucet`, configured by flags and environment as an operator
// would, pays a claim from a WEB3_PRIVATE_KEY wallet on a chain reached by WEB3_RPC_URL.
func TestFaucetCommand(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	l, err := chain.StartLocal(ctx, chain.LocalConfig{Instant: true, HTTPPort: -1, Accounts: []*ecdsa.PrivateKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Stop()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	t.Setenv("WEB3_RPC_URL", l.Chain.URL())
	t.Setenv("WEB3_TOKEN_ADDRESS", l.Addrs.Token.Hex())
	t.Setenv("WEB3_PRIVATE_KEY", hex.EncodeToString(crypto.FromECDSA(key)))
	t.Setenv("FAUCET_TOKENS", "7")
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- newApp().RunContext(runCtx, []string{"coophive", "faucet", "--listen", addr, "--eth", "0.25", "--data-dir", t.TempDir()})
	}()
	var res *http.Response
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		res, err = http.Post("http://"+addr+"/api/claim", "application/json", strings.NewReader(`{"address":"0x00000000000000000000000000000000000000aa"}`))
		if err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	_ = json.NewDecoder(res.Body).Decode(&body)
	res.Body.Close()
	if res.StatusCode != 200 || body["eth"] != "0.25" || body["tokens"] != "7" {
		t.Errorf("claim: %d %v, want 200 paying 0.25 ETH and 7 tokens", res.StatusCode, body)
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("faucet: %v", err)
	}
}
