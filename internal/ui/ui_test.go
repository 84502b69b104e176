package ui

import (
	"context"
	"fyne.io/fyne/v2/container"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/demo"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// testNow is the day the tests run on.
func testNow() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) }

// newTestUI opens the window headless on a new database, idle.
func newTestUI(t *testing.T) (*UI, *store.Store) {
	t.Helper()
	return newTestUIOn(t, filepath.Join(t.TempDir(), "liaison.db"))
}

// newTestUIOn is newTestUI on the database at path.
func newTestUIOn(t *testing.T, path string) (*UI, *store.Store) {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.SetClock(testNow)
	u := newUI(test.NewTempApp(t), s, Options{Version: "test", Now: testNow}, testTasks())
	u.win.Resize(fyne.NewSize(1280, 800))
	u.tasks.wait()
	return u, s
}

// testTasks returns a tasks runner whose widget work runs in wait, on the
// test's goroutine.
func testTasks() *tasks { return &tasks{calls: make(chan uiCall)} }

// newDemoUI is newTestUI with the sample loaded.
func newDemoUI(t *testing.T) (*UI, *store.Store) {
	t.Helper()
	sample, err := sampleDB()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "liaison.db")
	if err := os.WriteFile(path, sample, 0o600); err != nil {
		t.Fatal(err)
	}
	return newTestUIOn(t, path)
}

// sampleDB is a database with the sample loaded, made once for all the
// tests: loading the sample took a fifth of the ui tests' time.
var sampleDB = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "liaison-ui-test")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "sample.db")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		return nil, err
	}
	s.SetClock(testNow)
	if _, err := demo.Load(context.Background(), s, liaison.DateOf(testNow())); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Close(); err != nil { // checkpoints: the file holds it all
		return nil, err
	}
	return os.ReadFile(path)
})

// objects returns every object of the window: dialogs, the top one
// first, then the content.
func objects(u *UI) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	eachShown(u, func(o fyne.CanvasObject, _ float32) { objs = append(objs, o) })
	return objs
}

// eachShown calls fn with every object of the window that is shown, as
// the window has laid it out: dialogs, the top one first, then the
// content, each with what it holds after it. clip is the right edge of
// the scrolls that hold o (math.MaxFloat32 outside any): a table's cell
// scrolled out of view is not on screen. It reads the widgets' own
// renderers: test.LaidOutObjects makes new ones and lays out the whole
// tree again, which took most of the ui tests' time.
func eachShown(u *UI, fn func(o fyne.CanvasObject, clip float32)) {
	var walk func(o fyne.CanvasObject, clip float32)
	walk = func(o fyne.CanvasObject, clip float32) {
		if o == nil || !o.Visible() {
			return
		}
		fn(o, clip)
		var children []fyne.CanvasObject
		switch c := o.(type) {
		case fyne.Widget:
			if sc, ok := c.(*container.Scroll); ok {
				clip = min(clip, fyne.CurrentApp().Driver().AbsolutePositionForObject(sc).X+sc.Size().Width)
			}
			children = test.WidgetRenderer(c).Objects()
		case *fyne.Container:
			children = c.Objects
		}
		for _, child := range children {
			walk(child, clip)
		}
	}
	c := u.win.Canvas()
	overlays := c.Overlays().List()
	for i := len(overlays) - 1; i >= 0; i-- {
		walk(overlays[i], math.MaxFloat32)
	}
	walk(c.Content(), math.MaxFloat32)
}

// tapButton taps the visible button labelled label and waits until the
// window is idle.
func tapButton(t *testing.T, u *UI, label string) {
	t.Helper()
	for _, o := range objects(u) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && b.Visible() && !b.Disabled() {
			test.Tap(b)
			u.tasks.wait()
			return
		}
	}
	t.Fatalf("no button %q on screen", label)
}

// shownText returns all label text on screen, dialogs included.
func shownText(u *UI) string {
	var b strings.Builder
	for _, o := range objects(u) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// typeInto replaces an entry's text by typing.
func typeInto(e *widget.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
}

func TestEmptyDatabaseOffersTheSample(t *testing.T) {
	u, s := newTestUI(t)
	if !strings.Contains(shownText(u), "Welcome to Liaison") {
		t.Fatal("an empty database shows no welcome")
	}
	tapButton(t, u, "Load sample data")
	ms, err := s.Missions(context.Background(), store.MissionQuery{})
	// The sample's 57 accredited missions and 5 government bodies.
	if err != nil || len(ms) != 62 {
		t.Fatalf("%d missions after Load sample data, %v; want 62", len(ms), err)
	}
	if got := u.missions.rows.Len(); got != 62 {
		t.Errorf("missions table shows %d rows, want 62", got)
	}
	if strings.Contains(shownText(u), "Welcome to Liaison") {
		t.Error("the welcome is still shown")
	}
}

// TestOfficersDay types and taps through a day's work: a new mission, a
// person, an event, inviting all heads, a reply and the attendance, then
// checks what the store holds and what the person's page shows.
func TestOfficersDay(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()

	// A new mission.
	u.missions.newItem()
	f := u.missions.details.form
	f.kind.SetSelected(liaison.Embassy.Label())
	typeInto(&f.country.Entry, "Исландия")
	typeInto(f.name, "Embassy of Iceland")
	typeInto(f.shortName, "Iceland")
	typeInto(f.nationalDay, "17.06")
	tapButton(t, u, "Save")
	ms, _ := s.Missions(ctx, store.MissionQuery{Search: "iceland"})
	if len(ms) != 1 || ms[0].Mission.Country != "IS" || ms[0].Mission.NationalDay.String() != "06-17" {
		t.Fatalf("missions found for iceland: %+v", ms)
	}
	iceland := ms[0].Mission

	// Its ambassador.
	u.show(screenPeople)
	u.people.newItem()
	u.tasks.wait()
	p := u.people.details.form
	typeInto(&p.mission.entry.Entry, "Iceland")
	typeInto(p.familyName, "Jónsdóttir")
	typeInto(p.givenName, "Guðrún")
	p.rank.SetSelected(liaison.Ambassador.Label())
	p.head.SetChecked(true)
	typeInto(p.credentials, "02.11.2026 11:30")
	tapButton(t, u, "Save")
	people, _ := s.People(ctx, store.PeopleQuery{MissionID: iceland.ID})
	if len(people) != 1 || !people[0].Person.HeadOfMission || people[0].Person.Credentials.String() != "2026-11-02 11:30" {
		t.Fatalf("people of Iceland: %+v", people)
	}
	amb := people[0].Person

	// An event, through its dialog.
	u.show(screenEvents)
	u.events.newItem()
	ef := u.eventForm
	typeInto(&ef.title.Entry, "Briefing on the annual report")
	typeInto(&ef.date.Entry, "03.12.2026")
	typeInto(&ef.clock.Entry, "10:00")
	typeInto(&ef.venue.Entry, "Conference hall")
	tapButton(t, u, "Save")
	evs, _ := s.Events(ctx, store.EventQuery{From: liaison.Day(2026, 12, 1)})
	if len(evs) != 1 || evs[0].Event.StartsAt.String() != "2026-12-03 10:00" {
		t.Fatalf("events from December: %+v", evs)
	}
	ev := evs[0].Event
	if !u.events.page.shown() || u.events.page.eventID != ev.ID {
		t.Fatal("the new event's page is not shown")
	}

	// Invite all heads: the list comes in precedence order.
	tapButton(t, u, "Invite all heads")
	rows, _ := s.Invitations(ctx, ev.ID)
	if len(rows) < 50 {
		t.Fatalf("%d invited, want every head", len(rows))
	}
	shown := u.events.page.invitees.rows
	if len(shown) != len(rows) || shown[0].Placed.Person.ID != rows[0].Placed.Person.ID || shown[0].Precedence != 1 {
		t.Errorf("the page shows %d rows starting with %+v", len(shown), shown[0].Placed.Person)
	}
	if !strings.Contains(u.events.page.counts.Text, "Planned "+strconv.Itoa(len(rows))) {
		t.Errorf("counts = %q", u.events.page.counts.Text)
	}

	// Mark them invited, then the ambassador of Iceland accepts: through
	// the status cell of his row.
	tapButton(t, u, "Mark planned as invited…")
	tapButton(t, u, "Mark")
	row := rowOf(t, u, amb.ID)
	cell := u.events.page.invitees.createCell()
	u.events.page.invitees.updateCell(widget.TableCellID{Row: row, Col: colStatus}, cell)
	cellOf(cell).sel.SetSelected(liaison.Accepted.Label())
	u.tasks.wait()
	inv, err := s.Invitation(ctx, ev.ID, amb.ID)
	if err != nil || inv.Status != liaison.Accepted || inv.Sent.String() != "2026-11-24" {
		t.Fatalf("invitation after accepting = %+v, %v", inv, err)
	}

	// On the event's day: record attendance. Those who accepted are ticked.
	eventDay := func() time.Time { return time.Date(2026, 12, 3, 18, 0, 0, 0, time.Local) }
	u.opts.Now = eventDay
	s.SetClock(eventDay)
	u.events.page.reload()
	u.tasks.wait()
	tapButton(t, u, "Record attendance…")
	tapButton(t, u, "Save")
	inv, _ = s.Invitation(ctx, ev.ID, amb.ID)
	if inv.Status != liaison.Attended {
		t.Errorf("status after recording attendance = %s, want attended", inv.Status)
	}
	sums, _ := s.Events(ctx, store.EventQuery{From: liaison.Day(2026, 12, 1)})
	if c := sums[0].Counts; c.Attended() != 1 || c.Invited() != len(rows) {
		t.Errorf("counts = %v", c)
	}

	// The person's page shows the history.
	u.people.open(amb.ID)
	u.tasks.wait()
	hist := u.people.details.history.rows
	if len(hist) != 1 || hist[0].Event.ID != ev.ID || hist[0].Invitation.Status != liaison.Attended {
		t.Errorf("history on the person's page = %+v", hist)
	}
}

// rowOf finds a person's row on the event page.
func rowOf(t *testing.T, u *UI, personID int64) int {
	t.Helper()
	for i, r := range u.events.page.invitees.rows {
		if r.Placed.Person.ID == personID {
			return i
		}
	}
	t.Fatalf("person %d is not on the list", personID)
	return -1
}

func TestSearchFiltersAsYouType(t *testing.T) {
	u, _ := newDemoUI(t)
	test.Type(u.missions.search, "белар")
	u.tasks.wait()
	if got := u.missions.rows.Len(); got != 1 {
		t.Errorf("missions for 'белар': %d, want 1 (Belarus)", got)
	}
	test.Type(u.people.search, "elkin")
	u.tasks.wait()
	if got := u.people.src.Len(); got != 1 {
		t.Fatalf("people for 'elkin': %d, want 1", got)
	}
	r, ok := u.people.src.Row(0)
	if !ok || r.Person.FamilyName != "Ёлкин" {
		t.Errorf("first person for 'elkin' = %+v", r.Person)
	}
}

func TestInvalidFormKeepsWhatWasTyped(t *testing.T) {
	u, s := newDemoUI(t)
	u.missions.newItem()
	f := u.missions.details.form
	typeInto(&f.country.Entry, "Atlantis")
	typeInto(f.name, "Embassy of Atlantis")
	tapButton(t, u, "Save")
	if text := shownText(u); !strings.Contains(text, "Atlantis") || !strings.Contains(text, "Please correct") {
		t.Errorf("no error dialog naming the country:\n%s", text)
	}
	if f.name.Text != "Embassy of Atlantis" || f.country.Text != "Atlantis" {
		t.Error("the form lost what was typed")
	}
	if ms, _ := s.Missions(context.Background(), store.MissionQuery{Search: "atlantis"}); len(ms) != 0 {
		t.Error("an invalid mission was saved")
	}
}

func TestDeleteAndUndo(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.OtherMission, Name: "Typo mission"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	u.missions.open(m.ID)
	u.tasks.wait()
	if u.missions.details.id() != m.ID {
		t.Fatalf("details show mission %d, want %d", u.missions.details.id(), m.ID)
	}
	u.missions.deleteItem()
	tapButton(t, u, "Delete") // the confirmation
	if _, err := s.Mission(ctx, m.ID); err == nil {
		t.Fatal("the mission was not deleted")
	}
	u.onUndo()
	u.tasks.wait()
	if ms, _ := s.Missions(ctx, store.MissionQuery{Search: "typo mission"}); len(ms) != 1 {
		t.Errorf("after undo, %d missions named Typo mission, want 1", len(ms))
	}

	// A mission with people is archived, not deleted.
	de, _ := s.Missions(ctx, store.MissionQuery{Search: "germany", Kinds: []liaison.MissionKind{liaison.Embassy}})
	u.missions.open(de[0].Mission.ID)
	u.tasks.wait()
	u.missions.deleteItem()
	tapButton(t, u, "Archive") // the confirmation says what will happen
	got, _ := s.Mission(ctx, de[0].Mission.ID)
	if !got.Archived {
		t.Error("a mission with people was not archived")
	}
	u.onUndo()
	u.tasks.wait()
	if got, _ := s.Mission(ctx, de[0].Mission.ID); got.Archived {
		t.Error("undo did not restore the archived mission")
	}
}

func TestWindowRemembersSizeAndScreen(t *testing.T) {
	u, s := newTestUI(t)
	u.show(screenEvents)
	u.win.Resize(fyne.NewSize(1000, 700))
	u.onClose()
	u2 := newUI(u.app, s, Options{Now: testNow}, testTasks())
	u2.tasks.wait()
	if got := u2.current(); got != screenEvents {
		t.Errorf("screen after reopening = %s, want events", got)
	}
	if got, ok := u2.prefs.windowSize(); !ok || got.Width != 1000 || got.Height != 700 {
		t.Errorf("remembered size = %v, want 1000×700", got)
	}
}

func TestUpcoming(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	e := liaison.Event{Title: "Human Rights Day reception", Kind: liaison.Reception, StartsAt: liaison.Day(2026, 12, 10).At(18, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	u.reloadAll()
	u.show(screenUpcoming) // reads what changed when shown
	u.tasks.wait()
	var what []string
	for _, it := range u.upcoming.rows.rows {
		what = append(what, it.what)
	}
	all := strings.Join(what, "\n")
	// Kazakhstan's embassies' countries with national days between 24
	// November and 24 December: the UAE (2 December), Finland (6 December).
	for _, want := range []string{"Human Rights Day reception", "National day: United Arab Emirates", "National day: Finland"} {
		if !strings.Contains(all, want) {
			t.Errorf("upcoming lacks %q:\n%s", want, all)
		}
	}
}

// TestAppearanceIsChosenAndRemembered chooses the dark appearance: the
// window turns dark at once, and a window opened later is dark too.
func TestAppearanceIsChosenAndRemembered(t *testing.T) {
	t.Setenv("FYNE_THEME", "")
	u, _ := newTestUI(t)
	u.onAppearance()
	u.appearanceChoice.SetSelected("Dark")
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Errorf("background %v after choosing Dark, want %v", got, dark)
	}
	if got := u.prefs.appearance(); got != appearanceDark {
		t.Errorf("remembered %q, want %q", got, appearanceDark)
	}
	u.app.Settings().SetTheme(theme.DefaultTheme())
	u.applyAppearance()
	if got := u.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Errorf("a new window is not dark: %v", got)
	}
	u.appearanceChoice.SetSelected("As the system")
	if got := u.prefs.appearance(); got != appearanceSystem {
		t.Errorf("remembered %q after As the system", got)
	}
}

// TestChangeReloadsTheScreenShown: after a change, the screen shown reads
// its data again at once, the others when they are shown next, and then
// show the change.
func TestChangeReloadsTheScreenShown(t *testing.T) {
	u, s := newDemoUI(t)
	u.show(screenMissions)
	u.tasks.wait()
	before := u.missions.loads
	p := liaison.Person{FamilyName: "Neumann", GivenName: "Lena"}
	u.write("adding", func(ctx context.Context) error { return s.CreatePerson(ctx, &p) }, nil)
	u.tasks.wait()
	if u.missions.loads != before+1 {
		t.Errorf("the missions shown were read %d times, want once", u.missions.loads-before)
	}
	for _, name := range []string{screenPeople, screenEvents, screenUpcoming} {
		if !u.stale[name] {
			t.Errorf("%s was read again while hidden", name)
		}
	}
	u.show(screenPeople)
	u.tasks.wait()
	if u.stale[screenPeople] {
		t.Error("people still to read once shown")
	}
	found := false
	for i := range u.people.src.Len() {
		if r, ok := u.people.src.Row(i); ok && r.Person.ID == p.ID {
			found = true
		}
	}
	if !found {
		t.Error("the people shown lack the person added while they were hidden")
	}
}
