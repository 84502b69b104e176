package xlsx

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// A PersonLine is one person of the people list, with their mission.
type PersonLine struct {
	Person  liaison.Person
	Mission liaison.Mission
}

var missionColumns = []column{
	{"No.", 6, false}, {"Country", 22, false}, {"Mission", 44, true}, {"Kind", 16, false},
	{"Head of mission", 34, true}, {"Rank", 24, true}, {"Credentials", 12, false},
	{"National day", 10, false}, {"Phone", 24, true}, {"Email", 32, true}, {"Address", 40, true},
}

// WriteMissions writes the missions directory, in the order given
// (precedence, as the window lists them), ready to print like the
// invitation list.
func WriteMissions(w io.Writer, l i18n.Lang, title string, ms []liaison.HeadedMission) (Report, error) {
	var rep Report
	rowOf := func(i int, rep *Report) []any {
		m, h := ms[i].Mission, ms[i].Head
		row := 3 + i
		head, rank, creds := "", "", ""
		if h.ID != 0 {
			head, rank, creds = l.AddressedName(h), l.Label(h.Rank), l.Date(h.Credentials.DayOnly())
		} else if m.Kind != liaison.GovernmentBody {
			head = l.T("vacant")
		}
		return []any{i + 1, l.Country(m.Country), rep.cellText(missionName(l, m), row, "Mission"),
			l.Label(m.Kind), rep.cellText(head, row, "Head of mission"), rank, creds, m.NationalDay.DM(),
			rep.cellText(strings.Join(m.Phones, "\n"), row, "Phone"), rep.cellText(m.Email, row, "Email"),
			rep.cellText(m.Address, row, "Address")}
	}
	err := writeList(w, l, l.T("Missions"), title, translated(l, missionColumns), table{n: len(ms), row: rowOf}, &rep)
	return rep, err
}

var peopleColumns = []column{
	{"No.", 6, false}, {"Name", 36, true}, {"Other script", 28, true}, {"Mission", 40, true},
	{"Rank", 24, true}, {"Position", 30, true}, {"Email", 32, true}, {"Phone", 26, true},
	{"Languages", 12, false}, {"Status", 12, false},
}

// WritePeople writes the people list, in the order given.
func WritePeople(w io.Writer, l i18n.Lang, title string, people []PersonLine) (Report, error) {
	var rep Report
	rowOf := func(i int, rep *Report) []any {
		pl := people[i]
		p := pl.Person
		row := 3 + i
		status := l.T("at post")
		switch {
		case p.Archived:
			status = l.T("archived")
		case p.Departed:
			status = l.T("departed")
		case p.HeadOfMission:
			status = l.T("head of mission")
		}
		rank := ""
		if p.Rank != "" {
			rank = l.Label(p.Rank)
		}
		return []any{i + 1, rep.cellText(l.AddressedName(p), row, "Name"),
			rep.cellText(p.AltName, row, "Other script"), rep.cellText(missionName(l, pl.Mission), row, "Mission"), rank,
			rep.cellText(p.Position, row, "Position"), rep.cellText(strings.Join(p.Emails, "\n"), row, "Email"),
			rep.cellText(strings.Join(p.Phones, "\n"), row, "Phone"), strings.Join(p.Languages, ", "), status}
	}
	err := writeList(w, l, l.T("People"), title, translated(l, peopleColumns), table{n: len(people), row: rowOf}, &rep)
	return rep, err
}

// writeList writes one sheet: a title, the header and the rows, set up
// like the invitation list.
func writeList(w io.Writer, l i18n.Lang, sheet, title string, cols []column, rows table, rep *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f, l)
	if err != nil {
		return err
	}
	const header = 3
	if err := printSetup(f, l, sheet, header); err != nil {
		return err
	}
	if err := autoFilter(f, sheet, header, len(cols), rows.n); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := writeTable(sw, st, cols, rows, [][]string{{title}, {}}, rep); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return writeWorkbook(f, w)
}
