package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/liaison"
)

// bookOf writes rows into a one-sheet workbook and reads it back.
func bookOf(tb testing.TB, rows ...[]any) *Book {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			tb.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		tb.Fatal(err)
	}
	book, err := Read(&b)
	if err != nil {
		tb.Fatal(err)
	}
	return book
}

// TestWhatIsAList finds a list's header only where a column names
// missions or people.
func TestWhatIsAList(t *testing.T) {
	tests := []struct {
		name   string
		header []any
		list   bool
	}{
		{"customers with a country and an address", []any{"Customer ID", "Country", "Street Address", "Status"}, false},
		{"properties with a country, an address and a city", []any{"Bureau", "Country", "Street Address 1", "City"}, false},
		{"international organisations, no country", []any{"Организация", "Руководитель", "Телефон"}, true},
		{"heads by country", []any{"Country", "Head of mission"}, true},
		{"missions and addresses", []any{"Mission", "Address"}, true},
		{"a lone column of names", []any{"Name"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := bookOf(t, tt.header, []any{"Germany", "Germany", "Berlin", "x"})
			s := book.Sheets[0]
			if got := s.HeaderRow > 0; got != tt.list {
				t.Errorf("list %v, want %v (mapping %v)", got, tt.list, s.Mapping)
			}
			if entries, _ := s.Entries(s.Mapping); !tt.list && len(entries) != 0 {
				t.Errorf("a sheet that is no list gave %+v", entries)
			}
		})
	}
}

// TestDataRowIsNoHeader does not take a row of data holding words of
// headers ("EMBASSY BLDG", "STATE PROGRAM") for a list's header.
func TestDataRowIsNoHeader(t *testing.T) {
	book := bookOf(t,
		[]any{"Status", "Bureau", "Post", "Property Name", "Funding Agency"},
		[]any{"Active", "WHA", "Bridgetown", "EMBASSY BLDG WILDEY", "STATE-OBO PROGRAM"},
	)
	if s := book.Sheets[0]; s.HeaderRow != 0 {
		t.Errorf("header found on row %d: %v", s.HeaderRow, s.Mapping)
	}
}

// TestConsulatesApart reads a list where an embassy and consulates of one
// country sit in rows of their own, named only by country: each row is a
// mission of its own kind, city and address.
func TestConsulatesApart(t *testing.T) {
	book := bookOf(t,
		[]any{"Country", "City", "Head", "Position", "Address"},
		[]any{"Germany", "Astana", "Katharina BRANDT", "Ambassador", "Kabanbay Batyr 1"},
		[]any{"Germany", "Almaty", "Jonas WEBER", "Consul General", "Furmanov 173"},
		[]any{"Germany", "Karaganda", "Anna SCHMIDT", "Honorary Consul", "Bukhar Zhyrau 5"},
		[]any{"Germany", "Shymkent", "Paul BECKER", "", "Tauke Khan 10"},
		[]any{"France", "", "Pierre DUBOIS", "Ambassador", "Kabanbay Batyr 2"},
	)
	s := book.Sheets[0]
	entries, problems := s.Entries(s.Mapping)
	if len(problems) != 0 {
		t.Fatalf("problems: %v", problems)
	}
	want := []struct {
		kind          liaison.MissionKind
		name, city    string
		address, head string
		rank          liaison.Rank
	}{
		{liaison.Embassy, "Embassy of Germany", "Astana", "Kabanbay Batyr 1", "Brandt", liaison.Ambassador},
		{liaison.Consulate, "Consulate General of Germany in Almaty", "Almaty", "Furmanov 173", "Weber", liaison.ConsulGeneral},
		{liaison.Consulate, "Honorary Consulate of Germany in Karaganda", "Karaganda", "Bukhar Zhyrau 5", "Schmidt", liaison.Consul},
		{liaison.Consulate, "Consulate of Germany in Shymkent", "Shymkent", "Tauke Khan 10", "Becker", ""},
		{liaison.Embassy, "Embassy of France", "", "Kabanbay Batyr 2", "Dubois", liaison.Ambassador},
	}
	if len(entries) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(entries), len(want), entries)
	}
	for i, w := range want {
		e := entries[i]
		if e.Kind != w.kind || e.Name != w.name || e.City != w.city || e.Address != w.address ||
			e.Head.FamilyName != w.head || e.Head.Rank != w.rank {
			t.Errorf("row %d: %s %q in %q at %q, head %s (%s); want %s %q in %q at %q, head %s (%s)", e.Row,
				e.Kind, e.Name, e.City, e.Address, e.Head.FamilyName, e.Head.Rank, w.kind, w.name, w.city, w.address, w.head, w.rank)
		}
	}
	t.Run("a column of kinds", func(t *testing.T) {
		book := bookOf(t, []any{"Страна", "Тип представительства", "Город", "Глава"},
			[]any{"Германия", "Посольство", "Астана", "Брандт Катарина"},
			[]any{"Германия", "Почётное консульство", "Караганда", "Шмидт Анна"})
		s := book.Sheets[0]
		entries, _ := s.Entries(s.Mapping)
		if len(entries) != 2 || entries[0].Kind != liaison.Embassy || entries[1].Kind != liaison.Consulate ||
			entries[1].Name != "Honorary Consulate of Germany in Караганда" {
			t.Errorf("entries = %+v (mapping %v)", entries, s.Mapping)
		}
	})
	t.Run("a column of honorary consuls", func(t *testing.T) {
		book := bookOf(t, []any{"Страна", "Почётный консул", "Телефон"}, []any{"Германия", "Шмидт Анна", "+7 701 000 00 00"})
		s := book.Sheets[0]
		entries, _ := s.Entries(s.Mapping)
		if len(entries) != 1 || entries[0].Kind != liaison.Consulate {
			t.Errorf("entries = %+v (mapping %v)", entries, s.Mapping)
		}
	})
}

// TestDatesInWords reads dates with the month in words, as Liaison's
// English export and ministries write them.
func TestDatesInWords(t *testing.T) {
	for v, want := range map[string]string{
		"11 Mar 2025": "2025-03-11", "1 September 2023": "2023-09-01", "March 11, 2025": "2025-03-11",
		"11 марта 2025 г.": "2025-03-11", "2025 ж. 11 наурыз": "2025-03-11", "11.03.2025": "2025-03-11",
		"2025-03-11T00:00:00Z": "2025-03-11", "45727": "2025-03-11",
	} {
		d, err := parseDate(v, false)
		if err != nil || d.String() != want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", v, d, err, want)
		}
	}
	for _, v := range []string{"31 Feb 2025", "11 Mar", "Mar 2025", "11 Mar 2025 and more"} {
		if d, err := parseDate(v, false); err == nil {
			t.Errorf("parseDate(%q) = %s, want an error", v, d)
		}
	}
	if d, _ := parseDate("44265", true); d.String() != "2025-03-11" {
		t.Errorf("a 1904 serial: %s", d)
	}
}
