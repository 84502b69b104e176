package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
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

// invitationColumns are the columns of an invitation list; the key is
// hidden. The sent and answered dates and the channel have columns of
// their own, beside the status, so that they sort and filter.
var invitationColumns = []column{
	{"No.", 6, false}, {"Country", 22, false}, {"Mission", 40, true}, {"Name", 38, true},
	{"Rank / position", 36, true}, {"Status", 17, false}, {"Sent", 12, false}, {"Channel", 15, false},
	{"Answered", 12, false}, {"Represented by", 30, true}, {"Email", 34, true}, {"Phone", 24, true},
	{"Note", 40, true}, {KeyHeader, 10, false},
	{"Guests", 8, false}, // 2 for an invitation for two; after the key, which keeps its place
}

// Where the columns with drop-downs and the hidden key are.
const (
	statusCol  = 6 // F
	channelCol = 8 // H
	keyCol     = 14
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
// header, an autofilter, fitted columns, drop-downs of statuses and
// channels, print set up landscape one page wide with the header on every
// page, a second sheet counting the invitations by status, and a hidden
// key column so that the same file, filled in, can be imported back.
// Names, ranks and statuses are written as the language prints them (see
// i18n.ListedName and i18n.StatusOf).
func WriteInvitations(w io.Writer, l i18n.Lang, e liaison.Event, invitees []Invitee) (Report, error) {
	var rep Report
	above := titleBlock(l, e, len(invitees))
	headerRow := len(above) + 1
	genders := make([]i18n.Gender, len(invitees))
	for i, in := range invitees {
		genders[i] = i18n.GenderOf(in.Person)
	}
	// The rank cell is worked out once for each rank and position: rows
	// are made twice, and many share them.
	ranks := map[[2]string]string{}
	rankCell := func(p liaison.Person) string {
		key := [2]string{string(p.Rank), p.Position}
		s, ok := ranks[key]
		if !ok {
			s = rankAndPosition(l, p)
			ranks[key] = s
		}
		return s
	}
	// Rows are made twice, to fit the columns and to write them, rather
	// than held: 100,000 invitees would take hundreds of megabytes.
	rowOf := func(i int, rep *Report) []any {
		in, row := invitees[i], headerRow+1+i
		inv := in.Invitation
		return []any{
			in.Precedence,
			l.Country(in.Mission.Country),
			rep.cellText(missionName(l, in.Mission), row, "Mission"),
			rep.cellText(l.ListedName(in.Person, in.Mission.Country), row, "Name"),
			rep.cellText(rankCell(in.Person), row, "Rank / position"),
			l.StatusOf(inv.Status, genders[i]),
			dateCell(inv.Sent),
			channelCell(l, inv.Channel),
			dateCell(inv.Answered),
			rep.cellText(l.PrintedName(in.RepresentedBy, in.Mission.Country), row, "Represented by"),
			rep.cellText(strings.Join(in.Person.Emails, "\n"), row, "Email"),
			rep.cellText(strings.Join(in.Person.Phones, "\n"), row, "Phone"),
			rep.cellText(inv.Note, row, "Note"),
			invitationKey(e.ID, in.Person.ID),
			inv.Guests(),
		}
	}
	rows := table{n: len(invitees), row: rowOf}
	f := excelize.NewFile()
	defer f.Close()
	invitationsSheet, summarySheet := l.T("Invitations"), l.T("Summary")
	if err := f.SetSheetName("Sheet1", invitationsSheet); err != nil {
		return rep, err
	}
	st, err := newStyles(f, l)
	if err != nil {
		return rep, err
	}
	// Data validation goes in before the stream writer: added after its
	// Flush, excelize drops it without a word.
	if err := statusChoices(f, l, invitationsSheet, headerRow+1, genders); err != nil {
		return rep, err
	}
	if err := channelChoices(f, l, invitationsSheet, headerRow+1, rows.n); err != nil {
		return rep, err
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

// missionName is the mission's name as the list prints it, in the
// list's language where the mission has a name in it, else the stored
// one: the one place an invitation list takes it from.
func missionName(l i18n.Lang, m liaison.Mission) string { return m.NameIn(string(l)) }

// dateCell is a date as a cell holds it, a real date that sorts as one;
// "" for none.
func dateCell(d liaison.Date) any {
	if d.IsZero() {
		return ""
	}
	return d.DayOnly().Time(time.UTC)
}

// channelCell names the channel in the language; "" for none.
func channelCell(l i18n.Lang, c liaison.Channel) string {
	if c == "" {
		return ""
	}
	return l.Label(c)
}

// maxAreas is the most blocks of rows one drop-down covers; a list whose
// men and women alternate more often than that gets one drop-down of the
// forms that fit anyone.
const maxAreas = 500

// statusChoices puts a drop-down of statuses in each row's status cell,
// the statuses said as the row's person's gender says them (rows from
// first on, one per gender); rows that say them alike share a drop-down.
func statusChoices(f *excelize.File, l i18n.Lang, sheet string, first int, genders []i18n.Gender) error {
	rowsOf := map[string][]int{} // by the drop-down's choices
	var order []string
	said := map[i18n.Gender]string{}
	for _, g := range []i18n.Gender{i18n.GenderUnknown, i18n.Male, i18n.Female} {
		said[g] = strings.Join(l.StatusesOf(liaison.Statuses, g), "\x00")
	}
	for i, g := range genders {
		choices := said[g]
		if _, ok := rowsOf[choices]; !ok {
			order = append(order, choices)
		}
		rowsOf[choices] = append(rowsOf[choices], first+i)
	}
	areas := 0
	for _, rows := range rowsOf {
		areas += len(blocks(rows))
	}
	if areas > maxAreas {
		all := make([]int, len(genders))
		for i := range all {
			all[i] = first + i
		}
		order = []string{strings.Join(l.StatusesOf(liaison.Statuses, i18n.GenderUnknown), "\x00")}
		rowsOf = map[string][]int{order[0]: all}
	}
	for _, choices := range order {
		if err := dropDown(f, l, sheet, statusCol, blocks(rowsOf[choices]), strings.Split(choices, "\x00"),
			l.T("Status"), l.T("Choose a status from the list.")); err != nil {
			return err
		}
	}
	return nil
}

// channelChoices puts a drop-down of channels in the channel cells of n
// rows from first on.
func channelChoices(f *excelize.File, l i18n.Lang, sheet string, first, n int) error {
	if n == 0 {
		return nil
	}
	labels := make([]string, len(liaison.Channels))
	for i, c := range liaison.Channels {
		labels[i] = l.Label(c)
	}
	return dropDown(f, l, sheet, channelCol, [][2]int{{first, first + n - 1}}, labels,
		l.T("Channel"), l.T("Choose a channel from the list."))
}

// dropDown adds a drop-down list to the blocks of rows of column col.
func dropDown(f *excelize.File, l i18n.Lang, sheet string, col int, rows [][2]int, choices []string, title, refusal string) error {
	if len(rows) == 0 {
		return nil
	}
	var refs []string
	for _, b := range rows {
		ref := fmt.Sprintf("%s%d", colName(col), b[0])
		if b[1] != b[0] {
			ref += fmt.Sprintf(":%s%d", colName(col), b[1])
		}
		refs = append(refs, ref)
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = strings.Join(refs, " ")
	if err := dv.SetDropList(choices); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, refusal)
	return f.AddDataValidation(sheet, dv)
}

// blocks joins sorted row numbers into blocks of consecutive rows, each
// its first and last row.
func blocks(rows []int) [][2]int {
	var out [][2]int
	for _, r := range rows {
		if n := len(out); n > 0 && out[n-1][1] == r-1 {
			out[n-1][1] = r
			continue
		}
		out = append(out, [2]int{r, r})
	}
	return out
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
	row func(i int, rep *Report) []any
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
			switch v.(type) {
			case int:
				style = st.number
			case time.Time:
				style = st.date
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
func rowHeight(cols []column, wds []float64, row []any) float64 {
	lines := 1
	for i, v := range row {
		text, ok := v.(string)
		if !cols[i].wrap || !ok || text == "" {
			continue
		}
		n := 0
		for _, line := range strings.Split(text, "\n") {
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
	counts, guests := map[liaison.Status]int{}, map[liaison.Status]int{}
	total := 0
	for _, in := range invitees {
		counts[in.Invitation.Status]++
		guests[in.Invitation.Status] += in.Invitation.Guests()
		total += in.Invitation.Guests()
	}
	rows := [][]any{{e.Title}, {}, {l.T("Status"), l.T("Count"), l.T("Guests")}}
	for _, s := range liaison.Statuses {
		rows = append(rows, []any{l.StatusOf(s, i18n.GenderUnknown), counts[s], guests[s]})
	}
	rows = append(rows, []any{l.T("Total"), len(invitees), total})
	for i, r := range rows {
		if err := f.SetSheetRow(summarySheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(summarySheet, "A1", "A1", st.title); err != nil {
		return err
	}
	if err := f.SetCellStyle(summarySheet, "A3", "C3", st.header); err != nil {
		return err
	}
	return f.SetColWidth(summarySheet, "A", "A", 24)
}

// rankAndPosition is the "Rank / position" cell: the rank in the
// language, then what the position adds to it. The position is read part
// by part (between commas): a part that names the person's rank again in
// any language, or is contained in it ("Chargé d'affaires" of a chargé
// d'affaires a.i.), is left out; a part that names another rank in any
// language is said in the list's language; anything else stays as typed;
// no part is written twice. The rank "Other" says nothing on a printed
// list and is left out.
func rankAndPosition(l i18n.Lang, p liaison.Person) string {
	var parts []string
	seen := map[string]bool{}
	add := func(s string) {
		if k := liaison.Fold(s); k != "" && !seen[k] {
			seen[k] = true
			parts = append(parts, s)
		}
	}
	if p.Rank != "" && p.Rank != liaison.OtherRank {
		add(l.Label(p.Rank))
	}
	for _, part := range strings.Split(p.Position, ",") {
		part = strings.TrimSpace(part)
		r, short, isRank := rankNamed(part)
		switch {
		case part == "" || (p.Rank != "" && r == p.Rank) || withinRank(p.Rank, part):
		case isRank:
			said := l.Label(r)
			if short {
				said = l.T(i18n.LabelKey(r.ShortLabel()))
			}
			if len(parts) > 0 && l != i18n.En {
				said = lowerFirst(said) // "Временный поверенный в делах, советник"
			}
			add(said)
		default:
			add(part)
		}
	}
	return strings.Join(parts, ", ")
}

// rankWords are the ranks by their labels and short labels, folded, in
// every language; short says the label is the short one ("Ambassador").
var rankWords = sync.OnceValue(func() map[string]rankWord {
	out := map[string]rankWord{}
	for _, r := range liaison.Ranks {
		if r == liaison.OtherRank {
			continue // "Other" typed in a position is the officer's word
		}
		for _, l := range i18n.Langs {
			for _, short := range []bool{true, false} {
				label := l.Label(r)
				if short {
					label = l.T(i18n.LabelKey(r.ShortLabel()))
				}
				out[liaison.Fold(label)] = rankWord{r, short && r.ShortLabel() != r.Label()}
			}
		}
		out[liaison.Fold(r.Label())] = rankWord{r, false}
	}
	return out
})

type rankWord struct {
	rank  liaison.Rank
	short bool
}

// rankNamed returns the rank a part of a position names in any language.
func rankNamed(part string) (r liaison.Rank, short, ok bool) {
	w, ok := rankWords()[liaison.Fold(part)]
	return w.rank, w.short, ok && part != ""
}

// withinRank reports whether a part of a position says nothing the rank
// r does not: its words stand, in order, in the rank's label in some
// language ("Chargé d'affaires" in "Chargé d'affaires a.i.").
func withinRank(r liaison.Rank, part string) bool {
	words := liaison.Fold(part)
	if r == "" || r == liaison.OtherRank || words == "" {
		return false
	}
	for _, label := range rankSpellings()[r] {
		if strings.Contains(label, " "+words+" ") {
			return true
		}
	}
	return false
}

// rankSpellings are each rank's labels and short labels in every
// language, folded and between spaces, for withinRank.
var rankSpellings = sync.OnceValue(func() map[liaison.Rank][]string {
	out := map[liaison.Rank][]string{}
	for _, r := range liaison.Ranks {
		for _, l := range i18n.Langs {
			for _, label := range []string{l.Label(r), l.T(i18n.LabelKey(r.ShortLabel()))} {
				out[r] = append(out[r], " "+liaison.Fold(label)+" ")
			}
		}
	}
	return out
})

// lowerFirst writes a rank's label in lower case after a comma, as
// Russian and Kazakh do, unless it has capitals inside ("Чрезвычайный и
// Полномочный Посол" keeps them).
func lowerFirst(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	if strings.IndexFunc(s[size:], unicode.IsUpper) >= 0 {
		return s
	}
	return string(unicode.ToLower(first)) + s[size:]
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
