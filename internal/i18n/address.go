package i18n

import (
	"strings"
	"sync"

	"liaison/internal/liaison"
)

// msg marks a key of the translations that a table holds.
func msg(s string) string { return s }

// A Gender is what a list knows of whom it speaks: Russian says
// "Приглашён" of a man, "Приглашена" of a woman, "Приглашён(а)" when the
// list does not know.
type Gender int

// The genders a list tells apart.
const (
	GenderUnknown Gender = iota
	Male
	Female
)

// A title is a form of address Liaison knows besides Mr., Ms., Dr. and
// Prof.: its key (how English writes it), the other ways English writes
// it, and whom it is said of (GenderUnknown when of anyone).
type title struct {
	key    string
	also   []string
	gender Gender
}

// titles are the religious, noble and military forms of address that
// the lists of the diplomatic corps use. Each language says them in its
// own words (the translations); a title typed in a way Liaison does not
// know stays as typed.
var titles = []title{
	{msg("Archbishop"), nil, Male},
	{msg("Bishop"), nil, Male},
	{msg("Cardinal"), nil, Male},
	{msg("Monsignor"), []string{"Msgr.", "Mgr.", "Msgr", "Mgr", "Mons."}, Male},
	{msg("Father"), []string{"Fr."}, Male},
	{msg("Rev."), []string{"Reverend", "The Reverend", "Revd", "Revd."}, GenderUnknown},
	{msg("Sheikh"), []string{"Shaikh", "Sheik"}, Male},
	{msg("Sheikha"), []string{"Shaikha"}, Female},
	{msg("Sir"), nil, Male},
	{msg("Dame"), nil, Female},
	{msg("Lord"), nil, Male},
	{msg("Lady"), nil, Female},
	{msg("Gen."), []string{"General"}, GenderUnknown},
	{msg("Lt. Gen."), []string{"Lieutenant General", "Lt Gen"}, GenderUnknown},
	{msg("Maj. Gen."), []string{"Major General", "Maj Gen"}, GenderUnknown},
	{msg("Brig. Gen."), []string{"Brigadier General", "Brig Gen"}, GenderUnknown},
	{msg("Col."), []string{"Colonel", "Col"}, GenderUnknown},
	{msg("Sr. Col."), []string{"Senior Colonel", "Sr Col"}, GenderUnknown},
	{msg("Lt. Col."), []string{"Lieutenant Colonel", "Lt Col", "Lt.Col."}, GenderUnknown},
	{msg("Maj."), []string{"Major"}, GenderUnknown},
	{msg("Capt."), []string{"Captain", "Cpt.", "Capt"}, GenderUnknown},
	{msg("Cdr."), []string{"Commander", "Cmdr."}, GenderUnknown},
	{msg("Adm."), []string{"Admiral"}, GenderUnknown},
	{msg("Rear Adm."), []string{"Rear Admiral"}, GenderUnknown},
}

// titleSpellings finds a title by any way of writing it, in lower case:
// the key, the English variants and the translations.
var titleSpellings = sync.OnceValue(func() map[string]title {
	out := map[string]title{}
	for _, t := range titles {
		for _, s := range append([]string{t.key}, t.also...) {
			out[strings.ToLower(s)] = t
		}
	}
	for _, t := range titles {
		for _, l := range Langs {
			if s := strings.ToLower(l.T(t.key)); out[s].key == "" {
				out[s] = t
			}
		}
	}
	return out
})

// TitleOf returns the title written s in any language (its key: how
// Liaison keeps it, "Lt. Col." for "подполковник"); false when s is no
// title Liaison knows.
func TitleOf(s string) (string, bool) {
	t, ok := titleSpellings()[strings.ToLower(strings.TrimSpace(s))]
	return t.key, ok
}

// sayTitle says the title typed in the language: kept as typed when it
// is already written so in the language ("Mgr." in English), else in the
// language's words; ok is false when typed is no title Liaison knows.
func (l Lang) sayTitle(typed string) (string, bool) {
	t, ok := titleSpellings()[strings.ToLower(typed)]
	if !ok {
		return "", false
	}
	said := l.T(t.key)
	if l == En && !liaison.IsCyrillic(typed) {
		return typed, true
	}
	if strings.EqualFold(said, typed) {
		return typed, true
	}
	return said, true
}

// genderWords are the forms of address that say whom they address,
// besides the salutations and titles: the Excellencies.
var genderWords = map[string]Gender{
	"his excellency": Male, "его превосходительство": Male,
	"her excellency": Female, "её превосходительство": Female, "ее превосходительство": Female,
}

// GenderOf says whether a person is a man or a woman as far as the record
// tells: from the salutation (Mr., Ms., Mrs., г-н, г-жа, господин,
// госпожа, мырза, ханым, His or Her Excellency, a title such as
// Archbishop or Dame), else from a Russian or Kazakh patronymic
// (-вич/-ұлы, -вна/-қызы) in the middle name or the name in the other
// script. Liaison stores no gender of its own, so anything else is
// GenderUnknown: a colonel may be either.
func GenderOf(p liaison.Person) Gender {
	if g := salutationGender(p.Salutation); g != GenderUnknown {
		return g
	}
	for _, w := range strings.Fields(p.MiddleName) {
		if g := patronymicGender(w); g != GenderUnknown {
			return g
		}
	}
	if p.AltName == "" {
		return GenderUnknown
	}
	_, _, altMiddle := p.AltNameParts()
	for _, w := range strings.Fields(altMiddle) {
		if g := patronymicGender(w); g != GenderUnknown {
			return g
		}
	}
	return GenderUnknown
}

// salutationGender reads the gender a salutation says: the whole of it,
// else its words one or two at a time ("H.E. Mrs.").
func salutationGender(typed string) Gender {
	words := strings.Fields(strings.ToLower(typed))
	for n := len(words); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			said := strings.Join(words[i:i+n], " ")
			if g, ok := genderWords[said]; ok {
				return g
			}
			switch salutations[said] {
			case mister:
				return Male
			case madam:
				return Female
			}
			if t, ok := titleSpellings()[said]; ok && t.gender != GenderUnknown {
				return t.gender
			}
		}
	}
	return GenderUnknown
}

// patronymicGender reads a patronymic: Ivanovich, Иванович and
// Асқарұлы are a man's, Ivanovna, Ивановна and Асқарқызы a woman's.
func patronymicGender(w string) Gender {
	w = strings.ToLower(w)
	for _, end := range []string{"вич", "ұлы", "улы", "vich", "uly", "ogly", "oglu", "ўғли", "угли", "ugli"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return Male
		}
	}
	for _, end := range []string{"вна", "чна", "қызы", "кызы", "vna", "chna", "kyzy", "qizi", "қизи", "кизи"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return Female
		}
	}
	return GenderUnknown
}

// ListedName is the name as a printed list (an event's invitation list)
// writes it in the language: the form of address, then the given name,
// the middle name and the family name ("H.E. Mr. Atajan Orazov", "Его
// Превосходительство господин Атаджан Оразов"), as the foreign
// ministries' lists of the diplomatic corps write them in each language.
// Kazakh puts мырза and ханым after the name ("Ұлы Мәртебелі Атаджан
// Оразов мырза"), as Kazakh says them. Names of a country that writes the
// family name first (liaison.FamilyNameFirst; country is the mission's)
// keep it first: "H.E. Mr. Zhou Jianping". Screens keep the stored order.
func (l Lang) ListedName(p liaison.Person, country string) string {
	before, after := l.addressParts(p)
	return joinWords(before, l.PrintedName(p, country), after)
}

// PrintedName is the name alone as ListedName writes it: given, middle
// and family name (family name first for the countries that keep it so),
// in the list's script (Cyrillic for Russian and Kazakh, Latin for
// English) when the person's name in it is known (AltName).
func (l Lang) PrintedName(p liaison.Person, country string) string {
	family, given, middle := p.FamilyName, p.GivenName, p.MiddleName
	wantCyrillic := l != En
	if p.AltName != "" && liaison.IsCyrillic(p.FullName()) != wantCyrillic && liaison.IsCyrillic(p.AltName) == wantCyrillic {
		family, given, middle = p.AltNameParts()
	}
	if liaison.FamilyNameFirst(country) {
		return joinWords(family, given, middle)
	}
	return joinWords(given, middle, family)
}

// joinWords joins the non-empty parts with spaces.
func joinWords(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// statusForms are the keys of a status said of someone the list knows
// nothing of, of a man and of a woman, for the languages whose words for
// it agree with the person (Russian; Kazakh's are the same for all).
var statusForms = map[liaison.Status][3]string{
	liaison.Planned:  {msg("Planned (of someone)"), msg("Planned (of a man)"), msg("Planned (of a woman)")},
	liaison.Invited:  {msg("Invited (of someone)"), msg("Invited (of a man)"), msg("Invited (of a woman)")},
	liaison.Accepted: {msg("Accepted (of someone)"), msg("Accepted (of a man)"), msg("Accepted (of a woman)")},
	liaison.Declined: {msg("Declined (of someone)"), msg("Declined (of a man)"), msg("Declined (of a woman)")},
	liaison.NoReply:  {msg("No reply (of someone)"), msg("No reply (of a man)"), msg("No reply (of a woman)")},
	liaison.Attended: {msg("Attended (of someone)"), msg("Attended (of a man)"), msg("Attended (of a woman)")},
	liaison.NoShow:   {msg("No-show (of someone)"), msg("No-show (of a man)"), msg("No-show (of a woman)")},
}

// StatusOf says a status of a person of the gender g, as a printed list
// writes it: "Приглашена" of a woman, "Приглашён(а)" when the gender is
// not known. English says every status one way.
func (l Lang) StatusOf(s liaison.Status, g Gender) string {
	forms, ok := statusForms[s]
	if l == En || !ok {
		return l.Label(s)
	}
	return l.T(forms[g])
}

// StatusesOf says each of the statuses all of a person of the gender g, as
// StatusOf does: the choices of a drop-down.
func (l Lang) StatusesOf(all []liaison.Status, g Gender) []string {
	out := make([]string, len(all))
	for i, s := range all {
		out[i] = l.StatusOf(s, g)
	}
	return out
}

// ParseChannel reads a channel written in any of the languages: its name
// ("note_verbale") or its label in English, Russian or Kazakh.
func ParseChannel(s string) (liaison.Channel, bool) {
	if c, err := liaison.ParseChannel(s); err == nil {
		return c, true
	}
	want := strings.ToLower(strings.TrimSpace(s))
	for _, c := range liaison.Channels {
		for _, l := range Langs {
			if strings.ToLower(l.Label(c)) == want {
				return c, true
			}
		}
	}
	return "", false
}
