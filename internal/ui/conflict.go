package ui

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// saveChecked saves rec, a mission, person, event or invitation read at
// some version, through save. When someone else saved the record since,
// it shows both versions field by field (see conflictDialog) and saves
// what the officer chose against the new version, again and again while
// conflicts come. base is the record as the officer found it before her
// edit (fields she did not change default to the values saved meanwhile).
// saved runs with the record as stored; cancelled, which may be nil, when
// she cancels or the save fails (after its error is shown): what she
// typed stays where it was.
func saveChecked[T any](u *UI, what string, rec, base T, save func(context.Context, T) error, saved func(T), cancelled func()) {
	var conflict *store.ConflictError
	var names conflictNames
	var failed error
	u.tasks.run(what, func(ctx context.Context) error {
		err := save(ctx, rec)
		c, ok := errors.AsType[*store.ConflictError](err)
		if ok {
			_, ok = c.Saved.(T) // not a refused delete
		}
		if !ok {
			failed = err
			return nil
		}
		conflict = c
		names = u.conflictNames(ctx, c.Yours, c.Saved)
		return nil
	}, func() {
		failed = u.tasks.explained(failed) // a server out of reach, said plainly
		switch {
		case errors.Is(failed, context.Canceled) && cancelled != nil:
			cancelled()
			return
		case errors.Is(failed, context.Canceled):
			return
		case failed != nil && cancelled == nil:
			showError(u.win, what, failed)
			return
		case failed != nil:
			u.showErrorThen(what, failed, cancelled)
			return
		}
		if conflict == nil {
			saved(withVersion(rec, versionOf(rec)+1))
			return
		}
		now := conflict.Saved.(T)
		again := func(merged T) { saveChecked(u, what, merged, now, save, saved, cancelled) }
		if len(conflict.Fields) == 0 {
			again(withVersion(rec, versionOf(now))) // the same values: only the version moved
			return
		}
		newConflictDialog(u, conflict, base, names, func(merged any) { again(merged.(T)) }, cancelled).show()
	})
}

// versionOf returns a record's Version field.
func versionOf(rec any) int64 {
	v := reflect.ValueOf(rec)
	if v.Kind() != reflect.Struct {
		return 0
	}
	if f := v.FieldByName("Version"); f.IsValid() {
		return f.Int()
	}
	return 0
}

// withVersion returns rec at version.
func withVersion[T any](rec T, version int64) T {
	v := reflect.ValueOf(&rec).Elem()
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Version"); f.IsValid() && f.CanSet() {
			f.SetInt(version)
		}
	}
	return rec
}

// A conflictDialog shows a record the officer was saving beside the one
// another officer saved meanwhile, a line per field that differs, and
// lets her keep, for each, hers or the one saved; Save then hands over
// the merged record at the version saved.
type conflictDialog struct {
	u       *UI
	c       *store.ConflictError
	names   conflictNames
	choices []*fieldChoice
	dlg     dialog.Dialog
	save    *widget.Button
	cancel  *widget.Button
	merged  func(any)
	// cancelled runs when the officer cancels; may be nil.
	cancelled func()
}

// A fieldChoice is one line of the dialog: two checks, one of which is
// always on.
type fieldChoice struct {
	field        string
	yours, saved *widget.Check
}

// takeSaved reports whether the line keeps the value saved meanwhile.
func (f *fieldChoice) takeSaved() bool { return f.saved.Checked }

// choose turns on the yours or the saved check, and the other off.
func (f *fieldChoice) choose(saved bool) {
	f.saved.SetChecked(saved)
	f.yours.SetChecked(!saved)
}

func newFieldChoice(field, yours, saved string) *fieldChoice {
	f := &fieldChoice{field: field}
	f.yours = widget.NewCheck(shorten(yours, conflictValueWidth), nil)
	f.saved = widget.NewCheck(shorten(saved, conflictValueWidth), nil)
	// Each check turns the other off, and back on when itself is turned
	// off: one of the two is always chosen.
	f.yours.OnChanged = func(on bool) { f.saved.SetChecked(!on) }
	f.saved.OnChanged = func(on bool) { f.yours.SetChecked(!on) }
	return f
}

// conflictValueWidth is how many characters of a value a line shows.
const conflictValueWidth = 34

// newConflictDialog lays out the choice between c.Yours and c.Saved. base
// is what the officer started from (zero when unknown): the fields she
// changed keep her value, the others the one saved meanwhile.
func newConflictDialog(u *UI, c *store.ConflictError, base any, names conflictNames, merged func(any), cancelled func()) *conflictDialog {
	d := &conflictDialog{u: u, c: c, names: names, merged: merged, cancelled: cancelled}
	known := versionOf(base) != 0
	typed := store.DifferentFields(c.Yours, base) // what she changed
	yours, saved := reflect.ValueOf(c.Yours), reflect.ValueOf(c.Saved)
	grid := container.NewGridWithColumns(3,
		widget.NewLabelWithStyle(lang.L("Field"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.L("Yours"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.L("Saved meanwhile"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, field := range c.Fields {
		ch := newFieldChoice(field, names.show(c.Entity, field, yours.FieldByName(field)),
			names.show(c.Entity, field, saved.FieldByName(field)))
		ch.choose(known && !slices.Contains(typed, field))
		d.choices = append(d.choices, ch)
		label := widget.NewLabel(fieldLabel(c.Entity, field))
		label.Truncation = fyne.TextTruncateEllipsis
		grid.Add(label)
		grid.Add(ch.yours)
		grid.Add(ch.saved)
	}
	intro := widget.NewLabel(fmt.Sprintf(lang.L("%s was changed by someone else while you were editing. For each field, choose the value to keep; nothing is saved until you press Save."),
		conflictName(c)))
	intro.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(grid)
	scroll.SetMinSize(fyne.NewSize(0, min(grid.MinSize().Height, 300)))
	d.save = widget.NewButton(lang.L("Save"), d.onSave)
	d.save.Importance = widget.HighImportance
	d.cancel = widget.NewButton(lang.L("Cancel"), d.onCancel)
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("Changed meanwhile"), container.NewBorder(intro, nil, nil, nil, scroll), u.win)
	d.dlg.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{d.cancel, d.save})
	return d
}

func (d *conflictDialog) show() {
	d.u.conflict = d
	d.dlg.Resize(fyne.NewSize(760, 0).Max(d.dlg.MinSize()))
	d.dlg.Show()
}

// onSave hands over the officer's record with the chosen fields taken
// from the one saved, at the version saved.
func (d *conflictDialog) onSave() {
	d.dlg.Hide()
	d.merged(d.merge())
}

func (d *conflictDialog) onCancel() {
	d.dlg.Hide()
	if d.cancelled != nil {
		d.cancelled()
	}
}

// merge returns c.Yours with the fields chosen from c.Saved, at the
// version saved.
func (d *conflictDialog) merge() any {
	out := reflect.New(reflect.TypeOf(d.c.Yours)).Elem()
	out.Set(reflect.ValueOf(d.c.Yours))
	saved := reflect.ValueOf(d.c.Saved)
	for _, ch := range d.choices {
		if ch.takeSaved() {
			out.FieldByName(ch.field).Set(saved.FieldByName(ch.field))
		}
	}
	out.FieldByName("Version").Set(saved.FieldByName("Version"))
	return out.Interface()
}

// conflictName names the record of a conflict as the officer knows it: a
// mission by its name in the window's language.
func conflictName(c *store.ConflictError) string {
	if m, ok := c.Saved.(liaison.Mission); ok {
		return missionName(m)
	}
	if c.Name != "" {
		return c.Name
	}
	return fmt.Sprintf("%s %d", c.Entity, c.ID)
}

// conflictText says in the window's language that a record changed
// meanwhile, for a refusal that offers no choice (an undo, a deletion).
func conflictText(c *store.ConflictError) string {
	s := fmt.Sprintf(lang.L("%s was changed by someone else meanwhile."), conflictName(c))
	if len(c.Fields) > 0 {
		labels := make([]string, len(c.Fields))
		for i, f := range c.Fields {
			labels[i] = fieldLabel(c.Entity, f)
		}
		s += " " + lang.L("Changed:") + " " + strings.Join(labels, ", ") + "."
	}
	if c.Delete {
		return s + " " + lang.L("Nothing was deleted: look at it again and retry.")
	}
	return s + " " + lang.L("Nothing was saved: look at it again and retry.")
}

// conflictNames are the names of the missions and people two versions
// of a record refer to by ID.
type conflictNames struct {
	missions, people map[int64]string
}

// conflictNames looks up the missions and people the records name.
func (u *UI) conflictNames(ctx context.Context, recs ...any) conflictNames {
	n := conflictNames{missions: map[int64]string{}, people: map[int64]string{}}
	for _, r := range recs {
		v := reflect.ValueOf(r)
		if v.Kind() != reflect.Struct {
			continue
		}
		if f := v.FieldByName("MissionID"); f.IsValid() && f.Int() != 0 {
			if m, err := u.store.Mission(ctx, f.Int()); err == nil {
				n.missions[m.ID] = missionName(m)
			}
		}
		if f := v.FieldByName("RepresentedBy"); f.IsValid() && f.Int() != 0 {
			if p, err := u.store.Person(ctx, f.Int()); err == nil {
				n.people[p.ID] = p.FullName()
			}
		}
	}
	return n
}

// show shows a field's value as the forms do; "—" for none.
func (n conflictNames) show(entity, field string, v reflect.Value) string {
	if !v.IsValid() {
		return "—"
	}
	s := ""
	switch x := v.Interface().(type) {
	case bool:
		s = lang.L("no")
		if x {
			s = lang.L("yes")
		}
	case string:
		s = x
	case []string:
		s = strings.Join(x, ", ")
	case liaison.Date:
		if !x.IsZero() {
			s = formatDate(x)
		}
	case liaison.MonthDay:
		s = x.DM()
	case liaison.Status:
		s = tr(x)
	case liaison.Channel:
		if x != "" {
			s = tr(x)
		}
	case liaison.Rank:
		if x != "" {
			s = tr(x)
		}
	case liaison.MissionKind:
		s = tr(x)
	case liaison.EventKind:
		s = tr(x)
	case int64:
		switch {
		case x == 0:
		case field == "MissionID":
			s = orDeleted(n.missions[x])
		case field == "RepresentedBy":
			s = orDeleted(n.people[x])
		default:
			s = fmt.Sprint(x)
		}
	default:
		s = fmt.Sprint(x)
	}
	if s = strings.Join(strings.Fields(s), " "); s == "" {
		return "—"
	}
	return s
}
