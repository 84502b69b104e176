package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"liaison/internal/safefile"
)

// ErrDamaged is returned, wrapped in a *DamagedError, when a database
// file fails SQLite's integrity check or cannot be read as a database.
var ErrDamaged = errors.New("the database is damaged")

// A DamagedError says which database is damaged and what SQLite found.
type DamagedError struct {
	Path   string
	Detail string // SQLite's first findings
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("%s is damaged (%s)", e.Path, e.Detail)
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// damaged turns SQLite's "malformed" and "not a database" errors into a
// *DamagedError, and leaves any other error as it is.
func damaged(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return &DamagedError{Path: path, Detail: se.Error()}
		}
	}
	return err
}

// integrity runs SQLite's quick_check (quick) or integrity_check on db and
// returns a *DamagedError unless it finds nothing wrong. quick_check reads
// every page but skips matching indexes against their tables: a fraction
// of a second at start-up.
func integrity(ctx context.Context, db queryer, path string, quick bool) error {
	pragma := "integrity_check(5)"
	if quick {
		pragma = "quick_check(5)"
	}
	rows, err := db.QueryContext(ctx, "PRAGMA "+pragma)
	if err != nil {
		return damaged(path, err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return damaged(path, err)
		}
		if line != "ok" {
			found = append(found, line)
		}
	}
	if err := rows.Err(); err != nil {
		return damaged(path, err)
	}
	if len(found) > 0 {
		return &DamagedError{Path: path, Detail: strings.Join(found, "; ")}
	}
	return nil
}

// BackupInfo describes a database file that Check found sound.
type BackupInfo struct {
	Path     string
	Schema   int // the number of its last migration
	Missions int
	People   int
	Events   int
	Modified time.Time
}

// Check opens a database file read-only, as a candidate to restore, and
// makes sure it is sound and Liaison's: an SQLite file that passes the
// full integrity check, with Liaison's tables, written by this Liaison or
// an older one. It changes nothing in the file.
func Check(ctx context.Context, path string) (BackupInfo, error) {
	info := BackupInfo{Path: path}
	abs, err := filepath.Abs(path)
	if err != nil {
		return info, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return info, fmt.Errorf("cannot read %s: %w", path, errors.Unwrap(err))
	}
	if fi.IsDir() {
		return info, fmt.Errorf("%s is a folder, not a backup", path)
	}
	info.Modified = fi.ModTime()
	if err := checkHeader(abs); err != nil {
		return info, err
	}
	db, err := sql.Open("sqlite", readOnlyDSN(abs))
	if err != nil {
		return info, err
	}
	defer db.Close()
	if err := integrity(ctx, db, path, false); err != nil {
		return info, err
	}
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table'
		AND name IN ('schema_migrations', 'missions', 'people', 'events', 'invitations')`).Scan(&tables); err != nil {
		return info, damaged(path, err)
	}
	if tables != 5 {
		return info, fmt.Errorf("%s is an SQLite file but not a Liaison database", path)
	}
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&info.Schema); err != nil {
		return info, damaged(path, err)
	}
	ms, err := loadMigrations(EngineSQLite)
	if err != nil {
		return info, err
	}
	if last := ms[len(ms)-1].version; info.Schema > last {
		return info, fmt.Errorf("%s was written by a newer Liaison (schema %d, this one knows %d); update Liaison first", path, info.Schema, last)
	}
	err = db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM missions), (SELECT count(*) FROM people),
		(SELECT count(*) FROM events)`).Scan(&info.Missions, &info.People, &info.Events)
	return info, damaged(path, err)
}

// checkHeader refuses a file that does not start as an SQLite database.
func checkHeader(abs string) error {
	f, err := os.Open(abs)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", abs, errors.Unwrap(err))
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return fmt.Errorf("%s is not a Liaison database or backup (it is not an SQLite file)", abs)
	}
	return nil
}

// readOnlyDSN opens a file for reading only, never writing to it.
func readOnlyDSN(abs string) string {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "query_only(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	return "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
}

// Restored says what Restore did.
type Restored struct {
	BackupInfo
	// SavedAs is the backup of the database as it was before the restore;
	// when it was too damaged to copy, the file itself moved there.
	SavedAs string
}

// Restore replaces the database at dbPath with the backup at from. The
// database must be closed. The backup is checked first (Check); then the
// current database is backed up into saveDir, or, when it is too damaged
// for that, moved aside there as it is; then a fresh copy of the backup
// takes its place by rename, so that a failure at any step leaves either
// the old database or the restored one, never a mixture.
func Restore(ctx context.Context, dbPath, from, saveDir string, now time.Time) (Restored, error) {
	var r Restored
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return r, err
	}
	if src, err := filepath.Abs(from); err == nil && src == abs {
		return r, errors.New("that is the database itself; choose a backup")
	}
	if r.BackupInfo, err = Check(ctx, from); err != nil {
		return r, err
	}
	if r.Path, err = filepath.Abs(from); err != nil {
		return r, err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return r, fmt.Errorf("cannot create the folder for the database: %w", err)
	}
	if err := os.MkdirAll(saveDir, 0o700); err != nil {
		return r, fmt.Errorf("cannot create the backup folder %s: %w", saveDir, err)
	}
	// The copy is made by SQLite from the backup, never by copying bytes.
	// (VACUUM INTO writes with the flags its source was opened with, so
	// the source cannot be opened read-only; nothing writes to it.)
	src, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(r.Path)}).EscapedPath()+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return r, err
	}
	tmp, err := vacuumInto(ctx, src, filepath.Dir(abs), filepath.Base(abs))
	src.Close()
	if err != nil {
		return r, fmt.Errorf("cannot copy the backup: %w", err)
	}
	defer func() {
		if tmp != nil { // not installed
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	if r.SavedAs, err = saveCurrent(ctx, abs, saveDir, now); err != nil {
		return r, err
	}
	// The old database's write-ahead log must not meet the new file: it
	// would be replayed into it. Its content is in the saved copy.
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(abs + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return r, fmt.Errorf("cannot remove %s: %w", abs+suffix, err)
		}
	}
	err = install(tmp, abs)
	tmp = nil
	if err != nil {
		return r, fmt.Errorf("cannot put the backup in place: %w", err)
	}
	return r, nil
}

// saveCurrent keeps the database at abs before a restore replaces it: a
// backup in dir, or when the database cannot be read, the file itself
// moved there. It returns where it went, "" when there was no database.
func saveCurrent(ctx context.Context, abs, dir string, now time.Time) (string, error) {
	fi, err := os.Stat(abs)
	if errors.Is(err, os.ErrNotExist) || (err == nil && fi.Size() == 0) {
		return "", nil
	}
	stamp := now.Format("2006-01-02-150405")
	saved := filepath.Join(dir, "liaison-before-restore-"+stamp+".db")
	db, err := sql.Open("sqlite", dsn(abs))
	if err == nil {
		var tmp *os.File
		tmp, err = vacuumInto(ctx, db, dir, filepath.Base(saved))
		db.Close()
		if err == nil && install(tmp, saved) == nil {
			return saved, nil
		}
	}
	// Too damaged to copy: move the file and its log aside as they are.
	saved = filepath.Join(dir, "liaison-damaged-"+stamp+".db")
	if err := os.Rename(abs, saved); err != nil {
		return "", fmt.Errorf("cannot keep the current database before the restore: %w", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		_ = os.Rename(abs+suffix, saved+suffix)
	}
	syncDir(dir)
	return saved, nil
}

// vacuumInto writes a consistent copy of db to a new private temporary
// file in dir, synced, and returns it open, so that no other Liaison
// cleans it up meanwhile (see safefile.Create): the caller renames it into
// place, then closes it. Its name starts with safefile.TempPrefix, so a
// copy left by a crash is cleaned up at the next start.
func vacuumInto(ctx context.Context, db *sql.DB, dir, name string) (*os.File, error) {
	// The file is 0600 and empty, which VACUUM INTO accepts, so the copy
	// is never readable by others, not even for a moment.
	f, err := safefile.Create(dir, name)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*os.File, error) {
		f.Close()
		os.Remove(f.Name())
		return nil, explainWrite(err)
	}
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, f.Name()); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil { // the same file SQLite wrote
		return fail(err)
	}
	return f, nil
}

// install renames the temporary file tmp over path, durably, and closes
// it; on failure it removes it.
func install(tmp *os.File, path string) error {
	defer tmp.Close()
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return explainWrite(err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// explainWrite words a full disk plainly.
func explainWrite(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL || strings.Contains(err.Error(), "no space left") {
		return errors.New("the disk is full (free some space and try again)")
	}
	return err
}
