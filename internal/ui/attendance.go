package ui

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// The actions of an event's page that move the whole list on: sending
// the planned invitations, and recording who came. Both can be undone.

// onMarkInvited marks every planned invitation as sent today, by the
// chosen channel.
func (p *eventPage) onMarkInvited() {
	channel := newKeySelect(labels(liaison.Channels), nil)
	channel.SetSelected(tr(liaison.NoteVerbale))
	body := container.NewVBox(widget.NewLabel(lang.L("Mark everyone planned as invited today, sent by:")), channel)
	dialog.ShowCustomConfirm(lang.L("Mark planned as invited"), lang.L("Mark"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			ch, _ := byLabel(liaison.Channels, channel.Selected)
			p.markPlannedInvited(ch)
		}
	}, p.u.win)
}

// markPlannedInvited marks the planned invitations sent by ch and offers to undo it.
func (p *eventPage) markPlannedInvited(ch liaison.Channel) {
	id := p.eventID
	var before []liaison.Invitation
	p.change(lang.L("Marking as invited"), func(ctx context.Context) (msg string, err error) {
		before, err = p.u.store.MarkInvited(ctx, id, ch)
		return fmt.Sprintf(lang.L("%d invitations marked as sent today."), len(before)), err
	}, func() {
		p.rememberRestore(fmt.Sprintf(lang.L("marking of %d invitations as sent"), len(before)), before)
	})
}

// rememberRestore offers to put back the invitations as they were before
// a change of several.
func (p *eventPage) rememberRestore(what string, before []liaison.Invitation) {
	if len(before) == 0 {
		return
	}
	p.u.remember(what, func(ctx context.Context) error {
		return windowError(p.u.store.RestoreInvitations(ctx, before))
	})
}

// attendanceOpen reports whether who came can be recorded for the event
// shown: from its day on.
func (p *eventPage) attendanceOpen() bool {
	return liaison.AttendanceOpen(p.event.StartsAt, p.u.today())
}

// showAttendanceState enables Record attendance from the event's day on,
// and before it says why it is not offered.
func (p *eventPage) showAttendanceState() {
	if p.attendanceOpen() {
		p.attendance.Enable()
		p.checkin.Enable()
		p.attendanceWhy.Hide()
		return
	}
	p.attendance.Disable()
	p.checkin.Disable()
	p.attendanceWhy.SetText(fmt.Sprintf(lang.L("Attendance can be recorded from %s, the day of the event."), formatDate(p.event.StartsAt.DayOnly())))
	p.attendanceWhy.Show()
}

// attendees are the invitees Record attendance lists: everyone who
// accepted or was invited, and those already recorded.
func attendees(rows []store.InvitationRow) []store.InvitationRow {
	var people []store.InvitationRow
	for _, r := range rows {
		switch r.Invitation.Status {
		case liaison.Accepted, liaison.Attended, liaison.NoShow, liaison.Invited, liaison.NoReply:
			people = append(people, r)
		}
	}
	return people
}

// onAttendance records on or after the event's day who came: everyone who
// accepted (or was invited) is listed, those who accepted ticked; ticked
// become attended, unticked who had accepted become no-shows.
func (p *eventPage) onAttendance() {
	if !p.attendanceOpen() {
		p.u.notify(p.attendanceWhy.Text)
		return
	}
	people := attendees(p.invitees.rows)
	if len(people) == 0 {
		p.u.notify(lang.L("Nobody on the list has been invited yet."))
		return
	}
	came := make([]bool, len(people))
	for i, r := range people {
		came[i] = r.Invitation.Status == liaison.Accepted || r.Invitation.Status == liaison.Attended
	}
	list := widget.NewList(func() int { return len(people) },
		func() fyne.CanvasObject { return newKeyCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*keyCheck)
			c.OnChanged = nil
			r := people[i]
			c.SetText(fmt.Sprintf("%s · %s (%s)", r.Placed.Person.FullName(), missionName(r.Placed.Mission), statusOf(r.Invitation.Status, r.Placed.Person)))
			c.SetChecked(came[i])
			c.OnChanged = func(on bool) { came[i] = on }
		})
	body := container.NewBorder(widget.NewLabel(lang.L("Tick who came. Those who accepted and are not ticked become no-shows.")), nil, nil, nil, list)
	d := dialog.NewCustomConfirm(lang.L("Record attendance"), lang.L("Save"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			p.recordAttendance(people, came)
		}
	}, p.u.win)
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
}

// recordAttendance saves who came among people and offers to undo it.
func (p *eventPage) recordAttendance(people []store.InvitationRow, came []bool) {
	statuses := map[int64]liaison.Status{}
	for i, r := range people {
		switch {
		case came[i]:
			statuses[r.Placed.Person.ID] = liaison.Attended
		case r.Invitation.Status == liaison.Accepted || r.Invitation.Status == liaison.Attended:
			statuses[r.Placed.Person.ID] = liaison.NoShow
		}
	}
	id, title := p.eventID, p.event.Title
	var before []liaison.Invitation
	p.change(lang.L("Recording attendance"), func(ctx context.Context) (msg string, err error) {
		before, err = p.u.store.SetStatuses(ctx, id, statuses)
		return lang.L("Attendance recorded."), windowError(err)
	}, func() {
		p.rememberRestore(fmt.Sprintf(lang.L("attendance at %s"), title), before)
	})
}

// windowError says a status refused before the event's day in the
// window's language; other errors pass as they are.
func windowError(err error) error {
	var early *liaison.TooEarlyError
	if !errors.As(err, &early) {
		return err
	}
	event := lang.L("the event")
	if early.Event != "" {
		event = early.Event
	}
	return fmt.Errorf(lang.L("%s is only for the event's day or later; %s is on %s"),
		tr(early.Status), event, formatDate(early.EventDay))
}
