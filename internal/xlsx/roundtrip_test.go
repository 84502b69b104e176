package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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

// listedInvitees are an event's list with a man, a woman and someone the
// record does not say, in both scripts, sent, answered and not, with a
// deputy and notes.
func listedInvitees() []Invitee {
	tm := liaison.Mission{ID: 1, Kind: liaison.Embassy, Country: "TM", Name: "Embassy of Turkmenistan"}
	ua := liaison.Mission{ID: 2, Kind: liaison.Embassy, Country: "UA", Name: "Embassy of Ukraine"}
	kz := liaison.Mission{ID: 3, Kind: liaison.GovernmentBody, Name: "Министерство иностранных дел"}
	sent, answered := liaison.Day(2026, 11, 2).At(9, 30), liaison.Day(2026, 11, 5)
	return []Invitee{
		{Precedence: 1, Mission: tm,
			Person: liaison.Person{ID: 21, FamilyName: "Orazov", GivenName: "Atajan", AltName: "Оразов Атаджан", Salutation: "Mr.",
				Rank: liaison.Ambassador},
			Invitation: liaison.Invitation{Status: liaison.Accepted, Channel: liaison.NoteVerbale, Sent: sent, Answered: answered,
				RepresentedBy: 22},
			RepresentedBy: liaison.Person{ID: 22, FamilyName: "Annayeva", GivenName: "Jeren", AltName: "Аннаева Джерен", Salutation: "Ms."}},
		{Precedence: 2, Mission: ua,
			Person: liaison.Person{ID: 23, FamilyName: "Kovalenko", GivenName: "Oksana", Salutation: "Ms.", Rank: liaison.ChargeAI,
				Position: "Chargé d'affaires a.i., Counsellor"},
			Invitation: liaison.Invitation{Status: liaison.Declined, Channel: liaison.Email, Sent: sent, Answered: answered, Note: "Away"}},
		{Precedence: 3, Mission: kz,
			Person: liaison.Person{ID: 24, FamilyName: "Сейткали", GivenName: "Айжан", Rank: liaison.OtherRank,
				Position: "Директор департамента"},
			Invitation: liaison.Invitation{Status: liaison.Invited, Channel: liaison.Letter, Sent: sent}},
		{Precedence: 4, Mission: ua,
			Person:     liaison.Person{ID: 25, FamilyName: "Shevchenko", GivenName: "Taras", Salutation: "Mr.", Rank: liaison.Attache},
			Invitation: liaison.Invitation{Status: liaison.Planned}},
	}
}

// TestInvitationsComeBack writes the invitation list in each language
// and reads it back as the reply import does: every row gives its
// invitation's status, channel, days sent and answered, deputy and note
// as stored (the days without their time), whatever form the language
// gave the status.
func TestInvitationsComeBack(t *testing.T) {
	invitees := listedInvitees()
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			var b bytes.Buffer
			if _, err := WriteInvitations(&b, l, sampleEvent(), invitees); err != nil {
				t.Fatal(err)
			}
			book, err := Read(&b)
			if err != nil {
				t.Fatal(err)
			}
			s := book.Sheets[0]
			for _, f := range []Field{FieldStatus, FieldSent, FieldAnswered, FieldChannel, FieldDeputy, FieldNote, FieldKey} {
				if _, ok := s.Mapping[f]; !ok {
					t.Errorf("no column read as %s (headers %q)", f, s.Headers)
				}
			}
			replies, problems := s.ReadReplies(s.Mapping)
			if len(problems) != 0 || len(replies) != len(invitees) {
				t.Fatalf("%d replies, problems %v", len(replies), problems)
			}
			for i, in := range invitees {
				r, inv := replies[i], in.Invitation
				const format = "person %d status %s channel %q sent %s answered %s deputy %t note %q"
				got := fmt.Sprintf(format, r.PersonID, r.Status, r.Channel, r.Sent, r.Answered, r.Deputy != "", r.Note)
				want := fmt.Sprintf(format, in.Person.ID, inv.Status, inv.Channel, inv.Sent.DayOnly(), inv.Answered.DayOnly(),
					inv.RepresentedBy != 0, inv.Note)
				if got != want {
					t.Errorf("row %d:\n got %s\nwant %s", r.Row, got, want)
				}
			}
		})
	}
}

// TestOldInvitationListsStillRead reads a list as Liaison wrote it before
// the sent, channel and answered columns: the statuses and notes come
// back, the days and channel stay unsaid.
func TestOldInvitationListsStillRead(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"Briefing on the annual report"}, {"Briefing · 3 Dec 2026 10:00"}, {"Invitation list: 2, in order of precedence"}, {},
		{"No.", "Country", "Mission", "Name", "Rank / position", "Status", "Represented by", "Email", "Phone", "Note", KeyHeader},
		{"1", "Belarus", "Посольство Республики Беларусь", "H.E. Mr. Ёлкин Андрей", "Ambassador Extraordinary and Plenipotentiary",
			"Accepted", "", "", "", "", "liaison-invitation:E7:P11"},
		{"2", "Germany", "Embassy of Germany", "Ms. Brandt Katharina", "Chargé d'affaires a.i.", "Приглашён", "", "", "", "Away",
			"liaison-invitation:E7:P12"},
	}
	for i, r := range rows {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	book, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	s := book.Sheets[0]
	replies, problems := s.ReadReplies(s.Mapping)
	if len(problems) != 0 || len(replies) != 2 {
		t.Fatalf("replies %+v, problems %v", replies, problems)
	}
	for i, want := range []Reply{{PersonID: 11, Status: liaison.Accepted}, {PersonID: 12, Status: liaison.Invited, Note: "Away"}} {
		r := replies[i]
		if r.PersonID != want.PersonID || r.Status != want.Status || r.Note != want.Note || !r.Sent.IsZero() ||
			!r.Answered.IsZero() || r.Channel != "" {
			t.Errorf("row %d = %+v, want %+v", r.Row, r, want)
		}
	}
}

// TestRepliesWithBadDaysOrChannel reports a date or channel cell it
// cannot read, naming the column, and leaves the row out.
func TestRepliesWithBadDaysOrChannel(t *testing.T) {
	var b bytes.Buffer
	if _, err := WriteInvitations(&b, i18n.Ru, sampleEvent(), listedInvitees()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetName(0)
	f.SetCellValue(sheet, "G6", "31.02.2026")
	f.SetCellValue(sheet, "H7", "Голубиная почта")
	f.SetCellValue(sheet, "I9", "12.11.2026") // a date typed as text reads
	f.SetCellValue(sheet, "H9", "Эл. почта")
	f.SetCellValue(sheet, "O8", "3")
	f.SetCellValue(sheet, "O9", 2)
	var filled bytes.Buffer
	f.WriteTo(&filled)
	book, err := Read(&filled)
	if err != nil {
		t.Fatal(err)
	}
	s := book.Sheets[0]
	replies, problems := s.ReadReplies(s.Mapping)
	var said []string
	for _, p := range problems {
		said = append(said, p.In(i18n.En))
	}
	if got := strings.Join(said, "\n"); len(problems) != 3 ||
		!strings.Contains(got, `row 8, column O (Гости): "3" is not a number of guests: 1, or 2 for the guest with a companion`) || !strings.Contains(got, `row 6, column G (Отправлено): not a date (got "31.02.2026")`) ||
		!strings.Contains(got, `row 7, column H (Способ отправки): "Голубиная почта" is not a channel of the list`) {
		t.Errorf("problems:\n%s", got)
	}
	if len(replies) != 1 || replies[0].Answered.String() != "2026-11-12" || replies[0].Channel != liaison.Email || replies[0].Guests != 2 {
		t.Errorf("replies = %+v", replies)
	}
}
