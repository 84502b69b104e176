package vcf

import (
	"strings"
	"sync"
	"unicode/utf8"

	vcard "github.com/emersion/go-vcard"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"

	"liaison/internal/i18n"
)

// charsets remembers the encoding of each CHARSET name seen: a file names
// one or two, on every line.
var charsets sync.Map // name as written → encoding.Encoding, nil when unknown

// charsetOf returns the encoding a CHARSET parameter names, nil for one
// that neither the WHATWG list nor the IANA registry knows. The WHATWG
// names come first: they read ISO-8859-1 as Windows-1252, its superset,
// which is what programs that say ISO-8859-1 write.
func charsetOf(name string) encoding.Encoding {
	if e, ok := charsets.Load(name); ok {
		enc, _ := e.(encoding.Encoding)
		return enc
	}
	clean := strings.TrimSpace(name)
	enc, err := htmlindex.Get(clean)
	if err != nil {
		if enc, err = ianaindex.IANA.Encoding(clean); err != nil {
			// "CP-1251", "WIN-1251" and the like: the number says it.
			enc, _ = htmlindex.Get("windows-" + strings.TrimLeft(clean, "CcPpWwIiNnDdOoSs-_ "))
		}
	}
	charsets.Store(name, enc)
	return enc
}

// cardText turns the properties of a card into go-vcard's Card, each
// value in UTF-8 but still escaped. A value is read in the charset its
// line names, else as UTF-8 when it is valid UTF-8, else in the legacy
// charset other lines of the card name (Outlook names it on some lines
// only), else in the single-byte encoding that spells all such values of
// the card best (guessCharset), which a note names.
func cardText(props []property, c *Contact) vcard.Card {
	texts := make([]string, len(props))
	var unknown []string // values in no charset Liaison knows
	var unknownAt []int
	var named encoding.Encoding // a legacy charset a line of the card names
	for i, p := range props {
		s, enc, ok := textOf(p)
		if !ok {
			unknown = append(unknown, p.value)
			unknownAt = append(unknownAt, i)
			continue
		}
		texts[i] = s
		if enc != nil && named == nil {
			named = enc
		}
	}
	if len(unknown) > 0 && named != nil {
		for k, i := range unknownAt {
			out, err := named.NewDecoder().String(unknown[k])
			if err != nil {
				named = nil // not that charset after all: guess
				break
			}
			texts[i] = out
		}
		if named != nil {
			unknown = nil
		}
	}
	if len(unknown) > 0 {
		g := guessCharset(unknown)
		for k, i := range unknownAt {
			texts[i] = g.decode(unknown[k])
		}
		c.Notes = append(c.Notes, i18n.M("text without a declared charset read as %s", i18n.M(g.name)))
	}
	card := make(vcard.Card, len(props))
	fields := make([]vcard.Field, len(props)) // one allocation for the card
	for i, p := range props {
		fields[i] = vcard.Field{Value: dropControls(escapeNewlines(texts[i])), Params: p.params, Group: p.group}
		card[p.name] = append(card[p.name], &fields[i])
	}
	return card
}

// textOf decodes a value whose encoding is known, and returns the legacy
// charset it was read in (nil for UTF-8 and ASCII); ok is false when the
// encoding is not known: no charset Liaison knows is named and the bytes
// are not UTF-8. A value valid as UTF-8 that has characters beyond ASCII
// is taken as UTF-8 whatever the line says: programs name the system's
// charset and write UTF-8, while text in a legacy charset is hardly ever
// valid UTF-8.
func textOf(p property) (s string, enc encoding.Encoding, ok bool) {
	if utf8.ValidString(p.value) { // base64 of a photo is ASCII too

		return p.value, nil, true
	}
	if p.charset == "" {
		return "", nil, false
	}
	enc = charsetOf(p.charset)
	if enc == nil || enc == unicode.UTF8 {
		return "", nil, false
	}
	out, err := enc.NewDecoder().String(p.value)
	if err != nil {
		return "", nil, false
	}
	return out, enc, true
}

// dropControls removes the control characters quoted-printable can smuggle
// into a value ("=00"), which no field shows and a file may not hold.
func dropControls(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' || c == 0x7f {
			return strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\t' || r == 0x7f {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}
