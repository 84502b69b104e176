// Package store keeps Liaison's data in an SQLite database file
// (modernc.org/sqlite, no cgo). All SQL lives here, so that a later server
// database for teams needs changes in this package only.
//
// Reads go straight to the database; every write goes through Update,
// which runs it in one transaction and refreshes the search index of what
// it touched before committing.
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
	"os/user"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// A Store is an open Liaison database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// engine is EngineSQLite for a file, EnginePostgres for a server.
	engine string
	// readOnly is set for a login that may only read a server's database.
	readOnly bool
	now      func() time.Time
	// writes counts the transactions this Store committed; anchors of the
	// people list built before the last one are stale.
	writes atomic.Uint64
	// anchors speed up deep pages of the people list on a server.
	anchors pageAnchors
	// who is recorded with every change as the one who made it: the
	// system user on a file (systemUser, set by Open), the session user
	// on a server (SELECT session_user, set by openPostgres).
	who string
	// pgcfg is the server's connection settings, password included, for
	// the change listener's own connection (see Watch); nil on a file.
	pgcfg *pgx.ConnConfig
	// watching cancels the watchers when the store closes.
	watching watchers
}

// ErrReadOnly is what every write returns when the login may only read the
// office's database (a viewer's, see TeamInit).
var ErrReadOnly = errors.New("this login may only read the office database; ask the office's administrator for officer rights")

// ReadOnly reports whether the database may only be read: on a server,
// when the login may not add people (checked once, at Open); never for a
// file. Every write then returns ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// The database engines a Store runs on.
const (
	EngineSQLite   = "sqlite"
	EnginePostgres = "postgres"
)

// Engine returns EngineSQLite or EnginePostgres.
func (s *Store) Engine() string { return s.engine }

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the database at path, creating it (0600, in a 0700 folder)
// when it does not exist, checks it (SQLite's quick_check) and brings its
// schema up to date. A damaged database gives a *DamagedError, which
// errors.Is(err, ErrDamaged) recognises: restore a backup then.
//
// A postgres:// or postgresql:// URL opens the office's shared database on
// a PostgreSQL server instead (see openPostgres).
func Open(ctx context.Context, path string) (*Store, error) {
	if IsServerURL(path) {
		return openPostgres(ctx, path)
	}
	return openFile(ctx, path, dsn)
}

// openFile opens the database file at path with the connection string
// dsnOf gives for its absolute path.
func openFile(ctx context.Context, path string, dsnOf func(abs string) string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("database path %q: %w", path, err)
	}
	if err := prepareFile(abs); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsnOf(abs))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	s := &Store{db: db, path: abs, engine: EngineSQLite, now: time.Now, who: systemUser()}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		if err := damaged(abs, err); errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	if err := integrity(ctx, db, abs, true); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		if err := damaged(abs, err); errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	return s, nil
}

// dsn returns the connection string for the database file at abs.
//
//   - journal_mode WAL: readers (the window's lists) never wait for a
//     writer (an import), and a crash cannot leave a half-written page.
//   - synchronous FULL: a committed change survives a power cut too. The
//     data is small and writes are batched in transactions, so the extra
//     fsync costs nothing an officer would notice.
//   - foreign_keys: SQLite leaves them off unless asked, per connection.
//   - secure_delete: deleted rows are overwritten with zeros, not left in
//     free pages: the data is personal, and an erased person must be gone.
//   - busy_timeout: a writer waits up to 10 s for another instead of
//     failing at once with SQLITE_BUSY.
//   - cache_size 16 MB per connection: a 64 MB cache made an import of
//     100,000 cards peak 85 MB higher and no faster; reads of a large
//     database go through mmap anyway.
//   - mmap_size 256 MB: reads map the file instead of copying pages.
//   - _txlock=immediate: transactions take the write lock when they begin.
//     A deferred transaction that reads and then writes fails with
//     SQLITE_BUSY when another connection wrote in between, whatever the
//     busy timeout.
//   - _time_format=sqlite: time.Time values are written in SQLite's own
//     format, which its date functions understand.
func dsn(abs string) string {
	return fileDSN(abs, "busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)",
		"secure_delete(1)", "cache_size(-16384)", "mmap_size(268435456)")
}

// fileDSN returns the connection string for the database file at abs
// with the pragmas given, in immediate transactions and SQLite's time
// format (see dsn).
func fileDSN(abs string, pragmas ...string) string {
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	return "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
}

// prepareFile makes the folder (0700) and an empty database file (0600)
// when they do not exist, so that SQLite never creates them with the
// default umask, and refuses a file that is not an SQLite database before
// SQLite can write to it.
func prepareFile(abs string) error {
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for the database: %w", err)
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("cannot open the database file: %w", err)
	}
	defer f.Close()
	if runtime.GOOS != "windows" {
		// The file holds personal data: nobody else may read it.
		if fi, err := f.Stat(); err == nil && fi.Mode().Perm()&0o077 != 0 {
			_ = f.Chmod(0o600)
		}
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0:
		return nil // new, or empty: SQLite makes it a database
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("cannot read the database file: %w", err)
	case !bytes.Equal(head[:n], sqliteHeader):
		return fmt.Errorf("%s is not a Liaison database (it is not an SQLite file); choose another path with --db", abs)
	}
	return nil
}

// systemUser returns the name of the user running Liaison, as the change
// history of a file records who made a change: the login name, or $USER
// (%USERNAME% on Windows) when the system cannot say; "" when neither
// can. On Windows the name may come as DOMAIN\user and is kept so.
func systemUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if name := os.Getenv("USER"); name != "" {
		return name
	}
	return os.Getenv("USERNAME")
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close stops the watchers (see Watch) and closes the database.
func (s *Store) Close() error {
	s.watching.stop()
	return s.db.Close()
}

// DefaultPath returns where the database lives unless told otherwise: the
// user's data folder, $XDG_DATA_HOME/liaison/liaison.db on Linux
// (~/.local/share/liaison/liaison.db), ~/Library/Application
// Support/Liaison/liaison.db on macOS and %LocalAppData%\Liaison\liaison.db
// on Windows (see WindowsPaths).
func DefaultPath() (string, error) {
	switch runtime.GOOS {
	case "windows":
		local, _, err := WindowsPaths(os.Getenv)
		return local, err
	case "darwin":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("cannot find your data folder: %w; use --db PATH", err)
		}
		return filepath.Join(dir, "Liaison", "liaison.db"), nil
	}
	if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "liaison", "liaison.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("cannot find your home folder: %w; use --db PATH", err)
	}
	return filepath.Join(home, ".local", "share", "liaison", "liaison.db"), nil
}

// RoamingPath returns where earlier builds kept the database on Windows (see
// WindowsPaths), and "" on other systems.
func RoamingPath() string {
	if runtime.GOOS != "windows" {
		return ""
	}
	_, roaming, _ := WindowsPaths(os.Getenv)
	return roaming
}

// WindowsPaths returns, on Windows, where the database lives,
// %LocalAppData%\Liaison\liaison.db, and where earlier builds kept it, the
// roaming %AppData%\Liaison\liaison.db. Offices often redirect the roaming
// folder to a network share, where SQLite's write-ahead log is not safe;
// the local one stays on the computer. getenv is os.Getenv outside tests.
func WindowsPaths(getenv func(string) string) (local, roaming string, err error) {
	dir := getenv("LocalAppData")
	if dir == "" {
		return "", "", errors.New("cannot find your data folder: %LocalAppData% is not set; use --db PATH")
	}
	local = filepath.Join(dir, "Liaison", "liaison.db")
	if dir := getenv("AppData"); dir != "" {
		roaming = filepath.Join(dir, "Liaison", "liaison.db")
	}
	return local, roaming, nil
}

// queryer is what reads need: the database or a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// SetClock makes the store read the time from now: tests pin the day
// that "sent today" and change stamps record.
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// stamp returns the current time as stored in created_at and updated_at.
func (s *Store) stamp() string { return s.now().UTC().Format("2006-01-02T15:04:05Z") }

// IsEmpty reports whether the database holds no mission, person or event.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) { return isEmpty(ctx, s.db) }

// IsEmpty reports whether the database holds no mission, person or event,
// as this transaction sees it.
func (tx *Tx) IsEmpty() (bool, error) { return isEmpty(tx.ctx, tx.tx) }

func isEmpty(ctx context.Context, q queryer) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM (SELECT 1 FROM missions LIMIT 1) AS m) +
		(SELECT count(*) FROM (SELECT 1 FROM people LIMIT 1) AS p) +
		(SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1) AS e)`).Scan(&n)
	return n == 0, err
}
