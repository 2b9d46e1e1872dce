package p2p

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Deal data protocols: a deal's job creator (or drawn mediator) fetches the result archive
// from the resource provider ("results"); the provider (or drawn mediator) fetches the job's
// input files from the job creator ("inputs"). The requester is the peer the connection
// authenticated, so its Ethereum address is known without further proof; the source decides
// who may have what.
const (
	resultsProtocol = "results"
	inputsProtocol  = "inputs"
	maxInputName    = 128
)

// ResultSource returns the archive of a deal for a requester, or an error saying why not
// (only the deal's parties may fetch it).
type ResultSource func(ctx context.Context, requester common.Address, dealID common.Hash) ([]byte, error)

// InputSource returns one named input file of a deal for a requester, or why not.
type InputSource func(ctx context.Context, requester common.Address, dealID common.Hash, name string) ([]byte, error)

// ServeResults answers result requests from src.
func (h *Host) ServeResults(src ResultSource) {
	h.serveDeal(resultsProtocol, 0, func(ctx context.Context, who common.Address, id common.Hash, _ string) ([]byte, error) {
		return src(ctx, who, id)
	})
}

// ServeInputs answers input file requests from src.
func (h *Host) ServeInputs(src InputSource) { h.serveDeal(inputsProtocol, maxInputName, src) }

// serveDeal answers requests of a 32-byte deal id followed by at most maxArg bytes.
func (h *Host) serveDeal(name string, maxArg int, src InputSource) {
	h.Serve(name, common.HashLength+maxArg, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		if len(req) < common.HashLength || len(req) > common.HashLength+maxArg {
			return nil, fmt.Errorf("want a 32-byte deal id and at most %d bytes more", maxArg)
		}
		requester, err := PeerAddress(from)
		if err != nil {
			return nil, err
		}
		id, arg := common.BytesToHash(req[:common.HashLength]), string(req[common.HashLength:])
		data, err := src(ctx, requester, id, arg)
		if err != nil {
			h.log.Info("deal data request refused", "protocol", name, "deal", id.Hex(), "requester", requester.Hex(), "err", err)
		}
		return data, err
	})
}

// FetchResult asks peer id for the archive of dealID. The caller checks its hash.
func (h *Host) FetchResult(ctx context.Context, id peer.ID, addrs []string, dealID common.Hash) ([]byte, error) {
	return h.Ask(ctx, id, addrs, resultsProtocol, dealID[:])
}

// FetchInput asks peer id for the input file name of dealID, of at most limit bytes (a
// longer answer fails with ErrTooLarge before its bytes are read). The caller checks its hash.
func (h *Host) FetchInput(ctx context.Context, id peer.ID, addrs []string, dealID common.Hash, name string, limit uint64) ([]byte, error) {
	return h.AskLimit(ctx, id, addrs, inputsProtocol, append(dealID.Bytes(), name...), limit)
}
