//go:build !unix

package pgtest

import (
	"os"
	"os/exec"
)

// account is the user the server runs as; on Windows the server runs as
// the test's own user.
type account struct{ name string }

func serverAccount() (*account, error) { return nil, nil }

func (a *account) own(dir string) error { return nil }

func (a *account) apply(cmd *exec.Cmd) {}

// startWatchdog has no watchdog to start outside Unix: a test process that
// dies without Stop leaves its server running there.
func startWatchdog(a *account, dir string, stop []string) (*exec.Cmd, *os.File, error) {
	return nil, nil, nil
}
