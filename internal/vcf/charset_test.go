package vcf

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"liaison/internal/i18n"
)

func TestCharsets(t *testing.T) {
	cp1251 := func(s string) string {
		out, err := charmap.Windows1251.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	cp1252 := func(s string) string {
		out, err := charmap.Windows1252.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	t.Run("a charset named on one line holds for the card", func(t *testing.T) {
		c := decodeString(t, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=windows-1251:"+cp1251("Ёлкин;Андрей")+
			"\r\nADR;WORK:;;"+cp1251("ул. Жандосова, 4;Алматы")+"\r\nEND:VCARD\r\n")[0]
		if c.Person.FamilyName != "Ёлкин" || !strings.Contains(c.Person.Address, "Жандосова") || len(c.Notes) > 0 {
			t.Errorf("person %q, address %q, notes %q", c.Person.FamilyName, c.Person.Address, c.Notes)
		}
	})
	t.Run("an unknown charset is guessed", func(t *testing.T) {
		c := decodeString(t, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Murks:"+cp1252("Nüßlebaum;Sören")+"\r\nEND:VCARD\r\n")[0]
		if c.Person.FamilyName != "Nüßlebaum" || !strings.Contains(i18n.Join(i18n.En, c.Notes, " "), "Windows-1252") {
			t.Errorf("person %q, notes %q", c.Person.FamilyName, c.Notes)
		}
	})
	t.Run("UTF-8 under another name is UTF-8", func(t *testing.T) {
		c := decodeString(t, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Müller;Jürgen\r\nEND:VCARD\r\n")[0]
		if c.Person.FamilyName != "Müller" || len(c.Notes) > 0 {
			t.Errorf("person %q, notes %q", c.Person.FamilyName, c.Notes)
		}
	})
	t.Run("names the indexes do not know", func(t *testing.T) {
		for _, name := range []string{"CP-1251", "WIN-1251", "cp1251", "Windows-1251"} {
			if charsetOf(name) != charmap.Windows1251 {
				t.Errorf("charsetOf(%q) = %v", name, charsetOf(name))
			}
		}
		if charsetOf("blabla") != nil {
			t.Errorf("charsetOf(blabla) = %v", charsetOf("blabla"))
		}
	})
}
