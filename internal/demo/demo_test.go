package demo

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// today is the day the tests load the sample on.
var today = liaison.Day(2026, 11, 24)

// sampleMissions is how many missions the sample has: 57 accredited
// missions and 5 government bodies.
const sampleMissions = 62

// openTest opens a new database in a temporary folder.
func openTest(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "liaison.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// loaded opens a new database and loads the sample into it.
func loaded(t *testing.T) (*store.Store, Summary) {
	t.Helper()
	s := openTest(t)
	sum, err := Load(context.Background(), s, today)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return s, sum
}

func TestLoadCounts(t *testing.T) {
	ctx := context.Background()
	s, sum := loaded(t)
	if sum.Missions != sampleMissions || sum.Events != 3 {
		t.Errorf("Summary = %+v, want %d missions and 3 events", sum, sampleMissions)
	}
	if sum.People < 150 || sum.People > 200 {
		t.Errorf("Summary.People = %d, want 150 to 200", sum.People)
	}
	ms, err := s.Missions(ctx, store.MissionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != sampleMissions {
		t.Fatalf("Missions = %d, want %d", len(ms), sampleMissions)
	}
	kinds := map[liaison.MissionKind]int{}
	vacant, nonResident := 0, 0
	for _, hm := range ms {
		kinds[hm.Mission.Kind]++
		if hm.Head.ID == 0 {
			vacant++
		}
		if hm.Mission.NonResident {
			nonResident++
		}
	}
	want := map[liaison.MissionKind]int{liaison.Embassy: 48, liaison.Consulate: 3,
		liaison.InternationalOrgOffice: 6, liaison.GovernmentBody: 5}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d missions of kind %s, want %d", kinds[k], k, n)
		}
	}
	if accredited := len(ms) - kinds[liaison.GovernmentBody]; accredited != 57 {
		t.Errorf("%d accredited missions besides the government bodies, want 57", accredited)
	}
	if vacant != 2 {
		t.Errorf("%d missions without a head, want 2", vacant)
	}
	if nonResident < 2 || nonResident > 3 {
		t.Errorf("%d non-resident missions, want 2 or 3", nonResident)
	}
	people, err := s.People(ctx, store.PeopleQuery{IncludeDeparted: true, IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != sum.People {
		t.Errorf("People = %d, summary says %d", len(people), sum.People)
	}
	es, err := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	invitations := 0
	for _, e := range es {
		invitations += e.Counts.Listed()
	}
	if invitations != sum.Invitations || invitations == 0 {
		t.Errorf("%d invitations, summary says %d", invitations, sum.Invitations)
	}
}

func TestLoadIsValid(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	ms, err := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, hm := range ms {
		m := hm.Mission
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", m.Name, err)
		}
		if !strings.HasSuffix(m.Email, "@example.org") {
			t.Errorf("%s: email %q is not under example.org", m.Name, m.Email)
		}
		if u, err := url.Parse(m.Website); err != nil || !strings.HasSuffix(u.Host, ".example.org") {
			t.Errorf("%s: website %q is not under example.org", m.Name, m.Website)
		}
	}
	people, err := s.People(ctx, store.PeopleQuery{IncludeDeparted: true, IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	emails := map[string]string{}
	departed := 0
	for _, r := range people {
		p := r.Person
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.FullName(), err)
		}
		if p.MissionID == 0 {
			t.Errorf("%s belongs to no mission", p.FullName())
		}
		for _, e := range p.Emails {
			local, domain, _ := strings.Cut(e, "@")
			if domain != "example.org" || local == "" || strings.Trim(local, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
				t.Errorf("%s: email %q is not ASCII under example.org", p.FullName(), e)
			}
			if other, ok := emails[e]; ok {
				t.Errorf("%s and %s share the email %s", other, p.FullName(), e)
			}
			emails[e] = p.FullName()
		}
		if p.Departed {
			departed++
			if p.PostingEnd.IsZero() || p.PostingEnd.Compare(today) >= 0 {
				t.Errorf("%s departed on %v, want a day before %v", p.FullName(), p.PostingEnd, today)
			}
		}
	}
	if departed < 2 || departed > 3 {
		t.Errorf("%d people departed, want 2 or 3", departed)
	}
}

func TestLoadSearchFindsYolkin(t *testing.T) {
	s, _ := loaded(t)
	rs, err := s.Search(context.Background(), "elkin", 10, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Kind == store.KindPerson && strings.HasPrefix(r.Name, "Ёлкин") {
			return
		}
	}
	t.Errorf("Search(elkin) = %+v, want Ёлкин", rs)
}

func TestLoadEvents(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	es, err := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("%d events, want 3", len(es))
	}
	represented := 0
	for _, es := range es {
		e := es.Event
		if e.StartsAt.Compare(today) >= 0 {
			t.Errorf("%q is on %v, want before %v", e.Title, e.StartsAt, today)
		}
		rows, err := s.Invitations(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			t.Errorf("%q has nobody on its list", e.Title)
			continue
		}
		statuses := map[liaison.Status]bool{}
		for _, r := range rows {
			inv := r.Invitation
			statuses[inv.Status] = true
			if inv.Sent.IsZero() || inv.Sent.Compare(e.StartsAt) >= 0 {
				t.Errorf("%q: invitation of %s sent on %v", e.Title, r.Placed.Person.FullName(), inv.Sent)
			}
			if !inv.Answered.IsZero() && inv.Answered.Compare(e.StartsAt) >= 0 {
				t.Errorf("%q: %s answered on %v, after the event", e.Title, r.Placed.Person.FullName(), inv.Answered)
			}
			if inv.RepresentedBy != 0 {
				represented++
				if r.RepresentedBy.MissionID != r.Placed.Person.MissionID {
					t.Errorf("%q: %s represented by %s of another mission", e.Title,
						r.Placed.Person.FullName(), r.RepresentedBy.FullName())
				}
			}
		}
		if len(statuses) < 4 {
			t.Errorf("%q: statuses %v, want at least 4 different ones", e.Title, statuses)
		}
	}
	if represented == 0 {
		t.Error("nobody was represented by a colleague")
	}
}

func TestLoadPrecedence(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	es, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	first := es[len(es)-1].Event // Events lists the latest first
	rows, err := s.Invitations(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%q has nobody on its list", first.Title)
	}
	p := rows[0].Placed.Person
	if p.Rank != liaison.Ambassador || !p.HeadOfMission || p.Credentials.IsZero() {
		t.Errorf("%q: first on the list is %s (%s), want an accredited ambassador", first.Title, p.FullName(), p.Rank)
	}
	departed := 0
	for _, r := range rows {
		if r.Placed.Person.Departed {
			departed++
		}
	}
	if departed == 0 {
		t.Errorf("%q: no departed person in its history", first.Title)
	}
}

// TestLoadBriefing checks the briefing on the annual report as the office
// held it: every accredited mission on the list through its head (or, for
// a vacant post, its senior member), the heads of the Prosecutor
// General's Office and the Ministries of Internal Affairs and of Justice,
// and the partners that supported it.
func TestLoadBriefing(t *testing.T) {
	ctx := context.Background()
	s, _ := loaded(t)
	es, err := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	if err != nil {
		t.Fatal(err)
	}
	var briefing liaison.Event
	for _, e := range es {
		if e.Event.Kind == liaison.Briefing {
			briefing = e.Event
		}
	}
	if !strings.Contains(briefing.Title, "annual report") {
		t.Fatalf("the sample's briefing is %q, want the one on the annual report", briefing.Title)
	}
	for _, partner := range []string{"Ministry of Foreign Affairs", "OSCE Programme Office", "UNICEF"} {
		if !strings.Contains(briefing.Partners, partner) {
			t.Errorf("partners %q do not name %s", briefing.Partners, partner)
		}
	}
	rows, err := s.Invitations(ctx, briefing.ID)
	if err != nil {
		t.Fatal(err)
	}
	// senior is each mission's head or, where the post is vacant, its
	// member at post of the highest rank.
	people, err := s.People(ctx, store.PeopleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	senior := map[int64]liaison.Person{}
	for _, r := range people {
		p, cur := r.Person, senior[r.Person.MissionID]
		switch {
		case cur.HeadOfMission:
		case p.HeadOfMission, cur.ID == 0, slices.Index(liaison.Ranks, p.Rank) < slices.Index(liaison.Ranks, cur.Rank):
			senior[p.MissionID] = p
		}
	}
	invited := map[int64]bool{} // missions whose senior is on the list
	for _, r := range rows {
		if p := r.Placed.Person; senior[p.MissionID].ID == p.ID {
			invited[p.MissionID] = true
		}
	}
	ms, err := s.Missions(ctx, store.MissionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	accredited, vacant := 0, 0
	var bodies []string
	for _, hm := range ms {
		m := hm.Mission
		if m.Kind == liaison.GovernmentBody {
			if invited[m.ID] {
				bodies = append(bodies, m.ShortName)
			}
			continue
		}
		accredited++
		if hm.Head.ID == 0 {
			vacant++
		}
		if !invited[m.ID] {
			t.Errorf("%s is not on the briefing's list", m.Name)
		}
	}
	if accredited != 57 || vacant != 2 {
		t.Errorf("%d accredited missions, %d of them vacant; want 57 and 2", accredited, vacant)
	}
	sort.Strings(bodies)
	if got, want := strings.Join(bodies, ", "), "Ministry of Internal Affairs, Ministry of Justice, Prosecutor General's Office"; got != want {
		t.Errorf("government bodies invited: %s; want %s", got, want)
	}
}

func TestLoadOnlyIntoAnEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	s, sum := loaded(t)
	again, err := Load(ctx, s, today)
	if !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second Load = %+v, %v; want ErrNotEmpty", again, err)
	}
	if again != (Summary{}) {
		t.Errorf("second Load summary = %+v, want zero", again)
	}
	ms, _ := s.Missions(ctx, store.MissionQuery{IncludeArchived: true})
	n, _ := s.CountPeople(ctx, store.PeopleQuery{IncludeDeparted: true, IncludeArchived: true})
	es, _ := s.Events(ctx, store.EventQuery{IncludeArchived: true})
	if len(ms) != sum.Missions || n != sum.People || len(es) != sum.Events {
		t.Errorf("after the second Load: %d missions, %d people, %d events; want %d, %d, %d",
			len(ms), n, len(es), sum.Missions, sum.People, sum.Events)
	}

	t.Run("a database with one record", func(t *testing.T) {
		s := openTest(t)
		m := liaison.Mission{Kind: liaison.OtherMission, Name: "Typed in by hand"}
		if err := s.CreateMission(ctx, &m); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(ctx, s, today); !errors.Is(err, ErrNotEmpty) {
			t.Fatalf("Load = %v, want ErrNotEmpty", err)
		}
		if ms, _ := s.Missions(ctx, store.MissionQuery{}); len(ms) != 1 {
			t.Errorf("%d missions, want the 1 typed in", len(ms))
		}
	})
}

func TestLoadIsDeterministic(t *testing.T) {
	ctx := context.Background()
	names := func() []string {
		s, _ := loaded(t)
		rows, err := s.People(ctx, store.PeopleQuery{IncludeDeparted: true})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			p := r.Person
			out = append(out, p.FullName()+"|"+strings.Join(p.Emails, ",")+"|"+strings.Join(p.Phones, ",")+
				"|"+p.PostingStart.String())
		}
		return out
	}
	a, b := names(), names()
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Error("two loads wrote different people")
	}
}

func TestLoadTwiceAtOnce(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := Load(ctx, s, today)
			errs <- err
		}()
	}
	var loadedOnce, refused int
	for range 2 {
		switch err := <-errs; {
		case err == nil:
			loadedOnce++
		case errors.Is(err, ErrNotEmpty):
			refused++
		default:
			t.Errorf("Load: %v", err)
		}
	}
	if loadedOnce != 1 || refused != 1 {
		t.Errorf("%d loads, %d refusals; want 1 and 1", loadedOnce, refused)
	}
	if ms, _ := s.Missions(ctx, store.MissionQuery{}); len(ms) != sampleMissions {
		t.Errorf("%d missions, want %d", len(ms), sampleMissions)
	}
}
