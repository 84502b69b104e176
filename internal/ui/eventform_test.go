package ui

import (
	"context"
	"strings"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// TestEventFormPartners types an event's partners into its form: they are
// saved, come back in the form to edit, and show under the event's title.
func TestEventFormPartners(t *testing.T) {
	ctx := context.Background()
	u, s := newTestUI(t)
	u.show(screenEvents)
	u.events.newItem()
	f := u.eventForm
	typeInto(&f.title.Entry, "Briefing on the Ombudsman's annual report")
	typeInto(&f.date.Entry, "03.12.2026")
	typeInto(&f.partners.Entry, "Ministry of Foreign Affairs; OSCE Programme Office in Astana; UNICEF")
	tapButton(t, u, "Save")
	es, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(es) != 1 {
		t.Fatalf("Events = %+v, %v; want the new one", es, err)
	}
	e := es[0].Event
	if want := "Ministry of Foreign Affairs; OSCE Programme Office in Astana; UNICEF"; e.Partners != want {
		t.Errorf("saved partners %q, want %q", e.Partners, want)
	}

	t.Run("on the event's page", func(t *testing.T) {
		if got := u.events.page.where.Text; !strings.Contains(got, "With the support of: Ministry of Foreign Affairs") {
			t.Errorf("the page's header is %q, want the partners", got)
		}
	})

	t.Run("edited", func(t *testing.T) {
		u.editEvent(e, func(liaison.Event) {})
		f := u.eventForm
		if f.partners.Text != e.Partners {
			t.Fatalf("the form shows partners %q, want %q", f.partners.Text, e.Partners)
		}
		typeInto(&f.partners.Entry, "Ministry of Foreign Affairs")
		tapButton(t, u, "Save")
		if got, _ := s.Event(ctx, e.ID); got.Partners != "Ministry of Foreign Affairs" {
			t.Errorf("partners after the edit %q, want the ministry alone", got.Partners)
		}
	})
}
