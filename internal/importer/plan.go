// Package importer decides what an import of contacts will do, before
// anything is written, and then writes it in one transaction: each card is
// matched to a stored mission (by name; an embassy by its country, a
// consulate by country and city, an organisation's office by the
// organisation, whatever language its name is in) and to a stored person
// (by UID, else by email, else by name within the same mission, in either
// script and any order), and becomes a new person, an update of the one it
// matched, or nothing. A card whose name only partly agrees with someone
// stored is kept new and marked as possibly the same person: the officer
// decides.
//
// When a card and a stored person disagree, Liaison's value stays: what
// the officer curated is never overwritten by a business card. The card
// fills fields that are empty and adds emails, phones and languages not
// yet known; the report lists every value it left alone, so the officer
// can change it by hand.
package importer

import (
	"context"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// An Action is what an import does with a card.
type Action int

// The actions.
const (
	New    Action = iota // a new person
	Update               // fills or adds to a stored person
	Same                 // the stored person already has everything
	Skip                 // the card cannot be imported
	Merged               // a later card of a person the import creates: joined to the first
)

// String returns the action as the report writes it.
func (a Action) String() string {
	return [...]string{"new", "update", "unchanged", "skipped", "merged"}[a]
}

// An Item is what the import does with one card.
type Item struct {
	Source string // the file
	// Contact is the card as read, in its Source; the plan sets its
	// person's MissionID and, for a new person, ID.
	Contact *vcf.Contact
	Action  Action
	Name    string // the person's name
	Mission string // the mission's name; "" for none
	// NewMission is the mission the import creates for the card; nil when
	// the card names none or it is stored.
	NewMission *liaison.Mission
	Match      string // how the stored person was found: "UID", "email", "name", "name words", "likely"
	// FoundMission says how the card's mission was found when not by its
	// name: "country" (an embassy or consulate of the same state),
	// "organisation" (the same organisation named another way).
	FoundMission string
	// Likely names the stored person the card possibly is (the family
	// names agree, the rest may): the card stays new unless the officer
	// merges it (Options.Merge). "" when there is none.
	Likely  string
	Changes []i18n.Message
	Kept    []i18n.Message // conflicting values left as stored
	// Why says why the card is skipped when the card could be read but
	// not stored (vcf's Contact.Skip says why it could not be read).
	Why    i18n.Message
	person *liaison.Person // what to write: the card's person when new, the merged record for an update
	photo  bool            // write the card's photo
}

// A Plan is an import worked out and not yet written.
type Plan struct {
	Items       []Item
	newMissions []liaison.Mission // to create; people refer to them by -(index+1)
	// named are stored missions the cards name in a language they had no
	// name in, with that name added (see learnName), by ID.
	named map[int64]liaison.Mission
}

// Options choose what an import does where only the officer can decide.
type Options struct {
	// MergeLikely merges every card that is possibly the same as a stored
	// person into that person (the CLI's --merge-likely).
	MergeLikely bool
	// Merge names the cards to merge with the person they possibly are,
	// as the officer ticked them in the preview.
	Merge map[Card]bool
}

// A Card names one card of an import: its file and the line it starts on.
type Card struct {
	Source string
	Line   int
}

// A Source is one file's contacts.
type Source struct {
	Name     string
	Contacts []vcf.Contact
}

// planner holds what matching needs: the stored people and missions, and
// the people the plan will create, by every key they can be found by.
type planner struct {
	plan      *Plan
	people    map[int64]*liaison.Person // stored (ID > 0) and planned (ID < 0)
	planned   map[int64]int             // a planned person's ID → its item
	byUID     map[string]int64
	byEmail   map[string]int64
	byName    map[nameKey]int64
	nameOnly  map[string]int64 // folded full name, any mission
	missions  map[int64]liaison.HeadedMission
	byMission map[string]int64  // folded name or short name → ID (negative for planned)
	photos    map[int64]bool    // people who have a photo
	nextID    int64             // the next temporary ID of a planned person
	folded    map[string]string // organisation names folded, by name
	missionsOf
	orgs  map[string]orgMatch // folded organisation name → the mission found for it
	names nameIndex           // people by the words of their names, stored and planned
	opts  Options
}

// An orgMatch is the mission a card's organisation was found to be.
type orgMatch struct {
	id    int64
	found string
}

// nameKey finds a person by name within a mission.
type nameKey struct {
	mission int64
	name    string
}

// NewPlan matches the contacts of the sources against the database and
// works out what importing them would do. It writes nothing to the
// database; it sets each contact's person's MissionID (and, for a new
// person, a temporary ID) to what the plan makes of them, so that a plan
// of 100,000 cards keeps one copy of each.
func NewPlan(ctx context.Context, s *store.Store, sources ...Source) (*Plan, error) {
	return NewPlanWith(ctx, s, Options{}, sources...)
}

// NewPlanWith is NewPlan with the officer's choices.
func NewPlanWith(ctx context.Context, s *store.Store, opts Options, sources ...Source) (*Plan, error) {
	pl := &planner{plan: &Plan{}, people: map[int64]*liaison.Person{}, planned: map[int64]int{}, byUID: map[string]int64{},
		byEmail: map[string]int64{}, byName: map[nameKey]int64{}, nameOnly: map[string]int64{},
		missions: map[int64]liaison.HeadedMission{}, byMission: map[string]int64{}, nextID: -1,
		folded: map[string]string{}, missionsOf: newMissionsOf(), orgs: map[string]orgMatch{}, names: nameIndex{}, opts: opts}
	if err := pl.load(ctx, s); err != nil {
		return nil, err
	}
	n := 0
	for _, src := range sources {
		n += len(src.Contacts)
	}
	pl.plan.Items = make([]Item, 0, n)
	for _, src := range sources {
		for i := range src.Contacts {
			pl.plan.Items = append(pl.plan.Items, pl.item(src.Name, &src.Contacts[i]))
		}
	}
	return pl.plan, nil
}

// load reads the stored people, missions and photos.
func (pl *planner) load(ctx context.Context, s *store.Store) error {
	ms, err := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	if err != nil {
		return err
	}
	for _, hm := range ms {
		pl.addMission(hm)
	}
	rows, err := s.People(ctx, store.PeopleQuery{IncludeDeparted: true, IncludeArchived: true})
	if err != nil {
		return err
	}
	for i := range rows {
		pl.addPerson(&rows[i].Person)
	}
	pl.photos, err = s.PeopleWithPhotos(ctx)
	return err
}

func (pl *planner) addMission(hm liaison.HeadedMission) {
	pl.missions[hm.Mission.ID] = hm
	pl.missionsOf.add(hm.Mission)
	m := hm.Mission
	for _, n := range []string{m.Name, m.ShortName, m.NameEn, m.NameRu, m.NameKk} {
		if k := liaison.Fold(n); k != "" {
			if _, taken := pl.byMission[k]; !taken {
				pl.byMission[k] = hm.Mission.ID
			}
		}
	}
}

// addPerson makes a person findable by UID, emails and name.
func (pl *planner) addPerson(p *liaison.Person) {
	pl.names.add(*p)
	pl.people[p.ID] = p
	if p.UID != "" {
		pl.byUID[strings.ToLower(p.UID)] = p.ID
	}
	for _, e := range p.Emails {
		pl.byEmail[strings.ToLower(e)] = p.ID
	}
	name := liaison.Fold(p.FullName())
	pl.byName[nameKey{p.MissionID, name}] = p.ID
	pl.nameOnly[name] = p.ID
}

// item plans one card.
func (pl *planner) item(source string, c *vcf.Contact) Item {
	it := Item{Source: source, Contact: c, Name: c.Person.FullName(), Mission: c.Org}
	if !c.Skip.IsZero() {
		it.Action = Skip
		return it
	}
	card := &c.Person
	card.MissionID, it.NewMission, it.FoundMission = pl.mission(c)
	if card.MissionID > 0 {
		it.Mission = pl.missionName(card.MissionID)
	}
	id, match := pl.match(*card)
	if id == 0 {
		if likely, ok := pl.likely(*card); ok {
			if pl.opts.MergeLikely || pl.opts.Merge[Card{source, c.Line}] {
				id, match = likely, "likely"
			} else {
				o := pl.people[likely]
				it.Likely = o.FullName()
				if m := pl.missionName(o.MissionID); m != "" {
					it.Likely += " (" + m + ")"
				}
			}
		}
	}
	if id == 0 {
		it.Action, it.person, it.photo = New, card, len(c.Photo.Data) > 0
		it.Changes = append(it.Changes, pl.headNote(*card)...)
		card.ID = pl.nextID
		pl.nextID--
		pl.planned[card.ID] = len(pl.plan.Items)
		pl.addPerson(card)
		return it
	}
	stored := *pl.people[id]
	merged, changes, kept := merge(stored, *card, pl.missionArg)
	it.Match, it.person, it.Kept = match, &merged, kept
	if len(c.Photo.Data) > 0 && !pl.photos[id] {
		it.photo = true
		changes = append(changes, i18n.M("adds the photo"))
	}
	if merged.HeadOfMission && !stored.HeadOfMission {
		changes = append(changes, pl.headNote(merged)...)
	}
	it.Changes = changes
	switch {
	case id < 0:
		// A second card of a person this import creates: joined to the
		// first, which is written with everything both say.
		it.Action = Merged
		it.Changes = append([]i18n.Message{i18n.M("merged into the card above")}, changes...)
		pl.replacePlanned(&merged, it.photo)
	case len(changes) == 0:
		it.Action = Same
	default:
		it.Action = Update
	}
	if err := merged.Validate(); err != nil {
		it.Action, it.Why = Skip, i18n.M("the merged record is not valid: %s", i18n.ProblemsOf(err))
		return it
	}
	pl.addPerson(&merged)
	if it.photo {
		pl.photos[id] = true
	}
	return it
}

// replacePlanned updates a person planned as new with what a later card
// of theirs adds.
func (pl *planner) replacePlanned(p *liaison.Person, photo bool) {
	if i, ok := pl.planned[p.ID]; ok {
		it := &pl.plan.Items[i]
		it.person = p
		it.photo = it.photo || photo
	}
}

// match finds the stored (or planned) person a card is: by UID, else by
// email, else by name within the same mission: the same name, or the same
// family and given names in another order or script. Two cards that carry
// different UIDs are two people even when their names agree: the name
// then only makes them possibly the same (see likely).
func (pl *planner) match(card liaison.Person) (int64, string) {
	if id, ok := pl.byUID[strings.ToLower(card.UID)]; ok && card.UID != "" {
		return id, "UID"
	}
	for _, e := range card.Emails {
		if id, ok := pl.byEmail[strings.ToLower(e)]; ok {
			return id, "email"
		}
	}
	if id, ok := pl.byName[nameKey{card.MissionID, liaison.Fold(card.FullName())}]; ok && !pl.otherUID(card, id) {
		return id, "name"
	}
	if card.MissionID == 0 {
		return 0, ""
	}
	for _, id := range pl.names.sameWords(card) {
		if liaison.CompareNames(card, *pl.people[id]) >= liaison.NamesSameWords && !pl.otherUID(card, id) {
			return id, "name words"
		}
	}
	return 0, ""
}

// otherUID reports whether the card and the person id carry different UIDs.
func (pl *planner) otherUID(card liaison.Person, id int64) bool {
	p := pl.people[id]
	return card.UID != "" && p.UID != "" && !strings.EqualFold(card.UID, p.UID)
}

// likely finds the person a card possibly is: someone of the same mission
// whose name partly agrees or who carries another UID, or someone of
// another mission with the same name.
func (pl *planner) likely(card liaison.Person) (int64, bool) {
	if card.MissionID != 0 {
		for _, id := range append(pl.names.sameWords(card), pl.names.partly(card)...) {
			if liaison.CompareNames(card, *pl.people[id]) >= liaison.NamesPartly {
				return id, true
			}
		}
	}
	if id, ok := pl.nameOnly[liaison.Fold(card.FullName())]; ok {
		return id, true
	}
	return 0, false
}

// mission finds the card's mission, or plans a new one; the ID of a
// planned mission is negative. It returns the ID, the planned mission
// described when it is new ("Embassy, Belarus"), and how it was found when
// not by name.
func (pl *planner) mission(c *vcf.Contact) (id int64, planned *liaison.Mission, found string) {
	key, ok := pl.folded[c.Org]
	if !ok {
		key = liaison.Fold(c.Org)
		pl.folded[c.Org] = key
	}
	if key == "" {
		return 0, nil, ""
	}
	if r, ok := pl.orgs[key]; ok {
		id, found = r.id, r.found
	} else if id, ok = pl.byMission[key]; !ok {
		m := newMission(*c)
		if id, found = pl.missionsOf.find(m, ""); id == 0 {
			m.ID = -int64(len(pl.plan.newMissions) + 1)
			pl.plan.newMissions = append(pl.plan.newMissions, m)
			id = m.ID
			pl.addMission(liaison.HeadedMission{Mission: m})
		} else if id > 0 {
			pl.learnName(id, c.Org)
		}
		pl.orgs[key] = orgMatch{id, found}
	}
	if id < 0 {
		return id, &pl.plan.newMissions[-id-1], found
	}
	return id, nil, found
}

// learnName remembers the name a card gives the stored mission id when it
// is in a language the mission has no name in (see learnName).
func (pl *planner) learnName(id int64, name string) {
	hm, ok := pl.missions[id]
	if !ok || learnName(&hm.Mission, name) == nil {
		return
	}
	if pl.plan.named == nil {
		pl.plan.named = map[int64]liaison.Mission{}
	}
	pl.plan.named[id] = hm.Mission
	pl.addMission(hm)
}

// newMission makes the mission a card names: kind and country from
// Liaison's own export, else guessed from the name. An embassy or
// consulate whose country cannot be read from the name is made "other",
// which needs none; the officer can set it later.
func newMission(c vcf.Contact) liaison.Mission {
	m := liaison.Mission{Name: strings.TrimSpace(c.Org), Kind: c.OrgKind, Country: c.OrgCountry}
	if m.Kind == "" {
		m.Kind = liaison.GuessMissionKind(m.Name)
	}
	if m.Country == "" && m.Kind.HasCountry() {
		m.Country, _ = liaison.GuessCountry(m.Name)
	}
	if m.Kind.HasCountry() && m.Country == "" {
		m.Kind = liaison.OtherMission
	}
	return m
}

// Describe says what a planned mission is: "Embassy, Belarus".
func Describe(m liaison.Mission) i18n.Sayer { return missionDesc(m) }

type missionDesc liaison.Mission

// In says the kind and country in l.
func (m missionDesc) In(l i18n.Lang) string {
	if m.Country != "" {
		return l.Label(m.Kind) + ", " + l.Country(m.Country)
	}
	return l.Label(m.Kind)
}

// missionName is a mission's name, "" for none.
func (pl *planner) missionName(id int64) string {
	if hm, ok := pl.missions[id]; ok {
		return hm.Mission.DisplayName()
	}
	return ""
}

// missionArg is a mission's name for a report, "no mission" for none.
func (pl *planner) missionArg(id int64) any {
	if n := pl.missionName(id); n != "" {
		return n
	}
	return i18n.M("no mission")
}

// headNote says whose place a new head of mission takes.
func (pl *planner) headNote(p liaison.Person) []i18n.Message {
	if !p.HeadOfMission || !p.Current() {
		return nil
	}
	if hm, ok := pl.missions[p.MissionID]; ok && hm.Head.ID != 0 && hm.Head.ID != p.ID {
		return []i18n.Message{i18n.M("becomes head of mission in place of %s", hm.Head.FullName())}
	}
	return nil
}
