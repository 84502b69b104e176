package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// openMerge opens Merge into… and chooses the record whose label has
// want, after searching for it.
func openMerge(t *testing.T, u *UI, open func() *mergeDialog, search, want string) *mergeDialog {
	t.Helper()
	d := open()
	u.tasks.wait()
	typeInto(&d.search.Entry, search)
	u.tasks.wait()
	for i, c := range d.choices {
		if strings.Contains(c.label, want) {
			d.list.Select(i)
			u.tasks.wait()
			return d
		}
	}
	t.Fatalf("no %q among the choices for %q: %+v", want, search, d.choices)
	return nil
}

func TestMergeMissionsInTheWindow(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	dup := liaison.Mission{Kind: liaison.OtherMission, Name: "Deutsche Botschaft Astana", Email: "info@astana.example.de",
		Phones: []string{"+7 7172 00 00 01"}}
	if err := s.CreateMission(ctx, &dup); err != nil {
		t.Fatal(err)
	}
	u.missions.open(dup.ID)
	u.tasks.wait()
	if u.missions.details.merge.Disabled() {
		t.Fatal("Merge into… is disabled for a mission shown")
	}
	d := openMerge(t, u, func() *mergeDialog {
		d := u.missions.details.newMerge()
		d.show()
		return d
	}, "germany", "Germany")
	if got := d.preview.Text; !strings.Contains(got, "Keeps its Email; drops info@astana.example.de") ||
		!strings.Contains(got, "Adds to Phones: +7 7172 00 00 01") ||
		!strings.Contains(got, "Deutsche Botschaft Astana is deleted; its history stays") || d.merge.Disabled() {
		t.Fatalf("preview:\n%s", got)
	}
	into := d.into
	test.Tap(d.merge)
	u.tasks.wait()
	if _, err := s.Mission(ctx, dup.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("the duplicate is still there: %v", err)
	}
	if got := u.missions.details.id(); got != into {
		t.Errorf("details show mission %d, want the survivor %d", got, into)
	}
	if !u.status.undo.Visible() || !strings.Contains(u.status.undo.Text, "merge of Deutsche Botschaft Astana") {
		t.Errorf("status bar undo = %q, visible %v", u.status.undo.Text, u.status.undo.Visible())
	}
	u.onUndo()
	u.tasks.wait()
	if m, err := s.Mission(ctx, dup.ID); err != nil || m.Email != "info@astana.example.de" {
		t.Errorf("after undo: %+v, %v", m, err)
	}
	if m, _ := s.Mission(ctx, into); strings.Contains(strings.Join(m.Phones, ","), "00 00 01") {
		t.Errorf("after undo the survivor kept the duplicate's phone: %v", m.Phones)
	}
}

func TestMergePeopleInTheWindow(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, err := s.People(ctx, store.PeopleQuery{Search: "brandt"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Brandt: %d rows, %v", len(rows), err)
	}
	b := rows[0].Person
	dup := liaison.Person{MissionID: b.MissionID, FamilyName: "Brandt", GivenName: "K.", Phones: []string{"+7 701 555 99 99"}}
	if err := s.CreatePerson(ctx, &dup); err != nil {
		t.Fatal(err)
	}
	u.people.open(dup.ID)
	u.tasks.wait()
	d := openMerge(t, u, func() *mergeDialog {
		d := u.people.details.newMerge()
		d.show()
		return d
	}, "brandt katharina", "Brandt Katharina")
	if got := d.preview.Text; !strings.Contains(got, "Adds to Phones: +7 701 555 99 99") || d.merge.Disabled() {
		t.Fatalf("preview:\n%s", got)
	}
	test.Tap(d.merge)
	u.tasks.wait()
	if _, err := s.Person(ctx, dup.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("the duplicate is still there: %v", err)
	}
	if got := u.people.details.id(); got != b.ID {
		t.Errorf("details show person %d, want %d", got, b.ID)
	}
	tapButton(t, u, u.status.undo.Text)
	if p, err := s.Person(ctx, dup.ID); err != nil || p.GivenName != "K." {
		t.Errorf("after undo: %+v, %v", p, err)
	}
}
