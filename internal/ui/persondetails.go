package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // the photo formats vCards carry
	_ "image/jpeg"
	_ "image/png"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// personDetails shows one person beside the list: the editable form and
// their invitation history across all events.
type personDetails struct {
	u         *UI
	title     *widget.Label
	photo     *canvas.Image // hidden when the person has none
	form      *personForm
	scratch   *personForm       // never shown: what the form would say of a person
	scroll    *container.Scroll // the form's
	save      *widget.Button
	leave     *widget.Button
	archive   *widget.Button
	del       *widget.Button
	history   *sliceSource[store.HistoryRow]
	histTable *dataTable[store.HistoryRow]
	changes   *changesView
	more      *widget.Button
	tabs      *container.AppTabs
	body      *fyne.Container
	hint      fyne.CanvasObject
	pane      fyne.CanvasObject
	current   liaison.Person
	loads     int
}

func newPersonDetails(u *UI) *personDetails {
	d := &personDetails{u: u, form: newPersonForm(), history: &sliceSource[store.HistoryRow]{}}
	d.title = widget.NewLabel("")
	d.title.TextStyle.Bold = true
	d.title.Truncation = fyne.TextTruncateEllipsis
	d.photo = &canvas.Image{FillMode: canvas.ImageFillContain}
	d.photo.SetMinSize(fyne.NewSize(60, 80))
	d.photo.Hide()
	d.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), d.onSave)
	d.save.Importance = widget.HighImportance
	d.leave = widget.NewButton(lang.L("Mark departed"), d.onLeave)
	d.archive = widget.NewButton(lang.L("Archive"), d.onArchive)
	d.del = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), d.onDelete)
	cols := historyColumns()
	cols[2] = column[store.HistoryRow]{lang.L("Role"), 160, d.role}
	d.histTable = newDataTable(cols, d.history, func(_ int, h store.HistoryRow) { u.events.open(h.Event.ID) })
	d.changes = newChangesView(u)
	d.more = widget.NewButtonWithIcon(lang.L("More"), theme.MoreVerticalIcon(), d.onMore)
	buttons := newFlow(nil, 0, d.save, d.leave, d.archive, d.del, d.more) // wraps on a narrow window
	d.scroll = container.NewVScroll(d.form.form)
	submitOnEnter(d.form.form.Items, d.onSave)
	d.form.mission.onSubmit = d.onSave
	form := container.NewBorder(nil, buttons, nil, nil, d.scroll)
	d.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Details"), form),
		container.NewTabItem(lang.L("Invitation history"), d.histTable.table),
		container.NewTabItem(lang.L("Changes"), d.changes.content()),
	)
	d.pane = container.NewBorder(container.NewBorder(nil, nil, d.photo, nil, d.title), nil, nil, nil, d.tabs)
	d.hint = hintLabel(lang.L("Select a person, or add one with New person (Ctrl+N)."))
	d.body = container.NewStack(d.hint)
	return d
}

func (d *personDetails) content() fyne.CanvasObject { return d.body }

func (d *personDetails) id() int64 { return d.form.id }

// role says how the person figures in a history row: invited, or came on
// someone's behalf.
func (d *personDetails) role(h store.HistoryRow) string {
	if h.Invitee.ID != d.current.ID && h.RepresentedBy.ID == d.current.ID {
		return lang.L("came for") + " " + h.Invitee.FullName()
	}
	if h.RepresentedBy.ID != 0 && h.Invitation.Status == liaison.Attended {
		return lang.L("represented by") + " " + h.RepresentedBy.FullName()
	}
	return lang.L("invited")
}

func (d *personDetails) showPane() {
	d.body.Objects = []fyne.CanvasObject{d.pane}
	d.body.Refresh()
}

// reloadMissions refreshes the form's mission choice.
func (d *personDetails) reloadMissions() {
	var ms []liaison.HeadedMission
	d.u.tasks.quiet(lang.L("Loading missions"), func(ctx context.Context) (err error) {
		ms, err = d.u.store.Missions(ctx, store.MissionQuery{Sort: store.ByName, IncludeArchived: true})
		return err
	}, func() { d.form.setMissions(ms) })
}

// showNew shows an empty form for a new person.
func (d *personDetails) showNew() {
	d.loads++
	d.current = liaison.Person{}
	d.form.set(liaison.Person{})
	d.title.SetText(lang.L("New person"))
	d.history.rows = nil
	d.histTable.reload()
	d.changes.clear()
	for _, b := range []*widget.Button{d.leave, d.archive, d.del, d.more} {
		b.Disable()
	}
	d.tabs.SelectIndex(0)
	d.photo.Hide()
	d.scroll.ScrollToTop()
	d.showPane()
	d.u.win.Canvas().Focus(d.form.familyName)
}

// load reads the person with the given ID and shows them.
func (d *personDetails) load(id int64) {
	var p liaison.Person
	d.u.tasks.run(lang.L("Loading the person"), func(ctx context.Context) (err error) {
		p, err = d.u.store.Person(ctx, id)
		return err
	}, func() { d.show(p) })
}

// refresh reads the person shown again after a change; when they are gone
// (erased, deleted, or an import undone), the pane goes back to the hint.
func (d *personDetails) refresh(id int64) {
	var p liaison.Person
	gone := false
	d.u.tasks.run(lang.L("Loading the person"), func(ctx context.Context) (err error) {
		p, err = d.u.store.Person(ctx, id)
		if errors.Is(err, liaison.ErrNotFound) {
			gone, err = true, nil
		}
		return err
	}, func() {
		switch {
		case id != d.form.id:
			// another person was opened meanwhile
		case gone:
			d.clear()
		default:
			d.reshow(p)
		}
	})
}

// clear shows the hint instead of a person.
func (d *personDetails) clear() {
	d.loads++
	d.current, d.form.id = liaison.Person{}, 0
	d.body.Objects = []fyne.CanvasObject{d.hint}
	d.body.Refresh()
}

// show shows a person and loads their history.
func (d *personDetails) show(p liaison.Person) {
	if p.ID != d.current.ID {
		d.scroll.ScrollToTop()
		d.photo.Hide() // until theirs has loaded
	}
	d.current = p
	d.form.set(p)
	d.title.SetText(p.FullName())
	for _, b := range []*widget.Button{d.leave, d.archive, d.del, d.more} {
		b.Enable()
	}
	if p.Departed {
		d.leave.SetText(lang.L("Back at post"))
	} else {
		d.leave.SetText(lang.L("Mark departed"))
	}
	if p.Archived {
		d.archive.SetText(lang.L("Restore"))
	} else {
		d.archive.SetText(lang.L("Archive"))
	}
	d.showPane()
	d.changes.load(store.EntityPerson, p.ID)
	d.loads++
	load := d.loads
	d.loadPhoto(p.ID, load)
	var hist []store.HistoryRow
	d.u.tasks.run(lang.L("Loading the history"), func(ctx context.Context) (err error) {
		hist, err = d.u.store.PersonHistory(ctx, p.ID)
		return err
	}, func() {
		if load != d.loads {
			return
		}
		d.history.rows = hist
		d.histTable.reload()
	})
}

func (d *personDetails) onSave() {
	p, err := d.form.get()
	if err != nil {
		showError(d.u.win, lang.L("The person is not saved"), err)
		return
	}
	shown := func(p liaison.Person) {
		d.u.reloadAll()
		d.u.people.selectID = p.ID
		d.show(p)
		d.u.notify(fmt.Sprintf(lang.L("Saved: %s."), p.FullName()))
	}
	if p.ID == 0 {
		d.u.tasks.run(lang.L("Saving the person"), func(ctx context.Context) error {
			return d.u.store.CreatePerson(ctx, &p)
		}, func() { shown(p) })
		return
	}
	saveChecked(d.u, lang.L("Saving the person"), p, d.current, d.u.store.UpdatePerson, shown, nil)
}

// loadPhoto shows the person's photo beside their name, if they have
// one; load numbers the showing it belongs to.
func (d *personDetails) loadPhoto(id int64, load int) {
	var img image.Image
	d.u.tasks.quiet(lang.L("Loading the photo"), func(ctx context.Context) error {
		ph, err := d.u.store.Photo(ctx, id)
		if errors.Is(err, liaison.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		// A photo that cannot be decoded shows as none: it stays
		// stored, and exported, as it came.
		img, _, _ = image.Decode(bytes.NewReader(ph.Data))
		return nil
	}, func() {
		if load != d.loads {
			return
		}
		if img == nil {
			d.photo.Hide()
			return
		}
		d.photo.Image = img
		d.photo.Show()
		d.photo.Refresh()
	})
}

// onLeave marks the person departed today (or back at post); the history
// stays.
func (d *personDetails) onLeave() {
	p := d.current
	if p.ID == 0 {
		return
	}
	departed := !p.Departed
	d.u.write(lang.L("Saving the person"), func(ctx context.Context) error {
		return d.u.store.Update(ctx, func(tx *store.Tx) error {
			return tx.SetDeparted(p.ID, departed, d.u.today())
		})
	}, func() {
		if departed {
			// Put back as it was, unless someone changed it since the
			// departure (which left it one version on).
			before := p
			before.Version++
			d.u.remember(fmt.Sprintf(lang.L("departure of %s"), p.FullName()), func(ctx context.Context) error {
				return d.u.store.UpdatePerson(ctx, before)
			})
		}
		d.load(p.ID)
	})
}

func (d *personDetails) onArchive() {
	p := d.current
	if p.ID == 0 {
		return
	}
	d.u.archive(p.FullName(), !p.Archived, func(ctx context.Context, archived bool) error {
		return d.u.store.ArchivePerson(ctx, p.ID, archived)
	}, func() { d.load(p.ID) })
}

func (d *personDetails) onDelete() {
	p := d.current
	if p.ID == 0 || p.ID != d.form.id {
		return
	}
	question := fmt.Sprintf(lang.L("Delete %s?"), p.FullName())
	action := lang.L("Delete")
	if len(d.history.rows) > 0 {
		question = fmt.Sprintf(lang.L("%s has an invitation history, so they are archived rather than deleted:\nhidden from lists, restored with Show departed and archived and Restore."), p.FullName())
		action = lang.L("Archive")
	}
	d.u.deleteAfterAsking(lang.L("Delete person"), question, action, deletion{
		name:      p.FullName(),
		del:       func(ctx context.Context) (bool, error) { return d.u.store.DeletePerson(ctx, p.ID, p.Version) },
		unarchive: func(ctx context.Context) error { return d.u.store.ArchivePerson(ctx, p.ID, false) },
		recreate: func(ctx context.Context) error {
			again := p
			again.ID = 0
			return d.u.store.CreatePerson(ctx, &again)
		},
	}, func(archived bool) {
		if archived {
			d.load(p.ID)
			return
		}
		d.clear()
	})
}

// reshow shows p again after the list was read again (a search, a change
// elsewhere), unless the form holds what the officer typed and has not
// saved: that stays.
func (d *personDetails) reshow(p liaison.Person) {
	if !d.keepsEdits(p) {
		d.show(p)
	}
}

// keepsEdits reports whether showing p would throw away what the officer
// has typed into the form and not saved: the form shows p's person, says
// something else than it did when shown, and p does not say it either (a
// reload after a search, not the save of the form).
func (d *personDetails) keepsEdits(p liaison.Person) bool {
	if p.ID == 0 || p.ID != d.current.ID || d.form.id != p.ID {
		return false
	}
	typed, _ := d.form.get()
	typed.Version = 0 // a newer version alone changes nothing shown
	return !reflect.DeepEqual(typed, d.formOf(d.current)) && !reflect.DeepEqual(typed, d.formOf(p))
}

// formOf is what the form says of p, read back as the form reads it.
func (d *personDetails) formOf(p liaison.Person) liaison.Person {
	if d.scratch == nil {
		d.scratch = newPersonForm()
	}
	d.scratch.mission.choices = d.form.mission.choices
	d.scratch.set(p)
	said, _ := d.scratch.get()
	said.Version = 0
	return said
}
