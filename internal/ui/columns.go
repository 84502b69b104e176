package ui

import (
	"sync"

	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// The directions a column sorts in, and no sorting: the order the rows
// came in.
type sortDir int

const (
	unsorted sortDir = iota
	ascending
	descending
)

// next is the direction a click on a column's header gives: ascending,
// then descending, then back to the order the list had.
func (d sortDir) next() sortDir { return (d + 1) % 3 }

// headerCell is a column's title in a table's header row; a click on it
// sorts the table by that column, and an arrow shows the direction.
type headerCell struct {
	widget.BaseWidget
	label *widget.Label
	arrow *widget.Icon
	col   int
	onTap func(col int)
}

func newHeaderCell(onTap func(col int)) *headerCell {
	h := &headerCell{label: widget.NewLabel(""), arrow: widget.NewIcon(nil), onTap: onTap}
	h.label.TextStyle.Bold = true
	h.label.Truncation = fyne.TextTruncateEllipsis
	h.arrow.Hide()
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer shows the title with the arrow after it.
func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, h.arrow, h.label))
}

// Tapped sorts the table by the column.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTap != nil {
		h.onTap(h.col)
	}
}

// show sets the title and the arrow of column col.
func (h *headerCell) show(col int, title string, dir sortDir) {
	h.col = col
	h.label.SetText(title)
	switch dir {
	case ascending:
		h.arrow.SetResource(theme.MenuDropUpIcon())
		h.arrow.Show()
	case descending:
		h.arrow.SetResource(theme.MenuDropDownIcon())
		h.arrow.Show()
	default:
		h.arrow.Hide()
	}
}

// columnHeads gives a table titled headers that sort it and column widths
// that are remembered. The officer drags a column's edge in the header to
// widen it; the widths are kept per table in the preferences, so they
// hold across restarts.
type columnHeads struct {
	table  *keyTable
	prefs  settings
	name   string // the table's name in the preferences; "" to remember nothing
	titles func(col int) string
	widths []float32 // what each column is set to now
	custom []bool    // which widths the officer chose: kept, and never fitted
	base   []float32 // the widths the table starts with
	// later runs a save of the widths a moment after a change: a drag
	// resizes a column at every move of the mouse.
	later   func(save func())
	pending bool

	// sortable tells which columns sort; nil for none. sorted is the
	// column the rows are sorted by, -1 for the order they came in, which
	// natural names when it is a column's order in naturalDir (or -1).
	sortable   func(col int) bool
	sorted     int
	dir        sortDir
	natural    int
	naturalDir sortDir
	onSort     func(col int, dir sortDir)
}

func newColumnHeads(t *keyTable, titles func(int) string, widths []float32) *columnHeads {
	h := &columnHeads{table: t, titles: titles, widths: widths, custom: make([]bool, len(widths)), later: afterDrag,
		sorted: -1, natural: -1, naturalDir: ascending}
	t.ShowHeaderRow = true
	t.CreateHeader = h.create
	t.UpdateHeader = h.update
	for i, w := range widths {
		// A short title stays whole beside its arrow ("No.", "Day").
		widths[i] = max(w, min(cellWidth(titles(i))+theme.IconInlineSize()+2*theme.Padding(), shortTitleWidth))
		t.SetColumnWidth(i, widths[i])
	}
	h.base = slices.Clone(widths)
	return h
}

// shortTitleWidth is the widest a column grows for its title to show
// whole beside the sort arrow; a longer title is cut.
const shortTitleWidth = 100

// remember names the table in the preferences and sets the widths the
// officer gave its columns last time.
func (h *columnHeads) remember(prefs settings, name string) {
	h.prefs, h.name = prefs, name
	for i, w := range prefs.columnWidths(name, len(h.widths)) {
		if w > 0 {
			h.widths[i], h.custom[i] = w, true
			h.table.SetColumnWidth(i, w)
		}
	}
}

// maxFitWidth is the widest fit makes a column.
const maxFitWidth = 340

// fit widens column col, unless the officer sized it, to show the longest
// of texts whole (up to maxFitWidth), and narrows it back to width when
// they are short: Russian and Kazakh names with patronymics are long.
func (h *columnHeads) fit(col int, texts func(yield func(string) bool)) {
	if col < 0 || col >= len(h.widths) || h.custom[col] {
		return
	}
	width := h.base[col]
	w := width
	for text := range texts {
		if w >= maxFitWidth {
			break
		}
		w = max(w, cellWidth(text))
	}
	w = min(w, max(width, maxFitWidth))
	if w != h.widths[col] {
		h.widths[col] = w // before the table redraws, so it is no drag
		h.table.SetColumnWidth(col, w)
	}
}

func (h *columnHeads) create() fyne.CanvasObject { return newHeaderCell(h.onTap) }

// update shows a column's header. The table has just sized the header to
// its column: a width other than the one known is the officer's drag.
func (h *columnHeads) update(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*headerCell)
	if w := cell.Size().Width; id.Col >= 0 && id.Col < len(h.widths) && w > 0 && w != h.widths[id.Col] {
		h.widths[id.Col], h.custom[id.Col] = w, true
		h.saveLater()
	}
	dir := unsorted
	switch {
	case id.Col == h.sorted:
		dir = h.dir
	case h.sorted < 0 && id.Col == h.natural:
		dir = h.naturalDir
	}
	cell.show(id.Col, h.titles(id.Col), dir)
}

// onTap sorts by col: ascending, descending, then as the list came. The
// column the list comes sorted by turns round at the first click.
func (h *columnHeads) onTap(col int) {
	if h.sortable == nil || !h.sortable(col) {
		return
	}
	dir := ascending
	switch {
	case col == h.sorted:
		dir = h.dir.next()
	case h.sorted < 0 && col == h.natural && h.naturalDir == ascending:
		dir = descending
	}
	if col == h.natural && dir == h.naturalDir {
		dir = unsorted // the order the list comes in
	}
	h.sortBy(col, dir)
}

// sortBy sorts the table by col in direction dir and redraws the arrows.
func (h *columnHeads) sortBy(col int, dir sortDir) {
	h.sorted, h.dir = col, dir
	if dir == unsorted {
		h.sorted = -1
	}
	h.table.Refresh()
	if h.onSort != nil {
		h.onSort(h.sorted, h.dir)
	}
}

// saveLater keeps the widths in the preferences a moment after they
// change: during a drag at most twice a second, and once after it.
func (h *columnHeads) saveLater() {
	if h.name == "" || h.pending {
		return
	}
	h.pending = true
	h.later(func() {
		h.pending = false
		chosen := make([]float32, len(h.widths)) // 0: the column's default, or fitted
		for i, w := range h.widths {
			if h.custom[i] {
				chosen[i] = w
			}
		}
		h.prefs.setColumnWidths(h.name, chosen)
	})
}

// dragPause is how long after a column's resize its width is written.
const dragPause = 500 * time.Millisecond

// afterDrag runs save on the UI thread dragPause from now.
func afterDrag(save func()) { time.AfterFunc(dragPause, func() { fyne.Do(save) }) }

// cellWidth is how wide a column must be to show text whole.
func cellWidth(text string) float32 {
	size := theme.TextSize()
	widths.Lock()
	defer widths.Unlock()
	if widths.size != size || len(widths.of) > 20_000 {
		widths.size, widths.of = size, map[string]float32{}
	}
	w, ok := widths.of[text]
	if !ok {
		w = labelWidth(text, fyne.TextStyle{}) + theme.Padding()
		widths.of[text] = w
	}
	return w
}

// widths remembers the widths cellWidth measured, at one text size:
// fitting a column measures every name it shows, at every reload, and
// shaping a text is slow.
var widths struct {
	sync.Mutex
	size float32
	of   map[string]float32
}

// rankColumnWidth is the width of a column of ranks: enough for the
// longest short rank in the window's language, so a chargé d'affaires en
// pied and a.i. are told apart (in English only the end differs).
func rankColumnWidth() float32 {
	w := float32(0)
	for _, r := range liaison.Ranks {
		w = max(w, cellWidth(rankLabel(r)))
	}
	return min(w, 280)
}

// dateTimeColumnWidth is the width of a column of days with times, enough
// for the longest in the window's language.
func dateTimeColumnWidth() float32 {
	return cellWidth(formatDate(liaison.Day(2026, 9, 28).At(18, 30)))
}
