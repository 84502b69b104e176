package backup

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// roamingDatabase makes a database with one mission and one backup of it
// under a roaming folder in a user folder named in Kazakh, as earlier builds
// left it on Windows, and returns its path; the store is closed.
func roamingDatabase(t *testing.T, base string, day time.Time) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(base, "Әсел", "AppData", "Roaming", "Liaison", "liaison.db")
	if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "EE", Name: "Посольство Эстонии"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	if _, err := Now(ctx, s, DefaultFolder(db), day); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestMoveDatabase(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2026, 11, 24, 17, 0, 0, 0, time.Local)

	t.Run("moves the database and its backups", func(t *testing.T) {
		base := tempDir(t)
		from := roamingDatabase(t, base, day)
		to := filepath.Join(base, "Әсел", "AppData", "Local", "Liaison", "liaison.db")
		old, err := List(DefaultFolder(from))
		if err != nil || len(old) != 1 {
			t.Fatalf("the backups made: %+v, %v", old, err)
		}
		if err := MoveDatabase(ctx, from, to, day.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if info, err := store.Check(ctx, to); err != nil || info.Missions != 1 {
			t.Errorf("the moved database: %+v, %v", info, err)
		}
		for _, p := range []string{from, from + "-wal", DefaultFolder(from)} {
			if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s is still there (%v)", p, err)
			}
		}
		files, _ := List(DefaultFolder(to))
		if len(files) != 1 || files[0].Name() != "liaison-2026-11-24.db" {
			t.Fatalf("backups after the move: %+v", files)
		}
		if got, want := files[0].ModTime, old[0].ModTime; !got.Equal(want) {
			t.Errorf("the moved backup's time is %v, want %v as before", got, want)
		}
		if info, err := store.Check(ctx, files[0].Path); err != nil || info.Missions != 1 {
			t.Errorf("the moved backup: %+v, %v", info, err)
		}
	})

	t.Run("leaves both when the new place has a database", func(t *testing.T) {
		base := tempDir(t)
		from := roamingDatabase(t, base, day)
		to := filepath.Join(base, "local.db")
		s, err := store.Open(ctx, to)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if err := MoveDatabase(ctx, from, to, day); err == nil {
			t.Fatal("MoveDatabase over an existing database succeeded")
		}
		if info, err := store.Check(ctx, from); err != nil || info.Missions != 1 {
			t.Errorf("the old database: %+v, %v", info, err)
		}
		if info, err := store.Check(ctx, to); err != nil || info.Missions != 0 {
			t.Errorf("the existing database: %+v, %v", info, err)
		}
	})

	t.Run("leaves a damaged database where it is", func(t *testing.T) {
		base := tempDir(t)
		from := filepath.Join(base, "roaming.db")
		os.WriteFile(from, []byte("SQLite format 3\x00 and then nothing"), 0o600)
		to := filepath.Join(base, "local", "liaison.db")
		if err := MoveDatabase(ctx, from, to, day); err == nil {
			t.Fatal("MoveDatabase of a damaged file succeeded")
		}
		if _, err := os.Stat(from); err != nil {
			t.Errorf("the damaged file is gone: %v", err)
		}
		if fi, err := os.Stat(to); err == nil && fi.Size() > 0 {
			t.Error("a damaged file was copied")
		}
	})

	t.Run("a database another Liaison has open stays, and no copy is made", func(t *testing.T) {
		if runtime.GOOS != "windows" {
			t.Skip("only Windows refuses to remove an open file; .ci/windows runs this under Wine")
		}
		base := tempDir(t)
		from := roamingDatabase(t, base, day)
		s, err := store.Open(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		to := filepath.Join(base, "local", "liaison.db")
		if err := MoveDatabase(ctx, from, to, day); err == nil || !strings.Contains(err.Error(), "another Liaison") {
			t.Fatalf("MoveDatabase of an open database: %v", err)
		}
		if _, err := os.Stat(to); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the copy is there (%v)", err)
		}
	})
}

// tempDir is t.TempDir for these tests, which .ci/windows also runs under
// Wine: Go's RemoveAll, which t.TempDir cleans up with, uses a Windows 10
// call that Wine 8 lacks, while os.Remove works there.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "backup-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var paths []string
		_ = filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
			paths = append(paths, p)
			return err
		})
		slices.Reverse(paths) // what a folder holds before the folder
		for _, p := range paths {
			if err := os.Remove(p); err != nil {
				t.Error(err)
			}
		}
	})
	return dir
}
