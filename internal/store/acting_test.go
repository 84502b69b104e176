package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

func TestMakeActingHead(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	br := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "BR", Name: "Embassy of Brazil"})
	fi := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland"})
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	mfa := mustMission(t, s, liaison.Mission{Kind: liaison.GovernmentBody, Name: "Ministry of Foreign Affairs"})
	counsellorBR := mustPerson(t, s, liaison.Person{MissionID: br.ID, FamilyName: "Albuquerque", Rank: liaison.Counsellor})
	counsellorFI := mustPerson(t, s, liaison.Person{MissionID: fi.ID, FamilyName: "Virtanen", Rank: liaison.Counsellor})
	ambDE := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador,
		HeadOfMission: true, Credentials: liaison.Day(2019, 4, 1)})
	weber := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Weber", Rank: liaison.Counsellor})
	official := mustPerson(t, s, liaison.Person{MissionID: mfa.ID, FamilyName: "Official"})
	loner := mustPerson(t, s, liaison.Person{FamilyName: "Loner"})
	gone := mustPerson(t, s, liaison.Person{MissionID: br.ID, FamilyName: "Gone", Departed: true})

	t.Run("a member of a vacant mission becomes its chargé a.i.", func(t *testing.T) {
		before, err := s.MakeActingHead(ctx, counsellorFI.ID, liaison.Day(2026, 10, 1))
		if err != nil {
			t.Fatal(err)
		}
		if before.Rank != liaison.Counsellor || before.HeadOfMission {
			t.Errorf("before = %+v, want the counsellor as she was", before)
		}
		p, err := s.Person(ctx, counsellorFI.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Rank != liaison.ChargeAI || !p.HeadOfMission || p.Notification != liaison.Day(2026, 10, 1) {
			t.Errorf("after = rank %s, head %v, notification %s; want charge_ai, head, 2026-10-01", p.Rank, p.HeadOfMission, p.Notification)
		}
		changes, err := s.Changes(ctx, EntityPerson, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(changes), 2; got != want { // create, then the one update
			t.Errorf("%d changes, want %d (creation and one update)", got, want)
		}
	})

	t.Run("chargés a.i. rank by date of notification", func(t *testing.T) {
		// Brazil's chargé was notified after Finland's: Finland first,
		// though a tie would go by name, Brazil first.
		if _, err := s.MakeActingHead(ctx, counsellorBR.ID, liaison.Day(2026, 11, 2)); err != nil {
			t.Fatal(err)
		}
		e := mustEvent(t, s, "Briefing")
		if _, err := s.Invite(ctx, e.ID, []int64{counsellorFI.ID, weber.ID, counsellorBR.ID, ambDE.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		rows, err := s.Invitations(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Placed.Person.FamilyName)
		}
		if want := "Schmidt Virtanen Albuquerque Weber"; strings.Join(got, " ") != want {
			t.Errorf("list = %v, want %s", got, want)
		}
	})

	refusals := []struct {
		name   string
		id     int64
		reason ActingReason
		says   string
	}{
		{"a mission with a head names it", weber.ID, ActingMissionHeaded, "has a head, Schmidt; mark them departed first"},
		{"a head already", ambDE.ID, ActingAlreadyHead, "already the head"},
		{"a government body", official.ID, ActingGovernmentBody, "no chargé d'affaires"},
		{"no mission", loner.ID, ActingNoMission, "belongs to no mission"},
		{"departed", gone.ID, ActingNotAtPost, "has departed"},
	}
	for _, tc := range refusals {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			_, err := s.MakeActingHead(ctx, tc.id, liaison.Day(2026, 11, 1))
			var r *ActingRefusal
			if !errors.As(err, &r) || r.Reason != tc.reason {
				t.Fatalf("MakeActingHead = %v, want reason %d", err, tc.reason)
			}
			if !errors.Is(err, liaison.ErrInvalid) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q: want ErrInvalid saying %q", err, tc.says)
			}
		})
	}
	t.Run("refuses an unknown person", func(t *testing.T) {
		if _, err := s.MakeActingHead(ctx, 9999, liaison.Day(2026, 11, 1)); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("MakeActingHead(9999) = %v, want not found", err)
		}
	})
}

func TestInviteMissionHeads(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	br := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "BR", Name: "Embassy of Brazil"})
	fi := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland"})
	empty := mustMission(t, s, liaison.Mission{Kind: liaison.Consulate, Country: "IT", Name: "Consulate of Italy"})
	mfa := mustMission(t, s, liaison.Mission{Kind: liaison.GovernmentBody, Name: "Ministry of Foreign Affairs"})
	amb := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador, HeadOfMission: true})
	mustPerson(t, s, liaison.Person{MissionID: br.ID, FamilyName: "Nogueira", Rank: liaison.SecondSecretary})
	senior := mustPerson(t, s, liaison.Person{MissionID: br.ID, FamilyName: "Albuquerque", Rank: liaison.Counsellor})
	acting := mustPerson(t, s, liaison.Person{MissionID: fi.ID, FamilyName: "Virtanen", Rank: liaison.Counsellor})
	mustPerson(t, s, liaison.Person{MissionID: empty.ID, FamilyName: "Former", HeadOfMission: true, Departed: true})
	mustPerson(t, s, liaison.Person{MissionID: mfa.ID, FamilyName: "Minister", HeadOfMission: true})
	if _, err := s.MakeActingHead(ctx, acting.ID, liaison.Day(2026, 10, 1)); err != nil {
		t.Fatal(err)
	}
	e := mustEvent(t, s, "Briefing")
	r, err := s.InviteMissionHeads(ctx, e.ID, nil, liaison.Planned)
	if err != nil {
		t.Fatal(err)
	}
	if r.Added != 3 || r.Heads != 2 || len(r.Senior) != 1 || r.Senior[0].ID != br.ID ||
		len(r.Nobody) != 1 || r.Nobody[0].ID != empty.ID {
		t.Errorf("report = %+v; want 3 added, 2 heads (Germany, Finland's acting head), Brazil by its senior member, nobody at Italy", r)
	}
	rows, err := s.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, row := range rows {
		got = append(got, row.Placed.Person.ID)
	}
	if want := []int64{amb.ID, acting.ID, senior.ID}; !slices.Equal(got, want) {
		t.Errorf("list = %v, want %v (ambassador, acting head, Brazil's senior member)", got, want)
	}
	again, err := s.InviteMissionHeads(ctx, e.ID, nil, liaison.Planned)
	if err != nil || again.Added != 0 || len(again.Senior) != 1 {
		t.Errorf("again = %+v, %v; want nothing added, Brazil still reported", again, err)
	}
}
