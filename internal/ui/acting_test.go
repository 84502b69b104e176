package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// samplePerson finds a person of the sample by family name.
func samplePerson(t *testing.T, s *store.Store, family string) liaison.Person {
	t.Helper()
	rows, err := s.People(context.Background(), store.PeopleQuery{Search: family})
	if err != nil || len(rows) == 0 {
		t.Fatalf("no %s in the sample: %v", family, err)
	}
	return rows[0].Person
}

// topDialogText returns the labels of the dialog on top of the window.
func topDialogText(u *UI) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func TestActingHeadInTheWindow(t *testing.T) {
	u, s := newDemoUI(t)
	ctx := context.Background()
	virtanen, laine := samplePerson(t, s, "Virtanen"), samplePerson(t, s, "Laine")
	d := u.people.details

	u.people.open(virtanen.ID)
	u.tasks.wait()
	a := d.newActingHead()
	a.dlg.Show()
	if got, want := a.since.Text, "24.11.2026"; got != want {
		t.Errorf("date offered %q, want today, %q", got, want)
	}
	typeInto(&a.since.Entry, "20.11.2026")
	test.Tap(a.ok)
	u.tasks.wait()
	p, err := s.Person(ctx, virtanen.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Rank != liaison.ChargeAI || !p.HeadOfMission || p.Notification != liaison.Day(2026, 11, 20) {
		t.Fatalf("after = rank %s, head %v, notified %s; want chargé a.i., head, 2026-11-20", p.Rank, p.HeadOfMission, p.Notification)
	}
	if d.current.Rank != liaison.ChargeAI || !u.status.undo.Visible() {
		t.Errorf("details show rank %s, undo shown %v; want the new rank and Undo", d.current.Rank, u.status.undo.Visible())
	}

	t.Run("a member of a mission with a head is refused, naming the head", func(t *testing.T) {
		u.people.open(laine.ID)
		u.tasks.wait()
		a := d.newActingHead()
		a.dlg.Show()
		test.Tap(a.ok)
		u.tasks.wait()
		if got := topDialogText(u); !strings.Contains(got, "Finland has a head, Virtanen Johanna; mark them departed first.") {
			t.Errorf("dialog says %q", got)
		}
		if p, _ := s.Person(ctx, laine.ID); p.HeadOfMission {
			t.Error("Laine became head")
		}
		u.win.Canvas().Overlays().Top().Hide()
	})

	t.Run("Invite all heads names the missions it covered through their senior member", func(t *testing.T) {
		e := liaison.Event{Title: "Briefing", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 3).At(10, 0)}
		if err := s.CreateEvent(ctx, &e); err != nil {
			t.Fatal(err)
		}
		empty := liaison.Mission{Kind: liaison.Embassy, Country: "NZ", Name: "Embassy of New Zealand", ShortName: "New Zealand"}
		if err := s.CreateMission(ctx, &empty); err != nil {
			t.Fatal(err)
		}
		u.events.open(e.ID)
		u.tasks.wait()
		u.events.page.onInviteHeads()
		u.tasks.wait()
		got := u.status.message.Text
		if !strings.Contains(got, "through their senior member (no head): Brazil; nobody at post: New Zealand.") ||
			strings.Contains(got, "Finland") {
			t.Errorf("status %q; want Brazil through its senior member, Finland by its acting head, nobody at New Zealand", got)
		}
		if got := topDialogText(u); !strings.Contains(got, "nobody at post: New Zealand") {
			t.Errorf("dialog says %q, want the mission left out", got)
		}
		u.win.Canvas().Overlays().Top().Hide()
	})

	t.Run("undo", func(t *testing.T) {
		u.onUndo()
		u.tasks.wait()
		p, err := s.Person(ctx, virtanen.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Rank != virtanen.Rank || p.HeadOfMission || !p.Notification.IsZero() {
			t.Errorf("after undo = %+v, want her as she was", p)
		}
	})
}
