package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// A request/response protocol: /coophive/<network>/<name>/1. The asker sends one frame
// (status byte, uvarint length, bytes), closes its side, and reads one frame back: status 0
// carries the answer, status 1 the reason for a refusal. Every exchange has a deadline.

// Responder answers one request; an error is sent back as a refusal.
type Responder func(ctx context.Context, from peer.ID, req []byte) ([]byte, error)

// ErrRefused is returned by Ask when the peer refused the request.
var ErrRefused = errors.New("request refused")

// ErrTooLarge is returned when a frame declares more bytes than the reader accepts.
var ErrTooLarge = errors.New("frame too large")

// askTimeout bounds one whole exchange (a result archive included).
const askTimeout = 2 * time.Minute

// MaxAnswerSize bounds an answer on the wire (result archives are the largest).
const MaxAnswerSize = 256 << 20

const (
	statusOK      = 0
	statusRefused = 1
)

func (h *Host) protocolID(name string) protocol.ID {
	return protocol.ID(fmt.Sprintf("/coophive/%s/%s/1", h.cfg.Network, name))
}

// Serve answers requests of at most maxReq bytes on protocol name with r.
func (h *Host) Serve(name string, maxReq int, r Responder) {
	h.h.SetStreamHandler(h.protocolID(name), func(s network.Stream) {
		defer s.Close()
		_ = s.SetDeadline(time.Now().Add(askTimeout))
		_, req, err := readFrame(bufio.NewReader(s), uint64(maxReq))
		if err != nil {
			_ = s.Reset()
			return
		}
		ans, err := r(h.subCtx, s.Conn().RemotePeer(), req)
		if err != nil {
			writeFrame(s, statusRefused, []byte(err.Error()))
			return
		}
		writeFrame(s, statusOK, ans)
	})
}

// Ask sends req to peer id on protocol name and returns the answer. addrs may be empty when
// the host already knows where the peer is (see Connect for how they are used).
func (h *Host) Ask(ctx context.Context, id peer.ID, addrs []string, name string, req []byte) ([]byte, error) {
	return h.AskLimit(ctx, id, addrs, name, req, MaxAnswerSize)
}

// AskLimit is Ask for an answer of at most limit bytes (at most MaxAnswerSize): a longer one
// fails with ErrTooLarge before its bytes are read.
func (h *Host) AskLimit(ctx context.Context, id peer.ID, addrs []string, name string, req []byte, limit uint64) ([]byte, error) {
	limit = min(limit, MaxAnswerSize)
	ctx, cancel := context.WithTimeout(ctx, askTimeout)
	defer cancel()
	if h.h.Network().Connectedness(id) != network.Connected {
		if err := h.Connect(ctx, id, addrs); err != nil {
			return nil, err
		}
	}
	s, err := h.h.NewStream(ctx, id, h.protocolID(name))
	if err != nil {
		return nil, fmt.Errorf("open %s stream to %s: %w", name, id, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	writeFrame(s, statusOK, req)
	_ = s.CloseWrite()
	status, ans, err := readFrame(bufio.NewReader(s), limit)
	if err != nil {
		return nil, fmt.Errorf("read %s answer from %s: %w", name, id, err)
	}
	if status != statusOK {
		return nil, fmt.Errorf("%w: %s", ErrRefused, ans)
	}
	return ans, nil
}

// PeersServing lists the connected peers known to speak protocol name.
func (h *Host) PeersServing(name string) []peer.ID {
	var out []peer.ID
	for _, id := range h.h.Network().Peers() {
		if ps, err := h.h.Peerstore().SupportsProtocols(id, h.protocolID(name)); err == nil && len(ps) > 0 {
			out = append(out, id)
		}
	}
	return out
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

func readFrame(r *bufio.Reader, limit uint64) (byte, []byte, error) {
	status, err := r.ReadByte()
	if err != nil {
		return 0, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, err
	}
	if n > limit {
		return 0, nil, fmt.Errorf("%w: %d bytes declared, at most %d accepted", ErrTooLarge, n, limit)
	}
	// Memory follows the bytes that arrive, not the length declared: a peer that declares
	// 256 MiB and sends ten bytes costs a first chunk, not 256 MiB.
	data := make([]byte, 0, min(n, frameChunk))
	for uint64(len(data)) < n {
		if len(data) == cap(data) {
			data = append(data, make([]byte, min(n-uint64(len(data)), uint64(cap(data))))...)[:len(data)]
		}
		k, err := r.Read(data[len(data):min(uint64(cap(data)), n)])
		data = data[:len(data)+k]
		if err == io.EOF && uint64(len(data)) < n {
			return 0, nil, io.ErrUnexpectedEOF
		}
		if err != nil && err != io.EOF {
			return 0, nil, err
		}
	}
	return status, data, nil
}

// frameChunk is the first buffer readFrame allocates for a frame; it doubles as bytes arrive.
const frameChunk = 64 << 10
