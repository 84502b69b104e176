//go:build windows

package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"golang.org/x/sys/windows"
)

// lockOffset is where the lock lies: one byte a terabyte into the file,
// far beyond anything written. Windows locks are mandatory, so locking
// bytes that SQLite then writes (VACUUM INTO) would make its writes fail;
// SQLite's own locks lie at 1 GiB.
const lockOffset = 1 << 40

// lock marks f as being written, so that CleanTemp in another process
// leaves it alone. The lock goes when f is closed.
func lock(f *os.File) { _ = lockFile(windows.Handle(f.Fd())) }

func lockFile(h windows.Handle) error {
	ol := windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	return windows.LockFileEx(h, windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol)
}

// inUse reports whether another open file holds the lock on path, or
// another program keeps it open without sharing it.
func inUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return !errors.Is(err, fs.ErrNotExist)
	}
	defer f.Close()
	h := windows.Handle(f.Fd())
	if err := lockFile(h); err != nil {
		return true
	}
	ol := windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	_ = windows.UnlockFileEx(h, 0, 1, 0, &ol)
	return false
}

// createTemp is os.CreateTemp, except that the file is opened sharing
// delete access: Create's caller renames the file into place while it is
// still open (and locked), which Windows refuses otherwise. pattern ends
// in "*", which a random number replaces.
func createTemp(dir, pattern string) (*os.File, error) {
	prefix := pattern[:len(pattern)-1]
	seed := uint64(time.Now().UnixNano()) ^ uint64(os.Getpid())<<32
	for try := 0; ; try++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		name := filepath.Join(dir, prefix+strconv.FormatUint(seed>>33, 10))
		p, err := windows.UTF16PtrFromString(name)
		if err != nil {
			return nil, err
		}
		h, err := windows.CreateFile(p, windows.GENERIC_READ|windows.GENERIC_WRITE,
			windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
			nil, windows.CREATE_NEW, windows.FILE_ATTRIBUTE_NORMAL, 0)
		if errors.Is(err, windows.ERROR_FILE_EXISTS) && try < 10000 {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(h), name), nil
	}
}
