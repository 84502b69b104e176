package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// sampleMissions are missions of every kind with heads of every sort: an
// ambassador, a chargé d'affaires, a consul general, a vacant post, a
// government body without a head, an organisation without a country.
func sampleMissions() []liaison.HeadedMission {
	return []liaison.HeadedMission{
		{Mission: liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of the Federal Republic of Germany",
			Phones: []string{"+7 7172 79 12 00", "+7 701 555 01 02"}, Email: "info@astana.diplo.de", Address: "Kabanbay Batyr 1, Astana",
			NationalDay: liaison.MonthDay{Month: 10, Day: 3}},
			Head: liaison.Person{ID: 1, FamilyName: "Brandt", GivenName: "Katharina", Salutation: "Ms.", Rank: liaison.Ambassador,
				HeadOfMission: true, Credentials: liaison.Day(2025, 3, 11)}},
		{Mission: liaison.Mission{Kind: liaison.Embassy, Country: "BY", Name: "Посольство Республики Беларусь",
			NationalDay: liaison.MonthDay{Month: 7, Day: 3}},
			Head: liaison.Person{ID: 2, FamilyName: "Ёлкин", GivenName: "Андрей", MiddleName: "Викторович", Salutation: "Mr.",
				Rank: liaison.Ambassador, HeadOfMission: true, Credentials: liaison.Day(2023, 9, 14)}},
		{Mission: liaison.Mission{Kind: liaison.Embassy, Country: "GB", Name: "British Embassy Astana"},
			Head: liaison.Person{ID: 3, FamilyName: "Whitfield", GivenName: "Eleanor", Salutation: "Ms.", Rank: liaison.ChargeAI, HeadOfMission: true}},
		{Mission: liaison.Mission{Kind: liaison.Consulate, Country: "DE", Name: "Consulate General of Germany in Almaty",
			Address: "Furmanov 173, Almaty"},
			Head: liaison.Person{ID: 4, FamilyName: "Weber", GivenName: "Jonas", Salutation: "Mr.", Rank: liaison.ConsulGeneral,
				HeadOfMission: true, Credentials: liaison.Day(2024, 12, 1)}},
		{Mission: liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland", NationalDay: liaison.MonthDay{Month: 12, Day: 6}}},
		{Mission: liaison.Mission{Kind: liaison.InternationalOrgOffice, Name: "OSCE Programme Office in Astana", Email: "pooa@osce.org"},
			Head: liaison.Person{ID: 5, FamilyName: "Rossi", GivenName: "Marco", Salutation: "Mr.", Rank: liaison.HeadOfOffice, HeadOfMission: true}},
		{Mission: liaison.Mission{Kind: liaison.GovernmentBody, Name: "Ministry of Foreign Affairs"}},
		{Mission: liaison.Mission{Kind: liaison.OtherMission, Country: "VA", Name: "Apostolic Nunciature"},
			Head: liaison.Person{ID: 6, FamilyName: "Bianchi", GivenName: "Luigi", Salutation: "Archbishop", Rank: liaison.Ambassador,
				HeadOfMission: true, Credentials: liaison.Day(2018, 9, 11).At(10, 40)}},
		{Mission: liaison.Mission{Kind: liaison.OtherMission, Name: "Sovereign Order of Malta"},
			Head: liaison.Person{ID: 7, FamilyName: "Conti", GivenName: "Paolo", Rank: liaison.OtherRank, HeadOfMission: true}},
	}
}

// TestMissionsComeBack exports the missions directory in each language
// and reads it back: every value the export writes is read as it was.
func TestMissionsComeBack(t *testing.T) {
	ms := sampleMissions()
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			var b bytes.Buffer
			if _, err := WriteMissions(&b, l, "Diplomatic corps", ms); err != nil {
				t.Fatal(err)
			}
			book, err := Read(&b)
			if err != nil {
				t.Fatal(err)
			}
			s := book.Sheets[0]
			if s.HeaderRow != 3 || !s.own {
				t.Fatalf("header row %d, own export %v; mapping %v", s.HeaderRow, s.own, s.Mapping)
			}
			entries, problems := s.Entries(s.Mapping)
			for _, p := range problems {
				t.Errorf("%s", p)
			}
			if len(entries) != len(ms) {
				t.Fatalf("%d entries, want %d", len(entries), len(ms))
			}
			for i, hm := range ms {
				if got, want := entryOf(entries[i]), entryOf(wantEntry(hm)); got != want {
					t.Errorf("row %d:\n got %s\nwant %s", entries[i].Row, got, want)
				}
			}
		})
	}
}

// wantEntry is what reading a mission's row should give.
func wantEntry(hm liaison.HeadedMission) Entry {
	m, h := hm.Mission, hm.Head
	e := Entry{Kind: m.Kind, Name: m.Name, Country: m.Country, Phones: m.Phones, Email: m.Email, Address: m.Address,
		NationalDay: m.NationalDay, Head: h, Vacant: h.ID == 0 && m.Kind != liaison.GovernmentBody}
	e.Head.ID = 0
	return e
}

// entryOf sums up what an entry says, for comparing.
func entryOf(e Entry) string {
	h := e.Head
	return fmt.Sprintf("%s %s %q phones %q email %q address %q day %s | head %q %q %q %s %s head=%v creds %s vacant %v",
		e.Kind, e.Country, e.Name, slices.Clip(e.Phones), e.Email, e.Address, e.NationalDay,
		h.FamilyName, h.GivenName, h.MiddleName, h.Salutation, h.Rank, h.HeadOfMission && h.FamilyName != "", h.Credentials.DayOnly(), e.Vacant)
}

// TestPeopleComeBack exports the people list in each language and reads
// it back: each row is a person of the list, head of mission or not as
// its Status says, with their own emails and phones.
func TestPeopleComeBack(t *testing.T) {
	de := liaison.Mission{ID: 1, Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	people := []PersonLine{
		{Mission: de, Person: liaison.Person{FamilyName: "Brandt", GivenName: "Katharina", Salutation: "Ms.", Rank: liaison.Ambassador,
			HeadOfMission: true, Emails: []string{"k.brandt@example.org"}, Phones: []string{"+7 701 555 01 02"}, AltName: "Брандт Катарина",
			Languages: []string{"de", "en", "ru"}}},
		{Mission: de, Person: liaison.Person{FamilyName: "Weber", GivenName: "Jonas", Salutation: "Mr.", Rank: liaison.Counsellor,
			Position: "Head of the political section", Emails: []string{"j.weber@example.org", "weber@example.org"}}},
		{Mission: de, Person: liaison.Person{FamilyName: "Schmidt", GivenName: "Anna", Departed: true}},
		{Mission: de, Person: liaison.Person{FamilyName: "Kühne", GivenName: "Lars", Salutation: "Lt. Col.", Rank: liaison.DefenceAttache}},
		{Mission: de, Person: liaison.Person{FamilyName: "de Vries", GivenName: "Femke", Salutation: "Ms.", Archived: true}},
		{Mission: de, Person: liaison.Person{FamilyName: "Conti", GivenName: "Paolo", Salutation: "Amb.", Rank: liaison.Counsellor}},
	}
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			var b bytes.Buffer
			if _, err := WritePeople(&b, l, "People", people); err != nil {
				t.Fatal(err)
			}
			book, err := Read(&b)
			if err != nil {
				t.Fatal(err)
			}
			s := book.Sheets[0]
			entries, problems := s.Entries(s.Mapping)
			if len(problems) != 0 || len(entries) != len(people) {
				t.Fatalf("entries %+v, problems %v (mapping %v)", entries, problems, s.Mapping)
			}
			for i, pl := range people {
				e, p := entries[i], pl.Person
				const format = "%v %q %s | %q %q %q %s %q head=%v departed=%v archived=%v %q %q %q %q"
				got := fmt.Sprintf(format, e.PeopleList, e.Name, e.Country,
					e.Head.FamilyName, e.Head.GivenName, e.Head.Salutation, e.Head.Rank, e.Head.Position, e.Head.HeadOfMission,
					e.Head.Departed, e.Head.Archived, e.Head.Emails, e.Head.Phones, e.Head.AltName, e.Head.Languages)
				want := fmt.Sprintf(format, true, de.Name, de.Country,
					p.FamilyName, p.GivenName, p.Salutation, p.Rank, p.Position, p.HeadOfMission,
					p.Departed, p.Archived, p.Emails, p.Phones, p.AltName, p.Languages)
				if got != want {
					t.Errorf("row %d:\n got %s\nwant %s", e.Row, got, want)
				}
				if e.Email != "" || len(e.Phones) > 0 {
					t.Errorf("row %d: the person's email and phones became the mission's: %q %q", e.Row, e.Email, e.Phones)
				}
			}
		})
	}
}
