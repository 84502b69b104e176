package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// eventForm edits an event in a dialog.
type eventForm struct {
	id        int64
	archived  bool
	shown     liaison.Event // as it was when the form opened, at the version a save checks
	title     *keyEntry
	kind      *keySelect
	date      *keyEntry
	clock     *keyEntry
	venue     *keyEntry
	host      *keyEntry
	partners  *keyEntry
	rsvpBy    *keyEntry
	dressCode *widget.SelectEntry
	notes     *widget.Entry
	form      *widget.Form
}

func newEventForm() *eventForm {
	f := &eventForm{
		title:    newKeyEntry(),
		kind:     newKeySelect(labels(liaison.EventKinds), nil),
		date:     newDateKeyEntry(false),
		clock:    newKeyEntry(),
		venue:    newKeyEntry(),
		host:     newKeyEntry(),
		partners: newKeyEntry(),
		rsvpBy:   newDateKeyEntry(false),
		dressCode: widget.NewSelectEntry([]string{lang.L("Business attire"), lang.L("Lounge suit"),
			lang.L("National dress welcome"), lang.L("Black tie"), lang.L("Casual")}),
		notes: widget.NewMultiLineEntry(),
	}
	f.clock.SetPlaceHolder(lang.L("HH:MM"))
	f.clock.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		if _, _, err := liaison.ParseClock(s); err != nil {
			return errors.New(lang.L("Write the time as HH:MM"))
		}
		return nil
	}
	f.partners.SetPlaceHolder(lang.L("Who support the event, separated by semicolons"))
	f.notes.SetMinRowsVisible(3)
	f.form = widget.NewForm(
		widget.NewFormItem(required(lang.L("Title")), f.title),
		widget.NewFormItem(lang.L("Kind"), f.kind),
		widget.NewFormItem(required(lang.L("Date")), f.date),
		widget.NewFormItem(lang.L("Time"), f.clock),
		widget.NewFormItem(lang.L("Venue"), f.venue),
		widget.NewFormItem(lang.L("Host"), f.host),
		widget.NewFormItem(lang.L("Partners"), f.partners),
		widget.NewFormItem(lang.L("RSVP by"), f.rsvpBy),
		widget.NewFormItem(lang.L("Dress code"), f.dressCode),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	)
	return f
}

func (f *eventForm) set(e liaison.Event) {
	f.id, f.archived, f.shown = e.ID, e.Archived, e
	f.title.SetText(e.Title)
	if e.Kind == "" {
		e.Kind = liaison.Briefing
	}
	f.kind.SetSelected(tr(e.Kind))
	f.date.SetText(entryDate(e.StartsAt.DayOnly()))
	f.clock.SetText("")
	if e.StartsAt.HasClock() {
		h, m := e.StartsAt.Clock()
		f.clock.SetText(twoDigits(h) + ":" + twoDigits(m))
	}
	f.venue.SetText(e.Venue)
	f.host.SetText(e.Host)
	f.partners.SetText(e.Partners)
	f.rsvpBy.SetText(entryDate(e.RSVPBy))
	f.dressCode.SetText(e.DressCode)
	f.notes.SetText(e.Notes)
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func (f *eventForm) get() (liaison.Event, error) {
	e := liaison.Event{ID: f.id, Archived: f.archived, Version: f.shown.Version, Title: f.title.Text, Venue: f.venue.Text,
		Host: f.host.Text, Partners: f.partners.Text, DressCode: f.dressCode.Text, Notes: f.notes.Text}
	e.Kind, _ = byLabel(liaison.EventKinds, f.kind.Selected)
	var ps liaison.Problems
	var err error
	if e.StartsAt, err = liaison.ParseDate(f.date.Text); err != nil {
		ps = append(ps, liaison.Problem{Field: "Date", What: msg("is not a date: write it as DD.MM.YYYY"), Got: f.date.Text})
	}
	if f.clock.Text != "" && err == nil {
		h, m, err := liaison.ParseClock(f.clock.Text)
		if err != nil {
			ps = append(ps, liaison.Problem{Field: "Time", What: msg("is not a time of day: write it as HH:MM"), Got: f.clock.Text})
		} else if !e.StartsAt.IsZero() {
			e.StartsAt = e.StartsAt.At(h, m)
		}
	}
	if e.RSVPBy, err = liaison.ParseDate(f.rsvpBy.Text); err != nil {
		ps = append(ps, liaison.Problem{Field: "RSVP by", What: msg("is not a date: write it as DD.MM.YYYY"), Got: f.rsvpBy.Text})
	}
	if len(ps) > 0 {
		return e, ps
	}
	return e, e.Validate()
}

// editEvent opens the event form in a dialog; saved runs with the saved
// event. When the event is not valid the dialog says why and opens again
// with what the officer typed.
func (u *UI) editEvent(e liaison.Event, saved func(liaison.Event)) {
	f := newEventForm()
	f.set(e)
	u.showEventForm(f, saved)
}

func (u *UI) showEventForm(f *eventForm, saved func(liaison.Event)) {
	u.eventForm = f
	title := lang.L("New event")
	if f.id != 0 {
		title = lang.L("Edit event")
	}
	d := dialog.NewCustomConfirm(title, lang.L("Save"), lang.L("Cancel"), f.form, func(ok bool) {
		if !ok {
			return
		}
		e, err := f.get()
		if err != nil {
			u.showErrorThen(lang.L("The event is not saved"), err, func() { u.showEventForm(f, saved) })
			return
		}
		if e.ID == 0 {
			u.createEvent(f, e, saved)
			return
		}
		// Cancelling a conflict opens the form again as it was typed.
		saveChecked(u, lang.L("Saving the event"), e, f.shown, u.store.UpdateEvent, func(e liaison.Event) {
			u.reloadAll()
			saved(e)
		}, func() { u.showEventForm(f, saved) })
	}, u.win)
	// The other fields pass Enter to the window, which presses Save.
	f.dressCode.OnSubmitted = func(string) { d.Confirm() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(f.title)
}

// createEvent saves a new event. When that fails (the office database out
// of reach, say), the form opens again as typed once the error is read.
func (u *UI) createEvent(f *eventForm, e liaison.Event, saved func(liaison.Event)) {
	what := lang.L("Saving the event")
	var failed error
	u.tasks.run(what, func(ctx context.Context) error {
		failed = u.store.CreateEvent(ctx, &e)
		return nil
	}, func() {
		switch {
		case errors.Is(failed, context.Canceled):
			u.showEventForm(f, saved)
		case failed != nil:
			u.showErrorThen(what, u.tasks.explained(failed), func() { u.showEventForm(f, saved) })
		default:
			u.reloadAll()
			saved(e)
		}
	})
}

// showErrorThen shows an error and, once it is dismissed, calls next.
func (u *UI) showErrorThen(what string, err error, next func()) {
	label := widget.NewLabel(errorText(err))
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(what, lang.L("OK"), label, u.win)
	d.SetOnClosed(next)
	d.Resize(fyne.NewSize(480, 0).Max(d.MinSize()))
	d.Show()
}
