package cli

import (
	"context"
	"fmt"
	"strings"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// runActingHead makes a member of a mission whose post is vacant its
// chargé d'affaires a.i. and head: acting-head --person ID [--since DATE].
func runActingHead(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("acting-head")
	var personID int64
	fs.Func("person", "", func(s string) (err error) { personID, err = parseID(s); return err })
	sinceFlag := fs.String("since", "", "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("acting-head", rest); err != nil {
		return err
	}
	if err := requireID("acting-head", "person", personID); err != nil {
		return err
	}
	since := c.today()
	if *sinceFlag != "" {
		if since, err = liaison.ParseDate(*sinceFlag); err != nil {
			return fmt.Errorf("--since: %w", err)
		}
	}
	if _, err := c.s.MakeActingHead(ctx, personID, since); err != nil {
		return err
	}
	p, err := c.s.Person(ctx, personID)
	if err != nil {
		return err
	}
	m, err := c.s.Mission(ctx, p.MissionID)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "%s is the chargé d'affaires a.i. of %s, notified %s\n",
		p.FullName(), m.DisplayName(), p.Notification)
	return err
}

// inviteHeads invites every mission through its head, or its senior
// member, and says which missions had no head.
func inviteHeads(ctx context.Context, c *cmdContext, eventID int64, kinds []liaison.MissionKind, status liaison.Status, opts ...store.InvitationFor) (int, error) {
	r, err := c.s.InviteMissionHeads(ctx, eventID, kinds, status, opts...)
	if err != nil {
		return 0, err
	}
	_, err = fmt.Fprint(c.stdout, headsReport(r))
	return r.Added, err
}

// headsReport says what invite --heads did: how many were added, and the
// missions it covered through their senior member or could not cover.
func headsReport(r store.HeadsReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d missions invited: %d through their head", r.Missions(), r.Heads)
	if len(r.Senior) > 0 {
		fmt.Fprintf(&b, ", %d through their senior member (no head): %s", len(r.Senior), missionNames(r.Senior))
	}
	b.WriteString("\n")
	if len(r.Nobody) > 0 {
		fmt.Fprintf(&b, "not invited, nobody at post: %s\n", missionNames(r.Nobody))
	}
	return b.String()
}

func missionNames(ms []liaison.Mission) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.DisplayName()
	}
	return strings.Join(names, ", ")
}
