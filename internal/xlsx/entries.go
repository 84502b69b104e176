package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// An Entry is one row of a diplomatic list: a mission with its head, as
// the list gives them. Fields the list leaves empty are zero.
type Entry struct {
	Sheet string
	Row   int // 1-based, as the spreadsheet numbers it
	Kind  liaison.MissionKind
	// Name is the mission's name as written. When the list gives none it
	// is made from the kind, the country and the city ("Embassy of
	// Germany", "Consulate of Germany in Almaty"): match such an entry by
	// kind and country, and a consulate by country and City, not by name.
	Name    string
	Country string
	// City is the city the row names (a column "City", "Город"), "" when
	// none: what tells two consulates of one country apart.
	City        string
	Phones      []string
	Email       string
	Address     string
	NationalDay liaison.MonthDay
	// OtherEmails are the addresses after the first in the email cell:
	// the mission's too ("visa.de@..."); Liaison keeps them in its notes.
	OtherEmails []string
	Head        liaison.Person // zero when vacant or not given
	Vacant      bool
	// PeopleList is set for a row of a list of people rather than of
	// missions (Liaison's own people list, with its Status column): Head
	// is then the row's person, head of the mission only when
	// Head.HeadOfMission says so, Departed and Archived as the status
	// says, with their own emails and phones (Head.Emails, Head.Phones;
	// Email, OtherEmails and Phones stay empty), Head.AltName and
	// Head.Languages; the row says nothing of the mission but its name.
	PeopleList bool
}

// A Problem is something wrong in a cell, placed so the officer can find
// it: "Посольства, row 14, column F (Дата вручения): not a date (got
// '31.02.2024')".
type Problem struct {
	Sheet  string
	Row    int
	Column i18n.Sayer // its letter and header, or the field when no column holds it; nil for none
	What   i18n.Message
}

// String places the problem in English.
func (p Problem) String() string { return p.In(i18n.En) }

// In places the problem in the language l.
func (p Problem) In(l i18n.Lang) string {
	if p.Column != nil {
		return fmt.Sprintf(l.T("%s, row %d, column %s: %s"), p.Sheet, p.Row, p.Column.In(l), p.What.In(l))
	}
	return fmt.Sprintf(l.T("%s, row %d: %s"), p.Sheet, p.Row, p.What.In(l))
}

// vacantWords say a post has no head.
var vacantWords = []string{"vacant", "вакант", "вакантно", "вакансия", "вакантна", "бос", "vacancy", "вакант."}

// Entries reads the sheet's rows below the header with the mapping given
// (the detected one, or the officer's correction) into missions and their
// heads. Blank rows and rows that fill none of the mapped fields
// (sub-headings such as "Europe") are skipped; each cell that cannot be
// read is a Problem, and its row is left out.
func (s *Sheet) Entries(m Mapping) ([]Entry, []Problem) {
	entries := make([]Entry, 0, s.filledRows()) // an Entry is large: grow it once
	var problems []Problem
	rd := rowReader{s: s, m: m, ranks: map[string]rankPosition{}, people: m.isPeopleList()}
	for r := s.HeaderRow + 1; r <= len(s.rows) && s.HeaderRow > 0; r++ {
		e, ps, ok := rd.entry(s.rows[r-1], r)
		problems = append(problems, ps...)
		if ok && len(ps) == 0 {
			entries = append(entries, e)
		}
	}
	return entries, problems
}

// filledRows counts the rows below the header that hold a cell.
func (s *Sheet) filledRows() int {
	n := 0
	for r := s.HeaderRow; r < len(s.rows) && s.HeaderRow > 0; r++ {
		if len(s.rows[r]) > 0 {
			n++
		}
	}
	return n
}

// isPeopleList reports whether a mapping is that of a list of people
// (Liaison's people export): a status, another script or languages
// beside the names, and no key of an invitation list.
func (m Mapping) isPeopleList() bool {
	if _, ok := m[FieldKey]; ok {
		return false
	}
	for _, f := range []Field{FieldStatus, FieldAltName, FieldLanguages} {
		if _, ok := m[f]; ok {
			return true
		}
	}
	return false
}

// A rowReader reads the rows of one sheet.
type rowReader struct {
	s      *Sheet
	m      Mapping
	ranks  map[string]rankPosition // a list has a few dozen titles
	people bool                    // a list of people, not of missions
}

// entry reads one row; ok is false for a row to skip silently.
func (rd *rowReader) entry(row []string, r int) (Entry, []Problem, bool) {
	s, m := rd.s, rd.m
	cell := func(f Field) string { return m.cell(row, f) }
	country, name, head := cell(FieldCountry), cell(FieldMission), cell(FieldHead)
	if country == "" && name == "" && head == "" {
		return Entry{}, nil, false
	}
	var ps []Problem
	bad := func(f Field, what i18n.Message) {
		ps = append(ps, Problem{Sheet: s.Name, Row: r, Column: s.columnName(f, m), What: what})
	}
	e := Entry{Sheet: s.Name, Row: r, Name: name, City: cell(FieldCity), Address: cell(FieldAddress), PeopleList: rd.people}
	if country != "" {
		code, err := liaison.ParseCountry(country)
		if err != nil {
			if guess, ok := liaison.GuessCountry(country); ok {
				code, err = guess, nil
			}
		}
		if err != nil {
			bad(FieldCountry, i18n.M("%q is not a country Liaison knows", country))
		}
		e.Country = code
	}
	title := cell(FieldPosition)
	rank, position := rd.rankOf(title, cell(FieldRank))
	kindCell := cell(FieldKind)
	kind, kindGiven := kindOf(kindCell)
	switch {
	case name != "":
		e.Kind = liaison.GuessMissionKind(name)
		if kindGiven {
			e.Kind = kind
		}
		if e.Country == "" && e.Kind.HasCountry() {
			e.Country, _ = liaison.GuessCountry(name)
		}
	case e.Country != "":
		// A list by country: "Germany", "Франция"; a consulate when the
		// row says so.
		e.Kind = liaison.Embassy
		if kindGiven {
			e.Kind = kind
		} else if consular(title, rank, e.City, s.headHeader(m)) {
			e.Kind = liaison.Consulate
		}
		e.Name = madeName(e.Kind, e.Country, e.City, kindCell+" "+title+" "+s.headHeader(m))
	case country == "":
		bad(FieldMission, i18n.M("no mission and no country"))
	}
	if e.Kind.HasCountry() && e.Country == "" {
		e.Kind = liaison.OtherMission // the officer can set the country later
	}
	phones := splitPhones(cell(FieldPhone))
	emails := splitList(cell(FieldEmail))
	if !rd.people {
		e.Phones = phones
		if len(emails) > 0 {
			e.Email, e.OtherEmails = emails[0], emails[1:]
		}
	}
	if v := cell(FieldNationalDay); v != "" {
		md, err := parseMonthDay(v, s.date1904)
		if err != nil {
			bad(FieldNationalDay, i18n.M("not a day of the year (got %q)", v))
		}
		e.NationalDay = md
	}
	if isVacant(head) {
		e.Vacant = true
	} else if head != "" {
		e.Head = headOf(head, s.own)
		e.Head.Rank, e.Head.Position = rank, position
		if v := cell(FieldCredentials); v != "" {
			d, err := parseDate(v, s.date1904)
			if err != nil {
				bad(FieldCredentials, i18n.M("not a date (got %q)", v))
			}
			e.Head.Credentials = d
		}
		if rd.people {
			rd.person(&e.Head, row, phones, emails)
		}
	}
	return e, ps, true
}

// person reads what a row of a people list says of its person.
func (rd *rowReader) person(p *liaison.Person, row []string, phones, emails []string) {
	p.Phones, p.Emails = phones, emails
	p.AltName = rd.m.cell(row, FieldAltName)
	for _, lang := range strings.Split(rd.m.cell(row, FieldLanguages), ",") {
		if lang = strings.TrimSpace(lang); lang != "" {
			p.Languages = append(p.Languages, lang)
		}
	}
	p.HeadOfMission = false
	switch personStatus(rd.m.cell(row, FieldStatus)) {
	case "head of mission":
		p.HeadOfMission = true
	case "departed":
		p.Departed = true
	case "archived":
		p.Archived = true
	}
}

// rankOf reads a row's rank and position: from the rank column when the
// list has one (Liaison's exports write the rank and the position apart),
// else both from the position column.
func (rd *rowReader) rankOf(title, rankCell string) (liaison.Rank, string) {
	if rankCell != "" {
		r, p := rankAndPositionOf(rankCell)
		if title != "" {
			p = title
		}
		return r, p
	}
	rp, ok := rd.ranks[title]
	if !ok {
		rp.rank, rp.position = rankAndPositionOf(title)
		rd.ranks[title] = rp
	}
	return rp.rank, rp.position
}

// kindOf reads a kind column: a kind as Liaison labels it in any
// language, or as a list words it ("Consulate General", "Почётное
// консульство").
func kindOf(cell string) (liaison.MissionKind, bool) {
	if k, ok := kindLabelled(cell); ok || cell == "" {
		return k, ok
	}
	if k := liaison.GuessMissionKind(cell); k != liaison.OtherMission {
		return k, true
	}
	return "", false
}

// headHeader is the header of the head column, which may say what the
// heads are ("Honorary consul").
func (s *Sheet) headHeader(m Mapping) string {
	if col, ok := m[FieldHead]; ok && col < len(s.Headers) {
		return s.Headers[col]
	}
	return ""
}

// consular reports whether a row without a mission's name is a consulate:
// its head is a consul (by rank, by the position "Honorary Consul", by the
// header of the head column), or it names a city and its head is no
// ambassador or chargé d'affaires, who head embassies.
func consular(title string, rank liaison.Rank, city, headHeader string) bool {
	switch {
	case rank == liaison.ConsulGeneral || rank == liaison.Consul:
		return true
	case liaison.GuessMissionKind(title) == liaison.Consulate, liaison.GuessMissionKind(headHeader) == liaison.Consulate:
		return true
	case saysAny(headHeader, consulWords):
		return true
	}
	headsEmbassy := rank == liaison.Ambassador || rank == liaison.ChargeAI || rank == liaison.ChargeEnPied
	return city != "" && !headsEmbassy
}

// madeName names a mission the list names only by its country.
func madeName(kind liaison.MissionKind, country, city, says string) string {
	c := liaison.CountryName(country)
	switch {
	case kind != liaison.Consulate:
		return "Embassy of " + c
	case city == "":
		return "Consulate of " + c
	}
	switch {
	case saysAny(says, honoraryWords):
		return "Honorary Consulate of " + c + " in " + city
	case saysAny(says, generalWords):
		return "Consulate General of " + c + " in " + city
	}
	return "Consulate of " + c + " in " + city
}

// Stems that say a head is a consul, an honorary one, a general one.
var (
	consulWords   = foldAll("consul", "консул", "konsul")
	honoraryWords = foldAll("honorar", "почетн", "почётн", "құрметті", "honorair", "honorarkonsul")
	generalWords  = foldAll("general", "генерал", "бас консул")
)

func foldAll(words ...string) []string {
	for i, w := range words {
		words[i] = liaison.Fold(w)
	}
	return words
}

// saysAny reports whether text holds any of the folded stems.
func saysAny(text string, stems []string) bool {
	f := liaison.Fold(text)
	for _, s := range stems {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// rankPosition is what a position cell says.
type rankPosition struct {
	rank     liaison.Rank
	position string
}

// rankAndPositionOf reads a list's "Position" cell: a rank's own name
// ("Чрезвычайный и Полномочный Посол", "Counsellor", a rank as Liaison
// labels it) gives the rank and no position; anything longer
// ("Counsellor, Head of Political Section") the rank it names and the
// text as the position.
func rankAndPositionOf(cell string) (liaison.Rank, string) {
	if cell == "" {
		return "", ""
	}
	if r, ok := rankLabelled(cell); ok {
		return r, ""
	}
	if r, err := liaison.ParseRank(cell); err == nil {
		return r, ""
	}
	r, ok := liaison.RankFromTitle(cell)
	if ok && !strings.ContainsAny(cell, ",;()–—") && !strings.Contains(cell, " - ") {
		return r, ""
	}
	return r, cell
}

// isVacant reports whether a head cell says the post is vacant.
func isVacant(s string) bool {
	f := strings.ToLower(strings.Trim(strings.TrimSpace(s), ".()"))
	for _, w := range vacantWords {
		if f == w || strings.HasPrefix(f, w+" ") {
			return true
		}
	}
	return false
}

// splitList splits a cell holding several values.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' || r == ' ' }) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// splitPhones splits a cell of phones; a number stored as a number
// (77172123456, or 7.7172123456E10) is written with its plus.
func splitPhones(s string) []string {
	var out []string
	for _, v := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' }) {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil && strings.ContainsAny(v, "eE.") && f > 1e6 {
			v = strconv.FormatFloat(f, 'f', 0, 64)
		}
		if digitsOnly(v) && len(v) == 11 && (v[0] == '7' || v[0] == '8') {
			v = "+7 " + v[1:]
		}
		out = append(out, v)
	}
	return out
}

func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
