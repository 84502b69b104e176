package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// The sample's round table (event 3, twelve days before the tests' day)
// has Рахимов (person 53, Uzbekistan) and Mammadov (68, Azerbaijan)
// accepted, Orazov (65, Turkmenistan) without a reply, and Kovalenko
// (74, Ukraine) and Ковалёва (72, Belarus) already attended.
const roundTable = 3

// openCheckin opens the check-in of the sample's round table from its
// page, as the officer does.
func openCheckin(t *testing.T) (*UI, *store.Store, *checkinView) {
	t.Helper()
	u, s := newDemoUI(t)
	u.show(screenEvents)
	u.events.open(roundTable)
	u.tasks.wait()
	tapButton(t, u, "Check-in")
	v := u.events.checkin
	if !v.shown() || u.events.body.Objects[0] != v.root {
		t.Fatal("Check-in did not open the check-in view")
	}
	if got := u.win.Canvas().Focused(); got != v.entry {
		t.Errorf("the focus is on %T, not in the check-in entry", got)
	}
	return u, s, v
}

// scan types text into the entry and presses Enter, as a USB scanner does.
func scan(u *UI, v *checkinView, text string) {
	v.entry.SetText("")
	test.Type(v.entry, text)
	v.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.tasks.wait()
}

func countsOf(v *checkinView) [4]string {
	var out [4]string
	for i, c := range v.counts {
		out[i] = c.Text
	}
	return out
}

func statusIn(t *testing.T, s *store.Store, personID int64) liaison.Invitation {
	t.Helper()
	return invitationOf(t, s, roundTable, personID)
}

func TestCheckinByBadge(t *testing.T) {
	u, s, v := openCheckin(t)
	before := store.CountArrivals(v.rows)
	scan(u, v, store.BadgeCode(roundTable, 53))

	t.Run("the guest is attended at once, and said so in large type", func(t *testing.T) {
		if got := statusIn(t, s, 53).Status; got != liaison.Attended {
			t.Errorf("status = %s, want attended", got)
		}
		if v.result.Text != "Рахимов Бахтиёр Шухратович" || !strings.Contains(v.detail.Text, "Uzbekistan") ||
			!strings.Contains(v.detail.Text, "arrived 09:00") {
			t.Errorf("the confirmation says %q / %q", v.result.Text, v.detail.Text)
		}
		if v.flash.FillColor == nil {
			t.Error("no flash")
		}
		if _, _, _, a := v.flash.FillColor.RGBA(); a == 0 {
			t.Error("the pane behind the confirmation did not light up")
		}
	})
	t.Run("the counts change", func(t *testing.T) {
		after := store.CountArrivals(v.rows)
		if after.Arrived != before.Arrived+1 || after.ToCome != before.ToCome-1 || after.Expected != before.Expected {
			t.Errorf("counts %+v after %+v", after, before)
		}
		if got := v.counts[1].Text; got != strconv.Itoa(after.Arrived) {
			t.Errorf("arrived shows %s, want %d", got, after.Arrived)
		}
	})
	t.Run("the focus is back in the entry, empty", func(t *testing.T) {
		if u.win.Canvas().Focused() != v.entry || v.entry.Text != "" {
			t.Errorf("focus on %T, entry %q", u.win.Canvas().Focused(), v.entry.Text)
		}
	})
	t.Run("a second scan says already arrived and changes nothing", func(t *testing.T) {
		inv := statusIn(t, s, 53)
		counts := countsOf(v)
		scan(u, v, store.BadgeCode(roundTable, 53))
		if !strings.Contains(v.detail.Text, "already arrived at 09:00") {
			t.Errorf("the second scan says %q / %q", v.result.Text, v.detail.Text)
		}
		if got := statusIn(t, s, 53); got.Version != inv.Version {
			t.Errorf("the invitation went from version %d to %d", inv.Version, got.Version)
		}
		if countsOf(v) != counts {
			t.Errorf("counts %v, were %v", countsOf(v), counts)
		}
	})
	t.Run("a badge of another event is refused, naming it", func(t *testing.T) {
		scan(u, v, store.BadgeCode(2, 68))
		if v.result.Text != "Another event" || !strings.Contains(v.detail.Text, "Reception for the diplomatic corps") {
			t.Errorf("says %q / %q", v.result.Text, v.detail.Text)
		}
		if got := statusIn(t, s, 68).Status; got != liaison.Accepted {
			t.Errorf("Mammadov is %s on the round table's list", got)
		}
	})
	t.Run("a badge of an unknown event or guest says so plainly", func(t *testing.T) {
		scan(u, v, "LIAISON-INV:99:68")
		if !strings.Contains(v.detail.Text, "does not know") {
			t.Errorf("unknown event: %q / %q", v.result.Text, v.detail.Text)
		}
		scan(u, v, store.BadgeCode(roundTable, 1))
		if v.result.Text != "Not on the list" {
			t.Errorf("unknown guest: %q / %q", v.result.Text, v.detail.Text)
		}
	})
	t.Run("a scanner on a Russian keyboard", func(t *testing.T) {
		scan(u, v, "ДШФШЫЩТ-ШТМЖ3Ж68")
		if got := statusIn(t, s, 68).Status; got != liaison.Attended {
			t.Errorf("Mammadov is %s; the entry said %q / %q", got, v.result.Text, v.detail.Text)
		}
	})
}

func TestCheckinByName(t *testing.T) {
	u, s, v := openCheckin(t)
	t.Run("Latin letters find a Cyrillic name", func(t *testing.T) {
		test.Type(v.entry, "rahim")
		if len(v.matches) != 1 || v.matches[0].Invitation.PersonID != 53 {
			t.Fatalf("rahim finds %d: %v", len(v.matches), names(v.matches))
		}
		v.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		u.tasks.wait()
		if got := statusIn(t, s, 53).Status; got != liaison.Attended {
			t.Errorf("Рахимов is %s", got)
		}
	})
	// Kowalska too: search folds w and v together.
	t.Run("Cyrillic letters find a Latin name, and the arrows choose", func(t *testing.T) {
		v.entry.SetText("")
		test.Type(v.entry, "Кова")
		if got := names(v.matches); strings.Join(got, ", ") != "Kovalenko Oksana, Ковалёва Ольга Николаевна, Kowalska Marta" {
			t.Fatalf("Кова finds %v", got)
		}
		v.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		if v.chosen != 1 {
			t.Errorf("Down chose %d", v.chosen)
		}
	})
	t.Run("a click on a name checks them in", func(t *testing.T) {
		v.entry.SetText("")
		test.Type(v.entry, "Mammad")
		v.list.Select(0)
		u.tasks.wait()
		if got := statusIn(t, s, 68).Status; got != liaison.Attended {
			t.Errorf("Mammadov is %s", got)
		}
		if u.win.Canvas().Focused() != v.entry {
			t.Errorf("the focus is on %T after the click", u.win.Canvas().Focused())
		}
	})
}

func TestCheckinDeputyAndUndo(t *testing.T) {
	u, s, v := openCheckin(t)
	before := store.CountArrivals(v.rows)
	test.Type(v.entry, "Orazov")
	if v.deputy.Disabled() {
		t.Fatal("Came instead… is not offered for Orazov, who has not arrived")
	}
	test.Tap(v.deputy)
	// The first of his embassy's current people in the choice.
	tapButton(t, u, "Check in")
	inv := statusIn(t, s, 65)
	if inv.Status != liaison.Attended || inv.RepresentedBy == 0 {
		t.Fatalf("Orazov's invitation: %+v", inv)
	}
	deputy, err := s.Person(context.Background(), inv.RepresentedBy)
	if err != nil {
		t.Fatal(err)
	}
	if want := deputy.FullName() + " instead of Orazov Atajan"; v.result.Text != want {
		t.Errorf("the confirmation says %q, want %q", v.result.Text, want)
	}
	after := store.CountArrivals(v.rows)
	if after.Deputies != before.Deputies+1 || after.Arrived != before.Arrived+1 {
		t.Errorf("counts %+v after %+v", after, before)
	}

	t.Run("Ctrl+Z in the entry undoes the last check-in", func(t *testing.T) {
		scan(u, v, store.BadgeCode(roundTable, 68))
		v.entry.TypedShortcut(&fyne.ShortcutUndo{})
		u.tasks.wait()
		if got := statusIn(t, s, 68).Status; got != liaison.Accepted {
			t.Errorf("Mammadov is %s after the undo, want accepted", got)
		}
		if got := statusIn(t, s, 65).Status; got != liaison.Attended {
			t.Errorf("Orazov is %s: the undo took back more than the last", got)
		}
	})
	t.Run("a scan with the focus elsewhere still reaches the entry", func(t *testing.T) {
		u.win.Canvas().Unfocus()
		for _, r := range store.BadgeCode(roundTable, 68) {
			u.win.Canvas().(test.WindowlessCanvas).OnTypedRune()(r)
		}
		v.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		u.tasks.wait()
		if got := statusIn(t, s, 68).Status; got != liaison.Attended {
			t.Errorf("Mammadov is %s after a scan with nothing focused", got)
		}
		u.onUndoKey() // Ctrl+Z outside the entry
		u.tasks.wait()
		if got := statusIn(t, s, 68).Status; got != liaison.Accepted {
			t.Errorf("Mammadov is %s after Ctrl+Z outside the entry", got)
		}
	})
	t.Run("the button undoes the one before", func(t *testing.T) {
		test.Tap(v.undoBtn)
		u.tasks.wait()
		inv := statusIn(t, s, 65)
		if inv.Status != liaison.NoReply || inv.RepresentedBy != 0 {
			t.Errorf("Orazov after the second undo: %+v", inv)
		}
		if countsOf(v)[1] != strconv.Itoa(before.Arrived) || !v.undoBtn.Disabled() {
			t.Errorf("counts %v (arrived was %d), undo enabled %v", countsOf(v), before.Arrived, !v.undoBtn.Disabled())
		}
	})
}

// TestCheckinAtTwoDoors: a check-in at another door shows in the counts
// when the window reads the data again (as a notice of the change makes
// it), and scanning that guest here says they already arrived.
func TestCheckinAtTwoDoors(t *testing.T) {
	u, s, v := openCheckin(t)
	other, err := store.Open(context.Background(), s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetClock(testNow)
	arrived := store.CountArrivals(v.rows).Arrived
	if _, err := other.CheckIn(context.Background(), roundTable, 53, 0); err != nil {
		t.Fatal(err)
	}
	u.reloadAll()
	u.tasks.wait()
	if got := countsOf(v)[1]; got != strconv.Itoa(arrived+1) {
		t.Errorf("arrived shows %s after the other door, want %d", got, arrived+1)
	}
	scan(u, v, store.BadgeCode(roundTable, 53))
	if !strings.Contains(v.detail.Text, "already arrived at 09:00") {
		t.Errorf("says %q / %q", v.result.Text, v.detail.Text)
	}
	t.Run("undo leaves alone a check-in the other door changed since", func(t *testing.T) {
		scan(u, v, store.BadgeCode(roundTable, 81)) // Манукян, accepted
		if _, err := other.SetForTwo(context.Background(), roundTable, []int64{81}, true); err != nil {
			t.Fatal(err)
		}
		test.Tap(v.undoBtn)
		u.tasks.wait()
		if inv := statusIn(t, s, 81); inv.Status != liaison.Attended || !inv.ForTwo {
			t.Errorf("after the refused undo: %+v", inv)
		}
		if !strings.Contains(v.detail.Text, "Not undone") {
			t.Errorf("says %q / %q", v.result.Text, v.detail.Text)
		}
	})
	t.Run("a guest taken off the list at the other door is refused in the big line", func(t *testing.T) {
		if err := other.Uninvite(context.Background(), roundTable, 65); err != nil {
			t.Fatal(err)
		}
		scan(u, v, "Orazov") // the list shown still has him
		if v.result.Text != "Orazov Atajan" || !strings.Contains(v.detail.Text, "No longer on the list") {
			t.Errorf("says %q / %q", v.result.Text, v.detail.Text)
		}
		if len(u.win.Canvas().Overlays().List()) != 0 {
			t.Error("a dialog took the focus from the entry")
		}
		if u.win.Canvas().Focused() != v.entry {
			t.Errorf("the focus is on %T", u.win.Canvas().Focused())
		}
	})
	t.Run("back on the event's page, the counts show the arrivals", func(t *testing.T) {
		tapButton(t, u, "Event")
		if u.events.body.Objects[0] != u.events.page.root {
			t.Fatal("Event did not go back to the page")
		}
		if !strings.Contains(u.events.page.counts.Text, "Attended "+strconv.Itoa(arrived+2)) { // Рахимов, Манукян
			t.Errorf("the page's counts: %q", u.events.page.counts.Text)
		}
	})
}

func names(rows []store.InvitationRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Placed.Person.FullName())
	}
	return out
}

// TestCheckinTwoDoorsOnTheServer: two laptops at the door on the office
// database; the other's check-in shows here within two seconds, through
// the server's notices, and scanning that guest here says already arrived.
func TestCheckinTwoDoorsOnTheServer(t *testing.T) {
	url := serverDatabase(t)
	ctx := context.Background()
	other := openServer(t, url) // the other door's Liaison
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := other.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	amb := liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Rank: liaison.Ambassador, HeadOfMission: true}
	if err := other.CreatePerson(ctx, &amb); err != nil {
		t.Fatal(err)
	}
	e := liaison.Event{Title: "Reception", Kind: liaison.Reception, StartsAt: liaison.DateOf(testNow()).At(18, 0)}
	if err := other.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Invite(ctx, e.ID, []int64{amb.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	u, _ := newServerUI(t, url)
	u.show(screenEvents)
	u.events.open(e.ID)
	u.tasks.wait()
	tapButton(t, u, "Check-in")
	v := u.events.checkin
	if got := countsOf(v); got != [4]string{"1", "0", "0", "1"} {
		t.Fatalf("counts before: %v", got)
	}
	if _, err := other.CheckIn(ctx, e.ID, amb.ID, 0); err != nil {
		t.Fatal(err)
	}
	if !within(u, 2*time.Second, func() bool { return countsOf(v) == [4]string{"1", "1", "0", "0"} }) {
		t.Fatalf("after 2 s the counts are %v", countsOf(v))
	}
	scan(u, v, store.BadgeCode(e.ID, amb.ID))
	if !strings.Contains(v.detail.Text, "already arrived at 09:00") {
		t.Errorf("says %q / %q", v.result.Text, v.detail.Text)
	}
}
