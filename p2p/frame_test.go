package p2p

import (
	"bufio"
	"bytes"
	"testing"
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
