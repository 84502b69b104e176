package xlsx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// sampleEvent and sampleInvitees are an event's list for the tests.
func sampleEvent() liaison.Event {
	return liaison.Event{ID: 7, Title: "Briefing on the annual report", Kind: liaison.Briefing,
		StartsAt: liaison.Day(2026, 12, 3).At(10, 0), Venue: "Conference hall"}
}

func sampleInvitees() []Invitee {
	by := liaison.Mission{ID: 1, Kind: liaison.Embassy, Country: "BY", Name: "Посольство Республики Беларусь"}
	de := liaison.Mission{ID: 2, Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	return []Invitee{
		{Precedence: 1, Invitation: liaison.Invitation{Status: liaison.Invited, Note: "=HYPERLINK(\"http://x\")"},
			Person: liaison.Person{ID: 11, FamilyName: "Ёлкин", GivenName: "Андрей", Salutation: "Mr.", Rank: liaison.Ambassador,
				Emails: []string{"a.yolkin@example.org"}, Phones: []string{"+7 701 555 01 02 (mobile)"}}, Mission: by},
		{Precedence: 2, Invitation: liaison.Invitation{Status: liaison.Planned, Note: strings.Repeat("долгая заметка ", 2500)},
			Person: liaison.Person{ID: 12, FamilyName: "Brandt", GivenName: "Katharina", Salutation: "Ms.", Rank: liaison.ChargeAI}, Mission: de},
		{Precedence: 3, Invitation: liaison.Invitation{Status: liaison.Planned},
			Person: liaison.Person{ID: 13, FamilyName: "Weber", GivenName: "Jonas", Salutation: "Mr.", Rank: liaison.Counsellor}, Mission: de},
	}
}

func writeSample(t *testing.T) ([]byte, Report) {
	t.Helper()
	var b bytes.Buffer
	rep, err := WriteInvitations(&b, i18n.En, sampleEvent(), sampleInvitees())
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), rep
}

// The sheets of an English invitation list.
const (
	invitationsSheet = "Invitations"
	summarySheet     = "Summary"
)

func TestWriteInvitations(t *testing.T) {
	data, rep := writeSample(t)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	get := func(cell string) string {
		v, err := f.GetCellValue(invitationsSheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for cell, want := range map[string]string{
		"A1": "Briefing on the annual report", "A5": "No.", "F5": "Status", "G5": "Sent", "H5": "Channel",
		"I5": "Answered", "J5": "Represented by", "M5": "Note", "N5": KeyHeader,
		"D6": "H.E. Mr. Андрей Ёлкин", "D7": "Ms. Katharina Brandt", "B6": "Belarus", "F6": "Invited",
		"N6": "liaison-invitation:E7:P11",
	} {
		if got := get(cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	t.Run("user text stays text", func(t *testing.T) {
		if f, _ := f.GetCellFormula(invitationsSheet, "M6"); f != "" {
			t.Errorf("the note became a formula: %q", f)
		}
		if typ, _ := f.GetCellType(invitationsSheet, "M6"); typ == excelize.CellTypeFormula {
			t.Error("the note's cell is a formula")
		}
	})
	t.Run("a note over Excel's limit is cut and reported", func(t *testing.T) {
		if len(rep.Truncated) != 1 || rep.Truncated[0] != "row 7, Note" {
			t.Errorf("report = %v, want row 7, Note", rep.Truncated)
		}
	})
	t.Run("status and channel drop-downs", func(t *testing.T) {
		dvs, err := f.GetDataValidations(invitationsSheet)
		if err != nil || len(dvs) != 2 || dvs[0].Sqref != "F6:F8" || !strings.Contains(dvs[0].Formula1, "No-show") ||
			dvs[1].Sqref != "H6:H8" || !strings.Contains(dvs[1].Formula1, "Note verbale") {
			t.Fatalf("data validations = %v, %v", validations(dvs), err)
		}
	})
	t.Run("key column hidden, header frozen, print set up", func(t *testing.T) {
		if visible, _ := f.GetColVisible(invitationsSheet, "N"); visible {
			t.Error("the key column is visible")
		}
		panes, _ := f.GetPanes(invitationsSheet)
		if !panes.Freeze || panes.YSplit != 5 {
			t.Errorf("panes = %+v", panes)
		}
		pl, _ := f.GetPageLayout(invitationsSheet)
		if *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("page layout = %s, %d wide, %d tall", *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		names := f.GetDefinedName()
		found := false
		for _, n := range names {
			found = found || (n.Name == "_xlnm.Print_Titles" && strings.Contains(n.RefersTo, "$5:$5"))
		}
		if !found {
			t.Errorf("no print titles: %+v", names)
		}
	})
	t.Run("summary counts", func(t *testing.T) {
		rows, _ := f.GetRows(summarySheet)
		text := ""
		for _, r := range rows {
			text += strings.Join(r, "=") + "\n"
		}
		if !strings.Contains(text, "Planned=2") || !strings.Contains(text, "Invited=1") || !strings.Contains(text, "Total=3") {
			t.Errorf("summary:\n%s", text)
		}
	})
}

// TestRepliesComeBack fills in the exported list as a colleague would and
// reads it back.
func TestRepliesComeBack(t *testing.T) {
	data, _ := writeSample(t)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue(invitationsSheet, "F6", "Accepted")
	f.SetCellValue(invitationsSheet, "F7", "declined")
	f.SetCellValue(invitationsSheet, "M8", "Will send the first secretary")
	f.SetCellValue(invitationsSheet, "F8", "Maybe")
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	book, err := Read(&out)
	if err != nil {
		t.Fatal(err)
	}
	s := book.Sheets[0]
	if !s.IsInvitationList() || s.HeaderRow != 5 {
		t.Fatalf("sheet %q: invitation list %v, header row %d", s.Name, s.IsInvitationList(), s.HeaderRow)
	}
	replies, problems := s.ReadReplies(s.Mapping)
	if len(replies) != 2 || replies[0].Status != liaison.Accepted || replies[0].PersonID != 11 || replies[0].EventID != 7 ||
		replies[1].Status != liaison.Declined {
		t.Errorf("replies = %+v", replies)
	}
	if len(problems) != 1 || problems[0].Row != 8 || !strings.Contains(problems[0].What.String(), `"Maybe" is not a status`) {
		t.Errorf("problems = %v", problems)
	}
}

func TestReadRefusesWhatIsNotAWorkbook(t *testing.T) {
	var book bytes.Buffer
	if _, err := WriteInvitations(&book, i18n.En, sampleEvent(), sampleInvitees()); err != nil {
		t.Fatal(err)
	}
	var notWorkbook bytes.Buffer
	zw := zip.NewWriter(&notWorkbook)
	w, _ := zw.Create("readme.txt")
	w.Write([]byte("photos from the reception"))
	zw.Close()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "the file is empty"},
		{"cut off", book.Bytes()[:book.Len()*6/10], "damaged or cut off"},
		{"a zip that is not a workbook", notWorkbook.Bytes(), "ZIP archive but not an Excel workbook"},
		{"an old .xls", append(append([]byte{}, oleHeader...), make([]byte, 600)...), "old Excel file (.xls)"},
		{"a CSV renamed", []byte("Country;Mission\nGermany;Embassy\n"), "CSV file renamed"},
		{"a PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not an Excel workbook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "xlsx: ") {
				t.Errorf("Read = %v, want an error saying %q", err, tt.want)
			}
		})
	}
}

// zipBomb returns a workbook-shaped zip whose sheet unpacks to size
// bytes of zeros, compressed about a thousand to one.
func zipBomb(tb testing.TB, size int) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("<x/>"))
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		tb.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for written := 0; written < size; written += len(zeros) {
		w.Write(zeros)
	}
	zw.Close()
	return b.Bytes()
}

func TestZipBombIsRefused(t *testing.T) {
	bomb := zipBomb(t, 200<<20)
	_, err := Read(bytes.NewReader(bomb))
	if err == nil || !strings.Contains(err.Error(), "refused as hostile") {
		t.Fatalf("Read(bomb of %d KB) = %v, want it refused", len(bomb)>>10, err)
	}
}

// BenchmarkRefuseZipBomb measures how long refusing a bomb takes and what
// it allocates (the goal: under 100 ms and 50 MB): about 2 MB that would
// unpack to 2 GB, refused from the sizes the zip declares.
func BenchmarkRefuseZipBomb(b *testing.B) {
	bomb := zipBomb(b, 2<<30)
	b.ReportMetric(float64(len(bomb))/(1<<20), "bomb-MB")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(bomb)); err == nil {
			b.Fatal("bomb read")
		}
	}
}

// TestRankAndPosition writes a person's rank and position as one cell in
// the language; "Other" says nothing.
func TestRankAndPosition(t *testing.T) {
	for _, c := range []struct {
		l    i18n.Lang
		p    liaison.Person
		want string
	}{
		{i18n.En, liaison.Person{Rank: liaison.Ambassador}, "Ambassador Extraordinary and Plenipotentiary"},
		{i18n.Ru, liaison.Person{Rank: liaison.Counsellor, Position: "Political affairs"}, "Советник, Political affairs"},
		{i18n.Ru, liaison.Person{Rank: liaison.OtherRank, Position: "Protection field officer"}, "Protection field officer"},
		{i18n.Kk, liaison.Person{Rank: liaison.OtherRank}, ""},
		{i18n.En, liaison.Person{Rank: liaison.Counsellor, Position: "counsellor"}, "Counsellor"},
	} {
		if got := rankAndPosition(c.l, c.p); got != c.want {
			t.Errorf("%s %+v: %q, want %q", c.l, c.p, got, c.want)
		}
	}
}

// validations sums up data validations for a message.
func validations(dvs []*excelize.DataValidation) []string {
	var out []string
	for _, dv := range dvs {
		out = append(out, dv.Sqref+" "+dv.Formula1)
	}
	return out
}
