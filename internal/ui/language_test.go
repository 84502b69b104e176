package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"liaison/assets"
	"liaison/internal/exporter"
	"liaison/internal/i18n"
	"liaison/internal/store"
)

// useLanguage switches Fyne and the window to l for one test, as
// SetupLanguage does at start, and back to English after it.
func useLanguage(t *testing.T, l i18n.Lang) {
	t.Helper()
	set := func(l i18n.Lang) {
		os.Setenv("LANGUAGE", string(l))
		if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
			t.Fatal(err)
		}
		uiLang = l
	}
	old, had := os.LookupEnv("LANGUAGE")
	set(l)
	t.Cleanup(func() {
		set(i18n.En)
		if had {
			os.Setenv("LANGUAGE", old)
		} else {
			os.Unsetenv("LANGUAGE")
		}
	})
}

// english maps the English texts that have a translation in l to it:
// such a text on screen is one the window forgot to translate.
func english(t *testing.T, l i18n.Lang) map[string]bool {
	t.Helper()
	en, err := i18n.ReadFile(assets.Translations, "translations/en.json")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for k, text := range en {
		if l.T(k) != text && len(text) > 3 { // "No." and "OK" may read the same
			out[text] = true
		}
	}
	return out
}

// screenTexts returns every text on screen: labels, buttons, menus, tabs,
// table headers and cells.
func screenTexts(u *UI) []string {
	var out []string
	for _, o := range objects(u) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Button:
			out = append(out, x.Text)
		case *widget.Check:
			out = append(out, x.Text)
		case *widget.Select:
			out = append(out, x.Selected, x.PlaceHolder)
		case *widget.Entry:
			out = append(out, x.PlaceHolder)
		case *keyCheck:
			out = append(out, x.Text)
		case *keySelect:
			out = append(out, x.Selected, x.PlaceHolder)
		case *keyEntry:
			out = append(out, x.PlaceHolder)
		}
	}
	for _, m := range u.win.MainMenu().Items {
		out = append(out, m.Label)
		for _, it := range m.Items {
			out = append(out, it.Label)
		}
	}
	for _, tab := range u.tabs.Items {
		out = append(out, tab.Text)
	}
	return out
}

// TestWindowInRussianAndKazakh opens every screen in Russian and in
// Kazakh with the sample loaded and fails on any English text that has a
// translation.
func TestWindowInRussianAndKazakh(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.Ru, i18n.Kk} {
		t.Run(string(l), func(t *testing.T) {
			useLanguage(t, l)
			u, s := newDemoUI(t)
			forgotten := english(t, l)
			check := func(where string) {
				t.Helper()
				for _, text := range screenTexts(u) {
					for _, line := range strings.Split(text, "\n") {
						if forgotten[strings.TrimSpace(line)] {
							t.Errorf("%s shows %q in English", where, line)
						}
					}
				}
			}
			check("the missions screen")
			if got := u.tabs.Items[0].Text; got != l.T("Missions") || got == "Missions" {
				t.Errorf("the first tab is %q", got)
			}
			ctx := context.Background()
			ms, _ := s.Missions(ctx, store.MissionQuery{})
			u.missions.open(ms[0].Mission.ID)
			u.tasks.wait()
			check("a mission's page")
			rows, _ := s.People(ctx, store.PeopleQuery{Limit: 1})
			u.show(screenPeople)
			u.people.open(rows[0].Person.ID)
			u.tasks.wait()
			check("a person's page")
			u.show(screenEvents)
			u.tasks.wait()
			check("the events screen")
			es, _ := s.Events(ctx, store.EventQuery{})
			u.events.open(es[0].Event.ID)
			u.tasks.wait()
			check("an event's page")
			u.show(screenUpcoming)
			u.tasks.wait()
			check("the upcoming screen")

			// Country names from CLDR, in the language.
			u.show(screenMissions)
			u.tasks.wait()
			// The table's cells are what its columns write for each row.
			var countries []string
			tbl := u.missions.table
			for i := 0; i < tbl.src.Len(); i++ {
				row, _ := tbl.src.Row(i)
				countries = append(countries, tbl.cols[1].text(row))
			}
			if text := strings.Join(countries, "\n"); !strings.Contains(text, l.Country("DE")) || strings.Contains(text, "Germany") {
				t.Errorf("the missions table does not name Germany %q: %s", l.Country("DE"), text)
			}
		})
	}
}

// TestExportedListInRussian exports an invitation list in Russian: its
// headers, statuses, forms of address and countries are Russian, and it
// reads back.
func TestExportedListInRussian(t *testing.T) {
	_, s := newDemoUI(t)
	ctx := context.Background()
	es, _ := s.Events(ctx, store.EventQuery{})
	job, err := exporter.Invitations(ctx, s, i18n.Ru, es[0].Event.ID)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := job.Write(&b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheets[0] != i18n.Ru.T("Invitations") || sheets[0] == "Invitations" {
		t.Errorf("sheets %q", sheets)
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		t.Fatal(err)
	}
	all := ""
	for _, r := range rows {
		all += strings.Join(r, "|") + "\n"
	}
	first := firstInvitee(t, s, es[0].Event.ID)
	for _, want := range []string{i18n.Ru.T("Country"), i18n.Ru.T("Represented by"), "Его Превосходительство",
		i18n.Ru.Label(first.Invitation.Status), i18n.Ru.Country(first.Placed.Mission.Country)} {
		if !strings.Contains(all, want) {
			t.Errorf("the Russian list has no %q:\n%s", want, all[:min(len(all), 2000)])
		}
	}
	for _, english := range []string{"Represented by", "H.E.", "Ambassador Extraordinary"} {
		if strings.Contains(all, english) {
			t.Errorf("the Russian list says %q", english)
		}
	}
}

// firstInvitee is the first on an event's list.
func firstInvitee(t *testing.T, s *store.Store, eventID int64) store.InvitationRow {
	t.Helper()
	rows, err := s.Invitations(context.Background(), eventID)
	if err != nil || len(rows) == 0 {
		t.Fatalf("invitations: %v", err)
	}
	return rows[0]
}

// TestFormErrorsInRussian saves a mission with a wrong country, day and
// email in Russian: the dialog explains each in Russian and quotes what
// was typed.
func TestFormErrorsInRussian(t *testing.T) {
	useLanguage(t, i18n.Ru)
	u, _ := newDemoUI(t)
	u.missions.newItem()
	f := u.missions.details.form
	typeInto(&f.country.Entry, "Атлантида")
	typeInto(f.name, "Посольство Атлантиды")
	typeInto(f.nationalDay, "31.02")
	tapButton(t, u, i18n.Ru.T("Save"))
	text := shownText(u)
	for _, want := range []string{i18n.Ru.T("Please correct:"), "неизвестная Liaison страна", `"Атлантида"`, "не день года", `"31.02"`} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"is not", "got"} {
		if strings.Contains(text, english) {
			t.Errorf("the dialog says %q in English:\n%s", english, text)
		}
	}
}

// TestBrokenFilesInRussianAndKazakh drops files that cannot be read at all
// on a Russian or Kazakh window: each is refused in its language, with its
// name and line kept, while English reads as it always has.
func TestBrokenFilesInRussianAndKazakh(t *testing.T) {
	cards := func(name string) string { return filepath.Join("..", "vcf", "testdata", name) }
	book := func(name string) string { return filepath.Join("..", "xlsx", "testdata", name) }
	for _, tt := range []struct {
		path    string
		lang    i18n.Lang
		want    string
		english string // an English text that must not show
	}{
		{cards("not_a_vcard.png.vcf"), i18n.En, "not_a_vcard.png.vcf: the file is not a vCard: it is a PNG image.", ""},
		{cards("not_a_vcard.png.vcf"), i18n.Ru, "not_a_vcard.png.vcf: файл не является файлом vCard: это изображение PNG.", "PNG image"},
		{cards("truncated.vcf"), i18n.Ru, "truncated.vcf: файл обрезан: у карточки, которая начинается в строке 10, нет END:VCARD.", "cut off"},
		{cards("missing.vcf"), i18n.Ru, "Не удаётся открыть missing.vcf: ", "cannot open"},
		{book("old_format.xlsx"), i18n.En, "old_format.xlsx: this is an old Excel file (.xls) or a password-protected workbook;", ""},
		{book("old_format.xlsx"), i18n.Ru, "old_format.xlsx: это файл Excel старого формата (.xls) или книга, защищённая паролем;", "old Excel file"},
		{book("csv_renamed.xlsx"), i18n.Kk, "csv_renamed.xlsx: файл Excel кітабы емес, мәтін", "not an Excel workbook"},
		{book("missing.xlsx"), i18n.Kk, "missing.xlsx ашылмады: ", "cannot open"},
	} {
		t.Run(string(tt.lang)+"/"+filepath.Base(tt.path), func(t *testing.T) {
			useLanguage(t, tt.lang)
			u, _ := newTestUI(t)
			path, err := filepath.Abs(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
			u.tasks.wait()
			text := shownText(u)
			if !strings.Contains(text, tt.want) {
				t.Errorf("the window does not say %q:\n%s", tt.want, text)
			}
			if tt.english != "" && strings.Contains(text, tt.english) {
				t.Errorf("the window says %q in English:\n%s", tt.english, text)
			}
		})
	}
}
