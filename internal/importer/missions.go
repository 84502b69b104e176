package importer

import (
	"slices"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// missionsOf finds a mission by what it is rather than by how it is
// named: a state has one embassy here, a consulate in each of a few
// cities, and an organisation one office, whatever language a card or a
// list names them in ("German Embassy", "Botschaft der Bundesrepublik
// Deutschland", "Embassy of the Federal Republic of Germany").
type missionsOf struct {
	byCountry map[countryKind][]liaison.Mission // current missions only: an archived one is history
	byOrg     map[string][]liaison.Mission      // organisation key → its offices
}

func newMissionsOf() missionsOf {
	return missionsOf{byCountry: map[countryKind][]liaison.Mission{}, byOrg: map[string][]liaison.Mission{}}
}

// add makes a mission findable by country and kind, and by organisation.
func (mo missionsOf) add(m liaison.Mission) {
	if m.Country != "" && m.Kind.HasCountry() && !m.Archived {
		k := countryKind{m.Country, m.Kind}
		if !slices.ContainsFunc(mo.byCountry[k], func(o liaison.Mission) bool { return o.ID == m.ID }) {
			mo.byCountry[k] = append(mo.byCountry[k], m)
		}
	}
	if m.Kind == liaison.InternationalOrgOffice && !m.Archived {
		for _, n := range []string{m.Name, m.ShortName} {
			k := liaison.OrganisationKey(n)
			if k != "" && !slices.ContainsFunc(mo.byOrg[k], func(o liaison.Mission) bool { return o.ID == m.ID }) {
				mo.byOrg[k] = append(mo.byOrg[k], m)
			}
		}
	}
}

// find returns the mission that m is, and how it was found ("country",
// "organisation"): the embassy of its country; the consulate of its
// country in the same city (city, else the one m's name gives), or its
// country's only consulate when either gives no city; the office of the
// same organisation. It returns 0 when there is none.
func (mo missionsOf) find(m liaison.Mission, city string) (int64, string) {
	switch m.Kind {
	case liaison.Embassy:
		if list := mo.byCountry[countryKind{m.Country, m.Kind}]; len(list) > 0 && m.Country != "" {
			return list[0].ID, "country"
		}
	case liaison.Consulate:
		list := mo.byCountry[countryKind{m.Country, m.Kind}]
		if m.Country == "" || len(list) == 0 {
			return 0, ""
		}
		if city = cityStem(city); city == "" {
			city = cityOf(m.Name)
		}
		for _, o := range list {
			if c := cityOf(o.Name); c != "" && c == city || city != "" && c == "" && inAddress(city, o.Address) {
				return o.ID, "country"
			}
		}
		if len(list) == 1 && (city == "" || cityOf(list[0].Name) == "" && list[0].Address == "") {
			return list[0].ID, "country"
		}
	case liaison.InternationalOrgOffice:
		// An organisation may have offices in two cities; one whose name
		// gives no city is its office in the capital.
		key := liaison.OrganisationKey(m.Name)
		if key == "" {
			return 0, ""
		}
		if city = cityStem(city); city == "" {
			city = cityOf(m.Name)
		}
		for _, o := range mo.byOrg[key] {
			if c := cityOf(o.Name); c == city || city == "" || c == "" {
				return o.ID, "organisation"
			}
		}
	}
	return 0, ""
}

// cityPrepositions stand before the city a consulate's name gives:
// "Consulate General of Germany in Almaty", "Генеральное консульство
// Германии в Алматы", "Consulat général de France à Almaty".
var cityPrepositions = map[string]bool{"in": true, "v": true, "vo": true, "a": true, "au": true, "en": true, "im": true}

// cityOf returns the words after the last preposition of place in a
// mission's name, the city a consulate or an office works in, as
// cityStem writes them; "" when it names none.
func cityOf(name string) string {
	words := strings.Fields(liaison.Fold(name))
	for i := len(words) - 2; i >= 0; i-- {
		if cityPrepositions[words[i]] {
			return cityStem(strings.Join(words[i+1:], " "))
		}
	}
	return ""
}

// cityStem folds a city's name and drops the vowel that ends a longer
// word, so that the Russian cases of a name match its nominative and its
// English form: "в Астане", "Astana"; "Шымкенте", "Shymkent".
func cityStem(city string) string {
	words := strings.Fields(liaison.Fold(city))
	for i, w := range words {
		if len(w) > 4 && strings.IndexByte("aeiou", w[len(w)-1]) >= 0 {
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}

// inAddress reports whether a city (as cityStem writes it) stands in an
// address.
func inAddress(city, address string) bool {
	return city != "" && strings.Contains(" "+cityStem(address)+" ", " "+city+" ")
}

// learnName gives the stored mission m the name a file calls it by, when
// the file names it in a language it has no name in yet ("Посольство
// Туркменистана" for the "Embassy of Turkmenistan" a card stored): a list
// or card in Russian then shows under its Russian name in a Russian
// window. A name the mission already has in that language, typed by the
// officer or learnt before, stays; so does a stored name in that
// language, which stands for it. It returns what it did, or nil.
func learnName(m *liaison.Mission, name string) *i18n.Message {
	name = strings.TrimSpace(name)
	lang := liaison.NameLanguage(name)
	if lang == "" || m.NamesIn(lang).Name != "" || liaison.NameLanguage(m.Name) == lang ||
		liaison.Fold(name) == liaison.Fold(m.Name) {
		return nil
	}
	n := m.NamesIn(lang)
	n.Name = name
	m.SetNamesIn(lang, n)
	msg := i18n.M("English name %s", name)
	switch lang {
	case liaison.LangRu:
		msg = i18n.M("Russian name %s", name)
	case liaison.LangKk:
		msg = i18n.M("Kazakh name %s", name)
	}
	return &msg
}
