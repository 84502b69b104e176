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

// actingHeadDialog asks for the date of notification of a member who is
// to lead her mission as chargé d'affaires a.i. while the post is vacant.
type actingHeadDialog struct {
	d      *personDetails
	person liaison.Person
	since  *keyEntry
	ok     *widget.Button
	cancel *widget.Button
	dlg    dialog.Dialog
}

// onActingHead offers to make the person shown acting head of mission.
func (d *personDetails) onActingHead() {
	if d.current.ID == 0 {
		return
	}
	d.newActingHead().dlg.Show()
}

func (d *personDetails) newActingHead() *actingHeadDialog {
	a := &actingHeadDialog{d: d, person: d.current, since: newDateKeyEntry(false)}
	a.since.SetText(entryDate(d.u.today()))
	a.ok = widget.NewButton(lang.L("Make acting head"), a.onOK)
	a.ok.Importance = widget.HighImportance
	a.cancel = widget.NewButton(lang.L("Cancel"), func() { a.dlg.Hide() })
	text := widget.NewLabel(fmt.Sprintf(lang.L("%s becomes chargé d'affaires a.i. and head of the mission while the post is vacant. Date of notification:"),
		a.person.FullName()))
	text.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(text, a.since)
	a.dlg = dialog.NewCustomWithoutButtons(lang.L("Acting head of mission…"), body, d.u.win)
	a.dlg.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{a.cancel, a.ok})
	a.dlg.Resize(fyne.NewSize(480, 0).Max(a.dlg.MinSize()))
	return a
}

func (a *actingHeadDialog) onOK() {
	since, err := liaison.ParseDate(a.since.Text)
	if err != nil || since.IsZero() || since.HasClock() {
		a.since.SetValidationError(errors.New(lang.L("Write the date as DD.MM.YYYY")))
		return
	}
	a.dlg.Hide()
	d, p := a.d, a.person
	var before liaison.Person
	d.u.write(lang.L("Saving the person"), func(ctx context.Context) (err error) {
		before, err = d.u.store.MakeActingHead(ctx, p.ID, since)
		if r, ok := errors.AsType[*store.ActingRefusal](err); ok {
			return errors.New(actingRefusalText(r))
		}
		return err
	}, func() {
		d.u.remember(fmt.Sprintf(lang.L("appointment of %s as acting head"), p.FullName()), func(ctx context.Context) error {
			return d.u.store.UpdatePerson(ctx, before)
		})
		d.load(p.ID)
	})
}

// actingRefusalText says why someone cannot be made acting head, in the
// window's language.
func actingRefusalText(r *store.ActingRefusal) string {
	name, mission := r.Person.FullName(), missionName(r.Mission)
	switch r.Reason {
	case store.ActingNoMission:
		return fmt.Sprintf(lang.L("%s belongs to no mission; only a member of a mission can be its acting head."), name)
	case store.ActingNotAtPost:
		return fmt.Sprintf(lang.L("%s has departed or is archived; only someone at post can be acting head."), name)
	case store.ActingMissionClosed:
		return fmt.Sprintf(lang.L("%s is archived; restore it first."), mission)
	case store.ActingGovernmentBody:
		return fmt.Sprintf(lang.L("%s is a government body; it has no chargé d'affaires."), mission)
	case store.ActingAlreadyHead:
		return fmt.Sprintf(lang.L("%s is already the head of %s."), name, mission)
	case store.ActingMissionHeaded:
		return fmt.Sprintf(lang.L("%s has a head, %s; mark them departed first."), mission, r.Head.FullName())
	}
	return r.Error()
}

// inviteHeads invites every mission of the given kinds (no kinds: all
// but government bodies) through its head or senior member, and says so
// in the status bar; missions with nobody at post, which are left out,
// are also named in a dialog, which the status bar could cut off.
func (p *eventPage) inviteHeads(kinds []liaison.MissionKind) {
	id := p.eventID
	var r store.HeadsReport
	p.change(lang.L("Inviting the heads of mission"), func(ctx context.Context) (msg string, err error) {
		r, err = p.u.store.InviteMissionHeads(ctx, id, kinds, liaison.Planned)
		return headsMessage(r), err
	}, func() {
		if len(r.Nobody) > 0 {
			inform(p.u.win, lang.L("Invite all heads"), headsMessage(r))
		}
	})
}

// headsMessage says what Invite all heads did: how many were added, and
// which missions it invited through their senior member or could not
// invite at all.
func headsMessage(r store.HeadsReport) string {
	parts := []string{fmt.Sprintf(lang.L("%d added to the list; %d missions through their head"), r.Added, r.Heads)}
	if len(r.Senior) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("through their senior member (no head): %s"), missionList(r.Senior)))
	}
	if len(r.Nobody) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("nobody at post: %s"), missionList(r.Nobody)))
	}
	return strings.Join(parts, "; ") + "."
}

func missionList(ms []liaison.Mission) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = missionName(m)
	}
	return strings.Join(names, ", ")
}
