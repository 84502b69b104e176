//go:build unix

package pgtest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"syscall"
)

// account is the unprivileged user the server runs as when the tests run as
// root (PostgreSQL refuses to run as root); nil when they do not.
type account struct {
	name     string
	uid, gid uint32
}

// serverAccount returns nil unless the process is root; then the first of
// postgres and nobody that exists, creating a system user postgres only
// when neither does.
func serverAccount() (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		if a, err := lookupAccount(name); err == nil {
			return a, nil
		}
	}
	out, err := exec.Command("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("pgtest: PostgreSQL refuses to run as root and there is no user postgres or nobody to run it as; "+
			"creating the user postgres (useradd) failed: %v %s", err, out)
	}
	return lookupAccount("postgres")
}

func lookupAccount(name string) (*account, error) {
	u, err := user.Lookup(name)
	if err != nil {
		return nil, err
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("pgtest: user %s: %w", name, err)
	}
	if uid == 0 {
		return nil, fmt.Errorf("pgtest: user %s is root", name)
	}
	return &account{name: name, uid: uint32(uid), gid: uint32(gid)}, nil
}

// own hands the server's folder to the account.
func (a *account) own(dir string) error {
	if a == nil {
		return nil
	}
	if err := os.Chown(dir, int(a.uid), int(a.gid)); err != nil {
		return fmt.Errorf("pgtest: handing %s to user %s: %w", dir, a.name, err)
	}
	return nil
}

// apply makes cmd run as the account, with no supplementary groups; the
// same as runuser -u NAME --, without needing util-linux.
func (a *account) apply(cmd *exec.Cmd) {
	if a == nil {
		return
	}
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Credential = &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: []uint32{}}
}

// watchdogScript waits for its standard input to close, which happens
// when the test process ends in any way (a panic, a -timeout, a signal,
// SIGKILL), then stops the server and removes its folder. Stop kills it
// first, so it acts only when Stop never ran.
const watchdogScript = `read -r _; dir=$1; shift; "$@" >/dev/null 2>&1; rm -rf "$dir"`

// startWatchdog starts the watchdog for a server in dir stopped by stop.
// It runs in its own session so that a Ctrl-C, which signals the test's
// whole process group, does not end it before it has stopped the server.
func startWatchdog(a *account, dir string, stop []string) (*exec.Cmd, *os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	cmd := exec.Command("/bin/sh", append([]string{"-c", watchdogScript, "pgtest-watchdog", dir}, stop...)...)
	cmd.Stdin = r
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	a.apply(cmd)
	if err := cmd.Start(); err != nil {
		w.Close()
		return nil, nil, fmt.Errorf("pgtest: starting the watchdog: %w", err)
	}
	return cmd, w, nil
}
