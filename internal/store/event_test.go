package store

import (
	"context"
	"testing"

	"liaison/internal/liaison"
)

func TestEventPartners(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	e := liaison.Event{Title: "Briefing on the Ombudsman's annual report", Kind: liaison.Briefing,
		StartsAt: liaison.Day(2026, 12, 3).At(10, 0),
		Partners: "  Ministry of Foreign Affairs; OSCE Programme Office in Astana ",
	}
	if err := s.CreateEvent(ctx, &e); err != nil {
		t.Fatal(err)
	}

	t.Run("stored trimmed and read back", func(t *testing.T) {
		got, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := "Ministry of Foreign Affairs; OSCE Programme Office in Astana"; got.Partners != want {
			t.Errorf("Partners = %q, want %q", got.Partners, want)
		}
		es, err := s.Events(ctx, EventQuery{})
		if err != nil || len(es) != 1 || es[0].Event.Partners != got.Partners {
			t.Errorf("Events = %+v, %v; want the partners", es, err)
		}
	})

	t.Run("an update is saved and in the history", func(t *testing.T) {
		e.Partners = "Ministry of Foreign Affairs; OSCE Programme Office in Astana; UNICEF"
		if err := s.UpdateEvent(ctx, e); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Event(ctx, e.ID)
		if got.Partners != e.Partners {
			t.Errorf("Partners = %q, want %q", got.Partners, e.Partners)
		}
		cs, err := s.Changes(ctx, EntityEvent, e.ID)
		if err != nil || len(cs) != 2 {
			t.Fatalf("Changes = %+v, %v; want a create and an update", cs, err)
		}
		before, err := decodeEvent(cs[0].Before)
		if err != nil {
			t.Fatal(err)
		}
		after, err := decodeEvent(cs[0].After)
		if err != nil {
			t.Fatal(err)
		}
		if before.Partners == after.Partners || after.Partners != e.Partners {
			t.Errorf("history: partners %q → %q, want the change to %q", before.Partners, after.Partners, e.Partners)
		}
	})

	t.Run("cleared", func(t *testing.T) {
		e.Version++ // as the update above left it
		e.Partners = ""
		if err := s.UpdateEvent(ctx, e); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Event(ctx, e.ID); got.Partners != "" {
			t.Errorf("Partners = %q, want none", got.Partners)
		}
	})
}
