package pgtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// needServer skips the test when LIAISON_TEST_POSTGRES=skip.
func needServer(tb testing.TB) {
	tb.Helper()
	if os.Getenv(SkipEnv) == "skip" {
		tb.Skipf("%s=skip", SkipEnv)
	}
}

// start starts a server for one test and stops it when the test ends.
func start(tb testing.TB) *Server {
	tb.Helper()
	needServer(tb)
	began := time.Now()
	s, err := Start()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("Start took %v", time.Since(began).Round(time.Millisecond))
	tb.Cleanup(func() {
		if err := s.Stop(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

func connect(tb testing.TB, url string) *pgx.Conn {
	tb.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func queryRow[T any](tb testing.TB, conn *pgx.Conn, sql string) T {
	tb.Helper()
	var v T
	if err := conn.QueryRow(context.Background(), sql).Scan(&v); err != nil {
		tb.Fatalf("%s: %v", sql, err)
	}
	return v
}

func TestServer(t *testing.T) {
	s := start(t)
	ctx := context.Background()

	url1, err := s.CreateDatabase(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	url2, err := s.CreateDatabase(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := url1, fmt.Sprintf("postgres://postgres@127.0.0.1:%d/t1?sslmode=disable", s.port); got != want {
		t.Errorf("first URL = %q, want %q", got, want)
	}
	db1, db2 := connect(t, url1), connect(t, url2)

	t.Run("databases are separate", func(t *testing.T) {
		if got, want := queryRow[string](t, db2, "SELECT current_database()"), "t2"; got != want {
			t.Errorf("database = %q, want %q", got, want)
		}
		if _, err := db1.Exec(ctx, "CREATE TABLE only_in_t1 (id bigint)"); err != nil {
			t.Fatal(err)
		}
		if got := queryRow[bool](t, db2, "SELECT to_regclass('only_in_t1') IS NOT NULL"); got {
			t.Error("a table created in t1 shows in t2")
		}
	})
	t.Run("UTF-8", func(t *testing.T) {
		if got, want := queryRow[string](t, db1, "SHOW server_encoding"), "UTF8"; got != want {
			t.Errorf("server_encoding = %q, want %q", got, want)
		}
		if got, want := queryRow[string](t, db1, "SELECT upper('әлия ёлкина')"), "ӘЛИЯ ЁЛКИНА"; got != want {
			t.Errorf("upper = %q, want %q", got, want)
		}
	})
	t.Run("pg_trgm", func(t *testing.T) {
		if _, err := db2.Exec(ctx, "CREATE EXTENSION pg_trgm"); err != nil {
			t.Fatal(err)
		}
		if got := queryRow[float32](t, db2, "SELECT similarity('Назарбаев', 'Назарбаева')"); got < 0.5 {
			t.Errorf("similarity = %v, want at least 0.5", got)
		}
	})
	t.Run("ICU collations", func(t *testing.T) {
		// Kazakh puts Ә right after А, before Б; code points put it after Я.
		if got := queryRow[bool](t, db1, `SELECT 'Әлия' COLLATE "kk-KZ-x-icu" < 'Бота'`); !got {
			t.Error(`'Әлия' < 'Бота' under kk-KZ-x-icu is false`)
		}
		if got := queryRow[bool](t, db1, `SELECT 'Әлия' COLLATE "C" < 'Бота'`); got {
			t.Error(`'Әлия' < 'Бота' under C is true: the check above proves nothing`)
		}
		if got := queryRow[bool](t, db1, `SELECT 'ёлка' COLLATE "ru-RU-x-icu" < 'жук'`); !got {
			t.Error(`'ёлка' < 'жук' under ru-RU-x-icu is false`)
		}
	})
	t.Run("listens on 127.0.0.1 only", func(t *testing.T) {
		if got, want := queryRow[string](t, db1, "SHOW listen_addresses"), "127.0.0.1"; got != want {
			t.Errorf("listen_addresses = %q, want %q", got, want)
		}
		if got, want := queryRow[string](t, db1, "SHOW fsync"), "off"; got != want {
			t.Errorf("fsync = %q, want %q", got, want)
		}
	})
	t.Run("a given name", func(t *testing.T) {
		url, err := s.CreateDatabase(ctx, "Дипкорпус test")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := queryRow[string](t, connect(t, url), "SELECT current_database()"), "Дипкорпус test"; got != want {
			t.Errorf("database = %q, want %q", got, want)
		}
		if _, err := s.CreateDatabase(ctx, "Дипкорпус test"); err == nil {
			t.Error("creating the same database twice succeeded")
		}
	})

	db1.Close(ctx)
	db2.Close(ctx)
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	assertGone(t, s.dir, s.port)
	if err := s.Stop(); err != nil {
		t.Errorf("a second Stop: %v", err)
	}
}

// assertGone fails unless the folder is gone and nothing listens on the port.
func assertGone(t *testing.T, dir string, port int) {
	t.Helper()
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder %s is still there (%v)", dir, err)
	}
	if conn, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
		conn.Close()
		t.Errorf("port %d still accepts connections", port)
	}
}

func TestForTests(t *testing.T) {
	t.Run("starts and stops", func(t *testing.T) {
		needServer(t)
		var dir string
		var port int
		code := ForTests(func(s *Server) int {
			dir, port = s.dir, s.port
			url, err := s.CreateDatabase(context.Background(), "")
			if err != nil {
				t.Error(err)
				return 1
			}
			conn := connect(t, url)
			defer conn.Close(context.Background())
			return queryRow[int](t, conn, "SELECT 7")
		})
		if code != 7 {
			t.Errorf("ForTests returned %d, want run's 7", code)
		}
		assertGone(t, dir, port)
	})
	t.Run("skip", func(t *testing.T) {
		t.Setenv(SkipEnv, "skip")
		code := ForTests(func(s *Server) int {
			if s != nil {
				t.Errorf("run got a server with %s=skip", SkipEnv)
				defer s.Stop()
			}
			return 5
		})
		if code != 5 {
			t.Errorf("ForTests returned %d, want run's 5", code)
		}
	})
}

// TestWatchdog kills a test process that started a server without stopping
// it, and waits for the watchdog to stop the server and remove its folder.
func TestWatchdog(t *testing.T) {
	if os.Getenv("PGTEST_CHILD") == "1" {
		s, err := Start()
		if err != nil {
			fmt.Println(err)
			os.Exit(2)
		}
		fmt.Println(s.dir, s.port)
		time.Sleep(time.Minute) // until the parent kills it
		os.Exit(3)
	}
	needServer(t)
	child := exec.Command(os.Args[0], "-test.run=^TestWatchdog$")
	child.Env = append(os.Environ(), "PGTEST_CHILD=1")
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	var dir string
	var port int
	if _, err2 := fmt.Sscan(line, &dir, &port); err2 != nil {
		child.Process.Kill()
		child.Wait()
		t.Fatalf("the child said %q (%v, %v)", line, err, err2)
	}
	// Before the kill, the server answers.
	conn, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second)
	if err != nil {
		t.Errorf("the child's server does not answer: %v", err)
	} else {
		conn.Close()
	}
	child.Process.Kill() // SIGKILL: no deferred function, no signal handler runs
	child.Wait()

	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := os.Stat(dir)
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if time.Now().After(deadline) {
			// Leave nothing running even when the watchdog failed.
			exec.Command("pg_ctl", "stop", "-D", filepath.Join(dir, "data"), "-m", "immediate").Run()
			t.Fatalf("%s still there 20 s after the test process died", dir)
		}
		time.Sleep(50 * time.Millisecond)
	}
	assertGone(t, dir, port)
}

func TestNotInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	old := debianBins
	debianBins = filepath.Join(t.TempDir(), "*", "bin")
	defer func() { debianBins = old }()

	_, err := Start()
	if !errors.Is(err, errNotInstalled) {
		t.Fatalf("Start = %v, want %v", err, errNotInstalled)
	}
	if !strings.Contains(err.Error(), "apt-get install postgresql") {
		t.Errorf("the error %q does not say how to install PostgreSQL", err)
	}
}

func TestBinariesHighestVersion(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	root := t.TempDir()
	old := debianBins
	debianBins = filepath.Join(root, "*", "bin")
	defer func() { debianBins = old }()
	for _, v := range []string{"9.6", "15", "16", "17"} {
		bin := filepath.Join(root, v, "bin")
		if err := os.MkdirAll(bin, 0o755); err != nil {
			t.Fatal(err)
		}
		progs := []string{"initdb", "pg_ctl"}
		if v == "17" {
			progs = progs[:1] // a half-installed version without pg_ctl
		}
		for _, p := range progs {
			if err := os.WriteFile(filepath.Join(bin, p), []byte("#!/bin/sh\n"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	initdb, pgCtl, err := binaries()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := initdb, filepath.Join(root, "16", "bin", "initdb"); got != want {
		t.Errorf("initdb = %s, want %s", got, want)
	}
	if got, want := pgCtl, filepath.Join(root, "16", "bin", "pg_ctl"); got != want {
		t.Errorf("pg_ctl = %s, want %s", got, want)
	}
}

func TestVersionLess(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"9.6", "15", true},
		{"15", "9.6", false},
		{"15", "16", true},
		{"16", "15", false},
		{"15", "15", false},
		{"9.5", "9.6", true},
		{"10", "10.1", true},
	} {
		if got := versionLess(c.a, c.b); got != c.want {
			t.Errorf("versionLess(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
