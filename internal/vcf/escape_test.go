package vcf

import (
	"bytes"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

func TestDecodeEscapes(t *testing.T) {
	tests := []struct {
		name, lines                 string
		family, given, middle, suff string
	}{
		{"an escaped comma is text", "VERSION:3.0\r\nN:Doe;John\\, Jr.;;;", "Doe", "John, Jr.", "", ""},
		{"a bare comma separates names", "VERSION:3.0\r\nN:Doe;John;Richter,James;;Jr.,M.D.", "Doe", "John", "Richter James", "Jr., M.D."},
		{"an escaped semicolon is text", "VERSION:4.0\r\nN:Doe\\; Smith;Ann;;;", "Doe; Smith", "Ann", "", ""},
		{"a backslash before a separator", "VERSION:3.0\r\nN:Doe\\\\;Ann;;;", "Doe\\", "Ann", "", ""},
		{"a newline", "VERSION:3.0\r\nN:Doe\\nSmith;Ann;;;", "Doe\nSmith", "Ann", "", ""},
		{"vCard 2.1 has no lists", "VERSION:2.1\r\nN:Doe;John, Jr.", "Doe", "John, Jr.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := decodeString(t, "BEGIN:VCARD\r\n"+tt.lines+"\r\nEND:VCARD\r\n")[0]
			p := c.Person
			if p.FamilyName != tt.family || p.GivenName != tt.given || p.MiddleName != tt.middle || p.Suffix != tt.suff {
				t.Errorf("name = %q %q %q %q, want %q %q %q %q", p.FamilyName, p.GivenName, p.MiddleName, p.Suffix,
					tt.family, tt.given, tt.middle, tt.suff)
			}
		})
	}
	t.Run("a phone with an extension", func(t *testing.T) {
		c := decodeString(t, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Doe\r\nTEL;TYPE=work:+1 418 656 9254;ext=102\r\nEND:VCARD\r\n")[0]
		if got, want := strings.Join(c.Person.Phones, "|"), "+1 418 656 9254;ext=102 (work)"; got != want {
			t.Errorf("phones = %q, want %q", got, want)
		}
	})
}

// TestRoundTripHardCases writes the characters vCard escapes into every
// structured field and the phone, and reads them back unchanged.
func TestRoundTripHardCases(t *testing.T) {
	people := []liaison.Person{
		{FamilyName: "Doe", GivenName: "John, Jr.", Phones: []string{"+1 418 656 9254;ext=102 (work)"}},
		{FamilyName: "O'Neil; Smith", GivenName: `Ann\Marie`, MiddleName: "Lee,Kim", Suffix: `Jr.\`,
			Address: "Rue de la Loi 200, bte 3; étage 2\n1040 Bruxelles\\Brussel", Phones: []string{`+32 2 555 01 02,,123`}},
		{FamilyName: "Line\nbreak", GivenName: "Semi;colon\\", Salutation: "Dr.,Prof.", Phones: []string{"+7 701 555 0102 ext. 5", "+7 701\n555 0103 (a line\\break, here)"}},
	}
	missions := []string{"Embassy of the Kingdom of Belgium, Astana", `Office; \ of, things`, "Line\nbreak"}
	for _, v := range []Version{V3, V4} {
		t.Run(string(v), func(t *testing.T) {
			var entries []Entry
			for i, p := range people {
				entries = append(entries, Entry{Person: p, Mission: liaison.Mission{Name: missions[i]}})
			}
			var buf bytes.Buffer
			if err := Encode(&buf, entries, v); err != nil {
				t.Fatal(err)
			}
			cs := decodeString(t, buf.String())
			for i, c := range cs {
				if !c.Skip.IsZero() || len(c.Notes) > 0 {
					t.Errorf("card %d: skip %q, notes %q", i+1, c.Skip, c.Notes)
				}
				if got, want := personFields(c.Person), personFields(people[i]); got != want {
					t.Errorf("card %d came back as\n%s\nwant\n%s", i+1, got, want)
				}
				if c.Org != missions[i] {
					t.Errorf("card %d: mission %q, want %q", i+1, c.Org, missions[i])
				}
			}
			// A second round trip adds nothing either.
			buf.Reset()
			entries = entries[:0]
			for i, c := range cs {
				entries = append(entries, Entry{Person: c.Person, Mission: liaison.Mission{Name: missions[i]}})
			}
			if err := Encode(&buf, entries, v); err != nil {
				t.Fatal(err)
			}
			for i, c := range decodeString(t, buf.String()) {
				if got, want := personFields(c.Person), personFields(people[i]); got != want {
					t.Errorf("second round, card %d came back as\n%s\nwant\n%s", i+1, got, want)
				}
			}
		})
	}
}
