package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"liaison/internal/liaison"
)

func TestParseBadgeCode(t *testing.T) {
	for _, tc := range []struct {
		text          string
		event, person int64
		ok            bool
	}{
		{"LIAISON-INV:3:17", 3, 17, true},
		{"  liaison-inv:3:17\n", 3, 17, true},
		{"ДШФШЫЩТ-ШТМЖ3Ж17", 3, 17, true}, // a scanner on a Russian keyboard
		{"ДШФШЫЩТөШТМЖіЖғі", 3, 53, true}, // on a Kazakh one: its number row types letters
		{"ДШФШЫЩТӨШТМЖ\"қЖ\"әұ", 10, 129, true},
		{BadgeCode(12, 345), 12, 345, true},
		{"LIAISON-INV:3", 0, 0, false},
		{"LIAISON-INV:3:x", 0, 0, false},
		{"LIAISON-INV:0:17", 0, 0, false},
		{"LIAISON-INV:3:17:1", 0, 0, false},
		{"Orazov", 0, 0, false},
	} {
		ev, p, ok := ParseBadgeCode(tc.text)
		if ev != tc.event || p != tc.person || ok != tc.ok {
			t.Errorf("ParseBadgeCode(%q) = %d, %d, %v; want %d, %d, %v", tc.text, ev, p, ok, tc.event, tc.person, tc.ok)
		}
	}
	for text, want := range map[string]bool{"LIAISON-": true, "LIAISON-I": true, "ДШФШЫЩТ-Ш": true, "ДШФШЫЩТөШ": true, "LIAISON-INV:3:": true, "Lia": false, "Liaison": false, "Orazov": false} {
		if got := LooksLikeBadgeCode(text); got != want {
			t.Errorf("LooksLikeBadgeCode(%q) = %v", text, got)
		}
	}
}

// doorEvent makes an event on the tests' day with an ambassador accepted
// and a counsellor of his embassy, and returns their IDs.
func doorEvent(t *testing.T, s *Store) (eventID, amb, counsellor int64) {
	t.Helper()
	ctx := context.Background()
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	a := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Rank: liaison.Ambassador, HeadOfMission: true})
	c := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Weber", GivenName: "Anna", Rank: liaison.Counsellor})
	e := liaison.Event{Title: "Reception", Kind: liaison.Reception, StartsAt: liaison.Day(2026, 11, 24).At(18, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invite(ctx, e.ID, []int64{a.ID, c.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReply(ctx, e.ID, a.ID, liaison.Accepted, 0); err != nil {
		t.Fatal(err)
	}
	return e.ID, a.ID, c.ID
}

func doorClock() time.Time { return time.Date(2026, 11, 24, 18, 4, 0, 0, time.UTC) }

func TestCheckIn(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.SetClock(doorClock)
	ev, amb, counsellor := doorEvent(t, s)

	a, err := s.CheckIn(ctx, ev, amb, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.Already || a.Invitation.Status != liaison.Attended || !a.At.Equal(doorClock()) || a.Before.Status != liaison.Accepted {
		t.Errorf("first check-in: %+v", a)
	}
	t.Run("twice changes nothing and says when", func(t *testing.T) {
		again, err := s.CheckIn(ctx, ev, amb, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !again.Already || !again.At.Equal(doorClock()) || again.Invitation.Version != a.Invitation.Version {
			t.Errorf("second check-in: %+v (first left version %d)", again, a.Invitation.Version)
		}
	})
	t.Run("undo puts the reply back", func(t *testing.T) {
		if err := s.RestoreInvitations(ctx, []liaison.Invitation{a.Before}); err != nil {
			t.Fatal(err)
		}
		if inv, _ := s.Invitation(ctx, ev, amb); inv.Status != liaison.Accepted {
			t.Errorf("after the undo: %s", inv.Status)
		}
		if at, err := s.Arrivals(ctx, ev); err != nil || len(at) != 0 {
			t.Errorf("arrivals after the undo: %v, %v", at, err)
		}
	})
	t.Run("a deputy of the mission", func(t *testing.T) {
		d, err := s.CheckIn(ctx, ev, amb, counsellor)
		if err != nil {
			t.Fatal(err)
		}
		if d.Invitation.Status != liaison.Attended || d.Invitation.RepresentedBy != counsellor {
			t.Errorf("with a deputy: %+v", d.Invitation)
		}
	})
	t.Run("someone not on the list", func(t *testing.T) {
		if _, err := s.CheckIn(ctx, ev, 9999, 0); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("err = %v, want not found", err)
		}
	})
	t.Run("before the event's day", func(t *testing.T) {
		s.SetClock(func() time.Time { return doorClock().AddDate(0, 0, -1) })
		defer s.SetClock(doorClock)
		var early *liaison.TooEarlyError
		if _, err := s.CheckIn(ctx, ev, counsellor, 0); !errors.As(err, &early) {
			t.Errorf("err = %v, want too early", err)
		}
	})
}

// TestCheckInAtTwoDoors: two laptops scan the same guest at once, again
// and again; one check-in writes, every other says already arrived, and
// none fails on the other's write.
func TestCheckInAtTwoDoors(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.SetClock(doorClock)
	ev, amb, _ := doorEvent(t, s)
	other, err := Open(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetClock(doorClock)
	var mu sync.Mutex
	written := 0
	var wg sync.WaitGroup
	for i := range 8 {
		door := s
		if i%2 == 1 {
			door = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := door.CheckIn(ctx, ev, amb, 0)
			if err != nil {
				t.Errorf("door %d: %v", i, err)
				return
			}
			if !a.Already {
				mu.Lock()
				written++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if written != 1 {
		t.Errorf("%d check-ins wrote, want 1", written)
	}
}

func TestCountArrivals(t *testing.T) {
	rows := []InvitationRow{
		{Invitation: liaison.Invitation{Status: liaison.Attended}},
		{Invitation: liaison.Invitation{Status: liaison.Attended, RepresentedBy: 7}},
		{Invitation: liaison.Invitation{Status: liaison.Accepted}},
		{Invitation: liaison.Invitation{Status: liaison.Invited}},
		{Invitation: liaison.Invitation{Status: liaison.NoReply}},
		{Invitation: liaison.Invitation{Status: liaison.Declined}},
		{Invitation: liaison.Invitation{Status: liaison.Planned}},
		{Invitation: liaison.Invitation{Status: liaison.NoShow}},
	}
	if got, want := CountArrivals(rows), (CheckInCount{Expected: 5, Arrived: 2, Deputies: 1, ToCome: 3}); got != want {
		t.Errorf("CountArrivals = %+v, want %+v", got, want)
	}
}
