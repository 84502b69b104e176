package demo

import (
	"time"

	"liaison/internal/liaison"
)

// This file is the sample itself. Countries, their ISO codes and national
// days and the international organisations are real; every person,
// address and phone number is invented, and every email address and
// website is under example.org.

// A missionData is one mission of the sample with its people.
type missionData struct {
	kind    liaison.MissionKind
	country string // ISO 3166-1 alpha-2; "" for organisations and government bodies
	name    string // official name
	short   string
	slug    string // the mission's email user and website host under example.org
	// city is where the mission works from, "" for Astana; a non-resident
	// embassy is accredited from there.
	city        string
	nonResident bool
	address     string
	day         liaison.MonthDay // national day
	langs       string           // languages of its people, space separated
	notes       string
	people      []personData // the head first, where there is one
}

// A personData is one person of the sample.
type personData struct {
	family, given, middle string
	alt                   string // the name in the other script, family name first
	sal                   string
	rank                  liaison.Rank
	pos                   string
	head                  bool
	// focal marks the mission's contact for human rights, whom the office
	// asks to its briefings besides the head.
	focal                   bool
	agr, cred, notif, start liaison.Date
	langs                   string // overrides the mission's
	spouse, notes           string
	// left is how many days before the load the person left the post; 0
	// for someone still at post.
	left int
}

// An eventData is one of the three past events.
type eventData struct {
	title     string
	kind      liaison.EventKind
	daysAgo   int // before the day of the load
	hour, min int
	rsvpDays  int // the RSVP deadline, days before the event
	venue     string
	host      string
	partners  string
	dress     string
	notes     string
	// guests selects the invitees from the missions, in the order they
	// are listed.
	guests func([]*loadedMission) []guest
	// outcomes is the pattern of answers, applied to the guests in turn.
	outcomes []outcome
	// forTwo makes the heads' invitations for two, with their spouses.
	forTwo bool
}

// posDeputy is the position of a mission's second in command, whom the
// office invites to receptions with the head.
const posDeputy = "Deputy Head of Mission"

// date returns the day y-m-d.
func date(y int, m time.Month, d int) liaison.Date { return liaison.Day(y, m, d) }

// md returns a national day.
func md(m time.Month, d int) liaison.MonthDay { return liaison.MonthDay{Month: m, Day: d} }

// roundTableCountries are the embassies asked to the round table on
// migrant workers: the countries most workers come from, and neighbours.
var roundTableCountries = map[string]bool{
	"UZ": true, "KG": true, "TJ": true, "TM": true, "AZ": true, "AM": true, "BY": true, "RU": true,
	"UA": true, "GE": true, "AF": true, "PK": true, "IN": true, "CN": true, "TR": true, "IR": true,
}

// briefingBodies are the government bodies, by slug, whose heads the
// office invites to the briefing on its annual report with the diplomatic
// corps.
var briefingBodies = map[string]bool{"prokuratura": true, "interior": true, "justice": true}

// events are the three past events, oldest first.
var events = []eventData{
	{
		title: "Briefing on the Ombudsman's annual report", kind: liaison.Briefing,
		daysAgo: 75, hour: 10, rsvpDays: 7,
		venue: "Office of the Commissioner for Human Rights, conference hall, 3rd floor",
		host:  "Commissioner for Human Rights",
		partners: "Ministry of Foreign Affairs of the Republic of Kazakhstan; OSCE Programme Office in Astana; " +
			"UNICEF Kazakhstan Country Office",
		dress:  "Business attire",
		notes:  "For the diplomatic corps. Interpretation English–Russian–Kazakh. Copies of the report handed out at the door.",
		guests: briefingGuests,
		outcomes: []outcome{came, came, declined, came, deputy, noReply, came, noShow, came, declined,
			deputy, came},
	},
	{
		title: "Reception for the diplomatic corps", kind: liaison.Reception,
		daysAgo: 45, hour: 18, rsvpDays: 10,
		venue:    "Independence Palace, reception hall",
		host:     "Commissioner for Human Rights and spouse",
		dress:    "Lounge suit or national dress",
		notes:    "Invitations for two. Cars to the west entrance.",
		guests:   receptionGuests,
		outcomes: []outcome{came, deputy, came, declined, came, came, noShow, noReply, came, declined},
		forTwo:   true,
	},
	{
		title: "Round table on the rights of migrant workers", kind: liaison.Conference,
		daysAgo: 12, hour: 11, rsvpDays: 5,
		venue:  "Office of the Commissioner for Human Rights, conference hall, 3rd floor",
		host:   "Commissioner for Human Rights, with UNHCR and the OSCE Programme Office",
		dress:  "Business attire",
		notes:  "Working languages Russian and English. Coffee break at 12:30.",
		guests: roundTableGuests,
		outcomes: []outcome{came, came, declined, came, deputy, noReply, came, noShow, accepted, came,
			declined, came},
	},
}

// missions are the sample's 57 accredited missions (48 embassies, 3
// consulates general and 6 offices of international organisations) and 5
// government bodies.
var missions = []missionData{
	// Embassies.
	{
		kind: liaison.Embassy, country: "DE", name: "Embassy of the Federal Republic of Germany", short: "Germany",
		slug: "germany", address: "Kabanbay Batyr Avenue 21, Astana 010000", day: md(10, 3), langs: "de en ru",
		people: []personData{
			{family: "Brandt", given: "Katharina", sal: "Dr.", rank: liaison.Ambassador, head: true,
				agr: date(2021, 3, 15), cred: date(2021, 6, 8).At(10, 20), spouse: "Mr. Stefan Brandt"},
			{family: "Hoffmann", given: "Jens", sal: "Mr.", rank: liaison.MinisterCounsellor, pos: posDeputy},
			{family: "Vogel", given: "Miriam", sal: "Dr.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Kühne", given: "Lars", sal: "Col.", rank: liaison.DefenceAttache, pos: "Defence Attaché"},
			{family: "Schreiber", given: "Tobias", sal: "Mr.", rank: liaison.SecondSecretary,
				pos: "Press and cultural affairs", start: date(2022, 8, 15), left: 60,
				notes: "Posted back to Berlin; successor not yet announced."},
		},
	},
	{
		kind: liaison.Embassy, country: "FR", name: "Embassy of France", short: "France",
		slug: "france", address: "Kosshygululy Street 3, Astana 010000", day: md(7, 14), langs: "fr en ru",
		people: []personData{
			{family: "Marchand", given: "Hélène", sal: "Ms.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 11, 6), cred: date(2024, 2, 20).At(10, 0), spouse: "Mr. Olivier Marchand"},
			{family: "Roussel", given: "Julien", sal: "Mr.", rank: liaison.Counsellor, pos: "Political counsellor",
				focal: true},
			{family: "Dubois", given: "Claire", sal: "Ms.", rank: liaison.Attache, pos: "Cultural attaché"},
			{family: "Lefèvre", given: "Camille", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Human rights and rule of law", start: date(2021, 9, 1), left: 58},
		},
	},
	{
		kind: liaison.Embassy, country: "US", name: "Embassy of the United States of America", short: "USA",
		slug: "usa", address: "Rakhymzhan Koshkarbayev Avenue 3, Astana 010010", day: md(7, 4), langs: "en ru",
		people: []personData{
			{family: "Whitaker", given: "Daniel", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 10, 30), cred: date(2024, 2, 20).At(10, 30), spouse: "Mrs. Laura Whitaker"},
			{family: "Holloway", given: "Rebecca", sal: "Ms.", rank: liaison.MinisterCounsellor, pos: posDeputy},
			{family: "Reed", given: "Marcus", sal: "Mr.", rank: liaison.FirstSecretary,
				pos: "Political and economic section, human rights", focal: true},
			{family: "Castillo", given: "Brian", sal: "Col.", rank: liaison.DefenceAttache, pos: "Defense Attaché"},
			{family: "Park", given: "Jennifer", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Public diplomacy"},
		},
	},
	{
		kind: liaison.Embassy, country: "GB", name: "Embassy of the United Kingdom of Great Britain and Northern Ireland",
		short: "United Kingdom", slug: "uk", address: "Kosmonavtov Street 62, Astana 010000", langs: "en ru",
		notes: "No fixed national day: the King's Birthday Party is held in June, on a date set each year.",
		people: []personData{
			{family: "Fairbairn", given: "Edward", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 12, 4), cred: date(2024, 2, 20).At(11, 0), spouse: "Mrs. Fiona Fairbairn"},
			{family: "Collins", given: "Harriet", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy},
			{family: "Greaves", given: "Thomas", sal: "Mr.", rank: liaison.SecondSecretary,
				pos: "Political officer, human rights", focal: true},
			{family: "Maddox", given: "Alistair", sal: "Lt. Col.", rank: liaison.DefenceAttache, pos: "Defence Attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "RU", name: "Посольство Российской Федерации в Республике Казахстан",
		short: "Россия", slug: "russia", address: "Baraev Street 4, Astana 010000", day: md(6, 12), langs: "ru en kk",
		people: []personData{
			{family: "Соколов", given: "Михаил", middle: "Игоревич", alt: "Sokolov Mikhail", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2022, 8, 30), cred: date(2022, 11, 29).At(10, 0),
				spouse: "Соколова Наталья Петровна"},
			{family: "Беляев", given: "Дмитрий", middle: "Алексеевич", alt: "Belyaev Dmitry", sal: "Mr.",
				rank: liaison.MinisterCounsellor, pos: posDeputy},
			{family: "Орлова", given: "Екатерина", middle: "Сергеевна", alt: "Orlova Ekaterina", sal: "Ms.",
				rank: liaison.Counsellor, pos: "Humanitarian affairs", focal: true},
			{family: "Громов", given: "Павел", middle: "Николаевич", alt: "Gromov Pavel", sal: "Col.",
				rank: liaison.DefenceAttache, pos: "Military Attaché"},
			{family: "Тарасов", given: "Илья", middle: "Андреевич", alt: "Tarasov Ilya", sal: "Mr.",
				rank: liaison.ThirdSecretary, pos: "Protocol"},
		},
	},
	{
		kind: liaison.Embassy, country: "CN", name: "Embassy of the People's Republic of China", short: "China",
		slug: "china", address: "Kabanbay Batyr Avenue 28, Astana 010000", day: md(10, 1), langs: "zh ru en",
		people: []personData{
			{family: "Zhou", given: "Jianping", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2022, 9, 5), cred: date(2022, 11, 29).At(10, 30), spouse: "Mrs. Li Hong"},
			{family: "Chen", given: "Yulan", sal: "Ms.", rank: liaison.MinisterCounsellor, pos: posDeputy},
			{family: "Liu", given: "Haoran", sal: "Mr.", rank: liaison.FirstSecretary, pos: "Political section",
				focal: true},
			{family: "Sun", given: "Wei", sal: "Sr. Col.", rank: liaison.DefenceAttache, pos: "Defence Attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "TR", name: "Embassy of the Republic of Türkiye", short: "Türkiye",
		slug: "turkiye", address: "Mangilik El Avenue 30, Astana 010000", day: md(10, 29), langs: "tr en ru",
		people: []personData{
			{family: "Aydın", given: "Kemal", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 12, 2), cred: date(2025, 3, 11).At(10, 0), spouse: "Mrs. Elif Aydın"},
			{family: "Yıldırım", given: "Zeynep", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy},
			{family: "Koç", given: "Emre", sal: "Mr.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
			{family: "Şahin", given: "Murat", sal: "Col.", rank: liaison.DefenceAttache, pos: "Defence Attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "JP", name: "Embassy of Japan", short: "Japan",
		slug: "japan", address: "Kunayev Street 12/1, Astana 010000", day: md(2, 23), langs: "ja en ru",
		people: []personData{
			{family: "Morimoto", given: "Kenji", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2019, 6, 3), cred: date(2019, 10, 15).At(10, 0), spouse: "Mrs. Yuko Morimoto"},
			{family: "Ogawa", given: "Daisuke", sal: "Mr.", rank: liaison.Counsellor, pos: posDeputy},
			{family: "Hayashi", given: "Aiko", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Fujita", given: "Ryo", sal: "Mr.", rank: liaison.Attache, pos: "Economic attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "KR", name: "Embassy of the Republic of Korea", short: "Korea",
		slug: "korea", address: "Kosmonavtov Street 62, office 1101, Astana 010000", day: md(10, 3), langs: "ko en ru",
		people: []personData{
			{family: "Kang", given: "Dong-hyun", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 6, 24), cred: date(2024, 10, 8)},
			{family: "Yoon", given: "Seo-yeon", sal: "Ms.", rank: liaison.Counsellor, pos: "Political section",
				focal: true},
			{family: "Choi", given: "Tae-woong", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
			{family: "Han", given: "Ji-woo", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Culture and education"},
		},
	},
	{
		kind: liaison.Embassy, country: "IN", name: "Embassy of India", short: "India",
		slug: "india", address: "Diplomatic Town, Block C-4, Astana 010000", day: md(1, 26), langs: "hi en ru",
		people: []personData{
			{family: "Nair", given: "Arvind", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2022, 1, 31), cred: date(2022, 4, 12).At(11, 30), spouse: "Mrs. Lakshmi Nair"},
			{family: "Raghavan", given: "Priya", sal: "Ms.", rank: liaison.FirstSecretary, pos: "Political and press",
				focal: true},
			{family: "Sethi", given: "Vikram", sal: "Mr.", rank: liaison.SecondSecretary,
				pos: "Consular affairs and community welfare"},
			{family: "Kulkarni", given: "Rohan", sal: "Mr.", rank: liaison.Attache, pos: "Trade attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "IT", name: "Embassy of the Italian Republic", short: "Italy",
		slug: "italy", address: "Kosmonavtov Street 62, office 901, Astana 010000", day: md(6, 2), langs: "it en ru",
		people: []personData{
			{family: "Bianchi", given: "Lorenzo", sal: "Mr.", rank: liaison.Ambassador, pos: "Ambassador-designate",
				head: true, agr: date(2025, 8, 25), start: date(2025, 11, 3),
				notes: "Copies of credentials handed to the MFA; date of presentation not yet set."},
			{family: "Moretti", given: "Francesca", sal: "Ms.", rank: liaison.FirstSecretary, pos: posDeputy,
				focal: true},
			{family: "Greco", given: "Paolo", sal: "Mr.", rank: liaison.Attache, pos: "Administrative attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "ES", name: "Embassy of the Kingdom of Spain", short: "Spain",
		slug: "spain", address: "Dostyk Street 13, Astana 010000", day: md(10, 12), langs: "es en",
		people: []personData{
			{family: "Jiménez Ruiz", given: "Álvaro", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 1, 23), cred: date(2023, 5, 16).At(10, 30), spouse: "Mrs. Marta Ortega"},
			{family: "Herrera", given: "Lucía", sal: "Ms.", rank: liaison.SecondSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Navarro", given: "Diego", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "PL", name: "Embassy of the Republic of Poland", short: "Poland",
		slug: "poland", address: "Karaotkel 5, Zhabaev Street 2, Astana 010000", day: md(11, 11), langs: "pl en ru",
		people: []personData{
			{family: "Wiśniewski", given: "Tomasz", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 11, 18), cred: date(2025, 3, 11).At(10, 30), spouse: "Mrs. Agnieszka Wiśniewska"},
			{family: "Kowalczyk", given: "Magdalena", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy,
				focal: true},
			{family: "Zieliński", given: "Paweł", sal: "Mr.", rank: liaison.Consul, pos: "Head of the consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "UZ", name: "Посольство Республики Узбекистан в Республике Казахстан",
		short: "Узбекистан", slug: "uzbekistan", address: "Diplomatic Town, Block B-6, Astana 010000",
		day: md(9, 1), langs: "uz ru en",
		people: []personData{
			{family: "Рахимов", given: "Бахтиёр", middle: "Шухратович", alt: "Rakhimov Bakhtiyor", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2021, 10, 25), cred: date(2022, 1, 18),
				spouse: "Рахимова Дилноза Акмаловна"},
			{family: "Юсупова", given: "Нигора", middle: "Алишеровна", alt: "Yusupova Nigora", sal: "Ms.",
				rank: liaison.Counsellor, pos: "Humanitarian affairs and labour migration", focal: true},
			{family: "Турсунов", given: "Шерзод", middle: "Ботирович", alt: "Tursunov Sherzod", sal: "Mr.",
				rank: liaison.Consul, pos: "Head of the consular section"},
			{family: "Мирзаев", given: "Улугбек", middle: "Рустамович", alt: "Mirzaev Ulugbek", sal: "Col.",
				rank: liaison.DefenceAttache, pos: "Defence Attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "KG", name: "Посольство Кыргызской Республики в Республике Казахстан",
		short: "Кыргызстан", slug: "kyrgyzstan", address: "Saryarka Avenue 6, office 12, Astana 010000",
		day: md(8, 31), langs: "ky ru",
		people: []personData{
			{family: "Осмонов", given: "Эрмек", middle: "Таалайбекович", alt: "Osmonov Ermek", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2020, 12, 14), cred: date(2021, 3, 2)},
			{family: "Бейшеналиева", given: "Айгуль", middle: "Маратовна", alt: "Beishenalieva Aigul", sal: "Ms.",
				rank: liaison.Counsellor, pos: "Humanitarian affairs", focal: true},
			{family: "Сыдыков", given: "Канат", middle: "Болотович", alt: "Sydykov Kanat", sal: "Mr.",
				rank: liaison.Consul, pos: "Consular section"},
			{family: "Абдыкадыров", given: "Нурбек", middle: "Асанович", alt: "Abdykadyrov Nurbek", sal: "Mr.",
				rank: liaison.FirstSecretary, pos: "Political affairs", start: date(2021, 9, 6), left: 55},
		},
	},
	{
		kind: liaison.Embassy, country: "TJ", name: "Embassy of the Republic of Tajikistan", short: "Tajikistan",
		slug: "tajikistan", address: "Marsovaya Street 10, Astana 010000", day: md(9, 9), langs: "tg ru en",
		people: []personData{
			{family: "Назаров", given: "Фаридун", middle: "Саидович", alt: "Nazarov Faridun", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2019, 11, 18), cred: date(2020, 2, 4)},
			{family: "Шарипова", given: "Мадина", middle: "Рустамовна", alt: "Sharipova Madina", sal: "Ms.",
				rank: liaison.FirstSecretary, pos: "Labour migration", focal: true},
			{family: "Хакимов", given: "Далер", middle: "Джамшедович", alt: "Khakimov Daler", sal: "Mr.",
				rank: liaison.Consul, pos: "Consular section"},
			{family: "Раджабов", given: "Бахром", middle: "Сафарович", alt: "Rajabov Bakhrom", sal: "Mr.",
				rank: liaison.ThirdSecretary, pos: "Protocol"},
		},
	},
	{
		kind: liaison.Embassy, country: "TM", name: "Embassy of Turkmenistan", short: "Turkmenistan",
		slug: "turkmenistan", address: "Diplomatic Town, Block B-5, Astana 010000", day: md(9, 27), langs: "tk ru en",
		people: []personData{
			{family: "Orazov", given: "Atajan", alt: "Оразов Атаджан", sal: "Mr.", rank: liaison.Ambassador,
				head: true, agr: date(2017, 12, 12), cred: date(2018, 3, 6),
				notes: "Dean of the diplomatic corps: the longest-serving ambassador."},
			{family: "Hojayev", given: "Myrat", alt: "Ходжаев Мурат", sal: "Mr.", rank: liaison.Counsellor,
				pos: "Political affairs", focal: true},
			{family: "Annayeva", given: "Jeren", alt: "Аннаева Джерен", sal: "Ms.", rank: liaison.Consul,
				pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "AZ", name: "Embassy of the Republic of Azerbaijan", short: "Azerbaijan",
		slug: "azerbaijan", address: "Diplomatic Town, Block B-10, Astana 010000", day: md(5, 28), langs: "az ru en",
		people: []personData{
			{family: "Mammadov", given: "Rashad", alt: "Мамедов Рашад", sal: "Mr.", rank: liaison.Ambassador,
				head: true, agr: date(2023, 2, 6), cred: date(2023, 5, 16).At(10, 0), spouse: "Mrs. Leyla Mammadova"},
			{family: "Guliyeva", given: "Aynur", alt: "Гулиева Айнур", sal: "Ms.", rank: liaison.Counsellor,
				pos: "Political affairs", focal: true},
			{family: "Hasanov", given: "Elvin", sal: "Mr.", rank: liaison.ThirdSecretary, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "BY", name: "Посольство Республики Беларусь в Республике Казахстан",
		short: "Беларусь", slug: "belarus", address: "Kunayev Street 14, Astana 010000", day: md(7, 3), langs: "be ru",
		people: []personData{
			{family: "Ёлкин", given: "Андрей", middle: "Викторович", alt: "Yolkin Andrei", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2022, 1, 20), cred: date(2022, 4, 12).At(11, 0),
				spouse: "Ёлкина Ирина Сергеевна", notes: "Prefers Russian in conversation and correspondence."},
			{family: "Ковалёва", given: "Ольга", middle: "Николаевна", alt: "Kovaleva Olga", sal: "Ms.",
				rank: liaison.Counsellor, pos: posDeputy, focal: true},
			{family: "Мельник", given: "Сергей", middle: "Павлович", alt: "Melnik Sergei", sal: "Mr.",
				rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "UA", name: "Embassy of Ukraine", short: "Ukraine",
		slug: "ukraine", address: "Shamshi Kaldayakov Street 10, Astana 010000", day: md(8, 24), langs: "uk en ru",
		people: []personData{
			{family: "Kovalenko", given: "Oksana", alt: "Коваленко Оксана", sal: "Ms.", rank: liaison.ChargeAI,
				pos: "Chargé d'affaires a.i., Counsellor", head: true, notif: date(2025, 7, 1), start: date(2022, 9, 1)},
			{family: "Shevchuk", given: "Andriy", alt: "Шевчук Андрій", sal: "Mr.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Bondarenko", given: "Taras", alt: "Бондаренко Тарас", sal: "Mr.", rank: liaison.Consul,
				pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "GE", name: "Embassy of Georgia", short: "Georgia",
		slug: "georgia", address: "Saryarka Avenue 31/2, Astana 010000", day: md(5, 26), langs: "ka ru en",
		people: []personData{
			{family: "Beridze", given: "Giorgi", alt: "Беридзе Георгий", sal: "Mr.", rank: liaison.Ambassador,
				head: true, agr: date(2021, 8, 9), cred: date(2021, 11, 23)},
			{family: "Kapanadze", given: "Nino", alt: "Капанадзе Нино", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Political affairs", focal: true},
			{family: "Tsiklauri", given: "Levan", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "AM", name: "Посольство Республики Армения в Республике Казахстан",
		short: "Армения", slug: "armenia", address: "Diplomatic Town, Block C-7, Astana 010000",
		day: md(9, 21), langs: "hy ru en",
		people: []personData{
			{family: "Акопян", given: "Гагик", middle: "Ашотович", alt: "Hakobyan Gagik", sal: "Mr.",
				rank: liaison.Ambassador, head: true, agr: date(2023, 9, 18), cred: date(2023, 12, 12),
				spouse: "Акопян Лусине Арамовна"},
			{family: "Манукян", given: "Анаит", middle: "Грачевна", alt: "Manukyan Anahit", sal: "Ms.",
				rank: liaison.Counsellor, pos: "Political affairs", focal: true},
			{family: "Петросян", given: "Арсен", middle: "Ваганович", alt: "Petrosyan Arsen", sal: "Mr.",
				rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "IR", name: "Embassy of the Islamic Republic of Iran", short: "Iran",
		slug: "iran", address: "Kosshygululy Street 8, Astana 010000", day: md(2, 11), langs: "fa en ru",
		people: []personData{
			{family: "Karimi", given: "Mohammad Reza", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2019, 7, 1), cred: date(2019, 10, 15).At(11, 0)},
			{family: "Rahmani", given: "Hossein", sal: "Mr.", rank: liaison.Counsellor, pos: posDeputy, focal: true},
			{family: "Moradi", given: "Saeed", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "SA", name: "Embassy of the Kingdom of Saudi Arabia", short: "Saudi Arabia",
		slug: "saudiarabia", address: "Diplomatic Town, Block C-2, Astana 010000", day: md(9, 23), langs: "ar en",
		people: []personData{
			{family: "Al-Otaibi", given: "Faisal", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2018, 11, 5), cred: date(2019, 2, 19)},
			{family: "Al-Harbi", given: "Khalid", sal: "Mr.", rank: liaison.FirstSecretary, pos: "Political affairs",
				focal: true},
			{family: "Al-Qahtani", given: "Nawaf", sal: "Mr.", rank: liaison.Attache, pos: "Cultural attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "AE", name: "Embassy of the United Arab Emirates", short: "UAE",
		slug: "uae", address: "Diplomatic Town, Block C-9, Astana 010000", day: md(12, 2), langs: "ar en",
		people: []personData{
			{family: "Al Suwaidi", given: "Hamad", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2021, 2, 10), cred: date(2021, 6, 8).At(10, 0)},
			{family: "Al Hammadi", given: "Mariam", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
			{family: "Al Nuaimi", given: "Rashid", sal: "Mr.", rank: liaison.Attache, pos: "Administrative attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "QA", name: "Embassy of the State of Qatar", short: "Qatar",
		slug: "qatar", address: "Diplomatic Town, Block C-12, Astana 010000", day: md(12, 18), langs: "ar en",
		people: []personData{
			{family: "Al-Kuwari", given: "Abdulla", sal: "Mr.", rank: liaison.ChargeEnPied,
				pos: "Chargé d'affaires en pied", head: true, notif: date(2024, 1, 10), start: date(2023, 12, 18)},
			{family: "Al-Marri", given: "Nasser", sal: "Mr.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "KW", name: "Embassy of the State of Kuwait", short: "Kuwait",
		slug: "kuwait", address: "Diplomatic Town, Block C-11, Astana 010000", day: md(2, 25), langs: "ar en",
		people: []personData{
			{family: "Al-Mutairi", given: "Fahad", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2021, 9, 13), cred: date(2021, 11, 23).At(10, 30), spouse: "Mrs. Noura Al-Mutairi"},
			{family: "Al-Enezi", given: "Bader", sal: "Mr.", rank: liaison.FirstSecretary, pos: "Political affairs",
				focal: true},
			{family: "Al-Rashidi", given: "Sara", sal: "Ms.", rank: liaison.ThirdSecretary, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "EG", name: "Embassy of the Arab Republic of Egypt", short: "Egypt",
		slug: "egypt", address: "Diplomatic Town, Block B-9, Astana 010000", day: md(7, 23), langs: "ar en ru",
		people: []personData{
			{family: "Mansour", given: "Sherif", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2022, 5, 16), cred: date(2022, 9, 27), spouse: "Mrs. Dina Mansour"},
			{family: "Farouk", given: "Yasmin", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Hegazy", given: "Omar", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "IL", name: "Embassy of the State of Israel", short: "Israel",
		slug: "israel", address: "Kabanbay Batyr Avenue 15, office 702, Astana 010000", langs: "he en ru",
		notes: "Independence Day follows the Hebrew calendar (5 Iyar): check the date each spring.",
		people: []personData{
			{family: "Rosen", given: "Avi", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 5, 22), cred: date(2023, 9, 5)},
			{family: "Friedman", given: "Noa", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
			{family: "Levi", given: "Yonatan", sal: "Mr.", rank: liaison.Attache, pos: "Administrative attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "PK", name: "Embassy of the Islamic Republic of Pakistan", short: "Pakistan",
		slug: "pakistan", address: "Diplomatic Town, Block C-3, Astana 010000", day: md(3, 23), langs: "ur en",
		people: []personData{
			{family: "Qureshi", given: "Tariq", middle: "Mahmood", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2020, 4, 30), cred: date(2020, 9, 22).At(11, 0), spouse: "Mrs. Sadia Qureshi"},
			{family: "Siddiqui", given: "Usman", sal: "Mr.", rank: liaison.Counsellor, pos: posDeputy, focal: true},
			{family: "Malik", given: "Ayesha", sal: "Ms.", rank: liaison.ThirdSecretary, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "AF", name: "Embassy of Afghanistan", short: "Afghanistan",
		slug: "afghanistan", address: "Diplomatic Town, Block B-4, Astana 010000", day: md(8, 19), langs: "ps fa en",
		people: []personData{
			{family: "Noori", given: "Abdul Wahid", sal: "Mr.", rank: liaison.ChargeEnPied,
				pos: "Chargé d'affaires en pied", head: true, notif: date(2022, 3, 15), start: date(2022, 2, 28)},
			{family: "Ahmadzai", given: "Farid", sal: "Mr.", rank: liaison.ThirdSecretary, pos: "Consular section",
				focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "MN", name: "Embassy of Mongolia", short: "Mongolia",
		slug: "mongolia", address: "Mukhtar Auezov Street 47, Astana 010000", day: md(7, 11), langs: "mn ru en",
		people: []personData{
			{family: "Ganbold", given: "Batbayar", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2018, 6, 20), cred: date(2018, 9, 11).At(10, 0), spouse: "Mrs. Oyuntsetseg Dorj"},
			{family: "Enkhbold", given: "Tsetsegmaa", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Political affairs", focal: true},
			{family: "Baatar", given: "Erdene", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "MY", name: "Embassy of Malaysia", short: "Malaysia",
		slug: "malaysia", address: "Diplomatic Town, Block B-7, Astana 010000", day: md(8, 31), langs: "ms en",
		people: []personData{
			{family: "Rahman", given: "Ahmad Faizal", sal: "Mr.", rank: liaison.Ambassador, pos: "Ambassador-designate",
				head: true, agr: date(2025, 9, 15), start: date(2025, 11, 20)},
			{family: "Ismail", given: "Nurul Aina", sal: "Ms.", rank: liaison.FirstSecretary, pos: posDeputy,
				focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "ID", name: "Embassy of the Republic of Indonesia", short: "Indonesia",
		slug: "indonesia", address: "Diplomatic Town, Block C-6, Astana 010000", day: md(8, 17), langs: "id en",
		people: []personData{
			{family: "Santoso", given: "Budi", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 7, 1), cred: date(2024, 10, 8), spouse: "Mrs. Sri Rahayu"},
			{family: "Wulandari", given: "Ratna", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy, focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "VN", name: "Embassy of the Socialist Republic of Viet Nam", short: "Viet Nam",
		slug: "vietnam", address: "Diplomatic Town, Block B-3, Astana 010000", day: md(9, 2), langs: "vi ru en",
		people: []personData{
			{family: "Nguyễn", given: "Minh Tuấn", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2023, 6, 19), cred: date(2023, 9, 5).At(10, 30), spouse: "Mrs. Phạm Thu Hà"},
			{family: "Trần", given: "Thị Lan", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy, focal: true},
			{family: "Lê", given: "Đức Anh", sal: "Mr.", rank: liaison.SecondSecretary,
				pos: "Consular affairs and community", langs: "vi ru"},
		},
	},
	{
		kind: liaison.Embassy, country: "BR", name: "Embassy of the Federative Republic of Brazil", short: "Brazil",
		slug: "brazil", address: "Kabanbay Batyr Avenue 40, office 5, Astana 010000", day: md(9, 7), langs: "pt en es",
		notes: "The post of ambassador is vacant; correspondence goes to the head of chancery.",
		people: []personData{
			{family: "Albuquerque", given: "Rafael", sal: "Mr.", rank: liaison.Counsellor, pos: "Head of chancery"},
			{family: "Nogueira", given: "Beatriz", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "CA", name: "Embassy of Canada", short: "Canada",
		slug: "canada", address: "Kabanbay Batyr Avenue 13/1, Astana 010000", day: md(7, 1), langs: "en fr ru",
		people: []personData{
			{family: "McKenzie", given: "Sarah", sal: "Ms.", rank: liaison.ChargeAI,
				pos: "Chargé d'affaires a.i., Counsellor", head: true, notif: date(2025, 8, 18), start: date(2023, 8, 1)},
			{family: "Gagnon", given: "Étienne", sal: "Mr.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "O'Neill", given: "Kevin", sal: "Mr.", rank: liaison.SecondSecretary, pos: "Trade commissioner"},
		},
	},
	{
		kind: liaison.Embassy, country: "NL", name: "Embassy of the Kingdom of the Netherlands", short: "Netherlands",
		slug: "netherlands", address: "Kosmonavtov Street 62, office 1402, Astana 010000", day: md(4, 27),
		langs: "nl en",
		people: []personData{
			{family: "van Dijk", given: "Pieter", sal: "Mr.", rank: liaison.ChargeAI,
				pos: "Chargé d'affaires a.i., First Secretary", head: true, notif: date(2025, 9, 1), start: date(2024, 8, 15)},
			{family: "de Vries", given: "Femke", sal: "Ms.", rank: liaison.SecondSecretary,
				pos: "Human rights and rule of law", focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "IE", name: "Embassy of Ireland", short: "Ireland",
		slug: "ireland", city: "Moscow", nonResident: true, address: "Grokholsky Pereulok 5, Moscow 129090",
		day: md(3, 17), langs: "en ga ru",
		people: []personData{
			{family: "Gallagher", given: "Declan", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 3, 11), cred: date(2024, 6, 18),
				notes: "Resident in Moscow; comes to Astana about twice a year."},
			{family: "Byrne", given: "Aoife", sal: "Ms.", rank: liaison.SecondSecretary,
				pos: "Covers Kazakhstan from Moscow", focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "AT", name: "Embassy of the Republic of Austria", short: "Austria",
		slug: "austria", address: "Kunayev Street 2, office 401, Astana 010000", day: md(10, 26), langs: "de en ru",
		people: []personData{
			{family: "Huber", given: "Stefanie", sal: "Dr.", rank: liaison.Ambassador, head: true,
				agr: date(2019, 5, 27), cred: date(2019, 10, 15).At(10, 30), spouse: "Mr. Andreas Huber"},
			{family: "Leitner", given: "Markus", sal: "Mr.", rank: liaison.FirstSecretary, pos: posDeputy, focal: true},
			{family: "Gruber", given: "Sabine", sal: "Ms.", rank: liaison.Attache, pos: "Consular and administrative"},
		},
	},
	{
		kind: liaison.Embassy, country: "CH", name: "Embassy of Switzerland", short: "Switzerland",
		slug: "switzerland", address: "Kosmonavtov Street 62, office 1201, Astana 010000", day: md(8, 1),
		langs: "de fr en",
		people: []personData{
			{family: "Gasser", given: "Reto", sal: "Mr.", rank: liaison.Ambassador, pos: "Ambassador-designate",
				head: true, agr: date(2025, 10, 6), start: date(2025, 12, 1)},
			{family: "Favre", given: "Anne-Laure", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy, focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "HU", name: "Embassy of Hungary", short: "Hungary",
		slug: "hungary", address: "Kunayev Street 10, Astana 010000", day: md(8, 20), langs: "hu en ru",
		people: []personData{
			{family: "Szabó", given: "Gábor", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2022, 12, 1), cred: date(2023, 3, 14), spouse: "Mrs. Katalin Szabó"},
			{family: "Kovács", given: "Eszter", sal: "Ms.", rank: liaison.SecondSecretary, pos: "Political affairs",
				focal: true},
			{family: "Tóth", given: "Balázs", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "CZ", name: "Embassy of the Czech Republic", short: "Czechia",
		slug: "czechia", address: "Kosmonavtov Street 62, office 801, Astana 010000", day: md(10, 28),
		langs: "cs en ru",
		people: []personData{
			{family: "Novotný", given: "Petr", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2021, 2, 22), cred: date(2021, 6, 8).At(10, 40)},
			{family: "Horáková", given: "Lenka", sal: "Ms.", rank: liaison.ThirdSecretary, pos: "Political affairs",
				focal: true},
			{family: "Dvořák", given: "Jakub", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "LT", name: "Embassy of the Republic of Lithuania", short: "Lithuania",
		slug: "lithuania", address: "Syganak Street 29, office 305, Astana 010000", day: md(2, 16), langs: "lt en ru",
		notes: "Receptions on 16 February, the Day of Restoration of the State.",
		people: []personData{
			{family: "Žukauskas", given: "Vytautas", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2022, 10, 3), cred: date(2023, 3, 14).At(10, 30), spouse: "Mrs. Rūta Žukauskienė"},
			{family: "Kazlauskienė", given: "Rasa", sal: "Ms.", rank: liaison.FirstSecretary,
				pos: "Political affairs and human rights", focal: true},
			{family: "Petraitis", given: "Mindaugas", sal: "Mr.", rank: liaison.Attache, pos: "Consular and administrative"},
		},
	},
	{
		kind: liaison.Embassy, country: "RO", name: "Embassy of Romania", short: "Romania",
		slug: "romania", address: "Kenesary Street 70, Astana 010000", day: md(12, 1), langs: "ro en ru",
		people: []personData{
			{family: "Munteanu", given: "Ștefan", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2024, 2, 12), cred: date(2024, 6, 18).At(10, 30), spouse: "Mrs. Ioana Munteanu"},
			{family: "Constantinescu", given: "Mihaela", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy,
				focal: true},
			{family: "Dumitrescu", given: "Radu", sal: "Mr.", rank: liaison.Consul, pos: "Consular section"},
		},
	},
	{
		kind: liaison.Embassy, country: "FI", name: "Embassy of Finland", short: "Finland",
		slug: "finland", address: "Kosmonavtov Street 62, office 1001, Astana 010000", day: md(12, 6),
		langs: "fi sv en ru",
		notes: "The post of ambassador is vacant; the head of chancery signs the notes.",
		people: []personData{
			{family: "Virtanen", given: "Johanna", sal: "Ms.", rank: liaison.Counsellor, pos: "Head of chancery",
				focal: true},
			{family: "Laine", given: "Mikko", sal: "Mr.", rank: liaison.Attache, pos: "Administrative attaché"},
		},
	},
	{
		kind: liaison.Embassy, country: "PT", name: "Embassy of the Portuguese Republic", short: "Portugal",
		slug: "portugal", city: "Moscow", nonResident: true, address: "Botanicheskiy Pereulok 1, Moscow 129090",
		day: md(6, 10), langs: "pt en ru",
		people: []personData{
			{family: "Carvalho", given: "João", sal: "Mr.", rank: liaison.Ambassador, head: true,
				agr: date(2025, 2, 24), cred: date(2025, 6, 17), notes: "Resident in Moscow."},
			{family: "Figueiredo", given: "Inês", sal: "Ms.", rank: liaison.SecondSecretary,
				pos: "Covers Kazakhstan from Moscow", focal: true},
		},
	},
	{
		kind: liaison.Embassy, country: "VA", name: "Apostolic Nunciature in Kazakhstan", short: "Holy See",
		slug: "nunciature", address: "Zhubanov Street 4, Astana 010000", day: md(5, 8), langs: "it en ru la",
		notes: "National day: anniversary of the election of the Pope.",
		people: []personData{
			{family: "Ferretti", given: "Giancarlo", sal: "Archbishop", rank: liaison.Ambassador,
				pos: "Apostolic Nuncio", head: true, agr: date(2018, 5, 2), cred: date(2018, 9, 11).At(10, 40)},
			{family: "Conti", given: "Paolo", sal: "Mgr.", rank: liaison.Counsellor, pos: "Counsellor of Nunciature",
				focal: true},
		},
	},

	// Consulates general.
	{
		kind: liaison.Consulate, country: "RU", name: "Генеральное консульство Российской Федерации в Алматы",
		short: "Россия (Алматы)", slug: "russia-almaty", city: "Almaty", address: "Zhandosov Street 4, Almaty 050057",
		day: md(6, 12), langs: "ru en",
		people: []personData{
			{family: "Никитин", given: "Олег", middle: "Владимирович", alt: "Nikitin Oleg", sal: "Mr.",
				rank: liaison.ConsulGeneral, pos: "Consul General", head: true, start: date(2021, 7, 1)},
			{family: "Зайцева", given: "Анна", middle: "Михайловна", alt: "Zaitseva Anna", sal: "Ms.",
				rank: liaison.Consul, pos: "Consul"},
		},
	},
	{
		kind: liaison.Consulate, country: "CN", name: "Consulate General of the People's Republic of China in Almaty",
		short: "China (Almaty)", slug: "china-almaty", city: "Almaty", address: "Baitursynuly Street 12, Almaty 050000",
		day: md(10, 1), langs: "zh ru en",
		people: []personData{
			{family: "Wang", given: "Zhiqiang", sal: "Mr.", rank: liaison.ConsulGeneral, pos: "Consul General",
				head: true, start: date(2023, 4, 10)},
			{family: "Zhao", given: "Min", sal: "Ms.", rank: liaison.Consul, pos: "Consul"},
		},
	},
	{
		kind: liaison.Consulate, country: "US", name: "Consulate General of the United States of America in Almaty",
		short: "USA (Almaty)", slug: "usa-almaty", city: "Almaty", address: "Samal-2, Zholdasbekov Street 97, Almaty 050051",
		day: md(7, 4), langs: "en ru",
		people: []personData{
			{family: "Harrington", given: "Emily", sal: "Ms.", rank: liaison.ConsulGeneral, pos: "Consul General",
				head: true, start: date(2024, 8, 5)},
			{family: "Dunn", given: "Christopher", sal: "Mr.", rank: liaison.Consul, pos: "Consul, American citizen services"},
		},
	},

	// Offices of international organisations.
	{
		kind: liaison.InternationalOrgOffice, name: "OSCE Programme Office in Astana", short: "OSCE",
		slug: "osce-astana", address: "Beibitshilik Street 10, Astana 010000", langs: "en ru",
		people: []personData{
			{family: "Lindqvist", given: "Henrik", sal: "Mr.", rank: liaison.HeadOfOffice, pos: "Head of Office",
				head: true, start: date(2023, 9, 1), spouse: "Mrs. Karin Lindqvist"},
			{family: "Kowalska", given: "Marta", sal: "Ms.", rank: liaison.OtherRank, pos: "Human dimension officer",
				focal: true},
		},
	},
	{
		kind: liaison.InternationalOrgOffice, name: "UNICEF Kazakhstan Country Office", short: "UNICEF",
		slug: "unicef-astana", address: "Beibitshilik Street 10a, Astana 010000", langs: "en ru",
		people: []personData{
			{family: "Okafor", given: "Adaeze", sal: "Ms.", rank: liaison.Representative, pos: "Representative",
				head: true, start: date(2022, 10, 1)},
			{family: "Ахметов", given: "Тимур", middle: "Ерланович", alt: "Akhmetov Timur", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Child protection officer", focal: true, langs: "kk ru en"},
		},
	},
	{
		kind: liaison.InternationalOrgOffice, name: "United Nations Development Programme in Kazakhstan", short: "UNDP",
		slug: "undp-astana", address: "Beibitshilik Street 10b, Astana 010000", langs: "en ru",
		people: []personData{
			{family: "Ferraro", given: "Luca", sal: "Mr.", rank: liaison.Representative, pos: "Resident Representative",
				head: true, start: date(2024, 2, 1)},
			{family: "Ибраева", given: "Сауле", middle: "Кайратовна", alt: "Ibrayeva Saule", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Governance and rule of law analyst", focal: true, langs: "kk ru en"},
		},
	},
	{
		kind: liaison.InternationalOrgOffice, name: "Office of the United Nations High Commissioner for Refugees (UNHCR) in Kazakhstan",
		short: "UNHCR", slug: "unhcr-astana", address: "Dostyk Street 5, office 210, Astana 010000", langs: "en ru fr",
		people: []personData{
			{family: "Moreau", given: "Jean-Baptiste", sal: "Mr.", rank: liaison.Representative, pos: "Representative",
				head: true, start: date(2021, 5, 15)},
			{family: "Haddad", given: "Leila", sal: "Ms.", rank: liaison.OtherRank, pos: "Protection officer",
				focal: true, langs: "en fr ar"},
		},
	},
	{
		kind: liaison.InternationalOrgOffice, name: "Delegation of the European Union to the Republic of Kazakhstan",
		short: "EU Delegation", slug: "eu-delegation", address: "Kabanbay Batyr Avenue 15a, Astana 010000",
		day: md(5, 9), langs: "en fr ru",
		notes: "Europe Day, 9 May, is the Delegation's reception day.",
		people: []personData{
			{family: "Tamm", given: "Kristiina", sal: "Ms.", rank: liaison.HeadOfOffice,
				pos: "Head of Delegation, Ambassador", head: true, cred: date(2023, 10, 17), start: date(2023, 9, 1),
				langs: "et en ru"},
			{family: "Petrović", given: "Ana", sal: "Ms.", rank: liaison.Counsellor, pos: posDeputy},
			{family: "Rinaldi", given: "Matteo", sal: "Mr.", rank: liaison.FirstSecretary,
				pos: "Political section, human rights focal point", focal: true},
		},
	},
	{
		kind: liaison.InternationalOrgOffice, name: "International Committee of the Red Cross, Office in Astana",
		short: "ICRC", slug: "icrc-astana", address: "Sauran Street 5, office 14, Astana 010000", langs: "en fr ru",
		people: []personData{
			{family: "Keller", given: "Samuel", sal: "Mr.", rank: liaison.HeadOfOffice, pos: "Head of Office",
				head: true, start: date(2024, 3, 1), langs: "de fr en"},
			{family: "Омарова", given: "Дана", middle: "Болатовна", alt: "Omarova Dana", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Protection field officer", focal: true, langs: "kk ru en"},
		},
	},

	// Government bodies.
	{
		kind: liaison.GovernmentBody, name: "Ministry of Foreign Affairs of the Republic of Kazakhstan", short: "MFA",
		slug: "mfa", address: "Kunayev Street 31, Astana 010000", langs: "kk ru en",
		people: []personData{
			{family: "Сарсенбаев", given: "Ержан", middle: "Маратұлы", alt: "Sarsenbayev Yerzhan", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Minister of Foreign Affairs", head: true},
			{family: "Тлеубергенова", given: "Айжан", middle: "Серікқызы", alt: "Tleubergenova Aizhan", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Director of the State Protocol Department"},
			{family: "Жакупов", given: "Арман", middle: "Бекенович", alt: "Zhakupov Arman", sal: "Mr.",
				rank: liaison.Counsellor, pos: "Head of the Diplomatic Corps Service Division"},
			{family: "Қасымова", given: "Әсел", middle: "Нұрланқызы", alt: "Kassymova Assel", sal: "Ms.",
				rank: liaison.SecondSecretary, pos: "Multilateral cooperation, human rights desk"},
		},
	},
	{
		kind: liaison.GovernmentBody, name: "Mazhilis of the Parliament of the Republic of Kazakhstan", short: "Mazhilis",
		slug: "mazhilis", address: "Mangilik El Avenue 2, Astana 010000", langs: "kk ru",
		people: []personData{
			{family: "Бекмұхамбетов", given: "Серік", middle: "Төлегенұлы", alt: "Bekmukhambetov Serik", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Chair of the Committee on International Affairs, Defence and Security",
				head: true},
			{family: "Нұрғалиева", given: "Гүлмира", middle: "Асқарқызы", alt: "Nurgaliyeva Gulmira", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Head of the International Relations Department", langs: "kk ru en"},
		},
	},
	{
		kind: liaison.GovernmentBody, name: "Ministry of Justice of the Republic of Kazakhstan", short: "Ministry of Justice",
		slug: "justice", address: "Mangilik El Avenue 8, Astana 010000", langs: "kk ru en",
		people: []personData{
			{family: "Исмаилов", given: "Данияр", middle: "Кайратович", alt: "Ismailov Daniyar", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Minister of Justice", head: true},
			{family: "Абенова", given: "Жанна", middle: "Муратовна", alt: "Abenova Zhanna", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Director of the Department of International Law and Cooperation"},
		},
	},
	{
		kind: liaison.GovernmentBody, name: "Ministry of Internal Affairs of the Republic of Kazakhstan",
		short: "Ministry of Internal Affairs", slug: "interior", address: "Tauelsizdik Avenue 1, Astana 010000",
		langs: "kk ru",
		people: []personData{
			{family: "Жұмабеков", given: "Ерлан", middle: "Серікұлы", alt: "Zhumabekov Yerlan", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Minister of Internal Affairs", head: true},
			{family: "Байжанова", given: "Динара", middle: "Қайратқызы", alt: "Baizhanova Dinara", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Head of the International Cooperation Department", langs: "kk ru en"},
		},
	},
	{
		kind: liaison.GovernmentBody, name: "Prosecutor General's Office of the Republic of Kazakhstan",
		short: "Prosecutor General's Office", slug: "prokuratura", address: "Seifullin Street 37, Astana 010000",
		langs: "kk ru",
		people: []personData{
			{family: "Ермеков", given: "Асхат", middle: "Болатович", alt: "Yermekov Askhat", sal: "Mr.",
				rank: liaison.OtherRank, pos: "Prosecutor General", head: true},
			{family: "Садыкова", given: "Мадина", middle: "Ерболовна", alt: "Sadykova Madina", sal: "Ms.",
				rank: liaison.OtherRank, pos: "Head of the International Cooperation Department", langs: "kk ru en"},
		},
	},
}
