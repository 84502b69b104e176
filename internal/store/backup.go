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
	tmp, err := vacuumInto(ctx, s.db, dir, filepath.Base(abs))
	if err != nil {
		return fmt.Errorf("cannot write the backup: %w", err)
	}
	if err := install(tmp, abs); err != nil {
		return fmt.Errorf("cannot write the backup: %w", err)
	}
	return nil
}

// syncDir flushes a rename to disk. Not every system can sync a folder;
// the rename has happened either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
