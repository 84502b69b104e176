package liaison

// A Status is where an invitation stands.
type Status string

// The statuses of an invitation, in the order they usually happen.
const (
	Planned  Status = "planned"  // on the list, not sent yet
	Invited  Status = "invited"  // sent, no answer yet
	Accepted Status = "accepted" // will come
	Declined Status = "declined" // will not come
	NoReply  Status = "no_reply" // the deadline passed without an answer
	Attended Status = "attended" // came (or sent RepresentedBy)
	NoShow   Status = "no_show"  // accepted but did not come
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
	// RepresentedBy is another person of the same mission who came
	// instead; 0 when nobody did.
	RepresentedBy int64
	Channel       Channel // empty until sent
	Sent          Date
	Answered      Date
	Note          string
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
