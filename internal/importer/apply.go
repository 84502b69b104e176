package importer

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/store"
)

// Counts says how many cards each action takes.
type Counts struct {
	New, Update, Same, Skip, Merged, Missions int
	// Named counts the stored missions the cards name in a language they
	// had no name in: the import adds that name.
	Named int
	// Likely counts the new people who are possibly someone stored.
	Likely int
}

// Counts counts the plan's cards by action, and the missions it creates.
func (p *Plan) Counts() Counts {
	c := Counts{Missions: len(p.newMissions), Named: len(p.named)}
	for _, it := range p.Items {
		switch it.Action {
		case New:
			c.New++
		case Update:
			c.Update++
		case Same:
			c.Same++
		case Skip:
			c.Skip++
		case Merged:
			c.Merged++
		}
		if it.Likely != "" {
			c.Likely++
		}
	}
	return c
}

// String says it in words: "3 new, 1 to update, 2 unchanged, 1 skipped;
// 1 new mission".
func (c Counts) String() string { return c.In(i18n.En) }

// In says it in words in the language l.
func (c Counts) In(l i18n.Lang) string {
	s := fmt.Sprintf(l.T("%d new, %d to update, %d unchanged, %d skipped"), c.New, c.Update, c.Same, c.Skip)
	if c.Merged > 0 {
		s += "; " + fmt.Sprintf(l.T("%d joined to another card of the same person"), c.Merged)
	}
	if c.Likely > 0 {
		s += "; " + fmt.Sprintf(l.T("%d possibly someone already stored"), c.Likely)
	}
	switch c.Missions {
	case 0:
	case 1:
		s += "; " + l.T("1 new mission")
	default:
		s += "; " + fmt.Sprintf(l.T("%d new missions"), c.Missions)
	}
	if c.Named > 0 {
		s += "; " + fmt.Sprintf(l.T("missions named in the cards' language: %d"), c.Named)
	}
	return s
}

// Apply writes the plan in one transaction: every new mission, new person
// and update, or, when anything fails, nothing. It returns the import's
// batch, which store.UndoImport takes back.
func (p *Plan) Apply(ctx context.Context, s *store.Store) (int64, error) {
	return s.Import(ctx, p.Source(), func(tx *store.Tx) error {
		missionIDs := map[int64]int64{} // planned → stored
		for _, m := range p.newMissions {
			planned := m.ID
			m.ID = 0
			if err := tx.CreateMission(&m); err != nil {
				return fmt.Errorf("mission %q: %w", m.Name, err)
			}
			missionIDs[planned] = m.ID
		}
		for _, id := range slices.Sorted(maps.Keys(p.named)) {
			m := p.named[id]
			if err := tx.UpdateMission(m); err != nil {
				return fmt.Errorf("mission %q: %w", m.Name, err)
			}
		}
		for _, it := range p.Items {
			if it.Action != New && it.Action != Update {
				continue
			}
			person := *it.person
			if person.MissionID < 0 {
				person.MissionID = missionIDs[person.MissionID]
			}
			var err error
			if it.Action == New {
				person.ID = 0
				err = tx.CreatePerson(&person)
			} else {
				err = tx.UpdatePerson(person)
			}
			if err == nil && it.photo {
				err = tx.SetPhoto(person.ID, it.Contact.Photo)
			}
			if err != nil {
				return fmt.Errorf("%s, card of line %d (%s): %w", it.Source, it.Contact.Line, it.Name, err)
			}
		}
		return nil
	})
}

// Source names the files of the plan, for the history.
func (p *Plan) Source() string {
	var names []string
	for _, it := range p.Items {
		if len(names) == 0 || names[len(names)-1] != it.Source {
			names = append(names, it.Source)
		}
	}
	return SourceName(names)
}

// SourceName names the files of an import for the history: their base
// names, without the folders, which say more about the officer's disk
// than about the import.
func SourceName(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return strings.Join(names, ", ")
}

// WriteReport writes what the plan will do, one line per card, in the
// language l.
func (p *Plan) WriteReport(w io.Writer, l i18n.Lang) error {
	b := bufio.NewWriter(w)
	source := ""
	for _, it := range p.Items {
		if it.Source != source {
			source = it.Source
			fmt.Fprintf(b, "%s:\n", source)
		}
		fmt.Fprintf(b, "  %-10s %-9s %s\n", fmt.Sprintf(l.T("line %d"), it.Contact.Line), l.T(it.Action.String()), it.Summary(l))
	}
	fmt.Fprintf(b, l.T("%d cards: %s")+"\n", len(p.Items), p.Counts().In(l))
	return b.Flush()
}

// Summary describes the item in one line in the language l: who, where,
// and what changes.
func (it Item) Summary(l i18n.Lang) string {
	parts := []string{nameOr(it.Name, l.T("(no name)"))}
	if it.Mission != "" {
		m := it.Mission
		if it.NewMission != nil {
			m += " (" + i18n.M("new mission: %s", Describe(*it.NewMission)).In(l) + ")"
		}
		parts = append(parts, m)
	}
	s := strings.Join(parts, " · ")
	if details := it.Details(l); details != "" {
		s += " — " + details
	}
	return s
}

// Details says, in the language l, why the card is skipped, how its
// person and mission were found, what changes and what stays.
func (it Item) Details(l i18n.Lang) string {
	var details []string
	say := func(m i18n.Message) { details = append(details, m.In(l)) }
	switch {
	case !it.Contact.Skip.IsZero():
		say(it.Contact.Skip)
	case !it.Why.IsZero():
		say(it.Why)
	}
	switch it.Match {
	case "UID":
		say(i18n.M("found by UID"))
	case "email":
		say(i18n.M("found by email"))
	case "name":
		say(i18n.M("found by name"))
	case "name words":
		say(i18n.M("found by name, written in another script or order"))
	case "likely":
		say(i18n.M("merged: possibly the same person, as chosen"))
	}
	switch it.FoundMission {
	case "country":
		say(i18n.M("%q is this country's mission of that kind", it.Contact.Org))
	case "organisation":
		say(i18n.M("%q is this organisation's office", it.Contact.Org))
	}
	if it.Likely != "" {
		say(i18n.M("possibly the same as %s: kept as a new person", it.Likely))
	}
	for _, m := range slices.Concat(it.Changes, it.Kept, it.Contact.Notes) {
		say(m)
	}
	return strings.Join(details, "; ")
}

func nameOr(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}
