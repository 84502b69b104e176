package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

func runList(ctx context.Context, c *cmdContext, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("list what? missions, people, events or invitations")
	}
	switch args[0] {
	case "missions":
		return listMissions(ctx, c, args[1:])
	case "people":
		return listPeople(ctx, c, args[1:])
	case "events":
		return listEvents(ctx, c, args[1:])
	case "invitations":
		return listInvitations(ctx, c, args[1:])
	}
	return fmt.Errorf("cannot list %q; list missions, people, events or invitations", args[0])
}

type missionJSON struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
	// Names are the names in English, Russian and Kazakh, by language
	// code; a language without one is left out.
	Names    map[string]missionNameJSON `json:"names"`
	Country  string                     `json:"country"`
	Kind     string                     `json:"kind"`
	Head     string                     `json:"head"`
	HeadRank string                     `json:"head_rank"`
	Archived bool                       `json:"archived"`
	// Version is the mission's version, for an edit with --if-version.
	Version int64 `json:"version"`
}

// A missionNameJSON is a mission's name in one language.
type missionNameJSON struct {
	Name  string `json:"name,omitempty"`
	Short string `json:"short,omitempty"`
}

// namesJSON returns the mission's names by language.
func namesJSON(m liaison.Mission) map[string]missionNameJSON {
	out := map[string]missionNameJSON{}
	for _, l := range liaison.NameLanguages {
		if n := m.NamesIn(l); !n.IsZero() {
			out[l] = missionNameJSON{Name: n.Name, Short: n.Short}
		}
	}
	return out
}

func listMissions(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("list missions")
	asJSON := fs.Bool("json", false, "")
	all := fs.Bool("all", false, "")
	var kinds stringList
	fs.Var(&kinds, "kind", "")
	sortBy := fs.String("sort", "precedence", "")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("list missions", rest); err != nil {
		return err
	}
	q := store.MissionQuery{IncludeArchived: *all}
	for _, k := range kinds {
		kind, err := liaison.ParseMissionKind(k)
		if err != nil {
			return err
		}
		q.Kinds = append(q.Kinds, kind)
	}
	switch *sortBy {
	case "precedence":
		q.Sort = store.ByPrecedence
	case "country":
		q.Sort = store.ByCountry
	case "name":
		q.Sort = store.ByName
	default:
		return fmt.Errorf("--sort %q: use precedence, country or name", *sortBy)
	}
	ms, err := c.s.Missions(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]missionJSON, len(ms))
		for i, hm := range ms {
			out[i] = missionJSON{ID: hm.Mission.ID, Name: hm.Mission.Name, ShortName: hm.Mission.ShortName,
				Names: namesJSON(hm.Mission), Country: hm.Mission.Country,
				Kind: string(hm.Mission.Kind), Head: hm.Head.FullName(), HeadRank: string(hm.Head.Rank),
				Archived: hm.Mission.Archived, Version: hm.Mission.Version}
		}
		return writeJSON(c.stdout, out)
	}
	t := newTable(c.stdout, "ID", "COUNTRY", "MISSION", "KIND", "HEAD OF MISSION", "RANK")
	for _, hm := range ms {
		country := ""
		if hm.Mission.Country != "" {
			country = liaison.CountryName(hm.Mission.Country)
		}
		head, rank := hm.Head.FullName(), ""
		if hm.Head.ID == 0 {
			head = "(vacant)"
		} else if hm.Head.Rank != "" {
			rank = hm.Head.Rank.Label()
		}
		name := hm.Mission.NameIn(string(c.lang))
		if hm.Mission.Archived {
			name += " (archived)"
		}
		t.row(strconv.FormatInt(hm.Mission.ID, 10), country, name, hm.Mission.Kind.Label(), head, rank)
	}
	return t.flush()
}

type personJSON struct {
	ID            int64    `json:"id"`
	FullName      string   `json:"full_name"`
	MissionID     int64    `json:"mission_id"`
	Mission       string   `json:"mission"`
	Rank          string   `json:"rank"`
	Position      string   `json:"position"`
	HeadOfMission bool     `json:"head_of_mission"`
	Emails        []string `json:"emails"`
	Phones        []string `json:"phones"`
	Departed      bool     `json:"departed"`
	Version       int64    `json:"version"`
}

func listPeople(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("list people")
	asJSON := fs.Bool("json", false, "")
	all := fs.Bool("all", false, "")
	var missionID int64
	fs.Func("mission", "", func(s string) (err error) { missionID, err = parseID(s); return err })
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("list people", rest); err != nil {
		return err
	}
	if missionID != 0 {
		if _, err := c.s.Mission(ctx, missionID); err != nil {
			return err
		}
	}
	rows, err := c.s.People(ctx, store.PeopleQuery{MissionID: missionID, IncludeDeparted: *all, IncludeArchived: *all,
		Sort: store.PeopleByMission})
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]personJSON, len(rows))
		for i, r := range rows {
			p := r.Person
			out[i] = personJSON{ID: p.ID, FullName: p.FullName(), MissionID: p.MissionID, Mission: r.Mission.Name,
				Rank: string(p.Rank), Position: p.Position, HeadOfMission: p.HeadOfMission,
				Emails: nonNil(p.Emails), Phones: nonNil(p.Phones), Departed: p.Departed,
				Version: p.Version}
		}
		return writeJSON(c.stdout, out)
	}
	t := newTable(c.stdout, "ID", "NAME", "MISSION", "RANK", "POSITION", "EMAIL")
	for _, r := range rows {
		p := r.Person
		name := p.FullName()
		if p.HeadOfMission && p.Current() {
			name += " *"
		}
		if p.Departed {
			name += " (departed)"
		}
		rank := ""
		if p.Rank != "" {
			rank = p.Rank.Label()
		}
		t.row(strconv.FormatInt(p.ID, 10), name, r.Mission.DisplayNameIn(string(c.lang)), rank, p.Position, strings.Join(p.Emails, ", "))
	}
	return t.flush()
}

type eventJSON struct {
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	StartsAt string `json:"starts_at"`
	Venue    string `json:"venue"`
	Host     string `json:"host"`
	Partners string `json:"partners"`
	Invited  int    `json:"invited"`
	Accepted int    `json:"accepted"`
	Attended int    `json:"attended"`
	Version  int64  `json:"version"`
}

// isoDate writes a date as ISO 8601 local time: 2026-12-01T10:00.
func isoDate(d liaison.Date) string { return strings.Replace(d.String(), " ", "T", 1) }

func listEvents(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("list events")
	asJSON := fs.Bool("json", false, "")
	all := fs.Bool("all", false, "")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("list events", rest); err != nil {
		return err
	}
	evs, err := c.s.Events(ctx, store.EventQuery{IncludeArchived: *all})
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]eventJSON, len(evs))
		for i, es := range evs {
			out[i] = eventJSON{ID: es.Event.ID, Title: es.Event.Title, StartsAt: isoDate(es.Event.StartsAt),
				Venue: es.Event.Venue, Host: es.Event.Host, Partners: es.Event.Partners, Invited: es.Counts.Invited(), Accepted: es.Counts.Accepted(),
				Attended: es.Counts.Attended(), Version: es.Event.Version}
		}
		return writeJSON(c.stdout, out)
	}
	t := newTable(c.stdout, "ID", "DATE", "TITLE", "VENUE", "LISTED", "INVITED", "ACCEPTED", "ATTENDED")
	for _, es := range evs {
		title := es.Event.Title
		if es.Event.Archived {
			title += " (archived)"
		}
		t.row(strconv.FormatInt(es.Event.ID, 10), es.Event.StartsAt.String(), title, es.Event.Venue,
			strconv.Itoa(es.Counts.Listed()), strconv.Itoa(es.Counts.Invited()),
			strconv.Itoa(es.Counts.Accepted()), strconv.Itoa(es.Counts.Attended()))
	}
	return t.flush()
}

type invitationJSON struct {
	Precedence    int    `json:"precedence"`
	PersonID      int64  `json:"person_id"`
	Person        string `json:"person"`
	Mission       string `json:"mission"`
	Rank          string `json:"rank"`
	Status        string `json:"status"`
	Guests        int    `json:"guests"` // 2 for an invitation for two, else 1
	RepresentedBy string `json:"represented_by,omitempty"`
	// Version is the invitation's version, for rsvp --if-version.
	Version int64 `json:"version"`
}

func listInvitations(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("list invitations")
	asJSON := fs.Bool("json", false, "")
	var eventID int64
	fs.Func("event", "", func(s string) (err error) { eventID, err = parseID(s); return err })
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if err := noArgs("list invitations", rest); err != nil {
		return err
	}
	if err := requireID("list invitations", "event", eventID); err != nil {
		return err
	}
	rows, err := c.s.Invitations(ctx, eventID)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]invitationJSON, len(rows))
		for i, r := range rows {
			out[i] = invitationJSON{Precedence: r.Precedence, PersonID: r.Placed.Person.ID,
				Person: r.Placed.Person.FullName(), Mission: r.Placed.Mission.Name,
				Rank: string(r.Placed.Person.Rank), Status: string(r.Invitation.Status),
				Guests: r.Invitation.Guests(), RepresentedBy: r.RepresentedBy.FullName(),
				Version: r.Invitation.Version}
		}
		return writeJSON(c.stdout, out)
	}
	t := newTable(c.stdout, "NO.", "PERSON ID", "NAME", "MISSION", "RANK", "STATUS", "GUESTS", "REPRESENTED BY")
	for _, r := range rows {
		rank := ""
		if r.Placed.Person.Rank != "" {
			rank = r.Placed.Person.Rank.Label()
		}
		t.row(strconv.Itoa(r.Precedence), strconv.FormatInt(r.Placed.Person.ID, 10), r.Placed.Person.FullName(),
			r.Placed.Mission.DisplayNameIn(string(c.lang)), rank, r.Invitation.Status.Label(),
			strconv.Itoa(r.Invitation.Guests()), r.RepresentedBy.FullName())
	}
	return t.flush()
}
