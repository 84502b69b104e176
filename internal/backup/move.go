package backup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"liaison/internal/safefile"
	"liaison/internal/store"
)

// MoveDatabase moves the database at from, with the backups in its
// default folder, to the path to, where there must be no database yet.
// Earlier builds of Liaison kept their data in the roaming %AppData% on
// Windows, which offices often redirect to a network share, where SQLite's
// write-ahead log is not safe; the first start of a newer Liaison moves it
// to %LocalAppData% with this.
//
// The database is checked and copied by SQLite (as a restore does), and
// only then is the old file removed; when it cannot be removed (another
// Liaison still has it open), the copy is removed instead and the error
// says so, so that there is never a second, diverging copy in use. The
// old database must not be open in this process.
func MoveDatabase(ctx context.Context, from, to string, now time.Time) error {
	if fi, err := os.Stat(to); err == nil && fi.Size() > 0 {
		return fmt.Errorf("there is a database at %s already; %s was left where it is", to, from)
	}
	if _, err := store.Restore(ctx, to, from, DefaultFolder(to), now); err != nil {
		return fmt.Errorf("cannot move the database from %s: %w", from, err)
	}
	if err := removeDatabase(from); err != nil {
		os.Remove(to)
		return fmt.Errorf("cannot move the database from %s (is another Liaison using it? close it and start again): %w", from, err)
	}
	return moveBackups(DefaultFolder(from), DefaultFolder(to))
}

// removeDatabase removes a closed database file and what SQLite keeps
// beside it. The file itself goes first: if another program holds it
// open, Windows refuses, and its write-ahead log, which may hold the
// latest changes, stays with it.
func removeDatabase(path string) error {
	if err := os.Remove(path); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// moveBackups moves the files of the folder from into the folder to, one
// by one, copying each before removing it; a name already taken in to is
// left in from. The folder from goes when it is empty.
func moveBackups(from, to string) error {
	entries, err := os.ReadDir(from)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read the backup folder %s: %w", from, err)
	}
	if err := os.MkdirAll(to, 0o700); err != nil {
		return fmt.Errorf("cannot create the backup folder %s: %w", to, err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		src, dst := filepath.Join(from, e.Name()), filepath.Join(to, e.Name())
		if _, err := os.Stat(dst); err == nil {
			continue
		}
		if err := copyFile(src, dst); err != nil {
			return fmt.Errorf("cannot move the backup %s: %w", src, err)
		}
		if err := os.Remove(src); err != nil {
			return fmt.Errorf("cannot remove the backup %s after copying it: %w", src, err)
		}
	}
	_ = os.Remove(from) // only when empty
	return nil
}

// copyFile copies a closed file, keeping its time, which backup lists show.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	if err := safefile.Write(dst, func(w io.Writer) error { _, err := io.Copy(w, in); return err }); err != nil {
		return err
	}
	return os.Chtimes(dst, fi.ModTime(), fi.ModTime())
}
