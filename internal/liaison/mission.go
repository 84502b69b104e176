package liaison

import "strings"

// A MissionKind says what sort of body a mission is.
type MissionKind string

// The kinds of mission.
const (
	Embassy                MissionKind = "embassy"
	Consulate              MissionKind = "consulate"
	InternationalOrgOffice MissionKind = "international_organisation"
	GovernmentBody         MissionKind = "government"
	OtherMission           MissionKind = "other"
)

// MissionKinds lists every kind in the order menus show them.
var MissionKinds = []MissionKind{Embassy, Consulate, InternationalOrgOffice, GovernmentBody, OtherMission}

// Label returns the kind in plain English.
func (k MissionKind) Label() string {
	switch k {
	case Embassy:
		return "Embassy"
	case Consulate:
		return "Consulate"
	case InternationalOrgOffice:
		return "International organisation"
	case GovernmentBody:
		return "Government body"
	case OtherMission:
		return "Other"
	}
	return string(k)
}

// ParseMissionKind reads a kind from its code or its label.
func ParseMissionKind(s string) (MissionKind, error) {
	return parseEnum("kind of mission", s, MissionKinds)
}

// HasCountry reports whether missions of the kind represent a state and so
// must name its country.
func (k MissionKind) HasCountry() bool { return k == Embassy || k == Consulate }

// A Mission is a body the office deals with: an embassy, a consulate, an
// international organisation's office, a government body or another.
type Mission struct {
	ID        int64
	Kind      MissionKind
	Country   string // ISO 3166-1 alpha-2, upper case; empty for organisations
	Name      string // official name, e.g. "Embassy of the Federal Republic of Germany"
	ShortName string // e.g. "Germany"
	// The mission's names in English, Russian and Kazakh where known, as
	// the officer typed them or an import in that language gave them;
	// Name and ShortName stand for a language without one (see NameIn).
	NameEn, ShortEn string
	NameRu, ShortRu string
	NameKk, ShortKk string
	// NonResident is set for a mission accredited from abroad; ResidentIn
	// then names the city it works from.
	NonResident bool
	ResidentIn  string
	Address     string
	Phones      []string
	Email       string
	Website     string
	NationalDay MonthDay
	Notes       string
	Archived    bool
	// Version is the version of the stored record this value was read
	// at: a save applies only while the record still has it (see
	// store.ConflictError); 0 saves over whatever is stored. It is not a
	// field of the record and stays out of its history.
	Version int64 `json:"-"`
}

// DisplayName returns the short name when there is one, else the official
// name.
func (m Mission) DisplayName() string {
	if m.ShortName != "" {
		return m.ShortName
	}
	return m.Name
}

// Validate checks the mission and returns Problems naming each bad field.
func (m Mission) Validate() error {
	var ps Problems
	if !isMember(m.Kind, MissionKinds) {
		ps.add("Kind", "is not a kind of mission", string(m.Kind))
	}
	if strings.TrimSpace(m.Name) == "" {
		ps.add("Name", "is required")
	}
	switch {
	case m.Country == "" && m.Kind.HasCountry():
		ps.add("Country", "is required for this kind of mission")
	case m.Country != "" && !ValidCountry(m.Country):
		ps.add("Country", "is not an ISO 3166 country code such as DE or KZ", m.Country)
	}
	if m.NonResident && strings.TrimSpace(m.ResidentIn) == "" {
		ps.add("Resident in", "is required for a non-resident mission (the city it is accredited from)")
	}
	if m.Email != "" && !validEmail(m.Email) {
		ps.add("Email", "is not an email address", m.Email)
	}
	if !m.NationalDay.IsZero() && !m.NationalDay.Valid() {
		ps.add("National day", "is not a day of the year", m.NationalDay.String())
	}
	checkPhones(&ps, m.Phones)
	return ps.err()
}

// validEmail reports whether s is a bare address such as a.b@example.org:
// one @, something before it, a domain with a dot after it, and none of
// the characters that mean a display name or a list ("Ivan <i@x.org>",
// "a@x.org, b@y.org"). It is deliberately simpler than RFC 5322, and fast:
// an import checks every address of every card.
func validEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') || strings.ContainsAny(s, " \t<>,;:\"()[]\\") {
		return false
	}
	domain := s[at+1:]
	dot := strings.LastIndexByte(domain, '.')
	return dot > 0 && dot < len(domain)-1 && !strings.Contains(domain, "..")
}

// checkPhones accepts a phone number written any way officers write them
// ("+7 (7172) 55-12-34 ext. 201", "1-800-FLOWERS") as long as it dials at
// least five digits and is not an email address typed into the wrong
// field.
func checkPhones(ps *Problems, phones []string) {
	for _, p := range phones {
		digits := dialled(p)
		switch {
		case strings.Contains(p, "@"):
			ps.add("Phone", "is an email address, not a phone number", p)
			return
		case digits < 5:
			ps.add("Phone", "needs at least five digits", p)
			return
		}
	}
}

// checkEmails validates each address of a list.
func checkEmails(ps *Problems, emails []string) {
	for _, e := range emails {
		if !validEmail(e) {
			ps.add("Email", "is not an email address", e)
			return
		}
	}
}

// Valid reports whether the value is one of MissionKinds.
func (v MissionKind) Valid() bool { return isMember(v, MissionKinds) }
