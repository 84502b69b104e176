package ui

import (
	"context"
	"slices"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// TestStatusesAgreeWithThePerson: a Russian window says "Приглашена" of a
// woman, "Приглашён" of a man and "Приглашён(а)" of someone it cannot
// tell, offers each the forms that agree with them, and a form chosen
// from a woman's list is saved as the status it says.
func TestStatusesAgreeWithThePerson(t *testing.T) {
	u, s := newTestUI(t) // today is 24.11.2026
	useLanguage(t, i18n.Ru)
	ctx := context.Background()
	e, amb, counsellor := embassyEvent(t, u, s, liaison.Day(2026, 12, 1).At(10, 0), liaison.Invited)
	amb.Salutation, counsellor.Salutation = "Mr.", "Ms."
	for _, p := range []*liaison.Person{&amb, &counsellor} {
		if err := s.UpdatePerson(ctx, *p); err != nil {
			t.Fatal(err)
		}
	}
	unknown := liaison.Person{MissionID: amb.MissionID, FamilyName: "Ito", GivenName: "Kei", Rank: liaison.Attache}
	if err := s.CreatePerson(ctx, &unknown); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, []int64{unknown.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	u.events.open(e.ID)
	u.tasks.wait()
	for _, c := range []struct {
		p    liaison.Person
		want string
	}{{amb, "Приглашён"}, {counsellor, "Приглашена"}, {unknown, "Приглашён(а)"}} {
		sel := cell(t, u, c.p.ID, colStatus).sel
		if sel.Selected != c.want {
			t.Errorf("%s: the status reads %q, want %q", c.p.FullName(), sel.Selected, c.want)
		}
		if !slices.Contains(sel.Options, c.want) {
			t.Errorf("%s: the choices %q lack %q", c.p.FullName(), sel.Options, c.want)
		}
	}
	sel := cell(t, u, counsellor.ID, colStatus).sel
	if !slices.Contains(sel.Options, "Приняла") {
		t.Fatalf("her choices: %q", sel.Options)
	}
	sel.SetSelected("Приняла")
	u.tasks.wait()
	if inv := invitationOf(t, s, e.ID, counsellor.ID); inv.Status != liaison.Accepted {
		t.Errorf("after choosing Приняла the invitation is %s", inv.Status)
	}
}
