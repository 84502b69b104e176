package cli

import (
	"context"
	"errors"
	"fmt"

	"liaison/internal/demo"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

func runEvents(ctx context.Context, c *cmdContext, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		return errors.New("events takes one subcommand: events add --title T --date YYYY-MM-DD")
	}
	fs := newFlags("events add")
	title := fs.String("title", "", "")
	date := fs.String("date", "", "")
	clock := fs.String("time", "", "")
	venue := fs.String("venue", "", "")
	host := fs.String("host", "", "")
	partners := fs.String("partners", "", "")
	kind := fs.String("kind", string(liaison.Meeting), "")
	rsvpBy := fs.String("rsvp-by", "", "")
	if rest, err := parse(fs, args[1:]); err != nil {
		return err
	} else if err := noArgs("events add", rest); err != nil {
		return err
	}
	if *title == "" || *date == "" {
		return errors.New("events add needs --title and --date (YYYY-MM-DD)")
	}
	e := liaison.Event{Title: *title, Venue: *venue, Host: *host, Partners: *partners}
	var err error
	if e.Kind, err = liaison.ParseEventKind(*kind); err != nil {
		return err
	}
	if e.StartsAt, err = liaison.ParseDate(*date); err != nil {
		return fmt.Errorf("--date: %w", err)
	}
	if *clock != "" {
		h, m, err := liaison.ParseClock(*clock)
		if err != nil {
			return fmt.Errorf("--time: %w", err)
		}
		e.StartsAt = e.StartsAt.At(h, m)
	}
	if e.RSVPBy, err = liaison.ParseDate(*rsvpBy); err != nil {
		return fmt.Errorf("--rsvp-by: %w", err)
	}
	if err := c.s.CreateEvent(ctx, &e); err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.stdout, e.ID)
	return err
}

func runInvite(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("invite")
	var eventID int64
	fs.Func("event", "", func(s string) (err error) { eventID, err = parseID(s); return err })
	heads := fs.Bool("heads", false, "")
	var kinds stringList
	fs.Var(&kinds, "kind", "")
	var missions, people idList
	fs.Var(&missions, "mission", "")
	fs.Var(&people, "person", "")
	statusFlag := fs.String("status", string(liaison.Planned), "")
	two := fs.Bool("for-two", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := requireID("invite", "event", eventID); err != nil {
		return err
	}
	// "--person 3 4 5": IDs after the flag belong to it.
	for _, a := range rest {
		id, err := parseID(a)
		if err != nil {
			return fmt.Errorf("invite: %w", err)
		}
		switch {
		case len(missions) > 0 && len(people) == 0:
			missions = append(missions, id)
		case len(people) > 0 && len(missions) == 0:
			people = append(people, id)
		default:
			return fmt.Errorf("invite: is %d a mission or a person? write --mission or --person before it", id)
		}
	}
	ways := 0
	for _, given := range []bool{*heads, len(missions) > 0, len(people) > 0} {
		if given {
			ways++
		}
	}
	if ways != 1 {
		return errors.New("invite needs one of --heads, --mission ID or --person ID")
	}
	if len(kinds) > 0 && !*heads {
		return errors.New("--kind goes with --heads")
	}
	status, err := liaison.ParseStatus(*statusFlag)
	if err != nil {
		return err
	}
	var opts []store.InvitationFor
	if *two {
		opts = append(opts, store.ForTwo)
	}
	var added int
	switch {
	case *heads:
		var ks []liaison.MissionKind
		for _, k := range kinds {
			kind, err := liaison.ParseMissionKind(k)
			if err != nil {
				return err
			}
			ks = append(ks, kind)
		}
		added, err = inviteHeads(ctx, c, eventID, ks, status, opts...)
	case len(missions) > 0:
		added, err = c.s.InviteMissions(ctx, eventID, missions, status, opts...)
	default:
		added, err = c.s.Invite(ctx, eventID, people, status, opts...)
	}
	if err != nil {
		return err
	}
	rows, err := c.s.Invitations(ctx, eventID)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "%d added; %d on the list of event %d\n", added, len(rows), eventID)
	return err
}

// runRSVP records a reply or attendance. Attended and no-show wait for
// the event's day; a deputy named before it, with no --status, makes the
// invitation accepted (the deputy will come).
func runRSVP(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("rsvp")
	var eventID, personID, deputyID, ifVersion int64
	fs.Func("event", "", func(s string) (err error) { eventID, err = parseID(s); return err })
	fs.Func("if-version", "", func(s string) (err error) { ifVersion, err = parseVersion(s); return err })
	fs.Func("person", "", func(s string) (err error) { personID, err = parseID(s); return err })
	fs.Func("represented-by", "", func(s string) (err error) { deputyID, err = parseID(s); return err })
	statusFlag := fs.String("status", "", "")
	two := fs.Bool("for-two", false, "")
	alone := fs.Bool("alone", false, "")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("rsvp", rest); err != nil {
		return err
	}
	var opts []store.InvitationFor
	switch {
	case *two && *alone:
		return errors.New("rsvp takes --for-two or --alone, not both")
	case *two:
		opts = append(opts, store.ForTwo)
	case *alone:
		opts = append(opts, store.ForOne)
	}
	if err := requireID("rsvp", "event", eventID); err != nil {
		return err
	}
	if err := requireID("rsvp", "person", personID); err != nil {
		return err
	}
	if *statusFlag == "" && deputyID == 0 && len(opts) == 0 {
		return errors.New("rsvp needs --status (accepted, declined, attended, no_show, ...), --represented-by ID, --for-two or --alone")
	}
	var status liaison.Status
	if *statusFlag != "" {
		var err error
		if status, err = liaison.ParseStatus(*statusFlag); err != nil {
			return err
		}
	}
	e, err := c.s.Event(ctx, eventID)
	if err != nil {
		return err
	}
	if status == "" && deputyID != 0 {
		inv, err := c.s.Invitation(ctx, eventID, personID)
		if err != nil {
			return err
		}
		status = liaison.DeputyStatus(inv.Status, e.StartsAt, c.today())
	}
	if err := liaison.CheckEventStatus(status, e, c.today()); err != nil {
		return err
	}
	if err := c.s.SetReplyAt(ctx, ifVersion, eventID, personID, status, deputyID, opts...); err != nil {
		return err
	}
	inv, err := c.s.Invitation(ctx, eventID, personID)
	if err != nil {
		return err
	}
	forWhom := ""
	if inv.ForTwo {
		forWhom = ", for two"
	}
	if inv.RepresentedBy != 0 {
		deputy, err := c.s.Person(ctx, inv.RepresentedBy)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(c.stdout, "person %d: %s%s, represented by %s (person %d)\n",
			personID, inv.Status.Label(), forWhom, deputy.FullName(), deputy.ID)
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "person %d: %s%s\n", personID, inv.Status.Label(), forWhom)
	return err
}

func runDemo(ctx context.Context, c *cmdContext, args []string) error {
	if err := noArgs("demo", args); err != nil {
		return err
	}
	sum, err := demo.Load(ctx, c.s, c.today())
	if errors.Is(err, demo.ErrNotEmpty) {
		return fmt.Errorf("%s already has data; the sample goes only into an empty database (try --db demo.db)", c.shownDB())
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Loaded the sample into %s: %d missions, %d people, %d events, %d invitations.\n",
		c.shownDB(), sum.Missions, sum.People, sum.Events, sum.Invitations)
	return err
}
