// Package documents makes an event's paperwork from its list: invitation
// letters, envelopes, place cards and badges as PDF (and, in docx*.go,
// letters merged into the office's own Word template).
package documents

import (
	"fmt"
	"strings"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// Settings are what the office decides once for its letters: who signs
// them, the letterhead image and the day they are dated.
type Settings struct {
	Signatory      string    // "A. Seitkali"
	SignatoryTitle string    // "Head of the Protocol Service"
	Letterhead     string    // path of a PNG or JPEG printed at the top of each letter; "" for none
	Today          time.Time // the date of the letters; the zero time means time.Now()
}

// The placeholders of a letter's template, written {{Name}} in it.
const (
	FieldAddressee      = "Addressee"
	FieldSalutation     = "Salutation"
	FieldPosition       = "Position"
	FieldMission        = "Mission"
	FieldMissionAddress = "MissionAddress"
	FieldEventTitle     = "EventTitle"
	FieldEventDate      = "EventDate"
	FieldEventTime      = "EventTime"
	FieldVenue          = "Venue"
	FieldDressCode      = "DressCode"
	FieldReplyBy        = "ReplyBy"
	FieldHost           = "Host"
	FieldSignatory      = "Signatory"
	FieldSignatoryTitle = "SignatoryTitle"
	FieldToday          = "Today"
)

// Fields lists every placeholder a template may use, in the order a
// letter reads them.
var Fields = []string{
	FieldAddressee, FieldSalutation, FieldPosition, FieldMission, FieldMissionAddress,
	FieldEventTitle, FieldEventDate, FieldEventTime, FieldVenue, FieldDressCode, FieldReplyBy,
	FieldHost, FieldSignatory, FieldSignatoryTitle, FieldToday,
}

// LetterFields returns the text of each placeholder of a letter to the
// invitee in the language l: the addressee with the form of address
// ("H.E. Mr. Atajan Orazov"), the salutation ("Your Excellency," for an
// ambassador, else "Dear Mr. Orazov,"), the mission and its address, the
// event's particulars with dates written out as the language writes them
// in a letter, and the signatory. A field the records leave empty is "".
func LetterFields(l i18n.Lang, e liaison.Event, invitee liaison.Placed, s Settings) map[string]string {
	p, m := invitee.Person, invitee.Mission
	today := s.Today
	if today.IsZero() {
		today = time.Now()
	}
	eventTime := ""
	if e.StartsAt.HasClock() {
		h, min := e.StartsAt.Clock()
		eventTime = fmt.Sprintf("%02d:%02d", h, min)
	}
	return map[string]string{
		FieldAddressee:      l.ListedName(p, m.Country),
		FieldSalutation:     Salutation(l, p, m.Country),
		FieldPosition:       position(l, p),
		FieldMission:        missionName(l, m),
		FieldMissionAddress: strings.TrimSpace(m.Address),
		FieldEventTitle:     strings.TrimSpace(e.Title),
		FieldEventDate:      LongDate(l, e.StartsAt.Time(time.UTC)),
		FieldEventTime:      eventTime,
		FieldVenue:          strings.TrimSpace(e.Venue),
		FieldDressCode:      strings.TrimSpace(e.DressCode),
		FieldReplyBy:        LongDate(l, e.RSVPBy.Time(time.UTC)),
		FieldHost:           strings.TrimSpace(e.Host),
		FieldSignatory:      strings.TrimSpace(s.Signatory),
		FieldSignatoryTitle: strings.TrimSpace(s.SignatoryTitle),
		FieldToday:          LongDate(l, today),
	}
}

// missionName is the mission's name in the language; "" for a person of
// no mission.
func missionName(l i18n.Lang, m liaison.Mission) string {
	if m.ID == 0 && m.Name == "" {
		return ""
	}
	return m.NameIn(string(l))
}

// position is the invitee's position as typed when it is written in the
// letter's script (Cyrillic for Russian and Kazakh, Latin for English),
// else their rank in the language, else the position as typed: a Kazakh
// letter says "Төтенше және Өкілетті Елші" rather than an English
// "Deputy Head of Mission".
func position(l i18n.Lang, p liaison.Person) string {
	typed := strings.TrimSpace(p.Position)
	if typed != "" && liaison.IsCyrillic(typed) == (l != i18n.En) {
		return typed
	}
	if p.Rank != "" && p.Rank != liaison.OtherRank {
		return l.Label(p.Rank)
	}
	return typed
}

// excellencies are the salutations of a letter to an ambassador.
var excellencies = map[i18n.Lang]string{
	i18n.En: "Your Excellency,",
	i18n.Ru: "Ваше Превосходительство,",
	i18n.Kk: "Ұлы Мәртебелі,",
}

// Salutation is how a letter in the language opens to the person:
// "Your Excellency," / "Ваше Превосходительство," / "Ұлы Мәртебелі," to an
// ambassador; to anyone else the form of address and the family name:
// "Dear Mr. Orazov," / "Уважаемый господин Оразов," / "Құрметті Оразов
// мырза," (Kazakh puts мырза and ханым after the name). Russian says
// "Уважаемая" to a woman and "Уважаемый(ая)" when the records do not say
// which. Without a salutation on record the whole name stands in for
// form and family name. country is the mission's (names of some
// countries keep the family name first).
func Salutation(l i18n.Lang, p liaison.Person, country string) string {
	if p.Rank == liaison.Ambassador {
		return excellencies[l]
	}
	form := l.FormOfAddress(p)
	name := familyNameIn(l, p)
	if form == "" || name == "" {
		form, name = "", l.PrintedName(p, country)
	}
	switch l {
	case i18n.Ru:
		dear := "Уважаемый(ая)"
		switch i18n.GenderOf(p) {
		case i18n.Male:
			dear = "Уважаемый"
		case i18n.Female:
			dear = "Уважаемая"
		}
		return joinWords(dear, form, name) + ","
	case i18n.Kk:
		if form == "мырза" || form == "ханым" {
			return joinWords("Құрметті", name, form) + ","
		}
		return joinWords("Құрметті", form, name) + ","
	default:
		return joinWords("Dear", form, name) + ","
	}
}

// familyNameIn is the person's family name in the letter's script
// (Cyrillic for Russian and Kazakh, Latin for English) when the name in
// the other script is on record, as i18n's PrintedName chooses it.
func familyNameIn(l i18n.Lang, p liaison.Person) string {
	family := p.FamilyName
	wantCyrillic := l != i18n.En
	if p.AltName != "" && liaison.IsCyrillic(p.FullName()) != wantCyrillic && liaison.IsCyrillic(p.AltName) == wantCyrillic {
		family, _, _ = p.AltNameParts()
	}
	return strings.TrimSpace(family)
}

// joinWords joins the non-empty parts with spaces.
func joinWords(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// Months in the genitive, as a Russian date says them, and as Kazakh
// names them.
var (
	monthsRu = [12]string{"января", "февраля", "марта", "апреля", "мая", "июня",
		"июля", "августа", "сентября", "октября", "ноября", "декабря"}
	monthsKk = [12]string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
		"шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
)

// LongDate writes a day as a letter does in the language: "24 November
// 2026", "24 ноября 2026 г.", "2026 жылғы 24 қараша"; "" for the zero
// time.
func LongDate(l i18n.Lang, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	switch l {
	case i18n.Ru:
		return fmt.Sprintf("%d %s %d г.", t.Day(), monthsRu[t.Month()-1], t.Year())
	case i18n.Kk:
		return fmt.Sprintf("%d жылғы %d %s", t.Year(), t.Day(), monthsKk[t.Month()-1])
	default:
		return t.Format("2 January 2006")
	}
}
