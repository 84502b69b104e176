package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// TestSearchKeepsUnsavedEdits: what the officer typed into a person's or a
// mission's form and has not saved survives typing in the list's search,
// which reads the list again; saving then writes it and shows it.
func TestSearchKeepsUnsavedEdits(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, err := s.People(ctx, store.PeopleQuery{Search: "brandt"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Brandt: %v, %v", rows, err)
	}
	brandt := rows[0].Person
	u.people.open(brandt.ID)
	u.tasks.wait()
	d := u.people.details
	typeInto(d.form.position, "Minister-Counsellor, acting")
	test.Type(u.people.search, "bra")
	u.tasks.wait()
	if d.form.id != brandt.ID || d.form.position.Text != "Minister-Counsellor, acting" {
		t.Fatalf("after a search the form shows person %d, position %q", d.form.id, d.form.position.Text)
	}
	d.onSave()
	u.tasks.wait()
	if p, _ := s.Person(ctx, brandt.ID); p.Position != "Minister-Counsellor, acting" {
		t.Errorf("saved position %q", p.Position)
	}
	// Once saved, a reload shows what is stored again.
	u.people.search.SetText("brandt")
	u.tasks.wait()
	if d.form.position.Text != "Minister-Counsellor, acting" || d.current.Position != "Minister-Counsellor, acting" {
		t.Errorf("after saving the form says %q", d.form.position.Text)
	}

	// A button that acts on the stored record shows what it did.
	typeInto(d.form.position, "not saved")
	d.onLeave()
	u.tasks.wait()
	if !d.form.departed.Checked || d.leave.Text != "Back at post" {
		t.Errorf("after Mark departed: departed %v, button %q", d.form.departed.Checked, d.leave.Text)
	}

	ms, err := s.Missions(ctx, store.MissionQuery{Search: "germany", Kinds: []liaison.MissionKind{liaison.Embassy}})
	if err != nil || len(ms) != 1 {
		t.Fatalf("Germany: %v, %v", ms, err)
	}
	u.show(screenMissions)
	u.missions.open(ms[0].Mission.ID)
	u.tasks.wait()
	md := u.missions.details
	typeInto(md.form.notes, "Call before noon")
	test.Type(u.missions.search, "ger")
	u.tasks.wait()
	if md.form.id != ms[0].Mission.ID || md.form.notes.Text != "Call before noon" {
		t.Errorf("after a search the mission form shows %d, notes %q", md.form.id, md.form.notes.Text)
	}
}
