package liaison

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file guesses, from the free text of business cards, vCards and
// foreign-ministry lists, the values officers otherwise pick from menus: a
// person's rank, a mission's kind and its country. Every guess works on
// Fold'ed words, so case, accents and the script (Cyrillic or Latin) do not
// matter, and every table below is written in the language it reads and
// folded once, on first use.

// A phrase is a run of folded words to look for in folded text.
type phrase []phraseWord

// A phraseWord is one word of a phrase: a whole word, a stem (any word
// beginning with it) or a gap.
type phraseWord struct {
	word   string
	prefix bool // the word is a stem: "посольств*" matches посольство and посольства
	gap    bool // any maxGap words or fewer: "Head of * Office"
}

// maxGap is how many words a gap in a phrase may skip: enough for "Head of
// the OSCE Programme Office", not enough to span a whole sentence.
const maxGap = 3

// compilePhrase folds a phrase as tables write it. A word ending in "*" is
// a stem, matching any word it begins; "*" alone is a gap.
func compilePhrase(raw string) phrase {
	var p phrase
	for _, tok := range strings.Fields(raw) {
		if tok == "*" {
			p = append(p, phraseWord{gap: true})
			continue
		}
		stem := strings.HasSuffix(tok, "*")
		words := strings.Fields(Fold(strings.TrimSuffix(tok, "*")))
		for i, w := range words {
			p = append(p, phraseWord{word: w, prefix: stem && i == len(words)-1})
		}
	}
	return p
}

func compilePhrases(raws []string) []phrase {
	ps := make([]phrase, len(raws))
	for i, raw := range raws {
		ps[i] = compilePhrase(raw)
	}
	return ps
}

// matchAt reports whether the phrase occurs in words starting at word i,
// and where the match ends.
func (p phrase) matchAt(words []string, i int) (end int, ok bool) {
	if len(p) == 0 {
		return i, true
	}
	if p[0].gap {
		for skip := 0; skip <= maxGap && i+skip <= len(words); skip++ {
			if end, ok := p[1:].matchAt(words, i+skip); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(words) {
		return 0, false
	}
	w := p[0]
	if w.word == words[i] || w.prefix && strings.HasPrefix(words[i], w.word) {
		return p[1:].matchAt(words, i+1)
	}
	return 0, false
}

// containsAny reports whether any of the phrases occurs anywhere in words.
func containsAny(words []string, ps []phrase) bool {
	for i := range words {
		for _, p := range ps {
			if _, ok := p.matchAt(words, i); ok {
				return true
			}
		}
	}
	return false
}

// foldedSet folds each word of a list into a set.
func foldedSet(raws ...string) map[string]bool {
	set := map[string]bool{}
	for _, raw := range raws {
		for _, w := range strings.Fields(Fold(raw)) {
			set[w] = true
		}
	}
	return set
}

// ---------------------------------------------------------------------------
// Ranks

// RankFromTitle reads a job title as business cards and foreign-ministry
// lists write it, in English, Russian, French, German or Kazakh, and returns the
// diplomatic rank it names; false when it names none ("Head of the
// political section", "Driver").
//
// The title is cut into parts at commas, semicolons, brackets and spaced
// dashes, and each part into clauses at "and" ("и", "et", "және"), so that
// "Counsellor, Head of Political Section" is read as "Counsellor" and
// "Ambassador Extraordinary and Plenipotentiary" as "Ambassador". The first
// part that names a rank gives it, except that a chargé d'affaires anywhere
// in the title wins: the person then heads the mission, which is what
// precedence needs ("Minister-Counsellor, Chargé d'affaires a.i." is
// ChargeAI). Within a part the most specific rank wins: Minister-Counsellor
// over Minister and Counsellor, Consul General over Consul, Defence Attaché
// over Attaché.
//
// A rank word counts only when it heads its clause:
//   - no word before it in the clause makes it the complement of another
//     title: "assistant", "deputy", "to", "of", "for", "помощник",
//     "заместитель", "de", "adjoint"... ("Secretary to the Ambassador",
//     "Deputy Head of Office" name no rank); other words before it are
//     modifiers ("Political Counsellor", "Чрезвычайный и Полномочный
//     Посол");
//   - it is not followed by the English possessive or by a word that makes
//     it the complement ("Ambassador's assistant", "Советник посла"), nor,
//     anywhere later in the clause, by French "adjoint" ("Attaché de
//     défense adjoint" is a deputy);
//   - Minister must end its clause: "Minister" and "Minister
//     Plenipotentiary" are the diplomatic rank, "Minister of Foreign
//     Affairs" and "Министр иностранных дел" are government posts.
//
// Russian genitives ("помощник посла") never match, since the rank words
// are the nominative. Vice-Consul and Honorary Consul are Consul, the
// consular rank nearest them; Envoy ("Посланник") is Minister.
func RankFromTitle(title string) (Rank, bool) {
	rules := rankRules()
	interim := containsAny(strings.Fields(Fold(title)), rules.interim)
	found, ok := Rank(""), false
	for _, part := range titleParts(title) {
		r, named := rules.rankOf(strings.Fields(Fold(part)))
		switch {
		case !named:
			continue
		case r == ChargeEnPied && interim:
			return ChargeAI, true
		case r == ChargeEnPied:
			return ChargeEnPied, true
		case !ok:
			found, ok = r, true
		}
	}
	return found, ok
}

// titleParts cuts a title where business cards put the department or the
// function after the rank: commas, semicolons, brackets, new lines and
// dashes with spaces around them (not the hyphen of "Minister-Counsellor").
func titleParts(title string) []string {
	title = strings.NewReplacer(" - ", ",", " – ", ",", " — ", ",", "—", ",").Replace(title)
	return strings.FieldsFunc(title, func(r rune) bool {
		return strings.ContainsRune(",;()[]\n|", r)
	})
}

// A rankRule names a rank and the phrases that say it.
type rankRule struct {
	rank Rank
	// alone: the phrase must end its clause. "Minister" is a rank,
	// "Minister of Foreign Affairs" a government post.
	alone   bool
	phrases []string
}

// rankTable lists the ranks most specific first: the first rule that
// matches a part of a title wins. Chargé d'affaires is listed as
// ChargeEnPied; RankFromTitle makes it ChargeAI when the title says
// "a.i.", "ad interim" or "временный".
var rankTable = []rankRule{
	{rank: ChargeEnPied, phrases: []string{
		"Chargé d'affaires", "Chargée d'affaires", "Поверенный в делах", "Временный поверенный",
		"Geschäftsträger", "Geschäftsträgerin",
	}},
	{rank: MinisterCounsellor, phrases: []string{
		"Minister-Counsellor", "Minister-Counselor", "Minister-Councillor",
		"Министр-советник", "Советник-посланник", // the Russian MFA's name for the rank
		"Ministre-conseiller", "Ministre-conseillère", "Министр-кеңесші",
		"Gesandter-Botschaftsrat", "Gesandte-Botschaftsrätin",
	}},
	{rank: DefenceAttache, phrases: []string{
		"Defence Attaché", "Defense Attaché", "Military Attaché", "Naval Attaché", "Air Attaché",
		"Air Force Attaché", "Army Attaché",
		"Военный атташе", "Военно-морской атташе", "Военно-воздушный атташе",
		"Атташе по вопросам обороны", "Атташе по обороне",
		"Attaché de défense", "Attachée de défense", "Attaché militaire", "Attaché naval", "Attaché de l'air",
		"Әскери атташе", "Verteidigungsattaché", "Militärattaché",
	}},
	{rank: ConsulGeneral, phrases: []string{
		"Consul General", "General Consul", "Consule générale", "Генеральный консул", "Генконсул", "Бас консул",
		"Generalkonsul", "Generalkonsulin",
	}},
	{rank: HeadOfOffice, phrases: []string{
		"Head of * Office", "Chief of * Office", "Head of * Delegation", "Глава * делегации",
		"Руководитель * делегации", "Chef de * délégation", "Cheffe de * délégation",
		"Глава * офиса", "Руководитель * офиса", "Глава * представительства", "Руководитель * представительства",
		"Chef de * bureau", "Chef du * bureau", "Cheffe de * bureau", "Cheffe du * bureau",
		"Кеңсе* басшысы", "Офис* басшысы", "Өкілді* басшысы", // Kazakh: "(programme) office's head"
	}},
	{rank: Ambassador, phrases: []string{
		"Ambassador", "Ambassadeur", "Ambassadrice", "Посол", "Елші", "Botschafter", "Botschafterin",
	}},
	{rank: FirstSecretary, phrases: []string{
		"First Secretary", "1st Secretary", "Premier secrétaire", "Première secrétaire", "Первый секретарь", "Бірінші хатшы",
		"Erster Sekretär", "Erste Sekretärin",
	}},
	{rank: SecondSecretary, phrases: []string{
		"Second Secretary", "2nd Secretary", "Deuxième secrétaire", "Second secrétaire", "Seconde secrétaire",
		"Второй секретарь", "Екінші хатшы", "Zweiter Sekretär", "Zweite Sekretärin",
	}},
	{rank: ThirdSecretary, phrases: []string{
		"Third Secretary", "3rd Secretary", "Troisième secrétaire", "Третий секретарь", "Үшінші хатшы",
		"Dritter Sekretär", "Dritte Sekretärin",
	}},
	{rank: Counsellor, phrases: []string{
		"Counsellor", "Counselor", "Councillor", "Conseiller", "Conseillère", "Советник", "Кеңесші",
		"Botschaftsrat", "Botschaftsrätin",
	}},
	{rank: Minister, alone: true, phrases: []string{
		"Minister", "Minister Plenipotentiary", "Ministre", "Ministre plénipotentiaire", "Министр",
		"Посланник", // envoy, the old name of the rank: "Чрезвычайный и Полномочный Посланник"
		"Gesandter", "Gesandte",
	}},
	{rank: Attache, phrases: []string{"Attaché", "Attachée", "Атташе"}},
	{rank: Consul, phrases: []string{
		"Consul", "Consule", "Vice-Consul", "Vice-consule", "Консул", "Вице-консул", "Konsul", "Konsulin", "Vizekonsul",
	}},
	{rank: Representative, phrases: []string{
		"Representative", "Représentant", "Représentante", "Представитель", "Өкіл", "Өкілі", "Vertreter", "Vertreterin",
	}},
}

// notHead are the words that, before a rank word in its clause, make it the
// complement of another title: "Assistant to the Ambassador", "Deputy Head
// of Office", "Secrétaire de l'ambassadeur", "Заместитель руководителя".
var notHead = []string{
	"assistant", "asst", "deputy", "vice", "to", "of", "for", "spouse", "wife", "husband",
	"adjoint", "adjointe", "de", "du", "des", "au", "aux", "épouse", "époux",
	"помощник", "помощница", "заместитель", "вице", "супруга", "супруг",
}

// notHeadAfter are the words that, right after a rank word, make it the
// complement: the English possessive ("Ambassador's assistant") and the
// Russian and Kazakh words for whom a title serves ("Советник посла",
// "Елші көмекшісі").
var notHeadAfter = []string{
	"s", "assistant", "посла", "министра", "президента", "көмекшісі", "орынбасары",
}

// deputyAfter are the words that, anywhere after a rank word in its clause,
// make the title a deputy's: "Attaché de défense adjoint".
var deputyAfter = []string{"adjoint", "adjointe"}

// conjunctions split a part of a title into clauses.
var conjunctions = []string{"and", "et", "und", "и", "және"}

// interimMarks say that a chargé d'affaires is ad interim.
var interimMarks = []string{
	"a.i.", "ai", "interim", "temporary", "временный", "уақытша", // "ad interim", "par intérim"
}

// compiledRanks is rankTable and its word lists, folded.
type compiledRanks struct {
	rules                                    []compiledRankRule
	notHead, notHeadAfter, deputyAfter, conj map[string]bool
	interim                                  []phrase
}

type compiledRankRule struct {
	rank    Rank
	alone   bool
	phrases []phrase
}

var rankRules = sync.OnceValue(func() *compiledRanks {
	c := &compiledRanks{
		notHead:      foldedSet(notHead...),
		notHeadAfter: foldedSet(notHeadAfter...),
		deputyAfter:  foldedSet(deputyAfter...),
		conj:         foldedSet(conjunctions...),
		interim:      compilePhrases(interimMarks),
	}
	for _, r := range rankTable {
		c.rules = append(c.rules, compiledRankRule{rank: r.rank, alone: r.alone, phrases: compilePhrases(r.phrases)})
	}
	return c
})

// rankOf returns the most specific rank that heads a clause of the folded
// words of one part of a title.
func (c *compiledRanks) rankOf(words []string) (Rank, bool) {
	clauses := c.clauses(words)
	for _, rule := range c.rules {
		for _, clause := range clauses {
			if c.heads(rule, clause) {
				return rule.rank, true
			}
		}
	}
	return "", false
}

// clauses splits words at conjunctions.
func (c *compiledRanks) clauses(words []string) [][]string {
	var out [][]string
	start := 0
	for i, w := range words {
		if c.conj[w] {
			out = append(out, words[start:i])
			start = i + 1
		}
	}
	return append(out, words[start:])
}

// heads reports whether one of the rule's phrases heads the clause, as
// RankFromTitle explains.
func (c *compiledRanks) heads(rule compiledRankRule, clause []string) bool {
	for i := range clause {
		for _, p := range rule.phrases {
			end, ok := p.matchAt(clause, i)
			if !ok || rule.alone && end != len(clause) {
				continue
			}
			if end < len(clause) && c.notHeadAfter[clause[end]] || anyIn(clause[end:], c.deputyAfter) {
				continue
			}
			if !anyIn(clause[:i], c.notHead) {
				return true
			}
		}
	}
	return false
}

// anyIn reports whether any of the words is in set.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Kinds of mission

// GuessMissionKind guesses what sort of body an organisation is from its
// name, as a vCard's ORG or a list's "Mission" column gives it, in English,
// Russian, Kazakh, French or German, and for embassies also Spanish and
// Italian. It returns OtherMission when the name says nothing it knows.
//
// The words are tried in this order, the first that occurs deciding:
//  1. consulate words (Consulate, Консульство, Консулдығы, Consular
//     Office), so that "Consulate General" is not read as an office;
//  2. embassy words (Embassy, Посольство, Елшілігі, Ambassade, Botschaft,
//     Apostolic Nunciature); "Consular Section of the Embassy" is an
//     embassy, since "consular" alone is not a consulate word;
//  3. words that only government bodies use (Ministry, Parliament,
//     Mazhilis, Senate, Prosecutor, Akimat, Supreme Court, Administration of
//     the President, Government, National Bank);
//  4. international organisations by name or acronym (UN, ООН, OSCE,
//     ОБСЕ, ICRC, МККК, World Bank, WHO, ВОЗ...) or by the word
//     "International"/"Международный", which beat the government words
//     below that such names contain ("International Committee of the Red
//     Cross", "Office of the UN High Commissioner for Human Rights");
//  5. words that government bodies share with others (Agency, Committee,
//     Commission, Commissioner for Human Rights, Department);
//  6. a state's trade representation ("Торговое представительство"), which
//     is no international organisation: OtherMission;
//  7. office words (Office, Delegation, Представительство, Офис, Bureau,
//     Secretariat), which alone mean an international organisation's
//     office.
func GuessMissionKind(name string) MissionKind {
	words := strings.Fields(Fold(name))
	for _, rule := range missionKindRules() {
		if containsAny(words, rule.phrases) {
			return rule.kind
		}
	}
	return OtherMission
}

// A kindRule names a kind of mission and the phrases that say it.
type kindRule[P any] struct {
	kind    MissionKind
	phrases []P
}

// kindTable is the order GuessMissionKind tries words in.
var kindTable = []kindRule[string]{
	{Consulate, []string{
		"Consulat*", "Konsulat*", "Generalkonsulat*", "Honorarkonsulat*", "Consulado",
		"Консульств*", "Генконсульств*", "Консулдығ*",
		"Consular Office", "Consular Agency", "Honorary Consul",
	}},
	{Embassy, []string{
		"Embass*", "Ambassade", "Botschaft", "Embajada", "Ambasciata", "Посольств*", "Елшілі*", "High Commission",
		"Nunciature", "Nonciature", "Nunziatura", "Nuntiatur", "Нунциатур*",
	}},
	{GovernmentBody, []string{
		"Ministry", "Ministries", "Ministère", "Министерств*", "Министрлі*",
		"Parliament*", "Парламент*", "Mazhilis*", "Majilis*", "Мажилис*", "Senate", "Сенат*",
		"Prosecutor*", "Прокуратур*", "Akimat*", "Акимат*", "Әкімдіг*",
		"Supreme Court", "Constitutional Court", "Верховн* суд*", "Конституционн* суд*", "Жоғарғы сот*",
		"Administration of the President", "Presidential Administration", "Администраци* Президента",
		"Президент Әкімшілі*", "Government", "Правительств*", "Үкімет*",
		"National Bank", "Национальн* банк*", "Ұлттық банк*",
	}},
	{InternationalOrgOffice, []string{
		"United Nations", "UN", "ООН", "БҰҰ", "UNICEF", "ЮНИСЕФ", "UNDP", "ПРООН", "UNHCR", "УВКБ",
		"UNFPA", "ЮНФПА", "UNESCO", "ЮНЕСКО", "UNODC", "УНП", "UNAIDS", "ЮНЭЙДС", "UNRCCA", "UNECE", "ESCAP",
		"OSCE", "ОБСЕ", "ЕҚЫҰ", "ICRC", "МККК", "Red Cross", "Red Crescent", "Красн* Крест*", "Красн* Полумесяц*",
		"World Bank", "Всемирн* банк*", "Дүниежүзілік банк*", "IOM", "МОМ", "WHO", "ВОЗ", "ДДСҰ",
		"Всемирн* организаци* здравоохранения", "EBRD", "ЕБРР", "ADB", "АБР", "Asian Development Bank",
		"IMF", "МВФ", "IFC", "FAO", "ФАО", "ILO", "МОТ", "WFP", "IAEA", "МАГАТЭ", "OECD", "ОЭСР",
		"European Union", "EU", "Европейск* союз*", "Еуропалық Одақ*", "NATO", "НАТО",
		"CICA", "СВМДА", "SCO", "ШОС", "CIS", "СНГ", "EAEU", "ЕАЭС", "Eurasian Economic Commission",
		"Евразийск* экономическ* комисси*", "Organization of Turkic States", "Organisation of Turkic States",
		"OIC", "ОИС", "Islamic Development Bank",
		"Internation*", "Международн*", "Халықаралық*",
	}},
	{GovernmentBody, []string{
		"Agency", "Агентств*", "Агентт*", "Committee", "Комитет*", "Commission", "Комисси*",
		"Commissioner for Human Rights", "Уполномоченн* по правам человека", "Ombudsman", "Омбудсмен*",
		"Department*", "Департамент*",
	}},
	{OtherMission, []string{
		"Trade Representation", "Trade Mission", "Торгов* представительств*", "Торгпредств*",
	}},
	{InternationalOrgOffice, []string{
		"Office", "Offices", "Delegation", "Представительств*", "Офис*", "Делегаци*", "Кеңсе*", "Өкілді*",
		"Bureau", "Бюро", "Secretariat", "Секретариат*", "Representation",
	}},
}

var missionKindRules = sync.OnceValue(func() []kindRule[phrase] {
	rules := make([]kindRule[phrase], len(kindTable))
	for i, r := range kindTable {
		rules[i] = kindRule[phrase]{r.kind, compilePhrases(r.phrases)}
	}
	return rules
})

// ---------------------------------------------------------------------------
// Countries

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
