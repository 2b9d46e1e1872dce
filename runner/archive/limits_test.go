package archive

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"

	"github.com/coophive/coophive/runner/archive/archivetest"
)

var (
	rawHeader = archivetest.RawHeader
	tarOf     = archivetest.Tar
)

const bombSize = 2 << 30

func paxSparseBomb() []byte   { return archivetest.PAXSparseBomb(bombSize) }
func paxSparse10Bomb() []byte { return archivetest.PAXSparse10Bomb(bombSize) }
func gnuSparseBomb() []byte   { return archivetest.GNUSparseBomb(bombSize) }

// withTar writes headers (with contents for regular files) with archive/tar.
func withTar(t testing.TB, entries ...*tar.Header) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range entries {
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(bytes.Repeat([]byte("x"), int(h.Size))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBombsAreReal(t *testing.T) {
	for name, bomb := range map[string][]byte{"pax-0.1": paxSparseBomb(), "pax-1.0": paxSparse10Bomb(), "gnu": gnuSparseBomb()} {
		t.Run(name, func(t *testing.T) {
			if len(bomb) > 4<<10 {
				t.Fatalf("bomb of %d bytes", len(bomb))
			}
			tr := tar.NewReader(bytes.NewReader(bomb))
			h, err := tr.Next()
			if err != nil {
				t.Fatal(err)
			}
			if h.Size != bombSize {
				t.Fatalf("bomb declares %d bytes, want %d", h.Size, bombSize)
			}
			if n, err := io.CopyN(io.Discard, tr, 1<<20); err != nil || n != 1<<20 {
				t.Fatalf("bomb does not expand: %d bytes, %v", n, err)
			}
		})
	}
}

func TestUnpackRefuses(t *testing.T) {
	reg := func(name string, size int64) *tar.Header {
		return &tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o644, Size: size}
	}
	cases := []struct {
		name string
		tar  []byte
		why  string
	}{
		{"pax-sparse-0.1-bomb", paxSparseBomb(), "sparse"},
		{"pax-sparse-1.0-bomb", paxSparse10Bomb(), "sparse"},
		{"gnu-sparse-bomb", gnuSparseBomb(), "sparse"},
		{"symlink", withTar(t, &tar.Header{Name: "outputs/l", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}), "type"},
		{"hardlink", withTar(t, reg("outputs/a", 1), &tar.Header{Name: "outputs/l", Typeflag: tar.TypeLink, Linkname: "outputs/a"}), "type"},
		{"char-device", withTar(t, &tar.Header{Name: "outputs/c", Typeflag: tar.TypeChar, Devmajor: 1, Devminor: 3}), "type"},
		{"block-device", withTar(t, &tar.Header{Name: "outputs/b", Typeflag: tar.TypeBlock}), "type"},
		{"fifo", withTar(t, &tar.Header{Name: "outputs/f", Typeflag: tar.TypeFifo}), "type"},
		{"global-pax-header", withTar(t, &tar.Header{Typeflag: tar.TypeXGlobalHeader, PAXRecords: map[string]string{"comment": "x"}}), "type"},
		{"unknown-type", tarOf(rawHeader("outputs/z", 'Z', 0, false, nil)), "type"},
		{"contiguous-file", tarOf(rawHeader("outputs/z", tar.TypeCont, 0, false, nil)), "type"},
		{"parent", withTar(t, reg("../evil", 1)), "unsafe"},
		{"absolute", withTar(t, reg("/etc/passwd", 1)), "unsafe"},
		{"no-name", withTar(t, reg(".", 1)), "no name"},
		{"twice", withTar(t, reg("outputs/a", 1), reg("outputs/a", 2)), "twice"},
		{"file-and-dir", withTar(t, reg("outputs/a", 1), reg("outputs/a/b", 1)), "file and a directory"},
		{"dir-and-file", withTar(t, &tar.Header{Name: "outputs/a/", Typeflag: tar.TypeDir, Mode: 0o755}, reg("outputs/a", 1)), "twice"},
		{"long-name", withTar(t, reg("outputs/"+strings.Repeat("n", MaxNameLen), 1)), "path of"},
		{"declares-more-than-it-holds", tarOf(rawHeader("outputs/a", tar.TypeReg, 1<<30, false, nil)), "declares"},
		{"truncated", withTar(t, reg("outputs/a", 4096))[:blockSize+100], "declares"},
		{"too-big", make([]byte, MaxArchiveSize+1), "at most"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var files map[string][]byte
			var err error
			alloc := allocated(func() { files, err = Unpack(c.tar) })
			if !errors.Is(err, ErrArchive) || !strings.Contains(err.Error(), c.why) {
				t.Fatalf("Unpack = %d files, %v; want ErrArchive saying %q", len(files), err, c.why)
			}
			if alloc > 64<<10 {
				t.Errorf("refusing it allocated %d bytes", alloc)
			}
		})
	}
}

// allocated is the bytes f allocates on the heap.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestUnpackCaps(t *testing.T) {
	files := map[string][]byte{"stdout": []byte("0123456789"), "outputs/a": []byte("0123456789"), "exitCode": []byte("0")}
	good, _, err := PackFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		lim  limits
		why  string
	}{
		{"total", limits{archive: MaxArchiveSize, unpacked: 30, entries: MaxEntries, name: MaxNameLen}, "files total more than 30"},
		{"entries", limits{archive: MaxArchiveSize, unpacked: MaxUnpackedSize, entries: 3, name: MaxNameLen}, "more than 3 entries"},
		{"archive", limits{archive: int64(len(good)) - 1, unpacked: MaxUnpackedSize, entries: MaxEntries, name: MaxNameLen}, "at most"},
		{"name", limits{archive: MaxArchiveSize, unpacked: MaxUnpackedSize, entries: MaxEntries, name: 8}, "path of 9 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := unpack(good, c.lim); !errors.Is(err, ErrArchive) || !strings.Contains(err.Error(), c.why) {
				t.Fatalf("unpack = %v, want ErrArchive saying %q", err, c.why)
			}
		})
	}
	exact := limits{archive: int64(len(good)), unpacked: 10 + 10 + 1 + int64(len("stdout")+len("outputs/a")+len("exitCode")+len("outputs")),
		entries: 4, name: len("outputs/a")}
	if _, err := unpack(good, exact); err != nil {
		t.Fatalf("an archive at every limit is refused: %v", err)
	}
}

func TestUnpackDoesNotCopy(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<20) // 16 MiB
	packed, _, err := PackFiles(map[string][]byte{"outputs/big": big, "stdout": []byte("moo"), "outputs/empty": {}})
	if err != nil {
		t.Fatal(err)
	}
	var files map[string][]byte
	alloc := allocated(func() { files, err = Unpack(packed) })
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["outputs/big"], big) || string(files["stdout"]) != "moo" || files["outputs/empty"] == nil || len(files["outputs/empty"]) != 0 {
		t.Fatal("contents differ")
	}
	if c := cap(files["stdout"]); c != 3 {
		t.Fatalf("a file's capacity is %d: appending would write into the archive", c)
	}
	if alloc > 64<<10 {
		t.Fatalf("unpacking 16 MiB allocated %d bytes", alloc)
	}
}

func TestPackHashUnchanged(t *testing.T) {
	// Hashes of the format before Pack streamed and checked sizes: honest archives keep them.
	tree := map[string][]byte{
		"stdout": []byte("hello\n"), "exitCode": []byte("0"),
		"outputs/a.txt": []byte("a"), "outputs/empty": {}, "outputs/sub/b/c.bin": bytes.Repeat([]byte("x"), 1000),
		"outputs/" + strings.Repeat("long", 40) + "/f": []byte("long"),
	}
	dir := t.TempDir()
	for name, c := range tree {
		p := filepath.Join(dir, name)
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, c, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	_ = os.MkdirAll(filepath.Join(dir, "outputs/emptydir"), 0o755)
	_, h, err := Pack(dir)
	if err != nil || fmt.Sprintf("%x", h) != "aa10c4a0b8db2ff3cb2142e46c2b3da38c65867b33bb6d2c293c771b0e72b812" {
		t.Fatalf("Pack = %x, %v", h, err)
	}
	_, h, err = PackFiles(tree)
	if err != nil || fmt.Sprintf("%x", h) != "e7a4549e685d4edad88fde7ea7961f04f1b0c29013e3bf796155e2dae6db9672" {
		t.Fatalf("PackFiles = %x, %v", h, err)
	}
}

func TestPackRefusesSparseGiB(t *testing.T) {
	dir := t.TempDir()
	_ = os.MkdirAll(filepath.Join(dir, DirOutputs), 0o755)
	_ = os.WriteFile(filepath.Join(dir, FileStdout), []byte("moo"), 0o600)
	big := filepath.Join(dir, DirOutputs, "big")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	if err := os.Truncate(big, 1<<30); err != nil { // a 1 GiB hole: no disk, 1 GiB to read
		t.Fatal(err)
	}
	alloc := allocated(func() { _, _, err = Pack(dir) })
	if !errors.Is(err, ErrArchive) || !strings.Contains(err.Error(), "outputs/big") || !strings.Contains(err.Error(), "more than 268435456 bytes") {
		t.Fatalf("Pack = %v, want ErrArchive naming outputs/big and the cap", err)
	}
	if alloc > 1<<20 {
		t.Fatalf("refusing a 1 GiB sparse file allocated %d bytes", alloc)
	}
}

func TestPackCapsBeforeReading(t *testing.T) {
	mk := func(files map[string]int) string {
		dir := t.TempDir()
		for name, size := range files {
			p := filepath.Join(dir, name)
			_ = os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, bytes.Repeat([]byte("x"), size), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	lim := limits{archive: 8 << 10, unpacked: MaxUnpackedSize, entries: 8, name: 64}
	cases := []struct {
		name  string
		files map[string]int
		why   string
	}{
		{"stdout-over", map[string]int{"stdout": 9 << 10}, "at stdout"},
		{"outputs-total-over", map[string]int{"outputs/a": 5 << 10, "outputs/b": 4 << 10}, "files total more than 8192"},
		{"headers-over", map[string]int{"outputs/a": 3 << 10, "outputs/b": 3 << 10}, "bytes, at most 8192"},
		{"entries", map[string]int{"outputs/a": 1, "outputs/b": 1, "outputs/c": 1, "outputs/d": 1, "outputs/e": 1}, "more than 8 files"},
		{"name", map[string]int{"outputs/" + strings.Repeat("n", 60): 1}, "a path of 68 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, _, err := pack(mk(c.files), lim); !errors.Is(err, ErrArchive) || !strings.Contains(err.Error(), c.why) {
				t.Fatalf("pack = %v, want ErrArchive saying %q", err, c.why)
			}
		})
	}
	if _, _, err := pack(mk(map[string]int{"outputs/a": 2 << 10, "stdout": 2 << 10}), lim); err != nil {
		t.Fatalf("an archive under the limits is refused: %v", err)
	}
}

func TestPackRefusesSpecialFiles(t *testing.T) {
	for name, mk := range map[string]func(dir string) error{
		"symlinked-stdout": func(dir string) error { return os.Symlink("/etc/passwd", filepath.Join(dir, FileStdout)) },
		"symlinked-output": func(dir string) error { return os.Symlink("/etc/passwd", filepath.Join(dir, DirOutputs, "p")) },
		"directory-stderr": func(dir string) error { return os.Mkdir(filepath.Join(dir, FileStderr), 0o755) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			_ = os.Mkdir(filepath.Join(dir, DirOutputs), 0o755)
			if err := mk(dir); err != nil {
				t.Fatal(err)
			}
			if _, _, err := Pack(dir); !errors.Is(err, ErrArchive) || !strings.Contains(err.Error(), "not a regular file") {
				t.Fatalf("Pack = %v, want ErrArchive: not a regular file", err)
			}
		})
	}
}

// BenchmarkUnpack reports what unpacking costs for a 3 KB sparse bomb (refused) and for an
// honest archive of about 256 MiB (under the cap): B/op, and peak-heap-B, the most the live
// heap grew while Unpack ran (sampled) or held once it returned.
func BenchmarkUnpack(b *testing.B) {
	honest := func() []byte {
		files := map[string][]byte{"stdout": []byte("done\n"), "exitCode": []byte("0")}
		chunk := bytes.Repeat([]byte("honest output 1\n"), 1<<16) // 1 MiB
		for i := 0; i < 255; i++ {
			files[fmt.Sprintf("outputs/part-%03d", i)] = chunk
		}
		packed, _, err := PackFiles(files)
		if err != nil {
			b.Fatal(err)
		}
		return packed
	}
	for _, c := range []struct {
		name    string
		archive func() []byte
		ok      bool
	}{
		{"bomb-3KB", paxSparseBomb, false},
		{"honest-256MiB", honest, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			archive := c.archive()
			b.SetBytes(int64(len(archive)))
			var peak uint64
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				runtime.GC()
				base := heapInUse()
				stop := sampleHeap()
				b.StartTimer()
				files, err := Unpack(archive)
				b.StopTimer()
				seen := stop()
				seen = max(seen, heapInUse())
				if (err == nil) != c.ok {
					b.Fatalf("Unpack: %v", err)
				}
				if seen > base && seen-base > peak {
					peak = seen - base
				}
				runtime.KeepAlive(files)
				b.StartTimer()
			}
			b.ReportMetric(float64(peak), "peak-heap-B")
			b.ReportMetric(float64(len(archive)), "archive-B")
		})
	}
}

// heapInUse is the bytes of heap objects, live or not yet swept (no stop-the-world). The
// benchmark's sampler is its only concurrent caller.
func heapInUse() uint64 {
	metrics.Read(heapSample[:])
	return heapSample[0].Value.Uint64()
}

var heapSample = [1]metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// sampleHeap samples heapInUse until stop is called, which returns the most it saw.
func sampleHeap() (stop func() uint64) {
	done := make(chan struct{})
	res := make(chan uint64)
	go func() {
		var most uint64
		for {
			select {
			case <-done:
				res <- most
				return
			default:
			}
			most = max(most, heapInUse())
			runtime.Gosched()
		}
	}()
	return func() uint64 { close(done); return <-res }
}
