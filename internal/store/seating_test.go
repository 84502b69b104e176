package store

import (
	"context"
	"errors"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/seating"
)

func TestSeatingStored(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	fr := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	schmidt := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", Rank: liaison.Ambassador,
		HeadOfMission: true, Credentials: liaison.Day(2015, 3, 1)})
	weber := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Weber", Rank: liaison.Counsellor})
	dupont := mustPerson(t, s, liaison.Person{MissionID: fr.ID, FamilyName: "Dupont", Rank: liaison.Ambassador,
		HeadOfMission: true, Credentials: liaison.Day(2020, 5, 1)})
	e := mustEvent(t, s, "Dinner")
	if _, err := s.Invite(ctx, e.ID, []int64{schmidt.ID, dupont.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetForTwo(ctx, e.ID, []int64{dupont.ID}, true); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{schmidt.ID, dupont.ID} {
		if err := s.SetReply(ctx, e.ID, id, liaison.Accepted, 0); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("made on the fly", func(t *testing.T) {
		p, stored, err := s.Seating(ctx, e.ID)
		if err != nil || stored || p.Version != 0 {
			t.Fatalf("Seating = stored %v, version %d, %v", stored, p.Version, err)
		}
		if len(p.Tables) != 1 || p.Tables[0].Seats != seating.DefaultSeats {
			t.Errorf("tables %v, want one round table of ten", p.Tables)
		}
		if s := p.Table(1)[1]; s.Guest.Person.ID != schmidt.ID {
			t.Errorf("the host's right = %+v, want the doyen Schmidt", s)
		}
	})

	hosts := []seating.Host{{Name: "Aliya Nurlanovna", Title: "Ombudsman"}, {Name: "Askar Beisenov", Title: "Deputy"}}
	invitees, err := s.SeatingInvitees(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	rules := seating.Rules{Spouses: seating.SpouseBeside, Deputies: seating.DeputyPrincipal}
	made, err := seating.Make([]seating.Table{{Head: true, Seats: 5}, {Seats: 6}}, hosts, seating.Guests(invitees, rules.Deputies), rules)
	if err != nil {
		t.Fatal(err)
	}
	if err := made.Swap(1, 2, 2, 4); err != nil { // the officer moves Schmidt to table 2
		t.Fatal(err)
	}

	t.Run("round trip", func(t *testing.T) {
		if err := s.SaveSeating(ctx, e.ID, made); err != nil {
			t.Fatal(err)
		}
		got, stored, err := s.Seating(ctx, e.ID)
		if err != nil || !stored || got.Version != 1 {
			t.Fatalf("Seating = stored %v, version %d, %v", stored, got.Version, err)
		}
		if got.Rules != rules || len(got.Hosts) != 2 || got.Hosts[1] != hosts[1] ||
			seating.FormatTables(got.Tables) != "head:5,6" || len(got.Seats) != len(made.Seats) {
			t.Fatalf("read back %+v", got)
		}
		for i := range made.Seats {
			m, g := made.Seats[i], got.Seats[i]
			if m.Kind != g.Kind || m.Invitee != g.Invitee || m.Host != g.Host || m.Table != g.Table || m.Number != g.Number {
				t.Errorf("seat %d: saved %+v, read %+v", i, m, g)
			}
		}
		if st := got.Table(2)[3]; st.Guest.Person.ID != schmidt.ID {
			t.Errorf("table 2 seat 4 = %+v, want Schmidt", st)
		}
	})

	t.Run("a declined guest leaves an empty marked seat", func(t *testing.T) {
		if err := s.SetReply(ctx, e.ID, dupont.ID, liaison.Declined, 0); err != nil {
			t.Fatal(err)
		}
		got, _, err := s.Seating(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		vacated := 0
		for _, st := range got.Seats {
			if st.Vacated {
				vacated++
				if st.Kind != seating.Empty || st.Was.Person.ID != dupont.ID {
					t.Errorf("vacated seat %+v, want empty, Dupont's", st)
				}
			}
		}
		if vacated != 2 { // Dupont's and the spouse's
			t.Errorf("%d vacated seats, want 2", vacated)
		}
	})

	t.Run("a deputy sits in the principal's seat", func(t *testing.T) {
		inv, err := s.Invitation(ctx, e.ID, schmidt.ID)
		if err != nil {
			t.Fatal(err)
		}
		inv.RepresentedBy = weber.ID
		if err := s.UpdateInvitation(ctx, inv); err != nil {
			t.Fatal(err)
		}
		got, _, _ := s.Seating(ctx, e.ID)
		if st := got.Table(2)[3]; st.Guest.Person.ID != weber.ID || !st.Guest.Deputy {
			t.Errorf("table 2 seat 4 = %+v, want Weber for Schmidt", st.Guest)
		}
	})

	t.Run("a stale plan is refused", func(t *testing.T) {
		stale := made
		stale.Version = 1
		if err := s.SaveSeating(ctx, e.ID, stale); err != nil {
			t.Fatal(err)
		}
		err := s.SaveSeating(ctx, e.ID, stale) // now version 2
		var ce *ConflictError
		if !errors.As(err, &ce) || ce.Entity != EntitySeating {
			t.Errorf("second save at version 1 = %v, want a conflict", err)
		}
		got, _, _ := s.Seating(ctx, e.ID)
		if got.Version != 2 {
			t.Errorf("version %d, want 2", got.Version)
		}
	})

	t.Run("bad tables store nothing", func(t *testing.T) {
		bad := made
		bad.Version = 0
		bad.Tables = []seating.Table{{Seats: 1}}
		if err := s.SaveSeating(ctx, e.ID, bad); !errors.Is(err, liaison.ErrInvalid) {
			t.Errorf("SaveSeating(one seat) = %v, want ErrInvalid", err)
		}
		if got, _, _ := s.Seating(ctx, e.ID); got.Version != 2 || seating.FormatTables(got.Tables) != "head:5,6" {
			t.Errorf("after a refused save: version %d, tables %v", got.Version, got.Tables)
		}
	})

	t.Run("a person erased leaves their seat empty", func(t *testing.T) {
		if _, err := s.ErasePerson(ctx, dupont.ID); err != nil {
			t.Fatalf("ErasePerson: %v", err)
		}
		if _, _, err := s.Seating(ctx, e.ID); err != nil {
			t.Errorf("Seating after erasing a seated guest: %v", err)
		}
	})
}
