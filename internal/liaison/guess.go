package liaison

import (
	"strings"
	"sync"
)

// This file guesses, from the free text of business cards, vCards and
// foreign-ministry lists, the values officers otherwise pick from menus: a
// person's rank and a mission's kind (its country: country_guess.go).
// Every guess works on Fold'ed words, so case, accents and the script
// (Cyrillic or Latin) do not matter, and every table below is written in
// the language it reads and folded once, on first use.

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
//     ОБСЕ, ICRC, МККК, World Bank, WHO, ВОЗ..., and all that
//     OrganisationKey knows) or by the word
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
	orgTried := false
	for _, rule := range missionKindRules() {
		if containsAny(words, rule.phrases) {
			return rule.kind
		}
		if rule.kind == InternationalOrgOffice && !orgTried {
			if OrganisationKey(name) != "" {
				return InternationalOrgOffice
			}
			orgTried = true
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
		"Consulat*", "Konsulat*", "Generalkonsulat*", "Honorarkonsulat*", "Consulado", "Konsolosluğu", "Başkonsolosluğu", "Konsolosluk", "Konsulaat*",
		"Konzulát*", "Konzulátus*", "Konsulaat", "Πρόξενεί*", "Консулство", "Конзулат*", "领事馆", "領事館", "영사관",
		"Консульств*", "Генконсульств*", "Консулдығ*",
		"Consular Office", "Consular Agency", "Honorary Consul",
	}},
	{Embassy, []string{
		"Embass*", "Ambassade", "Botschaft", "Embajada", "Ambasciata", "Посольств*", "Елшілі*", "High Commission",
		"Nunciature", "Nonciature", "Nunziatura", "Nuntiatur", "Нунциатур*",
		// the word in the languages of the missions' own cards
		"Ambasada", "Ambasadă", "Embaixada", "Ambassaden", "Ambassad", "Suurlähetystö", "Velvyslanectví*",
		"Veľvyslanectvo", "Nagykövetség*", "Veleposlanstvo", "Veleposlaništvo", "Saatkond", "Vēstniecība",
		"Büyükelçiliği", "Büyükelçilik", "Səfirliyi", "Elchixonasi", "Посолство", "Амбасада", "Πρεσβεία",
		"საელჩო", "Դեսպանություն", "大使馆", "大使館", "대사관", "Kedutaan", "Đại sứ quán",
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
