// Package i18n holds what Liaison says in English, Russian and Kazakh
// outside the window: the translations the window loads into Fyne's lang
// package (assets/translations) read for exports, country names from CLDR,
// dates as each language writes them, and forms of address.
//
// The window translates through Fyne's lang.L, keyed by the English text;
// exports, which have no Fyne, through Lang.T with the same keys and
// files, so that a word is translated once for both.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"liaison/assets"
	"liaison/internal/liaison"
)

// A Lang is a language Liaison speaks.
type Lang string

// The languages, English first: the language of the keys.
const (
	En Lang = "en"
	Ru Lang = "ru"
	Kk Lang = "kk"
)

// Langs lists the languages in the order menus show them.
var Langs = []Lang{En, Ru, Kk}

// Name is the language's name in itself, as a language menu shows it.
func (l Lang) Name() string {
	switch l {
	case Ru:
		return "Русский"
	case Kk:
		return "Қазақша"
	}
	return "English"
}

// Tag is the language as golang.org/x/text knows it.
func (l Lang) Tag() language.Tag { return language.Make(string(l)) }

// Parse reads a language from a locale name ("ru_RU.UTF-8", "kk-KZ",
// "en") and reports whether Liaison speaks it.
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_-.@"); i >= 0 {
		s = s[:i]
	}
	for _, l := range Langs {
		if s == string(l) {
			return l, true
		}
	}
	return En, false
}

// FromEnv is the language the locale environment names, as Fyne reads
// it: the first of LANGUAGE (a colon-separated list), else LC_ALL, else
// LC_MESSAGES, else LANG; English when none names a language Liaison
// speaks. getenv is os.Getenv outside tests.
func FromEnv(getenv func(string) string) Lang {
	if v := getenv("LANGUAGE"); v != "" {
		for _, part := range strings.Split(v, ":") {
			if l, ok := Parse(part); ok {
				return l
			}
		}
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			l, _ := Parse(v)
			return l
		}
	}
	return En
}

var (
	loadOnce sync.Once
	texts    map[Lang]map[string]string
	loadErr  error
)

// load reads the translation files once.
func load() {
	texts = map[Lang]map[string]string{}
	for _, l := range Langs {
		m, err := ReadFile(assets.Translations, path.Join("translations", string(l)+".json"))
		if err != nil {
			loadErr = err
			return
		}
		texts[l] = m
	}
}

// ReadFile reads a translation file: each key's text, or for a text with
// plural forms, its "other" form.
func ReadFile(fsys fs.FS, name string) (map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = s
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, fmt.Errorf("%s: %q is neither a text nor plural forms", name, k)
		}
		out[k] = forms["other"]
	}
	return out, nil
}

// T translates the English text key, as lang.L does in the window; a key
// with no translation is itself.
func (l Lang) T(key string) string {
	loadOnce.Do(load)
	if s := texts[l][key]; s != "" {
		return s
	}
	return key
}

// Label translates the label of a rank, kind, status or channel.
func (l Lang) Label(x interface{ Label() string }) string { return l.T(LabelKey(x.Label())) }

// LabelKey is the key that translates a label. It is the label, except
// for words go-i18n keeps for plural forms ("Other", "One"...), which a
// translation file cannot hold as keys: "Other" is "Other (choice)".
func LabelKey(label string) string {
	switch strings.ToLower(label) {
	case "id", "description", "hash", "leftdelim", "rightdelim", "zero", "one", "two", "few", "many", "other":
		return label + " (choice)"
	}
	return label
}

// Problem says what is wrong in the language: the check's fixed text
// translated, the value that was wrong, if shown, as it was given.
func (l Lang) Problem(p liaison.Problem) string {
	s := l.T(p.What)
	if p.Got != "" {
		s += " " + fmt.Sprintf(l.T("(got %q)"), p.Got)
	}
	return s
}

// Problems says what a record's checks found, field by field, as
// liaison.Problems.Error does in English.
func (l Lang) Problems(ps liaison.Problems) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = l.T(p.Field) + ": " + l.Problem(p)
	}
	return strings.Join(parts, "; ")
}

// Country names a country (ISO 3166 alpha-2) in the language, from CLDR;
// "" for none.
func (l Lang) Country(code string) string {
	if code == "" {
		return ""
	}
	if l == En {
		return liaison.CountryName(code)
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if name := display.Regions(l.Tag()).Name(r); name != "" {
		return name
	}
	return liaison.CountryName(code)
}

// Date writes a date as the language does: 24.11.2026 in Russian and
// Kazakh, 24 Nov 2026 in English, with the time when known.
func (l Lang) Date(d liaison.Date) string {
	if l != En || d.IsZero() {
		return d.DMY()
	}
	t := d.Time(time.UTC)
	if d.HasClock() {
		return t.Format("2 Jan 2006 15:04")
	}
	return t.Format("2 Jan 2006")
}

// The salutations Liaison knows, in every language, by what they say.
type salutation int

const (
	otherSalutation salutation = iota
	mister
	madam
	doctor
	professor
)

var salutations = map[string]salutation{
	"mr": mister, "mr.": mister, "господин": mister, "г-н": mister, "г.": mister, "мырза": mister,
	"herr": mister, "m.": mister, "monsieur": mister, "sr.": mister, "señor": mister,
	"ms": madam, "ms.": madam, "mrs": madam, "mrs.": madam, "miss": madam, "госпожа": madam, "г-жа": madam,
	"ханым": madam, "frau": madam, "mme": madam, "mme.": madam, "madame": madam, "sra.": madam, "señora": madam,
	"dr": doctor, "dr.": doctor, "доктор": doctor, "д-р": doctor,
	"prof": professor, "prof.": professor, "профессор": professor, "проф.": professor,
}

// salutationWords says each salutation in each language.
var salutationWords = map[salutation]map[Lang]string{
	mister:    {En: "Mr.", Ru: "господин", Kk: "мырза"},
	madam:     {En: "Ms.", Ru: "госпожа", Kk: "ханым"},
	doctor:    {En: "Dr.", Ru: "доктор", Kk: "доктор"},
	professor: {En: "Prof.", Ru: "профессор", Kk: "профессор"},
}

// excellency is "His/Her Excellency" in each language; Russian has a
// feminine form, excellencyMadam.
var excellency = map[Lang]string{En: "H.E.", Ru: "Его Превосходительство", Kk: "Ұлы Мәртебелі"}

const excellencyMadam = "Её Превосходительство"

// FormOfAddress is how lists and exports address a person before their
// name: "H.E. Mr." / "Его Превосходительство господин" / "Ұлы Мәртебелі
// мырза" for an ambassador, the salutation alone for everyone else (a
// chargé d'affaires and staff are no Excellency). A salutation or title
// Liaison knows is said in the language ("Archbishop" is "архиепископ"
// in Russian); one it does not know is kept as typed; "" when there is
// none.
func (l Lang) FormOfAddress(p liaison.Person) string {
	before, after := l.addressParts(p)
	return joinWords(before, after)
}

// addressParts is the form of address in two parts: what goes before
// the name, and what Kazakh says after it (мырза, ханым); FormOfAddress
// puts both before it.
func (l Lang) addressParts(p liaison.Person) (before, after string) {
	typed := strings.TrimSpace(p.Salutation)
	s, known := salutations[strings.ToLower(typed)]
	said := typed
	if known {
		said = salutationWords[s][l]
	} else if t, ok := l.sayTitle(typed); ok {
		said = t
	}
	if l == Kk && (s == mister || s == madam) {
		before, after = "", said
	} else {
		before = said
	}
	if p.Rank != liaison.Ambassador {
		return before, after
	}
	he := excellency[l]
	if l == Ru && GenderOf(p) == Female {
		he = excellencyMadam
	}
	return joinWords(he, before), after
}

// AddressedName is the name as the missions and people lists write it,
// with the form of address, family name first as stored (they are read
// back so); an invitation list writes ListedName.
func (l Lang) AddressedName(p liaison.Person) string {
	if form := l.FormOfAddress(p); form != "" {
		return form + " " + p.FullName()
	}
	return p.FullName()
}

// ParseStatus reads a status written in any of the languages: its name
// ("accepted"), its label in English, Russian or Kazakh, or its form for
// a man, a woman or either ("Приглашена", "Приглашён(а)").
func ParseStatus(s string) (liaison.Status, bool) {
	if st, err := liaison.ParseStatus(s); err == nil {
		return st, true
	}
	want := strings.ToLower(strings.TrimSpace(s))
	for _, st := range liaison.Statuses {
		for _, l := range Langs {
			if strings.ToLower(l.Label(st)) == want {
				return st, true
			}
			for _, g := range []Gender{GenderUnknown, Male, Female} {
				if strings.ToLower(l.StatusOf(st, g)) == want {
					return st, true
				}
			}
		}
	}
	return "", false
}

// Err reports a translation file that could not be read; the tests check
// it, and T then falls back to English.
func Err() error {
	loadOnce.Do(load)
	return loadErr
}
