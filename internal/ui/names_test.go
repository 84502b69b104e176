package ui

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2/test"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// TestMissionFormNamesInEachLanguage types a mission's Russian names into
// its form and sees the missions table show them in a Russian window, the
// stored name in an English one.
func TestMissionFormNamesInEachLanguage(t *testing.T) {
	u, s := newTestUI(t)
	ctx := context.Background()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "TM", Name: "Embassy of Turkmenistan", ShortName: "Turkmenistan"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	u.missions.open(m.ID)
	u.tasks.wait()
	d := u.missions.details
	ru := d.form.names[1] // liaison.NameLanguages: en, ru, kk
	typeInto(ru.name, "Посольство Туркменистана")
	typeInto(ru.short, "Туркменистан")
	d.onSave()
	u.tasks.wait()
	got, err := s.Mission(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.NameRu != "Посольство Туркменистана" || got.ShortRu != "Туркменистан" || got.Name != "Embassy of Turkmenistan" {
		t.Fatalf("saved: name %q, Russian %q / %q", got.Name, got.NameRu, got.ShortRu)
	}
	if label := missionLabel(u.missions.rows.rows[0]); label != "Turkmenistan" {
		t.Errorf("an English window shows %q", label)
	}
	useLanguage(t, i18n.Ru)
	u.missions.reload()
	u.tasks.wait()
	if label := missionLabel(u.missions.rows.rows[0]); label != "Туркменистан" {
		t.Errorf("a Russian window shows %q", label)
	}
	u.missions.open(m.ID)
	u.tasks.wait()
	if title := d.title.Text; title != "Посольство Туркменистана" {
		t.Errorf("the details' title in Russian is %q", title)
	}
	if d.form.names[1].name.Text != "Посольство Туркменистана" || d.form.name.Text != "Embassy of Turkmenistan" {
		t.Error("the form does not show the stored and the Russian name each in its place")
	}
}

// TestSampleMissionsInOneScript opens the sample in Russian and in Kazakh:
// every row of the missions table is in Cyrillic.
func TestSampleMissionsInOneScript(t *testing.T) {
	u, _ := newDemoUI(t)
	for _, l := range []i18n.Lang{i18n.Ru, i18n.Kk} {
		useLanguage(t, l)
		u.missions.reload()
		u.tasks.wait()
		if len(u.missions.rows.rows) < 60 {
			t.Fatalf("%d missions shown", len(u.missions.rows.rows))
		}
		for _, r := range u.missions.rows.rows {
			if label := missionLabel(r); !cyrillic(label) {
				t.Errorf("%s: %q in a %s window", r.Mission.Name, label, l)
			}
		}
	}
}

func cyrillic(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

// TestForTwoToggleAndUndo ticks an invitee's For two, sees the guests
// counted, and takes it back with Undo.
func TestForTwoToggleAndUndo(t *testing.T) {
	u, s := newTestUI(t)
	e, amb, counsellor := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(18, 0), liaison.Invited)
	p := u.events.page
	if p.guests.Visible() {
		t.Errorf("the page speaks of guests with no invitation for two: %q", p.guests.Text)
	}
	c := cell(t, u, amb.ID, colForTwo)
	if !c.check.Visible() || c.check.Checked || c.label.Visible() {
		t.Fatalf("the For two cell: check visible %v, checked %v", c.check.Visible(), c.check.Checked)
	}
	test.Tap(c.check)
	u.tasks.wait()
	if inv := invitationOf(t, s, e.ID, amb.ID); !inv.ForTwo {
		t.Fatal("ticking For two did not save it")
	}
	if inv := invitationOf(t, s, e.ID, counsellor.ID); inv.ForTwo {
		t.Error("the counsellor's invitation became for two too")
	}
	if !cell(t, u, amb.ID, colForTwo).check.Checked {
		t.Error("the reloaded row is not ticked")
	}
	if want := "Guests: 3 invited, 0 accepted, 0 attended"; p.guests.Text != want || !p.guests.Visible() {
		t.Errorf("guests %q (visible %v), want %q", p.guests.Text, p.guests.Visible(), want)
	}
	if !u.status.undo.Visible() || !strings.Contains(u.status.undo.Text, "Schmidt") {
		t.Errorf("the undo button = %q (visible %v)", u.status.undo.Text, u.status.undo.Visible())
	}
	u.onUndo()
	u.tasks.wait()
	if inv := invitationOf(t, s, e.ID, amb.ID); inv.ForTwo {
		t.Error("undo left the invitation for two")
	}
	if cell(t, u, amb.ID, colForTwo).check.Checked {
		t.Error("after undo the row is still ticked")
	}
	cs, err := s.History(context.Background(), "event", e.ID)
	if err != nil || len(cs) < 2 {
		t.Fatalf("history: %v, %v", cs, err)
	}
	for i, want := range []any{false, true} { // latest first: the undo, then the tick
		if d := cs[i].Diff(); len(d) != 1 || d[0].Field != "ForTwo" || d[0].New != want {
			t.Errorf("change %d of the list: %+v, want ForTwo → %v", i, d, want)
		}
	}
}
