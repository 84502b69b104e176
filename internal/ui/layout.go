package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowLayout lays its objects out left to right at their minimum widths
// and starts a new line when the width runs out, as words wrap: a toolbar
// in Russian or Kazakh, whose labels are longer, takes two lines rather
// than pushing its buttons off the window. The fill object, when set (a
// search field, a title), is at least fillMin wide and takes what is left
// of its line.
type flowLayout struct {
	fill    fyne.CanvasObject
	fillMin float32
	width   float32 // the width last laid out, which MinSize answers for
}

// newFlow returns a container that wraps objects as flowLayout does.
func newFlow(fill fyne.CanvasObject, fillMin float32, objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{fill: fill, fillMin: fillMin}, objects...)
}

// minWidth is the width o takes on a line.
func (f *flowLayout) minWidth(o fyne.CanvasObject) float32 {
	w := o.MinSize().Width
	if o == f.fill {
		w = max(w, f.fillMin)
	}
	return w
}

// lines splits the visible objects into lines no wider than width; an
// object wider than width has a line of its own.
func (f *flowLayout) lines(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	pad := theme.Padding()
	var out [][]fyne.CanvasObject
	var line []fyne.CanvasObject
	x := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w := f.minWidth(o)
		if len(line) > 0 && x+pad+w > width {
			out = append(out, line)
			line, x = nil, 0
		}
		if len(line) > 0 {
			x += pad
		}
		line = append(line, o)
		x += w
	}
	if len(line) > 0 {
		out = append(out, line)
	}
	return out
}

func lineHeight(line []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range line {
		h = max(h, o.MinSize().Height)
	}
	return h
}

// heightFor is the height the objects take laid out in width.
func (f *flowLayout) heightFor(objects []fyne.CanvasObject, width float32) float32 {
	lines := f.lines(objects, width)
	h := float32(0)
	for i, line := range lines {
		if i > 0 {
			h += theme.Padding()
		}
		h += lineHeight(line)
	}
	return h
}

// Layout places the objects line by line, the fill object widened by what
// its line leaves.
func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, line := range f.lines(objects, size.Width) {
		h := lineHeight(line)
		spare := size.Width + pad
		for _, o := range line {
			spare -= f.minWidth(o) + pad
		}
		x := float32(0)
		for _, o := range line {
			w := f.minWidth(o)
			if o == f.fill && spare > 0 {
				w += spare
			}
			w = min(w, size.Width) // an object wider than the window is cut, not the window widened
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(w, h))
			x += w + pad
		}
		y += h + pad
	}
}

// MinSize is as wide as the widest object and as high as the lines take
// in the width last laid out (on one line before the first layout).
func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objects {
		if o.Visible() {
			w = max(w, f.minWidth(o))
		}
	}
	width := f.width
	if width <= 0 {
		width = 1 << 20
	}
	return fyne.NewSize(w, f.heightFor(objects, width))
}

// pageLayout stacks bars over a body that takes the rest of the height.
// A bar that wraps (a newFlow container) is as high as it needs at the
// page's width: Fyne asks other layouts for a height before it gives the
// width.
type pageLayout struct{}

// newPage returns a container with the bars on top of body.
func newPage(body fyne.CanvasObject, bars ...fyne.CanvasObject) *fyne.Container {
	return container.New(pageLayout{}, append(bars, body)...)
}

// barHeight is how high bar is at width.
func barHeight(bar fyne.CanvasObject, width float32) float32 {
	if c, ok := bar.(*fyne.Container); ok {
		if f, ok := c.Layout.(*flowLayout); ok {
			return f.heightFor(c.Objects, width)
		}
	}
	return bar.MinSize().Height
}

func (pageLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	bars, body := objects[:len(objects)-1], objects[len(objects)-1]
	y := float32(0)
	for _, b := range bars {
		if !b.Visible() {
			continue
		}
		h := barHeight(b, size.Width)
		b.Move(fyne.NewPos(0, y))
		b.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
	body.Move(fyne.NewPos(0, y))
	body.Resize(fyne.NewSize(size.Width, max(size.Height-y, 0)))
}

func (pageLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	size := fyne.Size{}
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		size.Width = max(size.Width, m.Width)
		size.Height += m.Height + pad
	}
	return fyne.NewSize(size.Width, max(size.Height-pad, 0))
}

// labelWidth is how wide a label needs to be to show text whole.
func labelWidth(text string, style fyne.TextStyle) float32 {
	return fyne.MeasureText(text, theme.TextSize(), style).Width + 2*theme.InnerPadding()
}

// hintLabel is a hint in the middle of an empty pane, wrapped to the
// pane's width: a long translation must not widen the window.
func hintLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Alignment = fyne.TextAlignCenter
	return container.NewVBox(layout.NewSpacer(), l, layout.NewSpacer())
}
