package vcf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/i18n"
)

// wildCard is what one card of testdata/wild must come out as; empty
// fields are not checked, notes must each be in the contact's notes.
type wildCard struct {
	family, given, middle, suffix, org, address, note string
	phones, emails, notes                             []string
}

// TestWildFixtures decodes cards shaped like those other programs write
// (testdata/wild/README.md): legacy charsets with and without a CHARSET,
// values Liaison's checks refuse, and escapes.
func TestWildFixtures(t *testing.T) {
	guessed := func(cp string) string { return "text without a declared charset read as " + cp }
	files := map[string][]wildCard{
		"western_nocharset.vcf": {
			{family: "Nüßlebaum", given: "Sören", middle: "Täve", org: "Botschaft der Bundesrepublik Deutschland",
				notes: []string{guessed("Windows-1252 (Western European)")}},
			{family: "Dupré", given: "Hélène", note: "Préfère le français à l’anglais.",
				notes: []string{guessed("Windows-1252 (Western European)")}},
		},
		"russian_cp1251_nocharset.vcf": {
			{family: "Ёлкин", given: "Андрей", middle: "Викторович", org: "Посольство Республики Беларусь",
				address: "ул. Куйши Дина, 17\n010000 Астана\nКазахстан", notes: []string{guessed("Windows-1251 (Cyrillic)")}},
		},
		"russian_koi8r_nocharset.vcf": {
			{family: "Сергеев", given: "Дмитрий", middle: "Павлович", org: "Посольство Российской Федерации",
				notes: []string{guessed("KOI8-R (Cyrillic)")}},
		},
		"declared_charsets.vcf": {
			{family: "Wiśniewski", given: "Łukasz", org: "Ambasada Rzeczypospolitej Polskiej"},
			{family: "Aydın", given: "Şükrü", org: "Türkiye Cumhuriyeti Büyükelçiliği"},
			{family: "Παπαδόπουλος", given: "Γιώργος"},
			{family: "安藤", given: "ロイド"},
			{family: "陳", given: "大文"},
			{family: "王", given: "小明"},
			{family: "García", given: "José"},
		},
		"more_nocharset.vcf": {
			{family: "Οικονόμου", given: "Ελένη", org: "Πρεσβεία της Ελλάδος", notes: []string{guessed("Windows-1253 (Greek)")}},
			{family: "Aydın", given: "Mehmet", notes: []string{guessed("Windows-1254 (Turkish)")}},
			{family: "Kishon", given: "Ephraim", notes: []string{guessed("Windows-1255 (Hebrew)")}},
		},
		"odd_fields.vcf": {
			{family: "Lastname", given: "Firstname",
				phones: []string{"+1-800-MYFAX (fax)", "1 800 ELEPHANT (home)"},
				emails: []string{"omega@example.org"},
				note: "Phone: ask the reception for the number (work)\nPhone: 6101231234@pagersample.com (pager)\n" +
					"Phone: 1 (home)\nEmail: contact1@invalid",
				notes: []string{`phone "1 (home)" is not a number Liaison can dial; kept in the notes`,
					`email "contact1@invalid" is not an address Liaison can write to; kept in the notes`}},
		},
		"escapes.vcf": {
			{family: "Doe", given: "John, Jr.", middle: "Richter James", org: "Embassy of the Kingdom of Belgium, Astana",
				address: "Office 5; 2nd floor\nRue de la Loi 200, bte 3\n1040 Bruxelles\nBelgium",
				phones:  []string{"+1 418 656 9254;ext=102 (work)"}, note: "C:\\Users\\doe\nsecond line"},
			{family: "Smith", given: "Ann, PhD", phones: []string{"+44 20 7946 0018 (work)"}},
		},
	}
	for name, want := range files {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "wild", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := Decode(f, i18n.En)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d contacts, want %d", len(got), len(want))
			}
			for i, w := range want {
				checkWild(t, i+1, got[i], w)
			}
		})
	}
}

func checkWild(t *testing.T, n int, c Contact, w wildCard) {
	t.Helper()
	if !c.Skip.IsZero() {
		t.Errorf("card %d skipped: %s", n, c.Skip)
	}
	p := c.Person
	for _, f := range []struct{ field, got, want string }{
		{"family", p.FamilyName, w.family}, {"given", p.GivenName, w.given}, {"middle", p.MiddleName, w.middle},
		{"suffix", p.Suffix, w.suffix}, {"org", c.Org, w.org}, {"address", p.Address, w.address}, {"note", p.Notes, w.note},
		{"phones", strings.Join(p.Phones, "|"), strings.Join(w.phones, "|")},
		{"emails", strings.Join(p.Emails, "|"), strings.Join(w.emails, "|")},
	} {
		if f.want != "" && f.got != f.want {
			t.Errorf("card %d %s: %q, want %q", n, f.field, f.got, f.want)
		}
	}
	for _, note := range w.notes {
		if !strings.Contains(i18n.Join(i18n.En, c.Notes, "\n"), note) {
			t.Errorf("card %d: notes %q lack %q", n, c.Notes, note)
		}
	}
}
