//go:build !unix && !windows

package safefile

import "os"

// lock does nothing on systems with neither flock nor LockFileEx.
func lock(*os.File) {}

func inUse(string) bool { return false }

func createTemp(dir, pattern string) (*os.File, error) { return os.CreateTemp(dir, pattern) }
