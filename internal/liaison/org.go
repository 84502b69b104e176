package liaison

import (
	"strings"
	"sync"
	"unicode"
)

// OrganisationKey returns a key naming the international organisation that
// name names, the same whatever the language and whether the name is
// spelt out or abbreviated: "OSCE Programme Office in Astana", "Офис
// программ ОБСЕ в Астане" and "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі"
// all give "OSCE". It returns "" when the name names no organisation it
// knows, such as an embassy or a ministry.
//
// The key tells organisations apart, not offices: each UN agency has its
// own ("UNDP", "UN-WOMEN", "UNICEF"; "UN" only for the UN as such), and
// so have bodies of an organisation that keep their own offices ("ODIHR"
// beside "OSCE", "EEC" beside "EAEU", "IFC" beside "WORLD-BANK"). Two
// offices of one organisation in different cities share the key. Keys
// are upper-case English acronyms; they are stable and may be stored.
//
// Where a name names more than one organisation ("UNDP project funded by
// the EU"), the one listed first in orgTable wins: the more specific
// before the more general.
func OrganisationKey(name string) string {
	words, upper := orgWords(name)
	idx := orgIndex()
	best := -1
	for i, w := range words {
		for _, p := range idx[orgIndexKey(w)] {
			if (best < 0 || p.rule < best) && p.matchAt(words, upper, i) {
				best = p.rule
			}
		}
	}
	if best < 0 {
		return ""
	}
	return orgTable[best].key
}

// An orgRule names an organisation and the phrases that name it.
//
// Phrases are written as in guess.go's tables: words are Fold'ed, and a
// word ending in "*" is a stem, matching any word it begins, for the
// Russian and Kazakh cases ("Европейск* Союз*" matches "Европейского
// Союза", "Одақ*" matches "Одағының"). A word starting with "=" must be
// written in capitals in the name: acronyms that are also words ("WHO",
// "UN", "МОМ", Kazakh "ЕС").
type orgRule struct {
	key     string
	phrases []string
}

// orgTable lists organisations, bodies of an organisation before the
// organisation ("ODIHR" before "OSCE") and UN agencies before the UN.
var orgTable = []orgRule{
	{"ODIHR", []string{"ODIHR", "БДИПЧ", "Office for Democratic Institutions and Human Rights",
		"Бюро по демократическим институтам и правам человека", "Демократиялық институттар және адам құқықтары жөніндегі бюро*"}},
	{"HCNM", []string{"HCNM", "ВКНМ", "High Commissioner on National Minorities",
		"Верховн* комиссар* по делам национальных меньшинств", "Ұлттық азшылықтар істері жөніндегі Жоғарғы комиссар*"}},
	{"OSCE-PA", []string{"OSCE PA", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the OSCE",
		"ПА ОБСЕ", "Парламентск* Ассамбле* ОБСЕ", "ЕҚЫҰ ПА", "ЕҚЫҰ Парламенттік Ассамблея*"}},
	{"OSCE", []string{"OSCE", "ОБСЕ", "ЕҚЫҰ",
		"Organization for Security and Co-operation in Europe", "Organisation for Security and Co-operation in Europe",
		"Organization for Security and Cooperation in Europe", "Organisation for Security and Cooperation in Europe",
		"Организаци* по безопасности и сотрудничеству в Европе", "Еуропадағы қауіпсіздік және ынтымақтастық ұйым*"}},

	{"UNICEF", []string{"UNICEF", "Unicef", "ЮНИСЕФ", "United Nations Children's Fund", "UN Children's Fund",
		"Детск* фонд* ООН", "Детск* фонд* Организации Объединенных Наций", "БҰҰ Балалар қор*", "Біріккен Ұлттар Ұйымының Балалар қор*"}},
	{"UN-WOMEN", []string{"=UN Women", "ООН Женщин*", "United Nations Entity for Gender Equality",
		"Структур* Организации Объединенных Наций по вопросам гендерного равенства", "БҰҰ Әйелдер*"}},
	{"UNDP", []string{"UNDP", "ПРООН", "БҰҰДБ", "United Nations Development Programme", "United Nations Development Program",
		"UN Development Programme", "Программ* развития ООН", "Программ* развития Организации Объединенных Наций",
		"БҰҰ Даму бағдарлама*", "Біріккен Ұлттар Ұйымының Даму бағдарлама*"}},
	{"UNHCR", []string{"UNHCR", "УВКБ", "High Commissioner for Refugees", "по делам беженцев", "Босқындар істері"}},
	{"OHCHR", []string{"OHCHR", "УВКПЧ", "High Commissioner for Human Rights",
		"Верховн* комиссар* ООН по правам человека", "Верховн* комиссар* Организации Объединенных Наций по правам человека",
		"Верховн* комиссар* по правам человека", "Адам құқықтары жөніндегі Жоғарғы комиссар*"}},
	{"UNFPA", []string{"UNFPA", "ЮНФПА", "United Nations Population Fund", "UN Population Fund",
		"Фонд* ООН в области народонаселения", "Фонд* Организации Объединенных Наций в области народонаселения",
		"БҰҰ Халықты қоныстандыру қор*", "БҰҰ Халық қор*"}},
	{"UNESCO", []string{"UNESCO", "Unesco", "ЮНЕСКО", "United Nations Educational, Scientific and Cultural Organization",
		"Организаци* Объединенных Наций по вопросам образования, науки и культуры"}},
	{"UNODC", []string{"UNODC", "=УНП", "Office on Drugs and Crime", "по наркотикам и преступности", "Есірткі және қылмыс жөніндегі"}},
	{"UNAIDS", []string{"UNAIDS", "ЮНЭЙДС", "Programme on HIV/AIDS", "программ* ООН по ВИЧ*"}},
	{"UNRCCA", []string{"UNRCCA", "РЦПДЦА", "Regional Centre for Preventive Diplomacy", "Regional Center for Preventive Diplomacy",
		"по превентивной дипломатии", "превентивті дипломатия жөніндегі"}},
	{"UNECE", []string{"UNECE", "ЕЭК ООН", "Economic Commission for Europe",
		"Европейск* экономическ* комисси* ООН", "Европейск* экономическ* комисси* Организации Объединенных Наций"}},
	{"ESCAP", []string{"ESCAP", "ЭСКАТО", "Economic and Social Commission for Asia and the Pacific",
		"Экономическ* и социальн* комисси* для Азии и Тихого океана"}},
	{"UNOPS", []string{"UNOPS", "ЮНОПС", "United Nations Office for Project Services"}},
	{"UNEP", []string{"UNEP", "ЮНЕП", "United Nations Environment Programme", "Программ* ООН по окружающей среде"}},
	{"UNIDO", []string{"UNIDO", "ЮНИДО", "United Nations Industrial Development Organization",
		"Организаци* Объединенных Наций по промышленному развитию"}},
	{"WFP", []string{"WFP", "=ВПП", "World Food Programme", "Всемирн* продовольственн* программ*", "Дүниежүзілік азық-түлік бағдарлама*"}},
	{"FAO", []string{"FAO", "ФАО", "Food and Agriculture Organization", "Продовольственн* и сельскохозяйственн* организаци*",
		"Азық-түлік және ауыл шаруашылығы ұйым*"}},
	{"ILO", []string{"ILO", "=МОТ", "International Labour Organization", "International Labor Organization",
		"International Labour Office", "Международн* организаци* труда", "Халықаралық еңбек ұйым*"}},
	{"IOM", []string{"IOM", "=МОМ", "ХКҰ", "International Organization for Migration", "International Organisation for Migration",
		"Международн* организаци* по миграции", "Халықаралық көші-қон ұйым*"}},
	{"WHO", []string{"=WHO", "=ВОЗ", "ДДСҰ", "World Health Organization", "World Health Organisation",
		"Всемирн* организаци* здравоохранения", "Дүниежүзілік денсаулық сақтау ұйым*"}},
	{"IAEA", []string{"IAEA", "МАГАТЭ", "International Atomic Energy Agency", "Международн* агентств* по атомной энергии"}},
	{"UN", []string{"United Nations", "=UN", "ООН", "БҰҰ", "Организаци* Объединенных Наций", "Біріккен Ұлттар Ұйым*"}},

	{"IFC", []string{"IFC", "МФК", "International Finance Corporation", "Международн* финансов* корпораци*",
		"Халықаралық қаржы корпорация*"}},
	{"WORLD-BANK", []string{"World Bank", "IBRD", "МБРР", "International Bank for Reconstruction and Development",
		"Всемирн* банк*", "Международн* банк* реконструкции и развития", "Дүниежүзілік банк*"}},
	{"IMF", []string{"IMF", "МВФ", "ХВҚ", "International Monetary Fund", "Международн* валютн* фонд*", "Халықаралық валюта қор*"}},
	{"EBRD", []string{"EBRD", "ЕБРР", "ЕҚДБ", "European Bank for Reconstruction and Development",
		"Европейск* банк* реконструкции и развития", "Еуропа қайта құру және даму банк*", "Еуропалық қайта құру және даму банк*"}},
	{"ADB", []string{"ADB", "АБР", "АДБ", "Asian Development Bank", "Азиатск* банк* развития", "Азия даму банк*"}},
	{"AIIB", []string{"AIIB", "АБИИ", "Asian Infrastructure Investment Bank", "Азиатск* банк* инфраструктурных инвестиций"}},
	{"EDB", []string{"EDB", "ЕАБР", "Eurasian Development Bank", "Евразийск* банк* развития", "Еуразиялық даму банк*"}},
	{"ISDB", []string{"IsDB", "ИсБР", "Islamic Development Bank", "Исламск* банк* развития", "Ислам даму банк*"}},

	{"EU", []string{"=EU", "=ЕС", "ЕО", "European Union", "European Commission", "Европейск* Союз*", "Европейск* комисси*",
		"Еуропалық Одақ*", "Еуропа Одағ*"}},
	{"COE", []string{"Council of Europe", "Совет* Европы", "Еуропа Кеңесі*"}},
	{"IFRC", []string{"IFRC", "МФОКК", "International Federation of Red Cross", "Международн* федераци* обществ Красного Креста",
		"Халықаралық Қызыл Крест және Қызыл Жарты Ай қоғамдары"}},
	{"ICRC", []string{"ICRC", "МККК", "International Committee of the Red Cross", "Международн* комитет* Красного Креста",
		"Халықаралық Қызыл Крест комитет*"}},
	{"NATO", []string{"NATO", "НАТО", "North Atlantic Treaty Organization", "Организаци* Североатлантического договора",
		"Солтүстік Атлант шарты ұйым*"}},
	{"OECD", []string{"OECD", "ОЭСР", "Organisation for Economic Co-operation and Development",
		"Organization for Economic Cooperation and Development", "Organisation for Economic Cooperation and Development",
		"Организаци* экономического сотрудничества и развития", "Экономикалық ынтымақтастық және даму ұйым*"}},
	{"CICA", []string{"CICA", "СВМДА", "АӨСШК", "Conference on Interaction and Confidence Building Measures in Asia",
		"Совещани* по взаимодействию и мерам доверия в Азии", "Азиядағы өзара іс-қимыл және сенім шаралары"}},
	{"SCO", []string{"SCO", "ШОС", "ШЫҰ", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
		"Шанхайск* организаци* сотрудничества", "Шанхай ынтымақтастық ұйым*"}},
	{"CIS", []string{"=CIS", "СНГ", "ТМД", "Commonwealth of Independent States", "Содружеств* Независимых Государств",
		"Тәуелсіз Мемлекеттер Достастығ*"}},
	{"EEC", []string{"EEC", "ЕЭК", "Eurasian Economic Commission", "Евразийск* экономическ* комисси*", "Еуразиялық экономикалық комиссия*"}},
	{"EAEU", []string{"EAEU", "ЕАЭС", "ЕАЭО", "Eurasian Economic Union", "Евразийск* экономическ* союз*", "Еуразиялық экономикалық одақ*"}},
	{"CSTO", []string{"CSTO", "ОДКБ", "ҰҚШҰ", "Collective Security Treaty Organization", "Collective Security Treaty Organisation",
		"Организаци* Договора о коллективной безопасности", "Ұжымдық қауіпсіздік туралы шарт ұйым*"}},
	{"TURKSOY", []string{"TURKSOY", "ТЮРКСОЙ", "ТҮРКСОЙ", "International Organization of Turkic Culture",
		"Международн* организаци* тюркской культуры", "Түркі мәдениеті халықаралық ұйым*"}},
	{"OTS", []string{"=OTS", "ОТГ", "ТМҰ", "Organization of Turkic States", "Organisation of Turkic States", "Turkic Council",
		"Организаци* тюркских государств", "Тюркск* совет*", "Түркі мемлекеттері ұйым*", "Түркі кеңес*"}},
	{"OIC", []string{"OIC", "ОИС", "=ИЫҰ", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
		"Организаци* исламского сотрудничества", "Ислам ынтымақтастығы ұйым*"}},
	{"ECO", []string{"=ECO", "ОЭС", "Economic Cooperation Organization", "Организаци* экономического сотрудничества"}},
	{"IFAS", []string{"IFAS", "МФСА", "International Fund for Saving the Aral Sea", "Международн* фонд* спасения Арала",
		"Аралды құтқару халықаралық қор*"}},
	{"CAREC", []string{"CAREC", "ЦАРЭС", "Central Asia Regional Economic Cooperation", "Центрально-Азиатского регионального экономического сотрудничества"}},
}

// An orgPhrase is a compiled phrase of orgTable and the index of its rule.
type orgPhrase struct {
	words []orgWord
	rule  int
}

// An orgWord is one folded word of an orgPhrase.
type orgWord struct {
	word  string
	stem  bool // any word beginning with it
	upper bool // only as written in capitals
}

// orgIndex holds orgTable's phrases by the orgIndexKey of their first
// word, so that each word of a name is looked up once.
var orgIndex = sync.OnceValue(func() map[string][]orgPhrase {
	idx := map[string][]orgPhrase{}
	for i, r := range orgTable {
		for _, raw := range r.phrases {
			p := orgPhrase{words: compileOrgPhrase(raw), rule: i}
			k := orgIndexKey(p.words[0].word)
			idx[k] = append(idx[k], p)
		}
	}
	return idx
})

func compileOrgPhrase(raw string) []orgWord {
	var out []orgWord
	for _, tok := range strings.Fields(raw) {
		upper := strings.HasPrefix(tok, "=")
		stem := strings.HasSuffix(tok, "*")
		words := strings.Fields(Fold(strings.TrimSuffix(strings.TrimPrefix(tok, "="), "*")))
		for j, w := range words {
			out = append(out, orgWord{word: w, stem: stem && j == len(words)-1, upper: upper})
		}
	}
	return out
}

// orgIndexKey is the first three bytes of a folded word, or the word when
// shorter: a word of a name and every stem it matches share it, since
// stems are three letters or longer.
func orgIndexKey(w string) string {
	return w[:min(len(w), 3)]
}

// matchAt reports whether the phrase occurs in words starting at word i.
func (p orgPhrase) matchAt(words []string, upper []bool, i int) bool {
	if i+len(p.words) > len(words) {
		return false
	}
	for j, pw := range p.words {
		w := words[i+j]
		switch {
		case pw.upper && !upper[i+j]:
			return false
		case pw.stem && !strings.HasPrefix(w, pw.word), !pw.stem && w != pw.word:
			return false
		}
	}
	return true
}

// orgWords folds a name word by word, noting which words are written in
// capitals ("WHO", not "who").
func orgWords(name string) (words []string, upper []bool) {
	for _, tok := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}) {
		if w := Fold(tok); w != "" {
			words = append(words, w) // one word: tok has no separator
			upper = append(upper, !strings.ContainsFunc(tok, unicode.IsLower))
		}
	}
	return words, upper
}
