package liaison

import "fmt"

// A Status is where an invitation stands.
type Status string

// The statuses of an invitation, in the order they usually happen.
const (
	Planned  Status = "planned"  // on the list, not sent yet
	Invited  Status = "invited"  // sent, no answer yet
	Accepted Status = "accepted" // will come
	Declined Status = "declined" // will not come
	NoReply  Status = "no_reply" // the deadline passed without an answer
	Attended Status = "attended" // came (or sent RepresentedBy); from the event's day on
	NoShow   Status = "no_show"  // accepted but did not come; from the event's day on
)

// Statuses lists every status in the order menus show them.
var Statuses = []Status{Planned, Invited, Accepted, Declined, NoReply, Attended, NoShow}

// Label returns the status in plain English.
func (s Status) Label() string {
	switch s {
	case Planned:
		return "Planned"
	case Invited:
		return "Invited"
	case Accepted:
		return "Accepted"
	case Declined:
		return "Declined"
	case NoReply:
		return "No reply"
	case Attended:
		return "Attended"
	case NoShow:
		return "No-show"
	}
	return string(s)
}

// ParseStatus reads a status from its code or its label.
func ParseStatus(s string) (Status, error) { return parseEnum("status", s, Statuses) }

// Sent reports whether the invitation has gone out: every status but
// Planned.
func (s Status) Sent() bool { return s != Planned && s != "" }

// AllowsDeputy reports whether an invitation of this status can name
// someone who comes instead: one accepted (the deputy will come) or
// attended (the deputy came).
func (s Status) AllowsDeputy() bool { return s == Accepted || s == Attended }

// Answered reports whether the status is a reply (accepted or declined).
func (s Status) Answered() bool { return s == Accepted || s == Declined }

// SaysWhoCame reports whether the status records the event itself
// (attended or no-show) rather than the invitation and its reply.
func (s Status) SaysWhoCame() bool { return s == Attended || s == NoShow }

// AttendanceOpen reports whether who came can be recorded for an event
// on the day event, today being today: from the event's day on. An
// unknown day of the event does not hold attendance back.
func AttendanceOpen(event, today Date) bool {
	return event.IsZero() || event.DayOnly().Compare(today.DayOnly()) <= 0
}

// CheckStatusDay returns a *TooEarlyError when an invitation to an event
// on the day event cannot take the status s today: attended and no-show
// exist only from the event's day on.
func CheckStatusDay(s Status, event, today Date) error {
	if s.SaysWhoCame() && !AttendanceOpen(event, today) {
		return &TooEarlyError{Status: s, EventDay: event.DayOnly()}
	}
	return nil
}

// CheckEventStatus is CheckStatusDay for the event e, its error naming
// the event.
func CheckEventStatus(s Status, e Event, today Date) error {
	err := CheckStatusDay(s, e.StartsAt, today)
	if early, ok := err.(*TooEarlyError); ok {
		early.Event = e.Title
	}
	return err
}

// DeputyStatus returns the status an invitation of status s takes when
// someone is named to come in the invitee's place: before the event's
// day accepted (the deputy will come); from then on its own when it
// allows a deputy, else attended (the deputy came).
func DeputyStatus(s Status, event, today Date) Status {
	switch {
	case !AttendanceOpen(event, today):
		return Accepted
	case s.AllowsDeputy():
		return s
	}
	return Attended
}

// A TooEarlyError reports a status that says who came (attended,
// no-show) given before the event's day. It matches ErrInvalid.
type TooEarlyError struct {
	Status   Status
	EventDay Date   // the day of the event
	Event    string // the event's title; "" when the message says "the event"
}

// Error says what was refused and when the event is: "Attended is only
// for the event's day or later; Briefing is on 10.12.2026".
func (e *TooEarlyError) Error() string {
	event := "the event"
	if e.Event != "" {
		event = e.Event
	}
	return fmt.Sprintf("%s is only for the event's day or later; %s is on %s", e.Status.Label(), event, e.EventDay.DMY())
}

// Is reports whether target is ErrInvalid.
func (e *TooEarlyError) Is(target error) bool { return target == ErrInvalid }

// A Channel is how an invitation was sent.
type Channel string

// The channels.
const (
	NoteVerbale Channel = "note_verbale"
	Letter      Channel = "letter"
	Email       Channel = "email"
	Phone       Channel = "phone"
)

// Channels lists every channel in the order menus show them.
var Channels = []Channel{NoteVerbale, Letter, Email, Phone}

// Label returns the channel in plain English.
func (c Channel) Label() string {
	switch c {
	case NoteVerbale:
		return "Note verbale"
	case Letter:
		return "Letter"
	case Email:
		return "Email"
	case Phone:
		return "Phone"
	}
	return string(c)
}

// ParseChannel reads a channel from its code or its label.
func ParseChannel(s string) (Channel, error) { return parseEnum("channel", s, Channels) }

// An Invitation puts one person on one event's list. There is at most one
// per person per event.
type Invitation struct {
	ID       int64
	EventID  int64
	PersonID int64
	Status   Status
	// ForTwo is set for an invitation for the guest with a spouse or a
	// companion: two people come on it.
	ForTwo bool
	// RepresentedBy is another person of the same mission who came
	// instead; 0 when nobody did.
	RepresentedBy int64
	Channel       Channel // empty until sent
	Sent          Date
	Answered      Date
	Note          string
	// Version is the version of the stored record this value was read
	// at: a save applies only while the record still has it (see
	// store.ConflictError); 0 saves over whatever is stored. It is not a
	// field of the record and stays out of its history.
	Version int64 `json:"-"`
}

// Guests returns how many people the invitation is for: 2 for two, else 1.
func (inv Invitation) Guests() int {
	if inv.ForTwo {
		return 2
	}
	return 1
}

// SetStatus gives the invitation the status s on the day today, for an
// event on the day event, as a reply or attendance is recorded in the
// window, from the command line or from a returned list: the sending and
// the answer are dated today where not yet known, and a status that
// allows no deputy drops the deputy. Attended and no-show before the
// event's day are refused with a *TooEarlyError, the invitation
// unchanged.
func (inv *Invitation) SetStatus(s Status, event, today Date) error {
	if err := CheckStatusDay(s, event, today); err != nil {
		return err
	}
	inv.Status = s
	if s.Sent() && inv.Sent.IsZero() {
		inv.Sent = today
	}
	if s.Answered() && inv.Answered.IsZero() {
		inv.Answered = today
	}
	if !s.AllowsDeputy() {
		inv.RepresentedBy = 0
	}
	return nil
}

// SetDeputy names who comes in the invitee's place (0 for nobody) and
// gives the invitation the status that goes with a deputy (see
// DeputyStatus): naming one before the event's day makes it accepted.
func (inv *Invitation) SetDeputy(personID int64, event, today Date) {
	if personID != 0 {
		// DeputyStatus respects the event's day, so SetStatus accepts it.
		_ = inv.SetStatus(DeputyStatus(inv.Status, event, today), event, today)
	}
	inv.RepresentedBy = personID
}

// Validate checks the invitation and returns Problems naming each bad
// field. That RepresentedBy belongs to the same mission is checked by the
// store, which knows the missions.
func (inv Invitation) Validate() error {
	var ps Problems
	if inv.EventID == 0 {
		ps.add("Event", "is required")
	}
	if inv.PersonID == 0 {
		ps.add("Person", "is required")
	}
	if !isMember(inv.Status, Statuses) {
		ps.add("Status", "is not a status", string(inv.Status))
	}
	if inv.Channel != "" && !isMember(inv.Channel, Channels) {
		ps.add("Channel", "is not a channel", string(inv.Channel))
	}
	switch {
	case inv.RepresentedBy == 0:
	case inv.RepresentedBy == inv.PersonID:
		ps.add("Represented by", "cannot be the invitee")
	case !inv.Status.AllowsDeputy():
		ps.add("Represented by", "is only for an accepted or attended invitation")
	}
	if !inv.Sent.IsZero() && !inv.Answered.IsZero() && inv.Answered.Compare(inv.Sent) < 0 {
		ps.add("Answered", "is before the invitation was sent")
	}
	return ps.err()
}

// Valid reports whether the value is one of Statuses.
func (v Status) Valid() bool { return isMember(v, Statuses) }

// Valid reports whether the value is one of Channels.
func (v Channel) Valid() bool { return isMember(v, Channels) }
