package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

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
	Column string
	What   string
}

// String places the problem in English.
func (p Problem) String() string { return p.In(i18n.En) }

// In places the problem in the language l; What is in the language the
// sheet was read in.
func (p Problem) In(l i18n.Lang) string {
	if p.Column != "" {
		return fmt.Sprintf(l.T("%s, row %d, column %s: %s"), p.Sheet, p.Row, p.Column, p.What)
	}
	return fmt.Sprintf(l.T("%s, row %d: %s"), p.Sheet, p.Row, p.What)
}

// vacantWords say a post has no head.
var vacantWords = []string{"vacant", "вакант", "вакантно", "вакансия", "вакантна", "бос", "vacancy", "вакант."}

// Entries reads the sheet's rows below the header with the mapping given
// (the detected one, or the officer's correction) into missions and their
// heads. Blank rows and rows that fill none of the mapped fields
// (sub-headings such as "Europe") are skipped; each cell that cannot be
// read is a Problem, said in the language l, and its row is left out.
func (s *Sheet) Entries(m Mapping, l i18n.Lang) ([]Entry, []Problem) {
	entries := make([]Entry, 0, s.filledRows()) // an Entry is large: grow it once
	var problems []Problem
	rd := rowReader{s: s, m: m, l: l, ranks: map[string]rankPosition{}, people: m.isPeopleList()}
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
	l      i18n.Lang
	ranks  map[string]rankPosition // a list has a few dozen titles
	people bool                    // a list of people, not of missions
}

// entry reads one row; ok is false for a row to skip silently.
func (rd *rowReader) entry(row []string, r int) (Entry, []Problem, bool) {
	s, m, l := rd.s, rd.m, rd.l
	cell := func(f Field) string { return m.cell(row, f) }
	country, name, head := cell(FieldCountry), cell(FieldMission), cell(FieldHead)
	if country == "" && name == "" && head == "" {
		return Entry{}, nil, false
	}
	var ps []Problem
	bad := func(f Field, what string) {
		ps = append(ps, Problem{Sheet: s.Name, Row: r, Column: s.columnName(f, m, l), What: what})
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
			bad(FieldCountry, fmt.Sprintf(l.T("%q is not a country Liaison knows"), country))
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
		bad(FieldMission, l.T("no mission and no country"))
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
			bad(FieldNationalDay, fmt.Sprintf(l.T("not a day of the year (got %q)"), v))
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
				bad(FieldCredentials, fmt.Sprintf(l.T("not a date (got %q)"), v))
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

// salutations are the forms of address lists put before names, and the
// salutation Liaison keeps for each ("" for an Excellency, which follows
// from the rank); the window says them in the officer's language.
var salutations = map[string]string{
	"h.e.": "", "his excellency": "", "her excellency": "", "mr.": "Mr.", "mr": "Mr.", "ms.": "Ms.",
	"ms": "Ms.", "mrs.": "Mrs.", "mrs": "Mrs.", "dr.": "Dr.", "dr": "Dr.", "prof.": "Prof.",
	"г-н": "Mr.", "г-жа": "Ms.", "господин": "Mr.", "госпожа": "Ms.", "доктор": "Dr.", "профессор": "Prof.",
	"его превосходительство": "", "ее превосходительство": "", "её превосходительство": "",
	"мырза": "Mr.", "ханым": "Ms.", "ұлы мәртебелі": "",
}

// titles are forms of address kept as typed: Liaison's own exports write
// them so too.
var titles = map[string]bool{
	"archbishop": true, "bishop": true, "cardinal": true, "monsignor": true, "msgr.": true, "mgr.": true, "father": true,
	"rev.": true, "sheikh": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof": true,
	"архиепископ": true, "епископ": true, "кардинал": true, "монсеньор": true, "шейх": true,
	// Defence attachés' ranks.
	"col.": true, "lt. col.": true, "sr. col.": true, "gen.": true, "maj.": true, "capt.": true, "cdr.": true,
	"brig. gen.": true, "maj. gen.": true, "lt. gen.": true, "adm.": true, "rear adm.": true, "cpt.": true,
	"полковник": true, "подполковник": true, "генерал": true, "майор": true, "капитан": true,
}

// particles begin family names of more than one word ("de Vries", "van
// Dijk", "al-Thani" is one word already).
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "te": true, "la": true, "le": true, "al": true,
	"el": true, "bin": true, "ben": true, "ibn": true, "zu": true, "af": true, "mac": true, "st.": true,
}

// headOf reads a head's name as lists write it: forms of address first
// ("H.E. Mr."), the family name often in capitals ("Pierre DUBOIS",
// "ИВАНОВ Сергей Петрович"). In a list Liaison wrote (own), the family
// name comes first, then the given and middle names.
func headOf(s string, own bool) liaison.Person {
	p := liaison.Person{HeadOfMission: true}
	words := strings.Fields(s)
	for len(words) > 0 {
		found := false
		for n := min(2, len(words)); n >= 1; n-- {
			said := strings.ToLower(strings.Join(words[:n], " "))
			if sal, ok := salutations[said]; ok {
				if sal != "" {
					p.Salutation = sal
				}
				words, found = words[n:], true
				break
			}
			if titles[said] && len(words) > n {
				p.Salutation, words, found = strings.Join(words[:n], " "), words[n:], true
				break
			}
		}
		if !found {
			break
		}
	}
	if len(words) == 0 { // a form of address and no name: "H.E."
		return p
	}
	if own {
		// Liaison writes the family name first: a word before it ending
		// in a full stop is a title it does not know ("Mgr.", "Amb.").
		for len(words) > 1 && strings.HasSuffix(words[0], ".") {
			p.Salutation = strings.TrimSpace(p.Salutation + " " + words[0])
			words = words[1:]
		}
		n := 1
		for n < len(words)-1 && particles[words[n-1]] {
			n++
		}
		p.FamilyName = strings.Join(words[:n], " ")
		if len(words) > n {
			p.GivenName, p.MiddleName = words[n], strings.Join(words[n+1:], " ")
		}
		return p
	}
	caps := -1
	for i, w := range words {
		if isCapitals(w) {
			if caps >= 0 {
				caps = -2 // more than one: no clue
				break
			}
			caps = i
		}
	}
	for i, w := range words {
		if isCapitals(w) {
			words[i] = titleCase(w)
		}
	}
	if caps >= 0 {
		p.FamilyName = words[caps]
		rest := append(append([]string{}, words[:caps]...), words[caps+1:]...)
		if len(rest) > 0 {
			p.GivenName = rest[0]
			p.MiddleName = strings.Join(rest[1:], " ")
		}
		return p
	}
	p.FamilyName, p.GivenName, p.MiddleName = liaison.SplitFullName(strings.Join(words, " "))
	return p
}

// isCapitals reports whether a word of two letters or more is all capitals.
func isCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	for i, r := range rs {
		if i == 0 || rs[i-1] == '-' || rs[i-1] == '\'' {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
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

// parseDate reads a date as lists hold it: an Excel date (a serial number
// in the raw cell, counted from 1904 in old Mac workbooks), or text
// written 02.01.2006, 2006-01-02, 2.1.2006, or with the month in words in
// any language Liaison reads ("11 Mar 2025", as Liaison's English exports
// write it, "11 марта 2025 г.", "March 11, 2025").
func parseDate(v string, date1904 bool) (liaison.Date, error) {
	if serial, err := strconv.ParseFloat(v, 64); err == nil {
		if serial < 1 || serial > 2958465 {
			return liaison.Date{}, fmt.Errorf("%v is not a date", v)
		}
		t, err := excelize.ExcelDateToTime(serial, date1904)
		if err != nil {
			return liaison.Date{}, err
		}
		return liaison.DateOf(t), nil
	}
	v = strings.TrimSpace(v)
	if hasLetter(v) && !strings.Contains(v, "T") {
		return wordDate(v) // failing layouts cost an error each: skip them
	}
	if d, err := liaison.ParseDate(v); err == nil {
		return d, nil
	}
	for _, layout := range []string{"2.1.2006", time.RFC3339, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, v); err == nil {
			return liaison.DateOf(t), nil
		}
	}
	return wordDate(v)
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// wordDate reads a date with the month in words: a day, a month and a
// year in any order, and nothing else but the Russian "г." or the Kazakh
// "ж." after the year.
func wordDate(v string) (liaison.Date, error) {
	var day, year int
	var month time.Month
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '-' || r == '/' }) {
		m, isMonth := monthNames[w]
		n, err := 0, strconv.ErrSyntax
		if !isMonth && digitsOnly(w) {
			n, err = strconv.Atoi(w)
		}
		switch {
		case err == nil && len(w) == 4 && year == 0:
			year = n
		case err == nil && n >= 1 && n <= 31 && day == 0:
			day = n
		case isMonth && month == 0:
			month = m
		case w == "г" || w == "ж" || w == "года" || w == "жылы":
		default:
			return liaison.Date{}, fmt.Errorf("%q is not a date", v)
		}
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if year == 0 || month == 0 || day == 0 || t.Day() != day {
		return liaison.Date{}, fmt.Errorf("%q is not a date", v)
	}
	return liaison.DateOf(t), nil
}

// monthNames read the month of national days written in words.
var monthNames = map[string]time.Month{}

func init() {
	for m, names := range [][]string{
		{"january", "jan", "января", "январь", "қаңтар", "janvier"}, {"february", "feb", "февраля", "февраль", "ақпан", "février"},
		{"march", "mar", "марта", "март", "наурыз", "mars"}, {"april", "apr", "апреля", "апрель", "сәуір", "avril"},
		{"may", "мая", "май", "мамыр", "mai"}, {"june", "jun", "июня", "июнь", "маусым", "juin"},
		{"july", "jul", "июля", "июль", "шілде", "juillet"}, {"august", "aug", "августа", "август", "тамыз", "août"},
		{"september", "sep", "sept", "сентября", "сентябрь", "қыркүйек", "septembre"},
		{"october", "oct", "октября", "октябрь", "қазан", "octobre"},
		{"november", "nov", "ноября", "ноябрь", "қараша", "novembre"},
		{"december", "dec", "декабря", "декабрь", "желтоқсан", "décembre"},
	} {
		for _, n := range names {
			monthNames[n] = time.Month(m + 1)
		}
	}
}

// parseMonthDay reads a national day: "3 октября", "14 July", "July 4",
// "03.10", "03.10.1990" or an Excel date.
func parseMonthDay(v string, date1904 bool) (liaison.MonthDay, error) {
	if !hasLetter(v) {
		if md, err := liaison.ParseMonthDay(v); err == nil {
			return md, nil
		}
		if d, err := parseDate(v, date1904); err == nil {
			return liaison.MonthDay{Month: d.Month(), Day: d.DayOfMonth()}, nil
		}
	}
	var day int
	var month time.Month
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if m, ok := monthNames[w]; ok {
			month = m
		} else if !digitsOnly(w) {
			continue
		} else if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 && day == 0 {
			day = n
		}
	}
	md := liaison.MonthDay{Month: month, Day: day}
	if !md.Valid() {
		return liaison.MonthDay{}, fmt.Errorf("%q is not a day of the year", v)
	}
	return md, nil
}
