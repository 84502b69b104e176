// Package backup keeps the automatic backups of the database: one a day at
// most, made when the window closes, in a folder beside the database
// unless the officer chose another; the last 7 daily and 4 weekly are kept.
//
// Every backup is a consistent copy written by SQLite (VACUUM INTO) to a
// temporary file, synced and renamed: a live database file is never copied
// by hand, which can give a corrupt copy.
package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"liaison/internal/safefile"
	"liaison/internal/store"
)

// How many backups pruning keeps: the KeepDaily newest, and before them
// the newest of each of KeepWeekly weeks.
const (
	KeepDaily  = 7
	KeepWeekly = 4
)

// dailyPrefix and dayLayout name the daily backups: liaison-2026-11-24.db.
const (
	dailyPrefix = "liaison-"
	dayLayout   = "2006-01-02"
)

// DefaultFolder is where backups go unless the officer chose another
// folder: "backups" beside the database. For the office's database on a
// server (a postgres:// URL) it is the folder of the officer's own
// database file (store.DefaultPath), where snapshots she asks for go.
func DefaultFolder(dbPath string) string {
	if store.IsServerURL(dbPath) {
		own, err := store.DefaultPath()
		if err != nil {
			return "backups"
		}
		dbPath = own
	}
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

// officePrefix names the snapshots of the office's database on a server
// that Now writes when asked: liaison-office-2026-11-24.db, beside the
// daily backups of the officer's own file but never taken for one of them,
// nor pruned with them.
const officePrefix = "liaison-office-"

// A File is one backup in the folder.
type File struct {
	Path string
	// Day is the day of a daily backup; zero for a backup kept before a
	// restore, which pruning leaves alone.
	Day     time.Time
	Size    int64
	ModTime time.Time
}

// Name is the file's name.
func (f File) Name() string { return filepath.Base(f.Path) }

// List returns the backups in dir, newest first: the daily ones and those
// kept before a restore. A missing folder has none.
func List(dir string) ([]File, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the backup folder: %w", err)
	}
	var out []File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, dailyPrefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		f := File{Path: filepath.Join(dir, name), Size: fi.Size(), ModTime: fi.ModTime()}
		if day, err := time.ParseInLocation(dayLayout, strings.TrimSuffix(strings.TrimPrefix(name, dailyPrefix), ".db"), time.Local); err == nil {
			f.Day = day
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b File) int { return b.ModTime.Compare(a.ModTime) })
	return out, nil
}

// PathFor is the daily backup of a day.
func PathFor(dir string, day time.Time) string {
	return filepath.Join(dir, dailyPrefix+day.Format(dayLayout)+".db")
}

// Now makes today's backup in dir, replacing one made earlier today, and
// prunes the old ones. It returns the backup's path.
//
// Of the office's database on a server it writes a snapshot,
// liaison-office-<day>.db, and prunes nothing: backing the server up is
// its administrator's job, and a snapshot is made only when asked for.
func Now(ctx context.Context, s *store.Store, dir string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot create the backup folder %s: %w", dir, err)
	}
	if s.Engine() == store.EnginePostgres {
		path := filepath.Join(dir, officePrefix+now.Format(dayLayout)+".db")
		return path, s.Backup(ctx, path)
	}
	path := PathFor(dir, now)
	if err := s.Backup(ctx, path); err != nil {
		return "", err
	}
	if _, err := Prune(dir); err != nil {
		return path, err
	}
	return path, nil
}

// DailyBackup makes today's backup unless there is one already: the automatic
// backup, at most once a day. made says whether it wrote one. It makes
// none of the office's database on a server: backing that up is the
// server's job, and snapshots on a desktop are made only when asked for.
func DailyBackup(ctx context.Context, s *store.Store, dir string, now time.Time) (path string, made bool, err error) {
	if s.Engine() == store.EnginePostgres {
		return "", false, nil
	}
	path = PathFor(dir, now)
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	path, err = Now(ctx, s, dir, now)
	return path, err == nil, err
}

// Prune deletes old daily backups and returns what it deleted. It keeps
// the KeepDaily newest, and of the older ones the newest of each week
// (weeks begin on Monday) for KeepWeekly weeks not already covered: about
// five weeks back. Backups kept before a restore, and files that are not
// backups, stay.
func Prune(dir string) ([]string, error) {
	files, err := List(dir)
	if err != nil {
		return nil, err
	}
	var daily []File
	for _, f := range files {
		if !f.Day.IsZero() {
			daily = append(daily, f)
		}
	}
	slices.SortFunc(daily, func(a, b File) int { return b.Day.Compare(a.Day) })
	keep := map[string]bool{}
	seen := map[string]bool{} // weeks with a backup kept
	weekly := 0
	for i, f := range daily {
		y, w := f.Day.ISOWeek()
		week := fmt.Sprint(y, "-", w)
		switch {
		case i < KeepDaily:
			keep[f.Path] = true
		case !seen[week] && weekly < KeepWeekly:
			keep[f.Path] = true
			weekly++
		}
		if keep[f.Path] {
			seen[week] = true
		}
	}
	var removed []string
	for _, f := range daily {
		if keep[f.Path] {
			continue
		}
		if err := os.Remove(f.Path); err != nil {
			return removed, fmt.Errorf("cannot prune old backups: %w", err)
		}
		removed = append(removed, f.Path)
	}
	return removed, nil
}

// LatestGood returns the newest backup in dir that passes store.Check,
// to offer when the database is damaged. ok is false when there is none.
func LatestGood(ctx context.Context, dir string) (f File, info store.BackupInfo, ok bool) {
	files, err := List(dir)
	if err != nil {
		return f, info, false
	}
	for _, f := range files {
		if info, err := store.Check(ctx, f.Path); err == nil {
			return f, info, true
		}
	}
	return f, info, false
}

// CleanUp removes the temporary files an interrupted backup, restore or
// export left beside the database and in the backup folder, and returns
// how many it removed.
func CleanUp(dbPath, dir string) int {
	n := 0
	dirs := []string{dir}
	if !store.IsServerURL(dbPath) {
		dirs = append(dirs, filepath.Dir(dbPath))
	}
	for _, d := range dirs {
		m, _ := safefile.CleanTemp(d)
		n += m
	}
	return n
}
