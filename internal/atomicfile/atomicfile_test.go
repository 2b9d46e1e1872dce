package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteNew: a new file is written whole with its mode; an existing one is left as it
// was, with an error wrapping fs.ErrExist; no temporary file stays behind either way.
func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key.json")
	for _, tc := range []struct {
		data    string
		wantErr error
		want    string
	}{
		{"first", nil, "first"},
		{"second", fs.ErrExist, "first"},
	} {
		err := WriteNew(path, []byte(tc.data), 0o600)
		if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
			t.Fatalf("write %q: %v, want %v", tc.data, err, tc.wantErr)
		}
		got, _ := os.ReadFile(path)
		st, _ := os.Stat(path)
		if string(got) != tc.want || st.Mode().Perm() != 0o600 {
			t.Fatalf("after writing %q: %q, mode %v", tc.data, got, st.Mode().Perm())
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Fatalf("after writing %q: %d files in the directory", tc.data, len(entries))
		}
	}
}
