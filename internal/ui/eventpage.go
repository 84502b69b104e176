package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// eventPage shows one event: what, when and where, the count per status,
// the actions that fill the list, and the invitees in order of precedence
// with their status, deputy, channel and dates editable in place.
type eventPage struct {
	u        *UI
	eventID  int64
	event    liaison.Event
	title    *widget.Label
	titleBar *fyne.Container // the title and the buttons on the event
	when     *widget.Label   // kind, day and time: never cut
	where    *widget.Label   // venue, host, RSVP and the rest, cut when the line is short
	whenBar  *fyne.Container
	counts   *widget.Label
	guests   *widget.Label // how many people the list is for, where an invitation is for two
	invitees *inviteesTable
	filter   *keyEntry // finds someone on the list: Ctrl+F
	// markInvited and attendance are actions on the whole list;
	// attendanceWhy says, before the event's day, why attendance waits.
	markInvited   *widget.Button
	attendance    *widget.Button
	checkin       *widget.Button // the check-in at the door
	attendanceWhy *widget.Label
	root          *fyne.Container
	loads         int
	seating       *seatingView // the seating plan last opened
}

func newEventPage(u *UI, back func()) *eventPage {
	p := &eventPage{u: u}
	p.title = widget.NewLabel("")
	p.title.TextStyle.Bold = true
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.when = widget.NewLabel("")
	p.where = widget.NewLabel("")
	p.where.Truncation = fyne.TextTruncateEllipsis
	p.counts = widget.NewLabel("")
	p.counts.Truncation = fyne.TextTruncateEllipsis
	p.guests = widget.NewLabel("")
	p.guests.Truncation = fyne.TextTruncateEllipsis
	p.guests.Hide()
	p.invitees = newInviteesTable(u, p.saveInvitation, p.setForTwo)
	p.filter = newKeyEntry()
	p.filter.SetPlaceHolder(lang.L("Find on the list: name, mission, position, status (Ctrl+F)"))
	p.filter.OnChanged = p.invitees.setFilter
	p.filter.OnSubmitted = func(string) { p.focusList() }
	p.filter.onEscape = func() { p.filter.SetText("") }
	p.markInvited = widget.NewButtonWithIcon(lang.L("Mark planned as invited…"), theme.MailSendIcon(), p.onMarkInvited)
	p.attendance = widget.NewButtonWithIcon(lang.L("Record attendance…"), theme.ConfirmIcon(), p.onAttendance)
	p.checkin = widget.NewButtonWithIcon(lang.L("Check-in"), theme.LoginIcon(), func() { u.events.openCheckin(p.event) })
	p.attendanceWhy = widget.NewLabel("")
	p.attendanceWhy.Importance = widget.LowImportance
	p.attendanceWhy.Hide()
	// The bars wrap on a narrow window, as toolbars do, rather than
	// push buttons off it.
	p.titleBar = newFlow(p.title, 0,
		widget.NewButtonWithIcon(lang.L("Events"), theme.NavigateBackIcon(), back),
		p.title,
		widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), p.onEdit),
		widget.NewButtonWithIcon(lang.L("Changes…"), theme.HistoryIcon(), p.onChanges),
		widget.NewButtonWithIcon(lang.L("Delete event"), theme.DeleteIcon(), p.onDeleteEvent))
	p.whenBar = newFlow(p.where, 0, p.when, p.where)
	actions := newFlow(nil, 0,
		widget.NewButtonWithIcon(lang.L("Invite all heads"), theme.ContentAddIcon(), p.onInviteHeads),
		widget.NewButton(lang.L("Invite by kind…"), p.onInviteByKind),
		widget.NewButton(lang.L("Add people…"), p.onAddPeople),
		p.markInvited,
		p.attendance,
		widget.NewButtonWithIcon(lang.L("Documents…"), theme.DocumentPrintIcon(), p.onDocuments),
		p.checkin,
		widget.NewButtonWithIcon(lang.L("Seating…"), theme.GridIcon(), p.onSeating),
		widget.NewButtonWithIcon(lang.L("Remove from list"), theme.ContentRemoveIcon(), p.onRemove),
		p.attendanceWhy,
	)
	p.root = newPage(container.NewBorder(p.filter, nil, nil, nil, p.invitees.table), p.titleBar, p.whenBar, actions, p.counts, p.guests)
	return p
}

func (p *eventPage) shown() bool { return p.eventID != 0 }

// focusFilter puts the cursor in the box that finds someone on the list.
func (p *eventPage) focusFilter() {
	p.u.win.Canvas().Focus(p.filter)
	p.filter.TypedShortcut(&fyne.ShortcutSelectAll{}) // typing replaces the last search
}

// focusList moves the focus to the list, on the first invitee found when
// none is selected.
func (p *eventPage) focusList() {
	if p.invitees.selected < 0 && len(p.invitees.rows) > 0 {
		p.invitees.onSelected(widget.TableCellID{Row: 0, Col: colName})
	}
	p.u.win.Canvas().Focus(p.invitees.table)
}

// load shows the event with the given ID.
func (p *eventPage) load(id int64) {
	if id != p.eventID {
		p.filter.SetText("") // another list
	}
	p.eventID = id
	p.title.SetText("")
	p.when.SetText("")
	p.where.SetText("")
	p.counts.SetText("")
	p.guests.Hide()
	p.invitees.set(nil, nil)
	p.reload()
}

// reload reads the event and its list again.
func (p *eventPage) reload() {
	id := p.eventID
	p.loads++
	load := p.loads
	var e liaison.Event
	var rows []store.InvitationRow
	var staff map[int64][]liaison.Person
	p.u.tasks.run(lang.L("Loading the event"), func(ctx context.Context) (err error) {
		if e, err = p.u.store.Event(ctx, id); err != nil {
			return err
		}
		if rows, err = p.u.store.Invitations(ctx, id); err != nil {
			return err
		}
		staff, err = missionStaff(ctx, p.u.store, rows)
		return err
	}, func() {
		if load != p.loads || id != p.eventID {
			return
		}
		p.show(e, rows, staff)
	})
}

// missionStaff loads the current people of the invitees' missions: who
// can represent whom.
func missionStaff(ctx context.Context, st *store.Store, rows []store.InvitationRow) (map[int64][]liaison.Person, error) {
	seen := map[int64]bool{}
	var ids []int64
	for _, r := range rows {
		if m := r.Placed.Mission.ID; m != 0 && !seen[m] {
			seen[m] = true
			ids = append(ids, m)
		}
	}
	staff := map[int64][]liaison.Person{}
	if len(ids) == 0 {
		return staff, nil
	}
	people, err := st.People(ctx, store.PeopleQuery{MissionIDs: ids, Sort: store.PeopleByMission})
	if err != nil {
		return nil, err
	}
	for _, r := range people {
		staff[r.Person.MissionID] = append(staff[r.Person.MissionID], r.Person)
	}
	return staff, nil
}

func (p *eventPage) show(e liaison.Event, rows []store.InvitationRow, staff map[int64][]liaison.Person) {
	p.event = e
	title := e.Title
	if e.Archived {
		title += " (" + lang.L("archived") + ")"
	}
	p.title.SetText(title)
	// The title and the rest of the line keep the width their text needs
	// while the line has it, and go to a line of their own when not.
	p.titleBar.Layout.(*flowLayout).fillMin = min(labelWidth(title, p.title.TextStyle), 480)
	p.when.SetText(tr(e.Kind) + "  ·  " + formatDate(e.StartsAt))
	var parts []string
	for _, s := range []string{e.Venue, e.Host} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !e.RSVPBy.IsZero() {
		parts = append(parts, lang.L("RSVP by")+" "+formatDate(e.RSVPBy))
	}
	if e.DressCode != "" {
		parts = append(parts, e.DressCode)
	}
	if e.Partners != "" {
		parts = append(parts, fmt.Sprintf(lang.L("With the support of: %s"), e.Partners))
	}
	where := strings.Join(parts, "  ·  ")
	p.where.SetText(where)
	p.whenBar.Layout.(*flowLayout).fillMin = min(labelWidth(where, fyne.TextStyle{}), 480)
	invs := make([]liaison.Invitation, len(rows))
	for i, r := range rows {
		invs[i] = r.Invitation
	}
	counts, guests := store.CountInvitations(invs)
	p.counts.SetText(countsText(counts))
	p.guests.SetText(guestsText(counts, guests))
	p.guests.Hidden = p.guests.Text == ""
	p.root.Refresh() // the bars may take another number of lines
	p.showAttendanceState()
	p.invitees.event = e
	p.invitees.set(rows, staff)
}

// saveInvitation writes one edited invitation, read as base. When someone
// else changed it meanwhile the officer chooses, field by field, what to
// keep (see saveChecked); the list is read again after, and after a
// cancelled choice, so it shows what is stored.
func (p *eventPage) saveInvitation(base, inv liaison.Invitation) {
	saveChecked(p.u, lang.L("Saving the invitation"), inv, base, func(ctx context.Context, inv liaison.Invitation) error {
		return windowError(p.u.store.UpdateInvitation(ctx, inv))
	}, func(liaison.Invitation) { p.afterChange() }, p.afterChange)
}

// setForTwo makes the invitation of the invitee named name for two (or,
// on false, for one); Undo puts it back as it was.
func (p *eventPage) setForTwo(before liaison.Invitation, name string, on bool) {
	what := fmt.Sprintf(lang.L("invitation of %s for two"), name)
	if !on {
		what = fmt.Sprintf(lang.L("invitation of %s for one"), name)
	}
	var changed []liaison.Invitation
	p.u.tasks.run(lang.L("Saving the invitation"), func(ctx context.Context) (err error) {
		changed, err = p.u.store.SetForTwo(ctx, before.EventID, []int64{before.PersonID}, on)
		return windowError(err)
	}, func() {
		p.afterChange()
		if len(changed) > 0 {
			p.u.remember(what, func(ctx context.Context) error { return p.u.store.RestoreInvitations(ctx, changed) })
		}
	})
}

// afterChange reads the list and the events' counts again.
func (p *eventPage) afterChange() {
	p.reload()
	p.u.events.reload()
	p.u.upcoming.reload()
}

// change runs a change to the event's list, reports what it did, and
// calls then (which may be nil) when it succeeded.
func (p *eventPage) change(what string, fn func(ctx context.Context) (string, error), then func()) {
	var msg string
	p.u.tasks.run(what, func(ctx context.Context) (err error) {
		msg, err = fn(ctx)
		return err
	}, func() {
		p.afterChange()
		if msg != "" {
			p.u.notify(msg)
		}
		if then != nil {
			then()
		}
	})
}

func (p *eventPage) onInviteHeads() {
	p.inviteHeads(nil)
}

func (p *eventPage) onEdit() {
	p.u.editEvent(p.event, func(liaison.Event) { p.afterChange() })
}

func (p *eventPage) onDeleteEvent() {
	e := p.event
	question := fmt.Sprintf(lang.L("Delete %q?"), e.Title)
	action := lang.L("Delete")
	if len(p.invitees.all) > 0 {
		question = fmt.Sprintf(lang.L("%q has a list of invitees, which is history, so it is archived rather than deleted:\nhidden from the list, restored with Show archived."), e.Title)
		action = lang.L("Archive")
	}
	p.u.deleteAfterAsking(lang.L("Delete event"), question, action, deletion{
		name:      e.Title,
		del:       func(ctx context.Context) (bool, error) { return p.u.store.DeleteEvent(ctx, e.ID, e.Version) },
		unarchive: func(ctx context.Context) error { return p.u.store.ArchiveEvent(ctx, e.ID, false) },
		recreate: func(ctx context.Context) error {
			again := e
			again.ID = 0
			return p.u.store.CreateEvent(ctx, &again)
		},
	}, func(bool) { p.u.events.showList() })
}

// onRemove takes the selected invitee off the list, after asking.
func (p *eventPage) onRemove() {
	r, ok := p.invitees.selectedRow()
	if !ok {
		p.u.notify(lang.L("Select an invitee first."))
		return
	}
	name := r.Placed.Person.FullName()
	confirm(p.u.win, lang.L("Remove from list"), fmt.Sprintf(lang.L("Take %s off the list of this event?"), name),
		lang.L("Remove"), func() {
			inv := r.Invitation
			p.change(lang.L("Removing from the list"), func(ctx context.Context) (string, error) {
				return "", p.u.store.Uninvite(ctx, inv.EventID, inv.PersonID)
			}, func() {
				p.u.remember(fmt.Sprintf(lang.L("removal of %s"), name), func(ctx context.Context) error {
					return p.u.store.RestoreInvitation(ctx, inv)
				})
			})
		})
}

// onChanges shows the history of the event and its list.
func (p *eventPage) onChanges() {
	v := newChangesView(p.u)
	v.load(store.EntityEvent, p.eventID)
	d := dialog.NewCustom(fmt.Sprintf(lang.L("Changes of %s"), p.event.Title), lang.L("Close"), v.content(), p.u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}
