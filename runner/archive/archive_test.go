package archive

import (
	"errors"
	"os"
	"path/filepath"
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
	good, _, _ := PackFiles(map[string][]byte{"stdout": []byte("moo"), "outputs/a/b.txt": []byte("x"), "exitCode": []byte("0")})
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
		// whatever unpacks must pack again, deterministically
		a, ha, err := PackFiles(files)
		if err != nil {
			return
		}
		files2, err := Unpack(a)
		if err != nil {
			t.Fatalf("repacked archive does not unpack: %v", err)
		}
		_, hb, _ := PackFiles(files2)
		if ha != hb {
			t.Fatal("packing is not deterministic")
		}
	})
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
