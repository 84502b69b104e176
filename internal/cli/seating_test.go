package cli

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"liaison/internal/seating"
	"liaison/internal/store"
)

// reception is the sample's reception for the diplomatic corps.
const reception = "2"

// samplePlan reads the stored or on-the-fly plan of the sample's
// reception, with the precedence of each invitee on its list.
func samplePlan(t *testing.T, db string) (seating.Plan, map[int64]int, []store.InvitationRow) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, _, err := s.Seating(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Invitations(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	prec := map[int64]int{}
	for _, r := range rows {
		prec[r.Placed.Person.ID] = r.Precedence
	}
	return p, prec, rows
}

// checkRightHandRule checks that, table by table, guests sit in
// precedence order from the anchor outward, right before left, and that
// every guest of a table precedes those of the next.
func checkRightHandRule(t *testing.T, p seating.Plan, prec map[int64]int) {
	t.Helper()
	last := 0
	for ti, tb := range p.Tables {
		seats := p.Table(ti + 1)
		for _, n := range seating.Order(tb) {
			s := seats[n-1]
			if s.Kind != seating.Guest1 || s.Guest.Deputy && p.Rules.Deputies == seating.DeputyOwnRank {
				continue // a deputy by own rank is not where the principal stands
			}
			if got := prec[s.Invitee]; got <= last {
				t.Errorf("table %d seat %d: precedence %d after %d", ti+1, n, got, last)
			} else {
				last = got
			}
		}
	}
}

func TestSeatingSampleReception(t *testing.T) {
	db := demoDB(t)
	out := mustRun(t, db, "seating", "--event", reception)
	p, prec, rows := samplePlan(t, db)
	doyen := rows[0].Placed.Person.FullName()

	t.Run("the doyen at the host's right", func(t *testing.T) {
		if !regexp.MustCompile(`(?m)^2 +right 1 +` + regexp.QuoteMeta(doyen) + ` `).MatchString(out) {
			t.Errorf("seat 2 of table 1 is not the doyen %s:\n%s", doyen, out)
		}
		if !strings.Contains(out, "Table 1, round table of 10") || !strings.Contains(out, "Not stored") {
			t.Errorf("the plan made on the fly is not round tables of ten:\n%s", out)
		}
		checkRightHandRule(t, p, prec)
	})

	t.Run("head table and co-host, saved", func(t *testing.T) {
		out := mustRun(t, db, "seating", "--event", reception, "--tables", "head:8,10,10,10,10,10",
			"--host", "Aliya Nurlanovna, Commissioner", "--host", "Askar Beisenov, Deputy", "--save")
		if !strings.Contains(out, "Stored plan, version 1") || !strings.Contains(out, "host: Askar Beisenov, Deputy") {
			t.Errorf("saved plan:\n%s", out)
		}
		if !regexp.MustCompile(`(?m)^4 +right 1 +` + regexp.QuoteMeta(doyen) + ` `).MatchString(out) {
			t.Errorf("seat 4 of the head table of 8 is not the doyen %s:\n%s", doyen, out)
		}
		p, prec, _ := samplePlan(t, db)
		if p.Version != 1 || seating.FormatTables(p.Tables) != "head:8,10,10,10,10,10" {
			t.Errorf("stored plan: version %d, tables %v", p.Version, p.Tables)
		}
		checkRightHandRule(t, p, prec)
	})

	// The sample's Mongolian ambassador sent a deputy.
	var principal store.InvitationRow
	for _, r := range rows {
		if r.RepresentedBy.ID != 0 {
			principal = r
			break
		}
	}
	if principal.Invitation.ID == 0 {
		t.Fatal("the sample's reception has no deputy")
	}
	deputy := principal.RepresentedBy.FullName()
	seatOf := func(p seating.Plan, personID int64) (table, number int) {
		for _, s := range p.Seats {
			if s.Kind == seating.Guest1 && s.Guest.Person.ID == personID {
				return s.Table, s.Number
			}
		}
		return 0, 0
	}
	t.Run("deputies by their principal's precedence", func(t *testing.T) {
		out := mustRun(t, db, "seating", "--event", reception, "--deputies", "principal", "--save")
		if !strings.Contains(out, "deputies in their principal's place") || !strings.Contains(out, deputy+" (deputy)") {
			t.Errorf("plan:\n%s", out)
		}
		p, _, _ := samplePlan(t, db)
		var want int64
		for _, s := range p.Seats {
			if s.Kind == seating.Guest1 && s.Guest.Person.ID == principal.RepresentedBy.ID {
				want = s.Invitee
			}
		}
		if want != principal.Placed.Person.ID {
			t.Errorf("the deputy sits for %d, want %d", want, principal.Placed.Person.ID)
		}
		// In the principal's place: as if the principal sat there.
		checkRightHandRule(t, p, prec)
	})
	t.Run("deputies by their own rank", func(t *testing.T) {
		mustRun(t, db, "seating", "--event", reception, "--deputies", "principal")
		byPrincipal, _, _ := samplePlan(t, db)
		pt, pn := seatOf(byPrincipal, principal.RepresentedBy.ID)
		out := mustRun(t, db, "seating", "--event", reception, "--deputies", "own", "--save",
			"--tables", "head:8,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10")
		if !strings.Contains(out, "deputies by their own rank") {
			t.Errorf("plan:\n%s", out)
		}
		own, _, _ := samplePlan(t, db)
		ot, on := seatOf(own, principal.RepresentedBy.ID)
		if ot == 0 || ot < pt || (ot == pt && on == pn) {
			t.Errorf("by own rank the deputy sits at table %d seat %d, by the principal's at %d seat %d", ot, on, pt, pn)
		}
	})

	t.Run("a declined guest leaves an empty marked seat", func(t *testing.T) {
		p, _, _ := samplePlan(t, db)
		var guest seating.Seat
		for _, s := range p.Table(2) {
			if s.Kind == seating.Guest1 && !s.Guest.Deputy {
				guest = s
				break
			}
		}
		name := guest.Guest.Person.FullName()
		mustRun(t, db, "rsvp", "--event", reception, "--person", strconv64(guest.Invitee), "--status", "declined")
		out := mustRun(t, db, "seating", "--event", reception)
		if !strings.Contains(out, "(empty: "+name+" no longer comes)") {
			t.Errorf("no empty seat marked for %s:\n%s", name, out)
		}
		list := mustRun(t, db, "seating", "--event", reception, "--seat-list")
		if strings.Contains(list, name) {
			t.Errorf("the seat list still names %s:\n%s", name, list)
		}
	})

	t.Run("seat list", func(t *testing.T) {
		list := mustRun(t, db, "seating", "--event", reception, "--seat-list")
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(doyen) + ` +\S+ +1 +4, spouse 3$`).MatchString(list) {
			t.Errorf("the doyen %s is not at table 1, seat 4, spouse 3:\n%s", doyen, list)
		}
	})

	t.Run("bad options", func(t *testing.T) {
		for _, args := range [][]string{
			{"seating", "--event", reception, "--tables", "ten"},
			{"seating", "--event", reception, "--deputies", "nobody"},
			{"seating", "--event", reception, "--host", ", Title"},
			{"seating"},
			{"seating", "--event", "999"},
		} {
			if _, errOut, code := liaisonCmd(t, db, args...); code == 0 || errOut == "" {
				t.Errorf("liaison %v: exit %d, %q", args, code, errOut)
			}
		}
	})
}
