package ui

import (
	"context"
	"reflect"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// missionsScreen lists the missions and shows the selected one beside the
// list.
type missionsScreen struct {
	u        *UI
	search   *widget.Entry
	kind     *widget.Select
	archived *widget.Check
	rows     *sliceSource[liaison.HeadedMission]
	table    *dataTable[liaison.HeadedMission]
	details  *missionDetails
	count    *widget.Label
	body     *fyne.Container // the list and details, or the welcome panel
	split    *container.Split
	welcome  fyne.CanvasObject
	root     fyne.CanvasObject
	loads    int   // numbers reloads, so a slow old one cannot overwrite a newer
	selectID int64 // the mission to select once the list has loaded
	shown    store.MissionQuery
}

func newMissionsScreen(u *UI) *missionsScreen {
	s := &missionsScreen{u: u, rows: &sliceSource[liaison.HeadedMission]{}}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.L("Search missions: name, country, phone, email (Latin or Cyrillic)"))
	s.search.OnChanged = func(string) { s.reload() }
	s.search.OnSubmitted = func(string) { s.table.focusList(u.win.Canvas()) }
	kinds := append([]string{lang.L("All kinds")}, labels(liaison.MissionKinds)...)
	s.kind = fitOptions(widget.NewSelect(kinds, func(string) { s.reload() }))
	s.kind.SetSelectedIndex(0)
	s.archived = widget.NewCheck(lang.L("Show archived"), func(bool) { s.reload() })
	s.table = newDataTable([]column[liaison.HeadedMission]{
		{lang.L("Mission"), 200, missionLabel},
		{lang.L("Country"), 130, func(m liaison.HeadedMission) string { return countryName(m.Mission.Country) }},
		{lang.L("Kind"), 120, func(m liaison.HeadedMission) string { return tr(m.Mission.Kind) }},
		{lang.L("Head of mission"), 220, headLabel},
		{lang.L("Rank"), rankColumnWidth(), func(m liaison.HeadedMission) string { return rankLabel(m.Head.Rank) }},
		{lang.L("Phone"), 140, func(m liaison.HeadedMission) string { return first(m.Mission.Phones) }},
		{lang.L("Email"), 200, func(m liaison.HeadedMission) string { return m.Mission.Email }},
	}, s.rows, s.onSelect)
	s.table.onDelete = s.deleteItem
	// Missions come in order of precedence; a click on a header sorts
	// them by that column, a third click brings precedence back.
	s.table.sortable(map[int]func(a, b liaison.HeadedMission) int{
		missionColRank: func(a, b liaison.HeadedMission) int { return rankOrder(a.Head.Rank, b.Head.Rank) },
	}, func(int, sortDir) { s.reload() })
	s.table.remember(u.prefs, "missions")
	s.table.fitText(0, 3) // the mission's and the head's names
	s.table.freeze(1)
	s.details = newMissionDetails(u)
	s.count = widget.NewLabel("")
	newBtn := widget.NewButtonWithIcon(lang.L("New mission"), theme.ContentAddIcon(), s.newItem)
	bar := newFlow(s.search, searchMinWidth, s.search, s.kind, s.archived, newBtn)
	s.split = container.NewHSplit(container.NewBorder(nil, s.count, nil, nil, s.table.table), s.details.content())
	s.split.Offset = 0.55
	s.welcome = newWelcome(u)
	s.body = container.NewStack(s.split)
	s.root = newPage(s.body, bar)
	return s
}

// missionColRank is the column of the head's rank in the missions table.
const missionColRank = 4

// searchMinWidth is the narrowest a search field gets beside other
// controls; narrower, they go on a line of their own.
const searchMinWidth = 280

// rankOrder orders ranks as the menus list them, the senior first, and a
// missing rank last.
func rankOrder(a, b liaison.Rank) int {
	index := func(r liaison.Rank) int {
		if i := slices.Index(liaison.Ranks, r); i >= 0 {
			return i
		}
		return len(liaison.Ranks)
	}
	return index(a) - index(b)
}

func (s *missionsScreen) content() fyne.CanvasObject { return s.root }

func (s *missionsScreen) focusSearch() { s.u.win.Canvas().Focus(s.search) }

func (s *missionsScreen) newItem() {
	s.table.reload()
	s.details.showNew()
}

func (s *missionsScreen) deleteItem() { s.details.onDelete() }

// newItemWhenEmpty leaves the welcome panel for an empty mission form.
func (s *missionsScreen) newItemWhenEmpty() {
	s.body.Objects = []fyne.CanvasObject{s.split}
	s.body.Refresh()
	s.newItem()
}

// query returns what the controls ask for.
func (s *missionsScreen) query() store.MissionQuery {
	q := store.MissionQuery{Search: s.search.Text, IncludeArchived: s.archived.Checked, Lang: string(uiLang)}
	if k, ok := byLabel(liaison.MissionKinds, s.kind.Selected); ok {
		q.Kinds = []liaison.MissionKind{k}
	}
	return q
}

func (s *missionsScreen) reload() {
	if s.table == nil {
		return // still being built
	}
	q := s.query()
	s.loads++
	load := s.loads
	var ms []liaison.HeadedMission
	var empty bool
	s.u.tasks.run(lang.L("Loading missions"), func(ctx context.Context) (err error) {
		if ms, err = s.u.store.Missions(ctx, q); err != nil {
			return err
		}
		empty, err = s.u.store.IsEmpty(ctx)
		return err
	}, func() {
		if load != s.loads {
			return
		}
		filtered := !reflect.DeepEqual(q, s.shown)
		s.shown = q
		s.show(ms, empty)
		if id := s.details.id(); filtered && id != 0 && !slices.ContainsFunc(ms, func(m liaison.HeadedMission) bool { return m.Mission.ID == id }) {
			// The search or a filter hides the mission: the pane must
			// not go on showing it, nor Delete delete it.
			s.details.clear()
		}
	})
}

// show puts loaded missions in the table, keeping the selection.
func (s *missionsScreen) show(ms []liaison.HeadedMission, empty bool) {
	if empty {
		s.body.Objects = []fyne.CanvasObject{s.welcome}
	} else {
		s.body.Objects = []fyne.CanvasObject{s.split}
	}
	s.body.Refresh()
	want := s.selectID
	if want == 0 {
		want = s.details.id()
	}
	s.rows.rows = ms
	s.table.reload() // sorts the rows as the headers say
	s.count.SetText(lang.N("{{.Count}} missions", len(ms), map[string]any{"Count": len(ms)}))
	for i, m := range s.rows.rows {
		if m.Mission.ID == want && want != 0 {
			s.table.selectRow(i)
			break
		}
	}
	s.selectID = 0
}

func (s *missionsScreen) onSelect(_ int, m liaison.HeadedMission) { s.details.reshow(m.Mission) }

// open shows the mission with the given ID, clearing filters that hide it.
func (s *missionsScreen) open(id int64) {
	s.selectID = id
	s.search.SetText("") // reloads
	s.kind.SetSelectedIndex(0)
	s.u.show(screenMissions)
}

// The cell texts of the missions table.

func countryName(code string) string {
	if code == "" {
		return ""
	}
	return uiLang.Country(code)
}

// missionName is the name tables and lists show for a mission: its short
// name in the window's language, falling back to the stored one (see
// liaison.Mission.DisplayNameIn).
func missionName(m liaison.Mission) string { return m.DisplayNameIn(string(uiLang)) }

// missionTitle is a mission's official name in the window's language,
// falling back to the stored one.
func missionTitle(m liaison.Mission) string { return m.NameIn(string(uiLang)) }

func missionLabel(m liaison.HeadedMission) string {
	name := missionName(m.Mission)
	if m.Mission.Archived {
		name += " (" + lang.L("archived") + ")"
	}
	return name
}

func headLabel(m liaison.HeadedMission) string {
	if m.Head.ID == 0 {
		if m.Mission.Kind == liaison.GovernmentBody {
			return ""
		}
		return lang.L("vacant")
	}
	return m.Head.FullName()
}

// rankLabel is a rank as tables show it, short.
func rankLabel(r liaison.Rank) string {
	if r == "" {
		return ""
	}
	return lang.L(i18n.LabelKey(r.ShortLabel()))
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
