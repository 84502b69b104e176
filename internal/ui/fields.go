package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"

	"liaison/internal/liaison"
)

// The small field types the forms share.

// newDateEntry returns an entry for a date, checked as the officer types.
// withTime also accepts a time of day after the date.
func newDateEntry(withTime bool) *widget.Entry {
	e := widget.NewEntry()
	makeDateEntry(e, withTime)
	return e
}

// newDateKeyEntry is newDateEntry for a dialog, where Escape closes it.
func newDateKeyEntry(withTime bool) *keyEntry {
	e := newKeyEntry()
	makeDateEntry(&e.Entry, withTime)
	return e
}

// makeDateEntry gives e the placeholder and check of a date.
func makeDateEntry(e *widget.Entry, withTime bool) {
	if withTime {
		e.SetPlaceHolder(lang.L("DD.MM.YYYY HH:MM"))
	} else {
		e.SetPlaceHolder(lang.L("DD.MM.YYYY"))
	}
	e.Validator = func(s string) error {
		d, err := liaison.ParseDate(s)
		switch {
		case err != nil && withTime:
			return errors.New(lang.L("Write the date as DD.MM.YYYY, with the time if known: DD.MM.YYYY HH:MM"))
		case err != nil:
			return errors.New(lang.L("Write the date as DD.MM.YYYY"))
		case d.HasClock() && !withTime:
			return errors.New(lang.L("no time of day here"))
		}
		return nil
	}
}

// formatDate shows a date as officers write it: 02.01.2006 (15:04).
func formatDate(d liaison.Date) string { return uiLang.Date(d) }

// entryDate writes a date into a form field, as the field reads it back:
// 24.11.2026 in every language.
func entryDate(d liaison.Date) string { return d.DMY() }

// newMultiEntry returns an entry for a list, one item per line.
func newMultiEntry(placeholder string) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.SetMinRowsVisible(2)
	e.SetPlaceHolder(placeholder)
	return e
}

// splitList reads a list typed one per line, or separated by ; or ,.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ';' || r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// joinList shows a list one per line.
func joinList(xs []string) string { return strings.Join(xs, "\n") }

// countryChoice is how a country shows in the country field: "Germany (DE)".
func countryChoice(code string) string {
	if code == "" {
		return ""
	}
	return uiLang.Country(code) + " (" + code + ")"
}

// countryOptions lists every country for the country field, by name.
func countryOptions() []string {
	var opts []string
	for _, code := range liaison.CountryCodes() {
		opts = append(opts, countryChoice(code))
	}
	collate.New(uiLang.Tag()).SortStrings(opts)
	return opts
}

// parseCountry reads the country field: a choice ("Germany (DE)"), a code
// or a name in English, Russian or Kazakh.
func parseCountry(s string) (string, error) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "("); i >= 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[i+1 : len(s)-1])
	}
	return liaison.ParseCountry(s)
}

// labels returns the labels of enum values, for a Select.
func labels[E interface{ Label() string }](all []E) []string {
	out := make([]string, len(all))
	for i, e := range all {
		out[i] = tr(e)
	}
	return out
}

// byLabel finds the value whose label is l.
func byLabel[E interface{ Label() string }](all []E, l string) (E, bool) {
	for _, e := range all {
		if tr(e) == l {
			return e, true
		}
	}
	var zero E
	return zero, false
}

// required marks a form label as required.
func required(label string) string { return label + " *" }
