package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// An Invitee is one line of an event's invitation list, as the caller
// gives it, in order of precedence.
type Invitee struct {
	Precedence    int
	Invitation    liaison.Invitation
	Person        liaison.Person
	Mission       liaison.Mission
	RepresentedBy liaison.Person // zero when nobody came instead
}

// The hidden column of an invitation list.
const (
	// KeyHeader heads the hidden column that identifies each invitation,
	// so that a filled-in copy of the list can be imported back.
	KeyHeader = "Liaison key"
	keyPrefix = "liaison-invitation"
)

// invitationColumns are the columns of an invitation list; the last, the
// key, is hidden.
var invitationColumns = []column{
	{"No.", 6, false}, {"Country", 22, false}, {"Mission", 40, true}, {"Name", 38, true},
	{"Rank / position", 36, true}, {"Status", 13, false}, {"Represented by", 30, true},
	{"Email", 34, true}, {"Phone", 24, true}, {"Note", 40, true}, {KeyHeader, 10, false},
}

const (
	statusCol = 6 // F
	keyCol    = 11
)

// invitationKey identifies an invitation in the hidden column.
func invitationKey(eventID, personID int64) string {
	return fmt.Sprintf("%s:E%d:P%d", keyPrefix, eventID, personID)
}

// parseKey reads an invitation key; ok is false for anything else.
func parseKey(s string) (eventID, personID int64, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimSpace(s), keyPrefix+":E")
	if !found {
		return 0, 0, false
	}
	e, p, found := strings.Cut(rest, ":P")
	if !found {
		return 0, 0, false
	}
	var err1, err2 error
	eventID, err1 = strconv.ParseInt(e, 10, 64)
	personID, err2 = strconv.ParseInt(p, 10, 64)
	return eventID, personID, err1 == nil && err2 == nil && eventID > 0 && personID > 0
}

// WriteInvitations writes an event's invitation list: a title block, then
// one row per invitee in the order given (precedence), with a bold frozen
// header, an autofilter, fitted columns, a drop-down of statuses, print
// set up landscape one page wide with the header on every page, a second
// sheet counting the invitations by status, and a hidden key column so
// that the same file, filled in, can be imported back.
func WriteInvitations(w io.Writer, l i18n.Lang, e liaison.Event, invitees []Invitee) (Report, error) {
	var rep Report
	above := titleBlock(l, e, len(invitees))
	headerRow := len(above) + 1
	// Rows are made twice, to fit the columns and to write them, rather
	// than held: 100,000 invitees would take hundreds of megabytes.
	rowOf := func(i int, rep *Report) []string {
		in, row := invitees[i], headerRow+1+i
		return []string{
			strconv.Itoa(in.Precedence),
			l.Country(in.Mission.Country),
			rep.cellText(in.Mission.Name, row, "Mission"),
			rep.cellText(l.AddressedName(in.Person), row, "Name"),
			rep.cellText(rankAndPosition(l, in.Person), row, "Rank / position"),
			l.Label(in.Invitation.Status),
			rep.cellText(in.RepresentedBy.FullName(), row, "Represented by"),
			rep.cellText(strings.Join(in.Person.Emails, "\n"), row, "Email"),
			rep.cellText(strings.Join(in.Person.Phones, "\n"), row, "Phone"),
			rep.cellText(in.Invitation.Note, row, "Note"),
			invitationKey(e.ID, in.Person.ID),
		}
	}
	rows := table{n: len(invitees), row: rowOf}
	f := excelize.NewFile()
	defer f.Close()
	invitationsSheet, summarySheet := l.T("Invitations"), l.T("Summary")
	if err := f.SetSheetName("Sheet1", invitationsSheet); err != nil {
		return rep, err
	}
	st, err := newStyles(f)
	if err != nil {
		return rep, err
	}
	// Data validation goes in before the stream writer: added after its
	// Flush, excelize drops it without a word.
	if rows.n > 0 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("F%d:F%d", headerRow+1, headerRow+rows.n)
		if err := dv.SetDropList(statusLabels(l)); err != nil {
			return rep, err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, l.T("Status"), l.T("Choose a status from the list."))
		if err := f.AddDataValidation(invitationsSheet, dv); err != nil {
			return rep, err
		}
	}
	// So are the page set-up and the autofilter: the stream writer writes
	// the sheet's XML whole at Flush.
	if err := printSetup(f, l, invitationsSheet, headerRow); err != nil {
		return rep, err
	}
	if err := autoFilter(f, invitationsSheet, headerRow, len(invitationColumns), rows.n); err != nil {
		return rep, err
	}
	sw, err := f.NewStreamWriter(invitationsSheet)
	if err != nil {
		return rep, err
	}
	if err := sw.SetColVisible(keyCol, keyCol, false); err != nil {
		return rep, err
	}
	if err := writeTable(sw, st, translated(l, invitationColumns), rows, above, &rep); err != nil {
		return rep, err
	}
	if err := sw.Flush(); err != nil {
		return rep, err
	}
	if err := writeSummary(f, l, summarySheet, st, e, invitees); err != nil {
		return rep, err
	}
	return rep, writeWorkbook(f, w)
}

// autoFilter puts filter buttons on a table's header.
func autoFilter(f *excelize.File, sheet string, header, cols, rows int) error {
	if rows == 0 {
		return nil
	}
	return f.AutoFilter(sheet, fmt.Sprintf("A%d:%s%d", header, colName(cols), header+rows), nil)
}

// titleBlock is what sits above the header: the event, when and where,
// the partners that support it when it names any, and how many are on the
// list. The header comes right after it.
func titleBlock(l i18n.Lang, e liaison.Event, n int) [][]string {
	when := l.Date(e.StartsAt)
	var where []string
	for _, s := range []string{e.Venue, e.Host} {
		if s != "" {
			where = append(where, s)
		}
	}
	block := [][]string{
		{e.Title},
		{strings.Join(append([]string{l.Label(e.Kind), when}, where...), " · ")},
	}
	if p := strings.TrimSpace(e.Partners); p != "" {
		block = append(block, []string{fmt.Sprintf(l.T("With the support of: %s"), p)})
	}
	return append(block,
		[]string{fmt.Sprintf(l.T("Invitation list: %d, in order of precedence"), n)},
		[]string{},
	)
}

// A table is the rows of a sheet, made on demand: row returns the cells
// of row i, reporting what it cuts in rep (which may be a throwaway).
type table struct {
	n   int
	row func(i int, rep *Report) []string
}

// writeTable writes the rows above the header (a title block), the header
// and the rows, with fitted widths and the header frozen.
func writeTable(sw *excelize.StreamWriter, st styles, cols []column, rows table, above [][]string, rep *Report) error {
	wds := widths(cols, rows)
	for i, wd := range wds {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	hr := len(above) + 1
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: hr, TopLeftCell: fmt.Sprintf("A%d", hr+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, line := range above {
		style := st.subtitle
		if i == 0 {
			style = st.title
		}
		cells := make([]any, len(line))
		for j, v := range line {
			cells[j] = excelize.Cell{StyleID: style, Value: v}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+1), cells); err != nil {
			return err
		}
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.header}
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", hr), header); err != nil {
		return err
	}
	cells := make([]any, len(cols))
	for r := 0; r < rows.n; r++ {
		row := rows.row(r, rep)
		for i, v := range row {
			style := st.text
			if cols[i].wrap {
				style = st.wrap
			}
			cells[i] = excelize.Cell{StyleID: style, Value: v}
		}
		// Rows are as tall as their wrapped text: spreadsheets do not grow
		// a row for wrapped text they did not lay out themselves.
		if err := sw.SetRow(fmt.Sprintf("A%d", hr+1+r), cells, excelize.RowOpts{Height: rowHeight(cols, wds, row)}); err != nil {
			return err
		}
	}
	return nil
}

// lineHeight is the height of a line of 11-point text, in points.
const lineHeight = 15

// rowHeight estimates how tall a row must be for its wrapped cells.
func rowHeight(cols []column, wds []float64, row []string) float64 {
	lines := 1
	for i, v := range row {
		if !cols[i].wrap || v == "" {
			continue
		}
		n := 0
		for _, line := range strings.Split(v, "\n") {
			chars := utf8.RuneCountInString(line)
			n += max(1, (chars+int(wds[i])-3)/max(1, int(wds[i])-2))
		}
		lines = max(lines, n)
	}
	return min(float64(lines*lineHeight+3), excelize.MaxRowHeight)
}

// writeSummary adds the sheet counting invitations by status.
func writeSummary(f *excelize.File, l i18n.Lang, summarySheet string, st styles, e liaison.Event, invitees []Invitee) error {
	if _, err := f.NewSheet(summarySheet); err != nil {
		return err
	}
	counts := map[liaison.Status]int{}
	for _, in := range invitees {
		counts[in.Invitation.Status]++
	}
	rows := [][]any{{e.Title}, {}, {l.T("Status"), l.T("Count")}}
	for _, s := range liaison.Statuses {
		rows = append(rows, []any{l.Label(s), counts[s]})
	}
	rows = append(rows, []any{l.T("Total"), len(invitees)})
	for i, r := range rows {
		if err := f.SetSheetRow(summarySheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(summarySheet, "A1", "A1", st.title); err != nil {
		return err
	}
	if err := f.SetCellStyle(summarySheet, "A3", "B3", st.header); err != nil {
		return err
	}
	return f.SetColWidth(summarySheet, "A", "A", 20)
}

func statusLabels(l i18n.Lang) []string {
	out := make([]string, len(liaison.Statuses))
	for i, s := range liaison.Statuses {
		out[i] = l.Label(s)
	}
	return out
}

func rankAndPosition(l i18n.Lang, p liaison.Person) string {
	var parts []string
	// "Other" says nothing on a printed list: the position says it.
	if p.Rank != "" && (p.Rank != liaison.OtherRank || p.Position == "") {
		parts = append(parts, l.Label(p.Rank))
	}
	if p.Position != "" && !strings.EqualFold(p.Position, p.Rank.Label()) && !strings.EqualFold(p.Position, l.Label(p.Rank)) {
		parts = append(parts, p.Position)
	}
	return strings.Join(parts, ", ")
}

// translated returns the columns with their titles in the language; the
// key column keeps its English title, which the importer looks for.
func translated(l i18n.Lang, cols []column) []column {
	out := make([]column, len(cols))
	for i, c := range cols {
		out[i] = c
		if c.header != KeyHeader {
			out[i].header = l.T(c.header)
		}
	}
	return out
}

// colName returns the letters of column n (1 is A).
func colName(n int) string {
	name, _ := excelize.ColumnNumberToName(n)
	return name
}

// ColumnTitles lists the English titles of the columns of every list
// Liaison writes, which are translated when written.
func ColumnTitles() []string {
	var out []string
	for _, cols := range [][]column{invitationColumns, missionColumns, peopleColumns} {
		for _, c := range cols {
			if c.header != KeyHeader {
				out = append(out, c.header)
			}
		}
	}
	return out
}
