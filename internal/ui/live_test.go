package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/jackc/pgx/v5"

	"liaison/internal/liaison"
	"liaison/internal/pgtest"
	"liaison/internal/store"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if testServer != nil {
		if err := testServer.Stop(); err != nil && code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// testServer is the throwaway PostgreSQL server of the tests that need
// one, started by the first of them.
var (
	testServer    *pgtest.Server
	testServerErr error
	startServer   sync.Once
)

// serverDatabase creates an empty database on the test server and returns
// its URL.
func serverDatabase(t *testing.T) string {
	t.Helper()
	if os.Getenv(pgtest.SkipEnv) == "skip" {
		t.Skip("no PostgreSQL server: " + pgtest.SkipEnv + "=skip")
	}
	startServer.Do(func() { testServer, testServerErr = pgtest.Start() })
	if testServerErr != nil {
		t.Fatal(testServerErr)
	}
	url, err := testServer.CreateDatabase(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	return url
}

// openServer opens the database at url, closed at the end of the test.
func openServer(t *testing.T, url string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.SetClock(testNow)
	return s
}

// newServerUI opens the window headless on the server database at url,
// watching it for changes, as two officers' windows would.
func newServerUI(t *testing.T, url string) (*UI, *store.Store) {
	t.Helper()
	s := openServer(t, url)
	u := newUI(test.NewTempApp(t), s, Options{Version: "test", Now: testNow, LocalFile: t.TempDir() + "/liaison.db"}, testTasks())
	u.win.Resize(fyne.NewSize(1280, 800))
	u.startWatch()
	t.Cleanup(u.stopWatch)
	if !within(u, 5*time.Second, func() bool { return u.live.listening }) {
		t.Fatal("the window does not listen for changes")
	}
	return u, s
}

// within runs the window's work until ok holds, for at most d, and
// reports whether it came to hold.
func within(u *UI, d time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(d)
	for {
		u.tasks.wait()
		if ok() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func missionNames(u *UI) []string {
	var names []string
	for _, m := range u.missions.rows.rows {
		names = append(names, m.Mission.Name)
	}
	return names
}

func TestOtherOfficersChangesAppear(t *testing.T) {
	url := serverDatabase(t)
	ctx := context.Background()
	other := openServer(t, url) // the other officer's Liaison
	france := liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France", Notes: "Rue 1"}
	if err := other.CreateMission(ctx, &france); err != nil {
		t.Fatal(err)
	}
	u, _ := newServerUI(t, url)
	u.show(screenMissions)
	u.missions.open(france.ID)
	u.tasks.wait()
	d := u.missions.details
	if d.id() != france.ID {
		t.Fatalf("the form shows mission %d, want %d", d.id(), france.ID)
	}
	// The officer is typing and has not saved.
	typeInto(d.form.address, "Abai avenue 7")

	t.Run("a new mission appears within two seconds", func(t *testing.T) {
		start := time.Now()
		italy := liaison.Mission{Kind: liaison.Embassy, Country: "IT", Name: "Embassy of Italy"}
		if err := other.CreateMission(ctx, &italy); err != nil {
			t.Fatal(err)
		}
		if !within(u, 2*time.Second, func() bool { return slices.Contains(missionNames(u), "Embassy of Italy") }) {
			t.Fatalf("after 2 s the list shows %v", missionNames(u))
		}
		t.Logf("shown after %v", time.Since(start).Round(time.Millisecond))
		if d.form.address.Text != "Abai avenue 7" || d.id() != france.ID {
			t.Errorf("the form lost the edit: mission %d, address %q", d.id(), d.form.address.Text)
		}
	})
	t.Run("a change to the mission being edited keeps the edit", func(t *testing.T) {
		changed := france
		changed.Phones = []string{"+7 7172 000000"}
		if err := other.UpdateMission(ctx, changed); err != nil {
			t.Fatal(err)
		}
		if !within(u, 2*time.Second, func() bool {
			i := slices.IndexFunc(u.missions.rows.rows, func(m liaison.HeadedMission) bool { return m.Mission.ID == france.ID })
			return i >= 0 && len(u.missions.rows.rows[i].Mission.Phones) == 1
		}) {
			t.Fatal("the change did not show within 2 s")
		}
		if d.form.address.Text != "Abai avenue 7" {
			t.Errorf("the form lost the edit: address %q", d.form.address.Text)
		}
	})
	t.Run("another screen is read again when shown", func(t *testing.T) {
		if !u.stale[screenPeople] {
			t.Error("the people screen is not marked to read again")
		}
	})
}

func TestLostConnection(t *testing.T) {
	url := serverDatabase(t)
	ctx := context.Background()
	other := openServer(t, url)
	france := liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"}
	if err := other.CreateMission(ctx, &france); err != nil {
		t.Fatal(err)
	}
	u, _ := newServerUI(t, url)
	u.missions.open(france.ID)
	u.tasks.wait()
	d := u.missions.details
	typeInto(d.form.address, "Abai avenue 7")

	// The server shuts the office database: every connection is cut and
	// none is let in, as when the network is down.
	admin, err := pgx.Connect(ctx, testServer.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	name := url[strings.LastIndex(url, "/")+1 : strings.Index(url, "?")]
	for _, q := range []string{
		`ALTER DATABASE ` + name + ` ALLOW_CONNECTIONS false`,
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '` + name + `'`,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	lost := "Connection to the office database lost — reconnecting…"
	if !within(u, 3*time.Second, func() bool { return u.status.connection.Visible() && u.status.connection.Text == lost }) {
		t.Fatalf("the status bar says %q", u.status.connection.Text)
	}

	t.Run("a save while disconnected says so and keeps the form", func(t *testing.T) {
		d.onSave()
		u.tasks.wait()
		text := shownText(u)
		if !strings.Contains(text, "cannot be reached just now") {
			t.Errorf("the error says %q", text)
		}
		if d.form.address.Text != "Abai avenue 7" {
			t.Errorf("the form lost the edit: %q", d.form.address.Text)
		}
		tapButton(t, u, "OK")
	})
	t.Run("a new event while disconnected opens its form again", func(t *testing.T) {
		// From the missions screen: the events screen would read its list
		// first, which fails too.
		u.editEvent(liaison.Event{Kind: liaison.Briefing}, func(liaison.Event) { t.Error("saved while disconnected") })
		f := u.eventForm
		typeInto(&f.title.Entry, "Reception on Independence Day")
		typeInto(&f.date.Entry, "16.12.2026")
		tapButton(t, u, "Save")
		if text := shownText(u); !strings.Contains(text, "cannot be reached just now") {
			t.Errorf("the error says %q", text)
		}
		tapButton(t, u, "OK")
		if !strings.Contains(shownText(u), "New event") || f.title.Text != "Reception on Independence Day" || f.date.Text != "16.12.2026" {
			t.Errorf("the form came back with %q on %q", f.title.Text, f.date.Text)
		}
		tapButton(t, u, "Cancel")
	})
	t.Run("reconnects and reloads", func(t *testing.T) {
		if _, err := admin.Exec(ctx, `ALTER DATABASE `+name+` ALLOW_CONNECTIONS true`); err != nil {
			t.Fatal(err)
		}
		italy := liaison.Mission{Kind: liaison.Embassy, Country: "IT", Name: "Embassy of Italy"}
		for {
			// The other officer's pool reconnects on its own.
			if err := other.CreateMission(ctx, &italy); err == nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		reconnected := "Reconnected to the office database."
		if !within(u, 10*time.Second, func() bool { return u.status.connection.Text == reconnected }) {
			t.Fatalf("the status bar says %q", u.status.connection.Text)
		}
		if !within(u, 2*time.Second, func() bool { return slices.Contains(missionNames(u), "Embassy of Italy") }) {
			t.Errorf("after reconnecting the list shows %v; on screen: %s", missionNames(u), shownText(u))
		}
		if d.form.address.Text != "Abai avenue 7" {
			t.Errorf("the form lost the edit: %q", d.form.address.Text)
		}
		d.onSave()
		u.tasks.wait()
		if m, err := other.Mission(ctx, france.ID); err != nil || m.Address != "Abai avenue 7" {
			t.Errorf("saved after reconnecting: %q, %v", m.Address, err)
		}
	})
}

func TestOfficeDatabaseDialog(t *testing.T) {
	u, _ := newTestUI(t)
	u.opts.LocalFile = u.store.Path()
	u.onOfficeDatabase()
	o := u.office

	t.Run("a password in the address is refused", func(t *testing.T) {
		o.address.SetText("postgres://officer:secret@db.office.local/liaison")
		test.Tap(o.test)
		u.tasks.wait()
		if !strings.Contains(o.result.Text, ".pgpass") || !o.pgpass.Visible() {
			t.Errorf("result %q, .pgpass shown %v", o.result.Text, o.pgpass.Visible())
		}
		test.Tap(o.connect)
		u.tasks.wait()
		if u.store.Engine() != store.EngineSQLite || u.prefs.server() != "" {
			t.Errorf("connected with a password in the address")
		}
		o.address.SetText("")
	})
	t.Run("Test with a server that is not there", func(t *testing.T) {
		o.host.SetText("127.0.0.1")
		o.port.SetText("1")
		o.database.SetText("liaison")
		o.sslmode.SetSelected("disable")
		test.Tap(o.test)
		u.tasks.wait()
		if !strings.HasPrefix(o.result.Text, "It does not work: Cannot connect to postgres://127.0.0.1:1/liaison") || o.pgpass.Visible() {
			t.Errorf("result %q", o.result.Text)
		}
	})
	t.Run("a port that is not a number", func(t *testing.T) {
		o.port.SetText("54x")
		test.Tap(o.test)
		u.tasks.wait()
		if !strings.Contains(o.result.Text, "1 to 65535") {
			t.Errorf("result %q", o.result.Text)
		}
	})

	url := serverDatabase(t)
	t.Run("Test and Connect", func(t *testing.T) {
		o.host.SetText("")
		o.address.SetText(url)
		test.Tap(o.test)
		u.tasks.wait()
		if !strings.HasPrefix(o.result.Text, "OK: connected to 127.0.0.1:") || !strings.Contains(o.result.Text, "empty") {
			t.Errorf("result %q", o.result.Text)
		}
		test.Tap(o.connect)
		u.tasks.wait()
		if u.store.Engine() != store.EnginePostgres || u.prefs.server() != url {
			t.Fatalf("engine %s, remembered %q", u.store.Engine(), u.prefs.server())
		}
		if want := "Office database: " + serverName(url); u.status.database.Text != want || u.win.Title() != "Liaison — "+want {
			t.Errorf("status bar %q, title %q", u.status.database.Text, u.win.Title())
		}
	})
	t.Run("Back up now warns, then writes a snapshot", func(t *testing.T) {
		u.onBackupNow()
		if text := shownText(u); !strings.Contains(text, "personal data of the whole office") {
			t.Fatalf("no warning: %q", text)
		}
		tapButton(t, u, "Make the copy")
		path := filepath.Join(u.backupFolder(), "liaison-office-"+testNow().Format("2006-01-02")+".db")
		if _, err := os.Stat(path); err != nil {
			t.Errorf("no snapshot: %v", err)
		}
	})
	t.Run("the automatic backup is the server's job", func(t *testing.T) {
		// Leaving the file made its daily backup; closing on the
		// server adds none.
		before, _ := os.ReadDir(u.backupFolder())
		if err := u.Close(); err != nil {
			t.Fatal(err)
		}
		if after, _ := os.ReadDir(u.backupFolder()); len(after) != len(before) {
			t.Errorf("a backup on a server: %v, before %v", after, before)
		}
		s, err := store.Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		u.setStore(s)
		t.Cleanup(func() { u.store.Close() })
	})
	t.Run("back to the file", func(t *testing.T) {
		u.onOfficeDatabase()
		test.Tap(u.office.local)
		u.tasks.wait()
		if u.store.Engine() != store.EngineSQLite || u.store.Path() != u.opts.LocalFile || u.prefs.server() != "" {
			t.Errorf("engine %s at %s, remembered %q", u.store.Engine(), u.store.Path(), u.prefs.server())
		}
		if u.status.database.Text != "liaison.db" {
			t.Errorf("status bar %q", u.status.database.Text)
		}
	})
}

func TestServerName(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"postgres://officer@db.office.local/liaison?sslmode=require", "db.office.local/liaison"},
		{"postgres://officer@db.office.local:6432/liaison", "db.office.local:6432/liaison"},
		{"postgresql://db:5432/office", "db/office"},
		{"postgres://officer@/liaison?host=/run/postgresql", "/run/postgresql/liaison"},
	} {
		if got := serverName(c.url); got != c.want {
			t.Errorf("serverName(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestStartOpensTheRememberedServer(t *testing.T) {
	a := test.NewTempApp(t)
	prefs := settings{a.Preferences()}
	const file, server = "/home/officer/liaison.db", "postgres://officer@db.office.local/liaison?sslmode=require"
	if got := startTarget(prefs, file, Options{DefaultDB: true}); got != file {
		t.Errorf("nothing remembered: %q", got)
	}
	prefs.setServer("postgres://officer:secret@db.office.local/liaison?sslmode=require")
	if got := prefs.server(); got != server {
		t.Errorf("remembered %q, want it without the password", got)
	}
	if got := startTarget(prefs, file, Options{DefaultDB: true}); got != server {
		t.Errorf("remembered server: %q", got)
	}
	if got := startTarget(prefs, "/tmp/other.db", Options{}); got != "/tmp/other.db" {
		t.Errorf("--db named a file: %q", got)
	}
}

func TestUnreachableServerOffersTheFile(t *testing.T) {
	a := test.NewTempApp(t)
	local := t.TempDir() + "/liaison.db"
	var got *store.Store
	var said string
	tk := testTasks()
	w := serverUnreachable(a, "postgres://officer@127.0.0.1:1/liaison", local, errors.New("cannot connect"), tk,
		func(s *store.Store, message string) { got, said = s, message })
	w.Show()
	var mine *widget.Button
	for _, o := range test.LaidOutObjects(w.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Open my file" {
			mine = b
		}
	}
	if mine == nil {
		t.Fatal("no Open my file button")
	}
	test.Tap(mine)
	tk.wait()
	if got == nil {
		t.Fatal("the file was not opened")
	}
	defer got.Close()
	if got.Path() != local || !strings.Contains(said, "could not be reached") {
		t.Errorf("opened %s, said %q", got.Path(), said)
	}
}

func TestViewerWindowIsReadOnly(t *testing.T) {
	url := serverDatabase(t)
	ctx := context.Background()
	team, err := store.TeamInit(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := pgx.Connect(ctx, testServer.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	officer, viewer := team.Database+"_alice", team.Database+"_bob"
	for _, q := range []string{
		`CREATE ROLE ` + officer + ` LOGIN IN ROLE ` + team.Officers,
		`CREATE ROLE ` + viewer + ` LOGIN IN ROLE ` + team.Viewers,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	as := func(login string) string { return strings.Replace(url, "postgres@", login+"@", 1) }
	alice := openServer(t, as(officer))
	france := liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"}
	if err := alice.CreateMission(ctx, &france); err != nil {
		t.Fatal(err)
	}

	u, _ := newServerUI(t, as(viewer))
	if !u.readOnly.Visible() || !strings.HasPrefix(u.readOnly.Text, "Read only: your login can look") {
		t.Errorf("banner shown %v: %q", u.readOnly.Visible(), u.readOnly.Text)
	}
	t.Run("an officer's change shows in a viewer's window", func(t *testing.T) {
		italy := liaison.Mission{Kind: liaison.Embassy, Country: "IT", Name: "Embassy of Italy"}
		if err := alice.CreateMission(ctx, &italy); err != nil {
			t.Fatal(err)
		}
		if !within(u, 2*time.Second, func() bool { return slices.Contains(missionNames(u), "Embassy of Italy") }) {
			t.Fatalf("after 2 s the list shows %v; connection line %q", missionNames(u), u.status.connection.Text)
		}
	})
	t.Run("a save says read only and keeps the form", func(t *testing.T) {
		u.missions.open(france.ID)
		u.tasks.wait()
		d := u.missions.details
		typeInto(d.form.address, "Abai avenue 7")
		d.onSave()
		u.tasks.wait()
		if text := shownText(u); !strings.Contains(text, "Read only: your login can look but not change anything. Nothing was changed") {
			t.Errorf("the error says %q", text)
		}
		if d.form.address.Text != "Abai avenue 7" {
			t.Errorf("the form lost the edit: %q", d.form.address.Text)
		}
	})
}
