package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := tempDir(t)
	path := filepath.Join(dir, "list.vcf")
	t.Run("writes a private file", func(t *testing.T) {
		if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "BEGIN:VCARD"); return err }); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(path)
		if got, want := string(b), "BEGIN:VCARD"; got != want {
			t.Errorf("content = %q, want %q", got, want)
		}
		if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
			t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
		}
	})
	t.Run("a failure keeps the old file and leaves no temp", func(t *testing.T) {
		boom := errors.New("boom")
		err := Write(path, func(w io.Writer) error {
			io.WriteString(w, "half a fi")
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Write = %v, want boom", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "BEGIN:VCARD" {
			t.Errorf("the old file changed: %q", b)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%d files in the folder, want 1", len(entries))
		}
	})
	t.Run("clean removes leftovers", func(t *testing.T) {
		os.WriteFile(filepath.Join(dir, TempPrefix+"x.xlsx-123"), []byte("x"), 0o600)
		if n, err := CleanTemp(dir); err != nil || n != 1 {
			t.Errorf("CleanTemp = %d, %v; want 1", n, err)
		}
	})
	t.Run("writing a file again removes what an interrupted write of it left", func(t *testing.T) {
		left := filepath.Join(dir, TempPrefix+"list.vcf-987")
		other := filepath.Join(dir, TempPrefix+"other.xlsx-654")
		os.WriteFile(left, []byte("half"), 0o600)
		os.WriteFile(other, []byte("half"), 0o600)
		if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "BEGIN:VCARD"); return err }); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
			t.Error("the leftover of the same file is still there")
		}
		if _, err := os.Stat(other); err != nil {
			t.Error("the leftover of another file was removed: that is CleanTemp's job")
		}
		os.Remove(other)
	})
	t.Run("clean leaves a file still being written", func(t *testing.T) {
		f, err := Create(dir, "liaison-2026-11-24.db")
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := CleanTemp(dir); n != 0 {
			t.Errorf("CleanTemp removed %d files, one of them in use", n)
		}
		if _, err := os.Stat(f.Name()); err != nil {
			t.Errorf("the file being written is gone: %v", err)
		}
		f.Close()
		if n, _ := CleanTemp(dir); n != 1 {
			t.Errorf("CleanTemp after the writer stopped = %d, want 1", n)
		}
	})
}

// TestCreateRenameWhileOpen is what a backup does with the file Create
// gives: SQLite writes it, and it is renamed into place while still open,
// so that no other Liaison cleans it up meanwhile. Windows refuses that
// rename unless the file was opened sharing delete access.
func TestCreateRenameWhileOpen(t *testing.T) {
	dir := tempDir(t)
	f, err := Create(dir, "backup.db")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := io.WriteString(f, "SQLite format 3"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "backup.db"), []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if n, _ := CleanTemp(dir); n != 0 {
		t.Errorf("CleanTemp removed %d files, one of them in use", n)
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, "backup.db")); err != nil {
		t.Fatalf("renaming the open file into place: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "backup.db")); string(b) != "SQLite format 3" {
		t.Errorf("after the rename the file holds %q", b)
	}
}

// tempDir is t.TempDir for these tests, which .ci/windows also runs under
// Wine: Go's RemoveAll, which t.TempDir cleans up with, uses a Windows 10
// call that Wine 8 lacks, while os.Remove works there.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "safefile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				t.Error(err)
			}
		}
		if err := os.Remove(dir); err != nil {
			t.Error(err)
		}
	})
	return dir
}
