package ui

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/store"
)

// liveDelay is how long the window waits after a change by someone else
// before it reads the data again: an import sends its notices in a burst,
// which one reload answers. Notices reach the window within a second, so
// the change shows well within two.
var liveDelay = 300 * time.Millisecond

// reconnectedFor is how long "Reconnected" stays in the status bar.
var reconnectedFor = 10 * time.Second

// live is the window's watch of the database (see store.Watch).
type live struct {
	cancel  context.CancelFunc
	done    chan struct{}
	pending bool // a reload is on its way
	lost    bool // the connection to the office database is lost
	// listening is set once the watch reports changes: a change
	// committed before then shows at the next reload only.
	listening bool
	// shown counts the connection lines shown, so that a timer hides
	// only the line it was set for.
	shown int
}

// startWatch watches the store for changes made by others (and by this
// window, which the reload then finds unchanged).
func (u *UI) startWatch() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	u.live = live{cancel: cancel, done: done}
	s := u.store
	go func() {
		defer close(done)
		err := s.Watch(ctx, func(n store.Notice) { u.tasks.post(func() { u.onNotice(s, n) }) })
		if err != nil {
			u.tasks.post(func() {
				if s == u.store {
					u.showConnection(lang.L("Changes by other officers are not shown:")+" "+sentence(err.Error()), widget.WarningImportance, 0)
				}
			})
		}
	}()
}

// stopWatch stops the watch and waits for it, before its store closes.
func (u *UI) stopWatch() {
	if u.live.cancel == nil {
		return
	}
	u.live.cancel()
	<-u.live.done
	u.live = live{}
}

// onNotice answers what the watch of s reports. A notice of a store
// since closed (the window switched database) is no matter.
func (u *UI) onNotice(s *store.Store, n store.Notice) {
	if s != u.store {
		return
	}
	switch n.State {
	case store.WatchConnected:
		u.live.listening = true
	case store.WatchChanged:
		if !u.live.pending && !u.live.lost {
			u.live.pending = true
			time.AfterFunc(liveDelay, func() { u.tasks.post(func() { u.reloadLive(s) }) })
		}
	case store.WatchLost:
		u.live.lost, u.live.listening = true, false
		u.showConnection(lang.L("Connection to the office database lost — reconnecting…"), widget.DangerImportance, 0)
	case store.WatchReconnected:
		u.live.lost, u.live.listening = false, true
		u.showConnection(lang.L("Reconnected to the office database."), widget.SuccessImportance, reconnectedFor)
		// What others changed meanwhile came without a notice.
		u.reloadLive(s)
	}
}

// reloadLive reads the data shown again after someone else's change. The
// screens keep what the officer is typing (see personDetails.reshow).
func (u *UI) reloadLive(s *store.Store) {
	u.live.pending = false
	if s != u.store || u.live.lost {
		return
	}
	u.reloadAll()
}

// showConnection shows line in the status bar, for a while when for is
// not 0, else until something else replaces it.
func (u *UI) showConnection(line string, imp widget.Importance, shownFor time.Duration) {
	c := u.status.connection
	c.Importance = imp
	c.SetText(line)
	c.Show()
	u.live.shown++
	if shownFor > 0 {
		shown := u.live.shown
		time.AfterFunc(shownFor, func() {
			u.tasks.post(func() {
				if u.live.shown == shown {
					u.hideConnection()
				}
			})
		})
	}
}

func (u *UI) hideConnection() {
	u.status.connection.SetText("")
	u.status.connection.Hide()
}

// offline explains an error of a save made while the office database is
// out of reach: nothing was saved, and the form keeps what was typed.
func (u *UI) offline(err error) error {
	if err == nil || u.store == nil || u.store.Engine() != store.EnginePostgres || errors.Is(err, context.Canceled) {
		return err
	}
	if u.live.lost || store.Unreachable(err) {
		return errOffline{err}
	}
	return err
}

// errOffline is an error of work done while the office database is out
// of reach.
type errOffline struct{ err error }

func (e errOffline) Error() string { return e.err.Error() }
func (e errOffline) Unwrap() error { return e.err }

// databaseName says which database the window works on: the file's name,
// or "Office database: host/db".
func databaseName(s *store.Store) string {
	if s.Engine() == store.EnginePostgres {
		return lang.L("Office database:") + " " + serverName(s.Path())
	}
	return filepath.Base(s.Path())
}

// serverName shortens a server URL to host/database, with the port when
// it is not PostgreSQL's usual one.
func serverName(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return store.RedactURL(target)
	}
	host := u.Hostname()
	if host == "" {
		host = u.Query().Get("host")
	}
	if host == "" {
		host = "localhost"
	}
	if p := u.Port(); p != "" && p != "5432" {
		host += ":" + p
	}
	db := strings.TrimPrefix(u.Path, "/")
	if db == "" {
		db = u.Query().Get("dbname")
	}
	if db == "" && u.User != nil {
		db = u.User.Username() // PostgreSQL's default database
	}
	return host + "/" + db
}

// showDatabase names the database open in the title bar and status bar.
func (u *UI) showDatabase() {
	name := databaseName(u.store)
	u.win.SetTitle("Liaison — " + name)
	u.status.database.SetText(name)
}
