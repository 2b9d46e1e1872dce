package p2p

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The results protocol: a deal's job creator (or drawn mediator) fetches the result archive
// from the resource provider. The requester is the peer the connection authenticated, so its
// Ethereum address is known without further proof.
const resultsProtocol = "results"

// ResultSource returns the archive of a deal for a requester, or an error saying why not
// (only the deal's parties may fetch it).
type ResultSource func(ctx context.Context, requester common.Address, dealID common.Hash) ([]byte, error)

// ServeResults answers result requests from src.
func (h *Host) ServeResults(src ResultSource) {
	h.Serve(resultsProtocol, common.HashLength, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		if len(req) != common.HashLength {
			return nil, fmt.Errorf("want a 32-byte deal id")
		}
		requester, err := PeerAddress(from)
		if err != nil {
			return nil, err
		}
		data, err := src(ctx, requester, common.BytesToHash(req))
		if err != nil {
			h.log.Info("result request refused", "deal", common.BytesToHash(req).Hex(), "requester", requester.Hex(), "err", err)
		}
		return data, err
	})
}

// FetchResult asks peer id for the archive of dealID. The caller checks its hash.
func (h *Host) FetchResult(ctx context.Context, id peer.ID, addrs []string, dealID common.Hash) ([]byte, error) {
	return h.Ask(ctx, id, addrs, resultsProtocol, dealID[:])
}
