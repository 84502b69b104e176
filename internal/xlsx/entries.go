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

// An Entry is one mission of a diplomatic list with its head, as the list
// gives them. Fields the list leaves empty are zero.
type Entry struct {
	Sheet       string
	Row         int // 1-based, as the spreadsheet numbers it
	Kind        liaison.MissionKind
	Name        string // the mission's name as written; made from the country when the list has none
	Country     string
	Phones      []string
	Email       string
	Address     string
	NationalDay liaison.MonthDay
	// OtherEmails are the addresses after the first in the email cell:
	// the mission's too ("visa.de@..."); Liaison keeps them in its notes.
	OtherEmails []string
	Head        liaison.Person // zero when vacant or not given
	Vacant      bool
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
	var entries []Entry
	var problems []Problem
	ranks := map[string]rankPosition{} // a list has a few dozen titles
	for r := s.HeaderRow + 1; r <= len(s.rows) && s.HeaderRow > 0; r++ {
		row := s.rows[r-1]
		e, ps, ok := s.entry(row, r, m, l, ranks)
		problems = append(problems, ps...)
		if ok && len(ps) == 0 {
			entries = append(entries, e)
		}
	}
	return entries, problems
}

// entry reads one row; ok is false for a row to skip silently.
func (s *Sheet) entry(row []string, r int, m Mapping, l i18n.Lang, ranks map[string]rankPosition) (Entry, []Problem, bool) {
	cell := func(f Field) string { return m.cell(row, f) }
	country, name, head := cell(FieldCountry), cell(FieldMission), cell(FieldHead)
	if country == "" && name == "" && head == "" {
		return Entry{}, nil, false
	}
	var ps []Problem
	bad := func(f Field, what string) {
		ps = append(ps, Problem{Sheet: s.Name, Row: r, Column: s.columnName(f, m, l), What: what})
	}
	e := Entry{Sheet: s.Name, Row: r, Name: name, Address: cell(FieldAddress)}
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
	switch {
	case name != "":
		e.Kind = liaison.GuessMissionKind(name)
		if e.Country == "" && e.Kind.HasCountry() {
			e.Country, _ = liaison.GuessCountry(name)
		}
	case e.Country != "":
		// A list of embassies by country: "Germany", "Франция".
		e.Kind, e.Name = liaison.Embassy, "Embassy of "+liaison.CountryName(e.Country)
	case country == "":
		bad(FieldMission, l.T("no mission and no country"))
	}
	if e.Kind.HasCountry() && e.Country == "" {
		e.Kind = liaison.OtherMission // the officer can set the country later
	}
	e.Phones = splitPhones(cell(FieldPhone))
	if emails := splitList(cell(FieldEmail)); len(emails) > 0 {
		e.Email, e.OtherEmails = emails[0], emails[1:]
	}
	if v := cell(FieldNationalDay); v != "" {
		md, err := parseMonthDay(v)
		if err != nil {
			bad(FieldNationalDay, fmt.Sprintf(l.T("not a day of the year (got %q)"), v))
		}
		e.NationalDay = md
	}
	if isVacant(head) {
		e.Vacant = true
	} else if head != "" {
		e.Head = headOf(head)
		title := cell(FieldPosition)
		rp, ok := ranks[title]
		if !ok {
			rp.rank, rp.position = rankAndPositionOf(title)
			ranks[title] = rp
		}
		e.Head.Rank, e.Head.Position = rp.rank, rp.position
		if v := cell(FieldCredentials); v != "" {
			d, err := parseDate(v)
			if err != nil {
				bad(FieldCredentials, fmt.Sprintf(l.T("not a date (got %q)"), v))
			}
			e.Head.Credentials = d
		}
	}
	return e, ps, true
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

// salutations are the forms of address lists put before names.
var salutations = map[string]string{
	"h.e.": "", "his excellency": "", "her excellency": "", "mr.": "Mr.", "mr": "Mr.", "ms.": "Ms.",
	"ms": "Ms.", "mrs.": "Mrs.", "mrs": "Mrs.", "dr.": "Dr.", "dr": "Dr.", "prof.": "Prof.",
	"г-н": "господин", "г-жа": "госпожа", "господин": "господин", "госпожа": "госпожа",
	"его превосходительство": "", "ее превосходительство": "", "её превосходительство": "",
	"мырза": "мырза", "ханым": "ханым",
}

// headOf reads a head's name as lists write it: forms of address first
// ("H.E. Mr."), the family name often in capitals ("Pierre DUBOIS",
// "ИВАНОВ Сергей Петрович").
func headOf(s string) liaison.Person {
	p := liaison.Person{HeadOfMission: true}
	words := strings.Fields(s)
	for len(words) > 0 {
		found := false
		for n := min(2, len(words)); n >= 1; n-- {
			if sal, ok := salutations[strings.ToLower(strings.Join(words[:n], " "))]; ok {
				if sal != "" {
					p.Salutation = sal
				}
				words, found = words[n:], true
				break
			}
		}
		if !found {
			break
		}
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
// in the raw cell), or text written 02.01.2006, 2006-01-02 or 2.1.2006.
func parseDate(v string) (liaison.Date, error) {
	if serial, err := strconv.ParseFloat(v, 64); err == nil {
		if serial < 1 || serial > 2958465 {
			return liaison.Date{}, fmt.Errorf("%v is not a date", v)
		}
		t, err := excelize.ExcelDateToTime(serial, false)
		if err != nil {
			return liaison.Date{}, err
		}
		return liaison.DateOf(t), nil
	}
	if d, err := liaison.ParseDate(v); err == nil {
		return d, nil
	}
	t, err := time.Parse("2.1.2006", strings.TrimSpace(v))
	if err != nil {
		return liaison.Date{}, err
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
func parseMonthDay(v string) (liaison.MonthDay, error) {
	if md, err := liaison.ParseMonthDay(v); err == nil {
		return md, nil
	}
	if d, err := parseDate(v); err == nil {
		return liaison.MonthDay{Month: d.Month(), Day: d.DayOfMonth()}, nil
	}
	var day int
	var month time.Month
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 && day == 0 {
			day = n
		} else if m, ok := monthNames[w]; ok {
			month = m
		}
	}
	md := liaison.MonthDay{Month: month, Day: day}
	if !md.Valid() {
		return liaison.MonthDay{}, fmt.Errorf("%q is not a day of the year", v)
	}
	return md, nil
}
