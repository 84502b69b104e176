package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
)

// personForm edits the fields of a person. It keeps what the officer
// typed until it is saved or another person is shown.
type personForm struct {
	id       int64
	archived bool
	// kept are the fields of the person shown that the form does not
	// edit (UID, suffix, postal address from a vCard, the version read):
	// saving the form keeps them as they were.
	kept         liaison.Person
	mission      *missionChooser
	familyName   *widget.Entry
	givenName    *widget.Entry
	middleName   *widget.Entry
	altName      *widget.Entry
	salutation   *widget.SelectEntry
	rank         *widget.Select
	position     *widget.Entry
	head         *widget.Check
	agrement     *widget.Entry
	credentials  *widget.Entry
	notification *widget.Entry
	emails       *widget.Entry
	phones       *widget.Entry
	languages    *widget.Entry
	spouse       *widget.Entry
	postingStart *widget.Entry
	postingEnd   *widget.Entry
	departed     *widget.Check
	notes        *widget.Entry
	form         *widget.Form
}

// noMission is the mission choice of a person who belongs to none.
var noMission = "—"

func newPersonForm() *personForm {
	f := &personForm{
		mission:      newMissionChooser(),
		familyName:   widget.NewEntry(),
		givenName:    widget.NewEntry(),
		middleName:   widget.NewEntry(),
		altName:      widget.NewEntry(),
		salutation:   widget.NewSelectEntry([]string{"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "господин", "госпожа", "мырза", "ханым"}),
		rank:         widget.NewSelect(append([]string{noMission}, labels(liaison.Ranks)...), nil),
		position:     widget.NewEntry(),
		head:         widget.NewCheck(lang.L("Head of mission"), nil),
		agrement:     newDateEntry(false),
		credentials:  newDateEntry(true),
		notification: newDateEntry(false),
		emails:       newMultiEntry("name@example.org"),
		phones:       newMultiEntry("+7 701 000 00 00"),
		languages:    widget.NewEntry(),
		spouse:       widget.NewEntry(),
		postingStart: newDateEntry(false),
		postingEnd:   newDateEntry(false),
		departed:     widget.NewCheck(lang.L("Has left the post"), nil),
		notes:        widget.NewMultiLineEntry(),
	}
	f.altName.SetPlaceHolder(lang.L("The name in the other script, e.g. Ivanov Ivan"))
	f.languages.SetPlaceHolder("ru, en, kk")
	f.notes.SetMinRowsVisible(2)
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Mission"), f.mission.root),
		widget.NewFormItem(required(lang.L("Family name")), f.familyName),
		widget.NewFormItem(lang.L("Given name"), f.givenName),
		widget.NewFormItem(lang.L("Middle name"), f.middleName),
		widget.NewFormItem(lang.L("Other script"), f.altName),
		widget.NewFormItem(lang.L("Salutation"), f.salutation),
		widget.NewFormItem(lang.L("Rank"), f.rank),
		widget.NewFormItem(lang.L("Position"), f.position),
		widget.NewFormItem("", f.head),
		widget.NewFormItem(lang.L("Agrément"), f.agrement),
		widget.NewFormItem(lang.L("Credentials"), f.credentials),
		widget.NewFormItem(lang.L("Notification"), f.notification),
		widget.NewFormItem(lang.L("Emails"), f.emails),
		widget.NewFormItem(lang.L("Phones"), f.phones),
		widget.NewFormItem(lang.L("Languages"), f.languages),
		widget.NewFormItem(lang.L("Spouse"), f.spouse),
		widget.NewFormItem(lang.L("Posting start"), f.postingStart),
		widget.NewFormItem(lang.L("Posting end"), f.postingEnd),
		widget.NewFormItem("", f.departed),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	)
	f.form.Items[10].HintText = lang.L("with the time when known: DD.MM.YYYY HH:MM")
	return f
}

// setMissions fills the mission choice, keeping the current one.
func (f *personForm) setMissions(ms []liaison.HeadedMission) { f.mission.setMissions(ms) }

// set shows p in the form.
func (f *personForm) set(p liaison.Person) {
	f.id, f.archived = p.ID, p.Archived
	f.kept = liaison.Person{UID: p.UID, Suffix: p.Suffix, Address: p.Address, Version: p.Version}
	f.mission.set(p.MissionID)
	f.familyName.SetText(p.FamilyName)
	f.givenName.SetText(p.GivenName)
	f.middleName.SetText(p.MiddleName)
	f.altName.SetText(p.AltName)
	f.salutation.SetText(p.Salutation)
	if p.Rank == "" {
		f.rank.SetSelected(noMission)
	} else {
		f.rank.SetSelected(tr(p.Rank))
	}
	f.position.SetText(p.Position)
	f.head.SetChecked(p.HeadOfMission)
	f.agrement.SetText(entryDate(p.Agrement))
	f.credentials.SetText(entryDate(p.Credentials))
	f.notification.SetText(entryDate(p.Notification))
	f.emails.SetText(joinList(p.Emails))
	f.phones.SetText(joinList(p.Phones))
	f.languages.SetText(strings.Join(p.Languages, ", "))
	f.spouse.SetText(p.Spouse)
	f.postingStart.SetText(entryDate(p.PostingStart))
	f.postingEnd.SetText(entryDate(p.PostingEnd))
	f.departed.SetChecked(p.Departed)
	f.notes.SetText(p.Notes)
}

// get reads the person from the form; every problem comes back at once as
// liaison.Problems.
func (f *personForm) get() (liaison.Person, error) {
	p := liaison.Person{ID: f.id, Archived: f.archived,
		FamilyName: f.familyName.Text, GivenName: f.givenName.Text, MiddleName: f.middleName.Text,
		AltName: f.altName.Text, Salutation: f.salutation.Text, Position: f.position.Text,
		HeadOfMission: f.head.Checked, Emails: splitList(f.emails.Text), Phones: splitList(f.phones.Text),
		Languages: splitList(f.languages.Text), Spouse: f.spouse.Text, Departed: f.departed.Checked,
		Notes: f.notes.Text, UID: f.kept.UID, Suffix: f.kept.Suffix, Address: f.kept.Address, Version: f.kept.Version}
	if r, ok := byLabel(liaison.Ranks, f.rank.Selected); ok {
		p.Rank = r
	}
	var ps liaison.Problems
	if id, ok := f.mission.id(); ok {
		p.MissionID = id
	} else {
		ps = append(ps, liaison.Problem{Field: msg("Mission"), What: msg("is not a mission Liaison knows: type part of its name and pick it from the list"), Got: f.mission.entry.Text})
	}
	for _, d := range []struct {
		field string
		entry *widget.Entry
		dst   *liaison.Date
	}{
		{msg("Agrément"), f.agrement, &p.Agrement},
		{msg("Credentials"), f.credentials, &p.Credentials},
		{msg("Notification"), f.notification, &p.Notification},
		{msg("Posting start"), f.postingStart, &p.PostingStart},
		{msg("Posting end"), f.postingEnd, &p.PostingEnd},
	} {
		var err error
		if *d.dst, err = liaison.ParseDate(d.entry.Text); err != nil {
			ps = append(ps, liaison.Problem{Field: d.field, What: msg("is not a date: write it as DD.MM.YYYY"), Got: d.entry.Text})
		}
	}
	if len(ps) > 0 {
		return p, ps
	}
	return p, p.Validate()
}
