package p2p

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"runtime"
	"testing"

	"github.com/libp2p/go-libp2p/core/network"
)

func FuzzReadFrame(f *testing.F) {
	var b bytes.Buffer
	writeFrame(&b, statusOK, []byte("a deal id of 32 bytes, more or less"))
	f.Add(b.Bytes())
	f.Add([]byte{1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, data []byte) {
		status, payload, err := readFrame(bufio.NewReader(bytes.NewReader(data)), 1<<16)
		if err != nil {
			return
		}
		// varints may come non-canonical (0x80 0x00 is zero); what was read must survive a
		// write and a read
		var out bytes.Buffer
		writeFrame(&out, status, payload)
		s2, p2, err := readFrame(bufio.NewReader(&out), 1<<16)
		if err != nil || s2 != status || !bytes.Equal(p2, payload) {
			t.Fatalf("frame does not round-trip: %v", err)
		}
	})
}

// TestFrameMemoryFollowsBytesReceived: a frame that declares 256 MiB and sends ten bytes
// costs the reader a first chunk, not what it declared, and fails as truncated.
func TestFrameMemoryFollowsBytesReceived(t *testing.T) {
	hdr := binary.AppendUvarint([]byte{statusOK}, MaxAnswerSize)
	data := append(hdr, []byte("ten bytes!")...)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, _, err := readFrame(bufio.NewReader(bytes.NewReader(data)), MaxAnswerSize)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("a truncated frame read as %v, want %v", err, io.ErrUnexpectedEOF)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Fatalf("reading 10 bytes of a frame declaring 256 MiB allocated %d bytes", got)
	}
	// a frame longer than the reader accepts fails before any byte of it is read
	if _, _, err := readFrame(bufio.NewReader(bytes.NewReader(data)), 5); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("an oversize frame read as %v, want %v", err, ErrTooLarge)
	}
	// and a frame that does send what it declares, across many chunks, arrives whole
	big := bytes.Repeat([]byte("0123456789abcdef"), 3*frameChunk/16+5)
	var b bytes.Buffer
	writeFrame(&b, statusRefused, big)
	status, got, err := readFrame(bufio.NewReader(&b), MaxAnswerSize)
	if err != nil || status != statusRefused || !bytes.Equal(got, big) {
		t.Fatalf("a %d-byte frame read back as %d bytes, status %d, %v", len(big), len(got), status, err)
	}
}

// TestAskOverLoopbackAllocatesWhatArrives: over real libp2p, a peer that answers with a
// frame declaring 256 MiB and then ten bytes costs the asker little memory.
func TestAskOverLoopbackAllocatesWhatArrives(t *testing.T) {
	a, _ := startHost(t, "frames", nil)
	b, _ := startHost(t, "frames", a.Addrs())
	a.h.SetStreamHandler(a.protocolID("liar"), func(s network.Stream) {
		defer s.Close()
		_, _, _ = readFrame(bufio.NewReader(s), 64)
		hdr := binary.AppendUvarint([]byte{statusOK}, MaxAnswerSize)
		_, _ = s.Write(append(hdr, []byte("ten bytes!")...))
	})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := b.Ask(context.Background(), a.ID(), a.Addrs(), "liar", []byte("hello"))
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Fatal("a truncated answer was accepted")
	}
	// the whole exchange, connection set-up included, stays far below what was declared
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Fatalf("an answer declaring 256 MiB and sending 10 bytes cost the asker %d MiB", got>>20)
	}
	if _, err := b.AskLimit(context.Background(), a.ID(), nil, "liar", []byte("hello"), 1024); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("an answer over the asker's limit: %v, want %v", err, ErrTooLarge)
	}
}
