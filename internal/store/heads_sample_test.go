package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"liaison/internal/demo"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// On the sample, inviting all heads covers every mission but the
// government bodies: through its head, or its senior member where the
// post is vacant.
func TestInviteMissionHeadsCoversTheSample(t *testing.T) {
	ctx := context.Background()
	s := sampleStore(t)
	missions, err := s.Missions(ctx, store.MissionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	corps, vacant := 0, map[int64]bool{}
	for _, m := range missions {
		if m.Mission.Kind == liaison.GovernmentBody {
			continue
		}
		corps++
		if m.Head.ID == 0 {
			vacant[m.Mission.ID] = true
		}
	}
	if len(vacant) == 0 {
		t.Fatal("the sample has no vacant post (Brazil and Finland were)")
	}
	e := liaison.Event{Title: "Briefing", Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 3).At(10, 0)}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}
	r, err := s.InviteMissionHeads(ctx, e.ID, nil, liaison.Planned)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Missions(), corps; got != want || len(r.Nobody) != 0 {
		t.Errorf("covered %d missions (nobody at %d), want all %d", got, len(r.Nobody), want)
	}
	if got, want := len(r.Senior), len(vacant); got != want {
		t.Errorf("%d missions through their senior member, want the %d vacant", got, want)
	}
	for _, m := range r.Senior {
		if !vacant[m.ID] {
			t.Errorf("%s has a head but was invited through its senior member", m.Name)
		}
	}
	rows, err := s.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), corps; got != want || r.Added != want {
		t.Errorf("%d on the list (%d added), want %d", got, r.Added, want)
	}
}

// sampleStore opens a new database with the sample loaded, as of
// 24.11.2026.
func sampleStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "liaison.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := demo.Load(ctx, s, liaison.Day(2026, 11, 24)); err != nil {
		t.Fatal(err)
	}
	return s
}
