package liaison

import (
	"fmt"
	"strings"
)

// A Rank is a diplomatic rank or, for people who hold none, the nearest
// title in the fixed list officers use.
type Rank string

// The ranks.
const (
	Ambassador         Rank = "ambassador"
	Minister           Rank = "minister"
	MinisterCounsellor Rank = "minister_counsellor"
	Counsellor         Rank = "counsellor"
	FirstSecretary     Rank = "first_secretary"
	SecondSecretary    Rank = "second_secretary"
	ThirdSecretary     Rank = "third_secretary"
	Attache            Rank = "attache"
	ChargeEnPied       Rank = "charge_en_pied"
	ChargeAI           Rank = "charge_ai"
	ConsulGeneral      Rank = "consul_general"
	Consul             Rank = "consul"
	HeadOfOffice       Rank = "head_of_office"
	Representative     Rank = "representative"
	DefenceAttache     Rank = "defence_attache"
	OtherRank          Rank = "other"
)

// Ranks lists every rank in the order menus show them.
var Ranks = []Rank{
	Ambassador, Minister, MinisterCounsellor, Counsellor, FirstSecretary, SecondSecretary,
	ThirdSecretary, Attache, ChargeEnPied, ChargeAI, ConsulGeneral, Consul, HeadOfOffice,
	Representative, DefenceAttache, OtherRank,
}

var rankLabels = map[Rank]string{
	Ambassador:         "Ambassador Extraordinary and Plenipotentiary",
	Minister:           "Minister",
	MinisterCounsellor: "Minister-Counsellor",
	Counsellor:         "Counsellor",
	FirstSecretary:     "First Secretary",
	SecondSecretary:    "Second Secretary",
	ThirdSecretary:     "Third Secretary",
	Attache:            "Attaché",
	ChargeEnPied:       "Chargé d'affaires en pied",
	ChargeAI:           "Chargé d'affaires a.i.",
	ConsulGeneral:      "Consul General",
	Consul:             "Consul",
	HeadOfOffice:       "Head of Office",
	Representative:     "Representative",
	DefenceAttache:     "Defence Attaché",
	OtherRank:          "Other",
}

// Label returns the rank in plain English.
func (r Rank) Label() string {
	if l, ok := rankLabels[r]; ok {
		return l
	}
	return string(r)
}

// ShortLabel returns the rank as tables show it, where the full title
// would not fit: "Ambassador" for Ambassador Extraordinary and
// Plenipotentiary.
func (r Rank) ShortLabel() string {
	switch r {
	case Ambassador:
		return "Ambassador"
	case ChargeEnPied:
		return "Chargé d'affaires e.p."
	}
	return r.Label()
}

// ParseRank reads a rank from its code or its label; "Ambassador" alone is
// accepted for the full title.
func ParseRank(s string) (Rank, error) {
	if enumKey(s) == "ambassador" {
		return Ambassador, nil
	}
	return parseEnum("rank", s, Ranks)
}

// A Person is someone the office invites: a diplomat, an official of an
// international organisation or of a government body.
type Person struct {
	ID         int64
	MissionID  int64 // 0 when the person belongs to no mission
	FamilyName string
	GivenName  string
	MiddleName string // patronymic or middle name
	// AltName is the whole name in a second script, e.g. "Ivanov Ivan"
	// beside "Иванов Иван".
	AltName    string
	Salutation string // "Mr.", "Ms.", "Dr.", "господин"...
	Rank       Rank
	Position   string // free text: "Head of the political section"
	// HeadOfMission is set for the head of the mission: ambassador, chargé
	// d'affaires, head of office.
	HeadOfMission bool
	Agrement      Date // agrément granted
	Credentials   Date // credentials presented, with the time when known
	Notification  Date // notification of a chargé d'affaires
	Emails        []string
	Phones        []string
	Languages     []string
	Spouse        string
	Notes         string
	PostingStart  Date // arrival
	PostingEnd    Date
	// Departed is set when the person has left the post; they stay in the
	// history of every event they were invited to.
	Departed bool
	Archived bool
	// UID identifies the person across vCard exports and imports; the
	// store gives every person one.
	UID     string
	Suffix  string // honorific suffix of the name: "PhD", "Jr."
	Address string // postal address, one line per line
	// Version is the version of the stored record this value was read
	// at: a save applies only while the record still has it (see
	// store.ConflictError); 0 saves over whatever is stored. It is not a
	// field of the record and stays out of its history.
	Version int64 `json:"-"`
}

// FullName returns the name as lists print it: family name, given name,
// middle name.
func (p Person) FullName() string {
	return joinNonEmpty(" ", p.FamilyName, p.GivenName, p.MiddleName)
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// Current reports whether the person is at post: not departed or archived.
func (p Person) Current() bool { return !p.Departed && !p.Archived }

// Validate checks the person and returns Problems naming each bad field.
func (p Person) Validate() error {
	var ps Problems
	if strings.TrimSpace(p.FamilyName) == "" && strings.TrimSpace(p.GivenName) == "" {
		ps.add("Family name", "is required (or at least a given name)")
	}
	if p.Rank != "" && !isMember(p.Rank, Ranks) {
		ps.add("Rank", "is not a rank from the list", string(p.Rank))
	}
	if p.HeadOfMission && p.MissionID == 0 {
		ps.add("Head of mission", "needs a mission")
	}
	if !p.PostingStart.IsZero() && !p.PostingEnd.IsZero() && p.PostingEnd.Compare(p.PostingStart) < 0 {
		ps.add("Posting end", "is before the posting start")
	}
	if !p.Agrement.IsZero() && !p.Credentials.IsZero() && p.Credentials.Compare(p.Agrement) < 0 {
		ps.add("Credentials", "are dated before the agrément")
	}
	checkEmails(&ps, p.Emails)
	checkPhones(&ps, p.Phones)
	return ps.err()
}

// Valid reports whether the value is one of Ranks.
func (v Rank) Valid() bool { return isMember(v, Ranks) }

// MaxPhotoSize is the largest photo kept with a person: 2 MB.
const MaxPhotoSize = 2 << 20

// A Photo is a person's picture as a business card carries it.
type Photo struct {
	MIME string // "image/jpeg", "image/png", "image/gif"
	Data []byte
}

// Validate checks the photo's type and size.
func (ph Photo) Validate() error {
	var ps Problems
	switch ph.MIME {
	case "image/jpeg", "image/png", "image/gif":
	default:
		ps.add("Photo", "is not a JPEG, PNG or GIF image", ph.MIME)
	}
	if len(ph.Data) > MaxPhotoSize {
		ps.add("Photo", "is larger than 2 MB, the most a photo may be", fmt.Sprintf("%.1f MB", float64(len(ph.Data))/(1<<20)))
	}
	return ps.err()
}

// ValidEmail reports whether s is an email address Validate accepts.
func ValidEmail(s string) bool { return validEmail(s) }
