package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// embassyEvent makes an embassy with its ambassador and a counsellor,
// and an event on day with both on its list as status, and opens the
// event's page.
func embassyEvent(t *testing.T, u *UI, s *store.Store, day liaison.Date, status liaison.Status) (e liaison.Event, amb, counsellor liaison.Person) {
	t.Helper()
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	amb = liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Rank: liaison.Ambassador, HeadOfMission: true}
	counsellor = liaison.Person{MissionID: m.ID, FamilyName: "Weber", GivenName: "Anna", Rank: liaison.Counsellor}
	for _, p := range []*liaison.Person{&amb, &counsellor} {
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	e = liaison.Event{Title: "Briefing on the annual report", Kind: liaison.Briefing, StartsAt: day}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, []int64{amb.ID, counsellor.ID}, status); err != nil {
		t.Fatal(err)
	}
	u.show(screenEvents)
	u.events.open(e.ID)
	u.tasks.wait()
	return e, amb, counsellor
}

// cell returns the widgets of a person's cell in column col of the
// event's list, as the table shows them.
func cell(t *testing.T, u *UI, personID int64, col int) *inviteeCell {
	t.Helper()
	table := u.events.page.invitees
	o := table.createCell()
	table.updateCell(widget.TableCellID{Row: rowOf(t, u, personID), Col: col}, o)
	return cellOf(o)
}

func invitationOf(t *testing.T, s *store.Store, eventID, personID int64) liaison.Invitation {
	t.Helper()
	inv, err := s.Invitation(context.Background(), eventID, personID)
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

// TestDeputyBeforeTheEvent: a week before the briefing, a deputy leaves
// the row accepted, attended is not on offer, and attendance waits.
func TestDeputyBeforeTheEvent(t *testing.T) {
	u, s := newTestUI(t) // today is 24.11.2026
	e, amb, counsellor := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(10, 0), liaison.Invited)
	p := u.events.page

	t.Run("Record attendance is not offered, and says from when", func(t *testing.T) {
		if !p.attendance.Disabled() {
			t.Error("Record attendance is enabled a week before the event")
		}
		if !p.attendanceWhy.Visible() || !strings.Contains(p.attendanceWhy.Text, formatDate(liaison.Day(2026, 12, 1))) {
			t.Errorf("the reason shown = %q (visible %v)", p.attendanceWhy.Text, p.attendanceWhy.Visible())
		}
	})
	t.Run("attended and no-show are not among the statuses", func(t *testing.T) {
		opts := cell(t, u, amb.ID, colStatus).sel.Options
		for _, st := range []liaison.Status{liaison.Attended, liaison.NoShow} {
			for _, o := range opts {
				if o == tr(st) {
					t.Errorf("%s offered a week before the event: %q", st, opts)
				}
			}
		}
	})
	t.Run("a deputy chosen leaves the row accepted, answered today", func(t *testing.T) {
		cell(t, u, amb.ID, colDeputy).sel.SetSelected(counsellor.FullName())
		u.tasks.wait()
		inv := invitationOf(t, s, e.ID, amb.ID)
		if inv.Status != liaison.Accepted || inv.RepresentedBy != counsellor.ID || inv.Answered != liaison.Day(2026, 11, 24) {
			t.Errorf("invitation = %+v, want accepted on 24.11.2026, represented by the counsellor", inv)
		}
	})
	t.Run("a status chosen in the table dates the answer", func(t *testing.T) {
		cell(t, u, counsellor.ID, colStatus).sel.SetSelected(tr(liaison.Declined))
		u.tasks.wait()
		inv := invitationOf(t, s, e.ID, counsellor.ID)
		if inv.Status != liaison.Declined || inv.Answered != liaison.Day(2026, 11, 24) {
			t.Errorf("invitation = %+v, want declined, answered on 24.11.2026", inv)
		}
	})
	t.Run("attended, were it chosen, is refused with the event and its day", func(t *testing.T) {
		p.invitees.onStatus(rowOf(t, u, counsellor.ID), tr(liaison.Attended))
		u.tasks.wait()
		if inv := invitationOf(t, s, e.ID, counsellor.ID); inv.Status != liaison.Declined {
			t.Errorf("status = %s, want declined still", inv.Status)
		}
		var said string
		for _, o := range objects(u) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "only for the event's day") {
				said = l.Text
			}
		}
		if !strings.Contains(said, e.Title) || !strings.Contains(said, formatDate(liaison.Day(2026, 12, 1))) {
			t.Errorf("the window said %q, want the event and its day", said)
		}
	})
}

// TestMarkPlannedAsInvitedUndo marks the planned invitations sent and
// takes it back with Edit › Undo.
func TestMarkPlannedAsInvitedUndo(t *testing.T) {
	u, s := newTestUI(t)
	e, amb, _ := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(10, 0), liaison.Planned)
	before := invitationOf(t, s, e.ID, amb.ID)
	test.Tap(u.events.page.markInvited)
	tapButton(t, u, "Mark")
	if inv := invitationOf(t, s, e.ID, amb.ID); inv.Status != liaison.Invited || inv.Sent != liaison.Day(2026, 11, 24) {
		t.Fatalf("after marking: %+v", inv)
	}
	if !u.status.undo.Visible() || !strings.Contains(u.status.undo.Text, "2 invitations") {
		t.Errorf("the undo button = %q (visible %v)", u.status.undo.Text, u.status.undo.Visible())
	}
	u.onUndo()
	u.tasks.wait()
	before.Version += 2 // the change and its undo
	if inv := invitationOf(t, s, e.ID, amb.ID); inv != before {
		t.Errorf("after undo: %+v, want %+v", inv, before)
	}
	if rows := u.events.page.invitees.rows; len(rows) != 2 || rows[0].Invitation.Status != liaison.Planned {
		t.Errorf("the page shows %+v after undo", rows)
	}
}

// TestRecordAttendanceOnTheDayUndo records who came on the event's day
// and takes it back with Edit › Undo.
func TestRecordAttendanceOnTheDayUndo(t *testing.T) {
	u, s := newTestUI(t)
	e, amb, counsellor := embassyEvent(t, u, s, liaison.DateOf(testNow()).At(18, 0), liaison.Invited)
	ctx := context.Background()
	if err := s.SetReply(ctx, e.ID, amb.ID, liaison.Accepted, 0); err != nil {
		t.Fatal(err)
	}
	u.events.page.reload()
	u.tasks.wait()
	p := u.events.page
	if p.attendance.Disabled() || p.attendanceWhy.Visible() {
		t.Fatal("Record attendance is not offered on the event's day")
	}
	before := invitationOf(t, s, e.ID, amb.ID)
	test.Tap(p.attendance)
	tapButton(t, u, "Save")
	if inv := invitationOf(t, s, e.ID, amb.ID); inv.Status != liaison.Attended {
		t.Fatalf("after recording: %s, want attended", inv.Status)
	}
	if inv := invitationOf(t, s, e.ID, counsellor.ID); inv.Status != liaison.Invited {
		t.Errorf("the counsellor, invited and not ticked: %s, want invited", inv.Status)
	}
	u.onUndo()
	u.tasks.wait()
	before.Version += 2 // the change and its undo
	if inv := invitationOf(t, s, e.ID, amb.ID); inv != before {
		t.Errorf("after undo: %+v, want %+v", inv, before)
	}

	t.Run("a deputy named on the day came", func(t *testing.T) {
		// The counsellor has no colleague but the ambassador, who is on
		// the list himself: name him as the counsellor's deputy.
		cell(t, u, counsellor.ID, colDeputy).sel.SetSelected(amb.FullName())
		u.tasks.wait()
		if inv := invitationOf(t, s, e.ID, counsellor.ID); inv.Status != liaison.Attended || inv.RepresentedBy != amb.ID {
			t.Errorf("invitation = %+v, want attended, represented by the ambassador", inv)
		}
	})
}
