package ui

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// eventsScreen lists the events; choosing one opens its page with the
// list of invitees in its place.
type eventsScreen struct {
	u        *UI
	archived *widget.Check
	rows     *sliceSource[store.EventSummary]
	table    *dataTable[store.EventSummary]
	list     fyne.CanvasObject
	page     *eventPage
	checkin  *checkinView    // the door of the event shown, while open
	body     *fyne.Container // the list or an event's page
	loads    int
}

func newEventsScreen(u *UI) *eventsScreen {
	s := &eventsScreen{u: u, rows: &sliceSource[store.EventSummary]{}}
	s.archived = widget.NewCheck(lang.L("Show archived"), func(bool) { s.reload() })
	count := func(f func(store.StatusCounts) int) func(store.EventSummary) string {
		return func(e store.EventSummary) string { return strconv.Itoa(f(e.Counts)) }
	}
	s.table = newDataTable([]column[store.EventSummary]{
		{lang.L("Date"), dateTimeColumnWidth(), func(e store.EventSummary) string { return formatDate(e.Event.StartsAt) }},
		{lang.L("Title"), 320, eventTitle},
		{lang.L("Venue"), 260, func(e store.EventSummary) string { return e.Event.Venue }},
		{lang.L("Invited"), 100, count(store.StatusCounts.Invited)},
		{lang.L("Accepted"), 100, count(store.StatusCounts.Accepted)},
		{lang.L("Attended"), 100, count(store.StatusCounts.Attended)},
	}, s.rows, func(_ int, e store.EventSummary) { s.open(e.Event.ID) })
	s.table.onDelete = s.deleteItem
	byCount := func(f func(store.StatusCounts) int) func(a, b store.EventSummary) int {
		return func(a, b store.EventSummary) int { return f(a.Counts) - f(b.Counts) }
	}
	s.table.sortable(map[int]func(a, b store.EventSummary) int{
		0: func(a, b store.EventSummary) int { return a.Event.StartsAt.Compare(b.Event.StartsAt) },
		3: byCount(store.StatusCounts.Invited),
		4: byCount(store.StatusCounts.Accepted),
		5: byCount(store.StatusCounts.Attended),
	}, func(int, sortDir) { s.reload() })
	s.table.heads.natural, s.table.heads.naturalDir = 0, descending // the latest first, as they come
	s.table.remember(u.prefs, "events")
	s.table.freeze(2) // the date and the title
	newBtn := widget.NewButtonWithIcon(lang.L("New event"), theme.ContentAddIcon(), s.newItem)
	hintText := lang.L("Choose an event to see and edit its list of invitees.")
	hint := widget.NewLabel(hintText)
	hint.Truncation = fyne.TextTruncateEllipsis
	bar := newFlow(hint, labelWidth(hintText, fyne.TextStyle{}), hint, s.archived, newBtn)
	s.list = newPage(s.table.table, bar)
	s.page = newEventPage(u, s.showList)
	s.checkin = newCheckinView(u, s.closeCheckin)
	s.body = container.NewStack(s.list)
	return s
}

func (s *eventsScreen) content() fyne.CanvasObject { return s.body }

func (s *eventsScreen) focusSearch() {
	if s.checkin.shown() {
		s.checkin.focus()
		return
	}
	if s.page.shown() {
		s.page.focusFilter()
	}
}

func (s *eventsScreen) newItem() {
	s.u.editEvent(liaison.Event{Kind: liaison.Briefing, StartsAt: s.u.today().AddDays(7).At(10, 0)},
		func(e liaison.Event) { s.open(e.ID) })
}

func (s *eventsScreen) deleteItem() {
	if s.page.shown() && !s.checkin.shown() {
		s.page.onRemove()
	}
}

func (s *eventsScreen) reload() {
	if s.table == nil {
		return
	}
	q := store.EventQuery{IncludeArchived: s.archived.Checked}
	s.loads++
	load := s.loads
	var evs []store.EventSummary
	s.u.tasks.run(lang.L("Loading events"), func(ctx context.Context) (err error) {
		evs, err = s.u.store.Events(ctx, q)
		return err
	}, func() {
		if load != s.loads {
			return
		}
		s.rows.rows = evs
		s.table.reload()
	})
	switch {
	case s.checkin.shown():
		s.checkin.reload()
	case s.page.shown():
		s.page.reload()
	}
}

// open shows the page of the event with the given ID.
func (s *eventsScreen) open(id int64) {
	s.u.show(screenEvents)
	s.page.load(id)
	s.body.Objects = []fyne.CanvasObject{s.page.root}
	s.body.Refresh()
}

// openCheckin shows the check-in at the door of the event e in place of
// its page.
func (s *eventsScreen) openCheckin(e liaison.Event) {
	s.checkin.load(e)
	s.body.Objects = []fyne.CanvasObject{s.checkin.root}
	s.body.Refresh()
	s.checkin.focus()
}

// closeCheckin goes back from the check-in to the event's page, which
// reads the list again.
func (s *eventsScreen) closeCheckin() {
	s.body.Objects = []fyne.CanvasObject{s.page.root}
	s.body.Refresh()
	s.reload()
}

// showList goes back from an event's page to the list.
func (s *eventsScreen) showList() {
	s.page.eventID = 0
	s.body.Objects = []fyne.CanvasObject{s.list}
	s.body.Refresh()
	s.table.reload()
}

func eventTitle(e store.EventSummary) string {
	if e.Event.Archived {
		return e.Event.Title + " (" + lang.L("archived") + ")"
	}
	return e.Event.Title
}

// countsText says how many invitations are at each status: "Invited 30 ·
// Accepted 12 · ...", leaving out statuses nobody has.
func countsText(c store.StatusCounts) string {
	s := fmt.Sprintf("%s %d", lang.L("On the list"), c.Listed())
	for _, st := range liaison.Statuses {
		if n := c[st]; n > 0 {
			s += fmt.Sprintf("  ·  %s %d", tr(st), n)
		}
	}
	return s
}

// guestsText says how many people the invitations are for, where one is
// for two: "Guests: 41 invited, 15 accepted, 10 attended"; "" where
// every invitation is for one, the guests then being the invitations.
func guestsText(c, guests store.StatusCounts) string {
	if guests.Listed() == c.Listed() {
		return ""
	}
	return fmt.Sprintf(lang.L("Guests: %d invited, %d accepted, %d attended"),
		guests.Invited(), guests.Accepted(), guests.Attended())
}
