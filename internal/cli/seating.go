package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"liaison/internal/liaison"
	"liaison/internal/seating"
	"liaison/internal/store"
)

// runSeating prints an event's seating plan, table by table, or the
// alphabetical who-sits-where list; with --tables, --host or --deputies
// it seats the guests afresh, and --save stores the plan printed.
func runSeating(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("seating")
	var eventID int64
	fs.Func("event", "", func(s string) (err error) { eventID, err = parseID(s); return err })
	tablesFlag := fs.String("tables", "", "")
	var hosts []seating.Host
	fs.Func("host", "", func(s string) error {
		h, err := seating.ParseHost(s)
		hosts = append(hosts, h)
		return err
	})
	deputies := fs.String("deputies", "", "")
	spouses := fs.String("spouses", "", "")
	save := fs.Bool("save", false, "")
	seatList := fs.Bool("seat-list", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := requireID("seating", "event", eventID); err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("seating: unexpected %q; run liaison help", rest[0])
	}
	e, err := c.s.Event(ctx, eventID)
	if err != nil {
		return err
	}
	plan, stored, err := c.s.Seating(ctx, eventID)
	if err != nil {
		return err
	}
	afresh := *tablesFlag != "" || len(hosts) > 0 || *deputies != "" || *spouses != ""
	if afresh {
		if plan, err = reseat(ctx, c.s, e, plan, *tablesFlag, hosts, *deputies, *spouses); err != nil {
			return fmt.Errorf("seating: %w", err)
		}
		stored = false
	}
	if *save {
		if err := c.s.SaveSeating(ctx, eventID, plan); err != nil {
			return err
		}
		if plan, stored, err = c.s.Seating(ctx, eventID); err != nil {
			return err
		}
	}
	if *seatList {
		return WriteSeatList(c.stdout, e, plan)
	}
	return WriteSeating(c.stdout, e, plan, stored)
}

// reseat seats the guests afresh: tables, hosts and rules not given are
// those of plan.
func reseat(ctx context.Context, s *store.Store, e liaison.Event, plan seating.Plan, tables string, hosts []seating.Host, deputies, spouses string) (seating.Plan, error) {
	ts := plan.Tables
	if tables != "" {
		var err error
		if ts, err = seating.ParseTables(tables); err != nil {
			return plan, err
		}
	}
	if len(hosts) == 0 {
		hosts = plan.Hosts
	}
	rules := plan.Rules
	if deputies != "" {
		rules.Deputies = seating.DeputyRule(deputies)
	}
	if spouses != "" {
		rules.Spouses = seating.SpouseRule(spouses)
	}
	if err := rules.Check(); err != nil {
		return plan, err
	}
	invitees, err := s.SeatingInvitees(ctx, e.ID)
	if err != nil {
		return plan, err
	}
	guests := seating.Guests(invitees, rules.Deputies)
	if tables == "" && len(ts) == 0 {
		return seating.Default(hosts, guests, rules)
	}
	return seating.Make(ts, hosts, guests, rules)
}

// hostName is a host as the plan prints them: "Host" when unnamed.
func hostName(p seating.Plan, i int) string {
	if i >= len(p.Hosts) {
		return ""
	}
	h := p.Hosts[i]
	if h.Name == "" {
		if i == 0 {
			return "Host"
		}
		return fmt.Sprintf("Co-host %d", i)
	}
	return h.String()
}

// rulesText states the rules a plan was made by.
func rulesText(r seating.Rules) string {
	sp := "spouses beside their guest"
	if r.Spouses == seating.SpouseNotSeated {
		sp = "spouses not seated"
	}
	dep := "deputies by their own rank"
	if r.Deputies == seating.DeputyPrincipal {
		dep = "deputies in their principal's place"
	}
	return sp + "; " + dep
}

// placeText says where a seat is: "host", "right 1", "left 2".
func placeText(t seating.Table, n int, hosted bool) string {
	side, k := seating.Place(t, n)
	switch side {
	case seating.Right:
		return fmt.Sprintf("right %d", k)
	case seating.Left:
		return fmt.Sprintf("left %d", k)
	}
	if hosted {
		return "host"
	}
	return "first"
}

// WriteSeating writes the plan as text, table by table: each seat with
// where it is from the anchor, who sits there and their mission.
func WriteSeating(w io.Writer, e liaison.Event, p seating.Plan, stored bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Seating plan: %s (event %d)\n", e.Title, e.ID)
	if stored {
		fmt.Fprintf(&b, "Stored plan, version %d; %s\n", p.Version, rulesText(p.Rules))
	} else {
		fmt.Fprintf(&b, "Not stored (made now; --save stores it); %s\n", rulesText(p.Rules))
	}
	for ti, t := range p.Tables {
		kind := "round table"
		if t.Head {
			kind = "head table"
		}
		fmt.Fprintf(&b, "\nTable %d, %s of %d", ti+1, kind, t.Seats)
		if ti < len(p.Hosts) {
			fmt.Fprintf(&b, ", host: %s", hostName(p, ti))
		}
		b.WriteString("\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "Seat\tPlace\tName\tMission")
		for _, s := range p.Table(ti + 1) {
			name, mission := seatText(p, s)
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", s.Number, placeText(t, s.Number, ti < len(p.Hosts)), name, mission)
		}
		tw.Flush()
	}
	if len(p.Unseated) > 0 {
		fmt.Fprintf(&b, "\nComing without a seat (%d):\n", len(p.Unseated))
		for _, g := range p.Unseated {
			fmt.Fprintf(&b, "  %s\t%s\n", guestName(g), g.Mission.DisplayName())
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// seatText returns who sits on a seat and their mission, as the plan
// prints them.
func seatText(p seating.Plan, s seating.Seat) (name, mission string) {
	switch s.Kind {
	case seating.AtHost:
		return hostName(p, s.Host), ""
	case seating.Guest1:
		return guestName(s.Guest), s.Guest.Mission.DisplayName()
	case seating.Spouse:
		return "Spouse of " + s.Guest.Person.FullName(), s.Guest.Mission.DisplayName()
	}
	if s.Vacated {
		if s.Was.Person.ID == 0 {
			return "(empty: the guest is no longer on the list)", ""
		}
		return "(empty: " + s.Was.Person.FullName() + " no longer comes)", s.Was.Mission.DisplayName()
	}
	return "", ""
}

// guestName is the guest's name, a deputy's marked as such.
func guestName(g seating.Guest) string {
	if g.Deputy {
		return g.Person.FullName() + " (deputy)"
	}
	return g.Person.FullName()
}

// WriteSeatList writes the alphabetical who-sits-where list.
func WriteSeatList(w io.Writer, e liaison.Event, p seating.Plan) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Who sits where: %s (event %d)\n\n", e.Title, e.ID)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Name\tMission\tTable\tSeat")
	for _, en := range seating.SeatList(p) {
		seat := fmt.Sprint(en.Seat)
		if en.Spouse != 0 {
			seat = fmt.Sprintf("%d, spouse %d", en.Seat, en.Spouse)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", guestName(en.Guest), en.Guest.Mission.DisplayName(), en.Table, seat)
	}
	tw.Flush()
	if n := len(p.Unseated); n > 0 {
		fmt.Fprintf(&b, "\n%d coming without a seat: see liaison seating --event %d\n", n, e.ID)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
