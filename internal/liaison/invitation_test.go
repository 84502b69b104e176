package liaison

import (
	"errors"
	"testing"
)

func TestCheckStatusDay(t *testing.T) {
	event := Day(2026, 12, 10).At(10, 0)
	before, on, after := Day(2026, 12, 3), Day(2026, 12, 10), Day(2026, 12, 11)
	tests := []struct {
		name   string
		status Status
		today  Date
		ok     bool
	}{
		{"accepted a week before", Accepted, before, true},
		{"declined a week before", Declined, before, true},
		{"invited a week before", Invited, before, true},
		{"attended a week before", Attended, before, false},
		{"no-show a week before", NoShow, before, false},
		{"attended on the day, before it starts", Attended, on, true},
		{"no-show on the day", NoShow, on, true},
		{"attended the day after", Attended, after, true},
		{"no-show the day after", NoShow, after, true},
		{"attended, the event's day unknown", Attended, before, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			day := event
			if tc.name == "attended, the event's day unknown" {
				day = Date{}
			}
			err := CheckStatusDay(tc.status, day, tc.today)
			if got := err == nil; got != tc.ok {
				t.Fatalf("CheckStatusDay(%s, %s, %s) = %v, want ok %v", tc.status, day, tc.today, err, tc.ok)
			}
			if got, want := AttendanceOpen(day, tc.today), tc.today != before || day.IsZero(); got != want {
				t.Errorf("AttendanceOpen = %v, want %v", got, want)
			}
			if err == nil {
				return
			}
			var early *TooEarlyError
			if !errors.As(err, &early) || !errors.Is(err, ErrInvalid) || early.EventDay != Day(2026, 12, 10) {
				t.Errorf("error %#v is no TooEarlyError for 10.12.2026 matching ErrInvalid", err)
			}
		})
	}
}

func TestTooEarlyErrorText(t *testing.T) {
	err := &TooEarlyError{Status: Attended, EventDay: Day(2026, 12, 10), Event: "Briefing on the annual report"}
	if got, want := err.Error(), "Attended is only for the event's day or later; Briefing on the annual report is on 10.12.2026"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	err.Event = ""
	if got, want := err.Error(), "Attended is only for the event's day or later; the event is on 10.12.2026"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDeputyStatus(t *testing.T) {
	event := Day(2026, 12, 10).At(10, 0)
	before, on := Day(2026, 12, 3), Day(2026, 12, 10)
	tests := []struct {
		status Status
		today  Date
		want   Status
	}{
		{Invited, before, Accepted},
		{Planned, before, Accepted},
		{NoReply, before, Accepted},
		{Declined, before, Accepted},
		{Accepted, before, Accepted},
		{Attended, before, Accepted}, // no attended before the day
		{Invited, on, Attended},
		{Declined, on, Attended},
		{NoShow, on, Attended},
		{Accepted, on, Accepted},
		{Attended, on, Attended},
	}
	for _, tc := range tests {
		name := string(tc.status) + " before the day"
		if tc.today == on {
			name = string(tc.status) + " on the day"
		}
		t.Run(name, func(t *testing.T) {
			if got := DeputyStatus(tc.status, event, tc.today); got != tc.want {
				t.Errorf("DeputyStatus(%s) = %s, want %s", tc.status, got, tc.want)
			}
		})
	}
}

func TestInvitationSetStatus(t *testing.T) {
	event := Day(2026, 12, 10).At(10, 0)
	today := Day(2026, 12, 3)
	tests := []struct {
		name     string
		from     Invitation
		status   Status
		want     Invitation
		tooEarly bool
	}{
		{"planned to accepted dates sending and answer", Invitation{Status: Planned}, Accepted,
			Invitation{Status: Accepted, Sent: today, Answered: today}, false},
		{"invited to declined keeps the sent date", Invitation{Status: Invited, Sent: Day(2026, 11, 20)}, Declined,
			Invitation{Status: Declined, Sent: Day(2026, 11, 20), Answered: today}, false},
		{"planned to invited dates only the sending", Invitation{Status: Planned}, Invited,
			Invitation{Status: Invited, Sent: today}, false},
		{"a known answer keeps its date", Invitation{Status: Declined, Sent: Day(2026, 11, 20), Answered: Day(2026, 11, 21)}, Accepted,
			Invitation{Status: Accepted, Sent: Day(2026, 11, 20), Answered: Day(2026, 11, 21)}, false},
		{"declined drops the deputy", Invitation{Status: Accepted, RepresentedBy: 7, Sent: today, Answered: today}, Declined,
			Invitation{Status: Declined, Sent: today, Answered: today}, false},
		{"attended before the day is refused", Invitation{Status: Accepted, RepresentedBy: 7}, Attended,
			Invitation{Status: Accepted, RepresentedBy: 7}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv := tc.from
			err := inv.SetStatus(tc.status, event, today)
			if got := errors.Is(err, ErrInvalid); got != tc.tooEarly {
				t.Fatalf("SetStatus = %v, want refused %v", err, tc.tooEarly)
			}
			if inv != tc.want {
				t.Errorf("invitation = %+v, want %+v", inv, tc.want)
			}
		})
	}
}

func TestInvitationSetDeputy(t *testing.T) {
	event := Day(2026, 12, 10).At(10, 0)
	t.Run("a deputy named a week before makes an invited row accepted", func(t *testing.T) {
		inv := Invitation{Status: Invited, Sent: Day(2026, 11, 24)}
		inv.SetDeputy(7, event, Day(2026, 12, 3))
		if inv.Status != Accepted || inv.RepresentedBy != 7 || inv.Answered != Day(2026, 12, 3) {
			t.Errorf("invitation = %+v, want accepted, answered today, represented by 7", inv)
		}
	})
	t.Run("a deputy named after the event came", func(t *testing.T) {
		inv := Invitation{Status: Invited, Sent: Day(2026, 11, 24)}
		inv.SetDeputy(7, event, Day(2026, 12, 11))
		if inv.Status != Attended || inv.RepresentedBy != 7 {
			t.Errorf("invitation = %+v, want attended, represented by 7", inv)
		}
	})
	t.Run("nobody keeps the status", func(t *testing.T) {
		inv := Invitation{Status: Accepted, RepresentedBy: 7}
		inv.SetDeputy(0, event, Day(2026, 12, 3))
		if inv.Status != Accepted || inv.RepresentedBy != 0 {
			t.Errorf("invitation = %+v, want accepted by nobody", inv)
		}
	})
}

func TestCheckEventStatus(t *testing.T) {
	e := Event{Title: "Briefing on the annual report", StartsAt: Day(2026, 12, 10).At(10, 0)}
	err := CheckEventStatus(NoShow, e, Day(2026, 12, 3))
	if want := "No-show is only for the event's day or later; Briefing on the annual report is on 10.12.2026"; err == nil || err.Error() != want {
		t.Errorf("CheckEventStatus = %v, want %q", err, want)
	}
	if err := CheckEventStatus(Accepted, e, Day(2026, 12, 3)); err != nil {
		t.Errorf("accepted a week before: %v", err)
	}
}
