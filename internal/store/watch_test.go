package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"liaison/internal/liaison"
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

var watchDatabases atomic.Int64

// watchDatabase creates a database for a watch test on the test server,
// LIAISON_TEST_PG (the server the store's tests run on), dropped at the
// end, and returns its URL. Without a server the test is skipped.
func watchDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv("LIAISON_TEST_PG")
	if base == "" {
		t.Skip("no PostgreSQL server: set LIAISON_TEST_PG")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("officewin_watch_%d_%d", os.Getpid(), watchDatabases.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 ENCODING 'UTF8'"); err != nil {
		t.Fatalf("create a test database: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop the test database: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop the test database: %v", err)
		}
	})
	i := strings.LastIndex(base, "/")
	url := base[:i+1] + name
	if q := strings.Index(base[i:], "?"); q >= 0 {
		url += base[i+q:]
	}
	return url
}
