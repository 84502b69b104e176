// Package demo fills an empty Liaison database with a sample: the missions
// accredited in Astana, their heads and staff, and three past events of
// the Ombudsman's office with the history of their invitations. It is what
// `liaison demo` and the window's "Load sample data" button load, so that a
// newcomer can try every list, search and report before typing in real
// data.
//
// The countries, their ISO codes and national days and the international
// organisations are real. Every person is invented, as are the addresses
// and phone numbers; every email address and website is under example.org.
// The sample is the same on every load except the dates of the events (and
// of what hangs on them), which are counted back from the day of the load.
package demo

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// ErrNotEmpty is returned by Load when the database already holds a
// mission, a person or an event.
var ErrNotEmpty = errors.New("the database already has data; the sample goes only into an empty one")

// A Summary counts what Load wrote.
type Summary struct {
	Missions, People, Events, Invitations int
}

// Load fills an empty database with the sample, in one transaction: it
// writes everything or, on any error, nothing. today dates the three past
// events, which took place 75, 45 and 12 days before it. Load returns
// ErrNotEmpty, and writes nothing, when the database is not empty.
func Load(ctx context.Context, s *store.Store, today liaison.Date) (Summary, error) {
	if today.IsZero() {
		return Summary{}, errors.New("the sample needs today's date")
	}
	var sum Summary
	err := s.Update(ctx, func(tx *store.Tx) error {
		// Checked inside the transaction, which holds the database's write
		// lock from its start, so that nobody can write between the check
		// and the load.
		empty, err := tx.IsEmpty()
		if err != nil {
			return fmt.Errorf("cannot check that the database is empty: %w", err)
		}
		if !empty {
			return ErrNotEmpty
		}
		l := &loader{tx: tx, today: today.DayOnly()}
		if err := l.load(); err != nil {
			return fmt.Errorf("cannot load the sample: %w", err)
		}
		sum = l.sum
		return nil
	})
	if err != nil {
		return Summary{}, err
	}
	return sum, nil
}

// A loader writes the sample through one transaction and keeps what it
// wrote, for the invitations.
type loader struct {
	tx       *store.Tx
	today    liaison.Date
	sum      Summary
	missions []*loadedMission
}

// A loadedMission is a mission as written, with its people.
type loadedMission struct {
	data   *missionData
	m      liaison.Mission
	people []*loadedPerson // in the order of the data, the head first
}

// A loadedPerson is a person as written.
type loadedPerson struct {
	data *personData
	p    liaison.Person
}

func (l *loader) load() error {
	for i := range missions {
		if err := l.mission(&missions[i]); err != nil {
			return err
		}
	}
	for i := range events {
		if err := l.event(&events[i]); err != nil {
			return err
		}
	}
	return nil
}

// mission writes a mission and its people.
func (l *loader) mission(d *missionData) error {
	m := liaison.Mission{
		Kind:        d.kind,
		Country:     d.country,
		Name:        d.name,
		ShortName:   d.short,
		NonResident: d.nonResident,
		Address:     d.address,
		Phones:      []string{l.missionPhone(d)},
		Email:       d.slug + "@example.org",
		Website:     "https://" + d.slug + ".example.org",
		NationalDay: d.day,
		Notes:       d.notes,
	}
	if d.nonResident {
		m.ResidentIn = d.city
	}
	nameMission(&m, d)
	if err := l.tx.CreateMission(&m); err != nil {
		return err
	}
	l.sum.Missions++
	lm := &loadedMission{data: d, m: m}
	l.missions = append(l.missions, lm)
	for i := range d.people {
		p := l.person(d, &d.people[i], m.ID)
		if err := l.tx.CreatePerson(&p); err != nil {
			return err
		}
		l.sum.People++
		lm.people = append(lm.people, &loadedPerson{data: &d.people[i], p: p})
	}
	return nil
}

// areaCodes are the first digits of landlines in the cities missions
// work from, Astana's under "".
var areaCodes = map[string]string{"": "+7 7172 ", "Almaty": "+7 727 2", "Moscow": "+7 495 6"}

// mobileCodes are the first digits of made-up mobile numbers, by city.
var mobileCodes = map[string]string{"": "+7 701 555", "Almaty": "+7 701 555", "Moscow": "+7 916 555"}

// missionPhone makes up the mission's switchboard number from its place
// in the list.
func (l *loader) missionPhone(d *missionData) string {
	n := l.sum.Missions + 1
	return fmt.Sprintf("%s%02d %02d %02d", areaCodes[d.city], 20+n%70, (n*37)%100, (n*53+11)%100)
}

// person builds a person of the mission from the data.
func (l *loader) person(md *missionData, d *personData, missionID int64) liaison.Person {
	n := l.sum.People + 1
	langs := d.langs
	if langs == "" {
		langs = md.langs
	}
	p := liaison.Person{
		MissionID:     missionID,
		FamilyName:    d.family,
		GivenName:     d.given,
		MiddleName:    d.middle,
		AltName:       d.alt,
		Salutation:    d.sal,
		Rank:          d.rank,
		Position:      d.pos,
		HeadOfMission: d.head,
		Agrement:      d.agr,
		Credentials:   d.cred,
		Notification:  d.notif,
		Emails:        []string{personEmail(d)},
		Languages:     strings.Fields(langs),
		Spouse:        d.spouse,
		Notes:         d.notes,
		PostingStart:  d.start,
	}
	if p.PostingStart.IsZero() {
		p.PostingStart = arrival(d, n)
	}
	if d.left > 0 {
		p.Departed = true
		p.PostingEnd = l.today.AddDays(-d.left)
	} else {
		p.Phones = []string{fmt.Sprintf("%s %02d %02d", mobileCodes[md.city], n/100+10, n%100)}
	}
	return p
}

// arrival makes up the day someone arrived at post: shortly before they
// presented credentials, or a day in 2020-2025 spread by n.
func arrival(d *personData, n int) liaison.Date {
	if !d.cred.IsZero() {
		return d.cred.DayOnly().AddDays(-12)
	}
	return date(2020+n%6, []time.Month{8, 9, 1, 6, 10}[n%5], 1+(n*7)%28)
}

// personEmail returns firstname.lastname@example.org, in Latin letters
// from the alternative name when the name is in Cyrillic.
func personEmail(d *personData) string {
	family, given := d.family, d.given
	if isCyrillic(family) && d.alt != "" {
		family, given, _ = strings.Cut(d.alt, " ")
	}
	return asciiWord(given) + "." + asciiWord(family) + "@example.org"
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

// asciiSpecial spells the Latin letters that do not decompose into a
// base letter and an accent.
var asciiSpecial = strings.NewReplacer("ı", "i", "ł", "l", "ß", "ss", "ø", "o", "æ", "ae", "đ", "d")

// asciiWord lower-cases s and drops its accents, spaces and apostrophes:
// "Jiménez Ruiz" is "jimenezruiz", "O'Neill" "oneill".
func asciiWord(s string) string {
	s = asciiSpecial.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// A guest is one person on an event's list, with their mission.
type guest struct {
	mission *loadedMission
	person  *loadedPerson
}

// A guestList is an event's list as it is drawn up: each person once, in
// the order they were added.
type guestList struct {
	seen   map[int64]bool
	guests []guest
}

func (gl *guestList) add(m *loadedMission, p *loadedPerson) {
	if p == nil || gl.seen[p.p.ID] {
		return
	}
	if gl.seen == nil {
		gl.seen = map[int64]bool{}
	}
	gl.seen[p.p.ID] = true
	gl.guests = append(gl.guests, guest{m, p})
}

// addStaff adds the mission's people at post that keep says to.
func (gl *guestList) addStaff(m *loadedMission, keep func(*personData) bool) {
	for _, p := range m.people {
		if p.data.left == 0 && keep(p.data) {
			gl.add(m, p)
		}
	}
}

// representative returns whom the office invites for the mission: its
// head, or where the post is vacant its first member at post.
func (m *loadedMission) representative() *loadedPerson {
	for _, p := range m.people {
		if p.data.head {
			return p
		}
	}
	for _, p := range m.people {
		if p.data.left == 0 {
			return p
		}
	}
	return nil
}

// briefingGuests are the heads of the diplomatic corps and of the
// organisations (for a vacant post its senior member), the heads of
// briefingBodies, each mission's contact for human rights, and the people
// who have left since.
func briefingGuests(ms []*loadedMission) []guest {
	var gl guestList
	for _, m := range ms {
		if m.m.Kind != liaison.GovernmentBody || briefingBodies[m.data.slug] {
			gl.add(m, m.representative())
		}
	}
	for _, m := range ms {
		gl.addStaff(m, func(d *personData) bool { return d.focal })
		for _, p := range m.people {
			if p.data.left > 0 {
				gl.add(m, p)
			}
		}
	}
	return gl.guests
}

// receptionGuests are the heads of every mission and body, and the
// deputy heads.
func receptionGuests(ms []*loadedMission) []guest {
	var gl guestList
	for _, m := range ms {
		gl.add(m, m.representative())
	}
	for _, m := range ms {
		gl.addStaff(m, func(d *personData) bool { return d.pos == posDeputy })
	}
	return gl.guests
}

// roundTableGuests are the embassies of roundTableCountries with their
// contacts for human rights and their consuls, the consulates, the
// organisations and the government bodies.
func roundTableGuests(ms []*loadedMission) []guest {
	var gl guestList
	for _, m := range ms {
		switch m.m.Kind {
		case liaison.Embassy:
			if !roundTableCountries[m.m.Country] {
				continue
			}
			gl.add(m, m.representative())
			gl.addStaff(m, func(d *personData) bool { return d.focal || d.rank == liaison.Consul })
		case liaison.InternationalOrgOffice:
			gl.add(m, m.representative())
			gl.addStaff(m, func(d *personData) bool { return d.focal })
		default:
			gl.add(m, m.representative())
		}
	}
	return gl.guests
}

// An outcome is how an invitation ended.
type outcome int

// The outcomes.
const (
	came     outcome = iota // accepted and came
	deputy                  // accepted; a colleague came instead
	accepted                // accepted; attendance not recorded
	declined
	noReply
	noShow // accepted and did not come
)

// event writes an event, its list and what became of each invitation.
func (l *loader) event(d *eventData) error {
	start := l.today.AddDays(-d.daysAgo).At(d.hour, d.min)
	e := liaison.Event{
		Title:     d.title,
		Kind:      d.kind,
		StartsAt:  start,
		Venue:     d.venue,
		Host:      d.host,
		Partners:  d.partners,
		RSVPBy:    start.DayOnly().AddDays(-d.rsvpDays),
		DressCode: d.dress,
		Notes:     d.notes,
	}
	if err := l.tx.CreateEvent(&e); err != nil {
		return err
	}
	l.sum.Events++
	guests := d.guests(l.missions)
	ids := make([]int64, len(guests))
	listed := map[int64]bool{}
	for i, g := range guests {
		ids[i] = g.person.p.ID
		listed[g.person.p.ID] = true
	}
	added, err := l.tx.Invite(e.ID, ids, liaison.Planned)
	if err != nil {
		return err
	}
	l.sum.Invitations += added
	for i, g := range guests {
		inv := invitation(e, i, g, d.outcomes[i%len(d.outcomes)], listed)
		// A head asked to a reception for two comes with the spouse.
		inv.ForTwo = d.forTwo && g.person.data.head
		if err := l.tx.UpdateInvitation(inv); err != nil {
			return fmt.Errorf("invitation of %s to %q: %w", g.person.p.FullName(), e.Title, err)
		}
	}
	return nil
}

// declineNotes are what the office noted of refusals, in turn.
var declineNotes = []string{"Away from Astana on that day", "Previous engagement", "", "On leave"}

// invitation returns the i-th invitation of the event's list as it ended:
// sent some weeks before, answered a few days later, as o says.
func invitation(e liaison.Event, i int, g guest, o outcome, listed map[int64]bool) liaison.Invitation {
	inv := liaison.Invitation{EventID: e.ID, PersonID: g.person.p.ID, Channel: channel(i, g)}
	lead := map[liaison.Channel]int{liaison.NoteVerbale: 21, liaison.Letter: 21, liaison.Email: 14, liaison.Phone: 10}
	inv.Sent = e.StartsAt.DayOnly().AddDays(-lead[inv.Channel])
	answered := inv.Sent.AddDays(2 + (i*5)%7)
	switch o {
	case came:
		inv.Status, inv.Answered = liaison.Attended, answered
	case deputy:
		inv.Status, inv.Answered = liaison.Attended, answered
		if d := g.deputy(listed); d != nil {
			inv.RepresentedBy = d.p.ID
		}
	case accepted:
		inv.Status, inv.Answered = liaison.Accepted, answered
	case declined:
		inv.Status, inv.Answered = liaison.Declined, answered
		inv.Note = declineNotes[i%len(declineNotes)]
	case noReply:
		inv.Status = liaison.NoReply
	case noShow:
		inv.Status, inv.Answered = liaison.NoShow, answered
	}
	return inv
}

// channel returns how the i-th invitation went: heads of embassies and
// consulates by note verbale, other heads by letter, staff by email, and
// now and then by phone.
func channel(i int, g guest) liaison.Channel {
	switch {
	case i%9 == 7:
		return liaison.Phone
	case !g.person.data.head:
		return liaison.Email
	case g.mission.m.Kind.HasCountry():
		return liaison.NoteVerbale
	}
	return liaison.Letter
}

// deputy returns who came in the head's place: the first of the mission's
// people at post who was not on the list, or nil when the guest is not a
// head or nobody is left.
func (g guest) deputy(listed map[int64]bool) *loadedPerson {
	if !g.person.data.head {
		return nil
	}
	for _, p := range g.mission.people {
		if p != g.person && p.data.left == 0 && !listed[p.p.ID] {
			return p
		}
	}
	return nil
}
