package liaison

import (
	"strings"
	"unicode"

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
// folded here, in Go, when a record is written.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces and runs of spaces
	for _, r := range norm.NFC.String(s) {
		r = unicode.ToLower(r)
		if t, ok := cyrillic[r]; ok {
			b.WriteString(t)
			space = false
			continue
		}
		if t, ok := latinSpecial[r]; ok {
			b.WriteString(t)
			space = false
			continue
		}
		if r >= 0x80 && unicode.IsLetter(r) {
			// é → e: decompose and keep the base letter.
			if d := []rune(norm.NFD.String(string(r))); len(d) > 0 {
				r = d[0]
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space && !unicode.IsMark(r) {
			b.WriteByte(' ')
			space = true
		}
	}
	return collapseI(skeleton.Replace(strings.TrimRight(b.String(), " ")))
}

// collapseI makes "ii" one "i": Мария is Mariia in the passport scheme and
// Maria in English, Юрий Iurii and Yuri.
func collapseI(s string) string {
	for strings.Contains(s, "ii") {
		s = strings.ReplaceAll(s, "ii", "i")
	}
	return s
}

// skeleton brings together Latin spellings that transliteration schemes
// (and languages) write differently for the same sound: Khan/Han, Yuri/Iuri,
// Alexey/Aleksei, Wolf/Volf. Both the key and the query go through it, so
// it can only make more things match, never fewer.
var skeleton = strings.NewReplacer("kh", "h", "x", "ks", "y", "i", "j", "i", "w", "v")

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
// names, its country in English, Russian and Kazakh, email, phones and
// website.
func (m Mission) SearchKey() string {
	parts := []string{m.Name, m.ShortName, m.Email, m.Website}
	for _, ph := range m.Phones {
		parts = append(parts, ph, digitsOnly(ph))
	}
	parts = append(parts, countryNames(m.Country)...)
	return Fold(strings.Join(parts, " "))
}
