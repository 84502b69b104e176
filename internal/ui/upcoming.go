package ui

import (
	"context"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// upcomingDays is how far ahead the Upcoming screen looks.
const upcomingDays = 30

// An upcomingItem is an event, or a national day: a reason to send
// congratulations.
type upcomingItem struct {
	day       liaison.Date
	what      string
	detail    string
	eventID   int64
	missionID int64
}

// upcomingScreen lists the events and national days of the next 30 days.
type upcomingScreen struct {
	u     *UI
	rows  *sliceSource[upcomingItem]
	table *dataTable[upcomingItem]
	root  fyne.CanvasObject
	loads int
}

func newUpcomingScreen(u *UI) *upcomingScreen {
	s := &upcomingScreen{u: u, rows: &sliceSource[upcomingItem]{}}
	s.table = newDataTable([]column[upcomingItem]{
		{lang.L("Date"), 130, func(it upcomingItem) string { return formatDate(it.day) }},
		{lang.L("Day"), 110, func(it upcomingItem) string { return lang.L(it.day.DayOnly().Weekday().String()) }},
		{lang.L("What"), 300, func(it upcomingItem) string { return it.what }},
		{lang.L("Details"), 320, func(it upcomingItem) string { return it.detail }},
	}, s.rows, s.onSelect)
	byDay := func(a, b upcomingItem) int { return a.day.Compare(b.day) }
	s.table.sortable(map[int]func(a, b upcomingItem) int{0: byDay, 1: byDay}, func(int, sortDir) { s.reload() })
	s.table.heads.natural = 0 // by date, as they come
	s.table.remember(u.prefs, "upcoming")
	title := widget.NewLabel(lang.L("Events and national days of the next 30 days. A national day is a reason to send congratulations."))
	title.Wrapping = fyne.TextWrapWord
	s.root = container.NewBorder(title, nil, nil, nil, s.table.table)
	return s
}

func (s *upcomingScreen) content() fyne.CanvasObject { return s.root }
func (s *upcomingScreen) focusSearch()               {}
func (s *upcomingScreen) newItem()                   { s.u.events.newItem() }
func (s *upcomingScreen) deleteItem()                {}

func (s *upcomingScreen) onSelect(_ int, it upcomingItem) {
	switch {
	case it.eventID != 0:
		s.u.events.open(it.eventID)
	case it.missionID != 0:
		s.u.missions.open(it.missionID)
	}
}

func (s *upcomingScreen) reload() {
	if s.table == nil {
		return
	}
	from := s.u.today()
	to := from.AddDays(upcomingDays)
	s.loads++
	load := s.loads
	var items []upcomingItem
	s.u.tasks.run(lang.L("Loading upcoming days"), func(ctx context.Context) (err error) {
		items, err = upcoming(ctx, s.u.store, from, to)
		return err
	}, func() {
		if load != s.loads {
			return
		}
		s.rows.rows = items
		s.table.reload()
	})
}

// upcoming collects the events and national days from from to to,
// inclusive, by date.
func upcoming(ctx context.Context, st *store.Store, from, to liaison.Date) ([]upcomingItem, error) {
	evs, err := st.Events(ctx, store.EventQuery{From: from, To: to})
	if err != nil {
		return nil, err
	}
	ms, err := st.Missions(ctx, store.MissionQuery{Kinds: []liaison.MissionKind{liaison.Embassy, liaison.Consulate, liaison.OtherMission}})
	if err != nil {
		return nil, err
	}
	var items []upcomingItem
	for _, e := range evs {
		detail := e.Event.Venue
		if n := e.Counts.Listed(); n > 0 {
			detail = joinDetail(detail, countsText(e.Counts))
			if g := guestsText(e.Counts, e.Guests); g != "" {
				detail = joinDetail(detail, g)
			}
		}
		items = append(items, upcomingItem{day: e.Event.StartsAt, what: e.Event.Title, detail: detail, eventID: e.Event.ID})
	}
	seen := map[string]bool{} // one line per country, though it may have an embassy and a consulate
	for _, hm := range ms {
		m := hm.Mission
		if m.NationalDay.IsZero() || m.Country == "" || seen[m.Country] {
			continue
		}
		day := m.NationalDay.Next(from)
		if day.Compare(to) > 0 {
			continue
		}
		seen[m.Country] = true
		detail := missionName(m)
		if hm.Head.ID != 0 {
			detail = joinDetail(detail, hm.Head.FullName())
		}
		items = append(items, upcomingItem{day: day,
			what:   lang.L("National day:") + " " + uiLang.Country(m.Country),
			detail: detail, missionID: m.ID})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].day.Compare(items[j].day) < 0 })
	return items, nil
}

func joinDetail(a, b string) string {
	if a == "" {
		return b
	}
	return a + " · " + b
}
