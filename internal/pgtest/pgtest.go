// Package pgtest starts a throwaway PostgreSQL server for tests: a cluster
// of its own in a temporary folder, listening on 127.0.0.1 only, on a port
// the kernel picks, trusting every local connection, and gone after Stop.
//
// PostgreSQL refuses to run as root; when the tests do, the server runs as
// the user postgres (or nobody). A watchdog process stops the server and
// removes its folder if the test process dies without calling Stop.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
)

// SkipEnv names the environment variable that, set to "skip", makes
// ForTests run a package's tests without a server.
const SkipEnv = "LIAISON_TEST_POSTGRES"

// A Server is a running throwaway PostgreSQL server.
type Server struct {
	dir   string // the temporary folder: data, socket, log
	pgCtl string
	as    *account // who runs initdb and pg_ctl; nil for the test's own user
	port  int

	started  bool
	watchdog *exec.Cmd
	alive    *os.File // closing it (by exiting) wakes the watchdog

	databases atomic.Int64
	stopOnce  sync.Once
	stopErr   error
}

// Start creates a cluster in a new temporary folder and starts a server on
// it. It returns an error saying what is missing when PostgreSQL is not
// installed.
func Start() (*Server, error) {
	initdb, pgCtl, err := binaries()
	if err != nil {
		return nil, err
	}
	as, err := serverAccount()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &Server{dir: dir, pgCtl: pgCtl, as: as}
	if err := s.start(initdb); err != nil {
		return nil, errors.Join(err, s.Stop())
	}
	return s, nil
}

func (s *Server) start(initdb string) error {
	if err := s.as.own(s.dir); err != nil {
		return err
	}
	// --no-sync: the cluster is thrown away, so nothing needs to reach the disk.
	if err := s.run(initdb, "-D", s.data(), "-U", "postgres", "-E", "UTF8", "--locale="+serverLocale(),
		"--auth-local=trust", "--auth-host=trust", "--no-sync"); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	if err := s.configure(); err != nil {
		return err
	}
	var err error
	if s.watchdog, s.alive, err = startWatchdog(s.as, s.dir, s.stopCommand()); err != nil {
		return err
	}
	// Another process may take the free port between the kernel naming it
	// and the server binding it; then try another.
	for attempt := 1; ; attempt++ {
		if s.port, err = freePort(); err != nil {
			return err
		}
		err = s.run(s.pgCtl, "start", "-w", "-t", "60", "-D", s.data(), "-l", s.logFile(), "-o", "-p "+strconv.Itoa(s.port))
		if err == nil {
			s.started = true
			return nil
		}
		log, _ := os.ReadFile(s.logFile())
		if attempt == 3 || !strings.Contains(string(log), "could not bind") {
			return fmt.Errorf("pgtest: starting the server: %w\nserver log:\n%s", err, log)
		}
	}
}

// configure lets the server listen on 127.0.0.1 only, with its socket in
// the server's folder, and trust local connections only. Durability is
// switched off: the data is thrown away.
func (s *Server) configure() error {
	conf := fmt.Sprintf(`
listen_addresses = '127.0.0.1'
unix_socket_directories = '%s'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
`, strings.ReplaceAll(s.dir, "'", "''"))
	f, err := os.OpenFile(filepath.Join(s.data(), "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	_, err = f.WriteString(conf)
	if err := errors.Join(err, f.Close()); err != nil {
		return fmt.Errorf("pgtest: writing postgresql.conf: %w", err)
	}
	hba := "local all all trust\nhost all all 127.0.0.1/32 trust\n"
	if err := os.WriteFile(filepath.Join(s.data(), "pg_hba.conf"), []byte(hba), 0o600); err != nil {
		return fmt.Errorf("pgtest: writing pg_hba.conf: %w", err)
	}
	return nil
}

func (s *Server) data() string    { return filepath.Join(s.dir, "data") }
func (s *Server) logFile() string { return filepath.Join(s.dir, "server.log") }

func (s *Server) stopCommand() []string {
	return []string{s.pgCtl, "stop", "-w", "-D", s.data(), "-m", "immediate"}
}

// run runs a PostgreSQL program as the server's user, in the server's
// folder (the user may not be allowed into the test's working folder),
// without the PG* variables that would point it elsewhere.
func (s *Server) run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = s.dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	s.as.apply(cmd)
	out, err := cmd.CombinedOutput()
	if err == nil {
		return nil
	}
	what := filepath.Base(name)
	if !strings.HasPrefix(args[0], "-") {
		what += " " + args[0] // pg_ctl start, pg_ctl stop
	}
	err = fmt.Errorf("%s: %w", what, err)
	if out := strings.TrimSpace(string(out)); out != "" {
		err = fmt.Errorf("%w\n%s", err, out)
	}
	if s.as != nil && errors.Is(err, os.ErrPermission) {
		err = fmt.Errorf("%w\n(the server runs as user %s, who must be able to enter %s: set TMPDIR to a folder such as /tmp)",
			err, s.as.name, s.dir)
	}
	return err
}

// freePort asks the kernel for a TCP port free on 127.0.0.1.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgtest: finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// URL returns the address of the database dbname on the server, for the
// superuser postgres, without TLS.
func (s *Server) URL(dbname string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, url.PathEscape(dbname))
}

// CreateDatabase creates an empty database and returns its URL. It copies
// template0 in UTF-8, so the database has nothing a test left in template1.
// An empty name picks the next of t1, t2, ...; names a test gives itself
// must not collide with those.
func (s *Server) CreateDatabase(ctx context.Context, name string) (string, error) {
	if name == "" {
		name = "t" + strconv.FormatInt(s.databases.Add(1), 10)
	}
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return "", fmt.Errorf("pgtest: creating database %s: %w", name, err)
	}
	defer conn.Close(context.Background())
	sql := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize() + " TEMPLATE template0 ENCODING 'UTF8'"
	if _, err := conn.Exec(ctx, sql); err != nil {
		return "", fmt.Errorf("pgtest: creating database %s: %w", name, err)
	}
	return s.URL(name), nil
}

// Stop stops the server at once (connections are cut, nothing is flushed)
// and removes its folder. Calling it again returns the first call's result.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() { s.stopErr = s.stop() })
	return s.stopErr
}

func (s *Server) stop() error {
	var errs []error
	if s.watchdog != nil {
		// Killed first, so it does not stop the server a second time when
		// the pipe closes.
		_ = s.watchdog.Process.Kill()
		_ = s.watchdog.Wait()
		s.alive.Close()
	}
	// A start that timed out may still have left a server running.
	_, pidErr := os.Stat(filepath.Join(s.data(), "postmaster.pid"))
	if s.started || pidErr == nil {
		if err := s.run(s.stopCommand()[0], s.stopCommand()[1:]...); err != nil && s.started {
			errs = append(errs, fmt.Errorf("pgtest: stopping the server: %w", err))
		}
	}
	if err := os.RemoveAll(s.dir); err != nil {
		errs = append(errs, fmt.Errorf("pgtest: %w", err))
	}
	return errors.Join(errs...)
}

// ForTests runs a package's tests with one server, from its TestMain:
//
//	func TestMain(m *testing.M) {
//		os.Exit(pgtest.ForTests(func(s *pgtest.Server) int { server = s; return m.Run() }))
//	}
//
// It starts the server, calls run and stops the server afterwards, also
// when run panics. When LIAISON_TEST_POSTGRES is "skip" it starts nothing
// and run gets nil. When the server does not start it prints why and
// returns 1 without calling run.
func ForTests(run func(*Server) int) (code int) {
	if os.Getenv(SkipEnv) == "skip" {
		return run(nil)
	}
	s, err := Start()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() {
		if err := s.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}()
	return run(s)
}
