package vcf

import (
	"strings"

	vcard "github.com/emersion/go-vcard"

	"liaison/internal/liaison"
)

// Liaison's own properties carry what a vCard has no place for, so that a
// file Liaison exported imports back with every field: the rank, the
// dates of accreditation, the mission's kind and country. Other clients
// ignore X- properties and keep them.
const (
	xRank         = "X-LIAISON-RANK"
	xHead         = "X-LIAISON-HEAD-OF-MISSION"
	xAltName      = "X-LIAISON-OTHER-SCRIPT"
	xAgrement     = "X-LIAISON-AGREMENT"
	xCredentials  = "X-LIAISON-CREDENTIALS"
	xNotification = "X-LIAISON-NOTIFICATION"
	xPostingStart = "X-LIAISON-POSTING-START"
	xPostingEnd   = "X-LIAISON-POSTING-END"
	xDeparted     = "X-LIAISON-DEPARTED"
	xSpouse       = "X-LIAISON-SPOUSE"
	xLanguages    = "X-LIAISON-LANGUAGES"
	xMissionKind  = "X-LIAISON-MISSION-KIND"
	xCountry      = "X-LIAISON-COUNTRY"
)

// readOwnFields reads Liaison's own properties over what the standard
// ones gave.
func readOwnFields(card vcard.Card, c *Contact) {
	p := &c.Person
	val := func(k string) string { return text(card.Value(k)) }
	if v := val(xRank); v != "" {
		if r, err := liaison.ParseRank(v); err == nil {
			p.Rank = r
		}
	}
	if v := val(xAltName); v != "" {
		p.AltName = v
	}
	p.HeadOfMission = p.HeadOfMission || val(xHead) == "1"
	p.Departed = p.Departed || val(xDeparted) == "1"
	for _, d := range []struct {
		name string
		dst  *liaison.Date
	}{
		{xAgrement, &p.Agrement}, {xCredentials, &p.Credentials}, {xNotification, &p.Notification},
		{xPostingStart, &p.PostingStart}, {xPostingEnd, &p.PostingEnd},
	} {
		if v := val(d.name); v != "" {
			if date, err := liaison.ParseDate(v); err == nil && !date.IsZero() {
				*d.dst = date
			}
		}
	}
	if v := val(xSpouse); v != "" {
		p.Spouse = v
	}
	if v := val(xLanguages); v != "" && len(p.Languages) == 0 {
		for _, l := range strings.Split(v, ",") {
			if l = strings.TrimSpace(l); l != "" {
				p.Languages = append(p.Languages, l)
			}
		}
	}
	if v := val(xMissionKind); v != "" {
		if k, err := liaison.ParseMissionKind(v); err == nil {
			c.OrgKind = k
		}
	}
	if v := strings.ToUpper(val(xCountry)); v != "" && liaison.ValidCountry(v) {
		c.OrgCountry = v
	}
}
