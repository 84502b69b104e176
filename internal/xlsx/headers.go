package xlsx

import (
	"slices"
	"strings"
	"sync"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A Field is what a column of a list holds.
type Field string

// The fields a diplomatic list has, and those of Liaison's own invitation
// list.
const (
	FieldCountry     Field = "country"
	FieldMission     Field = "mission"
	FieldHead        Field = "head"
	FieldPosition    Field = "position"
	FieldCredentials Field = "credentials"
	FieldNationalDay Field = "national_day"
	FieldPhone       Field = "phone"
	FieldEmail       Field = "email"
	FieldAddress     Field = "address"
	FieldStatus      Field = "status"
	FieldDeputy      Field = "represented_by"
	FieldNote        Field = "note"
	FieldKey         Field = "key"
	// FieldKind is the kind of mission (Embassy, Consulate...), FieldCity
	// the city a consulate works in, FieldRank a rank apart from the
	// position (Liaison's own exports write both).
	FieldKind Field = "kind"
	FieldCity Field = "city"
	FieldRank Field = "rank"
	// FieldAltName and FieldLanguages are columns of Liaison's people
	// list: the name in another script, the languages spoken.
	FieldAltName   Field = "alt_name"
	FieldLanguages Field = "languages"
	// FieldSent, FieldAnswered and FieldChannel are columns of Liaison's
	// invitation list: when the invitation went out and how, when the
	// answer came.
	FieldSent     Field = "sent"
	FieldAnswered Field = "answered"
	FieldChannel  Field = "channel"
	// FieldGuests is how many the invitation is for: 2 for the guest with
	// a spouse or a companion.
	FieldGuests Field = "guests"
)

// ListFields are the fields of a diplomatic list, in the order the window
// offers them.
var ListFields = []Field{FieldCountry, FieldMission, FieldKind, FieldCity, FieldHead, FieldPosition, FieldRank,
	FieldCredentials, FieldNationalDay, FieldPhone, FieldEmail, FieldAddress}

// Label names a field in plain English.
func (f Field) Label() string {
	switch f {
	case FieldCountry:
		return "Country"
	case FieldMission:
		return "Mission"
	case FieldHead:
		return "Head of mission"
	case FieldPosition:
		return "Rank / position"
	case FieldCredentials:
		return "Credentials"
	case FieldNationalDay:
		return "National day"
	case FieldPhone:
		return "Phone"
	case FieldEmail:
		return "Email"
	case FieldAddress:
		return "Address"
	case FieldStatus:
		return "Status"
	case FieldDeputy:
		return "Represented by"
	case FieldNote:
		return "Note"
	case FieldKey:
		return KeyHeader
	case FieldKind:
		return "Kind"
	case FieldCity:
		return "City"
	case FieldRank:
		return "Rank"
	case FieldAltName:
		return "Other script"
	case FieldLanguages:
		return "Languages"
	case FieldSent:
		return "Sent"
	case FieldAnswered:
		return "Answered"
	case FieldChannel:
		return "Channel"
	case FieldGuests:
		return "Guests"
	}
	return string(f)
}

// headerWords are how lists head each field, in English, Russian and
// Kazakh, with their usual variants. A header matches a word when, folded,
// it equals it or, for words of more than four letters, contains it; the
// longest match wins, so "Дата вручения верительных грамот" is the
// credentials, not a date of something else.
var headerWords = map[Field][]string{
	FieldCountry: {"Country", "State", "Страна", "Государство", "Ел", "Мемлекет", "Pays"},
	FieldMission: {"Mission", "Embassy", "Organisation", "Organization", "Name of the mission",
		"Наименование представительства", "Представительство", "Наименование организации",
		"Наименование", "Организация", "Посольство", "Өкілдіктің атауы", "Өкілдік атауы", "Атауы", "Ұйым"},
	FieldHead: {"Head of mission", "Head", "Head of office", "Name", "Full name", "Ambassador",
		"Глава представительства", "Глава", "Руководитель", "ФИО", "Ф.И.О.", "Посол",
		"Өкілдік басшысы", "Басшысы", "Аты-жөні", "Т.А.Ә.",
		"Honorary consul", "Consul general", "Почётный консул", "Генеральный консул", "Құрметті консул", "Бас консул"},
	FieldPosition: {"Position", "Title", "Function", "Должность", "Лауазымы", "Лауазым"},
	FieldRank:     {"Rank", "Diplomatic rank", "Ранг", "Дипломатический ранг", "Дәреже", "Дәрежесі"},
	FieldKind: {"Kind", "Kind of mission", "Type of mission", "Mission type", "Тип", "Тип представительства",
		"Вид представительства", "Түрі", "Өкілдік түрі"},
	FieldCity:      {"City", "Town", "Город", "Населённый пункт", "Населенный пункт", "Қала", "Қаласы", "Ville"},
	FieldAltName:   {"Other script"},
	FieldLanguages: {"Languages"},
	FieldCredentials: {"Credentials", "Date of presentation of credentials", "Presentation of credentials",
		"Дата вручения верительных грамот", "Вручение верительных грамот", "Верительные грамоты",
		"Сенім грамоталарын тапсырған күні", "Сенім грамоталары"},
	FieldNationalDay: {"National day", "National holiday", "Национальный праздник", "Национальный день",
		"Ұлттық мереке", "Ұлттық күн", "Fête nationale"},
	FieldPhone:    {"Phone", "Telephone", "Tel", "Tel.", "Phones", "Телефон", "Телефоны", "Тел", "Тел."},
	FieldEmail:    {"Email", "E-mail", "Mail", "Эл. почта", "Электронная почта", "E-mail адрес", "Электрондық пошта", "Эл. пошта"},
	FieldAddress:  {"Address", "Адрес", "Мекенжай", "Мекенжайы", "Adresse"},
	FieldStatus:   {"Status", "Статус", "Reply", "Ответ", "Мәртебесі"},
	FieldDeputy:   {"Represented by", "Представитель вместо", "Кто пришёл", "Кто пришел", "Орнына келген"},
	FieldNote:     {"Note", "Notes", "Примечание", "Remarks", "Ескертпе"},
	FieldSent:     {"Sent", "Date sent", "Дата отправки", "Отправлено"},
	FieldAnswered: {"Answered", "Date of reply", "Дата ответа", "Ответ получен"},
	FieldChannel:  {"Channel", "Способ отправки"},
	FieldGuests:   {"Guests", "Number of guests", "Гости", "Гостей", "Число гостей", "Қонақтар", "Қонақ саны"},
	FieldKey:      {KeyHeader},
}

// exportedHeaders are the headers Liaison's own exports give each field,
// besides its label: a list exported in any language is read back.
var exportedHeaders = map[Field][]string{
	FieldHead:     {"Name"},
	FieldPosition: {"Rank / position", "Position"},
}

// foldedHeaderWords holds headerWords folded, with the labels and the
// exported headers in every language Liaison speaks, built once.
var foldedHeaderWords = sync.OnceValue(func() map[Field][]string {
	out := map[Field][]string{}
	for f, words := range headerWords {
		words = append(slices.Clone(words), exportedHeaders[f]...)
		if f != FieldKey {
			for _, l := range i18n.Langs {
				words = append(words, l.T(f.Label()))
				for _, h := range exportedHeaders[f] {
					words = append(words, l.T(h))
				}
			}
		}
		for _, w := range words {
			if folded := liaison.Fold(w); !slices.Contains(out[f], folded) {
				out[f] = append(out[f], folded)
			}
		}
	}
	return out
})

// fieldOf returns the field a header names and how strongly (the length of
// the word matched); "" when none.
func fieldOf(header string) (Field, int) {
	h := liaison.Fold(header)
	if h == "" {
		return "", 0
	}
	best, score := Field(""), 0
	for f, words := range foldedHeaderWords() {
		for _, w := range words {
			ok := h == w || (len(w) > 4 && strings.Contains(h, w))
			if ok && len(w) > score {
				best, score = f, len(w)
			}
		}
	}
	return best, score
}

// A Mapping says which column (0-based) holds each field; a field it does
// not name is not in the sheet.
type Mapping map[Field]int

// detectMapping maps the header cells of a row to fields; each field goes
// to the column that names it most clearly.
func detectMapping(headers []string) Mapping {
	m := Mapping{}
	scores := map[Field]int{}
	for col, h := range headers {
		f, score := fieldOf(h)
		if f != "" && score > scores[f] {
			m[f], scores[f] = col, score
		}
	}
	return m
}

// isHeader reports whether a row of headers is the header of a list: a
// column of missions or of people, and one more field; or Liaison's own
// key column. A country and an address alone are no list (a table of
// customers has them); a list of international organisations has no
// country at all. With only two fields one header must name its field
// outright: a row of data ("EMBASSY BLDG", "STATE PROGRAM") holds words
// of headers too.
func isHeader(headers []string, m Mapping) bool {
	if _, ok := m[FieldKey]; ok {
		return true
	}
	_, mi := m[FieldMission]
	_, h := m[FieldHead]
	switch {
	case !mi && !h || len(m) < 2:
		return false
	case len(m) >= 3:
		return true
	}
	for _, col := range m {
		if f, score := fieldOf(headers[col]); f != "" && score == len(liaison.Fold(headers[col])) {
			return true
		}
	}
	return false
}

// Signature identifies a header row, so that a mapping the officer
// corrected can be remembered for files with the same headers.
func Signature(headers []string) string {
	parts := make([]string, len(headers))
	for i, h := range headers {
		parts[i] = liaison.Fold(h)
	}
	return strings.TrimRight(strings.Join(parts, "|"), "|")
}
