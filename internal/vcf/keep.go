package vcf

import (
	"errors"
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A card from another program may hold a value Liaison's checks refuse:
// a pager's address in a phone field, "ask Jenny for the number", a test
// address like contact1@invalid. Such a value is not worth the card: it
// moves to the person's notes as typed, and the report says so.

// keepInvalid moves the phones and emails that liaison.Person.Validate
// refuses into the person's notes, each with a note in the report, and
// leaves out what else the checks refuse (dates in the wrong order from
// Liaison's own fields), so that a card with a name always imports.
func keepInvalid(c *Contact, l i18n.Lang) {
	p := &c.Person
	var kept []string
	keep := func(field, value string) {
		kept = append(kept, l.T(field)+": "+value)
	}
	phones := p.Phones[:0]
	for _, ph := range p.Phones {
		if liaison.ValidPhone(ph) {
			phones = append(phones, ph)
			continue
		}
		keep("Phone", ph)
		c.Notes = append(c.Notes, i18n.M("phone %q is not a number Liaison can dial; kept in the notes", ph))
	}
	p.Phones = phones
	emails := p.Emails[:0]
	for _, e := range p.Emails {
		if liaison.ValidEmail(e) {
			emails = append(emails, e)
			continue
		}
		keep("Email", e)
		c.Notes = append(c.Notes, i18n.M("email %q is not an address Liaison can write to; kept in the notes", e))
	}
	p.Emails = emails
	if len(kept) > 0 {
		p.Notes = strings.TrimSpace(p.Notes + "\n" + strings.Join(kept, "\n"))
	}
	check := *p
	if c.Org != "" {
		check.MissionID = 1 // the importer finds or makes the mission
	}
	if err := check.Validate(); err != nil {
		leaveOut(c, err)
	}
}

// leaveOut clears the fields the checks still refuse, each with a note.
// A card without a name is skipped.
func leaveOut(c *Contact, err error) {
	p := &c.Person
	fields := map[string]func(){
		"Posting end":     func() { p.PostingEnd = liaison.Date{} },
		"Credentials":     func() { p.Credentials = liaison.Date{} },
		"Rank":            func() { p.Rank = "" },
		"Head of mission": func() { p.HeadOfMission = false },
	}
	var ps liaison.Problems
	errors.As(err, &ps)
	for _, problem := range ps {
		clear, ok := fields[problem.Field]
		if !ok {
			c.Skip = i18n.M("unreadable: %s", i18n.ProblemsOf(err))
			return
		}
		clear()
		c.Notes = append(c.Notes, i18n.M("%s: %s; left out", i18n.M(problem.Field), i18n.Problem(problem)))
	}
	if len(ps) == 0 {
		c.Skip = i18n.M("unreadable: %s", i18n.ProblemsOf(err))
	}
}

// emailAddress reads an email value: "mailto:" dropped, and the address
// alone of a value written as a mail header ("Omega" <omega@example.com>).
func emailAddress(v string) string {
	v = strings.TrimSpace(v)
	if len(v) > 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	if open, end := strings.LastIndexByte(v, '<'), strings.LastIndexByte(v, '>'); open >= 0 && end == len(v)-1 && open < end {
		if inner := strings.TrimSpace(v[open+1 : end]); liaison.ValidEmail(inner) {
			return inner
		}
	}
	return v
}
