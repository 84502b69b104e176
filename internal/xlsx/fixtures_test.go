package xlsx

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// expectedRow is what testdata/expected.json says a row of a list holds.
type expectedRow struct {
	Country     string   `json:"country"`
	Mission     string   `json:"mission"`
	Head        string   `json:"head"`
	Vacant      bool     `json:"vacant"`
	Rank        string   `json:"rank"`
	Credentials string   `json:"credentials"`
	NationalDay string   `json:"national_day"`
	Phones      []string `json:"phones"`
	Emails      []string `json:"emails"`
	Address     string   `json:"address"`
	SheetRow    int      `json:"sheet_row"`
}

type expectedBook struct {
	Sheets []struct {
		Name        string        `json:"name"`
		HeaderRow   int           `json:"header_row"`
		IgnoredRows []int         `json:"ignored_rows"`
		Rows        []expectedRow `json:"rows"`
	} `json:"sheets"`
}

// refusedBooks are the fixtures Read must refuse, with what it says.
var refusedBooks = map[string]string{
	"truncated.xlsx":      "damaged or cut off",
	"not_a_workbook.xlsx": "not an Excel workbook",
	"old_format.xlsx":     "old Excel file (.xls)",
	"csv_renamed.xlsx":    "CSV file renamed",
	"empty.xlsx":          "the file is empty",
}

// TestFixtures reads lists LibreOffice wrote from hand-made sources
// shaped like the foreign ministry's (testdata/README.md): title blocks,
// real and text dates, phones as numbers, vacant posts, sub-headings.
func TestFixtures(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var books map[string]expectedBook
	if err := json.Unmarshal(b, &books); err != nil {
		t.Fatal(err)
	}
	for name, want := range books {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			book, err := Read(f)
			if msg, ok := refusedBooks[name]; ok {
				if err == nil || !strings.Contains(err.Error(), msg) {
					t.Fatalf("Read = %v, want an error saying %q", err, msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, ws := range want.Sheets {
				s := book.Sheets[i]
				if s.Name != ws.Name || s.HeaderRow != ws.HeaderRow {
					t.Errorf("sheet %d: %q header row %d, want %q row %d", i, s.Name, s.HeaderRow, ws.Name, ws.HeaderRow)
					continue
				}
				entries, problems := s.Entries(s.Mapping)
				for _, p := range problems {
					t.Errorf("%s", p)
				}
				if len(entries) != len(ws.Rows) {
					t.Errorf("sheet %s: %d entries, want %d", s.Name, len(entries), len(ws.Rows))
					continue
				}
				for j, w := range ws.Rows {
					checkEntry(t, entries[j], w)
				}
			}
		})
	}
}

func checkEntry(t *testing.T, e Entry, w expectedRow) {
	t.Helper()
	at := fmt.Sprintf("%s row %d", e.Sheet, e.Row)
	if e.Row != w.SheetRow {
		t.Errorf("%s: want row %d", at, w.SheetRow)
	}
	if e.Country != w.Country || (w.Mission != "" && e.Name != w.Mission) {
		t.Errorf("%s: mission %q %q, want %q %q", at, e.Name, e.Country, w.Mission, w.Country)
	}
	if e.Vacant != w.Vacant {
		t.Errorf("%s: vacant %v, want %v", at, e.Vacant, w.Vacant)
	}
	if !w.Vacant && w.Head != "" && !sameWords(e.Head.FullName(), stripForms(w.Head)) {
		t.Errorf("%s: head %q, want %q", at, e.Head.FullName(), w.Head)
	}
	if string(e.Head.Rank) != w.Rank {
		t.Errorf("%s: rank %q, want %q", at, e.Head.Rank, w.Rank)
	}
	if got := e.Head.Credentials.DayOnly().String(); got != w.Credentials {
		t.Errorf("%s: credentials %q, want %q", at, got, w.Credentials)
	}
	if got := e.NationalDay.String(); got != w.NationalDay {
		t.Errorf("%s: national day %q, want %q", at, got, w.NationalDay)
	}
	var gotPhones, wantPhones []string
	for _, p := range e.Phones {
		gotPhones = append(gotPhones, digits(p))
	}
	for _, p := range w.Phones {
		wantPhones = append(wantPhones, digits(p))
	}
	if !slices.Equal(gotPhones, wantPhones) {
		t.Errorf("%s: phones %q, want %q", at, e.Phones, w.Phones)
	}
	if emails := append([]string{e.Email}, e.OtherEmails...); len(w.Emails) > 0 && !slices.Equal(emails, w.Emails) {
		t.Errorf("%s: emails %q, want %q", at, emails, w.Emails)
	}
	if e.Address != w.Address {
		t.Errorf("%s: address %q, want %q", at, e.Address, w.Address)
	}
}

// stripForms drops forms of address from a name as written.
func stripForms(s string) string {
	return headOf(s, false).FullName()
}

// sameWords compares names as sets of folded words.
func sameWords(a, b string) bool {
	wa, wb := strings.Fields(liaison.Fold(a)), strings.Fields(liaison.Fold(b))
	slices.Sort(wa)
	slices.Sort(wb)
	return slices.Equal(wa, wb)
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
