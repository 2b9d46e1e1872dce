// Package archive owns the result archive: a deterministic tar of a run's stdout, stderr,
// exitCode and outputs/ whose sha256 is the result hash submitted on-chain, and its safe
// unpacking. It imports only the standard library (and is fuzzed).
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

// MaxArchiveSize bounds what a node packs, serves or accepts.
const MaxArchiveSize = 256 << 20

// ErrArchive is returned for archives that are too big or not of coophive's layout.
var ErrArchive = errors.New("bad result archive")

// Pack writes dir's stdout, stderr, exitCode and outputs/ tree into a tar archive that
// depends only on names and contents: entries sorted by path, times zero, owner 0, mode 0644
// for files and 0755 for directories. Missing top-level files pack as empty. Symlinks and
// other special files are refused. It returns the archive and its sha256.
func Pack(dir string) ([]byte, [32]byte, error) {
	files := map[string][]byte{}
	for _, name := range []string{FileStdout, FileStderr, FileExitCode} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, [32]byte{}, fmt.Errorf("read %s: %w", name, err)
		}
		files[name] = b
	}
	dirs := []string{DirOutputs}
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
		case d.IsDir():
			dirs = append(dirs, rel)
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[rel] = b
		default:
			return fmt.Errorf("%w: %s is not a regular file", ErrArchive, rel)
		}
		return nil
	})
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("walk outputs: %w", err)
	}
	return packEntries(files, dirs)
}

func packEntries(files map[string][]byte, dirs []string) ([]byte, [32]byte, error) {
	type entry struct {
		name string
		dir  bool
	}
	var entries []entry
	for _, d := range dirs {
		entries = append(entries, entry{d + "/", true})
	}
	for n := range files {
		entries = append(entries, entry{n, false})
	}
	sort.Slice(entries, func(i, k int) bool { return entries[i].name < entries[k].name })
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, ModTime: time.Unix(0, 0), Format: tar.FormatPAX, Uid: 0, Gid: 0}
		if e.dir {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, 0o644, int64(len(files[e.name]))
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, [32]byte{}, fmt.Errorf("pack %s: %w", e.name, err)
		}
		if !e.dir {
			if _, err := tw.Write(files[e.name]); err != nil {
				return nil, [32]byte{}, fmt.Errorf("pack %s: %w", e.name, err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, [32]byte{}, fmt.Errorf("close archive: %w", err)
	}
	if buf.Len() > MaxArchiveSize {
		return nil, [32]byte{}, fmt.Errorf("%w: %d bytes, at most %d", ErrArchive, buf.Len(), MaxArchiveSize)
	}
	return buf.Bytes(), sha256.Sum256(buf.Bytes()), nil
}

// Unpack reads an archive's regular files into memory, keyed by their slash paths. It
// refuses absolute paths, "..", and anything but files and directories.
func Unpack(archive []byte) (map[string][]byte, error) {
	if len(archive) > MaxArchiveSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrArchive, len(archive))
	}
	out := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(archive))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrArchive, err)
		}
		clean := path.Clean(h.Name)
		if strings.HasPrefix(clean, "/") || clean == ".." || strings.HasPrefix(clean, "../") {
			return nil, fmt.Errorf("%w: unsafe path %q", ErrArchive, h.Name)
		}
		switch h.Typeflag {
		case tar.TypeDir:
		case tar.TypeReg:
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("%w: read %s: %v", ErrArchive, h.Name, err)
			}
			out[clean] = b
		default:
			return nil, fmt.Errorf("%w: %s has type %c", ErrArchive, h.Name, h.Typeflag)
		}
	}
}

// PackFiles packs in-memory files (slash paths, as Unpack returns them) with Pack's rules.
func PackFiles(files map[string][]byte) ([]byte, [32]byte, error) {
	dirSet := map[string]bool{}
	for name := range files {
		for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
			dirSet[d] = true
		}
	}
	dirs := make([]string, 0, len(dirSet))
	for d := range dirSet {
		dirs = append(dirs, d)
	}
	return packEntries(files, dirs)
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
