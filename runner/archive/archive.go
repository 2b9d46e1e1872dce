// Package archive owns the result archive: a deterministic tar of a run's stdout, stderr,
// exitCode and outputs/ whose sha256 is the result hash submitted on-chain, and its safe
// unpacking. It imports only the standard library (and is fuzzed).
//
// An archive comes from a stranger (the RP that submitted its hash), so what it may cost a
// node is bounded before it is paid:
//
//   - Unpack takes at most MaxArchiveSize bytes, at most MaxEntries entries and names of at
//     most MaxNameLen bytes, and the files it returns (names and contents) total at most
//     MaxUnpackedSize bytes. Every file it returns is a slice of the archive itself, never a
//     copy, so unpacking allocates per entry, not per byte: a header's declared size costs
//     nothing unless the archive holds that many bytes.
//   - Unpack refuses sparse files (GNU sparse entries and PAX GNU.sparse.* records, which
//     let a few KB declare gigabytes of zeros), every entry type but regular files and
//     directories (links, devices, FIFOs, global PAX headers, unknown types), absolute
//     paths and "..", empty names, a name twice, and a file that is also a directory.
//   - Pack and PackFiles check sizes before reading: a file whose stat size takes the
//     archive past MaxArchiveSize is refused unread, each file is read through a reader
//     limited to its stat size, and the archive buffer refuses to grow past the cap. A
//     sparse 1 GiB output file is refused without reading a byte of it.
package archive

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The archive's fixed layout: these files at the top, then outputs/ and what it holds.
const (
	FileStdout   = "stdout"
	FileStderr   = "stderr"
	FileExitCode = "exitCode"
	DirOutputs   = "outputs"
)

// Limits on what a node packs, serves or accepts.
const (
	// MaxArchiveSize bounds an archive's bytes.
	MaxArchiveSize = 256 << 20
	// MaxUnpackedSize bounds the total of an archive's file contents and names as Unpack
	// returns them. Sparse files being refused, it is never reached by an archive under
	// MaxArchiveSize; it bounds memory should the tar reader ever expand something.
	MaxUnpackedSize = MaxArchiveSize
	// MaxEntries bounds an archive's entries (files and directories).
	MaxEntries = 1 << 16
	// MaxNameLen bounds an entry's path (Linux's PATH_MAX).
	MaxNameLen = 4096
)

// ErrArchive is returned for archives that are too big or not of coophive's layout.
var ErrArchive = errors.New("bad result archive")

// limits are the caps Pack and Unpack apply; tests lower them.
type limits struct {
	archive, unpacked int64
	entries, name     int
}

var defaultLimits = limits{archive: MaxArchiveSize, unpacked: MaxUnpackedSize, entries: MaxEntries, name: MaxNameLen}

// entry is one entry to pack: a directory (name ends in "/") or a file of size bytes.
type entry struct {
	name string
	size int64
	open func() (io.ReadCloser, error) // nil for a directory or an empty missing file
}

func (e entry) dir() bool { return strings.HasSuffix(e.name, "/") }

// Pack writes dir's stdout, stderr, exitCode and outputs/ tree into a tar archive that
// depends only on names and contents: entries sorted by path, times zero, owner 0, mode 0644
// for files and 0755 for directories. Missing top-level files pack as empty. Symlinks and
// other special files are refused. It returns the archive and its sha256. Sizes are taken
// from stat and checked against MaxArchiveSize before any file is read.
func Pack(dir string) ([]byte, [32]byte, error) {
	return pack(dir, defaultLimits)
}

func pack(dir string, lim limits) ([]byte, [32]byte, error) {
	var entries []entry
	var total int64
	add := func(e entry) error {
		entries = append(entries, e)
		total += e.size
		switch {
		case len(entries) > lim.entries:
			return fmt.Errorf("%w: more than %d files and directories", ErrArchive, lim.entries)
		case total > lim.archive:
			return fmt.Errorf("%w: files total more than %d bytes (at %s, %d bytes)", ErrArchive, lim.archive, e.name, e.size)
		}
		return nil
	}
	for _, name := range []string{FileStdout, FileStderr, FileExitCode} {
		p := filepath.Join(dir, name)
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			err = add(entry{name: name})
		case err != nil:
			return nil, [32]byte{}, fmt.Errorf("read %s: %w", name, err)
		case !fi.Mode().IsRegular():
			return nil, [32]byte{}, fmt.Errorf("%w: %s is not a regular file", ErrArchive, name)
		default:
			err = add(fileEntry(name, p, fi.Size()))
		}
		if err != nil {
			return nil, [32]byte{}, err
		}
	}
	if err := add(entry{name: DirOutputs + "/"}); err != nil {
		return nil, [32]byte{}, err
	}
	root := filepath.Join(dir, DirOutputs)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == root {
				return nil
			}
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case p == root:
			return nil
		case d.IsDir():
			return add(entry{name: rel + "/"})
		case d.Type().IsRegular():
			fi, err := d.Info()
			if err != nil {
				return err
			}
			return add(fileEntry(rel, p, fi.Size()))
		default:
			return fmt.Errorf("%w: %s is not a regular file", ErrArchive, rel)
		}
	})
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("walk outputs: %w", err)
	}
	return writeArchive(entries, lim)
}

// fileEntry packs the file at p, which stat said holds size bytes: exactly those are read.
func fileEntry(name, p string, size int64) entry {
	return entry{name: name, size: size, open: func() (io.ReadCloser, error) {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		fi, err := f.Stat()
		if err == nil && (!fi.Mode().IsRegular() || fi.Size() != size) {
			err = fmt.Errorf("%w: %s changed while packing", ErrArchive, name)
		}
		if err != nil {
			_ = f.Close()
			return nil, err
		}
		return f, nil
	}}
}

// PackFiles packs in-memory files (slash paths, as Unpack returns them) with Pack's rules.
func PackFiles(files map[string][]byte) ([]byte, [32]byte, error) {
	return packFiles(files, nil, defaultLimits)
}

// packFiles packs files and, besides the directories their paths imply, dirs.
func packFiles(files map[string][]byte, dirs []string, lim limits) ([]byte, [32]byte, error) {
	dirSet := map[string]bool{}
	for _, d := range dirs {
		dirSet[d] = true
	}
	for name := range files {
		for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
			dirSet[d] = true
		}
	}
	entries := make([]entry, 0, len(files)+len(dirSet))
	for d := range dirSet {
		entries = append(entries, entry{name: d + "/"})
	}
	for name, b := range files {
		entries = append(entries, entry{name: name, size: int64(len(b)), open: func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(b)), nil
		}})
	}
	return writeArchive(entries, lim)
}

// writeArchive writes entries in path order. It checks the entry count, the names and the
// archive's least possible size before it opens a file, and never holds more than the cap.
func writeArchive(entries []entry, lim limits) ([]byte, [32]byte, error) {
	if len(entries) > lim.entries {
		return nil, [32]byte{}, fmt.Errorf("%w: %d files and directories, at most %d", ErrArchive, len(entries), lim.entries)
	}
	sort.Slice(entries, func(i, k int) bool { return entries[i].name < entries[k].name })
	size := int64(2 * blockSize) // the end-of-archive blocks
	for _, e := range entries {
		if len(e.name) > lim.name {
			return nil, [32]byte{}, fmt.Errorf("%w: a path of %d bytes, at most %d", ErrArchive, len(e.name), lim.name)
		}
		size += blockSize + padded(e.size)
		if len(e.name) > 100 { // a PAX header carries the path
			size += blockSize + padded(int64(len(e.name))+32)
		}
	}
	if size > lim.archive {
		return nil, [32]byte{}, fmt.Errorf("%w: %d bytes, at most %d", ErrArchive, size, lim.archive)
	}
	buf := &cappedBuffer{max: int(lim.archive)}
	buf.Grow(int(size))
	tw := tar.NewWriter(buf)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, ModTime: time.Unix(0, 0), Format: tar.FormatPAX, Uid: 0, Gid: 0}
		if e.dir() {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, 0o644, e.size
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, [32]byte{}, fmt.Errorf("pack %s: %w", e.name, err)
		}
		if e.open != nil {
			if err := copyEntry(tw, e); err != nil {
				return nil, [32]byte{}, fmt.Errorf("pack %s: %w", e.name, err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, [32]byte{}, fmt.Errorf("close archive: %w", err)
	}
	return buf.Bytes(), sha256.Sum256(buf.Bytes()), nil
}

const blockSize = 512

func padded(n int64) int64 { return (n + blockSize - 1) / blockSize * blockSize }

// copyEntry copies exactly e.size bytes of e's file into tw.
func copyEntry(tw *tar.Writer, e entry) error {
	r, err := e.open()
	if err != nil {
		return err
	}
	defer func() { _ = r.Close() }()
	n, err := io.Copy(tw, io.LimitReader(r, e.size))
	if err == nil && n != e.size {
		err = fmt.Errorf("%w: %s shrank while packing (%d of %d bytes)", ErrArchive, e.name, n, e.size)
	}
	return err
}

// cappedBuffer is a bytes.Buffer that refuses to grow past max bytes.
type cappedBuffer struct {
	bytes.Buffer
	max int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		return 0, fmt.Errorf("%w: more than %d bytes", ErrArchive, b.max)
	}
	return b.Buffer.Write(p)
}

// Unpack returns an archive's regular files keyed by their slash paths. Each file is a
// slice of archive (capacity-capped, so appending copies): callers must not modify it. It
// refuses archives over the limits, sparse files, every type but files and directories,
// absolute paths, "..", a name twice and a file that is also a directory; see the package
// comment.
func Unpack(archive []byte) (map[string][]byte, error) {
	return unpack(archive, defaultLimits)
}

func unpack(archive []byte, lim limits) (map[string][]byte, error) {
	if int64(len(archive)) > lim.archive {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrArchive, len(archive), lim.archive)
	}
	out := map[string][]byte{}
	dirs := map[string]bool{}
	var total int64
	var check []byte // to read a file's bytes through the tar reader
	br := bytes.NewReader(archive)
	tr := tar.NewReader(br)
	for n := 1; ; n++ {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrArchive, err)
		}
		if n > lim.entries {
			return nil, fmt.Errorf("%w: more than %d entries", ErrArchive, lim.entries)
		}
		if err := refuse(h, lim); err != nil {
			return nil, err
		}
		clean := path.Clean(h.Name)
		if _, file := out[clean]; file || dirs[clean] {
			return nil, fmt.Errorf("%w: %s appears twice", ErrArchive, clean)
		}
		total += int64(len(clean))
		if h.Typeflag == tar.TypeDir {
			dirs[clean] = true
		} else {
			// A regular file's bytes follow its header in the archive: the reader stands at
			// them. Take them in place, and check the tar reader yields the same.
			off := int64(len(archive)) - int64(br.Len())
			if h.Size > int64(br.Len()) {
				return nil, fmt.Errorf("%w: %s declares %d bytes, the archive holds %d more", ErrArchive, clean, h.Size, br.Len())
			}
			total += h.Size
			if total > lim.unpacked {
				return nil, fmt.Errorf("%w: files total more than %d bytes", ErrArchive, lim.unpacked)
			}
			data := archive[off : off+h.Size : off+h.Size]
			if check == nil {
				check = make([]byte, 32<<10)
			}
			if err := sameBytes(tr, data, check); err != nil {
				return nil, fmt.Errorf("%w: read %s: %v", ErrArchive, clean, err)
			}
			out[clean] = data
		}
		if total > lim.unpacked {
			return nil, fmt.Errorf("%w: files total more than %d bytes", ErrArchive, lim.unpacked)
		}
	}
	for name := range out {
		for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
			if _, file := out[d]; file {
				return nil, fmt.Errorf("%w: %s is a file and a directory", ErrArchive, d)
			}
		}
	}
	for d := range dirs {
		if _, file := out[d]; file {
			return nil, fmt.Errorf("%w: %s is a file and a directory", ErrArchive, d)
		}
	}
	return out, nil
}

// refuse says why h is not an entry an archive of Pack's may hold, if it is not.
func refuse(h *tar.Header, lim limits) error {
	if h.Typeflag == tar.TypeGNUSparse {
		return fmt.Errorf("%w: %s is a sparse file", ErrArchive, h.Name)
	}
	for k := range h.PAXRecords {
		if strings.HasPrefix(k, "GNU.sparse.") {
			return fmt.Errorf("%w: %s is a sparse file (PAX %s)", ErrArchive, h.Name, k)
		}
	}
	if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeDir {
		return fmt.Errorf("%w: %s has type %q; only files and directories", ErrArchive, h.Name, h.Typeflag)
	}
	if len(h.Name) > lim.name {
		return fmt.Errorf("%w: a path of %d bytes, at most %d", ErrArchive, len(h.Name), lim.name)
	}
	clean := path.Clean(h.Name)
	if strings.HasPrefix(clean, "/") || clean == ".." || strings.HasPrefix(clean, "../") {
		return fmt.Errorf("%w: unsafe path %q", ErrArchive, h.Name)
	}
	if clean == "." {
		return fmt.Errorf("%w: an entry with no name", ErrArchive)
	}
	if h.Size < 0 || (h.Typeflag == tar.TypeDir && h.Size != 0) {
		return fmt.Errorf("%w: %s has size %d", ErrArchive, h.Name, h.Size)
	}
	return nil
}

// sameBytes reads r to its end through buf and checks it yields exactly want.
func sameBytes(r io.Reader, want, buf []byte) error {
	for {
		n, err := r.Read(buf)
		if n > len(want) || !bytes.Equal(buf[:n], want[:n]) {
			return errors.New("contents are not where the header says")
		}
		want = want[n:]
		if errors.Is(err, io.EOF) {
			if len(want) != 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// ExitCodeOf reads the exit code an archive records (-1 when it records none).
func ExitCodeOf(files map[string][]byte) int {
	n, err := strconv.Atoi(strings.TrimSpace(string(files[FileExitCode])))
	if err != nil {
		return -1
	}
	return n
}

// ErrDiffers is returned by SameShape for archives that differ in shape.
var ErrDiffers = errors.New("results differ")

// SameShape is the mediator's comparison for a non-deterministic module, whose bytes may
// differ between honest runs: both archives record exit code 0 and the same set of output
// files, each of them non-empty in both. stdout and stderr are not compared.
func SameShape(rerun, submitted map[string][]byte) error {
	if a, b := ExitCodeOf(rerun), ExitCodeOf(submitted); a != 0 || b != 0 {
		return fmt.Errorf("%w: exit codes %d (re-run) and %d (submitted); both must be 0", ErrDiffers, a, b)
	}
	outputs := func(files map[string][]byte) map[string]int {
		out := map[string]int{}
		for name, b := range files {
			if strings.HasPrefix(name, DirOutputs+"/") {
				out[name] = len(b)
			}
		}
		return out
	}
	a, b := outputs(rerun), outputs(submitted)
	if len(a) != len(b) {
		return fmt.Errorf("%w: %d output files (re-run), %d (submitted)", ErrDiffers, len(a), len(b))
	}
	for name, size := range a {
		other, ok := b[name]
		switch {
		case !ok:
			return fmt.Errorf("%w: %s missing from the submitted result", ErrDiffers, name)
		case size == 0 || other == 0:
			return fmt.Errorf("%w: %s is empty in one of them", ErrDiffers, name)
		}
	}
	return nil
}
