package liaison

import "strings"

// A NameMatch says how alike two people's names are, as an importer
// weighs whether two records are one person.
type NameMatch int

// How alike two names are, from not at all to the same.
const (
	// NamesDiffer: nothing ties the names together.
	NamesDiffer NameMatch = iota
	// NamesPartly: the family names agree and the given names may be the
	// same person's (one is missing, an initial, or the start of the
	// other): "Brandt" and "Brandt Katharina", "A. Elkin" and "Ёлкин
	// Андрей". Only the officer can tell.
	NamesPartly
	// NamesSameWords: the family and given names of one stand in the
	// other, in another order or script: "Andrei Elkin" and "Ёлкин Андрей
	// Викторович".
	NamesSameWords
	// NamesSame: the full names fold to the same text.
	NamesSame
)

// CompareNames says how alike the names of a and b are, looking at each
// one's name and its name in the other script (AltName).
func CompareNames(a, b Person) NameMatch {
	if fa := Fold(a.FullName()); fa != "" && fa == Fold(b.FullName()) {
		return NamesSame
	}
	best := NamesDiffer
	for _, x := range nameForms(a) {
		for _, y := range nameForms(b) {
			best = max(best, compareForms(x, y))
		}
	}
	return best
}

// A nameForm is one way a name is written, folded word by word.
type nameForm struct {
	family, given []string // the family name's words; the given name's first word, if any
	all           []string // every word, middle names too
}

// nameForms returns a person's name as stored and, when there is one, as
// the other script writes it.
func nameForms(p Person) []nameForm {
	var out []nameForm
	if f := newNameForm(p.FamilyName, p.GivenName, p.MiddleName); len(f.all) > 0 {
		out = append(out, f)
	}
	if p.AltName != "" {
		if f := newNameForm(SplitFullName(p.AltName)); len(f.all) > 0 {
			out = append(out, f)
		}
	}
	return out
}

func newNameForm(family, given, middle string) nameForm {
	f := nameForm{family: foldWords(family), given: foldWords(given)}
	if len(f.given) > 1 {
		f.given = f.given[:1]
	}
	f.all = append(append(foldWords(family), foldWords(given)...), foldWords(middle)...)
	return f
}

// foldWords folds each word of s.
func foldWords(s string) []string {
	return strings.Fields(Fold(s))
}

func compareForms(x, y nameForm) NameMatch {
	xs, ys := append(slicesClone(x.family), x.given...), append(slicesClone(y.family), y.given...)
	if len(xs) >= 2 && len(ys) >= 2 && (allIn(xs, y.all) || allIn(ys, x.all)) {
		return NamesSameWords
	}
	// The same family name under another order: the family of one may be
	// read as the given name of the other ("Elkin Andrei" on a card that
	// puts the given name last).
	switch {
	case sameWords(x.family, y.family) && givenCompatible(x.given, y.given):
		return NamesPartly
	case len(x.family) > 0 && allIn(x.family, y.all) && len(x.given) == 0:
		return NamesPartly
	case len(y.family) > 0 && allIn(y.family, x.all) && len(y.given) == 0:
		return NamesPartly
	}
	return NamesDiffer
}

// givenCompatible reports whether two given names can be one person's: one
// is missing, an initial of the other, or the start of it.
func givenCompatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	x, y := a[0], b[0]
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) > 0 && strings.HasPrefix(y, x) && (len(x) == 1 || len(x) >= 3)
}

func sameWords(a, b []string) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameWord(a[i], b[i]) {
			return false
		}
	}
	return true
}

// allIn reports whether every word of want stands in have.
func allIn(want, have []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if sameWord(w, h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(want) > 0
}

// sameWord compares two folded words, taking the English spellings of ё
// and of a word-initial е that Fold does not bring together (Yolkin for
// Ёлкин, Yevgeni for Евгений) as the same.
func sameWord(a, b string) bool {
	return a == b || englishSpelling(a) == b || a == englishSpelling(b)
}

// englishSpelling undoes, in a folded word, what English spelling adds
// to Russian: "io" for ё (iolkin → elkin) and an "i" before a
// word-initial е (ievgeni → evgeni). It returns "" when there is nothing
// to undo.
func englishSpelling(w string) string {
	switch {
	case strings.HasPrefix(w, "ie"):
		return w[1:]
	case strings.Contains(w, "io"):
		return strings.ReplaceAll(w, "io", "e")
	}
	return ""
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }
