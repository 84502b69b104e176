package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/store"
	"liaison/internal/vcf"
	"liaison/internal/xlsx"
)

func fixtureURI(t *testing.T, name string) fyne.URI {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "vcf", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return storage.NewFileURI(path)
}

// TestImportShowsPreviewFirst drops two files on the window: nothing is
// written until the officer presses Import in the preview.
func TestImportShowsPreviewFirst(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{fixtureURI(t, "outlook21_cp1251_qp.vcf"), fixtureURI(t, "android21.vcf")})
	u.tasks.wait()
	if !strings.Contains(shownText(u), "6 cards: 6 new") {
		t.Fatalf("no preview of 6 new cards:\n%s", shownText(u))
	}
	if n, _ := s.CountPeople(ctx, store.PeopleQuery{}); n != 0 {
		t.Fatalf("%d people written before confirming", n)
	}
	tapButton(t, u, "Import")
	if n, _ := s.CountPeople(ctx, store.PeopleQuery{}); n != 6 {
		t.Errorf("%d people after Import, want 6", n)
	}
	if !strings.Contains(u.status.message.Text, "Imported: 6 new") {
		t.Errorf("status = %q", u.status.message.Text)
	}
}

func TestImportRefusesAPNG(t *testing.T) {
	u, s := newTestUI(t)
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{fixtureURI(t, "not_a_vcard.png.vcf")})
	u.tasks.wait()
	if text := shownText(u); !strings.Contains(text, "it is a PNG image") {
		t.Errorf("no clear message:\n%s", text)
	}
	if empty, _ := s.IsEmpty(context.Background()); !empty {
		t.Error("something was written")
	}
}

func TestExportMissionStaff(t *testing.T) {
	u, s := newDemoUI(t)
	ms, _ := s.Missions(context.Background(), store.MissionQuery{Search: "germany", Kinds: nil})
	u.missions.open(ms[0].Mission.ID)
	u.tasks.wait()
	choices := u.exportChoices()
	if !strings.Contains(choices[0].label, "Staff of") {
		t.Fatalf("first choice = %q, want the selected mission's staff", choices[0].label)
	}
	path := filepath.Join(t.TempDir(), "staff.vcf")
	u.exportTo(path, choices[0], vcf.V3)
	u.tasks.wait()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	people, _ := s.People(context.Background(), store.PeopleQuery{MissionID: ms[0].Mission.ID})
	if got := strings.Count(string(b), "BEGIN:VCARD"); got != len(people) {
		t.Errorf("%d cards, want %d (the staff)", got, len(people))
	}
}

// TestImportExcelList drops the ministry's Russian list on the sample:
// the window shows each sheet's mapping and preview, and Continue… then
// Import writes it.
func TestImportExcelList(t *testing.T) {
	u, s := newDemoUI(t)
	path, _ := filepath.Abs(filepath.Join("..", "xlsx", "testdata", "diplist_ru.xlsx"))
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	u.tasks.wait()
	if len(u.excelSheets) != 2 {
		t.Fatalf("%d sheets shown, want 2", len(u.excelSheets))
	}
	v := u.excelSheets[0]
	if v.sheet.HeaderRow != 5 || len(v.preview.rows) != 20 {
		t.Errorf("first sheet: header row %d, %d rows previewed; want 5 and 20", v.sheet.HeaderRow, len(v.preview.rows))
	}
	t.Run("a corrected mapping is remembered for the same headers", func(t *testing.T) {
		v.setColumn(xlsx.FieldAddress, -1)
		again := u.newSheetView(v.sheet)
		if _, ok := again.mapping[xlsx.FieldAddress]; ok {
			t.Error("the address column came back")
		}
		v.setColumn(xlsx.FieldAddress, v.sheet.Mapping[xlsx.FieldAddress])
	})
	tapButton(t, u, "Continue…")
	if !strings.Contains(shownText(u), "Nothing is written until you press Import") {
		t.Fatalf("no confirmation:\n%s", shownText(u))
	}
	var osce bookRow
	for _, r := range u.bookPreview.rows.rows {
		if strings.Contains(r.mission, "OSCE") {
			osce = r
		}
	}
	if osce.mission != "OSCE" || osce.person == "" {
		t.Errorf("the preview's OSCE row = %+v, want the stored office (not new) and the list's head", osce)
	}
	tapButton(t, u, "Import")
	// The list names the OSCE office in Russian: it is the stored one.
	ms, _ := s.Missions(context.Background(), store.MissionQuery{Search: "OSCE"})
	if len(ms) != 1 || ms[0].Head.FamilyName == "" {
		t.Errorf("after import, %d missions match OSCE, want the one OSCE office with the list's head", len(ms))
	}
}

// TestImportLetsTheOfficerMergeAPossibleMatch imports a card whose name
// only partly agrees with the Belarusian ambassador's: it stays new until
// the officer chooses to merge it, and the choice can be taken back.
func TestImportLetsTheOfficerMergeAPossibleMatch(t *testing.T) {
	u, s := newDemoUI(t)
	path := filepath.Join(t.TempDir(), "elkin.vcf")
	card := "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A. Elkin\r\nN:Elkin;A.;;;\r\nORG:Embassy of Belarus\r\nEMAIL:elkin@example.org\r\nEND:VCARD\r\n"
	if err := os.WriteFile(path, []byte(card), 0o600); err != nil {
		t.Fatal(err)
	}
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	u.tasks.wait()
	if text := shownText(u); !strings.Contains(text, "1 possibly someone already stored") {
		t.Fatalf("the preview does not say the card is possibly someone:\n%s", text)
	}
	p := u.cardPreview
	p.table.onSelected(widget.TableCellID{Row: 0, Col: 0})
	if !p.choice.Visible() || !strings.Contains(p.choice.Text, "Ёлкин") {
		t.Fatalf("choice = %q (visible %v), want Merge with Ёлкин", p.choice.Text, p.choice.Visible())
	}
	test.Tap(p.choice)
	u.tasks.wait()
	if text := shownText(u); !strings.Contains(text, "1 cards: 0 new, 1 to update") {
		t.Fatalf("after choosing to merge:\n%s", text)
	}
	p = u.cardPreview
	p.table.onSelected(widget.TableCellID{Row: 0, Col: 0})
	if p.choice.Text != "Keep as a new person" {
		t.Errorf("once merged the choice is %q", p.choice.Text)
	}
	tapButton(t, u, "Import")
	rs, _ := s.Search(context.Background(), "elkin@example.org", 5, false)
	if len(rs) != 1 || !strings.Contains(rs[0].Name, "Ёлкин") {
		t.Errorf("the email went to %+v, want Ёлкин", rs)
	}
}
