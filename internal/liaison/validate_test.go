package liaison

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestMissionValidate(t *testing.T) {
	good := Mission{Kind: Embassy, Country: "DE", Name: "Embassy of Germany", Email: "info@example.org", Phones: []string{"+7 (7172) 79-12-00"}}
	tests := []struct {
		name  string
		edit  func(*Mission)
		field string // "" when valid
	}{
		{"valid", func(*Mission) {}, ""},
		{"organisation without country", func(m *Mission) { m.Kind, m.Country = InternationalOrgOffice, "" }, ""},
		{"no name", func(m *Mission) { m.Name = "  " }, "Name"},
		{"unknown kind", func(m *Mission) { m.Kind = "palace" }, "Kind"},
		{"embassy without country", func(m *Mission) { m.Country = "" }, "Country"},
		{"unknown country", func(m *Mission) { m.Country = "XX" }, "Country"},
		{"lower-case country", func(m *Mission) { m.Country = "de" }, "Country"},
		{"withdrawn country", func(m *Mission) { m.Country = "SU" }, "Country"},
		{"bad email", func(m *Mission) { m.Email = "info at example.org" }, "Email"},
		{"email in phone", func(m *Mission) { m.Phones = []string{"info@example.org"} }, "Phone"},
		{"short phone", func(m *Mission) { m.Phones = []string{"12-34"} }, "Phone"},
		{"non-resident without city", func(m *Mission) { m.NonResident = true }, "Resident in"},
		{"bad national day", func(m *Mission) { m.NationalDay = MonthDay{time.February, 30} }, "National day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := good
			tt.edit(&m)
			err := m.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ps Problems
			if !errors.As(err, &ps) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate() = %v, want Problems matching ErrInvalid", err)
			}
			if ps.Field(tt.field) == "" {
				t.Errorf("Validate() = %v, want a problem with %s", err, tt.field)
			}
		})
	}
}

func TestPersonValidate(t *testing.T) {
	good := Person{MissionID: 1, FamilyName: "Ivanov", Rank: Counsellor, Emails: []string{"i@example.org"}}
	tests := []struct {
		name  string
		edit  func(*Person)
		field string
	}{
		{"valid", func(*Person) {}, ""},
		{"given name only", func(p *Person) { p.FamilyName, p.GivenName = "", "Aigerim" }, ""},
		{"no name", func(p *Person) { p.FamilyName = "" }, "Family name"},
		{"unknown rank", func(p *Person) { p.Rank = "general" }, "Rank"},
		{"head without mission", func(p *Person) { p.MissionID, p.HeadOfMission = 0, true }, "Head of mission"},
		{"posting ends before it starts", func(p *Person) { p.PostingStart, p.PostingEnd = Day(2024, 1, 1), Day(2023, 1, 1) }, "Posting end"},
		{"credentials before agrément", func(p *Person) { p.Agrement, p.Credentials = Day(2024, 1, 1), Day(2023, 1, 1) }, "Credentials"},
		{"bad email", func(p *Person) { p.Emails = []string{"ivanov@"} }, "Email"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			tt.edit(&p)
			err := p.Validate()
			if got := err == nil; got != (tt.field == "") {
				t.Fatalf("Validate() = %v, want a problem with %q", err, tt.field)
			}
			if err != nil && err.(Problems).Field(tt.field) == "" {
				t.Errorf("Validate() = %v, want a problem with %s", err, tt.field)
			}
		})
	}
}

func TestEventAndInvitationValidate(t *testing.T) {
	ev := Event{Title: "Briefing", Kind: Briefing, StartsAt: Day(2026, 12, 1).At(10, 0)}
	if err := ev.Validate(); err != nil {
		t.Fatalf("valid event: %v", err)
	}
	ev.RSVPBy = Day(2026, 12, 2)
	if err := ev.Validate(); err == nil || err.(Problems).Field("RSVP by") == "" {
		t.Errorf("RSVP after the event: got %v", err)
	}
	inv := Invitation{EventID: 1, PersonID: 2, Status: Declined, RepresentedBy: 3}
	if err := inv.Validate(); err == nil || err.(Problems).Field("Represented by") == "" {
		t.Errorf("declined but represented: got %v", err)
	}
	inv.Status = Attended
	if err := inv.Validate(); err != nil {
		t.Errorf("attended and represented: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-01", "2024-03-01", true},
		{"01.03.2024", "2024-03-01", true},
		{"2024-03-01 10:30", "2024-03-01 10:30", true},
		{"", "", true},
		{"31.02.2024", "", false},
		{"March 1", "", false},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, ok=%v", tt.in, d, err, tt.want, tt.ok)
		}
	}
}

func TestMonthDayNext(t *testing.T) {
	leap := MonthDay{time.February, 29}
	if got, want := leap.Next(Day(2025, 1, 10)).String(), "2025-02-28"; got != want {
		t.Errorf("29 Feb next from 2025-01-10 = %s, want %s", got, want)
	}
	nd := MonthDay{time.October, 3}
	if got, want := nd.Next(Day(2026, 10, 4)).String(), "2027-10-03"; got != want {
		t.Errorf("3 Oct next from 2026-10-04 = %s, want %s", got, want)
	}
	if md, err := ParseMonthDay("03.10"); err != nil || md != nd {
		t.Errorf("ParseMonthDay(03.10) = %v, %v", md, err)
	}
}

func TestParseEnums(t *testing.T) {
	if r, err := ParseRank("Chargé d'affaires a.i."); err != nil || r != ChargeAI {
		t.Errorf("ParseRank label = %v, %v", r, err)
	}
	if r, err := ParseRank("first-secretary"); err != nil || r != FirstSecretary {
		t.Errorf("ParseRank code with dash = %v, %v", r, err)
	}
	if s, err := ParseStatus("no-show"); err != nil || s != NoShow {
		t.Errorf("ParseStatus(no-show) = %v, %v", s, err)
	}
	if _, err := ParseStatus("maybe"); err == nil {
		t.Error("ParseStatus(maybe) succeeded")
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D  Date
		MD MonthDay
	}
	in := rec{Day(2024, 3, 1).At(10, 30), MonthDay{time.October, 3}}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"D":"2024-03-01 10:30","MD":"10-03"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil || out.D.Compare(in.D) != 0 || !out.D.HasClock() || out.MD != in.MD {
		t.Errorf("Unmarshal = %+v, %v", out, err)
	}
}

func TestMonthDayDM(t *testing.T) {
	if got := (MonthDay{Month: time.October, Day: 3}).DM(); got != "03.10" {
		t.Errorf("3 October = %q, want 03.10", got)
	}
	if got := (MonthDay{}).DM(); got != "" {
		t.Errorf("no day = %q, want empty", got)
	}
}
