package store

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"liaison/internal/liaison"
)

// Check-in at the door: a badge's QR code or a few letters of a name mark
// a guest attended at once, as the event's record.

// badgePrefix starts the text of a badge's QR code:
// LIAISON-INV:<event id>:<person id>.
const badgePrefix = "LIAISON-INV:"

// BadgeCode returns the text of the QR code on the badge of a person
// invited to an event, as a scanner types it.
func BadgeCode(eventID, personID int64) string {
	return badgePrefix + strconv.FormatInt(eventID, 10) + ":" + strconv.FormatInt(personID, 10)
}

// ruLayout maps what a keyboard set to Russian (ЙЦУКЕН) or Kazakh types
// for the keys of a badge's code back to the Latin keys: a USB scanner
// sends keys, not letters, so on a laptop left in Russian
// "LIAISON-INV:3:53" arrives as "ДШФШЫЩТ-ШТМЖ3Ж53", and in Kazakh, whose
// number row types letters (1 " 2 ә 3 і 4 ң 5 ғ 6 , 7 . 8 ү 9 ұ 0 қ - ө),
// as "ДШФШЫЩТөШТМЖіЖғі".
var ruLayout = strings.NewReplacer("Д", "L", "Ш", "I", "Ф", "A", "Ы", "S", "Щ", "O", "Т", "N", "М", "V", "Ж", ":",
	"д", "L", "ш", "I", "ф", "A", "ы", "S", "щ", "O", "т", "N", "м", "V", "ж", ":",
	// Kazakh: the number row and the minus key, in either case.
	`"`, "1", "ә", "2", "Ә", "2", "і", "3", "І", "3", "ң", "4", "Ң", "4", "ғ", "5", "Ғ", "5",
	",", "6", ".", "7", "ү", "8", "Ү", "8", "ұ", "9", "Ұ", "9", "қ", "0", "Қ", "0", "ө", "-", "Ө", "-")

// ParseBadgeCode reads the text of a badge's QR code (see BadgeCode),
// also as typed by a scanner on a keyboard set to Russian or Kazakh, with any case
// and spaces around it. ok is false for any other text.
func ParseBadgeCode(text string) (eventID, personID int64, ok bool) {
	s := strings.ToUpper(ruLayout.Replace(strings.TrimSpace(text)))
	rest, found := strings.CutPrefix(s, badgePrefix)
	if !found {
		return 0, 0, false
	}
	ev, pers, found := strings.Cut(rest, ":")
	if !found {
		return 0, 0, false
	}
	eventID, err1 := strconv.ParseInt(ev, 10, 64)
	personID, err2 := strconv.ParseInt(pers, 10, 64)
	if err1 != nil || err2 != nil || eventID <= 0 || personID <= 0 {
		return 0, 0, false
	}
	return eventID, personID, true
}

// LooksLikeBadgeCode reports whether text is the beginning of a badge's
// code as a scanner types it, so that a screen does not search names for
// it while it is still coming in.
func LooksLikeBadgeCode(text string) bool {
	// "LIAISON-" first: no name starts so, and "Lia" may be Liang.
	const start = len("LIAISON-")
	s := strings.ToUpper(ruLayout.Replace(strings.TrimSpace(text)))
	if len(s) < start {
		return false
	}
	if len(s) < len(badgePrefix) {
		return strings.HasPrefix(badgePrefix, s)
	}
	return strings.HasPrefix(s, badgePrefix)
}

// An Arrival is what checking a guest in did.
type Arrival struct {
	// Invitation is the invitation as stored after the check-in.
	Invitation liaison.Invitation
	// Before is the invitation as it was, at the version the check-in
	// left, for undoing it with RestoreInvitations; zero when Already.
	Before liaison.Invitation
	// Already is set when the guest had arrived before: nothing changed.
	Already bool
	// At is when the guest arrived: now, or for Already the time the
	// history has (zero when it does not say).
	At time.Time
}

// checkInTries is how often CheckIn reads the invitation again when
// someone else changed it between the read and the write: arriving is
// the same whoever else wrote meanwhile.
const checkInTries = 3

// CheckIn marks a person on an event's list attended, at once, with
// deputyID (when not 0) as who came instead, of the same mission. A
// deputy announced with the reply is kept when deputyID is 0. A guest
// already attended (with that deputy, when one is named) is left as they
// are and Already is set. Someone not on the list is liaison.ErrNotFound;
// before the event's day a *liaison.TooEarlyError. An invitation changed
// meanwhile by someone else (another door) is read again and the
// check-in applied to it.
func (s *Store) CheckIn(ctx context.Context, eventID, personID, deputyID int64) (Arrival, error) {
	var a Arrival
	var err error
	for range checkInTries {
		a, err = s.checkIn(ctx, eventID, personID, deputyID)
		if !errors.Is(err, ErrConflict) {
			break
		}
	}
	return a, err
}

func (s *Store) checkIn(ctx context.Context, eventID, personID, deputyID int64) (a Arrival, err error) {
	err = s.Update(ctx, func(tx *Tx) error {
		a = Arrival{}
		e, err := event(tx.ctx, tx.tx, eventID)
		if err != nil {
			return err
		}
		inv, err := invitation(tx.ctx, tx.tx, eventID, personID)
		if err != nil {
			return err
		}
		if inv.Status == liaison.Attended && (deputyID == 0 || deputyID == inv.RepresentedBy) {
			a.Already, a.Invitation = true, inv
			at, err := arrivals(tx.ctx, tx.tx, eventID, personID)
			a.At = at[personID]
			return err
		}
		if err := tx.checkStatusDay(eventID, liaison.Attended); err != nil {
			return err
		}
		before := inv
		if err := inv.SetStatus(liaison.Attended, e.StartsAt, s.today()); err != nil {
			return err
		}
		if deputyID != 0 {
			if deputyID == personID {
				return errors.New("a guest cannot come instead of themselves")
			}
			inv.RepresentedBy = deputyID
		}
		if err := tx.UpdateInvitation(inv); err != nil {
			return err
		}
		before.Version++ // as the check-in left it: see RestoreInvitations
		a.Before = before
		a.Invitation, err = invitation(tx.ctx, tx.tx, eventID, personID)
		a.At = s.now()
		return err
	})
	return a, err
}

// Arrivals returns when each guest of an event who is attended arrived,
// as the history of their invitations says: the change that made them
// attended. A guest recorded before Liaison kept history is missing.
func (s *Store) Arrivals(ctx context.Context, eventID int64) (map[int64]time.Time, error) {
	return arrivals(ctx, s.db, eventID, 0)
}

// arrivals is Arrivals for one person when personID is not 0.
func arrivals(ctx context.Context, q queryer, eventID, personID int64) (map[int64]time.Time, error) {
	where, args := ` WHERE entity = ? AND event_id = ?`, []any{EntityInvitation, eventID}
	if personID != 0 {
		where += ` AND person_id = ?`
		args = append(args, personID)
	}
	cs, err := readChanges(ctx, q, changeQuery+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	out := map[int64]time.Time{}
	for _, c := range cs {
		inv, err := c.Invitation()
		if err != nil {
			return nil, err
		}
		if c.After == "" || inv.Status != liaison.Attended {
			delete(out, c.PersonID)
			continue
		}
		if _, ok := out[c.PersonID]; ok {
			continue // attended before: another field changed
		}
		if at, err := time.Parse(time.RFC3339, c.At); err == nil {
			out[c.PersonID] = at
		}
	}
	return out, nil
}

// FindInvitees returns the rows of an event's list whose invitee's name,
// or the name of who came instead, holds a word starting with each word
// of query, in either script (folded as search folds: "ива", "Iva" and
// "Ива" all find Иванов).
func FindInvitees(rows []InvitationRow, query string) []InvitationRow {
	words := liaison.SearchWords(query)
	if len(words) == 0 {
		return nil
	}
	var out []InvitationRow
	for _, r := range rows {
		p := r.Placed.Person
		key := strings.Fields(liaison.Fold(strings.Join([]string{p.FullName(), p.AltName,
			r.RepresentedBy.FullName(), r.RepresentedBy.AltName}, " ")))
		if startsAll(key, words) {
			out = append(out, r)
		}
	}
	return out
}

// startsAll reports whether each of words starts some word of key.
func startsAll(key, words []string) bool {
	for _, w := range words {
		found := false
		for _, k := range key {
			if strings.HasPrefix(k, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// A CheckInCount says at a glance how the door is doing.
type CheckInCount struct {
	Expected int // invited or accepted, and those of them arrived
	Arrived  int // attended, in person or represented
	Deputies int // attended through someone who came instead
	ToCome   int // invited or accepted, not yet arrived
}

// CountArrivals counts an event's list for the door: the invitees
// expected (invited, without reply, or accepted, and everyone arrived),
// those arrived, those represented by a deputy, those still to come.
func CountArrivals(rows []InvitationRow) CheckInCount {
	var c CheckInCount
	for _, r := range rows {
		switch r.Invitation.Status {
		case liaison.Attended:
			c.Arrived++
			if r.Invitation.RepresentedBy != 0 {
				c.Deputies++
			}
		case liaison.Invited, liaison.NoReply, liaison.Accepted:
			c.ToCome++
		}
	}
	c.Expected = c.Arrived + c.ToCome
	return c
}
