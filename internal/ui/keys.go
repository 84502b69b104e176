package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Keys as on any desktop: Enter confirms a dialog and saves a form,
// Escape closes a dialog, Delete deletes the record selected in a list.
//
// Fyne gives a key to the widget with the focus, or to the window when
// none has it; its dialogs hear neither Enter nor Escape. The window's
// handler below presses a dialog's buttons, and keyEntry passes the keys
// a text field has no use for on to it.

// onTypedKey handles the keys no widget took.
func (u *UI) onTypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		if _, dismiss := dialogButtons(u.win.Canvas()); dismiss != nil {
			dismiss.Tapped(&fyne.PointEvent{})
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if primary, _ := dialogButtons(u.win.Canvas()); primary != nil {
			primary.Tapped(&fyne.PointEvent{})
		}
	case fyne.KeyDelete:
		// Not while a dialog is open: the record is behind it.
		if u.win.Canvas().Overlays().Top() == nil {
			u.screens[u.current()].deleteItem()
		}
	}
}

// dialogButtons returns the buttons of the dialog on top of the window:
// primary is the one Enter presses (the highlighted one, or the only
// one), dismiss the one Escape presses (the other one, or the only one).
// Either is nil when there is no dialog or no single such button.
func dialogButtons(c fyne.Canvas) (primary, dismiss *widget.Button) {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return nil, nil
	}
	// A dialog of fyne's dialog package: icon, background, content,
	// buttons and title.
	box, ok := pop.Content.(*fyne.Container)
	if !ok || len(box.Objects) != 5 {
		return nil, nil
	}
	if _, ok := box.Objects[4].(*widget.Label); !ok {
		return nil, nil
	}
	var buttons, others []*widget.Button
	collectButtons(box.Objects[3], &buttons)
	for _, b := range buttons {
		switch b.Importance {
		case widget.HighImportance, widget.DangerImportance, widget.SuccessImportance:
			if primary != nil {
				return nil, nil // two highlighted buttons: none is the default
			}
			primary = b
		default:
			others = append(others, b)
		}
	}
	if len(buttons) == 1 {
		return buttons[0], buttons[0]
	}
	if len(others) == 1 {
		dismiss = others[0]
	}
	return primary, dismiss
}

// collectButtons appends the visible, enabled buttons in o.
func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	if o == nil || !o.Visible() {
		return
	}
	switch o := o.(type) {
	case *widget.Button:
		if !o.Disabled() {
			*out = append(*out, o)
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			collectButtons(c, out)
		}
	}
}

// keyEntry is a widget.Entry that passes on to the window the keys it has
// no use for: Escape, and Enter in a one-line field with no OnSubmitted.
// In a dialog they then close or confirm it, as with nothing focused.
type keyEntry struct {
	widget.Entry
	onEscape func() // when set, Escape calls it instead
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey passes Escape, and Enter where it does nothing, to the window.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	enter := ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	if ev.Name == fyne.KeyEscape || enter && !e.MultiLine && e.OnSubmitted == nil {
		toWindow(e, ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// submitOnEnter makes Enter in the one-line fields of a form call save.
// Multi-line fields keep Enter for a new line.
func submitOnEnter(items []*widget.FormItem, save func()) {
	submit := func(e *widget.Entry) {
		if !e.MultiLine && e.OnSubmitted == nil {
			e.OnSubmitted = func(string) { save() }
		}
	}
	for _, it := range items {
		switch w := it.Widget.(type) {
		case *widget.Entry:
			submit(w)
		case *widget.SelectEntry:
			submit(&w.Entry)
		case *keyEntry:
			submit(&w.Entry)
		}
	}
}

// focusList moves the focus from a search field to the list, selecting
// its first row when none is, so that Delete and the arrows act on what
// the search found.
func (d *dataTable[T]) focusList(c fyne.Canvas) {
	if d.selected < 0 && d.src.Len() > 0 {
		d.selectRow(0)
	}
	c.Focus(d.table)
}

// passKey gives Escape and Enter to the window's handler, which closes or
// confirms the dialog on top, and reports whether ev was one of them. A
// focused select or check would otherwise keep them: Fyne gives a key to
// the widget with the focus only.
func passKey(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyEscape && ev.Name != fyne.KeyReturn && ev.Name != fyne.KeyEnter {
		return false
	}
	toWindow(o, ev)
	return true
}

// toWindow gives ev to the key handler of the window that shows o.
func toWindow(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// keySelect is a widget.Select of a dialog that passes Escape and Enter on
// to the window.
type keySelect struct{ widget.Select }

func newKeySelect(options []string, changed func(string)) *keySelect {
	s := &keySelect{}
	s.PlaceHolder = widget.NewSelect(nil, nil).PlaceHolder // Fyne's own, translated
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Escape and Enter to the window.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// keyCheck is a widget.Check of a dialog that passes Escape and Enter on
// to the window.
type keyCheck struct{ widget.Check }

func newKeyCheck(label string, changed func(bool)) *keyCheck {
	c := &keyCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes Escape and Enter to the window.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !passKey(c, ev) {
		c.Check.TypedKey(ev)
	}
}
