package node

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/chain/chaintest"
	"github.com/coophive/coophive/node/api"
)

// TestDealsPages: /deals' backend pages through every deal on the Market, newest first,
// each with the state the contract stores, by its cursor; the last page has no cursor;
// /deals/{id} of an unknown id is ErrNotFound.
func TestDealsPages(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := chaintest.NewSandbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	client := s.Local.Chain.Client()
	for _, p := range chaintest.Paths() {
		if _, err := s.RunPath(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keeper := s.M["keeper"]
	all, err := keeper.Matched(ctx, 0, head)
	if err != nil || len(all) != len(chaintest.Paths()) {
		t.Fatalf("%d deals matched (%v), want %d", len(all), err, len(chaintest.Paths()))
	}
	b := apiBackend{&Node{backend: client, market: keeper}}
	var got []api.Deal
	var before *api.Cursor
	pages := 0
	for {
		page, err := b.Deals(ctx, before, 3)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		got = append(got, page.Deals...)
		if page.Next == nil {
			break
		}
		if pages > len(all) {
			t.Fatal("the pages do not end")
		}
		before = page.Next
	}
	if pages != 3 || len(got) != len(all) {
		t.Fatalf("%d pages, %d deals; want 3 pages of 3, 3 and 1", pages, len(got))
	}
	for i, d := range got {
		want := all[len(all)-1-i]
		if err := keeper.FillState(ctx, &want); err != nil {
			t.Fatal(err)
		}
		if d.ID != want.ID.Hex() || d.State != want.State.String() || d.MatchBlock != want.MatchBlock {
			t.Errorf("deal %d: %s %s in %d; want %s %s in %d", i, d.ID, d.State, d.MatchBlock, want.ID.Hex(), want.State, want.MatchBlock)
		}
	}
	if _, err := b.Deal(ctx, common.HexToHash("0x1234")); !errors.Is(err, api.ErrNotFound) {
		t.Fatalf("an unknown deal: %v, want ErrNotFound", err)
	}
}
