package backup

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"liaison/internal/liaison"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

func TestPrune(t *testing.T) {
	dir := t.TempDir()
	// A backup every day for 60 days, up to Tuesday 24 November 2026.
	last := time.Date(2026, 11, 24, 0, 0, 0, 0, time.Local)
	for i := range 60 {
		if err := os.WriteFile(PathFor(dir, last.AddDate(0, 0, -i)), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	keepers := []string{"liaison-before-restore-2026-10-01-120000.db", "notes.txt"}
	for _, name := range keepers {
		os.WriteFile(filepath.Join(dir, name), nil, 0o600)
	}
	if _, err := Prune(dir); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{
		// the 7 newest: 18 to 24 November
		"liaison-2026-11-18.db", "liaison-2026-11-19.db", "liaison-2026-11-20.db", "liaison-2026-11-21.db",
		"liaison-2026-11-22.db", "liaison-2026-11-23.db", "liaison-2026-11-24.db",
		// then the newest of each earlier week: Sundays 15, 8, 1 November and 25 October
		"liaison-2026-10-25.db", "liaison-2026-11-01.db", "liaison-2026-11-08.db", "liaison-2026-11-15.db",
	}
	want = append(want, keepers...)
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("left after pruning:\n%q\nwant\n%q", left, want)
	}
	// Pruning again changes nothing.
	if removed, _ := Prune(dir); len(removed) != 0 {
		t.Errorf("second prune removed %q", removed)
	}
}

func TestDailyBackup(t *testing.T) {
	ctx := context.Background()
	base := t.TempDir()
	db := filepath.Join(base, "liaison.db")
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "EE", Name: "Embassy of Estonia"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	dir := DefaultFolder(db)
	day := time.Date(2026, 11, 24, 17, 0, 0, 0, time.Local)

	path, made, err := DailyBackup(ctx, s, dir, day)
	if err != nil || !made || path != filepath.Join(base, "backups", "liaison-2026-11-24.db") {
		t.Fatalf("DailyBackup = %q, %v, %v", path, made, err)
	}
	if runtime.GOOS != "windows" {
		for _, p := range []string{dir, path} {
			fi, _ := os.Stat(p)
			if fi.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s mode = %v, want private", p, fi.Mode().Perm())
			}
		}
	}
	info, err := store.Check(ctx, path)
	if err != nil || info.Missions != 1 {
		t.Errorf("Check of the backup = %+v, %v", info, err)
	}
	if _, made, _ := DailyBackup(ctx, s, dir, day.Add(3*time.Hour)); made {
		t.Error("a second automatic backup the same day")
	}
	if _, made, _ := DailyBackup(ctx, s, dir, day.AddDate(0, 0, 1)); !made {
		t.Error("no automatic backup the next day")
	}
	files, _ := List(dir)
	if len(files) != 2 {
		t.Fatalf("List = %+v", files)
	}
	f, info, ok := LatestGood(ctx, dir)
	if !ok || f.Name() != "liaison-2026-11-25.db" || info.Missions != 1 {
		t.Errorf("LatestGood = %+v, %+v, %v", f, info, ok)
	}
	// A damaged newest backup is passed over.
	os.WriteFile(PathFor(dir, day.AddDate(0, 0, 2)), []byte("SQLite format 3\x00 and then nothing"), 0o600)
	if f, _, ok := LatestGood(ctx, dir); !ok || f.Name() != "liaison-2026-11-25.db" {
		t.Errorf("LatestGood with a damaged newest = %+v, %v", f, ok)
	}
}

func TestCleanUp(t *testing.T) {
	base := t.TempDir()
	db := filepath.Join(base, "liaison.db")
	dir := DefaultFolder(db)
	os.MkdirAll(dir, 0o700)
	for _, p := range []string{
		filepath.Join(base, safefile.TempPrefix+"liaison.db-123"),
		filepath.Join(dir, safefile.TempPrefix+"liaison-2026-11-24.db-456"),
	} {
		os.WriteFile(p, []byte("half"), 0o600)
	}
	os.WriteFile(db, nil, 0o600)
	if n := CleanUp(db, dir); n != 2 {
		t.Errorf("CleanUp removed %d, want 2", n)
	}
	if _, err := os.Stat(db); err != nil {
		t.Error("CleanUp removed the database")
	}
}

func TestDefaultFolderOfAServer(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG_DATA_HOME")
	}
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	got := DefaultFolder("postgres://alice@office.example/liaison?sslmode=require")
	if want := filepath.Join(home, "liaison", "backups"); got != want {
		t.Errorf("DefaultFolder(server) = %q, want %q, beside the officer's own database", got, want)
	}
	if got, want := DefaultFolder("/data/liaison.db"), filepath.FromSlash("/data/backups"); got != want {
		t.Errorf("DefaultFolder(file) = %q, want %q", got, want)
	}
}
