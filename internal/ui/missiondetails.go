package ui

import (
	"context"
	"fmt"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// missionDetails shows one mission beside the list: its editable form,
// its staff and its invitation history.
type missionDetails struct {
	u         *UI
	title     *widget.Label
	form      *missionForm
	scratch   *missionForm      // never shown: what the form would say of a mission
	scroll    *container.Scroll // the form's
	save      *widget.Button
	archive   *widget.Button
	del       *widget.Button
	merge     *widget.Button // Merge into…, for a duplicate
	staff     *sliceSource[store.PersonRow]
	staffList *dataTable[store.PersonRow]
	addPerson *widget.Button // on the Staff tab
	history   *sliceSource[store.HistoryRow]
	histTable *dataTable[store.HistoryRow]
	changes   *changesView
	tabs      *container.AppTabs
	body      *fyne.Container // the tabs, or the hint when nothing is selected
	hint      fyne.CanvasObject
	pane      fyne.CanvasObject
	current   liaison.Mission // as last loaded
	loads     int
}

func newMissionDetails(u *UI) *missionDetails {
	d := &missionDetails{u: u, form: newMissionForm(),
		staff: &sliceSource[store.PersonRow]{}, history: &sliceSource[store.HistoryRow]{}, changes: newChangesView(u)}
	d.title = widget.NewLabel("")
	d.title.TextStyle.Bold = true
	d.title.Truncation = fyne.TextTruncateEllipsis
	d.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), d.onSave)
	d.save.Importance = widget.HighImportance
	d.archive = widget.NewButton(lang.L("Archive"), d.onArchive)
	d.del = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), d.onDelete)
	d.staffList = newDataTable([]column[store.PersonRow]{
		{lang.L("Name"), 230, staffName},
		{lang.L("Rank"), 130, func(r store.PersonRow) string { return rankLabel(r.Person.Rank) }},
		{lang.L("Status"), 110, staffStatus},
		{lang.L("Position"), 180, func(r store.PersonRow) string { return r.Person.Position }},
	}, d.staff, func(_ int, r store.PersonRow) { u.people.open(r.Person.ID) })
	d.histTable = newDataTable(historyColumns(), d.history, func(_ int, h store.HistoryRow) { u.events.open(h.Event.ID) })
	d.merge = widget.NewButton(lang.L("Merge into…"), d.onMerge)
	buttons := newFlow(nil, 0, d.save, d.archive, d.del, d.merge) // wraps on a narrow window
	d.scroll = container.NewVScroll(d.form.form)
	submitOnEnter(d.form.form.Items, d.onSave)
	form := container.NewBorder(nil, buttons, nil, nil, d.scroll)
	d.addPerson = widget.NewButtonWithIcon(lang.L("Add person"), theme.ContentAddIcon(), d.onAddPerson)
	staff := container.NewBorder(container.NewHBox(d.addPerson), nil, nil, nil, d.staffList.table)
	d.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Details"), form),
		container.NewTabItem(lang.L("Staff"), staff),
		container.NewTabItem(lang.L("Invitation history"), d.histTable.table),
		container.NewTabItem(lang.L("Changes"), d.changes.content()),
	)
	d.pane = container.NewBorder(d.title, nil, nil, nil, d.tabs)
	d.hint = hintLabel(lang.L("Select a mission, or add one with New mission (Ctrl+N)."))
	d.body = container.NewStack(d.hint)
	return d
}

func (d *missionDetails) content() fyne.CanvasObject { return d.body }

// id returns the ID of the mission shown; 0 for none or a new one.
func (d *missionDetails) id() int64 { return d.form.id }

func (d *missionDetails) showPane() {
	d.body.Objects = []fyne.CanvasObject{d.pane}
	d.body.Refresh()
}

// showNew shows an empty form for a new mission.
func (d *missionDetails) showNew() {
	d.loads++
	d.form.set(liaison.Mission{Kind: liaison.Embassy})
	d.title.SetText(lang.L("New mission"))
	d.staff.rows, d.history.rows = nil, nil
	d.staffList.reload()
	d.histTable.reload()
	d.changes.clear()
	d.archive.Disable()
	d.del.Disable()
	d.merge.Disable()
	d.addPerson.Disable()
	d.tabs.SelectIndex(0)
	d.scroll.ScrollToTop()
	d.showPane()
	d.u.win.Canvas().Focus(d.form.name)
}

// show shows a mission and loads its staff and history.
func (d *missionDetails) show(m liaison.Mission) {
	if m.ID != d.current.ID {
		d.scroll.ScrollToTop()
	}
	d.current = m
	d.form.set(m)
	d.title.SetText(missionTitle(m))
	d.archive.Enable()
	d.del.Enable()
	d.merge.Enable()
	d.addPerson.Enable()
	if m.Archived {
		d.archive.SetText(lang.L("Restore"))
	} else {
		d.archive.SetText(lang.L("Archive"))
	}
	d.showPane()
	d.changes.load(store.EntityMission, m.ID)
	d.loads++
	load := d.loads
	var staff []store.PersonRow
	var hist []store.HistoryRow
	d.u.tasks.run(lang.L("Loading the mission"), func(ctx context.Context) (err error) {
		staff, err = d.u.store.People(ctx, store.PeopleQuery{MissionID: m.ID, IncludeDeparted: true,
			IncludeArchived: true, Sort: store.PeopleByMission})
		if err != nil {
			return err
		}
		hist, err = d.u.store.MissionHistory(ctx, m.ID)
		return err
	}, func() {
		if load != d.loads {
			return
		}
		d.staff.rows, d.history.rows = staff, hist
		d.staffList.reload()
		d.histTable.reload()
	})
}

func (d *missionDetails) onSave() {
	m, err := d.form.get()
	if err != nil {
		showError(d.u.win, lang.L("The mission is not saved"), err)
		return
	}
	shown := func(m liaison.Mission) {
		d.u.reloadAll()
		d.u.missions.selectID = m.ID
		d.show(m)
		d.u.notify(fmt.Sprintf(lang.L("Saved: %s."), missionTitle(m)))
	}
	if m.ID == 0 {
		d.u.tasks.run(lang.L("Saving the mission"), func(ctx context.Context) error {
			return d.u.store.CreateMission(ctx, &m)
		}, func() { shown(m) })
		return
	}
	saveChecked(d.u, lang.L("Saving the mission"), m, d.current, d.u.store.UpdateMission, shown, nil)
}

// onAddPerson opens the form for a new person of the mission shown.
func (d *missionDetails) onAddPerson() {
	if d.current.ID == 0 || d.current.ID != d.form.id {
		return
	}
	d.u.people.newItemOf(d.current.ID)
}

func (d *missionDetails) onArchive() {
	m := d.current
	if m.ID == 0 || m.ID != d.form.id {
		return
	}
	d.u.archive(missionName(m), !m.Archived, func(ctx context.Context, archived bool) error {
		return d.u.store.ArchiveMission(ctx, m.ID, archived)
	}, func() {
		m.Archived = !m.Archived
		d.show(m)
	})
}

func (d *missionDetails) onDelete() {
	m := d.current
	if m.ID == 0 || m.ID != d.form.id {
		return
	}
	question := fmt.Sprintf(lang.L("Delete %s?"), missionName(m))
	action := lang.L("Delete")
	if len(d.staff.rows) > 0 || len(d.history.rows) > 0 {
		question = fmt.Sprintf(lang.L("%s has people or an invitation history, so it is archived rather than deleted:\nhidden from lists, restored with Show archived and Restore."), missionName(m))
		action = lang.L("Archive")
	}
	d.u.deleteAfterAsking(lang.L("Delete mission"), question, action, deletion{
		name:      missionName(m),
		del:       func(ctx context.Context) (bool, error) { return d.u.store.DeleteMission(ctx, m.ID, m.Version) },
		unarchive: func(ctx context.Context) error { return d.u.store.ArchiveMission(ctx, m.ID, false) },
		recreate: func(ctx context.Context) error {
			again := m
			again.ID = 0
			return d.u.store.CreateMission(ctx, &again)
		},
	}, func(archived bool) {
		if archived {
			m.Archived = true
			d.show(m)
			return
		}
		d.clear()
	})
}

// clear shows the hint instead of a mission.
func (d *missionDetails) clear() {
	d.loads++
	d.current, d.form.id = liaison.Mission{}, 0
	d.body.Objects = []fyne.CanvasObject{d.hint}
	d.body.Refresh()
}

// staffName is a person's name in the staff list, with a star for the
// head of mission.
func staffName(r store.PersonRow) string {
	if r.Person.HeadOfMission && r.Person.Current() {
		return r.Person.FullName() + " ★"
	}
	return r.Person.FullName()
}

func staffStatus(r store.PersonRow) string {
	switch {
	case r.Person.Archived:
		return lang.L("archived")
	case r.Person.Departed:
		return lang.L("departed")
	case r.Person.HeadOfMission:
		return lang.L("head of mission")
	}
	return lang.L("at post")
}

// historyColumns are the columns of an invitation history, narrow enough
// for the pane beside a list.
func historyColumns() []column[store.HistoryRow] {
	return []column[store.HistoryRow]{
		{lang.L("Date"), 95, func(h store.HistoryRow) string { return formatDate(h.Event.StartsAt.DayOnly()) }},
		{lang.L("Event"), 170, func(h store.HistoryRow) string { return h.Event.Title }},
		{lang.L("Invited"), 160, func(h store.HistoryRow) string { return h.Invitee.FullName() }},
		{lang.L("Outcome"), 190, outcome},
	}
}

// outcome says how an invitation ended, and who came when a deputy did:
// "Attended: Kovalyova Olga".
func outcome(h store.HistoryRow) string {
	if h.RepresentedBy.ID != 0 && h.Invitation.Status.AllowsDeputy() {
		return statusOf(h.Invitation.Status, h.Invitee) + ": " + h.RepresentedBy.FullName()
	}
	return statusOf(h.Invitation.Status, h.Invitee)
}

// reshow shows m again after the list was read again (a search, a change
// elsewhere), unless the form holds what the officer typed and has not
// saved: that stays.
func (d *missionDetails) reshow(m liaison.Mission) {
	if !d.keepsEdits(m) {
		d.show(m)
	}
}

// keepsEdits reports whether showing m would throw away what the officer
// has typed into the form and not saved (see personDetails.keepsEdits).
func (d *missionDetails) keepsEdits(m liaison.Mission) bool {
	if m.ID == 0 || m.ID != d.current.ID || d.form.id != m.ID {
		return false
	}
	typed, _ := d.form.get()
	typed.Version = 0 // a newer version alone changes nothing shown
	return !reflect.DeepEqual(typed, d.formOf(d.current)) && !reflect.DeepEqual(typed, d.formOf(m))
}

// formOf is what the form says of m, read back as the form reads it.
func (d *missionDetails) formOf(m liaison.Mission) liaison.Mission {
	if d.scratch == nil {
		d.scratch = newMissionForm()
	}
	d.scratch.set(m)
	said, _ := d.scratch.get()
	said.Version = 0
	return said
}
