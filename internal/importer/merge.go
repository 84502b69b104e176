package importer

import (
	"fmt"
	"slices"
	"strings"

	"liaison/internal/liaison"
)

// merge applies a card to a stored person: the card fills empty fields
// and adds emails, phones and languages; where both have a value and they
// differ, the stored one stays and is reported as kept.
func merge(stored, card liaison.Person, missionName func(int64) string) (merged liaison.Person, changes, kept []string) {
	merged = stored
	text := func(field string, dst *string, v string) {
		v = strings.TrimSpace(v)
		switch {
		case v == "" || liaison.Fold(v) == liaison.Fold(*dst):
		case strings.TrimSpace(*dst) == "":
			*dst = v
			changes = append(changes, "fills "+field)
		default:
			kept = append(kept, fmt.Sprintf("%s: kept %q (card: %q)", field, *dst, v))
		}
	}
	text("family name", &merged.FamilyName, card.FamilyName)
	text("given name", &merged.GivenName, card.GivenName)
	text("middle name", &merged.MiddleName, card.MiddleName)
	text("other script", &merged.AltName, card.AltName)
	text("salutation", &merged.Salutation, card.Salutation)
	text("suffix", &merged.Suffix, card.Suffix)
	text("position", &merged.Position, card.Position)
	text("address", &merged.Address, card.Address)
	text("spouse", &merged.Spouse, card.Spouse)
	text("notes", &merged.Notes, card.Notes)
	rank := string(merged.Rank)
	text("rank", &rank, string(card.Rank))
	merged.Rank = liaison.Rank(rank)
	for _, d := range []struct {
		field string
		dst   *liaison.Date
		v     liaison.Date
	}{
		{"agrément", &merged.Agrement, card.Agrement},
		{"credentials", &merged.Credentials, card.Credentials},
		{"notification", &merged.Notification, card.Notification},
		{"posting start", &merged.PostingStart, card.PostingStart},
		{"posting end", &merged.PostingEnd, card.PostingEnd},
	} {
		switch {
		case d.v.IsZero() || d.v.Compare(*d.dst) == 0:
		case d.dst.IsZero():
			*d.dst = d.v
			changes = append(changes, "fills "+d.field)
		default:
			kept = append(kept, fmt.Sprintf("%s: kept %s (card: %s)", d.field, d.dst, d.v))
		}
	}
	if card.MissionID != 0 && card.MissionID != stored.MissionID {
		if stored.MissionID == 0 {
			merged.MissionID = card.MissionID
			changes = append(changes, "sets the mission")
		} else {
			kept = append(kept, fmt.Sprintf("mission: kept %s (card: %s)", missionName(stored.MissionID), missionName(card.MissionID)))
		}
	}
	if card.HeadOfMission && !stored.HeadOfMission {
		kept = append(kept, "head of mission: kept no (card: yes)")
	}
	if card.Departed && !stored.Departed {
		kept = append(kept, "departed: kept no (card: yes)")
	}
	var added []string
	merged.Emails, added = union(stored.Emails, card.Emails, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, "adds email "+strings.Join(added, ", "))
	}
	merged.Phones, added = union(stored.Phones, card.Phones, phoneKey)
	if len(added) > 0 {
		changes = append(changes, "adds phone "+strings.Join(added, ", "))
	}
	merged.Languages, added = union(stored.Languages, card.Languages, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, "adds language "+strings.Join(added, ", "))
	}
	return merged, changes, kept
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
// so the label and spacing do not matter.
func phoneKey(s string) string {
	number, _ := liaison.SplitPhone(s)
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, number)
}
