package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// choiceFields lists the fields of the conflict dialog shown last, each
// with "yours" or "saved" as chosen.
func choiceFields(u *UI) []string {
	var out []string
	for _, ch := range u.conflict.choices {
		side := "yours"
		if ch.takeSaved() {
			side = "saved"
		}
		out = append(out, ch.field+":"+side)
	}
	return out
}

// checkTexts returns the texts of the checks on screen, dialogs included.
func checkTexts(u *UI) string {
	var b strings.Builder
	for _, o := range objects(u) {
		if c, ok := o.(*widget.Check); ok && c.Visible() {
			b.WriteString(c.Text + "\n")
		}
	}
	return b.String()
}

// changeMeanwhile saves a change to a person as another officer would,
// from a read of her own.
func changeMeanwhile(t *testing.T, s *store.Store, id int64, change func(*liaison.Person)) {
	t.Helper()
	ctx := context.Background()
	p, err := s.Person(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	change(&p)
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
}

// TestPersonConflictFieldByField: the officer edits a person while
// another saves the same person; Save shows both, field by field, with
// her changes and the other's chosen, and saves what she picks.
func TestPersonConflictFieldByField(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	p := liaison.Person{MissionID: m.ID, FamilyName: "Ivanov", GivenName: "Ivan", Position: "Counsellor",
		Phones: []string{"+7 717 200 00 00"}, Address: "Kabanbay Batyr 12", Suffix: "PhD"}
	if err := s.CreatePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	u.show(screenPeople)
	u.people.open(p.ID)
	u.tasks.wait()
	d := u.people.details
	typeInto(d.form.position, "Minister-Counsellor")
	typeInto(d.form.notes, "Met at the reception")

	changeMeanwhile(t, s, p.ID, func(p *liaison.Person) {
		p.Phones = []string{"+7 717 200 00 01"}
		p.Notes = "Prefers Russian"
	})
	d.onSave()
	u.tasks.wait()
	if u.conflict == nil {
		t.Fatal("no conflict dialog")
	}
	// What she typed is hers; the phone only the other changed is his.
	if got, want := choiceFields(u), []string{"Position:yours", "Phones:saved", "Notes:yours"}; !slices.Equal(got, want) {
		t.Errorf("choices = %v, want %v", got, want)
	}
	text := shownText(u) + checkTexts(u)
	for _, want := range []string{"Ivanov Ivan was changed by someone else", "Yours", "Saved meanwhile",
		"Minister-Counsellor", "Counsellor", "+7 717 200 00 01", "Met at the reception", "Prefers Russian"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not show %q", want)
		}
	}
	if got, _ := s.Person(ctx, p.ID); got.Position != "Counsellor" {
		t.Fatalf("saved before she chose: %+v", got)
	}

	// She keeps his note after all, and he saves once more before she
	// presses Save: the dialog comes again with his new value.
	test.Tap(u.conflict.choices[2].saved)
	changeMeanwhile(t, s, p.ID, func(p *liaison.Person) { p.Spouse = "Maria" })
	first := u.conflict
	test.Tap(first.save)
	u.tasks.wait()
	if u.conflict == first {
		t.Fatal("the second conflict shows no dialog")
	}
	// Her position is still unsaved; the spouse is his new change.
	if got, want := choiceFields(u), []string{"Position:yours", "Spouse:saved"}; !slices.Equal(got, want) {
		t.Errorf("second choices = %v, want %v", got, want)
	}
	test.Tap(u.conflict.save)
	u.tasks.wait()

	got, err := s.Person(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Position != "Minister-Counsellor" || got.Phones[0] != "+7 717 200 00 01" || got.Notes != "Prefers Russian" ||
		got.Spouse != "Maria" || got.Version != 4 {
		t.Errorf("stored %q %v %q %q v%d; want her position, his phone, note and spouse at version 4",
			got.Position, got.Phones, got.Notes, got.Spouse, got.Version)
	}
	// The fields the form does not show stay as they were.
	if got.Address != "Kabanbay Batyr 12" || got.Suffix != "PhD" || got.UID != p.UID {
		t.Errorf("the save lost fields the form does not show: %q %q %q", got.Address, got.Suffix, got.UID)
	}
	if d.form.notes.Text != "Prefers Russian" || d.form.kept.Version != 4 {
		t.Errorf("the form shows %q at version %d after the save", d.form.notes.Text, d.form.kept.Version)
	}

	t.Run("saved again without a conflict", func(t *testing.T) {
		typeInto(d.form.position, "Minister")
		d.onSave()
		u.tasks.wait()
		if got, _ := s.Person(ctx, p.ID); got.Position != "Minister" {
			t.Errorf("position %q, want Minister: the form's version is stale", got.Position)
		}
	})

	t.Run("cancel keeps the edit", func(t *testing.T) {
		typeInto(d.form.position, "Ambassador-designate")
		changeMeanwhile(t, s, p.ID, func(p *liaison.Person) { p.Position = "Chargé d'affaires" })
		d.onSave()
		u.tasks.wait()
		test.Tap(u.conflict.cancel)
		u.tasks.wait()
		if d.form.position.Text != "Ambassador-designate" {
			t.Errorf("the form says %q after Cancel", d.form.position.Text)
		}
		if got, _ := s.Person(ctx, p.ID); got.Position != "Chargé d'affaires" {
			t.Errorf("stored %q after Cancel", got.Position)
		}
	})
}

// TestInvitationRowConflict: a reply recorded in the list while another
// officer changed the same invitation offers the same choice; another
// guest's reply never conflicts.
func TestInvitationRowConflict(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	e, amb, counsellor := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(10, 0), liaison.Invited)
	p := u.events.page

	// Another officer records the counsellor's reply and a note on the
	// ambassador's invitation.
	other := invitationOf(t, s, e.ID, counsellor.ID)
	other.Status, other.Answered = liaison.Declined, liaison.Day(2026, 11, 24)
	if err := s.UpdateInvitation(ctx, other); err != nil {
		t.Fatal(err)
	}
	noted := invitationOf(t, s, e.ID, amb.ID)
	noted.Note = "With interpreter"
	if err := s.UpdateInvitation(ctx, noted); err != nil {
		t.Fatal(err)
	}

	p.invitees.onStatus(rowOf(t, u, amb.ID), tr(liaison.Accepted))
	u.tasks.wait()
	if u.conflict == nil {
		t.Fatal("no conflict dialog")
	}
	if got, want := choiceFields(u), []string{"Status:yours", "Answered:yours", "Note:saved"}; !slices.Equal(got, want) {
		t.Errorf("choices = %v, want %v", got, want)
	}
	test.Tap(u.conflict.save)
	u.tasks.wait()
	got := invitationOf(t, s, e.ID, amb.ID)
	if got.Status != liaison.Accepted || got.Note != "With interpreter" {
		t.Errorf("stored %s %q, want accepted with the note kept", got.Status, got.Note)
	}
	if got := invitationOf(t, s, e.ID, counsellor.ID); got.Status != liaison.Declined {
		t.Errorf("the other guest's reply became %s", got.Status)
	}
	// The list was read again: a further edit of the row saves at once.
	u.conflict = nil
	p.invitees.edit(rowOf(t, u, amb.ID), func(inv *liaison.Invitation) { inv.Note = "Interpreter confirmed" })
	u.tasks.wait()
	if u.conflict != nil {
		t.Error("a conflict after the list was read again")
	}
	if got := invitationOf(t, s, e.ID, amb.ID); got.Note != "Interpreter confirmed" {
		t.Errorf("note %q", got.Note)
	}
}

// TestEventFormConflict: the event form is a dialog; cancelling the
// choice opens it again as typed, and saving it again asks again.
func TestEventFormConflict(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	e := liaison.Event{Title: "Reception", Kind: liaison.Reception, StartsAt: liaison.Day(2026, 12, 16), Venue: "Hall 1"}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	savedEvent := liaison.Event{}
	u.editEvent(e, func(e liaison.Event) { savedEvent = e })
	f := u.eventForm
	typeInto(&f.venue.Entry, "Hall 2")

	meanwhile, _ := s.Event(ctx, e.ID)
	meanwhile.DressCode = "Black tie"
	if err := s.UpdateEvent(ctx, meanwhile); err != nil {
		t.Fatal(err)
	}
	tapButton(t, u, "Save")
	if u.conflict == nil {
		t.Fatal("no conflict dialog")
	}
	if got, want := choiceFields(u), []string{"Venue:yours", "DressCode:saved"}; !slices.Equal(got, want) {
		t.Errorf("choices = %v, want %v", got, want)
	}
	test.Tap(u.conflict.cancel)
	u.tasks.wait()
	if u.eventForm != f || f.venue.Text != "Hall 2" {
		t.Fatalf("after Cancel the form shows venue %q", f.venue.Text)
	}
	if got, _ := s.Event(ctx, e.ID); got.Venue != "Hall 1" {
		t.Errorf("saved venue %q after Cancel", got.Venue)
	}

	tapButton(t, u, "Save")
	test.Tap(u.conflict.save)
	u.tasks.wait()
	got, _ := s.Event(ctx, e.ID)
	if got.Venue != "Hall 2" || got.DressCode != "Black tie" || got.Version != 3 {
		t.Errorf("stored %q %q v%d, want Hall 2 in black tie at version 3", got.Venue, got.DressCode, got.Version)
	}
	if savedEvent.Version != 3 {
		t.Errorf("the page was told version %d, want 3", savedEvent.Version)
	}
}
