package liaison

import "strings"

// An EventKind says what sort of event it is.
type EventKind string

// The kinds of event.
const (
	Briefing   EventKind = "briefing"
	Meeting    EventKind = "meeting"
	Reception  EventKind = "reception"
	Conference EventKind = "conference"
	OtherEvent EventKind = "other"
)

// EventKinds lists every kind in the order menus show them.
var EventKinds = []EventKind{Briefing, Meeting, Reception, Conference, OtherEvent}

// Label returns the kind in plain English.
func (k EventKind) Label() string {
	switch k {
	case Briefing:
		return "Briefing"
	case Meeting:
		return "Meeting"
	case Reception:
		return "Reception"
	case Conference:
		return "Conference"
	case OtherEvent:
		return "Other"
	}
	return string(k)
}

// ParseEventKind reads a kind from its code or its label.
func ParseEventKind(s string) (EventKind, error) {
	return parseEnum("kind of event", s, EventKinds)
}

// An Event is something the office holds and invites people to.
type Event struct {
	ID       int64
	Title    string
	Kind     EventKind
	StartsAt Date // the day, with the time when known
	Venue    string
	Host     string
	// Partners are who support the event besides the host, as the list
	// prints them after "With the support of": free text, names joined
	// with "; ".
	Partners  string
	RSVPBy    Date
	DressCode string
	Notes     string
	Archived  bool
	// Version is the version of the stored record this value was read
	// at: a save applies only while the record still has it (see
	// store.ConflictError); 0 saves over whatever is stored. It is not a
	// field of the record and stays out of its history.
	Version int64 `json:"-"`
}

// Validate checks the event and returns Problems naming each bad field.
func (e Event) Validate() error {
	var ps Problems
	if strings.TrimSpace(e.Title) == "" {
		ps.add("Title", "is required")
	}
	if !isMember(e.Kind, EventKinds) {
		ps.add("Kind", "is not a kind of event", string(e.Kind))
	}
	if e.StartsAt.IsZero() {
		ps.add("Date", "is required")
	}
	if !e.RSVPBy.IsZero() && !e.StartsAt.IsZero() && e.RSVPBy.DayOnly().Compare(e.StartsAt.DayOnly()) > 0 {
		ps.add("RSVP by", "is after the event")
	}
	return ps.err()
}

// Valid reports whether the value is one of EventKinds.
func (v EventKind) Valid() bool { return isMember(v, EventKinds) }
