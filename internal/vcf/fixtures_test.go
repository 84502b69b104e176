package vcf

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// expectedCard is what testdata/expected.json says one card of a fixture
// holds (see testdata/README.md).
type expectedCard struct {
	Imported   bool     `json:"imported"`
	Family     string   `json:"family"`
	Given      string   `json:"given"`
	Middle     string   `json:"middle"`
	Prefix     string   `json:"prefix"`
	Suffix     string   `json:"suffix"`
	Emails     []string `json:"emails"`
	Phones     []string `json:"phones"`
	PhoneTypes []string `json:"phone_types"`
	Address    struct {
		Street, City string
	} `json:"address"`
	Org   string `json:"org"`
	Title string `json:"title"`
	Rank  string `json:"rank"`
	UID   string `json:"uid"`
	Note  string `json:"note"`
}

type expectedFile struct {
	Client string         `json:"client"`
	Cards  []expectedCard `json:"cards"`
}

// rejected are the fixtures Decode must refuse whole, with what the
// message says.
var rejected = map[string]string{
	"truncated.vcf":       "cut off",
	"not_a_vcard.png.vcf": "PNG image",
	"not_a_vcard.txt.vcf": "no BEGIN:VCARD",
}

// TestFixtures decodes files shaped like those Outlook, Android, iPhone,
// Google and Thunderbird write, and checks every name, email and phone.
func TestFixtures(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var files map[string]expectedFile
	if err := json.Unmarshal(b, &files); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := Decode(f, i18n.En)
			if msg, ok := rejected[name]; ok {
				if err == nil || !strings.Contains(err.Error(), msg) {
					t.Fatalf("Decode = %d contacts, %v; want an error saying %q", len(got), err, msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if len(got) != len(want.Cards) {
				t.Fatalf("%d contacts, want %d", len(got), len(want.Cards))
			}
			for i, w := range want.Cards {
				checkCard(t, i+1, got[i], w)
			}
		})
	}
}

func checkCard(t *testing.T, n int, c Contact, w expectedCard) {
	t.Helper()
	if !w.Imported {
		if c.Skip.IsZero() {
			t.Errorf("card %d: imported, want it skipped", n)
		}
		return
	}
	if !c.Skip.IsZero() {
		t.Errorf("card %d: skipped (%s)", n, c.Skip)
		return
	}
	p := c.Person
	for _, f := range []struct{ field, got, want string }{
		{"family", p.FamilyName, w.Family}, {"given", p.GivenName, w.Given},
		{"middle", p.MiddleName, w.Middle}, {"prefix", p.Salutation, w.Prefix},
		{"suffix", p.Suffix, w.Suffix}, {"org", c.Org, w.Org}, {"title", p.Position, w.Title},
		{"uid", p.UID, w.UID}, {"note", p.Notes, w.Note},
	} {
		if f.got != f.want {
			t.Errorf("card %d %s: %q, want %q", n, f.field, f.got, f.want)
		}
	}
	if !slices.Equal(p.Emails, w.Emails) && !sameSet(p.Emails, w.Emails) {
		t.Errorf("card %d emails: %q, want %q", n, p.Emails, w.Emails)
	}
	checkPhones(t, n, p.Phones, w)
	if w.Rank != "" && string(p.Rank) != w.Rank {
		t.Errorf("card %d rank: %q from title %q, want %q", n, p.Rank, p.Position, w.Rank)
	}
	for _, part := range []string{w.Address.Street, w.Address.City} {
		if !strings.Contains(p.Address, part) {
			t.Errorf("card %d address %q lacks %q", n, p.Address, part)
		}
	}
}

// checkPhones compares numbers by their digits (Liaison writes tel: URIs
// with spaces) and types by Liaison's labels.
func checkPhones(t *testing.T, n int, got []string, w expectedCard) {
	t.Helper()
	if len(got) != len(w.Phones) {
		t.Errorf("card %d phones: %q, want %q", n, got, w.Phones)
		return
	}
	labels := map[string]string{"cell": liaison.PhoneMobile, "work": liaison.PhoneWork,
		"home": liaison.PhoneHome, "fax": liaison.PhoneFax}
	for i, g := range got {
		number, label := liaison.SplitPhone(g)
		if digits(number) != digits(w.Phones[i]) {
			t.Errorf("card %d phone %d: %q, want %q", n, i+1, number, w.Phones[i])
		}
		if i < len(w.PhoneTypes) {
			want := w.PhoneTypes[i]
			if l, ok := labels[want]; ok {
				want = l
			}
			if !strings.EqualFold(label, want) && want != "voice" && want != "" {
				t.Errorf("card %d phone %d label: %q, want %q", n, i+1, label, want)
			}
		}
	}
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
