package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// pressKey types a key as the window does: to the widget with the focus,
// or to the window when none has it; then waits until the window is idle.
func pressKey(u *UI, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := u.win.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
	u.tasks.wait()
}

// pressShortcut types a shortcut as the window does: a menu item whose
// shortcut has the same name first, then the focused widget or the
// window's shortcuts.
func pressShortcut(u *UI, sc fyne.Shortcut) {
	defer u.tasks.wait()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() {
				it.Action()
				return
			}
		}
	}
	if f, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

// dialogShown reports whether a dialog is open.
func dialogShown(u *UI) bool { return u.win.Canvas().Overlays().Top() != nil }

func TestEnterSavesTheDetailsForms(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()

	t.Run("person", func(t *testing.T) {
		u.show(screenPeople)
		u.people.newItem()
		u.tasks.wait()
		f := u.people.details.form
		typeInto(f.familyName, "Enterova")
		typeInto(f.givenName, "Aigerim")
		pressKey(u, fyne.KeyReturn) // the cursor is in Family name
		rows, _ := s.People(ctx, store.PeopleQuery{Search: "enterova"})
		if len(rows) != 1 {
			t.Fatalf("Enter saved %d people called Enterova, want 1", len(rows))
		}
		if got := u.status.message.Text; !strings.Contains(got, "Saved") || !strings.Contains(got, "Enterova") {
			t.Errorf("the status bar says %q, not that the person is saved", got)
		}
	})

	t.Run("mission", func(t *testing.T) {
		u.show(screenMissions)
		u.missions.newItem()
		u.tasks.wait()
		f := u.missions.details.form
		typeInto(&f.country.Entry, "IS")
		typeInto(f.name, "Embassy of Enterland")
		u.win.Canvas().Focus(f.name)
		pressKey(u, fyne.KeyEnter)
		if ms, _ := s.Missions(ctx, store.MissionQuery{Search: "enterland"}); len(ms) != 1 {
			t.Fatalf("Enter saved %d missions called Enterland, want 1: %q", len(ms), shownText(u))
		}
		if got := u.status.message.Text; !strings.Contains(got, "Saved") {
			t.Errorf("the status bar says %q, not that the mission is saved", got)
		}
	})

	t.Run("multi-line fields keep Enter", func(t *testing.T) {
		u.missions.newItem()
		f := u.missions.details.form
		typeInto(&f.country.Entry, "IS")
		typeInto(f.name, "Embassy of Newlines")
		u.win.Canvas().Focus(f.notes)
		pressKey(u, fyne.KeyReturn)
		if ms, _ := s.Missions(ctx, store.MissionQuery{Search: "newlines"}); len(ms) != 0 {
			t.Error("Enter in Notes saved the mission")
		}
		if f.notes.Text != "\n" {
			t.Errorf("Notes hold %q after Enter, want a new line", f.notes.Text)
		}
	})
}

func TestEventFormKeys(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	u.show(screenEvents)

	// Escape with the cursor in Title closes the form, saving nothing.
	u.events.newItem()
	typeInto(&u.eventForm.title.Entry, "Escaped briefing")
	if f := u.win.Canvas().Focused(); f != u.eventForm.title {
		t.Fatalf("the form opens with the focus on %T, want Title", f)
	}
	pressKey(u, fyne.KeyEscape)
	if dialogShown(u) {
		t.Fatal("Escape left the event form open")
	}
	evs, _ := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	for _, e := range evs {
		if e.Event.Title == "Escaped briefing" {
			t.Fatal("Escape saved the event")
		}
	}

	// Enter saves it.
	u.events.newItem()
	typeInto(&u.eventForm.title.Entry, "Entered briefing")
	pressKey(u, fyne.KeyReturn)
	if dialogShown(u) {
		t.Fatal("Enter left the event form open")
	}
	evs, _ = s.Events(ctx, store.EventQuery{})
	found := false
	for _, e := range evs {
		found = found || e.Event.Title == "Entered briefing"
	}
	if !found {
		t.Fatal("Enter did not save the event")
	}

	// Enter on a form with a mistake shows why; Enter closes that, and
	// the form comes back with what was typed.
	u.events.newItem()
	typeInto(&u.eventForm.title.Entry, "Dateless briefing")
	typeInto(&u.eventForm.date.Entry, "31.02.2026")
	pressKey(u, fyne.KeyReturn)
	if !strings.Contains(shownText(u), "is not a date") {
		t.Fatalf("no error shown after Enter on a bad date: %q", shownText(u))
	}
	pressKey(u, fyne.KeyReturn)
	if got := u.eventForm.title.Text; got != "Dateless briefing" || !dialogShown(u) {
		t.Errorf("after the error, the form shows title %q (open: %v)", got, dialogShown(u))
	}
}

func TestDialogKeys(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.OtherMission, Name: "Keyboard mission"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	u.missions.open(m.ID)
	u.tasks.wait()

	// Escape answers Cancel.
	u.missions.deleteItem()
	if !dialogShown(u) {
		t.Fatal("Delete asked nothing")
	}
	pressKey(u, fyne.KeyEscape)
	if dialogShown(u) {
		t.Fatal("Escape did not close the question")
	}
	if _, err := s.Mission(ctx, m.ID); err != nil {
		t.Fatalf("Escape deleted the mission: %v", err)
	}

	// Delete while a question is open does not ask again behind it.
	u.missions.deleteItem()
	pressKey(u, fyne.KeyDelete)
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open after Delete over the question, want 1", n)
	}

	// Enter answers with the highlighted button.
	pressKey(u, fyne.KeyReturn)
	if _, err := s.Mission(ctx, m.ID); err == nil {
		t.Fatal("Enter did not delete the mission")
	}
	if dialogShown(u) {
		t.Error("the question is still open")
	}

	// A message with one button closes with either key.
	inform(u.win, "Note", "Nothing to decide.")
	pressKey(u, fyne.KeyEscape)
	if dialogShown(u) {
		t.Error("Escape did not close a message")
	}
}

func TestDeleteAfterASearch(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	u.show(screenPeople)
	u.win.Canvas().Focus(u.people.search)
	test.Type(u.people.search, "brandt")
	u.tasks.wait()
	// Enter in the search box goes to the list, on the first found.
	pressKey(u, fyne.KeyReturn)
	if f := u.win.Canvas().Focused(); f != u.people.table.table {
		t.Fatalf("after Enter in the search, the focus is on %T, not the list", f)
	}
	if got := u.people.details.current.FamilyName; got != "Brandt" {
		t.Fatalf("the details show %q, want Brandt", got)
	}
	pressKey(u, fyne.KeyDelete)
	if !strings.Contains(shownText(u), "Brandt Katharina") {
		t.Fatalf("Delete did not ask about Brandt: %q", shownText(u))
	}
	pressKey(u, fyne.KeyReturn) // Archive: she has a history
	rows, _ := s.People(ctx, store.PeopleQuery{Search: "brandt", IncludeArchived: true, IncludeDeparted: true})
	if len(rows) != 1 || !rows[0].Person.Archived {
		t.Fatalf("Brandt after Delete and Enter: %+v", rows)
	}
}

func TestFilterHidingTheSelectedClearsTheDetails(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()

	de, _ := s.Missions(ctx, store.MissionQuery{Search: "germany", Kinds: []liaison.MissionKind{liaison.Embassy}})
	u.missions.open(de[0].Mission.ID)
	u.tasks.wait()
	if u.missions.details.id() != de[0].Mission.ID {
		t.Fatal("Germany is not shown")
	}
	test.Type(u.missions.search, "germ") // still listed
	u.tasks.wait()
	if u.missions.details.id() != de[0].Mission.ID {
		t.Fatal("a search that lists the mission cleared it")
	}
	typeInto(u.missions.search, "france")
	u.tasks.wait()
	if id := u.missions.details.id(); id != 0 {
		t.Errorf("the search hides Germany, yet the details show mission %d", id)
	}
	u.missions.deleteItem()
	if dialogShown(u) {
		t.Error("Delete asks about a mission the search hides")
	}

	u.show(screenPeople)
	rows, _ := s.People(ctx, store.PeopleQuery{Search: "brandt"})
	u.people.open(rows[0].Person.ID)
	u.tasks.wait()
	typeInto(u.people.search, "zzzz")
	u.tasks.wait()
	if id := u.people.details.id(); id != 0 {
		t.Errorf("the search hides Brandt, yet the details show person %d", id)
	}

	// A change saved elsewhere is no filter: a person marked departed
	// stays shown, with Back at post.
	typeInto(u.people.search, "")
	u.tasks.wait()
	u.people.open(rows[0].Person.ID)
	u.tasks.wait()
	tapButton(t, u, "Mark departed")
	if got := u.people.details.id(); got != rows[0].Person.ID {
		t.Errorf("after Mark departed the details show person %d", got)
	}
}

func TestNewFormOpensAtTheTop(t *testing.T) {
	u, _ := newDemoUI(t)
	u.show(screenPeople)
	u.people.table.selectRow(0)
	u.tasks.wait()
	d := u.people.details
	d.scroll.Offset = fyne.NewPos(0, 300)
	d.scroll.Refresh()
	u.people.newItem()
	u.tasks.wait()
	if y := d.scroll.Offset.Y; y != 0 {
		t.Errorf("the new person's form is scrolled %v down", y)
	}

	u.show(screenMissions)
	u.missions.table.selectRow(0)
	u.tasks.wait()
	md := u.missions.details
	md.scroll.Offset = fyne.NewPos(0, 300)
	md.scroll.Refresh()
	u.missions.newItem()
	if y := md.scroll.Offset.Y; y != 0 {
		t.Errorf("the new mission's form is scrolled %v down", y)
	}
}

func TestEditMenuShowsItsKeys(t *testing.T) {
	u, _ := newTestUI(t)
	var edit *fyne.Menu
	for _, m := range u.win.MainMenu().Items {
		if m.Label == "Edit" {
			edit = m
		}
	}
	want := map[string]string{"New": "N", "Delete": "Delete", "Undo": "Z", "Find": "F"}
	for _, it := range edit.Items {
		key, ok := want[it.Label]
		if !ok {
			continue
		}
		delete(want, it.Label)
		sc, ok := it.Shortcut.(fyne.KeyboardShortcut)
		if !ok || string(sc.Key()) != key {
			t.Errorf("Edit › %s shows shortcut %v, want %s", it.Label, it.Shortcut, key)
		}
	}
	if len(want) > 0 {
		t.Errorf("Edit lacks %v", want)
	}
	// The keys Undo and Delete show must not take Ctrl+Z and Delete from
	// text fields: the window matches menu shortcuts by name.
	for _, it := range edit.Items {
		if it.Shortcut != nil && it.Shortcut.ShortcutName() == (&fyne.ShortcutUndo{}).ShortcutName() {
			t.Errorf("Edit › %s takes Ctrl+Z from the text fields", it.Label)
		}
	}
}

func TestUndoByKeyWhenNoFieldHasTheFocus(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.OtherMission, Name: "Undone mission"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	u.missions.open(m.ID)
	u.tasks.wait()
	u.missions.deleteItem()
	pressKey(u, fyne.KeyReturn)
	u.win.Canvas().Unfocus()
	pressShortcut(u, &fyne.ShortcutUndo{})
	if ms, _ := s.Missions(ctx, store.MissionQuery{Search: "undone mission"}); len(ms) != 1 {
		t.Errorf("Ctrl+Z brought back %d missions, want 1", len(ms))
	}
}

func TestPickerDialogKeys(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	e := liaison.Event{Title: "Keyed briefing", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 10)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	u.events.open(e.ID)
	u.tasks.wait()

	// Escape while typing in the search closes the picker.
	u.events.page.onAddPeople()
	u.tasks.wait()
	if _, ok := u.win.Canvas().Focused().(*keyEntry); !ok {
		t.Fatalf("the picker opens with the focus on %T", u.win.Canvas().Focused())
	}
	test.Type(u.win.Canvas().Focused(), "prosecutor")
	u.tasks.wait()
	pressKey(u, fyne.KeyEscape)
	if dialogShown(u) {
		t.Fatal("Escape left the picker open")
	}
	if rows, _ := s.Invitations(ctx, e.ID); len(rows) != 0 {
		t.Fatalf("Escape added %d people", len(rows))
	}
}

// TestKeysReachTheDialogFromASelect: with the focus on a dialog's drop-down
// (Mark planned as invited's channel), Escape still closes the dialog and
// Enter still answers it.
func TestKeysReachTheDialogFromASelect(t *testing.T) {
	u, s := newTestUI(t)
	e, amb, _ := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(10, 0), liaison.Planned)
	focusChannel := func() {
		t.Helper()
		u.events.page.onMarkInvited()
		for _, o := range objects(u) {
			if sel, ok := o.(*keySelect); ok {
				u.win.Canvas().Focus(sel)
				return
			}
		}
		t.Fatal("the dialog has no drop-down")
	}
	focusChannel()
	pressKey(u, fyne.KeyEscape)
	if dialogShown(u) {
		t.Fatal("Escape on the drop-down left the dialog open")
	}
	if inv := invitationOf(t, s, e.ID, amb.ID); inv.Status != liaison.Planned {
		t.Fatalf("Escape marked the invitation %s", inv.Status)
	}
	focusChannel()
	pressKey(u, fyne.KeyReturn)
	if dialogShown(u) {
		t.Error("Enter on the drop-down left the dialog open")
	}
	if inv := invitationOf(t, s, e.ID, amb.ID); inv.Status != liaison.Invited {
		t.Errorf("Enter left the invitation %s, want invited", inv.Status)
	}
}
