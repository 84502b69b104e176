package documents

import (
	"testing"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// TestSalutation opens a letter to an ambassador with the Excellency and
// to anyone else with the form of address and the family name, in each
// language.
func TestSalutation(t *testing.T) {
	orazov := liaison.Person{FamilyName: "Orazov", GivenName: "Atajan", AltName: "Оразов Атаджан",
		Salutation: "Mr.", Rank: liaison.Ambassador}
	counsellor := orazov
	counsellor.Rank = liaison.Counsellor
	ivanova := liaison.Person{FamilyName: "Иванова", GivenName: "Анна", MiddleName: "Петровна",
		AltName: "Ivanova Anna", Salutation: "г-жа", Rank: liaison.FirstSecretary}
	nobody := liaison.Person{FamilyName: "Smith", GivenName: "Alex", Rank: liaison.Attache}
	doctor := liaison.Person{FamilyName: "Weber", GivenName: "Karl", Salutation: "Dr.", Rank: liaison.Counsellor}
	tests := []struct {
		name string
		p    liaison.Person
		want map[i18n.Lang]string
	}{
		{"ambassador", orazov, map[i18n.Lang]string{
			i18n.En: "Your Excellency,", i18n.Ru: "Ваше Превосходительство,", i18n.Kk: "Ұлы Мәртебелі,"}},
		{"counsellor", counsellor, map[i18n.Lang]string{
			i18n.En: "Dear Mr. Orazov,", i18n.Ru: "Уважаемый господин Оразов,", i18n.Kk: "Құрметті Оразов мырза,"}},
		{"woman", ivanova, map[i18n.Lang]string{
			i18n.En: "Dear Ms. Ivanova,", i18n.Ru: "Уважаемая госпожа Иванова,", i18n.Kk: "Құрметті Иванова ханым,"}},
		{"doctor", doctor, map[i18n.Lang]string{
			i18n.En: "Dear Dr. Weber,", i18n.Ru: "Уважаемый(ая) доктор Weber,", i18n.Kk: "Құрметті доктор Weber,"}},
		{"no salutation", nobody, map[i18n.Lang]string{
			i18n.En: "Dear Alex Smith,", i18n.Ru: "Уважаемый(ая) Alex Smith,", i18n.Kk: "Құрметті Alex Smith,"}},
	}
	for _, tt := range tests {
		for _, l := range i18n.Langs {
			t.Run(tt.name+"/"+string(l), func(t *testing.T) {
				if got, want := Salutation(l, tt.p, "TM"), tt.want[l]; got != want {
					t.Errorf("Salutation = %q, want %q", got, want)
				}
			})
		}
	}
}

// TestLetterFields fills every placeholder from the event, the invitee
// and the settings, dates written out as each language writes them.
func TestLetterFields(t *testing.T) {
	e := liaison.Event{Title: "Briefing", StartsAt: liaison.Day(2026, time.December, 10).At(11, 0),
		Venue: "Ombudsman's Office", DressCode: "Business", RSVPBy: liaison.Day(2026, time.December, 5), Host: "The Ombudsman"}
	in := liaison.Placed{
		Person:  liaison.Person{FamilyName: "Orazov", GivenName: "Atajan", AltName: "Оразов Атаджан", Salutation: "Mr.", Rank: liaison.Ambassador},
		Mission: liaison.Mission{ID: 1, Name: "Embassy of Turkmenistan", NameRu: "Посольство Туркменистана", Country: "TM", Address: "Astana, 11 Kabanbay Batyr"},
	}
	s := Settings{Signatory: "A. Seitkali", SignatoryTitle: "Head of Protocol", Today: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	got := LetterFields(i18n.Ru, e, in, s)
	want := map[string]string{
		FieldAddressee: "Его Превосходительство господин Атаджан Оразов", FieldSalutation: "Ваше Превосходительство,",
		FieldPosition: "Чрезвычайный и Полномочный Посол", FieldMission: "Посольство Туркменистана",
		FieldMissionAddress: "Astana, 11 Kabanbay Batyr", FieldEventTitle: "Briefing", FieldEventDate: "10 декабря 2026 г.",
		FieldEventTime: "11:00", FieldVenue: "Ombudsman's Office", FieldDressCode: "Business", FieldReplyBy: "5 декабря 2026 г.",
		FieldHost: "The Ombudsman", FieldSignatory: "A. Seitkali", FieldSignatoryTitle: "Head of Protocol", FieldToday: "1 декабря 2026 г.",
	}
	for _, f := range Fields {
		if got[f] != want[f] {
			t.Errorf("%s = %q, want %q", f, got[f], want[f])
		}
	}
	if got, want := LetterFields(i18n.Kk, e, in, s)[FieldEventDate], "2026 жылғы 10 желтоқсан"; got != want {
		t.Errorf("Kazakh EventDate = %q, want %q", got, want)
	}
	if got, want := LetterFields(i18n.En, e, in, s)[FieldToday], "1 December 2026"; got != want {
		t.Errorf("English Today = %q, want %q", got, want)
	}
}
