package liaison

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// GuessCountry finds the country that a mission's name names and returns
// its code: "Embassy of the Federal Republic of Germany", "Посольство
// Республики Беларусь в Республике Казахстан", "Ambassade de France au
// Kazakhstan", "Botschaft der Bundesrepublik Deutschland". It returns false
// when the name names no country, or only the host country.
//
// It looks for country names as whole words, the longest first ("South
// Sudan" before "Sudan", "Democratic Republic of the Congo" before
// "Republic of the Congo"): every name ParseCountry reads (ISO 3166-1's
// short and official names and CLDR's, in English, Russian and Kazakh,
// and the officers' aliases), CLDR's French and German names, the
// adjectives and foreign long forms of missionCountryNames ("German
// Embassy", "Botschaft der Russischen Föderation"), the Kazakh genitive
// ("Германияның") and the Russian genitive that Russian names of missions
// use ("Посольство Германии", "Южно-Африканской Республики"), which is
// derived from the nominative by the regular endings (see
// russianGenitives) rather than listed. A name after "in", "to", "в", "au", "en", "à", "im" or "in der"
// (articles and "Republic of" may stand between) is the host country, not
// the mission's, and is passed over; of the names left the first wins.
func GuessCountry(text string) (string, bool) {
	words := strings.Fields(Fold(text))
	c := countryPhrases()
	for i := 0; i < len(words); {
		code, n := c.longestAt(words, i)
		if n == 0 {
			i++
			continue
		}
		if code != "" && !c.afterHostPreposition(words, i) {
			return code, true
		}
		i += n
	}
	return "", false
}

// missionCountryNames are names of countries, as missions' names write
// them, that neither ISO nor CLDR gives and that only name a country
// inside a mission's name: adjectives ("German Embassy"), French and
// German long forms, and a few irregular Russian forms. The Russian
// nominatives here also get their genitives made. A name mapped to ""
// names no country and stops a shorter name inside it from being read as
// one ("Order of Malta").
var missionCountryNames = map[string]string{
	"Sovereign Order of Malta": "", "Order of Malta": "", "Мальтийский орден": "",
	"Island": "", // German CLDR's name of Iceland, an English word

	"Afghan": "AF", "Armenian": "AM", "Argentine": "AR", "Austrian": "AT", "Australian": "AU",
	"Azerbaijani": "AZ", "Азербайджанская Республика": "AZ",
	"Belgian": "BE", "Bulgarian": "BG", "Brazilian": "BR", "Belarusian": "BY", "Canadian": "CA",
	"Swiss": "CH", "Chinese": "CN", "Cuban": "CU",
	"Czech": "CZ", "République tchèque": "CZ",
	"German": "DE", "Deutsche": "DE", "Danish": "DK", "Algerian": "DZ", "Estonian": "EE",
	"Egyptian": "EG", "Египта": "EG", "Spanish": "ES", "Finnish": "FI",
	"French": "FR", "Französischen Republik": "FR",
	"British": "GB", "Northern Ireland": "GB", "Vereinigten Königreichs": "GB", "Vereinigtes Königreich": "GB",
	"Северная Ирландия": "GB",
	"Georgian":          "GE", "Greek": "GR", "Croatian": "HR", "Hungarian": "HU", "Indonesian": "ID",
	"Irish": "IE", "Israeli": "IL", "Indian": "IN", "Iraqi": "IQ", "Iranian": "IR",
	"Italian": "IT", "Jordanian": "JO", "Japanese": "JP",
	"Kyrgyz": "KG", "République kirghize": "KG",
	"République populaire démocratique de Corée": "KP",
	"Korean": "KR", "République de Corée": "KR", "Corée": "KR", "Republik Korea": "KR",
	"Kuwaiti": "KW", "Kazakh": "KZ", "Lithuanian": "LT", "Latvian": "LV", "Libyan": "LY",
	"Moroccan": "MA", "Moldovan": "MD", "Mongolian": "MN", "Mexican": "MX", "Malaysian": "MY",
	"Dutch": "NL", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Polish": "PL",
	"Palestine": "PS", "Palestinian": "PS", "Portuguese": "PT", "Qatari": "QA",
	"Romanian": "RO", "Serbian": "RS",
	"Russian": "RU", "Russische Föderation": "RU", "Russischen Föderation": "RU", "Fédération de Russie": "RU",
	"Saudi": "SA", "Swedish": "SE", "Slovak": "SK", "Thai": "TH", "Tajik": "TJ",
	"Turkmen": "TM", "Туркмения": "TM", "Turkish": "TR", "Турецкая Республика": "TR",
	"Ukrainian": "UA", "American": "US", "U.S.": "US", "US": "US", "Vereinigten Staaten": "US", "Uzbek": "UZ",
	"Apostolic Nunciature": "VA", "Nonciature apostolique": "VA", "Saint-Siège": "VA",
	"Heiliger Stuhl": "VA", "Heiligen Stuhls": "VA", "Апостольская нунциатура": "VA",
	"Vietnamese": "VN",
}

// hostPrepositions, before a country's name, make it the host country:
// "in Kazakhstan", "в Республике Казахстан", "au Kazakhstan", "in der
// Republik Kasachstan".
var hostPrepositions = []string{"in", "to", "im", "в", "во", "au", "aux", "en", "à"}

// hostFillers may stand between a host preposition and the country's name.
var hostFillers = []string{
	"the", "of", "der", "die", "dem", "den", "des", "la", "le", "les", "l", "de", "du", "d",
	"Republic", "Republik", "République", "Республике", "Республика", "Federal", "Kingdom", "State",
}

// countries holds the folded country names GuessCountry looks for,
// indexed by their first word so that a word no name begins with costs
// one map look-up.
type countries struct {
	byFirst        map[string][]countryPhrase // first folded word → names, the longest first
	host, hostFill map[string]bool
}

// A countryPhrase is a folded name of a country after its first word.
type countryPhrase struct {
	rest []string
	code string
}

var countryPhrases = sync.OnceValue(buildCountryPhrases)

// buildCountryPhrases gathers every name GuessCountry looks for. The
// first code given for a folded name stands: the deliberate tables, then
// ISO's and CLDR's names as ParseCountry reads them, then French and
// German, then the forms derived from all of these (short forms before a
// bracket, Russian and Kazakh genitives), so a derived form never takes a
// name from a country that has it.
func buildCountryPhrases() *countries {
	names := map[string]string{}
	addFolded := func(key, code string) {
		if _, taken := names[key]; key != "" && !taken {
			names[key] = code
		}
	}
	add := func(name, code string) { addFolded(Fold(name), code) }
	for name, code := range missionCountryNames {
		add(name, code)
	}
	for key, code := range countryByName() {
		addFolded(key, code)
	}
	type named struct{ name, code string }
	var russian, kazakh, bracketed []named
	eachCountryName(func(name, code string, lang language.Tag) {
		if strings.Contains(name, " (") {
			bracketed = append(bracketed, named{name, code})
		}
		if !isCyrillic(name) {
			return
		}
		if lang == language.Und && isKazakh(name) {
			lang = language.Kazakh // an alias: Russian endings on "Түркия" make "Түркі", Turkic
		}
		if lang != language.Kazakh {
			russian = append(russian, named{name, code})
		}
		if lang != language.Russian {
			kazakh = append(kazakh, named{name, code})
		}
	})
	fr, de := display.French.Regions(), display.German.Regions()
	for _, code := range CountryCodes() {
		add(countryNameIn(fr, code), code)
		add(countryNameIn(de, code), code)
	}
	for _, n := range bracketed {
		short, _, _ := strings.Cut(n.name, " (")
		add(short, n.code) // "Myanmar (Burma)"
	}
	for name, code := range missionCountryNames {
		if code != "" && isCyrillic(name) {
			russian = append(russian, named{name, code})
		}
	}
	for _, n := range russian {
		for _, gen := range russianGenitives(n.name) {
			add(gen, n.code)
		}
	}
	for _, n := range kazakh {
		key := Fold(n.name)
		for _, suffix := range []string{"nin", "din", "tin"} {
			addFolded(key+suffix, n.code) // Kazakh genitive: Германияның
		}
	}
	// Last, each country's name in its own language, as a colleague's
	// card from its embassy writes it ("Polska", "Ελλάδα", "Türkiye"),
	// and the forms such names take inside a mission's name.
	for _, code := range CountryCodes() {
		add(nativeCountryName(code), code)
	}
	for name, code := range missionNativeNames {
		add(name, code)
	}
	return newCountries(names)
}

// nativeCountryName is a country's name in its most spoken language, from
// CLDR; "" when CLDR has none.
func nativeCountryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return ""
	}
	tag, err := language.Compose(r)
	if err != nil {
		return ""
	}
	base, conf := tag.Base()
	if conf == language.No {
		return ""
	}
	namer := display.Regions(language.Make(base.String()))
	if namer == nil {
		return "" // CLDR has no names in that language
	}
	if name := namer.Name(r); name != code {
		return name
	}
	return ""
}

// missionNativeNames are countries as their own missions' names write them
// in their own languages, where the name is declined or an adjective:
// "Ambasada Rzeczypospolitej Polskiej", "Πρεσβεία της Ελλάδος".
var missionNativeNames = map[string]string{
	"Rzeczypospolitej Polskiej": "PL", "Polskiej": "PL", "Rzeczpospolita Polska": "PL",
	"Ελλάδος": "GR", "Ελληνικής Δημοκρατίας": "GR",
	"České republiky": "CZ", "Českej republiky": "CZ",
	"Slovenskej republiky": "SK", "Slovenskej": "SK",
	"Magyarország": "HU", "Magyar": "HU",
	"României": "RO", "Romaniei": "RO",
	"Republike Hrvatske": "HR", "Hrvatske": "HR",
	"Republike Srbije": "RS", "Србије": "RS", "Републике Србије": "RS",
	"Republike Slovenije": "SI", "Slovenije": "SI",
	"Република България": "BG", "Републикa България": "BG",
	"Lietuvos Respublikos": "LT", "Lietuvos": "LT",
	"Latvijas Republikas": "LV", "Latvijas": "LV",
	"Eesti Vabariigi": "EE", "Eesti": "EE",
	"Suomen": "FI", "Sveriges": "SE", "Norges": "NO", "Danmarks": "DK",
	"Koninkrijk der Nederlanden": "NL", "Nederlandse": "NL",
	"Türkiye Cumhuriyeti":        "TR",
	"Azərbaycan Respublikasının": "AZ", "Azərbaycan": "AZ",
	"O'zbekiston Respublikasi": "UZ", "Oʻzbekiston": "UZ", "Ўзбекистон": "UZ",
	"Кыргыз Республикасынын": "KG",
	"Тоҷикистон":             "TJ", "Ҷумҳурии Тоҷикистон": "TJ",
	"Türkmenistanyň":           "TM",
	"України":                  "UA",
	"საქართველოს":              "GE",
	"Հայաստանի Հանրապետության": "AM", "Հայաստանի": "AM",
	"中华人民共和国": "CN", "中国": "CN", "日本国": "JP", "大韓民国": "KR", "대한민국": "KR",
}

// newCountries indexes folded names by their first word.
func newCountries(names map[string]string) *countries {
	c := &countries{
		byFirst:  map[string][]countryPhrase{},
		host:     foldedSet(hostPrepositions...),
		hostFill: foldedSet(hostFillers...),
	}
	for name, code := range names {
		words := strings.Fields(name)
		c.byFirst[words[0]] = append(c.byFirst[words[0]], countryPhrase{words[1:], code})
	}
	for _, ps := range c.byFirst {
		slices.SortFunc(ps, func(a, b countryPhrase) int {
			return cmp.Or(len(b.rest)-len(a.rest), slices.Compare(a.rest, b.rest))
		})
	}
	return c
}

// longestAt returns the code of the longest name starting at words[i] and
// how many words it takes; 0 words when none starts there.
func (c *countries) longestAt(words []string, i int) (code string, n int) {
	for _, p := range c.byFirst[words[i]] {
		if end := i + 1 + len(p.rest); end <= len(words) && slices.Equal(p.rest, words[i+1:end]) {
			return p.code, 1 + len(p.rest)
		}
	}
	return "", 0
}

// afterHostPreposition reports whether the name at words[i] follows a host
// preposition, with only articles and "Republic of" between.
func (c *countries) afterHostPreposition(words []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch {
		case c.host[words[j]]:
			return true
		case !c.hostFill[words[j]]:
			return false
		}
	}
	return false
}

// genitiveEndings turn the last letters of a Russian word in the
// nominative into those of its genitive: adjectives (Кыргызская →
// Кыргызской, Соединённые → Соединённых) and nouns (Германия → Германии,
// Польша → Польши, Канада → Канады, Беларусь → Беларуси, Израиль →
// Израиля, Китай → Китая, Королевство → Королевства, Филиппины →
// Филиппин, Нидерланды → Нидерландов). The first ending that fits is
// used; a word ending in another consonant takes -а (Казахстан →
// Казахстана) and one ending in another vowel does not change (Того,
// Чили, Зимбабве). Where the ending does not tell which form is right,
// each is made: a wrong one is a word no name contains.
var genitiveEndings = []struct {
	nominative string
	genitive   []string
}{
	{"ая", []string{"ой"}}, {"яя", []string{"ей"}}, {"ое", []string{"ого"}}, {"ее", []string{"его"}},
	{"ые", []string{"ых"}}, {"ие", []string{"их"}}, {"ый", []string{"ого"}}, {"ий", []string{"ого", "его"}},
	{"ой", []string{"ого"}}, {"ия", []string{"ии"}}, {"ея", []string{"еи"}}, {"я", []string{"и"}},
	{"а", []string{"ы", "и"}}, {"о", []string{"а"}}, {"ы", []string{"", "ов"}}, {"ь", []string{"и", "я"}},
	{"й", []string{"я"}},
}

// russianGenitives returns the genitive forms of a Russian name, every
// word declined or left as it is, so that both "Кыргызской Республики"
// and "Республики Корея" (where the name stays in the nominative) are
// among them. It returns nil for a name that is not in Cyrillic.
func russianGenitives(name string) []string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 || !isCyrillic(words[0]) {
		return nil
	}
	forms := wordGenitives(words[0])
	for _, w := range words[1:] {
		var next []string
		for _, f := range forms {
			for _, g := range wordGenitives(w) {
				next = append(next, f+" "+g)
			}
		}
		forms = next
	}
	return forms
}

// wordGenitives returns the word and its genitive forms.
func wordGenitives(w string) []string {
	out := []string{w}
	for _, e := range genitiveEndings {
		if stem, ok := strings.CutSuffix(w, e.nominative); ok {
			for _, g := range e.genitive {
				out = append(out, stem+g)
			}
			return out
		}
	}
	r := []rune(w)
	if len(r) > 1 && !strings.ContainsRune("еиуюэё", r[len(r)-1]) && isCyrillic(w) {
		out = append(out, w+"а")
	}
	return out
}

// isKazakh reports whether s has a letter of the Kazakh alphabet that
// Russian lacks.
func isKazakh(s string) bool {
	return strings.ContainsAny(s, "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
}

// isCyrillic reports whether s begins with a Cyrillic letter.
func isCyrillic(s string) bool {
	for _, r := range s {
		return r >= 0x400 && r <= 0x4FF
	}
	return false
}
