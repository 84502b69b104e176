package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// A Notice is what Watch reports: a table written by someone (Table set),
// or a change of the watch's connection to the server (State set).
type Notice struct {
	// Table is the table a committed statement wrote: "missions",
	// "people", "person_photos", "events" or "invitations"; on a file,
	// where SQLite does not say which, "" with State WatchChanged.
	Table string
	State WatchState
	// Err says why the connection was lost, with State WatchLost.
	Err error
}

// A WatchState is the state of a watch.
type WatchState int

// The states Watch reports. A watch on a file is never lost.
const (
	WatchChanged     WatchState = iota // the data changed (see Notice.Table)
	WatchConnected                     // the watch listens, the first time
	WatchLost                          // the connection to the server is lost; reconnecting
	WatchReconnected                   // listening again: changes made meanwhile were not reported
)

// channel is the PostgreSQL notification channel the triggers of
// migration 0011 notify.
const channel = "liaison_changes"

// pollEvery is how often a watch on a file asks SQLite whether another
// connection wrote it: a window must show a change within two seconds.
const pollEvery = time.Second

// reconnectBackoff are the waits before each attempt to reconnect a lost
// watch; the last one repeats.
var reconnectBackoff = []time.Duration{
	250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second,
}

// Watch calls fn with every change committed to the database, by this
// store or anyone else, until ctx is done or the store closes; then it
// returns nil. fn runs on Watch's goroutine, one call at a time, and must
// not block for long.
//
// On a server it LISTENs on its own connection (the triggers of migration
// 0011 notify it), and when that connection is lost it reports WatchLost,
// reconnects with growing waits, and reports WatchReconnected: the changes
// made meanwhile are not reported one by one, so read everything again.
// On a file it asks SQLite every second whether the file changed (PRAGMA
// data_version), which sees other processes writing the same file too;
// SQLite does not say which table, so Table is "".
func (s *Store) Watch(ctx context.Context, fn func(Notice)) error {
	ctx, stop := s.watching.add(ctx)
	defer stop()
	if s.engine == EnginePostgres {
		return s.listen(ctx, fn)
	}
	return s.poll(ctx, fn)
}

// poll watches a file: data_version, read on one connection kept for it,
// changes when any other connection (of this process or another) commits.
func (s *Store) poll(ctx context.Context, fn func(Notice)) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return ignoreDone(ctx, err)
	}
	defer conn.Close()
	version := func() (int64, error) {
		var v int64
		err := conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v)
		return v, err
	}
	last, err := version()
	if err != nil {
		return ignoreDone(ctx, err)
	}
	fn(Notice{State: WatchConnected})
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		v, err := version()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, sql.ErrConnDone) {
				return nil
			}
			continue // a busy moment; ask again next time
		}
		if v != last {
			last = v
			fn(Notice{State: WatchChanged})
		}
	}
}

// listen watches a server, reconnecting whenever its connection is lost.
func (s *Store) listen(ctx context.Context, fn func(Notice)) error {
	conn, err := s.listener(ctx)
	if err != nil {
		return ignoreDone(ctx, err)
	}
	fn(Notice{State: WatchConnected})
	for {
		err := s.receive(ctx, conn, fn)
		conn.Close(context.WithoutCancel(ctx))
		if ctx.Err() != nil {
			return nil
		}
		s.dropIdle()
		fn(Notice{State: WatchLost, Err: plainPgError(err)})
		if conn = s.reconnect(ctx); conn == nil {
			return nil
		}
		s.dropIdle()
		fn(Notice{State: WatchReconnected})
	}
}

// dropIdle closes the pool's idle connections when the listener's was
// lost: they were most likely cut too, and database/sql checks a
// connection used in the last second by using it, which fails the first
// read or save after the server is back.
func (s *Store) dropIdle() {
	s.db.SetMaxIdleConns(0)
	s.db.SetMaxIdleConns(maxIdleConns)
}

// listener opens the watch's own connection and LISTENs on it. It is not
// one of the pool's: database/sql would hand it to other work between
// notifications.
func (s *Store) listener(ctx context.Context) (*pgx.Conn, error) {
	cfg := s.pgcfg.Copy()
	if cfg.ConnectTimeout == 0 {
		// A server behind a cut cable does not refuse: without a limit
		// each attempt would wait for the system's TCP timeout, minutes.
		cfg.ConnectTimeout = probeTimeout
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, plainPgError(err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+channel); err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, plainPgError(err)
	}
	return conn, nil
}

// receive reports notifications until the connection fails or ctx is
// done. A cable pulled or a server gone without a word sends nothing to
// read, so after quietFor without a notification it asks the server
// whether the connection still works.
func (s *Store) receive(ctx context.Context, conn *pgx.Conn, fn func(Notice)) error {
	for {
		wait, cancel := context.WithTimeout(ctx, quietFor)
		n, err := conn.WaitForNotification(wait)
		cancel()
		switch {
		case err == nil:
			fn(Notice{Table: n.Payload, State: WatchChanged})
		case ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) && !conn.IsClosed():
			ping, cancel := context.WithTimeout(ctx, pingWithin)
			err = conn.Ping(ping)
			cancel()
			if err != nil {
				return err
			}
		default:
			return err
		}
	}
}

// quietFor is how long a listener waits for a notification before it asks
// the server whether the connection still works, which it must answer
// within pingWithin.
var (
	quietFor   = 15 * time.Second
	pingWithin = 5 * time.Second
)

// reconnect tries to listen again, waiting longer after each failure,
// until it succeeds (the connection) or ctx is done (nil).
func (s *Store) reconnect(ctx context.Context) *pgx.Conn {
	for i := 0; ; i++ {
		wait := reconnectBackoff[min(i, len(reconnectBackoff)-1)]
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		conn, err := s.listener(ctx)
		if err == nil {
			return conn
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// ignoreDone returns nil for an error that came of ctx being done: the
// watch was stopped, which is no failure.
func ignoreDone(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// watchers are the watches of a store, stopped when it closes.
type watchers struct {
	mu     sync.Mutex
	closed bool
	cancel map[int]context.CancelFunc
	next   int
	wg     sync.WaitGroup
}

// add returns ctx, cancelled also when the store closes, and the function
// the watch calls when it returns.
func (w *watchers) add(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		cancel()
		return ctx, func() {}
	}
	if w.cancel == nil {
		w.cancel = map[int]context.CancelFunc{}
	}
	id := w.next
	w.next++
	w.cancel[id] = cancel
	w.wg.Add(1)
	return ctx, func() {
		cancel()
		w.mu.Lock()
		delete(w.cancel, id)
		w.mu.Unlock()
		w.wg.Done()
	}
}

// stop cancels every watch and waits for them to return, so that none
// reads the database after it closed.
func (w *watchers) stop() {
	w.mu.Lock()
	w.closed = true
	for _, cancel := range w.cancel {
		cancel()
	}
	w.mu.Unlock()
	w.wg.Wait()
}
