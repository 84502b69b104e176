package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
)

// TestTitleBlockPartners prints an event's partners in the title block,
// under when and where, and moves the header down a row: the list still
// reads back.
func TestTitleBlockPartners(t *testing.T) {
	e := sampleEvent()
	e.Host = "Commissioner for Human Rights"
	e.Partners = "Ministry of Foreign Affairs; OSCE Programme Office in Astana; UNICEF"
	var b bytes.Buffer
	if _, err := WriteInvitations(&b, i18n.En, e, sampleInvitees()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	get := func(cell string) string {
		t.Helper()
		v, err := f.GetCellValue(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for cell, want := range map[string]string{
		"A1": "Briefing on the annual report",
		"A3": "With the support of: Ministry of Foreign Affairs; OSCE Programme Office in Astana; UNICEF",
		"A4": "Invitation list: 3, in order of precedence",
		"A6": "No.", "N6": KeyHeader, "B7": "Belarus",
	} {
		if got := get(cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if got := get("A2"); !strings.Contains(got, "Commissioner for Human Rights") {
		t.Errorf("A2 = %q, want the host", got)
	}
	if panes, _ := f.GetPanes(sheet); !panes.Freeze || panes.YSplit != 6 {
		t.Errorf("panes = %+v, want the header, row 6, frozen", panes)
	}
	if dvs, _ := f.GetDataValidations(sheet); len(dvs) != 2 || dvs[0].Sqref != "F7:F9" || dvs[1].Sqref != "H7:H9" {
		t.Errorf("data validations = %v, want the statuses and channels of rows 7 to 9", validations(dvs))
	}

	t.Run("reads back", func(t *testing.T) {
		book, err := Read(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		s := book.Sheets[0]
		if !s.IsInvitationList() || s.HeaderRow != 6 {
			t.Fatalf("invitation list %v, header row %d; want row 6", s.IsInvitationList(), s.HeaderRow)
		}
		replies, problems := s.ReadReplies(s.Mapping)
		if len(replies) != 3 || len(problems) != 0 {
			t.Fatalf("%d replies, problems %v; want the 3 rows", len(replies), problems)
		}
		if replies[0].Row != 7 || replies[0].PersonID != 11 {
			t.Errorf("the first reply is row %d, person %d; want row 7, person 11", replies[0].Row, replies[0].PersonID)
		}
	})

	t.Run("no partners, no line", func(t *testing.T) {
		for _, line := range titleBlock(i18n.En, sampleEvent(), 3) {
			if len(line) > 0 && strings.Contains(line[0], "support") {
				t.Errorf("title block has %q for an event without partners", line[0])
			}
		}
	})
}
