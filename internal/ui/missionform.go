package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// missionForm edits the fields of a mission. It keeps what the officer
// typed until it is saved or another mission is shown.
type missionForm struct {
	id        int64
	archived  bool
	version   int64 // the version shown, which a save checks
	kind      *widget.Select
	country   *widget.SelectEntry
	name      *widget.Entry
	shortName *widget.Entry
	// names are the official and short name in each language of
	// liaison.NameLanguages, in that order.
	names       [3]langNameEntries
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
	langLabels := []string{lang.L("In English"), lang.L("In Russian"), lang.L("In Kazakh")}
	f.form = widget.NewForm(
		widget.NewFormItem(required(lang.L("Kind")), f.kind),
		widget.NewFormItem(lang.L("Country"), f.country),
		widget.NewFormItem(required(lang.L("Official name")), f.name),
		widget.NewFormItem(lang.L("Short name"), f.shortName),
	)
	for i := range f.names {
		f.names[i] = newLangNameEntries()
		// The entries' placeholders say which is the official name and
		// which the short one.
		f.form.AppendItem(widget.NewFormItem(langLabels[i], f.names[i].row))
	}
	for _, item := range []*widget.FormItem{
		widget.NewFormItem(lang.L("Residency"), f.nonResident),
		widget.NewFormItem(lang.L("Resident in"), f.residentIn),
		widget.NewFormItem(lang.L("Address"), f.address),
		widget.NewFormItem(lang.L("Phones"), f.phones),
		widget.NewFormItem(lang.L("Email"), f.email),
		widget.NewFormItem(lang.L("Website"), f.website),
		widget.NewFormItem(lang.L("National day"), f.nationalDay),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	} {
		f.form.AppendItem(item)
	}
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
	f.id, f.archived, f.version = m.ID, m.Archived, m.Version
	f.kind.SetSelected(tr(m.Kind))
	f.country.SetText(countryChoice(m.Country))
	f.name.SetText(m.Name)
	f.shortName.SetText(m.ShortName)
	for i, l := range liaison.NameLanguages {
		n := m.NamesIn(l)
		f.names[i].name.SetText(n.Name)
		f.names[i].short.SetText(n.Short)
	}
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
	m := liaison.Mission{ID: f.id, Archived: f.archived, Version: f.version, Name: f.name.Text, ShortName: f.shortName.Text,
		NonResident: f.nonResident.Checked, ResidentIn: f.residentIn.Text, Address: f.address.Text,
		Phones: splitList(f.phones.Text), Email: f.email.Text, Website: f.website.Text, Notes: f.notes.Text}
	for i, l := range liaison.NameLanguages {
		m.SetNamesIn(l, liaison.MissionName{Name: f.names[i].name.Text, Short: f.names[i].short.Text})
	}
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

// langNameEntries are the entries of a mission's name in one language:
// the official name, and beside it the short one.
type langNameEntries struct {
	name, short *widget.Entry
	row         fyne.CanvasObject
}

func newLangNameEntries() langNameEntries {
	e := langNameEntries{name: widget.NewEntry(), short: widget.NewEntry()}
	e.name.SetPlaceHolder(lang.L("Official name"))
	e.short.SetPlaceHolder(lang.L("Short name"))
	// The short name takes a third of the row: "Туркменистан" beside
	// "Посольство Туркменистана".
	e.row = container.New(&ratioLayout{first: 2.0 / 3}, e.name, e.short)
	return e
}

// ratioLayout lays two objects side by side, the first taking the share
// first of the width.
type ratioLayout struct{ first float32 }

func (r *ratioLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	w := (size.Width - gap) * r.first
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[0].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(size.Width-gap-w, size.Height))
	objs[1].Move(fyne.NewPos(w+gap, 0))
}

func (r *ratioLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+theme.Padding()+b.Width, max(a.Height, b.Height))
}
