package store

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/safefile"
)

func TestBackup(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland"})
	dir := t.TempDir()
	path := filepath.Join(dir, "backup.db")
	os.WriteFile(path, []byte("an older file in the way"), 0o644)
	// What a backup to the same file, killed halfway, left.
	os.WriteFile(filepath.Join(dir, safefile.TempPrefix+"backup.db-123"), []byte("half a copy"), 0o600)
	if err := s.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Errorf("backup mode = %v, want 0600", fi.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files in the backup folder, want only the backup", len(entries))
	}
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	got, err := b.Mission(ctx, m.ID)
	if err != nil || got.Name != m.Name {
		t.Errorf("backup's mission = %+v, %v", got, err)
	}
	if rs, _ := b.Search(ctx, "finland", 5, false); len(rs) != 1 {
		t.Errorf("backup's search index: %v", rs)
	}
	if err := s.Backup(ctx, s.Path()); err == nil {
		t.Error("a backup over the database itself succeeded")
	}
}
