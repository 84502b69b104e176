package liaison

import (
	"strings"
	"testing"
)

func TestOrganisationKey(t *testing.T) {
	tests := []struct{ name, want string }{
		// One organisation, three languages, acronym or spelt out.
		{"OSCE Programme Office in Astana", "OSCE"},
		{"Офис программ ОБСЕ в Астане", "OSCE"},
		{"ЕҚЫҰ-ның Астанадағы бағдарламалар офисі", "OSCE"},
		{"Organization for Security and Co-operation in Europe", "OSCE"},
		{"Организация по безопасности и сотрудничеству в Европе", "OSCE"},
		{"Офис Организации по безопасности и сотрудничеству в Европе", "OSCE"},
		{"OSCE Office for Democratic Institutions and Human Rights", "ODIHR"},
		{"OSCE/ODIHR Election Observation Mission", "ODIHR"},
		{"Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ)", "ODIHR"},
		{"OSCE High Commissioner on National Minorities", "HCNM"},
		{"OSCE Parliamentary Assembly", "OSCE-PA"},

		{"UNICEF Kazakhstan Country Office", "UNICEF"},
		{"Представительство Детского фонда ООН (ЮНИСЕФ) в Казахстане", "UNICEF"},
		{"ЮНИСЕФ", "UNICEF"},
		{"БҰҰ Балалар қорының Қазақстандағы өкілдігі", "UNICEF"},
		{"United Nations Development Programme in Kazakhstan", "UNDP"},
		{"Программа развития ООН в Казахстане", "UNDP"},
		{"Представительство ПРООН в Республике Казахстан", "UNDP"},
		{"БҰҰДБ Қазақстандағы өкілдігі", "UNDP"},
		{"БҰҰ Даму бағдарламасы", "UNDP"},
		{"UN Women Multi-Country Office for Central Asia", "UN-WOMEN"},
		{"Структура ООН-Женщины в Казахстане", "UN-WOMEN"},
		{"UNHCR Regional Office for Central Asia", "UNHCR"},
		{"Управление Верховного комиссара ООН по делам беженцев", "UNHCR"},
		{"Представительство УВКБ ООН", "UNHCR"},
		{"UNFPA Kazakhstan", "UNFPA"},
		{"Фонд ООН в области народонаселения", "UNFPA"},
		{"UNESCO Almaty Cluster Office", "UNESCO"},
		{"Кластерное бюро ЮНЕСКО в Алматы", "UNESCO"},
		{"United Nations Educational, Scientific and Cultural Organization", "UNESCO"},
		{"UNODC Regional Office for Central Asia", "UNODC"},
		{"Управление ООН по наркотикам и преступности", "UNODC"},
		{"Региональное представительство УНП ООН для Центральной Азии", "UNODC"},
		{"WHO Country Office in Kazakhstan", "WHO"},
		{"Страновой офис Всемирной организации здравоохранения в Казахстане", "WHO"},
		{"Бюро ВОЗ в Казахстане", "WHO"},
		{"ДДСҰ-ның Қазақстандағы елдік кеңсесі", "WHO"},
		{"IOM Sub-Regional Coordination Office for Central Asia", "IOM"},
		{"Международная организация по миграции (МОМ)", "IOM"},
		{"Бюро МОМ в Казахстане", "IOM"},
		{"Office of the United Nations High Commissioner for Human Rights, Regional Office for Central Asia", "OHCHR"},
		{"Региональное отделение УВКПЧ для Центральной Азии", "OHCHR"},
		{"Управление Верховного комиссара ООН по правам человека", "OHCHR"},
		{"United Nations Regional Centre for Preventive Diplomacy for Central Asia", "UNRCCA"},
		{"Региональный центр ООН по превентивной дипломатии для Центральной Азии", "UNRCCA"},
		{"UNRCCA", "UNRCCA"},
		{"Economic Commission for Europe", "UNECE"},
		{"ЕЭК ООН", "UNECE"},
		{"United Nations Resident Coordinator's Office in Kazakhstan", "UN"},
		{"Представительство ООН в Республике Казахстан", "UN"},
		{"Офис постоянного координатора ООН в Казахстане", "UN"},
		{"Біріккен Ұлттар Ұйымының Қазақстандағы өкілдігі", "UN"},
		{"БҰҰ", "UN"},

		{"World Bank Country Office in Kazakhstan", "WORLD-BANK"},
		{"Представительство Всемирного банка в Казахстане", "WORLD-BANK"},
		{"Дүниежүзілік банктің Қазақстандағы өкілдігі", "WORLD-BANK"},
		{"International Finance Corporation", "IFC"},
		{"European Bank for Reconstruction and Development, Astana Resident Office", "EBRD"},
		{"Представительство Европейского банка реконструкции и развития", "EBRD"},
		{"ЕБРР", "EBRD"},
		{"Asian Development Bank Kazakhstan Resident Mission", "ADB"},
		{"Постоянное представительство Азиатского банка развития в Казахстане", "ADB"},
		{"АБР", "ADB"},
		{"International Monetary Fund", "IMF"},
		{"Офис МВФ в Казахстане", "IMF"},
		{"Islamic Development Bank Regional Hub in Almaty", "ISDB"},
		{"Eurasian Development Bank", "EDB"},

		{"Delegation of the European Union to the Republic of Kazakhstan", "EU"},
		{"Представительство Европейского Союза в Республике Казахстан", "EU"},
		{"Делегация ЕС в Казахстане", "EU"},
		{"Еуропалық Одақтың Қазақстан Республикасындағы өкілдігі", "EU"},
		{"ЕО өкілдігі", "EU"},
		{"EU Delegation", "EU"},

		{"International Committee of the Red Cross, Regional Delegation in Central Asia", "ICRC"},
		{"Региональная делегация Международного комитета Красного Креста в Центральной Азии", "ICRC"},
		{"МККК", "ICRC"},
		{"International Federation of Red Cross and Red Crescent Societies", "IFRC"},

		{"Secretariat of the Conference on Interaction and Confidence Building Measures in Asia", "CICA"},
		{"Секретариат Совещания по взаимодействию и мерам доверия в Азии (СВМДА)", "CICA"},
		{"АӨСШК Хатшылығы", "CICA"},
		{"SCO Secretariat", "SCO"},
		{"Секретариат Шанхайской организации сотрудничества", "SCO"},
		{"Представительство Исполнительного комитета СНГ", "CIS"},
		{"Commonwealth of Independent States", "CIS"},
		{"Eurasian Economic Union", "EAEU"},
		{"Евразийский экономический союз", "EAEU"},
		{"ЕАЭС", "EAEU"},
		{"Евразийская экономическая комиссия", "EEC"},
		{"Organization of Turkic States", "OTS"},
		{"Секретариат Организации тюркских государств", "OTS"},
		{"Түркі мемлекеттері ұйымы", "OTS"},
		{"Organisation of Islamic Cooperation", "OIC"},
		{"Организация исламского сотрудничества (ОИС)", "OIC"},
		{"Collective Security Treaty Organization", "CSTO"},
		{"ОЭСР", "OECD"},
		{"Организация экономического сотрудничества и развития", "OECD"},
		{"Организация экономического сотрудничества", "ECO"},

		// No organisation.
		{"Embassy of the Federal Republic of Germany", ""},
		{"Посольство Южно-Африканской Республики", ""},
		{"Ministry of Foreign Affairs of the Republic of Kazakhstan", ""},
		{"Red Crescent Society of Kazakhstan", ""},
		{"Who we are", ""},
		{"Un bureau", ""},
		{"mom and pop shop", ""},
		{"Казахстанский институт стратегических исследований", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OrganisationKey(tt.name); got != tt.want {
				t.Errorf("OrganisationKey(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestOrganisationKeySameAcrossLanguages checks the case the issue names:
// one office, called differently by two lists.
func TestOrganisationKeySameAcrossLanguages(t *testing.T) {
	pairs := [][2]string{
		{"OSCE Programme Office in Astana", "Офис программ ОБСЕ в Астане"},
		{"UNICEF", "ЮНИСЕФ"},
		{"UNDP", "ПРООН"},
		{"Delegation of the European Union", "Представительство Европейского Союза"},
		{"International Committee of the Red Cross", "Международный комитет Красного Креста"},
		{"UNHCR", "УВКБ ООН"},
		{"WHO", "ВОЗ"},
		{"IOM", "МОМ"},
		{"EBRD", "ЕБРР"},
		{"ADB", "АБР"},
		{"IMF", "МВФ"},
		{"OHCHR", "УВКПЧ"},
		{"UN Women", "ООН-Женщины"},
		{"CICA", "СВМДА"},
		{"SCO", "ШОС"},
		{"CIS", "СНГ"},
		{"EAEU", "ЕАЭС"},
		{"OIC", "ОИС"},
	}
	for _, p := range pairs {
		a, b := OrganisationKey(p[0]), OrganisationKey(p[1])
		if a == "" || a != b {
			t.Errorf("OrganisationKey(%q) = %q, OrganisationKey(%q) = %q; want the same key", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{
		{"UNDP", "UN Women"}, {"UNDP", "UN"}, {"OSCE Programme Office", "OSCE ODIHR"},
		{"UNECE", "Eurasian Economic Commission"}, {"World Bank", "IFC"}, {"UNHCR", "OHCHR"},
	} {
		if a, b := OrganisationKey(p[0]), OrganisationKey(p[1]); a == b {
			t.Errorf("OrganisationKey(%q) = OrganisationKey(%q) = %q; want different keys", p[0], p[1], a)
		}
	}
}

// TestOrgTableStems checks what orgIndexKey relies on: every stem has at
// least three letters, folded.
func TestOrgTableStems(t *testing.T) {
	for _, r := range orgTable {
		for _, raw := range r.phrases {
			words := compileOrgPhrase(raw)
			if len(words) == 0 {
				t.Errorf("%s: phrase %q folds to nothing", r.key, raw)
			}
			for _, w := range words {
				if w.stem && len(w.word) < 3 {
					t.Errorf("%s: stem %q in %q is shorter than three letters", r.key, w.word, raw)
				}
			}
		}
		if r.key != strings.ToUpper(r.key) {
			t.Errorf("key %q is not upper case", r.key)
		}
	}
}

func BenchmarkOrganisationKey(b *testing.B) {
	OrganisationKey("")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		OrganisationKey(benchMissionNames[i%len(benchMissionNames)])
	}
}

// TestGuessMissionKindOfOrganisations checks that every organisation
// OrganisationKey knows is an international organisation's office, even
// where its name has no office word.
func TestGuessMissionKindOfOrganisations(t *testing.T) {
	for _, name := range []string{
		"Eurasian Development Bank", "Евразийский банк развития", "TURKSOY", "CAREC Institute",
		"Collective Security Treaty Organization", "Council of Europe", "UN Women", "ЕО",
	} {
		if got := GuessMissionKind(name); got != InternationalOrgOffice {
			t.Errorf("GuessMissionKind(%q) = %s, want %s", name, got, InternationalOrgOffice)
		}
	}
}
