package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/xlsx"
)

// TestRepliesBeforeTheEvent imports the replies to a briefing a week
// away: a deputy named makes the invitation accepted, attended is left
// out with the event's day.
func TestRepliesBeforeTheEvent(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	s.SetClock(func() time.Time { return time.Date(2026, 12, 3, 9, 0, 0, 0, time.Local) })
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	amb := liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Rank: liaison.Ambassador, HeadOfMission: true}
	counsellor := liaison.Person{MissionID: m.ID, FamilyName: "Weber", GivenName: "Anna", Rank: liaison.Counsellor}
	attache := liaison.Person{MissionID: m.ID, FamilyName: "Braun", GivenName: "Karl", Rank: liaison.Attache}
	for _, p := range []*liaison.Person{&amb, &counsellor, &attache} {
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	e := liaison.Event{Title: "Briefing on the annual report", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 10).At(10, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, []int64{amb.ID, attache.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	replies := []xlsx.Reply{
		{Sheet: "List", Row: 6, EventID: e.ID, PersonID: amb.ID, Name: amb.FullName(), Status: liaison.Invited, Deputy: "Anna Weber"},
		{Sheet: "List", Row: 7, EventID: e.ID, PersonID: attache.ID, Name: attache.FullName(), Status: liaison.Attended},
	}
	plan, err := NewReplyPlan(ctx, s, replies, nil)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("attended a week before is a problem naming the event's day", func(t *testing.T) {
		want := i18n.M("%s: %s is only for the event's day or later; %s is on %s; the row is left out",
			attache.FullName(), liaison.Attended, e.Title, i18n.Text("10.12.2026"))
		if len(plan.Problems) != 1 || plan.Problems[0].Row != 7 || plan.Problems[0].What.String() != want.String() {
			t.Errorf("problems = %+v, want row 7: %s", plan.Problems, want)
		}
	})
	t.Run("a deputy named before the event makes the row accepted", func(t *testing.T) {
		if len(plan.Items) != 1 {
			t.Fatalf("items = %+v, want the ambassador's alone", plan.Items)
		}
		var got []string
		for _, c := range plan.Items[0].Changes {
			got = append(got, c.String())
		}
		want := []string{"status Invited → Accepted", "represented by Anna Weber"}
		if !slices.Equal(got, want) {
			t.Errorf("changes = %q, want %q", got, want)
		}
	})
	t.Run("the report says both in Russian", func(t *testing.T) {
		var b bytes.Buffer
		if err := plan.WriteReport(&b, i18n.Ru); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b.Bytes(), []byte("10.12.2026")) {
			t.Errorf("report:\n%s", b.String())
		}
	})
	t.Run("applied, the invitation is accepted and answered today", func(t *testing.T) {
		if _, err := plan.Apply(ctx, s, "replies.xlsx", liaison.Day(2026, 12, 3)); err != nil {
			t.Fatal(err)
		}
		inv, _ := s.Invitation(ctx, e.ID, amb.ID)
		if inv.Status != liaison.Accepted || inv.RepresentedBy != counsellor.ID || inv.Answered != liaison.Day(2026, 12, 3) {
			t.Errorf("the ambassador's invitation = %+v", inv)
		}
		if inv, _ := s.Invitation(ctx, e.ID, attache.ID); inv.Status != liaison.Invited {
			t.Errorf("the attaché's invitation = %+v, want invited still", inv)
		}
	})
}

// TestRepliesGiveDays imports the days and channel a returned list gives:
// a day still to come or an answer before the sending is a problem and
// its row is left out; an answer dated without the day of sending makes
// the invitation sent that day at the latest, never after the answer.
func TestRepliesGiveDays(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	s.SetClock(func() time.Time { return time.Date(2026, 12, 3, 9, 0, 0, 0, time.Local) })
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, name := range []string{"Schmidt", "Weber", "Braun"} {
		p := liaison.Person{MissionID: m.ID, FamilyName: name, GivenName: "Anna"}
		if err := s.CreatePerson(ctx, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	e := liaison.Event{Title: "Briefing", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 10).At(10, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, ids, liaison.Planned); err != nil {
		t.Fatal(err)
	}
	replies := []xlsx.Reply{
		{Sheet: "List", Row: 6, EventID: e.ID, PersonID: ids[0], Status: liaison.Invited, Sent: liaison.Day(2026, 12, 20)},
		{Sheet: "List", Row: 7, EventID: e.ID, PersonID: ids[1], Status: liaison.Accepted, Sent: liaison.Day(2026, 11, 20),
			Answered: liaison.Day(2026, 11, 18)},
		{Sheet: "List", Row: 8, EventID: e.ID, PersonID: ids[2], Status: liaison.Declined, Channel: liaison.Phone,
			Answered: liaison.Day(2026, 11, 28)},
	}
	plan, err := NewReplyPlan(ctx, s, replies, nil)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	for _, p := range plan.Problems {
		problems = append(problems, p.In(i18n.En))
	}
	want := []string{
		"List, row 6: sent on 20.12.2026, a day still to come; the row is left out",
		"List, row 7: Weber Anna: answered on 18.11.2026, before the invitation was sent on 20.11.2026; the row is left out",
	}
	if !slices.Equal(problems, want) {
		t.Errorf("problems:\n%q\nwant\n%q", problems, want)
	}
	if _, err := plan.Apply(ctx, s, "replies.xlsx", liaison.Day(2026, 12, 3)); err != nil {
		t.Fatal(err)
	}
	inv, _ := s.Invitation(ctx, e.ID, ids[2])
	if inv.Status != liaison.Declined || inv.Channel != liaison.Phone || inv.Answered.String() != "2026-11-28" || inv.Sent.String() != "2026-11-28" {
		t.Errorf("invitation = %+v", inv)
	}
	for _, id := range ids[:2] {
		if inv, _ := s.Invitation(ctx, e.ID, id); inv.Status != liaison.Planned || !inv.Sent.IsZero() {
			t.Errorf("a row left out changed its invitation: %+v", inv)
		}
	}
}
