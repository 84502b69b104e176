package liaison

import (
	"slices"
	"strings"
)

// A FieldMerge is what merging a duplicate into a record does with one
// field: it fills an empty field of the surviving record, adds values
// to a list (emails, phones, languages), or keeps the survivor's value
// where the duplicate held another.
type FieldMerge struct {
	Field string // the Go field name, as the change history has it: "Position", "Emails"
	// Value is what the survivor gets: the filled value, or the list
	// values added, joined with ", ". For a kept field it is the
	// duplicate's value, which is lost (the history keeps it).
	Value string
	Kept  bool
}

// MergePerson merges the duplicate from into the person into, who
// survives: into's values win; from fills into's empty fields and adds
// the emails, phones and languages into lacks. Into keeps its ID, UID,
// mission (unless it has none), head flag, departure and archive state:
// the caller decides about headship, which depends on the mission. Dates
// are filled only where they keep the record valid (a posting end before
// its start is left out).
func MergePerson(into, from Person) (Person, []FieldMerge) {
	m := into
	var out []FieldMerge
	text := func(field string, dst *string, v string) {
		v = strings.TrimSpace(v)
		switch {
		case v == "" || Fold(v) == Fold(*dst):
		case strings.TrimSpace(*dst) == "":
			*dst = v
			out = append(out, FieldMerge{Field: field, Value: v})
		default:
			out = append(out, FieldMerge{Field: field, Value: v, Kept: true})
		}
	}
	text("FamilyName", &m.FamilyName, from.FamilyName)
	text("GivenName", &m.GivenName, from.GivenName)
	text("MiddleName", &m.MiddleName, from.MiddleName)
	text("AltName", &m.AltName, from.AltName)
	text("Salutation", &m.Salutation, from.Salutation)
	text("Suffix", &m.Suffix, from.Suffix)
	text("Position", &m.Position, from.Position)
	text("Address", &m.Address, from.Address)
	text("Spouse", &m.Spouse, from.Spouse)
	text("Notes", &m.Notes, from.Notes)
	rank := string(m.Rank)
	text("Rank", &rank, string(from.Rank))
	m.Rank = Rank(rank)
	switch {
	case from.MissionID == 0 || from.MissionID == m.MissionID:
	case m.MissionID == 0:
		m.MissionID = from.MissionID
		out = append(out, FieldMerge{Field: "MissionID"})
	default: // Value is the mission's name, which the caller knows
		out = append(out, FieldMerge{Field: "MissionID", Kept: true})
	}
	dates := []struct {
		field string
		dst   *Date
		v     Date
	}{
		{"Agrement", &m.Agrement, from.Agrement},
		{"Credentials", &m.Credentials, from.Credentials},
		{"Notification", &m.Notification, from.Notification},
		{"PostingStart", &m.PostingStart, from.PostingStart},
		{"PostingEnd", &m.PostingEnd, from.PostingEnd},
	}
	for _, d := range dates {
		switch {
		case d.v.IsZero() || d.v.Compare(*d.dst) == 0:
		case d.dst.IsZero():
			*d.dst = d.v
			if m.Validate() != nil { // the filled date contradicts another: leave it
				*d.dst = Date{}
				out = append(out, FieldMerge{Field: d.field, Value: d.v.String(), Kept: true})
				continue
			}
			out = append(out, FieldMerge{Field: d.field, Value: d.v.String()})
		default:
			out = append(out, FieldMerge{Field: d.field, Value: d.v.String(), Kept: true})
		}
	}
	var added []string
	if m.Emails, added = Union(m.Emails, from.Emails, strings.ToLower); len(added) > 0 {
		out = append(out, FieldMerge{Field: "Emails", Value: strings.Join(added, ", ")})
	}
	if m.Phones, added = Union(m.Phones, from.Phones, PhoneKey); len(added) > 0 {
		out = append(out, FieldMerge{Field: "Phones", Value: strings.Join(added, ", ")})
	}
	if m.Languages, added = Union(m.Languages, from.Languages, strings.ToLower); len(added) > 0 {
		out = append(out, FieldMerge{Field: "Languages", Value: strings.Join(added, ", ")})
	}
	return m, out
}

// MergeMission merges the duplicate from into the mission into, which
// survives: into's values win, from fills into's empty fields and adds
// the phones into lacks. Into keeps its ID, kind, residence and archive
// state; a differing kind or country is reported as kept.
func MergeMission(into, from Mission) (Mission, []FieldMerge) {
	m := into
	var out []FieldMerge
	text := func(field string, dst *string, v string) {
		v = strings.TrimSpace(v)
		switch {
		case v == "" || Fold(v) == Fold(*dst):
		case strings.TrimSpace(*dst) == "":
			*dst = v
			out = append(out, FieldMerge{Field: field, Value: v})
		default:
			out = append(out, FieldMerge{Field: field, Value: v, Kept: true})
		}
	}
	kind := string(m.Kind)
	text("Kind", &kind, string(from.Kind))
	text("Country", &m.Country, from.Country)
	text("Name", &m.Name, from.Name)
	text("ShortName", &m.ShortName, from.ShortName)
	text("NameEn", &m.NameEn, from.NameEn)
	text("ShortEn", &m.ShortEn, from.ShortEn)
	text("NameRu", &m.NameRu, from.NameRu)
	text("ShortRu", &m.ShortRu, from.ShortRu)
	text("NameKk", &m.NameKk, from.NameKk)
	text("ShortKk", &m.ShortKk, from.ShortKk)
	if !m.NonResident {
		text("ResidentIn", &m.ResidentIn, from.ResidentIn)
	}
	text("Address", &m.Address, from.Address)
	text("Email", &m.Email, from.Email)
	text("Website", &m.Website, from.Website)
	text("Notes", &m.Notes, from.Notes)
	switch {
	case from.NationalDay.IsZero() || from.NationalDay == m.NationalDay:
	case m.NationalDay.IsZero():
		m.NationalDay = from.NationalDay
		out = append(out, FieldMerge{Field: "NationalDay", Value: from.NationalDay.String()})
	default:
		out = append(out, FieldMerge{Field: "NationalDay", Value: from.NationalDay.String(), Kept: true})
	}
	var added []string
	if m.Phones, added = Union(m.Phones, from.Phones, PhoneKey); len(added) > 0 {
		out = append(out, FieldMerge{Field: "Phones", Value: strings.Join(added, ", ")})
	}
	return m, out
}

// Union appends to have the values of add it lacks, compared by key, and
// returns the result and what it added. Importers and merges add emails,
// phones and languages with it.
func Union(have, add []string, key func(string) string) (out, added []string) {
	out = slices.Clone(have)
	seen := map[string]bool{}
	for _, v := range have {
		seen[key(v)] = true
	}
	for _, v := range add {
		if k := key(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
			added = append(added, v)
		}
	}
	return out, added
}

// PhoneKey is what two phones are compared by: their digits, so that
// "+7 701 555 01 02 (mobile)" and "+77015550102" are one number whatever
// the label and spacing. The letters of a vanity number count as the
// digits of their keys (1-800-MYFAX is 1-800-69329), so that two vanity
// numbers are not taken for one.
func PhoneKey(s string) string {
	number, _ := SplitPhone(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r >= 'a' && r <= 'z':
			return keypad[r-'a']
		case r >= 'A' && r <= 'Z':
			return keypad[r-'A']
		}
		return -1
	}, number)
}

// keypad is the digit of each letter on a telephone's keys.
var keypad = []rune("22233344455566677778889999")

// statusProgress orders statuses by how far an invitation got: a merge
// of two invitations of one person to one event keeps the further one.
var statusProgress = map[Status]int{
	Planned:  1, // on the list only
	Invited:  2, // sent
	NoReply:  3, // sent, and the deadline passed
	Declined: 4, // an answer
	Accepted: 5, // an answer that holds a seat
	NoShow:   6, // accepted, and attendance recorded after the event
	Attended: 7, // came: nothing is known better
}

// Further reports whether an invitation with status s got further than
// one with status t; see KeepInvitation.
func (s Status) Further(t Status) bool { return statusProgress[s] > statusProgress[t] }

// KeepInvitation chooses which of two invitations of the same person (two
// records of them being merged) to one event to keep: the one whose status
// got further, attended > no-show > accepted > declined > no reply >
// invited > planned, and the survivor's on a tie. No-show ranks above
// accepted because it is recorded after the event about someone who had
// accepted: the accepted one is merely older news. Accepted ranks above
// declined because it holds a seat. It reports whether the duplicate's is
// kept.
func KeepInvitation(survivor, duplicate Invitation) (keepDuplicate bool) {
	return duplicate.Status.Further(survivor.Status)
}
