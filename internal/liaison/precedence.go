package liaison

import (
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A Placed person is a person together with what the order of precedence
// needs to know about them: their mission and that mission's current head.
type Placed struct {
	Person  Person
	Mission Mission // zero (ID 0) when the person belongs to no mission
	Head    Person  // the mission's current head; zero (ID 0) when the post is vacant
}

// standing is where a mission stands among missions, decided by its head
// (Vienna Convention on Diplomatic Relations, articles 14 and 16).
type standing int

// The standings, highest first.
const (
	ambassadorAccredited standing = iota // credentials presented
	ambassadorDesignate                  // agrément given or arrived, credentials not yet presented
	chargeEnPied
	chargeAI
	orgHead    // head of an international organisation's office
	otherHead  // consulates, other missions, heads of another rank
	vacant     // no head known
	government // government bodies come after the diplomatic corps
	noMission  // people of no mission come last
)

// rankOrder is the order of ranks among people who are not heads of
// mission, and among heads of the "other" standing.
var rankOrder = map[Rank]int{
	Ambassador: 0, ChargeEnPied: 1, ChargeAI: 2, Minister: 3, MinisterCounsellor: 4,
	ConsulGeneral: 5, Counsellor: 6, DefenceAttache: 7, FirstSecretary: 8, Consul: 9,
	SecondSecretary: 10, ThirdSecretary: 11, Attache: 12, HeadOfOffice: 13,
	Representative: 14, OtherRank: 15,
}

func rankIndex(r Rank) int {
	if i, ok := rankOrder[r]; ok {
		return i
	}
	return len(rankOrder)
}

// missionStanding returns the standing of mission m headed by head (zero
// when vacant) and the date that orders missions of the same standing.
func missionStanding(m Mission, head Person) (standing, Date) {
	switch {
	case m.ID == 0:
		return noMission, Date{}
	case m.Kind == GovernmentBody:
		return government, Date{}
	case head.ID == 0 && !head.HeadOfMission:
		return vacant, Date{}
	case m.Kind == InternationalOrgOffice:
		return orgHead, firstKnown(head.Credentials, head.Notification, head.PostingStart)
	case m.Kind == Consulate:
		return otherHead, firstKnown(head.Credentials, head.Notification, head.PostingStart)
	}
	switch head.Rank {
	case Ambassador:
		if !head.Credentials.IsZero() {
			return ambassadorAccredited, head.Credentials
		}
		// Art. 13: not yet received; ranked by arrival, else by agrément.
		return ambassadorDesignate, firstKnown(head.PostingStart, head.Agrement)
	case ChargeEnPied:
		return chargeEnPied, firstKnown(head.Notification, head.Credentials, head.PostingStart)
	case ChargeAI:
		return chargeAI, firstKnown(head.Notification, head.PostingStart)
	}
	return otherHead, firstKnown(head.Credentials, head.Notification, head.PostingStart)
}

func firstKnown(ds ...Date) Date {
	for _, d := range ds {
		if !d.IsZero() {
			return d
		}
	}
	return Date{}
}

// A precedenceSorter compares with a collator, which is not safe for
// concurrent use, so each sort makes its own.
type precedenceSorter struct {
	coll *collate.Collator
}

func newPrecedenceSorter() precedenceSorter {
	return precedenceSorter{coll: collate.New(language.Und, collate.IgnoreCase, collate.IgnoreDiacritics)}
}

// tieName is what orders missions of equal standing and date: the country's
// name, or the mission's own for organisations.
func tieName(m Mission) string {
	if m.Country != "" {
		return CountryName(m.Country)
	}
	return m.Name
}

// compareMissions orders two missions, each given with its head.
func (s precedenceSorter) compareMissions(a Mission, ah Person, b Mission, bh Person) int {
	sa, da := missionStanding(a, ah)
	sb, db := missionStanding(b, bh)
	if c := cmp.Compare(sa, sb); c != 0 {
		return c
	}
	if sa == otherHead {
		if c := cmp.Compare(rankIndex(ah.Rank), rankIndex(bh.Rank)); c != 0 {
			return c
		}
	}
	if c := da.Compare(db); c != 0 {
		return c
	}
	if c := s.coll.CompareString(tieName(a), tieName(b)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// group splits the list: heads of mission, other diplomats, government
// bodies, people of no mission.
func group(p Placed) int {
	switch {
	case p.Mission.ID == 0:
		return 3
	case p.Mission.Kind == GovernmentBody:
		return 2
	case p.Person.HeadOfMission:
		return 0
	}
	return 1
}

func (s precedenceSorter) compare(a, b Placed) int {
	ga, gb := group(a), group(b)
	if c := cmp.Compare(ga, gb); c != 0 {
		return c
	}
	switch ga {
	case 0: // heads, as their missions stand
		if c := s.compareMissions(a.Mission, a.Person, b.Mission, b.Person); c != 0 {
			return c
		}
	case 1: // others by rank, then as their missions stand
		if c := cmp.Compare(rankIndex(a.Person.Rank), rankIndex(b.Person.Rank)); c != 0 {
			return c
		}
		if c := s.compareMissions(a.Mission, a.Head, b.Mission, b.Head); c != 0 {
			return c
		}
	case 2: // government bodies by name, each head first, then by rank
		if c := s.coll.CompareString(a.Mission.Name, b.Mission.Name); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Mission.ID, b.Mission.ID); c != 0 {
			return c
		}
		if a.Person.HeadOfMission != b.Person.HeadOfMission {
			if a.Person.HeadOfMission {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(rankIndex(a.Person.Rank), rankIndex(b.Person.Rank)); c != 0 {
			return c
		}
	}
	if c := s.coll.CompareString(a.Person.FullName(), b.Person.FullName()); c != 0 {
		return c
	}
	return cmp.Compare(a.Person.ID, b.Person.ID)
}

// SortByPrecedence puts people in the diplomatic order of precedence, the
// order of every protocol list:
//
//  1. heads of mission: ambassadors by the date (and time, when known) they
//     presented their credentials; ambassadors who have not yet presented
//     them, by arrival, else by agrément; chargés d'affaires en pied;
//     chargés d'affaires a.i. by the date of notification; heads of
//     international organisations' offices; other heads (consuls general
//     and such) by rank; missions of equal standing by country name in
//     English (the organisation's name when there is no country);
//  2. other diplomats, by rank, then as their missions stand in 1 (a
//     mission whose post is vacant after all others);
//  3. people of government bodies, by body, the head first, then by rank;
//  4. people of no mission.
//
// Remaining ties go by full name, then by ID, so the order is total.
func SortByPrecedence(ps []Placed) {
	s := newPrecedenceSorter()
	slices.SortStableFunc(ps, s.compare)
}

// A HeadedMission is a mission with its current head (zero when the post is
// vacant), as the missions list shows it.
type HeadedMission struct {
	Mission Mission
	Head    Person
}

// SortMissionsByPrecedence puts missions in the order their heads stand in
// SortByPrecedence; government bodies come last, by name.
func SortMissionsByPrecedence(ms []HeadedMission) {
	s := newPrecedenceSorter()
	slices.SortStableFunc(ms, func(a, b HeadedMission) int {
		if a.Mission.Kind == GovernmentBody && b.Mission.Kind == GovernmentBody {
			if c := s.coll.CompareString(a.Mission.Name, b.Mission.Name); c != 0 {
				return c
			}
		}
		return s.compareMissions(a.Mission, a.Head, b.Mission, b.Head)
	})
}
