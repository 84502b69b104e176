package importer

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// A diplomatic list from the foreign ministry is the official record: for
// the fields it fills, its values replace Liaison's (the head's rank,
// position and date of credentials; the mission's address, email and
// national day), and its phones are added. Names are not replaced: Liaison
// may hold them in another language. Every change is reported.

// A ListItem is what importing one row of a list does.
type ListItem struct {
	Entry      *xlsx.Entry // the row; the plan sets the ID and mission of a new person it names
	Mission    string      // the mission's name in Liaison
	NewMission bool
	NewHead    bool
	NewPerson  bool // a row of a people list names someone new (NewHead too when they head the mission)
	Changes    []i18n.Message
	Notes      []i18n.Message // what the officer may want to check; not a change
	mission    liaison.Mission
	head       *liaison.Person // the person the row writes; nil for none
}

// Changed reports whether the row changes anything.
func (it ListItem) Changed() bool {
	return it.NewMission || it.NewHead || it.NewPerson || len(it.Changes) > 0
}

// A ListPlan is an import of diplomatic lists worked out, not yet written.
type ListPlan struct {
	Items    []ListItem
	Problems []xlsx.Problem // rows left out
}

// listPlanner matches rows to stored missions and people.
type listPlanner struct {
	missions  []listMission
	of        missionsOf                  // by country and kind, by organisation
	byID      map[int64]int               // mission ID → index in missions
	byName    map[string]int              // folded name or short name → index
	staff     map[int64][]*liaison.Person // by mission, current and former
	nextID    int64
	notesLang i18n.Lang // of the notes the import writes into missions
}

// A listMission is a mission as the plan leaves it, with its head (nil
// for none).
type listMission struct {
	liaison.Mission
	head *liaison.Person
}

// countryKind finds a state's mission: its embassy, its consulate.
type countryKind struct {
	country string
	kind    liaison.MissionKind
}

// index makes missions[i] findable by country and kind, by organisation
// and by name.
func (lp *listPlanner) index(i int) {
	m := lp.missions[i].Mission
	lp.of.add(m)
	lp.byID[m.ID] = i
	for _, n := range append([]string{m.Name, m.ShortName}, m.NameEn, m.NameRu, m.NameKk) {
		if k := liaison.Fold(n); k != "" {
			if _, taken := lp.byName[k]; !taken {
				lp.byName[k] = i
			}
		}
	}
}

// NewListPlan matches the entries of diplomatic lists to the missions and
// heads Liaison holds and works out what importing them would change,
// The notes it writes into missions (the list's extra emails) are in the
// language l, the officer's.
func NewListPlan(ctx context.Context, s *store.Store, l i18n.Lang, entries []xlsx.Entry, problems []xlsx.Problem) (*ListPlan, error) {
	ms, err := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	if err != nil {
		return nil, err
	}
	rows, err := s.People(ctx, store.PeopleQuery{IncludeDeparted: true, IncludeArchived: true})
	if err != nil {
		return nil, err
	}
	lp := &listPlanner{missions: make([]listMission, len(ms)), staff: map[int64][]*liaison.Person{}, nextID: -1,
		of: newMissionsOf(), byID: map[int64]int{}, byName: map[string]int{}, notesLang: l}
	for i := range ms {
		lp.missions[i].Mission = ms[i].Mission
		if ms[i].Head.ID != 0 {
			lp.missions[i].head = &ms[i].Head
		}
		lp.index(i)
	}
	for i := range rows {
		p := &rows[i].Person
		lp.staff[p.MissionID] = append(lp.staff[p.MissionID], p)
	}
	plan := &ListPlan{Problems: problems, Items: make([]ListItem, 0, len(entries))}
	for i := range entries {
		plan.Items = append(plan.Items, lp.item(&entries[i]))
	}
	return plan, nil
}

func (lp *listPlanner) item(e *xlsx.Entry) ListItem {
	l := lp.notesLang
	it := ListItem{Entry: e}
	i := lp.findMission(e)
	if i < 0 {
		m := liaison.Mission{ID: lp.nextID, Kind: e.Kind, Country: e.Country, Name: e.Name, Phones: e.Phones,
			Email: e.Email, Address: e.Address, NationalDay: e.NationalDay, Notes: otherEmails(l, e.OtherEmails)}
		lp.nextID--
		lp.missions = append(lp.missions, listMission{Mission: m})
		i = len(lp.missions) - 1
		lp.index(i)
		it.NewMission = true
	} else {
		m := &lp.missions[i].Mission
		if named := learnName(m, e.Name); named != nil {
			it.Changes = append(it.Changes, *named)
			lp.index(i) // findable by its new name too
		}
		replace(&it.Changes, "Address", &m.Address, e.Address)
		replace(&it.Changes, "Email", &m.Email, e.Email)
		if !e.NationalDay.IsZero() && e.NationalDay != m.NationalDay {
			it.Changes = append(it.Changes, i18n.M("national day %s → %s", i18n.ReportMonthDay(m.NationalDay), i18n.ReportMonthDay(e.NationalDay)))
			m.NationalDay = e.NationalDay
		}
		if added := addNew(&m.Phones, e.Phones); len(added) > 0 {
			it.Changes = append(it.Changes, i18n.M("adds phone %s", strings.Join(added, ", ")))
		}
		if note := otherEmails(l, e.OtherEmails); note != "" && !strings.Contains(m.Notes, note) {
			m.Notes = strings.TrimSpace(m.Notes + "\n" + note)
			it.Changes = append(it.Changes, i18n.M("notes %s", note))
		}
	}
	lm := &lp.missions[i]
	it.mission, it.Mission = lm.Mission, lm.DisplayName()
	switch {
	case e.PeopleList:
		lp.member(&it, lm, &e.Head)
	case e.Vacant && lm.head != nil:
		it.Notes = append(it.Notes, i18n.M("the list says the post is vacant; %s is left as head: mark them departed if they left", lm.head.FullName()))
	case e.Head.FamilyName != "" || e.Head.GivenName != "":
		lp.head(&it, lm, &e.Head)
	}
	return it
}

// findMission finds the stored (or planned) mission a row is: an embassy
// by its country, a consulate by country and city, an organisation's
// office by the organisation (whatever language the list names it in),
// else by name.
func (lp *listPlanner) findMission(e *xlsx.Entry) int {
	if id, _ := lp.of.find(liaison.Mission{Kind: e.Kind, Country: e.Country, Name: e.Name}, e.City); id != 0 {
		return lp.byID[id]
	}
	if i, ok := lp.byName[liaison.Fold(e.Name)]; ok {
		return i
	}
	return -1
}

// head updates the head a row names, or plans a new one.
func (lp *listPlanner) head(it *ListItem, lm *listMission, listed *liaison.Person) {
	found := lp.findPerson(lm.ID, *listed)
	if found == nil {
		listed.ID, listed.MissionID = lp.nextID, lm.ID
		lp.nextID--
		it.NewHead, it.head = true, listed
		if lm.head != nil {
			it.Changes = append(it.Changes, i18n.M("%s becomes head of mission; %s stays on the staff (mark them departed if they left)",
				listed.FullName(), lm.head.FullName()))
		}
		lp.staff[lm.ID] = append(lp.staff[lm.ID], listed)
		lm.head = listed
		return
	}
	p := *found
	before := p
	p.HeadOfMission, p.Departed, p.Archived = true, false, false
	if !before.HeadOfMission || !before.Current() {
		it.Changes = append(it.Changes, i18n.M("%s becomes head of mission", p.FullName()))
	}
	if listed.Rank != "" && listed.Rank != p.Rank {
		it.Changes = append(it.Changes, i18n.M("rank %s → %s", rankArg(p.Rank), listed.Rank))
		p.Rank = listed.Rank
	}
	replace(&it.Changes, "Position", &p.Position, listed.Position)
	if !listed.Credentials.IsZero() && listed.Credentials.Compare(p.Credentials) != 0 {
		it.Changes = append(it.Changes, i18n.M("credentials %s → %s", i18n.ReportDate(p.Credentials), i18n.ReportDate(listed.Credentials)))
		p.Credentials = listed.Credentials
	}
	if added := addNew(&p.Emails, listed.Emails); len(added) > 0 {
		it.Changes = append(it.Changes, i18n.M("adds email %s", strings.Join(added, ", ")))
	}
	if p.Salutation == "" && listed.Salutation != "" {
		p.Salutation = listed.Salutation
	}
	if len(it.Changes) > 0 || !before.HeadOfMission {
		it.head = &p
	}
	lp.replaceStaff(&p)
	lm.head = &p
}

// member updates the person a row of a people list names, or plans a new
// one. Unlike a ministry's list, such a row is about the person, not the
// mission's head: it makes them head only when its status says so, and
// never demotes a head (it notes it instead). Names are not replaced; the
// rank, position and departure follow the list, emails, phones and
// languages are added.
func (lp *listPlanner) member(it *ListItem, lm *listMission, listed *liaison.Person) {
	found := lp.findPerson(lm.ID, *listed)
	if found == nil {
		listed.ID, listed.MissionID = lp.nextID, lm.ID
		lp.nextID--
		it.NewPerson, it.head = true, listed
		lp.staff[lm.ID] = append(lp.staff[lm.ID], listed)
		if listed.HeadOfMission && listed.Current() {
			it.NewHead = true
			if lm.head != nil {
				it.Changes = append(it.Changes, i18n.M("%s becomes head of mission; %s stays on the staff (mark them departed if they left)",
					listed.FullName(), lm.head.FullName()))
			}
			lm.head = listed
		}
		return
	}
	p := *found
	changes := len(it.Changes)
	if listed.HeadOfMission && !p.HeadOfMission && p.Current() && !listed.Departed {
		it.Changes = append(it.Changes, i18n.M("%s becomes head of mission", p.FullName()))
		p.HeadOfMission = true
		lm.head = &p
	} else if !listed.HeadOfMission && p.HeadOfMission && p.Current() && !listed.Departed {
		it.Notes = append(it.Notes, i18n.M("the list does not name %s head of mission; left as head", p.FullName()))
	}
	if listed.Departed && !p.Departed {
		it.Changes = append(it.Changes, i18n.M("%s departed", p.FullName()))
		p.Departed = true
	}
	if listed.Rank != "" && listed.Rank != p.Rank {
		it.Changes = append(it.Changes, i18n.M("rank %s → %s", rankArg(p.Rank), listed.Rank))
		p.Rank = listed.Rank
	}
	replace(&it.Changes, "Position", &p.Position, listed.Position)
	if p.AltName == "" && listed.AltName != "" && liaison.Fold(listed.AltName) != liaison.Fold(p.FullName()) {
		p.AltName = listed.AltName
		it.Changes = append(it.Changes, i18n.M("fills %s", i18n.Field("Alt name")))
	}
	if added := addNew(&p.Emails, listed.Emails); len(added) > 0 {
		it.Changes = append(it.Changes, i18n.M("adds email %s", strings.Join(added, ", ")))
	}
	if added := addNew(&p.Phones, listed.Phones); len(added) > 0 {
		it.Changes = append(it.Changes, i18n.M("adds phone %s", strings.Join(added, ", ")))
	}
	if added := addNew(&p.Languages, listed.Languages); len(added) > 0 {
		it.Changes = append(it.Changes, i18n.M("adds language %s", strings.Join(added, ", ")))
	}
	if len(it.Changes) > changes {
		it.head = &p
		lp.replaceStaff(&p)
	}
}

// replaceStaff keeps the planner's copy of a person up to date.
func (lp *listPlanner) replaceStaff(p *liaison.Person) {
	for i, o := range lp.staff[p.MissionID] {
		if o.ID == p.ID {
			lp.staff[p.MissionID][i] = p
		}
	}
}

// findPerson finds a listed person among a mission's people by name; nil
// when none.
func (lp *listPlanner) findPerson(missionID int64, listed liaison.Person) *liaison.Person {
	for _, p := range lp.staff[missionID] {
		if sameNameWords(*p, listed.FullName()) {
			return p
		}
	}
	return nil
}

// sameNameWords reports whether a name as a list writes it is the
// person's: the words of one hold the family and given names of the
// other, in any order and in either script ("Karimi Mohammad Reza" and
// "H.E. Mr. Mohammad Reza KARIMI"; "Ivanov Sergei" and "Иванов Сергей").
func sameNameWords(p liaison.Person, written string) bool {
	w := words(written)
	for _, name := range []string{p.FullName(), p.AltName} {
		if name == "" {
			continue
		}
		f, g, _ := liaison.SplitFullName(name)
		if name == p.FullName() {
			f, g = p.FamilyName, p.GivenName
		}
		if containsAll(w, words(f+" "+g)) || containsAll(words(name), w) {
			return true
		}
	}
	return false
}

// words returns the folded words of a name.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(liaison.Fold(s)) {
		out[w] = true
	}
	return out
}

// containsAll reports whether have holds every word of want, which is not
// empty.
func containsAll(have, want map[string]bool) bool {
	if len(want) == 0 {
		return false
	}
	for w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

// otherEmails words the extra addresses a list gives for a mission, which
// has one email field, for its notes, in the language l: the officer
// reads them there.
func otherEmails(l i18n.Lang, emails []string) string {
	if len(emails) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("Also: %s"), strings.Join(emails, ", "))
}

// replace sets a text field to the list's value when the list has one;
// field is its label.
func replace(changes *[]i18n.Message, field i18n.Field, dst *string, v string) {
	v = strings.TrimSpace(v)
	if v == "" || v == strings.TrimSpace(*dst) {
		return
	}
	*changes = append(*changes, i18n.M("%s %q → %q", field, *dst, v))
	*dst = v
}

// addNew appends the values of add not yet in have (compared folded) and
// returns them.
func addNew(have *[]string, add []string) []string {
	var added []string
	for _, v := range add {
		found := false
		for _, h := range *have {
			if liaison.Fold(h) == liaison.Fold(v) {
				found = true
				break
			}
		}
		if !found {
			*have = append(*have, v)
			added = append(added, v)
		}
	}
	return added
}

// rankArg is a rank for a report: its label, "none" for none.
func rankArg(r liaison.Rank) any {
	if r == "" {
		return i18n.M("none")
	}
	return r
}

// ListCounts counts what a list import does.
type ListCounts struct {
	NewMissions, UpdatedMissions, NewHeads, Unchanged, Problems int
	NewPeople                                                   int // people of a people list
}

// Counts counts the plan's rows.
func (p *ListPlan) Counts() ListCounts {
	c := ListCounts{Problems: len(p.Problems)}
	for _, it := range p.Items {
		switch {
		case it.NewMission:
			c.NewMissions++
		case it.Changed():
			c.UpdatedMissions++
		default:
			c.Unchanged++
		}
		if it.NewPerson {
			c.NewPeople++
		}
		if it.NewHead {
			c.NewHeads++
		}
	}
	return c
}

// String says it in words: "2 new missions, 1 updated, 40 unchanged; 1
// new heads; 0 rows with problems left out".
func (c ListCounts) String() string { return c.In(i18n.En) }

// In says it in words in the language l.
func (c ListCounts) In(l i18n.Lang) string {
	s := fmt.Sprintf(l.T("%d new missions, %d updated, %d unchanged; %d new heads; %d rows with problems left out"),
		c.NewMissions, c.UpdatedMissions, c.Unchanged, c.NewHeads, c.Problems)
	if c.NewPeople > 0 {
		s += "; " + fmt.Sprintf(l.T("%d new people"), c.NewPeople)
	}
	return s
}

// WriteReport writes what the plan will do, one line per row, then the
// problems, in the language l.
func (p *ListPlan) WriteReport(w io.Writer, l i18n.Lang) error {
	var b strings.Builder
	for _, it := range p.Items {
		fmt.Fprintf(&b, "  %s, %-9s %-9s %s", it.Entry.Sheet, fmt.Sprintf(l.T("row %d"), it.Entry.Row), l.T(it.Action().String()), it.Mission)
		if it.head != nil {
			fmt.Fprintf(&b, " · %s", it.head.FullName())
		}
		if details := it.Details(l); details != "" {
			fmt.Fprintf(&b, " — %s", details)
		}
		b.WriteString("\n")
	}
	for _, pr := range p.Problems {
		fmt.Fprintf(&b, "  "+l.T("problem: %s")+"\n", pr.In(l))
	}
	fmt.Fprintf(&b, l.T("%d rows: %s")+"\n", len(p.Items), p.Counts().In(l))
	_, err := io.WriteString(w, b.String())
	return err
}

// Action is what the row does to its mission: new, update or unchanged.
func (it ListItem) Action() Action {
	switch {
	case it.NewMission:
		return New
	case it.Changed():
		return Update
	}
	return Same
}

// Details says the row's changes, then its notes, in the language l.
func (it ListItem) Details(l i18n.Lang) string {
	return i18n.Join(l, append(slices.Clone(it.Changes), it.Notes...), "; ")
}

// Apply writes the plan in one transaction, as a batch named source that
// store.UndoImport can take back, and returns the batch.
func (p *ListPlan) Apply(ctx context.Context, s *store.Store, source string) (int64, error) {
	return s.Import(ctx, source, p.Write)
}

// Write writes the plan in tx, for an import that writes more than one
// plan as one batch.
func (p *ListPlan) Write(tx *store.Tx) error {
	ids := map[int64]int64{} // planned mission → stored
	for _, it := range p.Items {
		m := it.mission
		switch {
		case m.ID < 0 && ids[m.ID] == 0:
			planned := m.ID
			m.ID = 0
			if err := tx.CreateMission(&m); err != nil {
				return fmt.Errorf("%s, row %d: %w", it.Entry.Sheet, it.Entry.Row, err)
			}
			ids[planned] = m.ID
		case m.ID > 0 && it.Changed():
			if err := tx.UpdateMission(m); err != nil {
				return fmt.Errorf("%s, row %d: %w", it.Entry.Sheet, it.Entry.Row, err)
			}
		}
		if it.head == nil {
			continue
		}
		h := *it.head
		if h.MissionID < 0 {
			h.MissionID = ids[h.MissionID]
		}
		var err error
		if h.ID < 0 {
			h.ID = 0
			err = tx.CreatePerson(&h)
		} else {
			err = tx.UpdatePerson(h)
		}
		if err != nil {
			return fmt.Errorf("%s, row %d (%s): %w", it.Entry.Sheet, it.Entry.Row, h.FullName(), err)
		}
	}
	return nil
}

// Person is the name of the person the row writes (a new or updated head,
// or a member of a people list); "" when it writes nobody.
func (it ListItem) Person() string {
	if it.head == nil {
		return ""
	}
	return it.head.FullName()
}
