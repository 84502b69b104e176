package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"liaison/internal/liaison"
	"liaison/internal/pgtest"
)

// notices collects what a watch reports, for a test to wait for.
type notices chan Notice

func watch(t *testing.T, s *Store) notices {
	t.Helper()
	ch := make(notices, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Watch(ctx, func(n Notice) { ch <- n }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch: %v", err)
		}
	})
	return ch
}

// next waits up to within for a notice that match accepts, skipping others.
func (ch notices) next(t *testing.T, within time.Duration, what string, match func(Notice) bool) Notice {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case n := <-ch:
			if match(n) {
				return n
			}
		case <-deadline:
			t.Fatalf("no %s within %v", what, within)
			return Notice{}
		}
	}
}

func isState(s WatchState) func(Notice) bool { return func(n Notice) bool { return n.State == s } }

func addMission(t *testing.T, s *Store, name string) {
	t.Helper()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: name}
	if err := s.CreateMission(context.Background(), &m); err != nil {
		t.Fatal(err)
	}
}

func TestWatchFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "liaison.db")
	first, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	// The other officer's Liaison: another store on the same file, as
	// another process would be.
	second, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	ch := watch(t, first)
	ch.next(t, 2*time.Second, "start", isState(WatchConnected))

	t.Run("another store writes", func(t *testing.T) {
		addMission(t, second, "Embassy of France")
		ch.next(t, 2*time.Second, "change", isState(WatchChanged))
	})
	t.Run("quiet when nothing is written", func(t *testing.T) {
		select {
		case n := <-ch:
			t.Fatalf("a notice without a change: %+v", n)
		case <-time.After(pollEvery + pollEvery/2):
		}
	})
	t.Run("the store itself writes", func(t *testing.T) {
		addMission(t, first, "Embassy of Italy")
		ch.next(t, 2*time.Second, "change", isState(WatchChanged))
	})
}

func TestWatchServer(t *testing.T) {
	url := watchDatabase(t)
	ctx := context.Background()
	first, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	ch := watch(t, first)
	ch.next(t, 2*time.Second, "start", isState(WatchConnected))

	t.Run("another officer's change", func(t *testing.T) {
		addMission(t, second, "Embassy of France")
		n := ch.next(t, 2*time.Second, "change", isState(WatchChanged))
		if got, want := n.Table, "missions"; got != want {
			t.Errorf("Table = %q, want %q", got, want)
		}
	})
	t.Run("a rolled back change says nothing", func(t *testing.T) {
		err := second.Update(ctx, func(tx *Tx) error {
			if _, err := tx.tx.ExecContext(ctx, `UPDATE missions SET notes = 'x'`); err != nil {
				return err
			}
			return fmt.Errorf("changed my mind")
		})
		if err == nil {
			t.Fatal("the update did not fail")
		}
		addMission(t, second, "Embassy of Spain")
		n := ch.next(t, 2*time.Second, "change", isState(WatchChanged))
		if got, want := n.Table, "missions"; got != want {
			t.Errorf("Table = %q, want %q", got, want)
		}
		select {
		case n := <-ch:
			t.Errorf("a second notice: %+v", n)
		case <-time.After(200 * time.Millisecond):
		}
	})
	t.Run("reconnects after the server ends the connection", func(t *testing.T) {
		var killed int
		err := second.db.QueryRowContext(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = current_database() AND query = 'LISTEN `+channel+`'`).Scan(&killed)
		if err != nil {
			t.Fatal(err)
		}
		if killed != 1 {
			t.Fatalf("%d listeners ended, want 1", killed)
		}
		lost := ch.next(t, 2*time.Second, "lost connection", isState(WatchLost))
		if lost.Err == nil {
			t.Error("a lost connection without a reason")
		}
		ch.next(t, 5*time.Second, "reconnection", isState(WatchReconnected))
		addMission(t, second, "Embassy of Japan")
		ch.next(t, 2*time.Second, "change after reconnecting", isState(WatchChanged))
	})
	t.Run("Probe", func(t *testing.T) {
		srv, err := Probe(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		if !srv.Liaison || srv.User != "postgres" || srv.Version == "" || !strings.HasSuffix(url, "/"+srv.Database+"?sslmode=disable") {
			t.Errorf("Probe = %+v", srv)
		}
	})
	t.Run("Probe of a server that is not there", func(t *testing.T) {
		_, err := Probe(ctx, "postgres://postgres@127.0.0.1:1/x?sslmode=disable&connect_timeout=2")
		if err == nil {
			t.Fatal("no error")
		}
		if !Unreachable(err) {
			t.Errorf("Unreachable(%v) = false", err)
		}
		if got, want := err.Error(), "cannot connect to postgres://postgres@127.0.0.1:1/x?sslmode=disable&connect_timeout=2: "+
			"nothing answers at 127.0.0.1 port 1: the server is not running there, or the port is wrong"; got != want {
			t.Errorf("error = %q, want %q", got, want)
		}
	})
	t.Run("a refused query is not unreachable", func(t *testing.T) {
		_, err := second.db.ExecContext(ctx, `SELECT no_such_column FROM missions`)
		if err == nil || Unreachable(err) {
			t.Errorf("Unreachable(%v) = true", err)
		}
	})
	t.Run("Close stops the watch", func(t *testing.T) {
		s, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- s.Watch(ctx, func(Notice) {}) }()
		time.Sleep(50 * time.Millisecond) // let it start; Close must stop it either way
		s.Close()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Watch after Close: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Watch went on after Close")
		}
	})
}

// watchDatabase creates a database for a watch test on the test server
// and returns its URL. When the package's tests run on files, the test
// starts a server of its own: Watch on a server is tested either way.
func watchDatabase(t *testing.T) string {
	t.Helper()
	srv := testServer
	if srv == nil {
		if os.Getenv(pgtest.SkipEnv) == "skip" {
			t.Skip("no PostgreSQL server: " + pgtest.SkipEnv + "=skip")
		}
		var err error
		if srv, err = pgtest.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := srv.Stop(); err != nil {
				t.Error(err)
			}
		})
	}
	url, err := srv.CreateDatabase(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	return url
}
