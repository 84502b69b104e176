package liaison

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of s that search compares: lower case, Latin
// letters without accents, and Cyrillic (Russian, Kazakh, Ukrainian,
// Belarusian) transliterated to Latin, with the spellings that differ
// between transliteration schemes brought together, so that "Ёлкин",
// "Елкин" and "Elkin" all fold to "elkin" and "Юрий", "Yuriy" and "Iurii"
// to "iuri". Anything that is not a letter or a digit becomes a single
// space.
//
// SQLite's lower() and LIKE fold ASCII only; search keys are therefore
// folded here, in Go, when a record is written. Fold runs for every
// person an import writes, so it makes one pass and allocates once.
func Fold(s string) string {
	f := folder{b: make([]byte, 0, len(s))}
	for _, r := range s {
		f.rune(r)
	}
	if n := len(f.b); n > 0 && f.b[n-1] == ' ' {
		f.b = f.b[:n-1]
	}
	return string(f.b)
}

// A folder builds a folded string. It applies the skeleton as it goes:
// kh is h, th is t, ph is f, x is ks, y and j are i, w is v, ii is i. Both the key and the
// query go through it, so it can only make more things match, never
// fewer. These are the spellings transliteration schemes (and languages)
// disagree on: Khan/Han, Alexey/Aleksei, Yuri/Iurii, Wolf/Volf, Мария as
// Mariia or Maria, and Western names as Russian writes them:
// Katharina/Катарина, Philippe/Филипп.
type folder struct {
	b []byte
}

func (f *folder) rune(r rune) {
	switch {
	case r < 0x80:
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			f.latin(byte(r))
		case 'A' <= r && r <= 'Z':
			f.latin(byte(r) + 'a' - 'A')
		default:
			f.space()
		}
		return
	case unicode.Is(unicode.Mn, r):
		return // a combining accent: "е" followed by U+0308 is "е"
	}
	r = unicode.ToLower(r)
	if t, ok := cyrillic[r]; ok {
		f.ascii(t)
		return
	}
	if t, ok := latinSpecial[r]; ok {
		f.ascii(t)
		return
	}
	if base, ok := latinBase(r); ok {
		f.latin(base)
		return
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		f.b = utf8.AppendRune(f.b, r)
		return
	}
	f.space()
}

// ascii writes folded Latin letters.
func (f *folder) ascii(s string) {
	for i := 0; i < len(s); i++ {
		f.latin(s[i])
	}
}

// latin writes one lower-case Latin letter or digit through the skeleton.
func (f *folder) latin(c byte) {
	switch c {
	case 'x':
		f.latin('k')
		c = 's'
	case 'y', 'j':
		c = 'i'
	case 'w':
		c = 'v'
	}
	n := len(f.b)
	switch {
	case c == 'h' && n > 0 && f.b[n-1] == 'k':
		f.b[n-1] = 'h'
	case c == 'h' && n > 0 && f.b[n-1] == 't':
		// th is t: Katharina is Катарина, Thomas Томас.
	case c == 'h' && n > 0 && f.b[n-1] == 'p':
		f.b[n-1] = 'f' // ph is f: Philippe is Филипп
	case c == 'i' && n > 0 && f.b[n-1] == 'i':
	default:
		f.b = append(f.b, c)
	}
}

// space writes one space between words, none at the start.
func (f *folder) space() {
	if n := len(f.b); n > 0 && f.b[n-1] != ' ' {
		f.b = append(f.b, ' ')
	}
}

// latinBase returns the base letter of an accented Latin letter: é is e.
func latinBase(r rune) (byte, bool) {
	if r < 0xc0 || r > 0x24f {
		return 0, false
	}
	b := latinBases()[r-0xc0]
	return b, b != 0
}

// latinBases maps U+00C0 to U+024F to their base letters, by Unicode
// decomposition, built once.
var latinBases = sync.OnceValue(func() []byte {
	out := make([]byte, 0x250-0xc0)
	for r := rune(0xc0); r < 0x250; r++ {
		d := norm.NFD.String(string(unicode.ToLower(r)))
		if c := d[0]; len(d) > 1 && 'a' <= c && c <= 'z' {
			out[r-0xc0] = c
		}
	}
	return out
})

// cyrillic maps each lower-case Cyrillic letter to Latin, close to the
// passport (ICAO) scheme: ё is е, й is i, х is h (after the skeleton, "kh").
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
	// Kazakh
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h", 'і': "i",
	// Ukrainian and Belarusian
	'є': "ie", 'ї': "i", 'ґ': "g", 'ў': "u",
}

// latinSpecial maps Latin letters that do not decompose into a base letter
// and a mark.
var latinSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th",
	'ı': "i", 'ħ': "h",
}

// SearchWords folds a query and splits it into the words that must each
// occur, in any order, in a matching key.
func SearchWords(query string) []string {
	return strings.Fields(Fold(query))
}

// digitsOnly returns the digits of a phone number, so that "55 12 34" and
// "551234" both find "+7 (7172) 55-12-34".
func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// otherSpelling returns s as English often spells it when that differs
// from the passport scheme Fold follows: ё as yo (Ковалёва, Kovalyova; Fold
// gives Kovaleva) and е at the start of a word as ye (Евгений, Yevgeny;
// Fold gives Evgeni). It returns "" when s has neither.
func otherSpelling(s string) string {
	var b strings.Builder
	changed, start := false, true
	for _, r := range s {
		switch {
		case r == 'ё' || r == 'Ё':
			b.WriteString("йо")
			changed = true
		case (r == 'е' || r == 'Е') && start:
			b.WriteString("йе")
			changed = true
		default:
			b.WriteRune(r)
		}
		start = !unicode.IsLetter(r)
	}
	if !changed {
		return ""
	}
	return b.String()
}

// SearchKey returns the folded text search looks in for a person: every
// form of the name (both English spellings of ё), the emails, the phones
// and the mission's country in English, Russian and Kazakh.
func (p Person) SearchKey(m Mission) string {
	parts := []string{p.FullName(), p.AltName, otherSpelling(p.FullName()), otherSpelling(p.AltName)}
	parts = append(parts, p.Emails...)
	for _, ph := range p.Phones {
		parts = append(parts, ph, digitsOnly(ph))
	}
	parts = append(parts, countryNames(m.Country)...)
	return Fold(strings.Join(parts, " "))
}

// SearchKey returns the folded text search looks in for a mission: its
// names (in every language), its country in English, Russian and Kazakh, email, phones and
// website.
func (m Mission) SearchKey() string {
	parts := append([]string{m.Name, m.ShortName, m.Email, m.Website}, m.languageNames()...)
	for _, ph := range m.Phones {
		parts = append(parts, ph, digitsOnly(ph))
	}
	parts = append(parts, countryNames(m.Country)...)
	return Fold(strings.Join(parts, " "))
}
