package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// MaxResultSize bounds a result archive on the wire.
const MaxResultSize = 256 << 20

// resultTimeout bounds one whole result transfer.
const resultTimeout = 2 * time.Minute

// ResultSource returns the archive of a deal for a requester, or an error saying why not
// (only the deal's parties may fetch it: the requester is authenticated by the connection).
type ResultSource func(ctx context.Context, requester common.Address, dealID common.Hash) ([]byte, error)

// ErrRefused is returned by FetchResult when the provider refuses or lacks the result.
var ErrRefused = errors.New("result refused")

const (
	statusOK      = 0
	statusRefused = 1
)

func (h *Host) resultsProtocol() protocol.ID {
	return protocol.ID(fmt.Sprintf("/coophive/%s/results/1", h.cfg.Network))
}

// ServeResults answers result requests from src.
func (h *Host) ServeResults(src ResultSource) {
	h.h.SetStreamHandler(h.resultsProtocol(), func(s network.Stream) {
		defer s.Close()
		_ = s.SetDeadline(time.Now().Add(resultTimeout))
		var id common.Hash
		if _, err := io.ReadFull(s, id[:]); err != nil {
			_ = s.Reset()
			return
		}
		requester, err := PeerAddress(s.Conn().RemotePeer())
		if err != nil {
			writeFrame(s, statusRefused, []byte(err.Error()))
			return
		}
		data, err := src(h.subCtx, requester, id)
		if err != nil {
			h.log.Info("result request refused", "deal", id.Hex(), "requester", requester.Hex(), "err", err)
			writeFrame(s, statusRefused, []byte(err.Error()))
			return
		}
		writeFrame(s, statusOK, data)
	})
}

// FetchResult asks peer id for the archive of dealID. The caller checks its hash.
func (h *Host) FetchResult(ctx context.Context, id peer.ID, addrs []string, dealID common.Hash) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, resultTimeout)
	defer cancel()
	if h.h.Network().Connectedness(id) != network.Connected {
		if err := h.Connect(ctx, id, addrs); err != nil {
			return nil, err
		}
	}
	s, err := h.h.NewStream(ctx, id, h.resultsProtocol())
	if err != nil {
		return nil, fmt.Errorf("open results stream to %s: %w", id, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	if _, err := s.Write(dealID[:]); err != nil {
		return nil, fmt.Errorf("send result request: %w", err)
	}
	_ = s.CloseWrite()
	status, data, err := readFrame(bufio.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("read result from %s: %w", id, err)
	}
	if status != statusOK {
		return nil, fmt.Errorf("%w: %s", ErrRefused, data)
	}
	return data, nil
}

func writeFrame(w io.Writer, status byte, data []byte) {
	hdr := make([]byte, 1, 1+binary.MaxVarintLen64)
	hdr[0] = status
	hdr = binary.AppendUvarint(hdr, uint64(len(data)))
	if _, err := w.Write(hdr); err != nil {
		return
	}
	_, _ = w.Write(data)
}

func readFrame(r *bufio.Reader) (byte, []byte, error) {
	status, err := r.ReadByte()
	if err != nil {
		return 0, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, err
	}
	if n > MaxResultSize {
		return 0, nil, fmt.Errorf("result of %d bytes exceeds %d", n, MaxResultSize)
	}
	data := make([]byte, n)
	if _, err := io.ReadFull(r, data); err != nil {
		return 0, nil, err
	}
	return status, data, nil
}
