package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// missionForm edits the fields of a mission. It keeps what the officer
// typed until it is saved or another mission is shown.
type missionForm struct {
	id          int64
	archived    bool
	kind        *widget.Select
	country     *widget.SelectEntry
	name        *widget.Entry
	shortName   *widget.Entry
	nonResident *widget.Check
	residentIn  *widget.Entry
	address     *widget.Entry
	phones      *widget.Entry
	email       *widget.Entry
	website     *widget.Entry
	nationalDay *widget.Entry
	notes       *widget.Entry
	form        *widget.Form
}

func newMissionForm() *missionForm {
	f := &missionForm{
		kind:        widget.NewSelect(labels(liaison.MissionKinds), nil),
		country:     widget.NewSelectEntry(countryOptions()),
		name:        widget.NewEntry(),
		shortName:   widget.NewEntry(),
		residentIn:  widget.NewEntry(),
		address:     widget.NewMultiLineEntry(),
		phones:      newMultiEntry("+7 7172 00 00 00"),
		email:       widget.NewEntry(),
		website:     widget.NewEntry(),
		nationalDay: widget.NewEntry(),
		notes:       widget.NewMultiLineEntry(),
	}
	f.nonResident = widget.NewCheck(lang.L("Non-resident, accredited from"), f.onNonResident)
	f.country.SetPlaceHolder(lang.L("Type a name or a code, or pick"))
	f.country.Validator = func(s string) error {
		if _, err := parseCountry(s); err != nil {
			return errors.New(lang.L("Type a country's name or its two-letter code, or pick one"))
		}
		return nil
	}
	f.name.Validator = func(s string) error {
		if s == "" {
			return errors.New(lang.L("required"))
		}
		return nil
	}
	f.residentIn.SetPlaceHolder(lang.L("City, e.g. Moscow"))
	f.nationalDay.SetPlaceHolder(lang.L("DD.MM"))
	f.nationalDay.Validator = func(s string) error {
		if _, err := liaison.ParseMonthDay(s); err != nil {
			return errors.New(lang.L("Write the day as DD.MM"))
		}
		return nil
	}
	f.address.SetMinRowsVisible(2)
	f.notes.SetMinRowsVisible(2)
	f.form = widget.NewForm(
		widget.NewFormItem(required(lang.L("Kind")), f.kind),
		widget.NewFormItem(lang.L("Country"), f.country),
		widget.NewFormItem(required(lang.L("Official name")), f.name),
		widget.NewFormItem(lang.L("Short name"), f.shortName),
		widget.NewFormItem(lang.L("Residency"), f.nonResident),
		widget.NewFormItem(lang.L("Resident in"), f.residentIn),
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("Phones"), f.phones),
		widget.NewFormItem(lang.L("Email"), f.email),
		widget.NewFormItem(lang.L("Website"), f.website),
		widget.NewFormItem(lang.L("National day"), f.nationalDay),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	)
	f.set(liaison.Mission{Kind: liaison.Embassy})
	return f
}

func (f *missionForm) onNonResident(on bool) {
	if on {
		f.residentIn.Enable()
	} else {
		f.residentIn.Disable()
	}
}

// set shows m in the form.
func (f *missionForm) set(m liaison.Mission) {
	f.id, f.archived = m.ID, m.Archived
	f.kind.SetSelected(tr(m.Kind))
	f.country.SetText(countryChoice(m.Country))
	f.name.SetText(m.Name)
	f.shortName.SetText(m.ShortName)
	f.nonResident.SetChecked(m.NonResident)
	f.onNonResident(m.NonResident)
	f.residentIn.SetText(m.ResidentIn)
	f.address.SetText(m.Address)
	f.phones.SetText(joinList(m.Phones))
	f.email.SetText(m.Email)
	f.website.SetText(m.Website)
	f.nationalDay.SetText(m.NationalDay.DM())
	f.notes.SetText(m.Notes)
	// A new, empty form should not greet the officer with red fields.
	f.name.SetValidationError(nil)
}

// get reads the mission from the form. Problems of format (a country or
// a day that cannot be read) and the domain's validation come back as
// liaison.Problems, so the officer sees every one at once.
func (f *missionForm) get() (liaison.Mission, error) {
	m := liaison.Mission{ID: f.id, Archived: f.archived, Name: f.name.Text, ShortName: f.shortName.Text,
		NonResident: f.nonResident.Checked, ResidentIn: f.residentIn.Text, Address: f.address.Text,
		Phones: splitList(f.phones.Text), Email: f.email.Text, Website: f.website.Text, Notes: f.notes.Text}
	var ps liaison.Problems
	kind, ok := byLabel(liaison.MissionKinds, f.kind.Selected)
	if !ok {
		ps = append(ps, liaison.Problem{Field: "Kind", What: "is required"})
	}
	m.Kind = kind
	var err error
	if m.Country, err = parseCountry(f.country.Text); err != nil {
		ps = append(ps, liaison.Problem{Field: "Country", What: msg("is not a country Liaison knows: write its name or its two-letter code, such as DE"), Got: f.country.Text})
	}
	if m.NationalDay, err = liaison.ParseMonthDay(f.nationalDay.Text); err != nil {
		ps = append(ps, liaison.Problem{Field: "National day", What: msg("is not a day of the year: write it as DD.MM"), Got: f.nationalDay.Text})
	}
	if len(ps) == 0 {
		if err := m.Validate(); err != nil {
			return m, err
		}
		return m, nil
	}
	return m, ps
}
