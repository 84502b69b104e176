package importer

import (
	"strconv"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// merge applies a card to a stored person: the card fills empty fields
// and adds emails, phones and languages; where both have a value and they
// differ, the stored one stays and is reported as kept.
func merge(stored, card liaison.Person, missionName func(int64) any) (merged liaison.Person, changes, kept []i18n.Message) {
	merged = stored
	keep := func(field i18n.Field, was, card any) {
		kept = append(kept, i18n.M("%s: kept %s (card: %s)", field, was, card))
	}
	fills := func(field i18n.Field) { changes = append(changes, i18n.M("fills %s", field)) }
	text := func(field i18n.Field, dst *string, v string) {
		v = strings.TrimSpace(v)
		switch {
		case v == "" || liaison.Fold(v) == liaison.Fold(*dst):
		case strings.TrimSpace(*dst) == "":
			*dst = v
			fills(field)
		default:
			keep(field, strconv.Quote(*dst), strconv.Quote(v))
		}
	}
	text(i18n.Field("Family name"), &merged.FamilyName, card.FamilyName)
	text(i18n.Field("Given name"), &merged.GivenName, card.GivenName)
	text(i18n.Field("Middle name"), &merged.MiddleName, card.MiddleName)
	text(i18n.Field("Alt name"), &merged.AltName, card.AltName)
	text(i18n.Field("Salutation"), &merged.Salutation, card.Salutation)
	text(i18n.Field("Suffix"), &merged.Suffix, card.Suffix)
	text(i18n.Field("Position"), &merged.Position, card.Position)
	text(i18n.Field("Address"), &merged.Address, card.Address)
	text(i18n.Field("Spouse"), &merged.Spouse, card.Spouse)
	text(i18n.Field("Notes"), &merged.Notes, card.Notes)
	if card.Rank != "" && card.Rank != merged.Rank {
		if merged.Rank == "" {
			merged.Rank = card.Rank
			fills(i18n.Field("Rank"))
		} else {
			keep(i18n.Field("Rank"), quotedLabel{merged.Rank}, quotedLabel{card.Rank})
		}
	}
	for _, d := range []struct {
		field i18n.Field
		dst   *liaison.Date
		v     liaison.Date
	}{
		{i18n.Field("Agrément"), &merged.Agrement, card.Agrement},
		{i18n.Field("Credentials"), &merged.Credentials, card.Credentials},
		{i18n.Field("Notification"), &merged.Notification, card.Notification},
		{i18n.Field("Posting start"), &merged.PostingStart, card.PostingStart},
		{i18n.Field("Posting end"), &merged.PostingEnd, card.PostingEnd},
	} {
		switch {
		case d.v.IsZero() || d.v.Compare(*d.dst) == 0:
		case d.dst.IsZero():
			*d.dst = d.v
			fills(d.field)
		default:
			keep(d.field, i18n.ReportDate(*d.dst), i18n.ReportDate(d.v))
		}
	}
	if card.MissionID != 0 && card.MissionID != stored.MissionID {
		if stored.MissionID == 0 {
			merged.MissionID = card.MissionID
			changes = append(changes, i18n.M("sets the mission"))
		} else {
			keep(i18n.Field("Mission"), missionName(stored.MissionID), missionName(card.MissionID))
		}
	}
	if card.HeadOfMission && !stored.HeadOfMission {
		keep(i18n.Field("Head of mission"), i18n.M("no"), i18n.M("yes"))
	}
	if card.Departed && !stored.Departed {
		keep(i18n.Field("Departed"), i18n.M("no"), i18n.M("yes"))
	}
	var added []string
	merged.Emails, added = liaison.Union(stored.Emails, card.Emails, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, i18n.M("adds email %s", strings.Join(added, ", ")))
	}
	merged.Phones, added = liaison.Union(stored.Phones, card.Phones, liaison.PhoneKey)
	if len(added) > 0 {
		changes = append(changes, i18n.M("adds phone %s", strings.Join(added, ", ")))
	}
	merged.Languages, added = liaison.Union(stored.Languages, card.Languages, strings.ToLower)
	if len(added) > 0 {
		changes = append(changes, i18n.M("adds language %s", strings.Join(added, ", ")))
	}
	return merged, changes, kept
}

// quotedLabel is a label (a rank) said in quotes in the language.
type quotedLabel struct{ x interface{ Label() string } }

// In says the label in l, quoted.
func (q quotedLabel) In(l i18n.Lang) string { return strconv.Quote(l.Label(q.x)) }
