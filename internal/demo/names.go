package demo

import (
	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// The sample's missions in the languages their stored name is not in, as
// the foreign ministry's Russian and Kazakh lists and the missions' own
// English cards name them.

// embassyNamesRu are the embassies' official names in Russian, written by
// hand: the genitive of a state's official name is not something to
// guess ("Посольство Соединённого Королевства Великобритании и Северной
// Ирландии").
var embassyNamesRu = map[string]string{
	"DE": "Посольство Федеративной Республики Германия", "FR": "Посольство Французской Республики",
	"US": "Посольство Соединённых Штатов Америки",
	"GB": "Посольство Соединённого Королевства Великобритании и Северной Ирландии",
	"CN": "Посольство Китайской Народной Республики", "TR": "Посольство Турецкой Республики",
	"JP": "Посольство Японии", "KR": "Посольство Республики Корея", "IN": "Посольство Республики Индия",
	"IT": "Посольство Итальянской Республики", "ES": "Посольство Королевства Испания",
	"PL": "Посольство Республики Польша", "TJ": "Посольство Республики Таджикистан",
	"TM": "Посольство Туркменистана", "AZ": "Посольство Азербайджанской Республики",
	"UA": "Посольство Украины", "GE": "Посольство Грузии", "IR": "Посольство Исламской Республики Иран",
	"SA": "Посольство Королевства Саудовская Аравия", "AE": "Посольство Объединённых Арабских Эмиратов",
	"QA": "Посольство Государства Катар", "KW": "Посольство Государства Кувейт",
	"EG": "Посольство Арабской Республики Египет", "IL": "Посольство Государства Израиль",
	"PK": "Посольство Исламской Республики Пакистан", "AF": "Посольство Афганистана",
	"MN": "Посольство Монголии", "MY": "Посольство Малайзии", "ID": "Посольство Республики Индонезия",
	"VN": "Посольство Социалистической Республики Вьетнам", "BR": "Посольство Федеративной Республики Бразилия",
	"CA": "Посольство Канады", "NL": "Посольство Королевства Нидерландов", "IE": "Посольство Ирландии",
	"AT": "Посольство Австрийской Республики", "CH": "Посольство Швейцарии", "HU": "Посольство Венгрии",
	"CZ": "Посольство Чешской Республики", "LT": "Посольство Литовской Республики",
	"RO": "Посольство Румынии", "FI": "Посольство Финляндской Республики",
	"PT": "Посольство Португальской Республики",
}

// embassyNamesKk are the Kazakh names where the short name does not make
// one: a Kazakh list writes the abbreviation in the table, the state's
// name in full in the embassy's.
var embassyNamesKk = map[string]string{
	"US": "Америка Құрама Штаттарының Елшілігі", "AE": "Біріккен Араб Әмірліктерінің Елшілігі",
	"KR": "Корея Республикасының Елшілігі",
}

// shortNames are the short names where CLDR's are not the ones a
// protocol list uses ("США", not "Соединенные Штаты").
var shortNames = map[string]map[string]string{
	liaison.LangRu: {"US": "США", "KG": "Кыргызстан", "KR": "Корея", "AE": "ОАЭ"},
	liaison.LangKk: {"US": "АҚШ", "AE": "БАӘ", "KR": "Корея"},
}

// otherNames are the names of the missions that are not embassies of the
// shape "Embassy of X", and the English names of those the sample stores
// in Russian, by slug.
var otherNames = map[string][]liaison.MissionName{ // en, ru, kk
	"russia":     {{Name: "Embassy of the Russian Federation", Short: "Russia"}, {}, {Name: "Ресей Федерациясының Елшілігі", Short: "Ресей"}},
	"uzbekistan": {{Name: "Embassy of the Republic of Uzbekistan", Short: "Uzbekistan"}, {}, {}},
	"kyrgyzstan": {{Name: "Embassy of the Kyrgyz Republic", Short: "Kyrgyzstan"}, {}, {Name: "Қырғыз Республикасының Елшілігі", Short: "Қырғызстан"}},
	"belarus":    {{Name: "Embassy of the Republic of Belarus", Short: "Belarus"}, {}, {}},
	"armenia":    {{Name: "Embassy of the Republic of Armenia", Short: "Armenia"}, {}, {}},
	"nunciature": {{}, {Name: "Апостольская нунциатура в Казахстане", Short: "Святой Престол"},
		{Name: "Қазақстандағы Апостолдық нунциатура", Short: "Қасиетті Тақ"}},
	"russia-almaty": {{Name: "Consulate General of the Russian Federation in Almaty", Short: "Russia (Almaty)"}, {},
		{Name: "Ресей Федерациясының Алматыдағы Бас консулдығы", Short: "Ресей (Алматы)"}},
	"china-almaty": {{}, {Name: "Генеральное консульство Китайской Народной Республики в Алматы", Short: "Китай (Алматы)"},
		{Name: "Қытай Халық Республикасының Алматыдағы Бас консулдығы", Short: "Қытай (Алматы)"}},
	"usa-almaty": {{}, {Name: "Генеральное консульство Соединённых Штатов Америки в Алматы", Short: "США (Алматы)"},
		{Name: "Америка Құрама Штаттарының Алматыдағы Бас консулдығы", Short: "АҚШ (Алматы)"}},
	"osce-astana": {{}, {Name: "Офис программ ОБСЕ в Астане", Short: "ОБСЕ"},
		{Name: "ЕҚЫҰ-ның Астанадағы бағдарламалар кеңсесі", Short: "ЕҚЫҰ"}},
	"unicef-astana": {{}, {Name: "Представительство ЮНИСЕФ в Казахстане", Short: "ЮНИСЕФ"},
		{Name: "ЮНИСЕФ-тің Қазақстандағы өкілдігі", Short: "ЮНИСЕФ"}},
	"undp-astana": {{}, {Name: "Программа развития ООН в Казахстане", Short: "ПРООН"},
		{Name: "БҰҰ Даму бағдарламасының Қазақстандағы өкілдігі", Short: "БҰҰДБ"}},
	"unhcr-astana": {{}, {Name: "Представительство Управления Верховного комиссара ООН по делам беженцев (УВКБ ООН) в Казахстане", Short: "УВКБ ООН"},
		{Name: "БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссары басқармасының Қазақстандағы өкілдігі", Short: "БҰҰ БЖКБ"}},
	"eu-delegation": {{}, {Name: "Представительство Европейского союза в Республике Казахстан", Short: "Представительство ЕС"},
		{Name: "Еуропалық Одақтың Қазақстан Республикасындағы өкілдігі", Short: "ЕО өкілдігі"}},
	"icrc-astana": {{}, {Name: "Международный комитет Красного Креста, офис в Астане", Short: "МККК"},
		{Name: "Халықаралық Қызыл Крест комитетінің Астанадағы кеңсесі", Short: "ХҚКК"}},
	"mfa": {{}, {Name: "Министерство иностранных дел Республики Казахстан", Short: "МИД"},
		{Name: "Қазақстан Республикасының Сыртқы істер министрлігі", Short: "СІМ"}},
	"mazhilis": {{}, {Name: "Мажилис Парламента Республики Казахстан", Short: "Мажилис"},
		{Name: "Қазақстан Республикасы Парламентінің Мәжілісі", Short: "Мәжіліс"}},
	"justice": {{}, {Name: "Министерство юстиции Республики Казахстан", Short: "Минюст"},
		{Name: "Қазақстан Республикасының Әділет министрлігі", Short: "Әділет министрлігі"}},
	"interior": {{}, {Name: "Министерство внутренних дел Республики Казахстан", Short: "МВД"},
		{Name: "Қазақстан Республикасының Ішкі істер министрлігі", Short: "ІІМ"}},
	"prokuratura": {{}, {Name: "Генеральная прокуратура Республики Казахстан", Short: "Генпрокуратура"},
		{Name: "Қазақстан Республикасының Бас прокуратурасы", Short: "Бас прокуратура"}},
}

// nameMission gives a mission of the sample its names in the languages
// it has them in: an embassy its Russian name from embassyNamesRu and its
// Kazakh one made as the Kazakh ministry writes the short form,
// "Түрікменстан Елшілігі", with the country's short name in each; the
// others theirs from otherNames. A name in the language of the stored one
// is left out: the stored one stands for it.
func nameMission(m *liaison.Mission, d *missionData) {
	if m.Kind == liaison.Embassy && m.Country != "" {
		if ru, ok := embassyNamesRu[m.Country]; ok {
			m.SetNamesIn(liaison.LangRu, liaison.MissionName{Name: ru, Short: countryShort(liaison.LangRu, m.Country)})
		}
		kk := countryShort(liaison.LangKk, m.Country)
		name, ok := embassyNamesKk[m.Country]
		if !ok {
			name = kk + " Елшілігі"
		}
		m.SetNamesIn(liaison.LangKk, liaison.MissionName{Name: name, Short: kk})
	}
	if names, ok := otherNames[d.slug]; ok {
		for i, n := range names {
			if !n.IsZero() {
				m.SetNamesIn(liaison.NameLanguages[i], n)
			}
		}
	}
	if l := liaison.NameLanguage(m.Name); l != "" {
		m.SetNamesIn(l, liaison.MissionName{})
	}
}

// countryShort is a country's short name in the language.
func countryShort(lang, code string) string {
	if s, ok := shortNames[lang][code]; ok {
		return s
	}
	l, _ := i18n.Parse(lang)
	return l.Country(code)
}
