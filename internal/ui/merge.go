package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// mergeDialog merges a duplicate mission or person into another: a
// search over the others, a preview of every change the merge makes, and
// Merge. The merge is one batch that Undo takes back.
type mergeDialog struct {
	u        *UI
	entity   string // store.EntityMission or store.EntityPerson
	from     int64
	fromName string
	// done shows the survivor after the merge.
	done func(into int64)

	search  *keyEntry
	list    *widget.List
	choices []mergeChoice
	into    int64
	preview *widget.Label
	merge   *widget.Button
	dlg     dialog.Dialog
	// loads and previews count the searches and previews started, so
	// that only the latest of each is shown.
	loads, previews int
}

// A mergeChoice is a record the duplicate can be merged into.
type mergeChoice struct {
	id    int64
	label string
}

func newMergeDialog(u *UI, entity string, from int64, fromName string, done func(into int64)) *mergeDialog {
	d := &mergeDialog{u: u, entity: entity, from: from, fromName: fromName, done: done}
	d.search = newKeyEntry()               // Escape closes the dialog
	d.search.OnSubmitted = func(string) {} // Enter merges nothing: the officer picks first
	d.search.SetPlaceHolder(lang.L("Search by name, country, email…"))
	d.search.OnChanged = func(string) { d.reload() }
	d.list = widget.NewList(d.length, func() fyne.CanvasObject { return widget.NewLabel("") }, d.updateItem)
	d.list.OnSelected = d.onChoose
	d.preview = widget.NewLabel(lang.L("Choose the one that stays: the preview shows what merging does."))
	d.preview.Wrapping = fyne.TextWrapWord
	d.merge = widget.NewButton(lang.L("Merge"), d.onMerge)
	d.merge.Importance = widget.HighImportance
	d.merge.Disable()
	return d
}

func (d *mergeDialog) length() int { return len(d.choices) }

func (d *mergeDialog) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	o.(*widget.Label).SetText(d.choices[i].label)
}

// show opens the dialog and loads the choices.
func (d *mergeDialog) show() {
	head := widget.NewLabel(fmt.Sprintf(lang.L(
		"%s is merged into the one you choose and then deleted: its invitations, people and values the other lacks go to it, its history stays. Undo takes the merge back."),
		d.fromName))
	head.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(head, nil, nil, nil, d.search)
	split := container.NewVSplit(d.list, container.NewVScroll(d.preview))
	buttons := container.NewHBox(widget.NewButton(lang.L("Cancel"), func() { d.dlg.Hide() }), d.merge)
	d.dlg = dialog.NewCustomWithoutButtons(fmt.Sprintf(lang.L("Merge %s into…"), d.fromName),
		container.NewBorder(top, container.NewCenter(buttons), nil, nil, split), d.u.win)
	d.dlg.Resize(fyne.NewSize(760, 600))
	d.dlg.Show()
	d.u.win.Canvas().Focus(d.search)
	d.reload()
}

// reload reads the records the search finds, but the duplicate.
func (d *mergeDialog) reload() {
	d.loads++
	load := d.loads
	query, entity, from := d.search.Text, d.entity, d.from
	var choices []mergeChoice
	what := lang.L("Loading people")
	if entity == store.EntityMission {
		what = lang.L("Loading missions")
	}
	d.u.tasks.quiet(what, func(ctx context.Context) error {
		var err error
		choices, err = mergeChoices(ctx, d.u.store, entity, query, from)
		return err
	}, func() {
		if load != d.loads {
			return
		}
		d.choices = choices
		d.list.UnselectAll()
		d.list.Refresh()
	})
}

// mergeChoices lists the missions or people query finds, archived and
// departed too (the preview says when one cannot be merged into).
func mergeChoices(ctx context.Context, s *store.Store, entity, query string, from int64) ([]mergeChoice, error) {
	var out []mergeChoice
	if entity == store.EntityMission {
		ms, err := s.Missions(ctx, store.MissionQuery{Search: query, IncludeArchived: true, Sort: store.ByName})
		for _, m := range ms {
			if m.Mission.ID != from {
				out = append(out, mergeChoice{m.Mission.ID, missionChoice(m.Mission)})
			}
		}
		return out, err
	}
	rows, err := s.People(ctx, store.PeopleQuery{Search: query, IncludeArchived: true, IncludeDeparted: true,
		Sort: store.PeopleByMission, Limit: pickerLimit})
	for _, r := range rows {
		if r.Person.ID != from {
			out = append(out, mergeChoice{r.Person.ID, personName(r) + " · " + missionName(r.Mission)})
		}
	}
	return out, err
}

func missionChoice(m liaison.Mission) string {
	label := missionTitle(m)
	if m.Country != "" {
		label += " · " + countryName(m.Country)
	}
	if m.Archived {
		label += " (" + lang.L("archived") + ")"
	}
	return label
}

// onChoose previews merging into the chosen record.
func (d *mergeDialog) onChoose(i widget.ListItemID) {
	if i < 0 || i >= len(d.choices) {
		return
	}
	d.into = d.choices[i].id
	d.merge.Disable()
	d.previews++
	load := d.previews
	entity, from, into := d.entity, d.from, d.into
	var plan store.MergePlan
	var refused error
	d.u.tasks.quiet(lang.L("Preparing the preview"), func(ctx context.Context) (err error) {
		plan, err = d.u.store.PlanMerge(ctx, entity, from, into)
		if errors.Is(err, store.ErrCannotMerge) {
			refused, err = err, nil
		}
		return err
	}, func() {
		if load != d.previews {
			return
		}
		if refused != nil {
			d.preview.SetText(mergeRefusal(entity))
			return
		}
		d.preview.SetText(mergePreview(plan))
		d.merge.Enable()
	})
}

// mergeRefusal says why a record cannot be merged into the one chosen.
func mergeRefusal(entity string) string {
	if entity == store.EntityPerson {
		return lang.L("Someone at post cannot be merged into someone departed or archived: they would vanish from the lists. Merge the other way, or restore the other first.")
	}
	return lang.L("A mission cannot be merged into an archived one: it would vanish from the lists. Merge the other way, or restore the other first.")
}

// onMerge merges, offers Undo in the status bar and shows the survivor.
func (d *mergeDialog) onMerge() {
	if d.into == 0 {
		return
	}
	d.dlg.Hide()
	entity, from, into := d.entity, d.from, d.into
	var plan store.MergePlan
	var batch int64
	d.u.write(lang.L("Merging"), func(ctx context.Context) (err error) {
		plan, batch, err = d.u.store.Merge(ctx, entity, from, into)
		return err
	}, func() {
		d.u.remember(fmt.Sprintf(lang.L("merge of %s into %s"), plan.FromName, plan.IntoName), func(ctx context.Context) error {
			_, err := d.u.store.UndoImport(ctx, batch)
			return err
		})
		if d.done != nil {
			d.done(into)
		}
	})
}

// batchLabel names an import or a merge, as the history and the list of
// imports show it.
func batchLabel(b store.Batch) string {
	if b.Kind == store.BatchMerge {
		return fmt.Sprintf(lang.L("merge of %s"), b.Source)
	}
	return fmt.Sprintf(lang.L("import of %s"), b.Source)
}

// mergePreview lists the changes of a merge, one a line.
func mergePreview(plan store.MergePlan) string {
	lines := make([]string, len(plan.Steps))
	for i, s := range plan.Steps {
		lines[i] = "• " + mergeStepText(plan, s)
	}
	return strings.Join(lines, "\n")
}

// mergeStepText says one change of a merge.
func mergeStepText(plan store.MergePlan, s store.MergeStep) string {
	event := func() string { return s.Event.Title + " (" + formatDate(s.Event.StartsAt.DayOnly()) + ")" }
	field := func() string { return fieldLabel(plan.Entity, s.Field) }
	switch s.Kind {
	case store.StepFill:
		switch s.Field {
		case "MissionID":
			return fmt.Sprintf(lang.L("Sets the mission: %s"), s.Value)
		case "Emails", "Phones", "Languages":
			return fmt.Sprintf(lang.L("Adds to %s: %s"), field(), s.Value)
		}
		return fmt.Sprintf(lang.L("Fills %s: %s"), field(), mergeValue(s))
	case store.StepKeep:
		return fmt.Sprintf(lang.L("Keeps its %s; drops %s"), field(), mergeValue(s))
	case store.StepMoveInvitation:
		return fmt.Sprintf(lang.L("Takes over the invitation to %s (%s)"), event(), tr(s.Status))
	case store.StepDropInvitation:
		return fmt.Sprintf(lang.L("Both were invited to %s: keeps the invitation with %s, drops the one with %s"),
			event(), tr(s.Other), tr(s.Status))
	case store.StepDeputy:
		return fmt.Sprintf(lang.L("Becomes who came instead of %s to %s"), s.Person.FullName(), event())
	case store.StepSelf:
		return fmt.Sprintf(lang.L("Came to %s in person"), event())
	case store.StepPhoto:
		return lang.L("Takes the photo")
	case store.StepHead:
		return lang.L("Becomes head of mission")
	case store.StepMovePerson:
		return fmt.Sprintf(lang.L("Takes %s"), s.Person.FullName())
	case store.StepHeadToStaff:
		return fmt.Sprintf(lang.L("Takes %s onto its staff, no longer head of mission"), s.Person.FullName())
	case store.StepDelete:
		return fmt.Sprintf(lang.L("%s is deleted; its history stays"), plan.FromName)
	}
	return string(s.Kind)
}

// mergeValue shows a step's value as the forms do.
func mergeValue(s store.MergeStep) string {
	switch s.Field {
	case "Rank":
		return tr(liaison.Rank(s.Value))
	case "Kind":
		return tr(liaison.MissionKind(s.Value))
	case "Country":
		return countryName(s.Value)
	case "NationalDay":
		if md, err := liaison.ParseMonthDay(s.Value); err == nil {
			return md.DM()
		}
	}
	if dateFields[s.Field] {
		if d, err := liaison.ParseDate(s.Value); err == nil {
			return formatDate(d)
		}
	}
	return s.Value
}

// onMerge opens Merge into… for the mission shown.
func (d *missionDetails) onMerge() {
	if md := d.newMerge(); md != nil {
		md.show()
	}
}

// newMerge returns the Merge into… dialog of the mission shown, nil when
// none is.
func (d *missionDetails) newMerge() *mergeDialog {
	m := d.current
	if m.ID == 0 || m.ID != d.form.id {
		return nil
	}
	return newMergeDialog(d.u, store.EntityMission, m.ID, missionName(m), d.u.missions.open)
}

// onMerge opens Merge into… for the person shown.
func (d *personDetails) onMerge() {
	if md := d.newMerge(); md != nil {
		md.show()
	}
}

// newMerge returns the Merge into… dialog of the person shown, nil when
// none is.
func (d *personDetails) newMerge() *mergeDialog {
	p := d.current
	if p.ID == 0 {
		return nil
	}
	return newMergeDialog(d.u, store.EntityPerson, p.ID, p.FullName(), func(into int64) {
		d.u.people.selectID = into
		d.u.people.reload()
		d.load(into)
	})
}
