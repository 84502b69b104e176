package liaison

import (
	"slices"
	"strings"
)

// A NameMatch says how alike two people's names are, as an importer
// weighs whether two records are one person.
type NameMatch int

// How alike two names are, from not at all to the same.
const (
	// NamesDiffer: nothing ties the names together.
	NamesDiffer NameMatch = iota
	// NamesPartly: the family names agree and one given name is missing
	// or an initial of the other: "Brandt" and "Brandt Katharina", "A.
	// Elkin" and "Ёлкин Андрей". Only the officer can tell.
	NamesPartly
	// NamesSameWords: the same family and given names, in another order
	// or script, middle names (patronymics) aside: "Andrei Elkin" and
	// "Ёлкин Андрей Викторович".
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
	for _, x := range NameForms(a) {
		for _, y := range NameForms(b) {
			best = max(best, x.compare(y))
		}
	}
	return best
}

// A NameForm is one way a person's name is written (as stored, or in the
// other script), folded word by word, with the English spellings of ё and
// of a word-initial е brought to Fold's ("Yolkin" is "elkin").
type NameForm struct {
	Family string // the family name's words, joined by spaces
	Given  string // the given name's words
	// Words are the family and given names' words, sorted: two forms
	// with the same Words are the same name in another order.
	Words string
}

// NameForms returns a person's name as stored and, when there is one
// that differs, as the other script writes it.
func NameForms(p Person) []NameForm {
	var out []NameForm
	if f := newNameForm(p.FamilyName, p.GivenName); f.Words != "" {
		out = append(out, f)
	}
	if p.AltName != "" {
		family, given, _ := SplitFullName(p.AltName)
		if f := newNameForm(family, given); f.Words != "" && (len(out) == 0 || f != out[0]) {
			out = append(out, f)
		}
	}
	return out
}

func newNameForm(family, given string) NameForm {
	f, g := canonWords(family), canonWords(given)
	words := slices.Concat(f, g)
	slices.Sort(words)
	return NameForm{Family: strings.Join(f, " "), Given: strings.Join(g, " "), Words: strings.Join(words, " ")}
}

// Initial is the first letter of the given name, "" for none.
func (f NameForm) Initial() string {
	if f.Given == "" {
		return ""
	}
	return f.Given[:1]
}

// IsInitial reports whether the given name is an initial alone.
func (f NameForm) IsInitial() bool { return len(f.Given) == 1 }

func (f NameForm) compare(g NameForm) NameMatch {
	switch {
	case f.Words == g.Words && f.Given != "" && g.Given != "":
		return NamesSameWords
	case f.Family != g.Family || f.Family == "":
		return NamesDiffer
	case f.Given == "" || g.Given == "",
		f.IsInitial() && f.Given == g.Initial(), g.IsInitial() && g.Given == f.Initial():
		return NamesPartly
	}
	return NamesDiffer
}

// canonWords folds s into words, each in its canonical spelling.
func canonWords(s string) []string {
	words := strings.Fields(Fold(s))
	for i, w := range words {
		words[i] = canonWord(w)
	}
	return words
}

// canonWord undoes, in a folded word, what English spelling adds to
// Russian and Fold does not: "io" for ё before a consonant (iolkin →
// elkin, fiodor → fedor, korolioV → korolev) and an "i" before a
// word-initial е (ievgeni → evgeni).
func canonWord(w string) string {
	if strings.HasPrefix(w, "ie") {
		w = w[1:]
	}
	for i := strings.Index(w, "io"); i >= 0 && i+2 < len(w); {
		if strings.IndexByte("aeiou", w[i+2]) < 0 {
			w = w[:i] + "e" + w[i+2:]
		}
		next := strings.Index(w[i+1:], "io")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return w
}
