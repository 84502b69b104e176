package xlsx

import (
	"fmt"
	"io"
	"strings"

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

// A Book is a workbook as read.
type Book struct {
	Sheets []*Sheet
}

// Read reads a workbook: every sheet's cells, and in each the header row
// (in the first rows, under any title block) and what its columns hold.
// Files that are not workbooks, are damaged or cut off, or are hostile
// (a zip bomb) are refused with a plain message before anything is
// unpacked.
func Read(r io.Reader) (*Book, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, err
	}
	f, err := open(data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := &Book{}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			return nil, fileError(msg("sheet %q cannot be read: %v"), name, err)
		}
		s := &Sheet{Name: name, rows: rows}
		s.findHeader()
		b.Sheets = append(b.Sheets, s)
	}
	return b, nil
}

// findHeader finds the first row, near the top, whose cells name fields.
func (s *Sheet) findHeader() {
	for i := 0; i < len(s.rows) && i < headerSearch; i++ {
		if m := detectMapping(s.rows[i]); m.isHeader() {
			s.HeaderRow, s.Headers, s.Mapping = i+1, s.rows[i], m
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
// the field in the language l when no column holds it.
func (s *Sheet) columnName(f Field, m Mapping, l i18n.Lang) string {
	col, ok := m[f]
	if !ok {
		return l.T(f.Label())
	}
	name := colName(col + 1)
	if col < len(s.Headers) && strings.TrimSpace(s.Headers[col]) != "" {
		return fmt.Sprintf("%s (%s)", name, strings.TrimSpace(s.Headers[col]))
	}
	return name
}
