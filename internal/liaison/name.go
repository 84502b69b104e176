package liaison

import (
	"strings"
	"unicode"
)

// SplitFullName splits a name written in one piece (a vCard FN, a cell of
// a list) into family, given and middle names. Cyrillic names with
// a patronymic are read as protocol lists write them, family name first
// ("Иванов Иван Иванович") or last ("Иван Иванович Иванов"); a two-word
// Cyrillic name family first; any other name as Western cards write it,
// family name last.
func SplitFullName(fn string) (family, given, middle string) {
	words := strings.Fields(fn)
	switch {
	case len(words) == 1:
		return words[0], "", ""
	case nameScript(fn) == 'C' && len(words) == 3 && isPatronymic(words[2]):
		return words[0], words[1], words[2]
	case nameScript(fn) == 'C' && len(words) == 3 && isPatronymic(words[1]):
		return words[2], words[0], words[1]
	case nameScript(fn) == 'C' && len(words) == 2:
		return words[0], words[1], ""
	}
	return words[len(words)-1], words[0], strings.Join(words[1:len(words)-1], " ")
}

// isPatronymic reports whether a word is a Russian or Kazakh patronymic.
func isPatronymic(w string) bool {
	w = strings.ToLower(w)
	for _, end := range []string{"вич", "вна", "чна", "ична", "ұлы", "улы", "қызы", "кызы"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// nameScript returns 'C' for text with Cyrillic letters, 'L' otherwise.
func nameScript(s string) rune {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return 'C'
		}
	}
	return 'L'
}

// IsCyrillic reports whether s holds a Cyrillic letter: a name in
// Russian or Kazakh script.
func IsCyrillic(s string) bool { return nameScript(s) == 'C' }

// AltNameParts splits AltName into family, given and middle names.
// AltName is written in the order the name is stored, family name first
// ("Оразов Атаджан" beside "Orazov Atajan"): each part takes as many
// words as the stored part it stands for, and what is left over is the
// middle name; when AltName is too short for that, its first word is the
// family name and the rest the given name. An empty AltName gives three
// empty parts.
func (p Person) AltNameParts() (family, given, middle string) {
	words := strings.Fields(p.AltName)
	nf, ng := len(strings.Fields(p.FamilyName)), len(strings.Fields(p.GivenName))
	switch {
	case len(words) == 0:
		return "", "", ""
	case len(words) == 1:
		return words[0], "", ""
	case nf == 0 || nf+ng > len(words):
		return words[0], strings.Join(words[1:], " "), ""
	case ng == 0:
		ng = len(words) - nf // no given name stored: the rest is one
	}
	return strings.Join(words[:nf], " "), strings.Join(words[nf:nf+ng], " "), strings.Join(words[nf+ng:], " ")
}

// familyFirst are the countries whose names keep the family name first
// in every language, English and Russian included ("Zhou Jianping", "Kang
// Dong-hyun", "Nguyễn Minh Tuấn"), as their missions write them to the
// ministry. Japanese and Hungarian names go given name first abroad.
var familyFirst = map[string]bool{"CN": true, "TW": true, "HK": true, "MO": true, "KR": true, "KP": true, "VN": true, "KH": true}

// FamilyNameFirst reports whether names of the country (ISO 3166 alpha-2)
// are written family name first even in lists that write other names
// given name first.
func FamilyNameFirst(country string) bool { return familyFirst[country] }
