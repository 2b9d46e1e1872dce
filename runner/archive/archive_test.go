package archive

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPackIsDeterministic(t *testing.T) {
	mk := func(order []string) [32]byte {
		dir := t.TempDir()
		for _, name := range order {
			p := filepath.Join(dir, name)
			_ = os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte("content of "+name), 0o600); err != nil {
				t.Fatal(err)
			}
			_ = os.Chtimes(p, time.Now(), time.Now().Add(-time.Duration(len(name))*time.Hour))
		}
		_, h, err := Pack(dir)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	a := mk([]string{"stdout", "stderr", "exitCode", "outputs/b.txt", "outputs/a/x"})
	b := mk([]string{"outputs/a/x", "outputs/b.txt", "exitCode", "stderr", "stdout"})
	if a != b {
		t.Fatal("archive depends on creation order, times or modes")
	}
	c := mk([]string{"stdout", "stderr", "exitCode", "outputs/b.txt"})
	if a == c {
		t.Fatal("different contents, same hash")
	}
}

func TestUnpackRefusesUnsafe(t *testing.T) {
	cases := map[string]map[string][]byte{
		"parent":   {"../evil": []byte("x")},
		"absolute": {"/etc/passwd": []byte("x")},
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			archive, _, err := packFiles(files, nil, defaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Unpack(archive); !errors.Is(err, ErrArchive) {
				t.Fatalf("Unpack = %v, want ErrArchive", err)
			}
		})
	}
}

func FuzzUnpack(f *testing.F) {
	good, _, err := PackFiles(map[string][]byte{"stdout": []byte("moo"), "outputs/a/b.txt": []byte("x"), "exitCode": []byte("0")})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte("not a tar"))
	f.Add(paxSparseBomb())
	f.Add(paxSparse10Bomb())
	f.Add(gnuSparseBomb())
	f.Fuzz(func(t *testing.T, data []byte) {
		files, err := Unpack(data)
		if err != nil {
			return
		}
		if want := tarFiles(t, data); !sameFiles(files, want) {
			t.Fatalf("Unpack = %q, the tar reader reads %q", files, want)
		}
		// whatever unpacks packs again, deterministically, and unpacks to the same files
		mustPack := packed(t)
		a := mustPack(PackFiles(files))
		if b := mustPack(PackFiles(files)); !bytes.Equal(a, b) {
			t.Fatal("packing is not deterministic")
		}
		if again, err := Unpack(a); err != nil || !sameFiles(again, files) {
			t.Fatalf("repacked archive unpacks to %q (%v), want %q", again, err, files)
		}
		if !onDisk(files) {
			return
		}
		// Pack of a directory holding the files is PackFiles of them, with the missing
		// top-level files empty and an empty outputs/ kept
		dir := t.TempDir()
		for name, b := range files {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		laidOut := maps.Clone(files)
		for _, name := range []string{FileStdout, FileStderr, FileExitCode} {
			if _, ok := laidOut[name]; !ok {
				laidOut[name] = nil
			}
		}
		if got, want := mustPack(Pack(dir)), mustPack(packFiles(laidOut, []string{DirOutputs}, defaultLimits)); !bytes.Equal(got, want) {
			t.Fatalf("Pack of %q differs from PackFiles of it", files)
		}
	})
}

// packed returns a function that checks packing succeeded with the archive's sha256 as its
// hash, and returns the archive.
func packed(t *testing.T) func([]byte, [32]byte, error) []byte {
	return func(archive []byte, hash [32]byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatalf("pack: %v", err)
		}
		if hash != sha256.Sum256(archive) {
			t.Fatal("the archive's hash is not its sha256")
		}
		return archive
	}
}

// tarFiles are the regular files the standard tar reader reads from an archive that
// Unpack accepted, by cleaned path.
func tarFiles(t *testing.T, archive []byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(archive))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("Unpack accepted what the tar reader refuses: %v", err)
		}
		if h.Typeflag == tar.TypeReg {
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			out[path.Clean(h.Name)] = b
		}
	}
}

func sameFiles(a, b map[string][]byte) bool {
	return maps.EqualFunc(a, b, bytes.Equal)
}

// onDisk: files that Pack would take from a directory (the layout's top-level files and
// what is under outputs/), with names a Linux file system takes.
func onDisk(files map[string][]byte) bool {
	for name := range files {
		top, _, nested := strings.Cut(name, "/")
		if nested && top != DirOutputs || !nested && top != FileStdout && top != FileStderr && top != FileExitCode {
			return false
		}
		for _, part := range strings.Split(name, "/") {
			if len(part) > 255 { // NAME_MAX
				return false
			}
		}
	}
	return true
}

func TestSameShape(t *testing.T) {
	base := func() map[string][]byte {
		return map[string][]byte{FileExitCode: []byte("0"), FileStdout: []byte("a"), "outputs/image.png": []byte("png1")}
	}
	ok := base()
	ok[FileStdout] = []byte("other log lines")
	ok["outputs/image.png"] = []byte("different pixels")
	if err := SameShape(base(), ok); err != nil {
		t.Fatalf("same shape refused: %v", err)
	}
	for name, change := range map[string]func(map[string][]byte){
		"failed":  func(f map[string][]byte) { f[FileExitCode] = []byte("1") },
		"missing": func(f map[string][]byte) { delete(f, "outputs/image.png") },
		"renamed": func(f map[string][]byte) {
			f["outputs/other.png"] = f["outputs/image.png"]
			delete(f, "outputs/image.png")
		},
		"empty":        func(f map[string][]byte) { f["outputs/image.png"] = nil },
		"extra":        func(f map[string][]byte) { f["outputs/extra"] = []byte("x") },
		"no exit code": func(f map[string][]byte) { delete(f, FileExitCode) },
	} {
		f := base()
		change(f)
		if err := SameShape(base(), f); !errors.Is(err, ErrDiffers) {
			t.Errorf("%s: got %v, want ErrDiffers", name, err)
		}
	}
}
