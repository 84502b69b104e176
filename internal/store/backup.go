package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"liaison/internal/safefile"
)

// Backup writes a consistent copy of the database to path, replacing any
// file there. SQLite writes the copy (VACUUM INTO) to a temporary file
// beside path, which is synced and renamed over path only when complete,
// so a failure leaves no half-written backup. The copy is 0600: it holds
// the same personal data. Copying a live database file by hand instead can
// give a corrupt copy.
//
// A server's database is copied the same way into a new SQLite file (a
// snapshot, see Copy), read in one repeatable-read transaction: the
// officer's own copy, which restores to a server through Copy. The
// server's own backups remain its administrator's job.
func (s *Store) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if abs == s.path {
		return fmt.Errorf("the backup cannot replace the database itself; choose another file")
	}
	dir := filepath.Dir(abs)
	safefile.CleanFor(abs) // a copy an interrupted backup left there
	var tmp *os.File
	if s.engine == EnginePostgres {
		tmp, err = s.snapshotInto(ctx, dir, filepath.Base(abs))
	} else {
		tmp, err = vacuumInto(ctx, s.db, dir, filepath.Base(abs))
	}
	if err != nil {
		return fmt.Errorf("cannot write the backup: %w", err)
	}
	if err := install(tmp, abs); err != nil {
		return fmt.Errorf("cannot write the backup: %w", err)
	}
	return nil
}

// snapshotInto copies the server's database into a new private temporary
// SQLite file in dir and returns it open and synced, as vacuumInto does.
func (s *Store) snapshotInto(ctx context.Context, dir, name string) (*os.File, error) {
	f, err := safefile.Create(dir, name)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*os.File, error) {
		f.Close()
		os.Remove(f.Name())
		return nil, explainWrite(err)
	}
	file, err := openFile(ctx, f.Name(), snapshotDSN)
	if err != nil {
		return fail(err)
	}
	_, err = Copy(ctx, s, file, CopyOptions{})
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil { // the same file SQLite wrote
		return fail(err)
	}
	return f, nil
}

// snapshotDSN opens a new file that a snapshot is written into in one
// transaction: its rollback journal is kept in memory and nothing is
// synced until the end (snapshotInto syncs the file), and the result is
// one self-contained file with no write-ahead log beside it, like a
// backup SQLite's VACUUM INTO writes. A snapshot that fails is deleted.
func snapshotDSN(abs string) string {
	return fileDSN(abs, "busy_timeout(10000)", "journal_mode(MEMORY)", "synchronous(OFF)", "foreign_keys(1)")
}

// syncDir flushes a rename to disk. Not every system can sync a folder;
// the rename has happened either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
