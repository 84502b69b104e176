package liaison

import (
	"strings"
	"unicode"
)

// The languages a mission's names are kept in, the languages Liaison
// speaks: codes as the window, the lists and the command line use them.
const (
	LangEn = "en"
	LangRu = "ru"
	LangKk = "kk"
)

// NameLanguages lists the languages of a mission's names in the order
// forms show them.
var NameLanguages = []string{LangEn, LangRu, LangKk}

// A MissionName is a mission's name in one language: the official one
// ("Посольство Туркменистана") and the short one tables show ("Туркменистан").
type MissionName struct {
	Name  string
	Short string
}

// IsZero reports whether the name says nothing.
func (n MissionName) IsZero() bool { return n.Name == "" && n.Short == "" }

// NamesIn returns the mission's names in the language code ("en", "ru",
// "kk"); zero for another language or one it has no name in.
func (m Mission) NamesIn(lang string) MissionName {
	name, short := m.nameFields(lang)
	if name == nil {
		return MissionName{}
	}
	return MissionName{Name: *name, Short: *short}
}

// SetNamesIn gives the mission its names in the language code, trimmed;
// it reports false, changing nothing, for a language other than en, ru
// and kk.
func (m *Mission) SetNamesIn(lang string, n MissionName) bool {
	name, short := m.nameFields(lang)
	if name == nil {
		return false
	}
	*name, *short = strings.TrimSpace(n.Name), strings.TrimSpace(n.Short)
	return true
}

func (m *Mission) nameFields(lang string) (name, short *string) {
	switch lang {
	case LangEn:
		return &m.NameEn, &m.ShortEn
	case LangRu:
		return &m.NameRu, &m.ShortRu
	case LangKk:
		return &m.NameKk, &m.ShortKk
	}
	return nil, nil
}

// languageNames returns every name in a language the mission has, for
// the search key.
func (m Mission) languageNames() []string {
	return []string{m.NameEn, m.ShortEn, m.NameRu, m.ShortRu, m.NameKk, m.ShortKk}
}

// NameIn returns the mission's official name in the language code, else
// the stored one.
func (m Mission) NameIn(lang string) string {
	if n := m.NamesIn(lang).Name; n != "" {
		return n
	}
	return m.Name
}

// DisplayNameIn returns the name tables show in the language code: the
// short name in it, else its official name in it, else DisplayName. A
// mission named in the language is thus never shown in another script.
func (m Mission) DisplayNameIn(lang string) string {
	n := m.NamesIn(lang)
	switch {
	case n.Short != "":
		return n.Short
	case n.Name != "":
		return n.Name
	}
	return m.DisplayName()
}

// NameLanguage guesses the language of a mission's name as lists and
// cards write it: "kk" for Cyrillic with a letter only Kazakh has, "ru"
// for other Cyrillic, "en" for Latin letters with an English word of a
// mission's name ("Embassy of ...", "... Office in Astana"), "" when it
// cannot tell (a German or a Chinese name, an abbreviation).
func NameLanguage(name string) string {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return ""
	case isKazakh(name):
		return LangKk
	case firstLetterCyrillic(name):
		return LangRu
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if englishMissionWords[strings.Trim(w, ",.()")] {
			return LangEn
		}
	}
	return ""
}

// englishMissionWords are words that make a Latin mission name English.
var englishMissionWords = map[string]bool{
	"embassy": true, "consulate": true, "consulate-general": true, "office": true, "delegation": true,
	"mission": true, "of": true, "the": true, "representation": true, "nunciature": true,
	"general": true, "programme": true, "ministry": true, "affairs": true,
}

// firstLetterCyrillic reports whether the first letter of s, past quotes
// and digits, is Cyrillic.
func firstLetterCyrillic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}
