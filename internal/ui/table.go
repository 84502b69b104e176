package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

// dataTable is a read-only, virtualised table of rows with a header row
// and whole-row selection. All rows have the same height, so Fyne lays out
// only the visible ones however many there are.
type dataTable[T any] struct {
	cols     []column[T]
	src      rowSource[T]
	table    *keyTable
	selected int // -1 when no row is selected
	onSelect func(i int, row T)
	onDelete func() // the Delete key, when the table has the focus
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

func newDataTable[T any](cols []column[T], src rowSource[T], onSelect func(int, T)) *dataTable[T] {
	d := &dataTable[T]{cols: cols, src: src, selected: -1, onSelect: onSelect}
	d.table = &keyTable{Table: widget.Table{
		Length:        d.length,
		CreateCell:    d.createCell,
		UpdateCell:    d.updateCell,
		OnSelected:    d.onSelected,
		ShowHeaderRow: true,
		CreateHeader:  d.createHeader,
		UpdateHeader:  d.updateHeader,
	}}
	d.table.onDelete = func() {
		if d.onDelete != nil {
			d.onDelete()
		}
	}
	d.table.ExtendBaseWidget(d.table)
	for i, c := range cols {
		d.table.SetColumnWidth(i, c.width)
	}
	return d
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

func (d *dataTable[T]) createHeader() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.TextStyle.Bold = true
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (d *dataTable[T]) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 && id.Col < len(d.cols) {
		o.(*widget.Label).SetText(d.cols[id.Col].title)
	}
}

func (d *dataTable[T]) onSelected(id widget.TableCellID) {
	d.selected = id.Row
	d.table.Refresh()
	if row, ok := d.src.Row(id.Row); ok && d.onSelect != nil {
		d.onSelect(id.Row, row)
	}
}

// reload shows the source's rows again, keeping no selection.
func (d *dataTable[T]) reload() {
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
