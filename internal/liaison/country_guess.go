package liaison

import (
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
// Sudan" before "Sudan"), in English, Russian, Kazakh, French and German
// (CLDR), in the common long and adjectival forms CLDR lacks ("Russian
// Federation", "Кыргызская Республика", "German Embassy"), and in the
// Russian genitive that Russian names of missions use ("Посольство
// Германии", "Российской Федерации"), which is derived from the
// nominative by the regular endings (see russianGenitives) rather than
// listed. A name after "in", "to", "в", "au", "en", "à", "im" or "in der"
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
// them, that CLDR does not give: long official forms, adjectives and a few
// irregular Russian genitives. The Russian nominatives here also get their
// genitives made. A name mapped to "" names no country and stops a shorter
// name inside it from being read as one ("Order of Malta").
var missionCountryNames = map[string]string{
	"Sovereign Order of Malta": "", "Order of Malta": "", "Мальтийский орден": "",
	"Island": "", // German CLDR's name of Iceland, an English word

	"United Arab Emirates": "AE", "Emirati": "AE", "Объединённые Арабские Эмираты": "AE",
	"Afghan":             "AF",
	"Armenian":           "AM",
	"Argentine Republic": "AR", "Argentine": "AR", "Аргентинская Республика": "AR",
	"Austrian": "AT", "Австрийская Республика": "AT",
	"Australian":  "AU",
	"Azerbaijani": "AZ", "Азербайджанская Республика": "AZ",
	"Belgian":    "BE",
	"Bulgarian":  "BG",
	"Brazilian":  "BR",
	"Belarusian": "BY", "Bélarus": "BY", "Белоруссия": "BY",
	"Canadian":            "CA",
	"Swiss Confederation": "CH", "Swiss": "CH", "Швейцарская Конфедерация": "CH",
	"Chinese": "CN", "Китайская Народная Республика": "CN",
	"Cuban": "CU",
	"Czech": "CZ", "République tchèque": "CZ", "Чешская Республика": "CZ",
	"German": "DE", "Deutsche": "DE",
	"Danish":   "DK",
	"Algerian": "DZ", "Алжирская Народная Демократическая Республика": "DZ",
	"Estonian": "EE", "Эстонская Республика": "EE",
	"Egyptian": "EG", "Египта": "EG",
	"Spanish": "ES",
	"Finnish": "FI", "Финляндская Республика": "FI",
	"French": "FR", "Französischen Republik": "FR", "Французская Республика": "FR",
	"British": "GB", "Northern Ireland": "GB", "Vereinigten Königreichs": "GB", "Vereinigtes Königreich": "GB",
	"Соединённое Королевство": "GB", "Северная Ирландия": "GB",
	"Georgian": "GE",
	"Greek":    "GR", "Hellenic Republic": "GR", "Греческая Республика": "GR",
	"Croatian":   "HR",
	"Hungarian":  "HU",
	"Indonesian": "ID",
	"Irish":      "IE",
	"Israeli":    "IL",
	"Indian":     "IN",
	"Iraqi":      "IQ",
	"Iranian":    "IR",
	"Italian":    "IT", "Итальянская Республика": "IT",
	"Jordanian": "JO", "Иорданское Хашимитское Королевство": "JO",
	"Japanese":        "JP",
	"Kyrgyz Republic": "KG", "Kyrgyz": "KG", "République kirghize": "KG", "Кыргызская Республика": "KG",
	"Democratic People's Republic of Korea": "KP", "DPRK": "KP", "République populaire démocratique de Corée": "KP",
	"Корейская Народно-Демократическая Республика": "KP",
	"Korean": "KR", "République de Corée": "KR", "Corée": "KR", "Republik Korea": "KR", "Южная Корея": "KR",
	"Kuwaiti":    "KW",
	"Kazakh":     "KZ",
	"Lithuanian": "LT", "Литовская Республика": "LT",
	"Latvian": "LV", "Латвийская Республика": "LV",
	"Libyan":   "LY",
	"Moroccan": "MA",
	"Moldovan": "MD", "Молдавия": "MD",
	"Mongolian":             "MN",
	"United Mexican States": "MX", "Mexican": "MX", "Мексиканские Соединённые Штаты": "MX",
	"Malaysian": "MY",
	"Dutch":     "NL",
	"Norwegian": "NO",
	"Omani":     "OM",
	"Pakistani": "PK",
	"Polish":    "PL",
	"Palestine": "PS", "State of Palestine": "PS", "Palestinian": "PS", "Палестина": "PS",
	"Portuguese": "PT", "Португальская Республика": "PT",
	"Qatari":   "QA",
	"Romanian": "RO",
	"Serbian":  "RS",
	"Russian":  "RU", "Russische Föderation": "RU", "Russischen Föderation": "RU",
	"Fédération de Russie": "RU", "Российская Федерация": "RU",
	"Saudi":           "SA",
	"Swedish":         "SE",
	"Slovak Republic": "SK", "Slovak": "SK", "Словацкая Республика": "SK",
	"Syrian Arab Republic": "SY", "Сирийская Арабская Республика": "SY",
	"Thai":    "TH",
	"Tajik":   "TJ",
	"Turkmen": "TM", "Туркмения": "TM",
	"Turkish": "TR", "Турецкая Республика": "TR",
	"Ukrainian": "UA",
	"American":  "US", "U.S.": "US", "US": "US", "Vereinigten Staaten": "US", "Соединённые Штаты Америки": "US", "АҚШ": "US",
	"Uzbek":                "UZ",
	"Apostolic Nunciature": "VA", "Nonciature apostolique": "VA", "Saint-Siège": "VA",
	"Heiliger Stuhl": "VA", "Heiligen Stuhls": "VA", "Святейший Престол": "VA", "Апостольская нунциатура": "VA",
	"Viet Nam": "VN", "Vietnamese": "VN",
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

// countries holds the folded country names GuessCountry looks for.
type countries struct {
	names          map[string]string // folded name → code
	maxWords       int               // the most words a name has
	host, hostFill map[string]bool
}

var countryPhrases = sync.OnceValue(func() *countries {
	c := &countries{
		names:    map[string]string{},
		host:     foldedSet(hostPrepositions...),
		hostFill: foldedSet(hostFillers...),
	}
	// The first name given for a folded form stands: the deliberate
	// table, then CLDR's names, then the Russian genitives derived from them.
	for name, code := range missionCountryNames {
		c.add(name, code)
	}
	for folded, code := range countryByName() {
		c.add(folded, code)
	}
	kk := display.Regions(language.Kazakh)
	for _, code := range CountryCodes() {
		for _, name := range []string{
			countryNameIn(display.French.Regions(), code),
			countryNameIn(display.German.Regions(), code),
		} {
			c.add(name, code)
		}
		for _, name := range countryNames(code) {
			c.add(name, code)
			if short, _, ok := strings.Cut(name, " ("); ok {
				c.add(short, code) // "Myanmar (Burma)"
			}
		}
		kkName := Fold(countryNameIn(kk, code))
		for _, suffix := range []string{"nin", "din", "tin"} {
			c.add(kkName+suffix, code) // Kazakh genitive: Германияның
		}
		for _, gen := range russianGenitives(countryNameIn(display.Russian.Regions(), code)) {
			c.add(gen, code)
		}
	}
	for name, code := range missionCountryNames {
		for _, gen := range russianGenitives(name) {
			c.add(gen, code)
		}
	}
	return c
})

// add records a name for code unless another code already has it.
func (c *countries) add(name, code string) {
	key := Fold(name)
	if key == "" {
		return
	}
	if _, taken := c.names[key]; taken {
		return
	}
	c.names[key] = code
	c.maxWords = max(c.maxWords, strings.Count(key, " ")+1)
}

// longestAt returns the code of the longest name starting at words[i] and
// how many words it takes; 0 words when none starts there.
func (c *countries) longestAt(words []string, i int) (code string, n int) {
	for n := min(c.maxWords, len(words)-i); n > 0; n-- {
		if code, ok := c.names[strings.Join(words[i:i+n], " ")]; ok {
			return code, n
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

// isCyrillic reports whether s begins with a Cyrillic letter.
func isCyrillic(s string) bool {
	for _, r := range s {
		return r >= 0x400 && r <= 0x4FF
	}
	return false
}
