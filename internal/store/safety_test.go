package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"liaison/internal/liaison"
	"liaison/internal/safefile"
)

// filled returns a closed database at path with a mission, a person and
// an event.
func filled(t *testing.T, path string, mission string) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: mission})
	for i := range 200 { // enough pages for damage to hit the tables
		mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Virtanen", GivenName: "Aino",
			Notes: strings.Repeat("x", i)})
	}
	mustEvent(t, s, "National day")
}

// damage overwrites the middle of a database file with garbage, as a
// failing disk or a bad copy would, keeping the SQLite header.
func damage(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 5*4096 {
		t.Fatalf("database of %d bytes is too small to damage", len(b))
	}
	for i := 2 * 4096; i < len(b)-4096; i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestOpenDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "liaison.db")
	filled(t, path, "Embassy of Finland")
	damage(t, path)
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open of a damaged database = %v, want ErrDamaged", err)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("message %q does not say plainly which file is damaged", err)
	}
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	filled(t, good, "Embassy of Finland")
	info, err := Check(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	if info.Missions != 1 || info.People != 200 || info.Events != 1 || info.Schema < 3 {
		t.Errorf("Check = %+v", info)
	}

	notSQLite := filepath.Join(dir, "list.xlsx")
	os.WriteFile(notSQLite, []byte("PK\x03\x04 a workbook"), 0o600)
	other := filepath.Join(dir, "other.db")
	if s, err := Open(ctx, other); err == nil {
		s.db.Exec(`DROP TABLE invitations`)
		s.Close()
	}
	bad := filepath.Join(dir, "bad.db")
	filled(t, bad, "Embassy of Norway")
	damage(t, bad)
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.db"), "cannot read"},
		{dir, "is a folder"},
		{notSQLite, "not an SQLite file"},
		{other, "not a Liaison database"},
		{bad, "damaged"},
	} {
		if _, err := Check(ctx, c.path); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Check(%s) = %v, want %q", filepath.Base(c.path), err, c.want)
		}
	}
	b, _ := os.ReadFile(good)
	info2, err := Check(ctx, good)
	if after, _ := os.ReadFile(good); err != nil || string(after) != string(b) || info2.People != 200 {
		t.Errorf("Check changed the file it checked, or failed the second time: %v", err)
	}
}

func TestRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "liaison.db")
	saveDir := filepath.Join(dir, "backups")
	now := time.Date(2026, 11, 24, 18, 30, 0, 0, time.UTC)

	s, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland"})
	p := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Virtanen", GivenName: "Aino", Emails: []string{"aino@example.fi"}})
	backup := filepath.Join(dir, "monday.db")
	if err := s.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	// Work after the backup, some of it still in the write-ahead log.
	mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "NO", Name: "Embassy of Norway"})
	p.Position = "Ambassador"
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	s.Close()

	r, err := Restore(ctx, db, backup, saveDir, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.Missions != 1 || r.People != 1 || !strings.HasSuffix(r.SavedAs, "liaison-before-restore-2026-11-24-183000.db") {
		t.Errorf("Restore = %+v", r)
	}
	s, err = Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Person(ctx, p.ID)
	if err != nil || got.Position != "" || got.Emails[0] != "aino@example.fi" {
		t.Errorf("restored person = %+v, %v; want them as in the backup", got, err)
	}
	if ms, _ := s.Missions(ctx, MissionQuery{IncludeArchived: true}); len(ms) != 1 {
		t.Errorf("restored %d missions, want 1", len(ms))
	}
	if rs, _ := s.Search(ctx, "virtanen", 5, true); len(rs) != 1 {
		t.Errorf("search after restore = %+v", rs)
	}
	s.Close()

	// The database as it was is kept, with the work done after the backup.
	kept, err := Open(ctx, r.SavedAs)
	if err != nil {
		t.Fatal(err)
	}
	if ms, _ := kept.Missions(ctx, MissionQuery{IncludeArchived: true}); len(ms) != 2 {
		t.Errorf("the kept database has %d missions, want 2", len(ms))
	}
	kept.Close()
	if runtime.GOOS != "windows" {
		for _, f := range []string{db, r.SavedAs} {
			if fi, _ := os.Stat(f); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s mode = %v, want 0600", f, fi.Mode().Perm())
			}
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "data", safefile.TempPrefix+"*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	t.Run("a damaged backup is refused and nothing changes", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.db")
		filled(t, bad, "Embassy of Norway")
		damage(t, bad)
		before, _ := os.ReadFile(db)
		if _, err := Restore(ctx, db, bad, saveDir, now.Add(time.Hour)); !errors.Is(err, ErrDamaged) {
			t.Fatalf("Restore of a damaged backup = %v", err)
		}
		if after, _ := os.ReadFile(db); string(after) != string(before) {
			t.Error("a refused restore changed the database")
		}
	})

	t.Run("over a damaged database, which is moved aside", func(t *testing.T) {
		damage(t, db)
		r, err := Restore(ctx, db, backup, saveDir, now.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.SavedAs, "liaison-damaged-") {
			t.Errorf("SavedAs = %q, want the damaged file moved aside", r.SavedAs)
		}
		s, err := Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	})

	t.Run("refuses to restore the database over itself", func(t *testing.T) {
		if _, err := Restore(ctx, db, db, saveDir, now); err == nil {
			t.Error("restored the database from itself")
		}
	})
}
