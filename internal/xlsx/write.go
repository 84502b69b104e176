package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
)

// maxCell is Excel's limit on the characters of a cell, in UTF-16 units.
// excelize cuts longer text without a word; Liaison cuts it itself and
// says where.
const maxCell = excelize.TotalCellChars

// A Report says what a written file could not hold as given.
type Report struct {
	Truncated []string // "row 14, Note": cut to Excel's 32,767 characters
}

// cellText makes a value safe for a cell: characters XML cannot carry
// dropped, cut at Excel's limit (reported). It stays text: Liaison writes
// every user value as a string, never as a formula.
func (r *Report) cellText(s string, row int, column string) string {
	s = strings.Map(func(c rune) rune {
		if c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xfffe && c != 0xffff) {
			return c
		}
		return -1
	}, s)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if len(s) <= maxCell/3 { // cannot exceed the limit: skip counting
		return s
	}
	units := 0
	for i, c := range s {
		if units += utf16.RuneLen(c); units > maxCell {
			r.Truncated = append(r.Truncated, fmt.Sprintf("row %d, %s", row, column))
			return s[:i]
		}
	}
	return s
}

// styles are the cell styles of a written sheet: number cells sort as
// numbers, date cells as dates, written as the language writes dates.
type styles struct {
	title, subtitle, header, text, wrap, number, date int
}

// dateFormats are how each language writes a date in a cell.
var dateFormats = map[i18n.Lang]string{i18n.En: "d mmm yyyy", i18n.Ru: "dd.mm.yyyy", i18n.Kk: "dd.mm.yyyy"}

func newStyles(f *excelize.File, l i18n.Lang) (styles, error) {
	var s styles
	var err error
	border := []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
	for _, st := range []struct {
		dst *int
		s   *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.subtitle, &excelize.Style{Font: &excelize.Font{Size: 11, Color: "404040"}}},
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.text, &excelize.Style{Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&s.wrap, &excelize.Style{Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.number, &excelize.Style{Border: border, NumFmt: 1, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
		{&s.date, &excelize.Style{Border: border, CustomNumFmt: ptr(dateFormats[l]), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
	} {
		if *st.dst, err = f.NewStyle(st.s); err != nil {
			return s, err
		}
	}
	return s, nil
}

func ptr[T any](v T) *T { return &v }

// A column of a written table: its header, how wide it may grow, and
// whether its text wraps.
type column struct {
	header   string
	maxWidth float64
	wrap     bool
}

// widths fits each column to its longest line, between the header's
// width and the column's maximum.
func widths(cols []column, rows table) []float64 {
	out := make([]float64, len(cols))
	for i, c := range cols {
		out[i] = float64(utf8.RuneCountInString(c.header)) + 2
	}
	var discard Report
	for r := 0; r < rows.n; r++ {
		for i, v := range rows.row(r, &discard) {
			for _, line := range strings.Split(shown(v), "\n") {
				if w := float64(utf8.RuneCountInString(line)) + 2; w > out[i] {
					out[i] = w
				}
			}
		}
	}
	for i, c := range cols {
		out[i] = min(max(out[i], 6), c.maxWidth)
	}
	return out
}

// shown is about what a cell shows, to fit columns and rows to it: a
// date as "31.12.2026", the width of every date format Liaison writes.
func shown(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case time.Time:
		return "31.12.2026"
	}
	return fmt.Sprint(v)
}

// printSetup prints a sheet landscape on A4, one page wide, repeating the
// header row on every page, with page numbers in the footer.
func printSetup(f *excelize.File, l i18n.Lang, sheet string, headerRow int) error {
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	orientation, size, wide, tall := "landscape", 9, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: &orientation, Size: &size, FitToWidth: &wide, FitToHeight: &tall,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L&8&A&R&8" + l.T("Page &P of &N"),
	}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headerRow),
	})
}

// writeWorkbook writes the finished workbook.
func writeWorkbook(f *excelize.File, w io.Writer) error {
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}
