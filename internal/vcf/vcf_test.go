package vcf

import (
	"bytes"
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// decodeString decodes a file given as a string.
func decodeString(t *testing.T, s string) []Contact {
	t.Helper()
	cs, err := Decode(strings.NewReader(s), i18n.En)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return cs
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it is a PNG image"},
		{"text", "Dear colleagues,\nplease find the list attached.\n", "has no BEGIN:VCARD"},
		{"empty", "\n\n", "the file is empty"},
		{"cut off", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan Ivanov\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pe", "cut off: the card that begins on line 5"},
		{"a card without its end", "BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n", "the card that begins on line 1 has no END:VCARD"},
		{"binary", "BEGIN:VCARD\n\x00\x01\x02", "not text"},
		{"xlsx", "PK\x03\x04\x14\x00", "ZIP archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Decode(strings.NewReader(tt.file), i18n.En)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "vcf: ") {
				t.Fatalf("Decode = %d contacts, %v; want an error with %q", len(cs), err, tt.want)
			}
		})
	}
	t.Run("a line over the limit", func(t *testing.T) {
		big := "BEGIN:VCARD\r\nNOTE:" + strings.Repeat("x", MaxLineSize) + "\r\nEND:VCARD\r\n"
		if _, err := Decode(strings.NewReader(big), i18n.En); err == nil || !strings.Contains(err.Error(), "longer than 8 MB") {
			t.Fatalf("Decode = %v, want 'longer than 8 MB'", err)
		}
	})
}

func TestDecodeLegacyShapes(t *testing.T) {
	t.Run("2.1 quoted-printable windows-1251 with a soft line break", func(t *testing.T) {
		// "Иванов;Иван" in Windows-1251, split by a soft line break.
		file := "BEGIN:VCARD\r\nVERSION:2.1\r\n" +
			"N;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2;=C8=\r\n=E2=E0=ED\r\n" +
			"TEL;CELL;VOICE:+7 701 555 01 02\r\nEMAIL;PREF;INTERNET:i.ivanov@example.org\r\nEND:VCARD\r\n"
		c := decodeString(t, file)[0]
		if !c.Skip.IsZero() || c.Person.FamilyName != "Иванов" || c.Person.GivenName != "Иван" {
			t.Errorf("person = %+v, skip %q", c.Person, c.Skip)
		}
		if got, want := strings.Join(c.Person.Phones, "|"), "+7 701 555 01 02 (mobile)"; got != want {
			t.Errorf("phones = %q, want %q", got, want)
		}
	})
	t.Run("8-bit windows-1251 without a charset", func(t *testing.T) {
		file := "BEGIN:VCARD\r\nVERSION:2.1\r\nN:\xcf\xe5\xf2\xf0\xee\xe2;\xcf\xe5\xf2\xf0\r\nEND:VCARD\r\n"
		if p := decodeString(t, file)[0].Person; p.FamilyName != "Петров" || p.GivenName != "Петр" {
			t.Errorf("person = %q %q", p.FamilyName, p.GivenName)
		}
	})
	t.Run("UTF-8 byte-order mark and LF", func(t *testing.T) {
		file := "\xef\xbb\xbfBEGIN:VCARD\nVERSION:3.0\nN:Ёлкин;Андрей;;;\nFN:Andrei Yolkin\nEND:VCARD\n"
		p := decodeString(t, file)[0].Person
		if p.FamilyName != "Ёлкин" || p.AltName != "Andrei Yolkin" {
			t.Errorf("person = %+v", p)
		}
	})
	t.Run("UTF-16 with a byte-order mark", func(t *testing.T) {
		var b bytes.Buffer
		b.Write([]byte{0xff, 0xfe})
		for _, r := range "BEGIN:VCARD\r\nFN:Олжас Сейткали\r\nEND:VCARD\r\n" {
			b.Write([]byte{byte(r), byte(r >> 8)})
		}
		p := decodeString(t, b.String())[0].Person
		if p.FamilyName != "Олжас" || p.GivenName != "Сейткали" {
			t.Errorf("person = %q %q", p.FamilyName, p.GivenName)
		}
	})
	t.Run("folded 3.0 lines, grouped labels, tel: URIs", func(t *testing.T) {
		file := "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jean-Pierre Dubois\r\nN:Dubois;Jean-Pierre;;;\r\n" +
			"NOTE:A very long note that a client fol\r\n ded over two lines\r\n" +
			"item1.TEL:+7 7172 55 12 34\r\nitem1.X-ABLabel:Reception\r\n" +
			"TEL;TYPE=cell;VALUE=uri:tel:+7-701-555-0103\r\n" +
			"EMAIL:second@example.org\r\nEMAIL;PREF=1:first@example.org\r\nUID:urn:uuid:1234\r\nLANG:fr\r\nEND:VCARD\r\n"
		p := decodeString(t, file)[0].Person
		if p.Notes != "A very long note that a client folded over two lines" {
			t.Errorf("note = %q", p.Notes)
		}
		if got, want := strings.Join(p.Phones, "|"), "+7 7172 55 12 34 (Reception)|+7 701 555 0103 (mobile)"; got != want {
			t.Errorf("phones = %q, want %q", got, want)
		}
		if got, want := strings.Join(p.Emails, "|"), "first@example.org|second@example.org"; got != want {
			t.Errorf("emails = %q, want %q (preferred first)", got, want)
		}
		if p.UID != "1234" || strings.Join(p.Languages, ",") != "fr" {
			t.Errorf("UID %q, languages %v", p.UID, p.Languages)
		}
	})
	t.Run("a card inside a card is a card", func(t *testing.T) {
		cs := decodeString(t, "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Parent\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"+
			"N:Agent\r\nEND:VCARD\r\nTEL:+7 701 555 0102\r\nEND:VCARD\r\n")
		if len(cs) != 2 || cs[0].Person.FamilyName != "Parent" || len(cs[0].Person.Phones) != 1 || cs[1].Person.FamilyName != "Agent" {
			t.Errorf("contacts = %+v", cs)
		}
	})
	t.Run("a nickname is a name", func(t *testing.T) {
		cs := decodeString(t, "BEGIN:VCARD\nVERSION:3.0\nNICKNAME:Joe,Joey\nEND:VCARD\n"+
			"BEGIN:VCARD\nVERSION:2.1\nX-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Nick;1;;;;;;;;;;;;;\nEND:VCARD\n")
		if !cs[0].Skip.IsZero() || cs[0].Person.GivenName != "Joe" || !cs[1].Skip.IsZero() || cs[1].Person.GivenName != "Nick" {
			t.Errorf("contacts = %+v", cs)
		}
	})
	t.Run("a card without a name is skipped, the others kept", func(t *testing.T) {
		cs := decodeString(t, "BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.org\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nEND:VCARD\n")
		if len(cs) != 2 || cs[0].Skip.Text != "no name" || !cs[1].Skip.IsZero() || cs[1].Person.FamilyName != "Berg" {
			t.Errorf("contacts = %+v", cs)
		}
	})
}

// fullPerson has every field a vCard carries, with the characters that
// need escaping.
func fullPerson() liaison.Person {
	return liaison.Person{
		UID: "2f1c1b1e-9d3a-4b7e-8f00-123456789abc", FamilyName: "Ковалёва; Smith", GivenName: "Ольга, Jr",
		MiddleName: "Николаевна", AltName: "Kovalyova Olga", Salutation: "Ms.", Suffix: "PhD",
		Rank: liaison.Counsellor, Position: "Counsellor, political section; deputy head",
		HeadOfMission: true, Agrement: liaison.Day(2023, 1, 2), Credentials: liaison.Day(2023, 2, 3).At(11, 30),
		Notification: liaison.Day(2023, 1, 5), Emails: []string{"o.kovalyova@example.org", "olga@example.org"},
		Phones:    []string{"+7 701 555 01 02 (mobile)", "+7 7172 55 12 34 (Reception desk)", "+7 7172 55 12 00"},
		Languages: []string{"ru", "en", "kk"}, Spouse: "Pavel", Notes: "Line one\nline two, with \\ backslash",
		PostingStart: liaison.Day(2022, 9, 1), PostingEnd: liaison.Day(2026, 8, 31), Departed: true,
		Address: "Kabanbay Batyr Ave 21; office 5\n010000 Astana",
	}
}

func TestRoundTrip(t *testing.T) {
	mission := liaison.Mission{ID: 7, Kind: liaison.Embassy, Country: "BY", Name: "Посольство Республики Беларусь, Астана"}
	photo := liaison.Photo{MIME: "image/png", Data: []byte("\x89PNG\r\n\x1a\n" + strings.Repeat("pixels", 300))}
	for _, v := range []Version{V3, V4} {
		t.Run(string(v), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Encode(&buf, []Entry{{Person: fullPerson(), Mission: mission, Photo: photo}}, v); err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(buf.String(), "\r\n") {
				if len(line) > 75 {
					t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
				}
			}
			cs := decodeString(t, buf.String())
			if len(cs) != 1 || !cs[0].Skip.IsZero() {
				t.Fatalf("%d contacts; skipped: %q", len(cs), cs[0].Skip)
			}
			c := cs[0]
			if got, want := personFields(c.Person), personFields(fullPerson()); got != want {
				t.Errorf("person came back as\n%s\nwant\n%s", got, want)
			}
			if c.Org != mission.Name || c.OrgKind != mission.Kind || c.OrgCountry != mission.Country {
				t.Errorf("mission came back as %q %q %q", c.Org, c.OrgKind, c.OrgCountry)
			}
			if !bytes.Equal(c.Photo.Data, photo.Data) || c.Photo.MIME != photo.MIME {
				t.Errorf("photo came back as %s, %d bytes", c.Photo.MIME, len(c.Photo.Data))
			}
		})
	}
}

// personFields lists every field of a person, one per line.
func personFields(p liaison.Person) string {
	return strings.Join([]string{
		"uid=" + p.UID, "family=" + p.FamilyName, "given=" + p.GivenName, "middle=" + p.MiddleName,
		"alt=" + p.AltName, "salutation=" + p.Salutation, "suffix=" + p.Suffix, "rank=" + string(p.Rank),
		"position=" + p.Position, "head=" + boolText(p.HeadOfMission), "agrement=" + p.Agrement.String(),
		"credentials=" + p.Credentials.String(), "notification=" + p.Notification.String(),
		"emails=" + strings.Join(p.Emails, "|"), "phones=" + strings.Join(p.Phones, "|"),
		"languages=" + strings.Join(p.Languages, "|"), "spouse=" + p.Spouse, "notes=" + p.Notes,
		"start=" + p.PostingStart.String(), "end=" + p.PostingEnd.String(), "departed=" + boolText(p.Departed),
		"address=" + p.Address,
	}, "\n")
}

func boolText(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
