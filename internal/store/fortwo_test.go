package store

import (
	"context"
	"testing"

	"liaison/internal/liaison"
)

func TestInvitationForTwo(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	amb := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador, HeadOfMission: true})
	aide := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Weber", Rank: liaison.Counsellor})
	e := mustEvent(t, s, "Reception")

	t.Run("invite for two", func(t *testing.T) {
		if _, err := s.Invite(ctx, e.ID, []int64{amb.ID}, liaison.Invited, ForTwo); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Invite(ctx, e.ID, []int64{aide.ID}, liaison.Invited); err != nil {
			t.Fatal(err)
		}
		inv, _ := s.Invitation(ctx, e.ID, amb.ID)
		if !inv.ForTwo || inv.Guests() != 2 {
			t.Errorf("ambassador's invitation: ForTwo %v, want true", inv.ForTwo)
		}
		inv, _ = s.Invitation(ctx, e.ID, aide.ID)
		if inv.ForTwo {
			t.Error("counsellor's invitation is for two; want for one")
		}
	})
	t.Run("counts give the guests", func(t *testing.T) {
		if err := s.SetReply(ctx, e.ID, amb.ID, liaison.Accepted, 0); err != nil {
			t.Fatal(err)
		}
		if err := s.SetReply(ctx, e.ID, aide.ID, liaison.Accepted, 0); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, EventQuery{})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events = %v, %v", evs, err)
		}
		if got, want := evs[0].Counts.Accepted(), 2; got != want {
			t.Errorf("accepted = %d, want %d", got, want)
		}
		if got, want := evs[0].Guests.Accepted(), 3; got != want {
			t.Errorf("accepted guests = %d, want %d", got, want)
		}
		if inv, _ := s.Invitation(ctx, e.ID, amb.ID); !inv.ForTwo {
			t.Error("a reply made the invitation for one")
		}
	})
	t.Run("set for one, recorded and undone", func(t *testing.T) {
		before, err := s.SetForTwo(ctx, e.ID, []int64{amb.ID, aide.ID}, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(before) != 1 || before[0].PersonID != amb.ID {
			t.Fatalf("SetForTwo changed %+v; want only the ambassador's", before)
		}
		cs, err := s.History(ctx, EntityEvent, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := cs[0].Diff(); len(d) != 1 || d[0].Field != "ForTwo" || d[0].Old != true || d[0].New != false {
			t.Errorf("latest change of the list = %+v; want ForTwo true → false", d)
		}
		if err := s.RestoreInvitations(ctx, before); err != nil {
			t.Fatal(err)
		}
		if inv, _ := s.Invitation(ctx, e.ID, amb.ID); !inv.ForTwo {
			t.Error("undo left the invitation for one")
		}
	})
	t.Run("someone not on the list changes nothing", func(t *testing.T) {
		other := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Braun"})
		if _, err := s.SetForTwo(ctx, e.ID, []int64{aide.ID, other.ID}, true); err == nil {
			t.Fatal("SetForTwo accepted someone not on the list")
		}
		if inv, _ := s.Invitation(ctx, e.ID, aide.ID); inv.ForTwo {
			t.Error("a failed SetForTwo still made the counsellor's invitation for two")
		}
	})
}
