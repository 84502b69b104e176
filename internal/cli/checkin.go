package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// runCheckin marks guests attended at the door: each argument is the text
// of a badge's QR code or a few letters of a name that finds one invitee.
// It prints a line for each and fails when any was not checked in.
func runCheckin(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("checkin")
	var eventID, deputyID int64
	fs.Func("event", "", func(s string) (err error) { eventID, err = parseID(s); return err })
	fs.Func("deputy", "", func(s string) (err error) { deputyID, err = parseID(s); return err })
	given, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := requireID("checkin", "event", eventID); err != nil {
		return err
	}
	if len(given) == 0 {
		return errors.New("checkin needs a badge's code (LIAISON-INV:EVENT:PERSON) or a name of a guest")
	}
	if deputyID != 0 && len(given) != 1 {
		return errors.New("checkin --deputy is for one absent guest at a time")
	}
	c.s.SetClock(c.now)
	rows, err := c.s.Invitations(ctx, eventID)
	if err != nil {
		return err
	}
	failed := 0
	for _, arg := range given {
		line, ok, err := c.checkInOne(ctx, eventID, rows, arg, deputyID)
		if err != nil {
			return err
		}
		if !ok {
			failed++
		}
		if _, err := fmt.Fprintln(c.stdout, line); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d not checked in", failed, len(given))
	}
	return nil
}

// checkInOne checks in the guest arg names and says how it went; ok is
// false when nobody was checked in (an unknown code, no or several
// matches). err is for what stops the whole run (the database).
func (c *cmdContext) checkInOne(ctx context.Context, eventID int64, rows []store.InvitationRow, arg string, deputyID int64) (line string, ok bool, err error) {
	var row store.InvitationRow
	if ev, person, isCode := store.ParseBadgeCode(arg); isCode {
		if ev != eventID {
			return fmt.Sprintf("not on the list: %s is a badge of event %d, not of event %d", arg, ev, eventID), false, nil
		}
		found := false
		for _, r := range rows {
			if r.Invitation.PersonID == person {
				row, found = r, true
			}
		}
		if !found {
			return fmt.Sprintf("not on the list: %s (person %d is not invited to event %d)", arg, person, eventID), false, nil
		}
	} else {
		matches := store.FindInvitees(rows, arg)
		switch len(matches) {
		case 0:
			return fmt.Sprintf("not on the list: nobody named %q", arg), false, nil
		case 1:
			row = matches[0]
		default:
			names := make([]string, len(matches))
			for i, m := range matches {
				names[i] = fmt.Sprintf("%s (%s, person %d)", m.Placed.Person.FullName(), c.missionOf(m), m.Invitation.PersonID)
			}
			return fmt.Sprintf("ambiguous: %q: %s", arg, strings.Join(names, "; ")), false, nil
		}
	}
	a, err := c.s.CheckIn(ctx, eventID, row.Invitation.PersonID, deputyID)
	var early *liaison.TooEarlyError
	switch {
	case errors.As(err, &early), errors.Is(err, liaison.ErrInvalid):
		return fmt.Sprintf("not checked in: %s: %v", row.Placed.Person.FullName(), err), false, nil
	case err != nil:
		return "", false, err
	}
	who := fmt.Sprintf("%s (%s)", row.Placed.Person.FullName(), c.missionOf(row))
	if id := a.Invitation.RepresentedBy; id != 0 {
		deputy, err := c.s.Person(ctx, id)
		if err != nil {
			return "", false, err
		}
		who = fmt.Sprintf("%s instead of %s", deputy.FullName(), who)
	}
	if a.Already {
		return "already arrived: " + who + arrivedAt(a.At, c.now()), true, nil
	}
	return "arrived: " + who + arrivedAt(a.At, c.now()), true, nil
}

// missionOf names the mission of an invitee in the locale's language.
func (c *cmdContext) missionOf(r store.InvitationRow) string {
	if r.Placed.Mission.ID == 0 {
		return "no mission"
	}
	return r.Placed.Mission.DisplayNameIn(string(c.lang))
}

// arrivedAt says when: " at 18:04" today, " at 18:04 on 02.12.2026"
// another day, nothing when unknown.
func arrivedAt(at, now time.Time) string {
	if at.IsZero() {
		return ""
	}
	at = at.In(now.Location())
	if liaison.DateOf(at) == liaison.DateOf(now) {
		return " at " + at.Format("15:04")
	}
	return " at " + at.Format("15:04 on 02.01.2006")
}
