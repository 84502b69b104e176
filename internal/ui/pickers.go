package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// The dialogs of an event's page that fill and update its list.

// onInviteByKind invites the heads of the missions of the chosen kinds.
func (p *eventPage) onInviteByKind() {
	checks := widget.NewCheckGroup(labels(liaison.MissionKinds), nil)
	checks.SetSelected([]string{tr(liaison.Embassy)})
	dialog.ShowCustomConfirm(lang.L("Invite heads by kind of mission"), lang.L("Invite"), lang.L("Cancel"), checks, func(ok bool) {
		if !ok || len(checks.Selected) == 0 {
			return
		}
		var kinds []liaison.MissionKind
		for _, l := range checks.Selected {
			if k, ok := byLabel(liaison.MissionKinds, l); ok {
				kinds = append(kinds, k)
			}
		}
		p.inviteHeads(kinds)
	}, p.u.win)
}

// onAddPeople opens a searchable checklist of people to put on the list.
func (p *eventPage) onAddPeople() {
	pk := newPeoplePicker(p.u)
	for _, r := range p.invitees.all {
		pk.listed[r.Placed.Person.ID] = true
	}
	id := p.eventID
	d := dialog.NewCustomConfirm(lang.L("Add people to the list"), lang.L("Add"), lang.L("Cancel"), pk.root, func(ok bool) {
		ids := pk.chosen()
		if !ok || len(ids) == 0 {
			return
		}
		p.change(lang.L("Adding to the list"), func(ctx context.Context) (string, error) {
			n, err := p.u.store.Invite(ctx, id, ids, liaison.Planned)
			return fmt.Sprintf(lang.L("%d added to the list."), n), err
		}, nil)
	}, p.u.win)
	d.Resize(fyne.NewSize(680, 560))
	d.Show()
	p.u.win.Canvas().Focus(pk.search)
	pk.reload()
}

// peoplePicker is a search box over a checklist of current people; ticks
// survive a change of search.
type peoplePicker struct {
	u      *UI
	search *keyEntry // Enter and Escape reach the dialog
	rows   []store.PersonRow
	ticked map[int64]bool
	listed map[int64]bool // already on the event's list
	list   *widget.List
	count  *widget.Label
	root   fyne.CanvasObject
	loads  int
}

func newPeoplePicker(u *UI) *peoplePicker {
	pk := &peoplePicker{u: u, ticked: map[int64]bool{}, listed: map[int64]bool{}}
	pk.search = newKeyEntry()
	pk.search.SetPlaceHolder(lang.L("Search by name, mission, position, country, email…"))
	pk.search.OnChanged = func(string) { pk.reload() }
	pk.list = widget.NewList(func() int { return len(pk.rows) },
		func() fyne.CanvasObject { return newKeyCheck("", nil) }, pk.updateItem)
	pk.count = widget.NewLabel("")
	pk.root = container.NewBorder(pk.search, pk.count, nil, nil, pk.list)
	return pk
}

func (pk *peoplePicker) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*keyCheck)
	c.OnChanged = nil
	r := pk.rows[i]
	label := itemLabel(r.Person, r.Mission)
	if pk.listed[r.Person.ID] {
		label += " (" + lang.L("already on the list") + ")"
	}
	c.SetText(label)
	c.SetChecked(pk.ticked[r.Person.ID])
	c.OnChanged = func(on bool) {
		pk.ticked[r.Person.ID] = on
		pk.showCount()
	}
}

// showCount says how many are shown and chosen.
func (pk *peoplePicker) showCount() {
	shown := fmt.Sprintf(lang.L("%d shown"), len(pk.rows))
	switch {
	case len(pk.rows) == 0:
		shown = lang.L("Nobody matches the search.")
	case len(pk.rows) == pickerLimit:
		shown = fmt.Sprintf(lang.L("The first %d shown; type more to narrow."), pickerLimit)
	}
	pk.count.SetText(fmt.Sprintf("%s  ·  "+lang.L("%d chosen"), shown, len(pk.chosen())))
}

// pickerLimit caps the rows the picker shows; a search narrows them.
const pickerLimit = 300

func (pk *peoplePicker) reload() {
	q := store.PeopleQuery{Search: pk.search.Text, SearchMission: true, Sort: store.PeopleByMission, Limit: pickerLimit}
	pk.loads++
	load := pk.loads
	var rows []store.PersonRow
	pk.u.tasks.quiet(lang.L("Loading people"), func(ctx context.Context) (err error) {
		rows, err = pk.u.store.People(ctx, q)
		return err
	}, func() {
		if load != pk.loads {
			return
		}
		pk.rows = rows
		pk.list.Refresh()
		pk.showCount()
	})
}

// chosen returns the IDs ticked.
func (pk *peoplePicker) chosen() []int64 {
	var ids []int64
	for id, on := range pk.ticked {
		if on {
			ids = append(ids, id)
		}
	}
	return ids
}
