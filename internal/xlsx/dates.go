package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"liaison/internal/liaison"
)

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
