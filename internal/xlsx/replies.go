package xlsx

import (
	"strings"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A Reply is one row of a Liaison invitation list that came back, filled
// in by a colleague: the invitation it is (from the hidden key) and what
// the row now says.
type Reply struct {
	Sheet    string
	Row      int
	EventID  int64
	PersonID int64
	Name     string         // as the row shows it, for reports
	Status   liaison.Status // "" when the cell is empty
	Deputy   string         // the name in "Represented by", "" for none
	Note     string
	// Sent, Answered and Channel are what the row says of when the
	// invitation went out, how, and when the answer came; zero or ""
	// when the cell is empty or the list has no such column (lists
	// written before Liaison wrote them).
	Sent, Answered liaison.Date
	Channel        liaison.Channel
	// Guests is 2 for an invitation for two, 1 for one, 0 when the cell
	// is empty or the list has no such column.
	Guests int
}

// ReadReplies reads the rows of an invitation list. A row whose key is
// missing or damaged, whose status or channel is not one of the list's,
// or whose sent or answered date is no date, is a Problem and is left
// out.
func (s *Sheet) ReadReplies(m Mapping) ([]Reply, []Problem) {
	var replies []Reply
	var problems []Problem
	for r := s.HeaderRow + 1; r <= len(s.rows) && s.HeaderRow > 0; r++ {
		row := s.rows[r-1]
		key := m.cell(row, FieldKey)
		if key == "" && m.cell(row, FieldStatus) == "" {
			continue // a blank row
		}
		bad := func(f Field, what i18n.Message) {
			problems = append(problems, Problem{Sheet: s.Name, Row: r, Column: s.columnName(f, m), What: what})
		}
		eventID, personID, ok := parseKey(key)
		if !ok {
			bad(FieldKey, i18n.M("the hidden key of the row is missing or changed (got %q); the row is left out", key))
			continue
		}
		rep := Reply{Sheet: s.Name, Row: r, EventID: eventID, PersonID: personID, Name: m.cell(row, FieldHead),
			Deputy: m.cell(row, FieldDeputy), Note: m.cell(row, FieldNote)}
		if v := m.cell(row, FieldStatus); v != "" {
			st, ok := i18n.ParseStatus(v)
			if !ok {
				bad(FieldStatus, i18n.M("%q is not a status of the list", v))
				continue
			}
			rep.Status = st
		}
		if v := m.cell(row, FieldChannel); v != "" {
			c, ok := i18n.ParseChannel(v)
			if !ok {
				bad(FieldChannel, i18n.M("%q is not a channel of the list", v))
				continue
			}
			rep.Channel = c
		}
		if v := m.cell(row, FieldGuests); v != "" {
			switch strings.TrimSuffix(strings.TrimSpace(v), ".0") {
			case "1":
				rep.Guests = 1
			case "2":
				rep.Guests = 2
			default:
				bad(FieldGuests, i18n.M("%q is not a number of guests: 1, or 2 for the guest with a companion", v))
				continue
			}
		}
		dated := true
		for _, c := range []struct {
			f Field
			d *liaison.Date
		}{{FieldSent, &rep.Sent}, {FieldAnswered, &rep.Answered}} {
			f, d := c.f, c.d
			v := m.cell(row, f)
			if v == "" {
				continue
			}
			var err error
			if *d, err = parseDate(v, s.date1904); err != nil {
				bad(f, i18n.M("not a date (got %q)", v))
				dated = false
			}
		}
		if !dated {
			continue
		}
		replies = append(replies, rep)
	}
	return replies, problems
}
