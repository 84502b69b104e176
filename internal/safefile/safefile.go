// Package safefile writes files so that a failure, a full disk or a crash
// never leaves a half-written file at the target path: the content goes to
// a temporary file beside it, which is synced and renamed over the target
// only when complete.
package safefile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// TempPrefix starts the names of the temporary files Write makes, so that
// leftovers of an interrupted write can be recognised and removed.
const TempPrefix = ".liaison-tmp-"

// checkNames is set where Write refuses names Windows cannot store (see
// CheckName): on Windows.
var checkNames = runtime.GOOS == "windows"

// Write creates or replaces the file at path with what write writes. The
// file is private (0600): exports hold personal data. On Windows a name
// Windows cannot store is refused first (CheckName). When write or any
// step after it fails, the target is untouched and the temporary file is
// removed.
func Write(path string, write func(w io.Writer) error) (err error) {
	if checkNames {
		if err := CheckName(filepath.Base(path)); err != nil {
			return err
		}
	}
	dir := filepath.Dir(path)
	CleanFor(path)
	f, err := os.CreateTemp(dir, TempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	tmp := f.Name()
	lock(f)
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return explain(path, err)
	}
	if err = f.Sync(); err != nil {
		return explain(path, err)
	}
	if err = f.Close(); err != nil {
		return explain(path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return explain(path, err)
	}
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync() // makes the rename durable where the system allows
		d.Close()
	}
	return nil
}

// explain words a write error for the officer.
func explain(path string, err error) error {
	if strings.Contains(err.Error(), "no space left") {
		return fmt.Errorf("the disk is full; %s was not written (free some space and try again)", path)
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// CleanTemp removes leftover temporary files of interrupted writes in dir
// and returns how many it removed. A file another process is still
// writing (see Create) is left alone.
func CleanTemp(dir string) (int, error) {
	return cleanGlob(filepath.Join(dir, TempPrefix+"*"))
}

// CleanFor removes what an earlier, interrupted write of the file at path
// left beside it, before it is written again.
func CleanFor(path string) {
	_, _ = cleanGlob(filepath.Join(filepath.Dir(path), TempPrefix+filepath.Base(path)+"-*"))
}

// cleanGlob removes the temporary files matching pattern that nobody is
// writing, and counts them.
func cleanGlob(pattern string) (int, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, m := range matches {
		if !inUse(m) && os.Remove(m) == nil {
			n++
		}
	}
	return n, nil
}

// Create makes a new empty private (0600) temporary file in dir for a
// writer that is not Write, such as SQLite's VACUUM INTO, and marks it as
// being written until the returned file is closed: keep it open until the
// temporary file is renamed into place or removed.
func Create(dir, name string) (*os.File, error) {
	f, err := createTemp(dir, TempPrefix+name+"-*")
	if err != nil {
		return nil, fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	lock(f)
	return f, nil
}
