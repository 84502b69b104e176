package ui

import (
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// peopleScreen lists the people, a page at a time, and shows the selected
// one beside the list.
type peopleScreen struct {
	u        *UI
	search   *widget.Entry
	departed *widget.Check
	src      *peopleSource
	table    *dataTable[store.PersonRow]
	details  *personDetails
	count    *widget.Label
	root     fyne.CanvasObject
	selectID int64
	shown    store.PeopleQuery // the query of the last reload
}

func newPeopleScreen(u *UI) *peopleScreen {
	s := &peopleScreen{u: u, src: newPeopleSource(u.tasks, u.store)}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.L("Search people: name in any script, country, email, phone"))
	s.search.OnChanged = func(string) { s.reload() }
	s.search.OnSubmitted = func(string) { s.table.focusList(u.win.Canvas()) }
	s.departed = widget.NewCheck(lang.L("Show departed and archived"), func(bool) { s.reload() })
	s.table = newDataTable([]column[store.PersonRow]{
		{lang.L("Name"), 230, personName},
		{lang.L("Mission"), 200, func(r store.PersonRow) string { return missionName(r.Mission) }},
		{lang.L("Rank"), rankColumnWidth(), func(r store.PersonRow) string { return rankLabel(r.Person.Rank) }},
		{lang.L("Position"), 170, func(r store.PersonRow) string { return r.Person.Position }},
		{lang.L("Email"), 200, func(r store.PersonRow) string { return first(r.Person.Emails) }},
		{lang.L("Phone"), 140, func(r store.PersonRow) string { return first(r.Person.Phones) }},
	}, s.src, s.onSelect)
	s.table.onDelete = s.deleteItem
	// The database sorts the people, a page at a time: by name (as they
	// come) or by mission, either way round.
	s.table.heads.sortable = func(col int) bool { return col == peopleColName || col == peopleColMission }
	s.table.heads.natural = peopleColName
	s.table.heads.onSort = func(int, sortDir) { s.reload() }
	s.table.remember(u.prefs, "people")
	s.table.fitText(peopleColName)
	s.table.freeze(1)
	s.src.onLoaded = func() { s.table.table.Refresh() }
	s.details = newPersonDetails(u)
	s.count = widget.NewLabel("")
	newBtn := widget.NewButtonWithIcon(lang.L("New person"), theme.ContentAddIcon(), s.newItem)
	bar := newFlow(s.search, searchMinWidth, s.search, s.departed, newBtn)
	split := container.NewHSplit(container.NewBorder(nil, s.count, nil, nil, s.table.table), s.details.content())
	split.Offset = 0.55
	s.root = newPage(split, bar)
	return s
}

// The columns of the people table that sort.
const (
	peopleColName    = 0
	peopleColMission = 1
)

func (s *peopleScreen) content() fyne.CanvasObject { return s.root }

func (s *peopleScreen) focusSearch() { s.u.win.Canvas().Focus(s.search) }

func (s *peopleScreen) newItem() {
	s.table.reload()
	s.details.showNew()
}

// newItemOf shows the People screen with an empty form for a new person
// of the given mission.
func (s *peopleScreen) newItemOf(missionID int64) {
	s.u.show(screenPeople)
	s.newItem()
	s.details.form.mission.set(missionID)
}

func (s *peopleScreen) deleteItem() { s.details.onDelete() }

func (s *peopleScreen) query() store.PeopleQuery {
	q := store.PeopleQuery{Search: s.search.Text, IncludeDeparted: s.departed.Checked,
		IncludeArchived: s.departed.Checked}
	if s.table.heads.sorted == peopleColMission {
		q.Sort = store.PeopleByMission
	}
	q.Descending = s.table.heads.dir == descending
	return q
}

func (s *peopleScreen) reload() {
	if s.table == nil {
		return // still being built
	}
	q := s.query()
	filtered := !reflect.DeepEqual(q, s.shown)
	s.shown = q
	s.src.reset(q, func() {
		s.table.reload()
		s.count.SetText(lang.N("{{.Count}} people", s.src.Len(), map[string]any{"Count": s.src.Len()}))
		s.reselect(filtered)
	})
	s.details.reloadMissions()
	if id := s.details.id(); id != 0 && s.selectID == 0 {
		s.details.refresh(id)
	}
}

// reselect selects the person asked for, when they are on the first page.
// When the search or a filter has just changed and hides the person
// shown, the pane goes back to the hint.
func (s *peopleScreen) reselect(filtered bool) {
	want := s.selectID
	if want == 0 {
		want = s.details.id()
	}
	s.selectID = 0
	if want == 0 {
		return
	}
	for i := 0; i < min(pageSize, s.src.Len()); i++ {
		if r, ok := s.src.Row(i); ok && r.Person.ID == want {
			s.table.selectRow(i)
			return
		}
	}
	if filtered && s.src.Len() <= pageSize {
		// The search or a filter hides the person: the pane must not go
		// on showing them, nor Delete delete them. (Beyond the first
		// page they may be listed further down.)
		s.details.clear()
	}
}

func (s *peopleScreen) onSelect(_ int, r store.PersonRow) { s.details.reshow(r.Person) }

// open shows the person with the given ID: in the list when the search
// finds them, in the details in any case.
func (s *peopleScreen) open(id int64) {
	s.u.show(screenPeople)
	s.details.load(id)
}

// personName is a person's name in lists, with a star for a head of
// mission and a note for one who left.
func personName(r store.PersonRow) string {
	name := r.Person.FullName()
	switch {
	case r.Person.Archived:
		name += " (" + lang.L("archived") + ")"
	case r.Person.Departed:
		name += " (" + lang.L("departed") + ")"
	case r.Person.HeadOfMission:
		name += " ★"
	}
	return name
}

// itemLabel names a person with their mission, for pickers.
func itemLabel(p liaison.Person, m liaison.Mission) string {
	parts := []string{p.FullName()}
	if m.ID != 0 {
		parts = append(parts, missionName(m))
	}
	if p.Rank != "" {
		parts = append(parts, tr(p.Rank))
	}
	return strings.Join(parts, " · ")
}
