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
