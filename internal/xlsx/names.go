package xlsx

import (
	"strings"
	"unicode"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// salutations are the forms of address lists put before names, and the
// salutation Liaison keeps for each ("" for an Excellency, which follows
// from the rank); the window says them in the officer's language.
var salutations = map[string]string{
	"h.e.": "", "his excellency": "", "her excellency": "", "mr.": "Mr.", "mr": "Mr.", "ms.": "Ms.",
	"ms": "Ms.", "mrs.": "Mrs.", "mrs": "Mrs.", "dr.": "Dr.", "dr": "Dr.", "prof.": "Prof.",
	"г-н": "Mr.", "г-жа": "Ms.", "господин": "Mr.", "госпожа": "Ms.", "доктор": "Dr.", "профессор": "Prof.",
	"его превосходительство": "", "ее превосходительство": "", "её превосходительство": "",
	"мырза": "Mr.", "ханым": "Ms.", "ұлы мәртебелі": "",
}

// titles are forms of address kept as typed, besides those i18n.TitleOf
// knows in every language (which Liaison's own exports write in the
// list's language).
var titles = map[string]bool{
	"archbishop": true, "bishop": true, "cardinal": true, "monsignor": true, "msgr.": true, "mgr.": true, "father": true,
	"rev.": true, "sheikh": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof": true,
	"архиепископ": true, "епископ": true, "кардинал": true, "монсеньор": true, "шейх": true,
	// Defence attachés' ranks.
	"col.": true, "lt. col.": true, "sr. col.": true, "gen.": true, "maj.": true, "capt.": true, "cdr.": true,
	"brig. gen.": true, "maj. gen.": true, "lt. gen.": true, "adm.": true, "rear adm.": true, "cpt.": true,
	"полковник": true, "подполковник": true, "генерал": true, "майор": true, "капитан": true,
}

// particles begin family names of more than one word ("de Vries", "van
// Dijk", "al-Thani" is one word already).
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "te": true, "la": true, "le": true, "al": true,
	"el": true, "bin": true, "ben": true, "ibn": true, "zu": true, "af": true, "mac": true, "st.": true,
}

// headOf reads a head's name as lists write it: forms of address first
// ("H.E. Mr."), the family name often in capitals ("Pierre DUBOIS",
// "ИВАНОВ Сергей Петрович"). In a list Liaison wrote (own), the family
// name comes first, then the given and middle names.
func headOf(s string, own bool) liaison.Person {
	p := liaison.Person{HeadOfMission: true}
	words := strings.Fields(s)
	for len(words) > 0 {
		found := false
		for n := min(3, len(words)); n >= 1; n-- {
			said := strings.ToLower(strings.Join(words[:n], " "))
			if sal, ok := salutations[said]; ok {
				if sal != "" {
					p.Salutation = sal
				}
				words, found = words[n:], true
				break
			}
			key, known := i18n.TitleOf(said)
			if (titles[said] || known) && len(words) > n {
				p.Salutation, words, found = strings.Join(words[:n], " "), words[n:], true
				if own && known {
					// Liaison wrote the title in the list's language:
					// it keeps it as it was kept ("Archbishop").
					p.Salutation = key
				}
				break
			}
		}
		if !found {
			break
		}
	}
	if len(words) == 0 { // a form of address and no name: "H.E."
		return p
	}
	if own {
		// Liaison writes the family name first: a word before it ending
		// in a full stop is a title it does not know ("Mgr.", "Amb.").
		for len(words) > 1 && strings.HasSuffix(words[0], ".") {
			p.Salutation = strings.TrimSpace(p.Salutation + " " + words[0])
			words = words[1:]
		}
		n := 1
		for n < len(words)-1 && particles[words[n-1]] {
			n++
		}
		p.FamilyName = strings.Join(words[:n], " ")
		if len(words) > n {
			p.GivenName, p.MiddleName = words[n], strings.Join(words[n+1:], " ")
		}
		return p
	}
	caps := -1
	for i, w := range words {
		if isCapitals(w) {
			if caps >= 0 {
				caps = -2 // more than one: no clue
				break
			}
			caps = i
		}
	}
	for i, w := range words {
		if isCapitals(w) {
			words[i] = titleCase(w)
		}
	}
	if caps >= 0 {
		p.FamilyName = words[caps]
		rest := append(append([]string{}, words[:caps]...), words[caps+1:]...)
		if len(rest) > 0 {
			p.GivenName = rest[0]
			p.MiddleName = strings.Join(rest[1:], " ")
		}
		return p
	}
	p.FamilyName, p.GivenName, p.MiddleName = liaison.SplitFullName(strings.Join(words, " "))
	return p
}

// isCapitals reports whether a word of two letters or more is all capitals.
func isCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	for i, r := range rs {
		if i == 0 || rs[i-1] == '-' || rs[i-1] == '\'' {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
}
