package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// fixture is the path of a file of internal/vcf/testdata.
func fixture(name string) string { return filepath.Join("..", "vcf", "testdata", name) }

func TestImportVCards(t *testing.T) {
	db := filepath.Join(t.TempDir(), "liaison.db")
	files := []string{fixture("outlook21_cp1251_qp.vcf"), fixture("iphone30.vcf"), fixture("thunderbird40.vcf")}

	t.Run("dry run prints the report and writes nothing", func(t *testing.T) {
		out := mustRun(t, db, append([]string{"import", "--dry-run"}, files...)...)
		if !strings.Contains(out, "Ёлкин Андрей Викторович") || !strings.Contains(out, "new") || !strings.Contains(out, "Dry run") {
			t.Errorf("report:\n%s", out)
		}
		if list := mustRun(t, db, "list", "people"); strings.Count(list, "\n") != 1 {
			t.Errorf("people after a dry run:\n%s", list)
		}
	})
	t.Run("import, then the same again changes nothing", func(t *testing.T) {
		out := mustRun(t, db, append([]string{"import"}, files...)...)
		if !strings.Contains(out, "Imported: 8 new, 0 updated (import 1;") {
			t.Errorf("first import:\n%s", out)
		}
		again := mustRun(t, db, append([]string{"import"}, files...)...)
		if !strings.Contains(again, "Nothing to import") || strings.Contains(again, " new ") && !strings.Contains(again, "0 new") {
			t.Errorf("second import:\n%s", again)
		}
		if out := mustRun(t, db, "search", "elkin"); !strings.Contains(out, "Ёлкин") {
			t.Errorf("search elkin after import:\n%s", out)
		}
	})
	t.Run("a PNG renamed .vcf is refused, nothing written", func(t *testing.T) {
		before := mustRun(t, db, "list", "people")
		_, errOut, code := liaisonCmd(t, db, "import", fixture("not_a_vcard.png.vcf"), fixture("google30.vcf"))
		if code != 1 || !strings.Contains(errOut, "not a vCard: it is a PNG image") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
		if after := mustRun(t, db, "list", "people"); after != before {
			t.Error("a refused import wrote something")
		}
	})
	t.Run("a cut-off file is refused", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "import", fixture("truncated.vcf"))
		if code != 1 || !strings.Contains(errOut, "cut off") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func TestExportVCards(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "people.vcf")
	if msg := mustRun(t, db, "export", "--format", "vcf", "-o", out); !strings.Contains(msg, "Wrote ") {
		t.Errorf("export printed %q", msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "BEGIN:VCARD"); n < 150 {
		t.Errorf("%d cards, want every person at post", n)
	}
	if !strings.Contains(string(b), "VERSION:3.0") || !strings.Contains(string(b), "\r\n") {
		t.Error("not vCard 3.0 with CRLF")
	}
	t.Run("an event's invitees in vCard 4.0", func(t *testing.T) {
		ev := filepath.Join(dir, "event.vcf")
		mustRun(t, db, "export", "--format", "vcf", "--event", "1", "--vcard-version", "4.0", "-o", ev)
		b, _ := os.ReadFile(ev)
		if !strings.Contains(string(b), "VERSION:4.0") || strings.Count(string(b), "BEGIN:VCARD") < 50 {
			t.Errorf("event export: %d cards", strings.Count(string(b), "BEGIN:VCARD"))
		}
	})
	t.Run("into an empty database every person comes back", func(t *testing.T) {
		empty := filepath.Join(t.TempDir(), "empty.db")
		msg := mustRun(t, empty, "import", out)
		people := mustRun(t, db, "list", "people", "--json")
		back := mustRun(t, empty, "list", "people", "--json")
		if strings.Count(back, `"full_name"`) != strings.Count(people, `"full_name"`) {
			t.Errorf("%d people came back of %d\n%s", strings.Count(back, `"full_name"`), strings.Count(people, `"full_name"`), msg)
		}
	})
	t.Run("a failed export leaves no file", func(t *testing.T) {
		bad := filepath.Join(dir, "no-such-folder", "x.vcf")
		if _, _, code := liaisonCmd(t, db, "export", "--format", "vcf", "-o", bad); code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".liaison-tmp-") {
				t.Errorf("temp file left: %s", e.Name())
			}
		}
	})
}

func TestExcel(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	t.Run("an invitation list goes out and its replies come back", func(t *testing.T) {
		out := filepath.Join(dir, "event.xlsx")
		if msg := mustRun(t, db, "export", "--format", "xlsx", "--event", "1", "-o", out); !strings.Contains(msg, "invitation list") {
			t.Errorf("export printed %q", msg)
		}
		report := mustRun(t, db, "import", out)
		if !strings.Contains(report, "0 change an invitation") || !strings.Contains(report, "Imported: nothing changed.") {
			t.Errorf("importing the list unchanged:\n%s", report)
		}
	})
	t.Run("an invitation list in Russian and in Kazakh, filled in, comes back", func(t *testing.T) {
		for _, l := range []i18n.Lang{i18n.Ru, i18n.Kk} {
			out := filepath.Join(dir, "event-"+string(l)+".xlsx")
			mustRun(t, db, "export", "--format", "xlsx", "--event", "1", "--lang", string(l), "-o", out)
			f, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatal(err)
			}
			sheet := f.GetSheetList()[0]
			rows, _ := f.GetRows(sheet)
			// The header follows the title block, which is a line longer
			// for the sample's briefing: it names its partners.
			header := slices.IndexFunc(rows, func(r []string) bool { return slices.Contains(r, l.T("Status")) })
			if header < 0 || !slices.Contains(rows[header], l.T("Represented by")) || slices.Contains(rows[header], "Represented by") {
				t.Fatalf("%s: no header row in the %s list: %q", l, l, rows[:min(7, len(rows))])
			}
			if want, _, _ := strings.Cut(l.T("With the support of: %s"), "%s"); !strings.HasPrefix(rows[2][0], want) {
				t.Errorf("%s: the title block's third line is %q, want the partners", l, rows[2][0])
			}
			// A colleague changes the first invitee's status, in the list's
			// language (first to accepted, then back to attended).
			f.SetCellValue(sheet, fmt.Sprintf("F%d", header+2),
				l.Label(map[i18n.Lang]liaison.Status{i18n.Ru: liaison.Accepted, i18n.Kk: liaison.Attended}[l]))
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			f.Close()
			report := mustRun(t, db, "import", out)
			if !strings.Contains(report, "1 change an invitation") {
				t.Errorf("%s: importing the filled-in list:\n%s", l, report)
			}
		}
		if _, _, code := liaisonCmd(t, db, "export", "--format", "xlsx", "--event", "1", "--lang", "de", "-o", filepath.Join(dir, "x.xlsx")); code != 1 {
			t.Error("--lang de was accepted")
		}
	})
	t.Run("missions directory and people list", func(t *testing.T) {
		for _, flag := range []string{"--missions", "--people"} {
			out := filepath.Join(dir, flag[2:]+".xlsx")
			mustRun(t, db, "export", "--format", "xlsx", flag, "-o", out)
			if fi, err := os.Stat(out); err != nil || fi.Size() < 5000 {
				t.Errorf("%s: %v", out, err)
			}
		}
	})
	t.Run("a ministry's list, dry run then for real", func(t *testing.T) {
		list := filepath.Join("..", "xlsx", "testdata", "diplist_ru.xlsx")
		dry := mustRun(t, db, "import", "--dry-run", "--sheet", "Посольства", list)
		if !strings.Contains(dry, "Посольства, row 7") || strings.Contains(dry, "Международные") || !strings.Contains(dry, "Dry run") {
			t.Errorf("dry run of one sheet:\n%s", dry)
		}
		mustRun(t, db, "import", list)
		// The list names the OSCE office in Russian: it is the stored one.
		if out := mustRun(t, db, "list", "missions", "--kind", "international_organisation"); strings.Count(out, "OSCE") != 1 || strings.Contains(out, "ОБСЕ") {
			t.Errorf("the OSCE office of the list:\n%s", out)
		}
	})
	t.Run("a hostile or wrong file is refused, nothing written", func(t *testing.T) {
		before := mustRun(t, db, "list", "missions")
		for _, name := range []string{"old_format.xlsx", "truncated.xlsx", "csv_renamed.xlsx"} {
			_, errOut, code := liaisonCmd(t, db, "import", filepath.Join("..", "xlsx", "testdata", name))
			if code != 1 || strings.Count(errOut, "\n") != 1 {
				t.Errorf("%s: exit %d, stderr %q", name, code, errOut)
			}
		}
		if after := mustRun(t, db, "list", "missions"); after != before {
			t.Error("a refused file changed the missions")
		}
	})
}

// TestImportMergeLikely imports a card whose name only partly agrees with
// the Belarusian ambassador's: new by default, merged with --merge-likely.
func TestImportMergeLikely(t *testing.T) {
	db := filepath.Join(t.TempDir(), "liaison.db")
	mustRun(t, db, "demo")
	path := filepath.Join(t.TempDir(), "elkin.vcf")
	card := "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A. Elkin\r\nN:Elkin;A.;;;\r\nORG:Embassy of Belarus\r\nEMAIL:elkin@example.org\r\nEND:VCARD\r\n"
	if err := os.WriteFile(path, []byte(card), 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, db, "import", "--dry-run", path)
	if !strings.Contains(out, "possibly the same as Ёлкин Андрей Викторович") || !strings.Contains(out, "--merge-likely merges it") {
		t.Errorf("dry run:\n%s", out)
	}
	out = mustRun(t, db, "import", "--merge-likely", path)
	if !strings.Contains(out, "Imported: 0 new, 1 updated") {
		t.Errorf("--merge-likely:\n%s", out)
	}
}
