package i18n

import (
	"errors"
	"fmt"
	"strings"

	"liaison/internal/liaison"
)

// A Message is a sentence that can be said in any language: an English
// text, which is the key of the translation files and a format for Args,
// and the values that fill it. The packages that read files and plan
// imports return Messages; the window and the command line say them in
// their language, and tests compare them as values.
type Message struct {
	Text string
	Args []any
}

// M makes a Message. The text must be a constant: the translation test
// finds the keys the code uses by the calls of M.
func M(text string, args ...any) Message { return Message{Text: text, Args: args} }

// IsZero reports whether the message says nothing.
func (m Message) IsZero() bool { return m.Text == "" }

// In says the message in the language l. An argument that is a Sayer
// (another Message, a Country, a Field) is said in l too, a label (a
// rank, a kind, a status) is translated; other values are written as
// they are.
func (m Message) In(l Lang) string {
	if m.Text == "" {
		return ""
	}
	if len(m.Args) == 0 {
		return l.T(m.Text)
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = sayArg(l, a)
	}
	return fmt.Sprintf(l.T(m.Text), args...)
}

// String says the message in English.
func (m Message) String() string { return m.In(En) }

func sayArg(l Lang, a any) any {
	switch x := a.(type) {
	case Sayer:
		return x.In(l)
	case interface{ Label() string }:
		return l.Label(x)
	case []Message:
		return Join(l, x, "; ")
	}
	return a
}

// A Sayer is a value said differently in each language.
type Sayer interface {
	In(l Lang) string
}

// Join says each message in l and joins them with sep.
func Join(l Lang, ms []Message, sep string) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.In(l)
	}
	return strings.Join(parts, sep)
}

// Country is a country's code said as its name in the language.
type Country string

// In names the country in l.
func (c Country) In(l Lang) string { return l.Country(string(c)) }

// ReportDate is a date as reports write it: 2026-11-24 in English, as the
// command line has always written it; 24.11.2026 in Russian and Kazakh.
type ReportDate liaison.Date

// In writes the date for l; "none" for no date.
func (d ReportDate) In(l Lang) string {
	switch {
	case liaison.Date(d).IsZero():
		return l.T("none")
	case l == En || l == "":
		return liaison.Date(d).String()
	}
	return l.Date(liaison.Date(d))
}

// ReportMonthDay is a national day as reports write it: 10-03 in English,
// 03.10 in Russian and Kazakh.
type ReportMonthDay liaison.MonthDay

// In writes the day for l.
func (md ReportMonthDay) In(l Lang) string {
	if l == En || l == "" {
		return liaison.MonthDay(md).String()
	}
	return liaison.MonthDay(md).DM()
}

// Problems is what a record's checks found, said field by field.
type Problems liaison.Problems

// In says the problems in l.
func (ps Problems) In(l Lang) string { return l.Problems(liaison.Problems(ps)) }

// ProblemsOf is what a record's checks found (a liaison.Problems in err's
// chain), to be said field by field; any other error as its text.
func ProblemsOf(err error) Sayer {
	var ps liaison.Problems
	if errors.As(err, &ps) {
		return Problems(ps)
	}
	return Text(err.Error())
}

// Problem is one thing a check found, said without its field.
type Problem liaison.Problem

// In says the problem in l.
func (p Problem) In(l Lang) string { return l.Problem(liaison.Problem(p)) }

// Text is a text said the same in every language: a value, a system's
// message.
type Text string

// In returns the text.
func (t Text) In(Lang) string { return string(t) }

// Field is the label of a field of a form, as a sentence of a report has
// it: lower-case in English ("fills family name"), as the form writes it
// in Russian and Kazakh, where it stands in quotes or first.
type Field string

// In says the field in l.
func (f Field) In(l Lang) string {
	if l == En || l == "" {
		return strings.ToLower(string(f))
	}
	return l.T(string(f))
}
