// Package archivetest builds hostile tar archives, the ones archive/tar's writer will not
// write: sparse-file bombs and hand-made headers. It serves runner/archive's tests and the
// node's fault injection (an RP that submits a bomb); nothing else should use it.
package archivetest

import (
	"archive/tar"
	"fmt"
)

// BlockSize is tar's block.
const BlockSize = 512

// RawHeader hand-crafts a tar header block (USTAR, or old GNU when gnu is set); patch may
// set more fields before the checksum is computed.
func RawHeader(name string, typeflag byte, size int64, gnu bool, patch func(blk []byte)) []byte {
	blk := make([]byte, BlockSize)
	copy(blk[0:100], name)
	copy(blk[100:108], fmt.Sprintf("%07o\x00", 0o644))
	copy(blk[108:116], "0000000\x00")
	copy(blk[116:124], "0000000\x00")
	copy(blk[124:136], fmt.Sprintf("%011o\x00", size))
	copy(blk[136:148], "00000000000\x00")
	blk[156] = typeflag
	if gnu {
		copy(blk[257:265], "ustar  \x00")
	} else {
		copy(blk[257:265], "ustar\x0000")
	}
	if patch != nil {
		patch(blk)
	}
	copy(blk[148:156], "        ")
	sum := 0
	for _, b := range blk {
		sum += int(b)
	}
	copy(blk[148:156], fmt.Sprintf("%06o\x00 ", sum))
	return blk
}

// PAXHeader is a PAX extended header ('x') carrying records ("key=value", each under 96
// bytes), padded to whole blocks.
func PAXHeader(records ...string) []byte {
	var data []byte
	for _, r := range records {
		n := len(r) + 4 // "NN " + record + "\n"
		data = append(data, fmt.Sprintf("%d %s\n", n, r)...)
	}
	return append(RawHeader("PaxHeaders/x", tar.TypeXHeader, int64(len(data)), false, nil), Pad(data)...)
}

// Pad pads b with zeros to whole blocks.
func Pad(b []byte) []byte {
	n := (len(b) + BlockSize - 1) / BlockSize * BlockSize
	return append(b, make([]byte, n-len(b))...)
}

// Tar joins blocks and ends the archive.
func Tar(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return append(out, make([]byte, 2*BlockSize)...)
}

// PAXSparseBomb is a 3 KB archive whose one file, outputs/bomb, reads as size-1 zero bytes
// and an "x": a PAX (GNU sparse 0.1) sparse entry with a single one-byte fragment at its end.
func PAXSparseBomb(size int64) []byte {
	return Tar(
		PAXHeader(fmt.Sprintf("GNU.sparse.size=%d", size), "GNU.sparse.numblocks=1",
			fmt.Sprintf("GNU.sparse.map=%d,1", size-1)),
		RawHeader("outputs/bomb", tar.TypeReg, 1, false, nil), Pad([]byte("x")))
}

// PAXSparse10Bomb is PAXSparseBomb in PAX sparse format 1.0 (the map in the data).
func PAXSparse10Bomb(size int64) []byte {
	return Tar(
		PAXHeader("GNU.sparse.major=1", "GNU.sparse.minor=0", "GNU.sparse.name=outputs/bomb",
			fmt.Sprintf("GNU.sparse.realsize=%d", size)),
		RawHeader("outputs/GNUSparseFile.0/bomb", tar.TypeReg, BlockSize+1, false, nil),
		Pad([]byte(fmt.Sprintf("1\n%d\n1\n", size-1))), Pad([]byte("x")))
}

// GNUSparseBomb is PAXSparseBomb as an old GNU sparse entry (type 'S').
func GNUSparseBomb(size int64) []byte {
	return Tar(RawHeader("outputs/bomb", tar.TypeGNUSparse, 1, true, func(blk []byte) {
		copy(blk[386:398], fmt.Sprintf("%011o\x00", size-1))
		copy(blk[398:410], fmt.Sprintf("%011o\x00", 1))
		copy(blk[483:495], fmt.Sprintf("%011o\x00", size))
	}), Pad([]byte("x")))
}
