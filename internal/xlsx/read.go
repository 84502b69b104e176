package xlsx

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
)

// headerSearch is how many rows from the top Read looks for a header: a
// title block of a few merged rows often sits above it.
const headerSearch = 30

// A Sheet is one sheet of a workbook as read: its rows as the cells hold
// them (raw values: dates as serial numbers), where its header is and what
// each column was recognised as.
type Sheet struct {
	Name      string
	HeaderRow int      // 1-based; 0 when no header was found
	Headers   []string // the header row's cells
	Mapping   Mapping  // detected; the window lets the officer correct it
	rows      [][]string
	date1904  bool // dates count from 1904, as old Mac Excel wrote them
	own       bool // a list Liaison exported: names family name first
}

// IsInvitationList reports whether the sheet is a Liaison invitation
// list come back with replies (it has the hidden key column).
func (s *Sheet) IsInvitationList() bool {
	_, ok := s.Mapping[FieldKey]
	return ok
}

// DataRows returns how many rows lie below the header.
func (s *Sheet) DataRows() int {
	if s.HeaderRow == 0 {
		return 0
	}
	return len(s.rows) - s.HeaderRow
}

// Row returns the cells of a 1-based row, or nil.
func (s *Sheet) Row(n int) []string {
	if n < 1 || n > len(s.rows) {
		return nil
	}
	return s.rows[n-1]
}

// A Book is a workbook as read: the sheets with cells, and the sheets
// left out.
type Book struct {
	Sheets  []*Sheet
	Skipped []Skipped
}

// A Skipped is a sheet Read left out, and why: a chart, a macro sheet, a
// sheet the file lacks or cannot give.
type Skipped struct {
	Sheet  string
	Reason string // a fixed English sentence, a key of the translations
}

// The reasons a sheet is left out.
var (
	reasonChart   = msg("it is a chart, not a table")
	reasonMacros  = msg("it is a sheet of macros, which Liaison never runs")
	reasonDialog  = msg("it is a dialog sheet of old Excel macros, not a table")
	reasonOther   = msg("it is not a sheet of cells")
	reasonMissing = msg("the file does not hold its cells")
	reasonDamaged = msg("its cells cannot be read: the sheet is damaged")
	reasonTooLong = msg("it has more rows than Excel allows: the sheet is damaged")
)

// String says it in English.
func (s Skipped) String() string { return s.In(i18n.En) }

// In says it in the language l: "sheet "Chart1" is left out: it is a
// chart, not a table".
func (s Skipped) In(l i18n.Lang) string {
	return fmt.Sprintf(l.T("sheet %q is left out: %s"), s.Sheet, l.T(s.Reason))
}

// Read reads a workbook: every sheet's cells, and in each the header row
// (in the first rows, under any title block) and what its columns hold.
// Files that are not workbooks, are damaged or cut off, or are hostile
// (a zip bomb) are refused with a plain message before anything is
// unpacked. Sheets that hold no cells (charts, macros) or cannot be read
// are left out and listed in Skipped; a workbook with no sheet to read is
// refused. Macros are never run.
func Read(r io.Reader) (*Book, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, err
	}
	o, err := open(data)
	if err != nil {
		return nil, err
	}
	defer o.f.Close()
	b := &Book{}
	n := 0
	for _, ref := range o.sheets {
		if why := skipReason(ref); why != "" {
			b.Skipped = append(b.Skipped, Skipped{Sheet: ref.name, Reason: why})
			continue
		}
		n++
		rows, err := o.f.GetRows(excelName(n))
		if err != nil {
			why := reasonDamaged
			if errors.Is(err, excelize.ErrMaxRows) {
				why = reasonTooLong
			}
			b.Skipped = append(b.Skipped, Skipped{Sheet: ref.name, Reason: why})
			continue
		}
		s := &Sheet{Name: ref.name, rows: rows, date1904: o.date1904}
		s.findHeader()
		b.Sheets = append(b.Sheets, s)
	}
	if len(b.Sheets) == 0 {
		if len(b.Skipped) > 0 {
			return nil, fileError(msg("the workbook has no sheet of cells to read: its sheets are charts, macros or damaged"))
		}
		return nil, fileError(msg("the workbook has no sheets"))
	}
	return b, nil
}

// skipReason says why a sheet is not read, "" when it is.
func skipReason(ref sheetRef) string {
	switch {
	case ref.kind == relChartsheet:
		return reasonChart
	case ref.kind == relMacrosheet || ref.kind == relIntlMacrosheet:
		return reasonMacros
	case ref.kind == relDialogsheet:
		return reasonDialog
	case ref.kind != relWorksheet && ref.kind != "":
		return reasonOther
	case ref.part == nil:
		return reasonMissing
	}
	return ""
}

// findHeader finds the first row, near the top, whose cells name fields.
func (s *Sheet) findHeader() {
	for i := 0; i < len(s.rows) && i < headerSearch; i++ {
		if m := detectMapping(s.rows[i]); isHeader(s.rows[i], m) {
			s.HeaderRow, s.Headers, s.Mapping = i+1, s.rows[i], m
			s.own = isOwnExport(s.Headers)
			return
		}
	}
	s.Mapping = Mapping{}
}

// cell returns the trimmed value of a field in a row, "" when the field is
// not mapped or the row is short.
func (m Mapping) cell(row []string, f Field) string {
	col, ok := m[f]
	if !ok || col >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[col])
}

// columnName is how a problem names a column: its letter and header, or
// the field when no column holds it.
func (s *Sheet) columnName(f Field, m Mapping) i18n.Sayer {
	col, ok := m[f]
	if !ok {
		return i18n.M(f.Label())
	}
	name := colName(col + 1)
	if col < len(s.Headers) && strings.TrimSpace(s.Headers[col]) != "" {
		return i18n.Text(fmt.Sprintf("%s (%s)", name, strings.TrimSpace(s.Headers[col])))
	}
	return i18n.Text(name)
}
