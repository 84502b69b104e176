package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

func TestInvitations(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.now = func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) }
	fr := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	un := mustMission(t, s, liaison.Mission{Kind: liaison.InternationalOrgOffice, Name: "UNICEF"})
	mfa := mustMission(t, s, liaison.Mission{Kind: liaison.GovernmentBody, Name: "Ministry of Foreign Affairs"})
	ambDE := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador,
		HeadOfMission: true, Credentials: liaison.Day(2019, 4, 1)})
	ambFR := mustPerson(t, s, liaison.Person{MissionID: fr.ID, FamilyName: "Martin", Rank: liaison.Ambassador,
		HeadOfMission: true, Credentials: liaison.Day(2021, 9, 1)})
	unHead := mustPerson(t, s, liaison.Person{MissionID: un.ID, FamilyName: "Okafor", Rank: liaison.HeadOfOffice, HeadOfMission: true})
	mustPerson(t, s, liaison.Person{MissionID: mfa.ID, FamilyName: "Minister", HeadOfMission: true})
	counsellorDE := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Weber", Rank: liaison.Counsellor})
	secondFR := mustPerson(t, s, liaison.Person{MissionID: fr.ID, FamilyName: "Bernard", Rank: liaison.SecondSecretary})
	e := mustEvent(t, s, "Briefing for the diplomatic corps")

	t.Run("invite heads leaves out government bodies", func(t *testing.T) {
		added, err := s.InviteHeads(ctx, e.ID, nil, liaison.Planned)
		if err != nil || added != 3 {
			t.Fatalf("InviteHeads = %d, %v; want 3", added, err)
		}
		again, err := s.InviteHeads(ctx, e.ID, nil, liaison.Planned)
		if err != nil || again != 0 {
			t.Errorf("InviteHeads again = %d, %v; want 0 (already invited)", again, err)
		}
	})
	t.Run("list in precedence order", func(t *testing.T) {
		if _, err := s.Invite(ctx, e.ID, []int64{secondFR.ID, counsellorDE.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		rows, err := s.Invitations(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for i, r := range rows {
			got = append(got, r.Placed.Person.ID)
			if r.Precedence != i+1 {
				t.Errorf("row %d has precedence %d", i, r.Precedence)
			}
		}
		want := []int64{ambDE.ID, ambFR.ID, unHead.ID, counsellorDE.ID, secondFR.ID}
		if !slices.Equal(got, want) {
			t.Errorf("order = %v, want %v", got, want)
		}
		if rows[3].Placed.Head.ID != ambDE.ID {
			t.Errorf("the counsellor's mission head = %d, want %d", rows[3].Placed.Head.ID, ambDE.ID)
		}
	})
	t.Run("mark planned as invited", func(t *testing.T) {
		before, err := s.MarkInvited(ctx, e.ID, liaison.NoteVerbale)
		if err != nil || len(before) != 5 || before[0].Status != liaison.Planned {
			t.Fatalf("MarkInvited = %+v, %v; want 5 planned", before, err)
		}
		inv, _ := s.Invitation(ctx, e.ID, ambDE.ID)
		if inv.Status != liaison.Invited || inv.Sent.String() != "2026-11-24" || inv.Channel != liaison.NoteVerbale {
			t.Errorf("invitation = %+v", inv)
		}
	})
	t.Run("reply and attendance", func(t *testing.T) {
		if err := s.SetReply(ctx, e.ID, ambDE.ID, liaison.Accepted, 0); err != nil {
			t.Fatal(err)
		}
		inv, _ := s.Invitation(ctx, e.ID, ambDE.ID)
		if inv.Answered.String() != "2026-11-24" {
			t.Errorf("answered = %q, want today", inv.Answered)
		}
		inv.Status = liaison.Attended
		inv.RepresentedBy = counsellorDE.ID
		var early *liaison.TooEarlyError
		if err := s.UpdateInvitation(ctx, inv); !errors.As(err, &early) || early.Event != e.Title {
			t.Fatalf("UpdateInvitation attended a week before = %v, want a TooEarlyError naming the event", err)
		}
		s.now = func() time.Time { return time.Date(2026, 12, 1, 8, 0, 0, 0, time.Local) } // the event's day
		if err := s.UpdateInvitation(ctx, inv); err != nil {
			t.Fatal(err)
		}
		if err := s.SetReply(ctx, e.ID, ambFR.ID, liaison.Declined, 0); err != nil {
			t.Fatal(err)
		}
		sums, err := s.Events(ctx, EventQuery{})
		if err != nil || len(sums) != 1 {
			t.Fatalf("Events = %v, %v", sums, err)
		}
		c := sums[0].Counts
		if c.Listed() != 5 || c.Invited() != 5 || c.Accepted() != 1 || c.Attended() != 1 || c[liaison.Declined] != 1 {
			t.Errorf("counts = %v", c)
		}
		hist, err := s.PersonHistory(ctx, counsellorDE.ID)
		if err != nil {
			t.Fatal(err)
		}
		// Invited himself, and came on the ambassador's behalf.
		if len(hist) != 2 {
			t.Errorf("counsellor history = %d rows, want 2", len(hist))
		}
		mh, _ := s.MissionHistory(ctx, de.ID)
		if len(mh) != 2 {
			t.Errorf("mission history = %d rows, want 2", len(mh))
		}
		for _, h := range mh {
			if h.Invitee.ID == ambDE.ID && h.RepresentedBy.ID != counsellorDE.ID {
				t.Errorf("history row does not say who came: %+v", h)
			}
		}
	})
	t.Run("represented by someone of another mission is refused", func(t *testing.T) {
		inv, _ := s.Invitation(ctx, e.ID, ambFR.ID)
		inv.Status = liaison.Attended
		inv.RepresentedBy = counsellorDE.ID
		err := s.UpdateInvitation(ctx, inv)
		if !errors.Is(err, liaison.ErrInvalid) {
			t.Errorf("UpdateInvitation = %v, want ErrInvalid", err)
		}
	})
	t.Run("a person not on the list", func(t *testing.T) {
		other := mustEvent(t, s, "Other")
		if err := s.SetReply(ctx, other.ID, ambDE.ID, liaison.Accepted, 0); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("SetReply = %v, want ErrNotFound", err)
		}
	})
	t.Run("invite a vacant mission through its senior member", func(t *testing.T) {
		it := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "IT", Name: "Embassy of Italy"})
		mustPerson(t, s, liaison.Person{MissionID: it.ID, FamilyName: "Attache", Rank: liaison.Attache})
		senior := mustPerson(t, s, liaison.Person{MissionID: it.ID, FamilyName: "Counsellor", Rank: liaison.Counsellor})
		empty := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "ES", Name: "Embassy of Spain"})
		other := mustEvent(t, s, "Reception")
		if _, err := s.InviteMissions(ctx, other.ID, []int64{it.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Invitation(ctx, other.ID, senior.ID); err != nil {
			t.Errorf("the counsellor was not invited: %v", err)
		}
		if _, err := s.InviteMissions(ctx, other.ID, []int64{empty.ID}, liaison.Planned); err == nil {
			t.Error("inviting a mission with nobody at post succeeded")
		}
	})
	t.Run("deleting an event with a list archives it", func(t *testing.T) {
		archived, err := s.DeleteEvent(ctx, e.ID, 0)
		if err != nil || !archived {
			t.Errorf("DeleteEvent = %v, %v; want archived", archived, err)
		}
	})
}

func TestRepliesBeforeTheEvent(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	today := time.Date(2026, 12, 3, 9, 0, 0, 0, time.Local)
	s.now = func() time.Time { return today }
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	amb := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador, HeadOfMission: true})
	deputy := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Weber", Rank: liaison.Counsellor})
	e := liaison.Event{Title: "Briefing on the annual report", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 10).At(10, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, []int64{amb.ID, deputy.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}

	t.Run("attended a week before is refused with the event's day", func(t *testing.T) {
		err := s.SetReply(ctx, e.ID, amb.ID, liaison.Attended, 0)
		want := "Attended is only for the event's day or later; Briefing on the annual report is on 10.12.2026"
		if err == nil || err.Error() != want {
			t.Errorf("SetReply = %v, want %q", err, want)
		}
		if inv, _ := s.Invitation(ctx, e.ID, amb.ID); inv.Status != liaison.Invited {
			t.Errorf("status = %s, want invited still", inv.Status)
		}
	})
	t.Run("a deputy named a week before makes the invitation accepted", func(t *testing.T) {
		if err := s.SetReply(ctx, e.ID, amb.ID, "", deputy.ID); err != nil {
			t.Fatal(err)
		}
		inv, _ := s.Invitation(ctx, e.ID, amb.ID)
		if inv.Status != liaison.Accepted || inv.RepresentedBy != deputy.ID || inv.Answered != liaison.DateOf(today) {
			t.Errorf("invitation = %+v, want accepted today, represented by %d", inv, deputy.ID)
		}
	})
	t.Run("recording attendance a week before writes nothing", func(t *testing.T) {
		_, err := s.SetStatuses(ctx, e.ID, map[int64]liaison.Status{amb.ID: liaison.Attended, deputy.ID: liaison.NoShow})
		if !errors.Is(err, liaison.ErrInvalid) {
			t.Errorf("SetStatuses = %v, want refused", err)
		}
		if inv, _ := s.Invitation(ctx, e.ID, deputy.ID); inv.Status != liaison.Invited {
			t.Errorf("the deputy's own invitation = %s, want invited still", inv.Status)
		}
	})
	t.Run("recording attendance on the day, then undoing it", func(t *testing.T) {
		s.now = func() time.Time { return time.Date(2026, 12, 10, 18, 0, 0, 0, time.Local) }
		t.Cleanup(func() { s.now = func() time.Time { return today } })
		before, err := s.SetStatuses(ctx, e.ID, map[int64]liaison.Status{amb.ID: liaison.Attended, deputy.ID: liaison.NoShow})
		if err != nil || len(before) != 2 {
			t.Fatalf("SetStatuses = %d before, %v", len(before), err)
		}
		if inv, _ := s.Invitation(ctx, e.ID, amb.ID); inv.Status != liaison.Attended || inv.RepresentedBy != deputy.ID {
			t.Errorf("after recording: %+v, want attended by the deputy", inv)
		}
		if err := s.RestoreInvitations(ctx, before); err != nil {
			t.Fatal(err)
		}
		for _, b := range before {
			b.Version++ // the undo is a change too
			if inv, _ := s.Invitation(ctx, e.ID, b.PersonID); inv != b {
				t.Errorf("after undo: %+v, want %+v", inv, b)
			}
		}
	})
	t.Run("marking planned as invited, then undoing it", func(t *testing.T) {
		other := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Braun", Rank: liaison.Attache})
		if _, err := s.Invite(ctx, e.ID, []int64{other.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		before, err := s.MarkInvited(ctx, e.ID, liaison.Email)
		if err != nil || len(before) != 1 {
			t.Fatalf("MarkInvited = %+v, %v", before, err)
		}
		if inv, _ := s.Invitation(ctx, e.ID, other.ID); inv.Status != liaison.Invited || inv.Channel != liaison.Email {
			t.Errorf("after marking: %+v", inv)
		}
		if err := s.RestoreInvitations(ctx, before); err != nil {
			t.Fatal(err)
		}
		before[0].Version++ // the undo is a change too
		if inv, _ := s.Invitation(ctx, e.ID, other.ID); inv != before[0] {
			t.Errorf("after undo: %+v, want %+v", inv, before[0])
		}
	})
}

// TestDeputyOfAnotherMission: a deputy must be of the invitee's mission;
// the refusal names the deputy and is said in the window's language.
func TestDeputyOfAnotherMission(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.now = func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) }
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	fr := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	amb := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador, HeadOfMission: true})
	other := mustPerson(t, s, liaison.Person{MissionID: fr.ID, FamilyName: "Bernard", Rank: liaison.Counsellor})
	e := mustEvent(t, s, "Briefing")
	if _, err := s.Invite(ctx, e.ID, []int64{amb.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	err := s.SetReply(ctx, e.ID, amb.ID, liaison.Accepted, other.ID)
	var ps liaison.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Got != other.FullName() {
		t.Fatalf("SetReply with a deputy of France = %v", err)
	}
	if got := i18n.Ru.Problems(ps); !strings.Contains(got, "из другого представительства") || !strings.Contains(got, "Bernard") {
		t.Errorf("in Russian: %q", got)
	}
	if inv, _ := s.Invitation(ctx, e.ID, amb.ID); inv.RepresentedBy != 0 || inv.Status != liaison.Invited {
		t.Errorf("the invitation after the refusal: %+v", inv)
	}
}
