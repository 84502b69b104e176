package ui

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// suggested returns the missions the chooser lists under its field.
func suggested(c *missionChooser) []string {
	var out []string
	for _, o := range c.suggest.Objects {
		out = append(out, o.(*widget.Button).Text)
	}
	return out
}

func TestMissionIsTypedAndPicked(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	u.show(screenPeople)
	u.people.newItem()
	u.tasks.wait()
	f := u.people.details.form
	c := f.mission

	// Cyrillic letters of the country find the embassy.
	u.win.Canvas().Focus(c.entry)
	test.Type(c.entry, "герм")
	if got := suggested(c); len(got) != 1 || got[0] != "Germany" {
		t.Fatalf("typing герм suggests %q, want Germany", got)
	}
	pressKey(u, fyne.KeyReturn) // picks the first, does not save
	if c.entry.Text != "Germany" || len(suggested(c)) != 0 {
		t.Fatalf("after Enter the field says %q and suggests %q", c.entry.Text, suggested(c))
	}
	// Words of the name in any order, and a click.
	typeInto(&c.entry.Entry, "justice ministry")
	got := suggested(c)
	if len(got) != 1 || got[0] != "Ministry of Justice" {
		t.Fatalf("typing justice ministry suggests %q", got)
	}
	test.Tap(c.suggest.Objects[0].(*widget.Button))
	typeInto(f.familyName, "Pickova")
	u.people.details.onSave()
	u.tasks.wait()
	rows, _ := s.People(ctx, store.PeopleQuery{Search: "pickova"})
	if len(rows) != 1 || rows[0].Mission.ShortName != "Ministry of Justice" {
		t.Fatalf("Pickova saved as %+v", rows)
	}

	// What names no mission is refused, not stored as none.
	typeInto(&c.entry.Entry, "Atlantis")
	if !strings.Contains(shownText(u), "No mission matches.") {
		t.Error("the chooser does not say that nothing matches")
	}
	u.people.details.onSave()
	u.tasks.wait()
	if !strings.Contains(shownText(u), "is not a mission Liaison knows") {
		t.Fatalf("saving with an unknown mission says %q", shownText(u))
	}
	if p, _ := s.Person(ctx, rows[0].Person.ID); p.MissionID != rows[0].Person.MissionID {
		t.Error("Pickova lost her mission")
	}
}

func TestPersonOfAnArchivedMissionKeepsIt(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.OtherMission, Name: "Closed office"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	p := liaison.Person{MissionID: m.ID, FamilyName: "Remaining"}
	if err := s.CreatePerson(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if err := s.ArchiveMission(ctx, m.ID, true); err != nil {
		t.Fatal(err)
	}
	u.reloadAll()
	u.tasks.wait()
	u.people.open(p.ID)
	u.tasks.wait()
	if got := u.people.details.form.mission.entry.Text; !strings.Contains(got, "Closed office") {
		t.Fatalf("the form shows mission %q", got)
	}
	u.people.details.onSave()
	u.tasks.wait()
	if got, _ := s.Person(ctx, p.ID); got.MissionID != m.ID {
		t.Errorf("saving moved the person to mission %d", got.MissionID)
	}
}

func TestPickerFindsByMissionAndPosition(t *testing.T) {
	u, _ := newDemoUI(t)
	pk := newPeoplePicker(u)
	for search, want := range map[string]string{
		"prosecutor": "Prosecutor General's Office",
		"justice":    "Ministry of Justice",
		"ministry":   "Ministry of Internal Affairs",
	} {
		pk.search.SetText(search) // reloads
		u.tasks.wait()
		found := false
		for _, r := range pk.rows {
			found = found || r.Mission.DisplayName() == want && r.Person.HeadOfMission
		}
		if !found {
			t.Errorf("the picker finds no head of the %s by %q", want, search)
		}
	}
}

func TestPersonPhotoShows(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	rows, _ := s.People(ctx, store.PeopleQuery{Search: "brandt"})
	brandt := rows[0].Person
	img := image.NewRGBA(image.Rect(0, 0, 30, 40))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, func(tx *store.Tx) error {
		return tx.SetPhoto(brandt.ID, liaison.Photo{MIME: "image/png", Data: b.Bytes()})
	}); err != nil {
		t.Fatal(err)
	}
	d := u.people.details
	u.people.open(brandt.ID)
	u.tasks.wait()
	if !d.photo.Visible() || d.photo.Image == nil || d.photo.Image.Bounds().Dx() != 30 {
		t.Fatalf("Brandt's photo is not shown (visible %v)", d.photo.Visible())
	}
	others, _ := s.People(ctx, store.PeopleQuery{Search: "ismail"})
	u.people.open(others[0].Person.ID)
	u.tasks.wait()
	if d.photo.Visible() {
		t.Error("a person without a photo shows Brandt's")
	}
	u.people.newItem()
	if d.photo.Visible() {
		t.Error("the new person's form shows a photo")
	}
}

func TestStaffTabAddsAPerson(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	de, _ := s.Missions(ctx, store.MissionQuery{Search: "germany", Kinds: []liaison.MissionKind{liaison.Embassy}})
	u.missions.open(de[0].Mission.ID)
	u.tasks.wait()
	u.missions.details.tabs.SelectIndex(1) // Staff
	tapButton(t, u, "Add person")
	if got := u.current(); got != screenPeople {
		t.Fatalf("Add person shows the %s screen", got)
	}
	f := u.people.details.form
	if id, ok := f.mission.id(); !ok || id != de[0].Mission.ID || f.id != 0 {
		t.Fatalf("the new person's form has mission %d (%v), person %d", id, ok, f.id)
	}
	typeInto(f.familyName, "Neumann")
	u.people.details.onSave()
	u.tasks.wait()
	rows, _ := s.People(ctx, store.PeopleQuery{Search: "neumann"})
	if len(rows) != 1 || rows[0].Person.MissionID != de[0].Mission.ID {
		t.Errorf("Neumann saved as %+v", rows)
	}
}

func TestFindOnTheEventList(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	evs, _ := s.Events(ctx, store.EventQuery{})
	var ev store.EventSummary
	for _, e := range evs {
		if strings.HasPrefix(e.Event.Title, "Briefing") {
			ev = e
		}
	}
	u.events.open(ev.Event.ID)
	u.tasks.wait()
	p := u.events.page
	all := len(p.invitees.rows)

	pressShortcut(u, ctrl(fyne.KeyF))
	if f := u.win.Canvas().Focused(); f != p.filter {
		t.Fatalf("Ctrl+F on the event's page focuses %T, not its filter", f)
	}
	if dialogShown(u) {
		t.Fatal("Ctrl+F opened a dialog")
	}
	test.Type(p.filter, "prosecutor")
	if n := len(p.invitees.rows); n != 1 || p.invitees.rows[0].Placed.Person.Position != "Prosecutor General" {
		t.Fatalf("the filter shows %d of %d rows", n, all)
	}
	// Enter goes to the list; Delete takes the one found off it.
	pressKey(u, fyne.KeyReturn)
	pressKey(u, fyne.KeyDelete)
	name := p.invitees.rows[0].Placed.Person.FullName()
	if !strings.Contains(shownText(u), name) {
		t.Fatalf("Delete asked %q, not about %s", shownText(u), name)
	}
	pressKey(u, fyne.KeyReturn)
	rows, _ := s.Invitations(ctx, ev.Event.ID)
	if len(rows) != all-1 {
		t.Fatalf("%d on the list after removing one of %d", len(rows), all)
	}
	if len(p.invitees.all) != all-1 || len(p.invitees.rows) != 0 {
		t.Errorf("the page holds %d and shows %d", len(p.invitees.all), len(p.invitees.rows))
	}
	// Escape in the filter shows the whole list again.
	u.win.Canvas().Focus(p.filter)
	pressKey(u, fyne.KeyEscape)
	if len(p.invitees.rows) != all-1 {
		t.Errorf("after Escape the list shows %d of %d", len(p.invitees.rows), all-1)
	}
}
