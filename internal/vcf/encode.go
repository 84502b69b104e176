package vcf

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"liaison/internal/liaison"
)

// A Version is the vCard version Encode writes.
type Version string

// The versions Encode writes. 3.0 is what Outlook and phones read best.
const (
	V3 Version = "3.0"
	V4 Version = "4.0"
)

// An Entry is one person to write, with their mission (zero for none) and
// photo (zero for none).
type Entry struct {
	Person  liaison.Person
	Mission liaison.Mission
	Photo   liaison.Photo
}

// Encode writes the entries as one vCard file: lines end with CRLF and
// are folded at 75 octets, text is escaped as the standard asks (also
// inside N and ADR, which go-vcard's encoder does not), and Liaison's own
// X- properties carry what vCard has no place for.
func Encode(w io.Writer, entries []Entry, v Version) error {
	if v != V3 && v != V4 {
		return fmt.Errorf("vcf: cannot write vCard %q; use 3.0 or 4.0", v)
	}
	bw := bufio.NewWriter(w)
	for _, e := range entries {
		writeCard(&cardWriter{w: bw, v: v}, e)
	}
	return bw.Flush()
}

// cardWriter writes the content lines of one card.
type cardWriter struct {
	w *bufio.Writer
	v Version
}

// line writes a content line, folded at 75 octets without splitting a
// UTF-8 character.
func (c *cardWriter) line(name, value string) {
	s := name + ":" + value
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.w.WriteString(s[:cut])
		c.w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space takes one octet
	}
	c.w.WriteString(s)
	c.w.WriteString("\r\n")
}

// text writes a text property when the value is not empty.
func (c *cardWriter) text(name, value string) {
	if strings.TrimSpace(value) != "" {
		c.line(name, escape(value))
	}
}

func writeCard(c *cardWriter, e Entry) {
	p, m := e.Person, e.Mission
	c.line("BEGIN", "VCARD")
	c.line("VERSION", string(c.v))
	c.line("PRODID", "-//Liaison//Liaison//EN")
	if p.UID != "" {
		c.line("UID", "urn:uuid:"+escape(p.UID))
	}
	c.line("FN", escape(p.FullName()))
	c.line("N", structured(p.FamilyName, p.GivenName, p.MiddleName, p.Salutation, p.Suffix))
	if m.ID != 0 || m.Name != "" {
		c.line("ORG", structured(m.Name))
	}
	c.text("TITLE", p.Position)
	if p.Rank != "" {
		c.text("ROLE", p.Rank.Label())
	}
	if cats := categories(p, m); len(cats) > 0 {
		c.line("CATEGORIES", strings.Join(cats, ","))
	}
	for i, e := range p.Emails {
		c.line("EMAIL"+c.pref("INTERNET", i), escape(e))
	}
	item := 0
	for i, ph := range p.Phones {
		number, label := liaison.SplitPhone(ph)
		if typ := phoneType(label); typ != "" || label == "" {
			c.line("TEL"+c.pref(typ, i), escapePhone(number, c.v))
			continue
		}
		// A label vCard has no type for, the way Apple writes it.
		item++
		group := fmt.Sprintf("item%d.", item)
		c.line(group+"TEL"+c.pref("", i), escapePhone(number, c.v))
		c.line(group+"X-ABLabel", escape(label))
	}
	if p.Address != "" {
		c.line("ADR;TYPE="+c.lower("WORK"), structured("", "", p.Address, "", "", "", ""))
	}
	c.text("NOTE", p.Notes)
	if c.v == V4 {
		for i, l := range p.Languages {
			c.line(fmt.Sprintf("LANG;PREF=%d", i+1), escape(l))
		}
		if p.Spouse != "" {
			c.line("RELATED;TYPE=spouse;VALUE=text", escape(p.Spouse))
		}
	}
	c.photo(e.Photo)
	c.own(p, m)
	c.line("END", "VCARD")
}

// pref returns the parameters of the i-th email or phone: its type, and
// the preferred mark on the first.
func (c *cardWriter) pref(typ string, i int) string {
	var params []string
	if typ != "" {
		params = append(params, "TYPE="+c.lower(typ))
	}
	if i == 0 {
		if c.v == V4 {
			params = append(params, "PREF=1")
		} else {
			params = append(params, "TYPE=pref")
		}
	}
	if len(params) == 0 {
		return ""
	}
	return ";" + strings.Join(params, ";")
}

// lower writes parameter values as each version's examples do: upper
// case in 3.0, lower in 4.0.
func (c *cardWriter) lower(s string) string {
	if c.v == V4 {
		return strings.ToLower(s)
	}
	return s
}

// phoneType returns the vCard type of a phone label, "" for a label vCard
// has no type for.
func phoneType(label string) string {
	switch strings.ToLower(label) {
	case liaison.PhoneMobile:
		return "CELL"
	case liaison.PhoneWork:
		return "WORK"
	case liaison.PhoneHome:
		return "HOME"
	case liaison.PhoneFax:
		return "FAX"
	}
	return ""
}

// categories are the groups a person falls in, for address books that
// filter by them.
func categories(p liaison.Person, m liaison.Mission) []string {
	var out []string
	if m.Kind != "" {
		out = append(out, escape(m.Kind.Label()))
	}
	if p.HeadOfMission {
		out = append(out, "Head of mission")
	}
	return out
}

// photo writes an embedded photo, as each version embeds them.
func (c *cardWriter) photo(ph liaison.Photo) {
	if len(ph.Data) == 0 {
		return
	}
	data := base64.StdEncoding.EncodeToString(ph.Data)
	if c.v == V4 {
		c.line("PHOTO", "data:"+ph.MIME+";base64,"+data)
		return
	}
	typ := strings.ToUpper(strings.TrimPrefix(ph.MIME, "image/"))
	c.line("PHOTO;ENCODING=b;TYPE="+typ, data)
}

// own writes Liaison's own properties.
func (c *cardWriter) own(p liaison.Person, m liaison.Mission) {
	if p.Rank != "" {
		c.line(xRank, string(p.Rank))
	}
	if p.HeadOfMission {
		c.line(xHead, "1")
	}
	c.text(xAltName, p.AltName)
	for _, d := range []struct {
		name string
		date liaison.Date
	}{
		{xAgrement, p.Agrement}, {xCredentials, p.Credentials}, {xNotification, p.Notification},
		{xPostingStart, p.PostingStart}, {xPostingEnd, p.PostingEnd},
	} {
		if !d.date.IsZero() {
			c.line(d.name, d.date.String())
		}
	}
	if p.Departed {
		c.line(xDeparted, "1")
	}
	if c.v == V3 {
		c.text(xSpouse, p.Spouse)
		if len(p.Languages) > 0 {
			c.line(xLanguages, escape(strings.Join(p.Languages, ",")))
		}
	}
	if m.Kind != "" {
		c.line(xMissionKind, string(m.Kind))
	}
	if m.Country != "" {
		c.line(xCountry, m.Country)
	}
}
