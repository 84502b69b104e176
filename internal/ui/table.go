package ui

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"
)

// A column is one column of a dataTable: its header, width and how a row
// shows in it.
type column[T any] struct {
	title string
	width float32
	text  func(T) string
}

// A rowSource gives a dataTable its rows by index. Row returns false while
// the row is still loading.
type rowSource[T any] interface {
	Len() int
	Row(i int) (T, bool)
}

// sliceSource is a rowSource over rows held in memory.
type sliceSource[T any] struct{ rows []T }

func (s *sliceSource[T]) Len() int { return len(s.rows) }

func (s *sliceSource[T]) Row(i int) (T, bool) {
	if i < 0 || i >= len(s.rows) {
		var zero T
		return zero, false
	}
	return s.rows[i], true
}

// sort orders the rows by cmp, keeping the order of equal ones.
func (s *sliceSource[T]) sort(cmp func(a, b T) int) { slices.SortStableFunc(s.rows, cmp) }

// dataTable is a read-only, virtualised table of rows with a header row
// and whole-row selection. All rows have the same height, so Fyne lays out
// only the visible ones however many there are.
type dataTable[T any] struct {
	cols     []column[T]
	src      rowSource[T]
	table    *keyTable
	heads    *columnHeads
	selected int // -1 when no row is selected
	onSelect func(i int, row T)
	onDelete func() // the Delete key, when the table has the focus
	cmps     map[int]func(a, b T) int
	fitCols  []int // the columns as wide as their longest text
}

// keyTable is a widget.Table that also hears the Delete key, which a
// plain table swallows.
type keyTable struct {
	widget.Table
	onDelete func()
}

// TypedKey handles Delete and passes every other key to the table.
func (t *keyTable) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyDelete && t.onDelete != nil {
		t.onDelete()
		return
	}
	t.Table.TypedKey(ev)
}

// tableMinWidth is the narrowest a table gets. Fyne counts the frozen
// columns whole, which would hold a split or a small window wider than
// the screen; a narrower table clips them instead.
const tableMinWidth = 160

// MinSize is the table's, no wider than tableMinWidth.
func (t *keyTable) MinSize() fyne.Size {
	m := t.Table.MinSize()
	return fyne.NewSize(min(m.Width, tableMinWidth), m.Height)
}

func newDataTable[T any](cols []column[T], src rowSource[T], onSelect func(int, T)) *dataTable[T] {
	d := &dataTable[T]{cols: cols, src: src, selected: -1, onSelect: onSelect}
	d.table = &keyTable{Table: widget.Table{
		Length:     d.length,
		CreateCell: d.createCell,
		UpdateCell: d.updateCell,
		OnSelected: d.onSelected,
	}}
	d.table.onDelete = func() {
		if d.onDelete != nil {
			d.onDelete()
		}
	}
	d.table.ExtendBaseWidget(d.table)
	widths := make([]float32, len(cols))
	for i, c := range cols {
		widths[i] = c.width
	}
	d.heads = newColumnHeads(d.table, func(col int) string {
		if col < 0 || col >= len(cols) {
			return ""
		}
		return cols[col].title
	}, widths)
	return d
}

// remember keeps the widths the officer gives the columns under name in
// the preferences, and sets the ones kept last time.
func (d *dataTable[T]) remember(prefs settings, name string) { d.heads.remember(prefs, name) }

// freeze keeps the first n columns in place when the table scrolls
// sideways: the names stay beside the columns read with them.
func (d *dataTable[T]) freeze(n int) { d.table.StickyColumnCount = n }

// sortable lets a click on a header sort the rows; cmps order the
// columns that do not sort by their text (dates, numbers, ranks).
// Sorting a sliceSource happens here on each reload; reorder, when not
// nil, is told of every change of order and reloads the rows, which
// brings the order they came in back when the sorting is off.
func (d *dataTable[T]) sortable(cmps map[int]func(a, b T) int, reorder func(col int, dir sortDir)) {
	d.cmps = cmps
	d.heads.sortable = func(col int) bool { return col >= 0 && col < len(d.cols) }
	d.heads.onSort = reorder
}

// sortRows orders a sliceSource's rows as the headers say.
func (d *dataTable[T]) sortRows() {
	s, ok := d.src.(*sliceSource[T])
	col := d.heads.sorted
	if !ok || col < 0 || col >= len(d.cols) {
		return
	}
	text := d.cols[col].text
	cmp := d.cmps[col]
	if cmp == nil {
		coll := collate.New(uiLang.Tag(), collate.IgnoreCase)
		cmp = func(a, b T) int { return textOrder(coll, text(a), text(b)) }
	}
	s.sort(directed(cmp, func(r T) bool { return text(r) == "" }, d.heads.dir))
}

// directed orders rows by cmp in direction dir, rows for which empty says
// the cell is blank last either way: a list sorted Z to A by country
// still begins with countries.
func directed[T any](cmp func(a, b T) int, empty func(T) bool, dir sortDir) func(a, b T) int {
	return func(a, b T) int {
		switch ea, eb := empty(a), empty(b); {
		case ea && eb:
			return 0
		case ea:
			return 1
		case eb:
			return -1
		case dir == descending:
			return cmp(b, a)
		}
		return cmp(a, b)
	}
}

// textOrder compares two cell texts as a dictionary of the window's
// language does, empty cells last.
func textOrder(coll *collate.Collator, a, b string) int {
	switch {
	case a == "" && b == "":
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return coll.CompareString(a, b)
}

func (d *dataTable[T]) length() (int, int) { return d.src.Len(), len(d.cols) }

// createCell makes the template of a cell: a label over a background that
// marks the selected row.
func (d *dataTable[T]) createCell() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(bg, l)
}

func (d *dataTable[T]) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	bg := stack.Objects[0].(*canvas.Rectangle)
	l := stack.Objects[1].(*widget.Label)
	if id.Row == d.selected {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		bg.FillColor = color.Transparent
	}
	bg.Refresh()
	row, ok := d.src.Row(id.Row)
	if !ok {
		l.SetText("…")
		return
	}
	l.SetText(d.cols[id.Col].text(row))
}

func (d *dataTable[T]) onSelected(id widget.TableCellID) {
	d.selected = id.Row
	d.table.Refresh()
	if row, ok := d.src.Row(id.Row); ok && d.onSelect != nil {
		d.onSelect(id.Row, row)
	}
}

// fitText makes columns cols as wide as their longest text (see
// columnHeads.fit) each time the rows are loaded.
func (d *dataTable[T]) fitText(cols ...int) { d.fitCols = cols }

// maxFitRows is how many rows fit reads: the first page of people.
const maxFitRows = pageSize

func (d *dataTable[T]) fitColumns() {
	for _, col := range d.fitCols {
		text := d.cols[col].text
		d.heads.fit(col, func(yield func(string) bool) {
			for i := 0; i < min(d.src.Len(), maxFitRows); i++ {
				if row, ok := d.src.Row(i); ok && !yield(text(row)) {
					return
				}
			}
		})
	}
}

// reload shows the source's rows again, sorted as the headers say,
// keeping no selection.
func (d *dataTable[T]) reload() {
	d.sortRows()
	d.fitColumns()
	d.selected = -1
	d.table.UnselectAll()
	d.table.Refresh()
}

// selectRow selects row i and scrolls to it.
func (d *dataTable[T]) selectRow(i int) {
	if i < 0 || i >= d.src.Len() {
		return
	}
	id := widget.TableCellID{Row: i, Col: 0}
	d.table.Select(id)
	d.table.ScrollTo(id)
}
