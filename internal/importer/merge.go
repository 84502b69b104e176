package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// merge applies a card to a stored person: the card fills empty fields
// and adds emails, phones and languages; where both have a value and they
// differ, the stored one stays and is reported as kept. Changes and kept
// values are said in the language l.
func merge(l i18n.Lang, stored, card liaison.Person, missionName func(int64) string) (merged liaison.Person, changes, kept []string) {
	merged = stored
	keep := func(field, was, card string) {
		kept = append(kept, fmt.Sprintf(l.T("%s: kept %s (card: %s)"), fieldName(l, field), was, card))
	}
	text := func(field string, dst *string, v string) {
		v = strings.TrimSpace(v)
		switch {
		case v == "" || liaison.Fold(v) == liaison.Fold(*dst):
		case strings.TrimSpace(*dst) == "":
			*dst = v
			changes = append(changes, fmt.Sprintf(l.T("fills %s"), fieldName(l, field)))
		default:
			keep(field, strconv.Quote(*dst), strconv.Quote(v))
		}
	}
	text(l.T("Family name"), &merged.FamilyName, card.FamilyName)
	text(l.T("Given name"), &merged.GivenName, card.GivenName)
	text(l.T("Middle name"), &merged.MiddleName, card.MiddleName)
	text(l.T("Alt name"), &merged.AltName, card.AltName)
	text(l.T("Salutation"), &merged.Salutation, card.Salutation)
	text(l.T("Suffix"), &merged.Suffix, card.Suffix)
	text(l.T("Position"), &merged.Position, card.Position)
	text(l.T("Address"), &merged.Address, card.Address)
	text(l.T("Spouse"), &merged.Spouse, card.Spouse)
	text(l.T("Notes"), &merged.Notes, card.Notes)
	if card.Rank != "" && card.Rank != merged.Rank {
		if merged.Rank == "" {
			merged.Rank = card.Rank
			changes = append(changes, fmt.Sprintf(l.T("fills %s"), fieldName(l, l.T("Rank"))))
		} else {
			keep(l.T("Rank"), strconv.Quote(l.Label(merged.Rank)), strconv.Quote(l.Label(card.Rank)))
		}
	}
	for _, d := range []struct {
		field string
		dst   *liaison.Date
		v     liaison.Date
	}{
		{l.T("Agrément"), &merged.Agrement, card.Agrement},
		{l.T("Credentials"), &merged.Credentials, card.Credentials},
		{l.T("Notification"), &merged.Notification, card.Notification},
		{l.T("Posting start"), &merged.PostingStart, card.PostingStart},
		{l.T("Posting end"), &merged.PostingEnd, card.PostingEnd},
	} {
		switch {
		case d.v.IsZero() || d.v.Compare(*d.dst) == 0:
		case d.dst.IsZero():
			*d.dst = d.v
			changes = append(changes, fmt.Sprintf(l.T("fills %s"), fieldName(l, d.field)))
		default:
			keep(d.field, date(l, *d.dst), date(l, d.v))
		}
	}
	if card.MissionID != 0 && card.MissionID != stored.MissionID {
		if stored.MissionID == 0 {
			merged.MissionID = card.MissionID
			changes = append(changes, l.T("sets the mission"))
		} else {
			keep(l.T("Mission"), missionName(stored.MissionID), missionName(card.MissionID))
		}
	}
	if card.HeadOfMission && !stored.HeadOfMission {
		keep(l.T("Head of mission"), l.T("no"), l.T("yes"))
	}
	if card.Departed && !stored.Departed {
		keep(l.T("Departed"), l.T("no"), l.T("yes"))
	}
	var added []string
	merged.Emails, added = union(stored.Emails, card.Emails, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, fmt.Sprintf(l.T("adds email %s"), strings.Join(added, ", ")))
	}
	merged.Phones, added = union(stored.Phones, card.Phones, phoneKey)
	if len(added) > 0 {
		changes = append(changes, fmt.Sprintf(l.T("adds phone %s"), strings.Join(added, ", ")))
	}
	merged.Languages, added = union(stored.Languages, card.Languages, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, fmt.Sprintf(l.T("adds language %s"), strings.Join(added, ", ")))
	}
	return merged, changes, kept
}

// fieldName is a field's label, translated, as a sentence of the report
// has it: lower-case in English ("fills family name"), as the form
// writes it in Russian and Kazakh, where it stands in quotes or first.
func fieldName(l i18n.Lang, label string) string {
	if l == i18n.En || l == "" {
		return strings.ToLower(label)
	}
	return label
}

// date writes a date of the report: 2026-11-24 in English, as the
// command line has always written it; 24.11.2026 in Russian and Kazakh.
func date(l i18n.Lang, d liaison.Date) string {
	if l == i18n.En || l == "" {
		return d.String()
	}
	return l.Date(d)
}

// union appends to have the values of add it lacks, compared by key, and
// returns the result and what it added.
func union(have, add []string, key func(string) string) (out, added []string) {
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

// phoneKey compares phones by their digits: "+7 701 555 01 02" is
// "87015550102"'s number written another way only when the digits agree,
// so the label and spacing do not matter. The letters of a vanity number
// count as the digits of their keys (1-800-MYFAX is 1-800-69329), so two
// vanity numbers are not taken for one.
func phoneKey(s string) string {
	number, _ := liaison.SplitPhone(s)
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
