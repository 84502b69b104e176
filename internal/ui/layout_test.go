package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"

	"liaison/internal/i18n"
)

// header returns the header cell of column col that table shows.
func header(t *testing.T, u *UI, table *keyTable, col int) *headerCell {
	t.Helper()
	for _, o := range test.LaidOutObjects(table) {
		if h, ok := o.(*headerCell); ok && h.col == col && h.Visible() && h.Size().Width > 0 {
			return h
		}
	}
	t.Fatalf("no header of column %d on screen", col)
	return nil
}

// arrow says which arrow a header shows: "▲", "▼" or "".
func arrow(h *headerCell) string {
	switch {
	case !h.arrow.Visible():
		return ""
	case h.arrow.Resource == theme.MenuDropUpIcon():
		return "▲"
	case h.arrow.Resource == theme.MenuDropDownIcon():
		return "▼"
	}
	return "?"
}

func countries(u *UI) []string {
	var out []string
	for _, m := range u.missions.rows.rows {
		out = append(out, countryName(m.Mission.Country))
	}
	return out
}

func missionIDs(u *UI) []int64 {
	var out []int64
	for _, m := range u.missions.rows.rows {
		out = append(out, m.Mission.ID)
	}
	return out
}

// TestHeaderClickSorts clicks the Country header of the missions: A to Z
// with an arrow up, again Z to A with an arrow down, a third time back to
// the order of precedence with no arrow.
func TestHeaderClickSorts(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenMissions)
	u.tasks.wait()
	precedence := missionIDs(u)
	table := u.missions.table.table
	const country = 1
	coll := collate.New(uiLang.Tag(), collate.IgnoreCase)
	inOrder := func(xs []string) bool {
		return slices.IsSortedFunc(xs, func(a, b string) int { return textOrder(coll, a, b) })
	}

	test.Tap(header(t, u, table, country))
	u.tasks.wait()
	if got := countries(u); !inOrder(got) {
		t.Errorf("after one click the countries are not A to Z: %v", got)
	}
	if got := arrow(header(t, u, table, country)); got != "▲" {
		t.Errorf("arrow after one click = %q, want ▲", got)
	}
	if got := countries(u); got[len(got)-1] != "" {
		t.Errorf("organisations, with no country, are not last: %v", got)
	}

	test.Tap(header(t, u, table, country))
	u.tasks.wait()
	got := countries(u)
	named := got[:slices.Index(got, "")]
	slices.Reverse(named)
	if !inOrder(named) || slices.ContainsFunc(got[len(named):], func(s string) bool { return s != "" }) {
		t.Errorf("after two clicks the countries are not Z to A, organisations last: %v", got)
	}
	if got := arrow(header(t, u, table, country)); got != "▼" {
		t.Errorf("arrow after two clicks = %q, want ▼", got)
	}

	test.Tap(header(t, u, table, country))
	u.tasks.wait()
	if got := missionIDs(u); !slices.Equal(got, precedence) {
		t.Error("a third click did not bring back the order of precedence")
	}
	if got := arrow(header(t, u, table, country)); got != "" {
		t.Errorf("arrow after three clicks = %q, want none", got)
	}
}

// TestPeopleSortByMission sorts the people list, which the database reads
// a page at a time, by mission and back.
func TestPeopleSortByMission(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenPeople)
	u.tasks.wait()
	table := u.people.table.table
	if got := arrow(header(t, u, table, peopleColName)); got != "▲" {
		t.Errorf("the list comes by name, but the Name header shows %q", got)
	}
	missions := func() []string {
		var out []string
		for i := 0; i < min(u.people.src.Len(), pageSize); i++ {
			r, ok := u.people.src.Row(i)
			if !ok {
				t.Fatalf("row %d not loaded", i)
			}
			out = append(out, r.Mission.Name) // the database orders them byte by byte
		}
		return out
	}
	test.Tap(header(t, u, table, peopleColMission))
	u.tasks.wait()
	got := missions()
	if !slices.IsSorted(got) {
		t.Errorf("by mission, A to Z: %v", got)
	}
	if got := arrow(header(t, u, table, peopleColName)); got != "" {
		t.Errorf("the Name header still shows %q when sorted by mission", got)
	}
	test.Tap(header(t, u, table, peopleColMission))
	u.tasks.wait()
	got = missions()
	if !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("by mission, Z to A: %v", got)
	}
}

// TestInviteesSortByName sorts an event's list by name, and the selected
// invitee stays selected where they move to.
func TestInviteesSortByName(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenEvents)
	u.tasks.wait()
	u.events.open(u.events.rows.rows[0].Event.ID)
	u.tasks.wait()
	inv := u.events.page.invitees
	inv.onSelected(widget.TableCellID{Row: 0, Col: colName})
	first := inv.rows[0].Invitation.PersonID
	test.Tap(header(t, u, inv.table, colName))
	var names []string
	for _, r := range inv.rows {
		names = append(names, inv.text(colName, r))
	}
	coll := collate.New(uiLang.Tag(), collate.IgnoreCase)
	if !slices.IsSortedFunc(names, func(a, b string) int { return textOrder(coll, a, b) }) {
		t.Errorf("the invitees are not by name: %v", names)
	}
	if r, ok := inv.selectedRow(); !ok || r.Invitation.PersonID != first {
		t.Error("the selected invitee is not selected after sorting")
	}
	if got := arrow(header(t, u, inv.table, colNo)); got != "" {
		t.Errorf("No. still shows %q when sorted by name", got)
	}
}

// dragColumnEdge drags the right edge of column col of table by dx in its
// header, as the officer does with the mouse.
func dragColumnEdge(table *keyTable, widths []float32, col int, dx float32) {
	x := float32(0)
	for i := 0; i <= col; i++ {
		x += widths[i] + theme.Padding()
	}
	at := fyne.NewPos(x-theme.Padding()/2, 5) // in the gap after col
	table.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	table.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	table.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at.AddXY(dx, 0)}, Dragged: fyne.NewDelta(dx, 0)})
	table.DragEnd()
}

// TestColumnWidthsRemembered widens a column of the missions table: the
// width is in the preferences and a window opened later has it.
func TestColumnWidthsRemembered(t *testing.T) {
	u, s := newDemoUI(t)
	u.show(screenMissions)
	u.tasks.wait()
	heads := u.missions.table.heads
	heads.later = func(save func()) { save() } // no waiting for the drag to pause
	const kind = 2
	before := slices.Clone(heads.widths)
	dragColumnEdge(u.missions.table.table, before, kind, 60)
	if got, want := heads.widths[kind], before[kind]+60; got != want {
		t.Fatalf("the Kind column is %v wide after the drag, want %v", got, want)
	}
	if got := u.prefs.columnWidths("missions", len(before))[kind]; got != before[kind]+60 {
		t.Errorf("the preferences keep %v for Kind, want %v", got, before[kind]+60)
	}
	if got := u.prefs.columnWidths("people", 6)[kind]; got != 0 {
		t.Errorf("the people table took the missions' width: %v", got)
	}

	u2 := newUI(u.app, s, Options{Now: testNow}, testTasks())
	u2.win.Resize(fyne.NewSize(1280, 800))
	u2.show(screenMissions)
	u2.tasks.wait()
	if got := u2.missions.table.heads.widths[kind]; got != before[kind]+60 {
		t.Errorf("a new window's Kind column is %v wide, want %v", got, before[kind]+60)
	}
	if got := header(t, u2, u2.missions.table.table, kind).Size().Width; got != before[kind]+60 {
		t.Errorf("a new window shows the Kind column %v wide, want %v", got, before[kind]+60)
	}
}

// labelsAt returns the left edges, in the window, of the labels showing
// text inside o.
func labelsAt(o fyne.CanvasObject, text string) []float32 {
	var xs []float32
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Text == text && l.Visible() {
			xs = append(xs, fyne.CurrentApp().Driver().AbsolutePositionForObject(l).X)
		}
	}
	return xs
}

// TestNameColumnFrozen scrolls the people table to its last column: the
// names stay where they were while the other columns move.
func TestNameColumnFrozen(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenPeople)
	u.tasks.wait()
	table := u.people.table.table
	row, _ := u.people.src.Row(0)
	name, mission := personName(row), row.Mission.DisplayName()
	left := fyne.CurrentApp().Driver().AbsolutePositionForObject(table).X
	if xs := labelsAt(table, name); len(xs) == 0 || xs[0]-left > theme.Padding()*2 {
		t.Fatalf("the first name is not at the table's left edge: %v (table at %v)", xs, left)
	}
	missionBefore := labelsAt(table, mission)

	table.ScrollToTrailing()
	if xs := labelsAt(table, name); len(xs) == 0 || xs[0]-left > theme.Padding()*2 {
		t.Errorf("scrolled sideways, the first name left the table's left edge: %v (table at %v)", xs, left)
	}
	if after := labelsAt(table, mission); len(after) > 0 && len(missionBefore) > 0 && after[0] >= missionBefore[0] {
		t.Errorf("the table did not scroll: the mission stayed at %v", after[0])
	}
}

// offScreen lists the buttons, checks and selects of the window and its
// dialogs that reach past its right edge, by their text.
func offScreen(u *UI) []string {
	width := u.win.Canvas().Size().Width
	var out []string
	eachShown(u, func(o fyne.CanvasObject, clip float32) {
		if text, ok := reaches(o); ok && o.Size().Width > 0 {
			if right := min(fyne.CurrentApp().Driver().AbsolutePositionForObject(o).X+o.Size().Width, clip); right > width+0.5 {
				out = append(out, text)
			}
		}
	})
	return out
}

// reaches says the text of a button, check or select, which must not reach
// past the window's edge.
func reaches(o fyne.CanvasObject) (string, bool) {
	switch w := o.(type) {
	case *widget.Button:
		return w.Text, true
	case *widget.Check:
		return w.Text, true
	case *widget.Select:
		return w.Selected, true
	case *keyCheck:
		return w.Text, true
	case *keySelect:
		return w.Selected, true
	}
	return "", false
}

// TestToolbarsWrap narrows the window to a small laptop's screen in
// Russian: the missions toolbar takes a second line, and no button, box
// or list on any screen reaches past the window's edge.
func TestToolbarsWrap(t *testing.T) {
	useLanguage(t, i18n.Ru)
	u, _ := newDemoUI(t)
	u.show(screenMissions)
	u.tasks.wait()
	bar := u.missions.search
	var newBtn *widget.Button
	for _, o := range test.LaidOutObjects(u.missions.root) {
		if b, ok := o.(*widget.Button); ok && b.Text == lang.L("New mission") {
			newBtn = b
		}
	}
	if newBtn == nil {
		t.Fatal("no New mission button")
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	if abs(newBtn).Y != abs(bar).Y {
		t.Errorf("at 1280 wide the toolbar is on two lines: search at %v, New mission at %v", abs(bar), abs(newBtn))
	}

	u.win.Resize(fyne.NewSize(1024-frameWidth, 640-frameHeight))
	if abs(newBtn).Y <= abs(bar).Y {
		t.Errorf("at 1008 wide New mission stayed on the search's line, at %v", abs(newBtn))
	}
	if got := u.win.Canvas().Size(); got.Width > 1024-frameWidth {
		t.Errorf("the window is %v wide: its content does not fit a 1024 screen", got.Width)
	}
	if cut := offScreen(u); len(cut) > 0 {
		t.Errorf("missions at 1008 wide: off the window %q", cut)
	}
}

// TestEveryScreenFitsSmallScreen opens every screen, form and dialog in
// every language in a window of a 1024×640 screen: the window need not
// grow, and no button, box or list reaches past its edge.
func TestEveryScreenFitsSmallScreen(t *testing.T) {
	small := fyne.NewSize(1024-frameWidth, 640-frameHeight-30) // less the menu bar
	for _, l := range []i18n.Lang{i18n.En, i18n.Ru, i18n.Kk} {
		t.Run(string(l), func(t *testing.T) {
			useLanguage(t, l)
			u, _ := newDemoUI(t)
			u.win.Resize(small)
			check := func(what string) {
				t.Helper()
				u.tasks.wait()
				if m := u.win.Content().MinSize(); m.Width > small.Width || m.Height > small.Height {
					t.Errorf("%s needs %v, more than %v", what, m, small)
				}
				if cut := offScreen(u); len(cut) > 0 {
					t.Errorf("%s: off the window %q", what, cut)
				}
			}
			closeDialogs := func() {
				t.Helper()
				if u.win.Canvas().Overlays().Top() == nil {
					t.Error("the dialog did not open")
				}
				for _, o := range u.win.Canvas().Overlays().List() {
					u.win.Canvas().Overlays().Remove(o)
				}
			}
			u.show(screenMissions)
			u.missions.table.selectRow(3)
			check("a mission")
			u.missions.newItem()
			check("the mission form")
			u.show(screenPeople)
			u.tasks.wait()
			u.people.table.selectRow(3)
			check("a person")
			u.people.newItem()
			check("the person form")
			u.show(screenEvents)
			u.events.showList()
			check("the events")
			u.show(screenUpcoming)
			check("the upcoming days")
			u.show(screenEvents)
			u.tasks.wait()
			u.events.open(u.events.rows.rows[0].Event.ID)
			check("an event's page")
			u.events.page.onChanges()
			check("an event's changes")
			closeDialogs()
			u.events.page.onAddPeople()
			check("the Add people picker")
			closeDialogs()
			u.events.page.onAttendance()
			check("the attendance dialog")
			closeDialogs()
			u.events.newItem()
			check("the event form")
			closeDialogs()
			u.onDropped(fyne.NewPos(10, 10), []fyne.URI{fixtureURI(t, "outlook21_cp1251_qp.vcf")})
			check("the vCard import preview")
			closeDialogs()
			book, err := filepath.Abs(filepath.Join("..", "xlsx", "testdata", "diplist_ru.xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(book)})
			check("the workbook import preview")
			closeDialogs()
			u.onExport()
			check("the export dialog")
			closeDialogs()
			u.onAppearance()
			check("the appearance dialog")
			closeDialogs()
			u.onLanguage()
			check("the language dialog")
			closeDialogs()
		})
	}
}

// TestShortTitlesWhole: the No. of an event's list shows whole beside the
// sort arrow, in each language.
func TestShortTitlesWhole(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.En, i18n.Ru, i18n.Kk} {
		t.Run(string(l), func(t *testing.T) {
			useLanguage(t, l)
			u, _ := newDemoUI(t)
			u.show(screenEvents)
			u.tasks.wait()
			u.events.open(u.events.rows.rows[0].Event.ID)
			u.tasks.wait()
			h := header(t, u, u.events.page.invitees.table, colNo)
			var shown []string
			for _, o := range test.LaidOutObjects(h) {
				if txt, ok := o.(*canvas.Text); ok && txt.Visible() {
					shown = append(shown, txt.Text)
				}
			}
			if got := strings.Join(shown, ""); got != h.label.Text {
				t.Errorf("the header shows %q of %q", got, h.label.Text)
			}
		})
	}
}

// TestLongNamesWhole: the name columns grow to show the longest name
// whole (Cyrillic names with patronymics are long), up to a limit, unless
// the officer set their width.
func TestLongNamesWhole(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenEvents)
	u.tasks.wait()
	u.events.open(u.events.rows.rows[1].Event.ID)
	u.tasks.wait()
	inv := u.events.page.invitees
	longest := float32(0)
	for _, r := range inv.rows {
		longest = max(longest, cellWidth(inv.text(colName, r)))
	}
	if longest <= inviteeHeaders[colName].width {
		t.Fatalf("the sample's longest name (%v) fits the default width: the test proves nothing", longest)
	}
	if got, want := inv.heads.widths[colName], min(longest, maxFitWidth); got != want {
		t.Errorf("the Name column is %v wide, want %v", got, want)
	}
	if got := u.prefs.columnWidths("invitees", inviteeColumns)[colName]; got != 0 {
		t.Errorf("the fitted width went into the preferences: %v", got)
	}
}

// TestInviteesSortByForTwo: the for-two toggles sort too, those for one
// first, then those for two, and back.
func TestInviteesSortByForTwo(t *testing.T) {
	u, _ := newDemoUI(t)
	var reception int64
	u.show(screenEvents)
	u.tasks.wait()
	for _, e := range u.events.rows.rows {
		if strings.Contains(e.Event.Title, "Reception") {
			reception = e.Event.ID
		}
	}
	u.events.open(reception)
	u.tasks.wait()
	inv := u.events.page.invitees
	forTwo := func() []bool {
		var out []bool
		for _, r := range inv.rows {
			out = append(out, r.Invitation.ForTwo)
		}
		return out
	}
	if !slices.Contains(forTwo(), true) || !slices.Contains(forTwo(), false) {
		t.Fatalf("the sample's reception has not both kinds of invitation: %v", forTwo())
	}
	byBool := func(a, b bool) int {
		switch {
		case a == b:
			return 0
		case b:
			return -1
		}
		return 1
	}
	test.Tap(header(t, u, inv.table, colForTwo))
	if got := forTwo(); !slices.IsSortedFunc(got, byBool) {
		t.Errorf("for one first: %v", got)
	}
	test.Tap(header(t, u, inv.table, colForTwo))
	if got := forTwo(); !slices.IsSortedFunc(got, func(a, b bool) int { return byBool(b, a) }) {
		t.Errorf("for two first: %v", got)
	}
}
