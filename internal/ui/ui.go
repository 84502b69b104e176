// Package ui is Liaison's desktop window, built with Fyne. It is the only
// package besides cmd/liaison that imports Fyne; it takes a fyne.App so
// that tests run it headless on fyne.io/fyne/v2/test.
//
// Every database call runs off the UI thread (see tasks) and every widget
// change from there goes through fyne.Do.
package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// The screens, as remembered in the preferences.
const (
	screenMissions = "missions"
	screenPeople   = "people"
	screenEvents   = "events"
	screenUpcoming = "upcoming"
)

// Options configure the window.
type Options struct {
	Version string           // shown in Help › About
	Now     func() time.Time // the clock; time.Now when nil
	// Screens returns the work area of each monitor in pixels, for the
	// window to fit the one it opens on; nil when the driver cannot say.
	// It runs on the main thread, after the window is created.
	Screens func() []fyne.Size
	// LocalFile is the officer's own database file, which File › Office
	// database… goes back to from a server; Run sets it.
	LocalFile string
	// DefaultDB is set when neither --db nor $LIAISON_DB named the
	// database: the window then opens the office database remembered.
	DefaultDB bool
}

// A screen is one of the main views the navigation switches between.
type screen interface {
	content() fyne.CanvasObject
	reload()      // read the data again from the store
	focusSearch() // Ctrl+F
	newItem()     // Ctrl+N
	deleteItem()  // Delete
}

// UI is the main window and what it works with.
type UI struct {
	app    fyne.App
	win    fyne.Window
	store  *store.Store
	prefs  settings
	tasks  *tasks
	opts   Options
	undo   undo
	status *statusBar

	tabs     *container.AppTabs
	order    []string // screen names in tab order
	screens  map[string]screen
	stale    map[string]bool // screens to read again when shown next
	missions *missionsScreen
	people   *peopleScreen
	events   *eventsScreen
	upcoming *upcomingScreen
	// eventForm is the event form last opened in a dialog.
	eventForm *eventForm
	// conflict is the conflict dialog shown last, for tests.
	conflict *conflictDialog
	// importPreview is the import preview last shown.
	importPreview dialog.Dialog
	// cardPreview is the vCard import preview last shown, for tests.
	cardPreview *cardPreview
	// appearanceChoice is the Appearance dialog's choice last shown, for
	// tests.
	appearanceChoice *widget.RadioGroup
	// bookPreview is the workbook import preview last shown, for tests.
	bookPreview *bookPreview
	// excelSheets are the sheets of the Excel import last shown.
	excelSheets []*sheetView
	// restart is set when the window closes to start again in another
	// language.
	restart bool
	// readOnly is the banner of a login that may only look.
	readOnly *widget.Label
	// live is the watch of the database for changes by others.
	live live
	// office is the Office database dialog last shown, for tests.
	office *officeDialog
}

// New builds the main window on a and s and starts watching s for
// changes by others. Call ShowAndRun to show it.
func New(a fyne.App, s *store.Store, opts Options) *UI {
	u := newUI(a, s, opts, &tasks{})
	u.startWatch()
	return u
}

// newUI is New with the tasks runner given; tests give one that runs the
// widget work on their goroutine. It leaves the watch to New: a test's
// window reloads when the test asks, unless it starts the watch itself.
func newUI(a fyne.App, s *store.Store, opts Options, t *tasks) *UI {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	u := &UI{app: a, store: s, prefs: settings{a.Preferences()}, opts: opts, tasks: t}
	u.applyAppearance()
	u.win = a.NewWindow("Liaison")
	t.win = u.win
	u.missions = newMissionsScreen(u)
	u.people = newPeopleScreen(u)
	u.events = newEventsScreen(u)
	u.upcoming = newUpcomingScreen(u)
	u.screens = map[string]screen{
		screenMissions: u.missions, screenPeople: u.people,
		screenEvents: u.events, screenUpcoming: u.upcoming,
	}
	u.order = []string{screenMissions, screenPeople, screenEvents, screenUpcoming}
	u.stale = map[string]bool{}
	u.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Missions"), theme.HomeIcon(), u.missions.content()),
		container.NewTabItemWithIcon(lang.L("People"), theme.AccountIcon(), u.people.content()),
		container.NewTabItemWithIcon(lang.L("Events"), theme.GridIcon(), u.events.content()),
		container.NewTabItemWithIcon(lang.L("Upcoming"), theme.HistoryIcon(), u.upcoming.content()),
	)
	u.tabs.SetTabLocation(container.TabLocationLeading)
	u.tabs.OnSelected = func(*container.TabItem) {
		name := u.current()
		u.prefs.setScreen(name)
		if u.stale[name] {
			delete(u.stale, name)
			u.screens[name].reload()
		}
	}
	t.explain = u.offline
	u.status = newStatusBar(u.onUndo)
	u.readOnly = newReadOnlyBanner()
	u.win.SetContent(container.NewBorder(u.readOnly, u.status.root, nil, nil, u.tabs))
	u.showDatabase()
	u.showReadOnly()
	u.win.SetMainMenu(u.mainMenu())
	u.addShortcuts()
	u.win.SetOnDropped(u.onDropped)
	u.fitToScreen()
	u.win.SetCloseIntercept(u.onClose)
	u.win.SetMaster()
	u.show(u.prefs.screen())
	u.reloadAll()
	if msg := u.prefs.takeBackupError(); msg != "" {
		inform(u.win, lang.L("Backup"), lang.L("The automatic backup when Liaison last closed failed:")+" "+sentence(msg)+
			"\n\n"+lang.L("Use File › Back up now, or choose another folder with File › Backup folder…"))
	}
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window, fitted to the screen, and runs the app
// until it quits.
func (u *UI) ShowAndRun() {
	u.showFitted()
	u.app.Run()
}

// showFitted shows the window and fits it again to the screen now that its
// canvas knows the screen's scale.
func (u *UI) showFitted() {
	u.win.Show()
	u.fitToScreen()
}

// current returns the name of the screen shown.
func (u *UI) current() string {
	i := u.tabs.SelectedIndex()
	if i < 0 || i >= len(u.order) {
		return screenMissions
	}
	return u.order[i]
}

// show switches to the named screen.
func (u *UI) show(name string) {
	for i, n := range u.order {
		if n == name {
			u.tabs.SelectIndex(i)
			return
		}
	}
	u.tabs.SelectIndex(0)
}

// reloadAll reads the data of the screen shown again, after a change that
// may show on several screens; the others read it when they are shown
// next, so a change costs one screen's reload, not four.
func (u *UI) reloadAll() {
	shown := u.current()
	for _, name := range u.order {
		if name == shown {
			delete(u.stale, name)
			u.screens[name].reload()
		} else {
			u.stale[name] = true
		}
	}
}

// onClose remembers the window's size and screen before closing.
func (u *UI) onClose() {
	u.prefs.setWindowSize(u.win.Canvas().Size())
	u.prefs.setScreen(u.current())
	u.win.Close()
}

// today returns the current day.
func (u *UI) today() liaison.Date { return liaison.DateOf(u.opts.Now()) }

// write runs a change to the database off the UI thread, then reloads the
// screens and calls done (which may be nil) on the UI thread.
func (u *UI) write(what string, change func(ctx context.Context) error, done func()) {
	u.tasks.run(what, change, func() {
		u.reloadAll()
		if done != nil {
			done()
		}
	})
}
