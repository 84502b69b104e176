//go:build unix

package safefile

import (
	"os"
	"syscall"
)

// lock marks f as being written, so that CleanTemp in another process
// leaves it alone. The lock goes when f is closed.
func lock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) }

// inUse reports whether another open file holds the lock on path.
func inUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return true
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

func createTemp(dir, pattern string) (*os.File, error) { return os.CreateTemp(dir, pattern) }
