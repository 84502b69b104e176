package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// snapshot dumps what a merge and its undo touch, without the times of
// the last write: people, missions, invitations, photos and the search
// index.
func snapshot(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, coalesce(mission_id, 0), family_name, given_name, middle_name, alt_name, rank, position,
			head_of_mission, emails, phones, languages, notes, posting_start, posting_end, departed, archived,
			sort_name, uid, created_at FROM people ORDER BY id`,
		`SELECT id, kind, country, name, short_name, address, phones, email, website, national_day, notes,
			archived, created_at FROM missions ORDER BY id`,
		`SELECT id, event_id, person_id, status, coalesce(represented_by, 0), channel, sent, answered, note
			FROM invitations ORDER BY id`,
		`SELECT person_id, mime, hex(data) FROM person_photos ORDER BY person_id`,
		`SELECT rowid, key FROM search_index ORDER BY rowid`,
		`SELECT id, name, head, archived FROM search_rank ORDER BY id`,
	} {
		if s.engine == EnginePostgres {
			q = strings.ReplaceAll(q, "hex(data)", "upper(encode(data, 'hex'))")
		}
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

func mustInvite(t *testing.T, s *Store, inv liaison.Invitation) {
	t.Helper()
	if err := s.Update(context.Background(), func(tx *Tx) error { return tx.AddInvitation(inv) }); err != nil {
		t.Fatalf("AddInvitation %+v: %v", inv, err)
	}
}

// stepKinds lists a plan's steps as their kinds.
func stepKinds(p MergePlan) string {
	var out []string
	for _, s := range p.Steps {
		out = append(out, string(s.Kind))
	}
	return strings.Join(out, " ")
}

func TestMergePeople(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	// The ambassador twice: b from the ministry's list, a from her card.
	b := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Brandt", GivenName: "Katharina",
		Rank: liaison.Ambassador, Emails: []string{"k.brandt@example.de"}})
	a := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Brandt", GivenName: "Katharina",
		HeadOfMission: true, Position: "Ambassador", Emails: []string{"K.Brandt@example.de", "kb@example.de"},
		Phones: []string{"+7 7172 79 12 00"}, Languages: []string{"de", "ru"}})
	staff := mustPerson(t, s, liaison.Person{MissionID: de.ID, FamilyName: "Vogel", GivenName: "Jan"})
	if err := s.Update(ctx, func(tx *Tx) error {
		return tx.SetPhoto(a.ID, liaison.Photo{MIME: "image/png", Data: []byte("\x89PNG a")})
	}); err != nil {
		t.Fatal(err)
	}
	both1, both2, onlyA, deputy, self := mustEvent(t, s, "Briefing"), mustEvent(t, s, "Reception"),
		mustEvent(t, s, "Conference"), mustEvent(t, s, "Meeting"), mustEvent(t, s, "Dinner")
	// Both invited: a attended, b only invited: a's is kept.
	mustInvite(t, s, liaison.Invitation{EventID: both1.ID, PersonID: a.ID, Status: liaison.Attended})
	mustInvite(t, s, liaison.Invitation{EventID: both1.ID, PersonID: b.ID, Status: liaison.Invited})
	// Both invited: b accepted, a planned: b's is kept.
	mustInvite(t, s, liaison.Invitation{EventID: both2.ID, PersonID: a.ID, Status: liaison.Planned})
	mustInvite(t, s, liaison.Invitation{EventID: both2.ID, PersonID: b.ID, Status: liaison.Accepted, Note: "seat 3"})
	mustInvite(t, s, liaison.Invitation{EventID: onlyA.ID, PersonID: a.ID, Status: liaison.Declined})
	// a came on Vogel's behalf; Vogel came on b's behalf... and b on a's.
	mustInvite(t, s, liaison.Invitation{EventID: deputy.ID, PersonID: staff.ID, Status: liaison.Attended, RepresentedBy: a.ID})
	mustInvite(t, s, liaison.Invitation{EventID: self.ID, PersonID: b.ID, Status: liaison.Attended, RepresentedBy: a.ID})
	before := snapshot(t, s)

	plan, err := s.PlanMerge(ctx, EntityPerson, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, s); got != before {
		t.Fatal("PlanMerge wrote to the database")
	}
	if got, want := stepKinds(plan), "fill fill fill fill head drop_invitation move_invitation "+
		"drop_invitation move_invitation deputy self photo delete"; got != want {
		t.Errorf("steps = %s\nwant    %s", got, want)
	}

	plan, batch, err := s.Merge(ctx, EntityPerson, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if batch == 0 || plan.FromName != "Brandt Katharina" {
		t.Errorf("Merge = batch %d, %+v", batch, plan)
	}
	t.Run("the survivor has both", func(t *testing.T) {
		if _, err := s.Person(ctx, a.ID); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("Person(a) after the merge: %v, want ErrNotFound", err)
		}
		got, err := s.Person(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Position != "Ambassador" || got.Rank != liaison.Ambassador || !got.HeadOfMission ||
			strings.Join(got.Emails, ",") != "k.brandt@example.de,kb@example.de" || len(got.Phones) != 1 ||
			strings.Join(got.Languages, ",") != "de,ru" {
			t.Errorf("survivor = %+v", got)
		}
		if ph, err := s.Photo(ctx, b.ID); err != nil || string(ph.Data) != "\x89PNG a" {
			t.Errorf("Photo(b) = %q, %v; want a's", ph.Data, err)
		}
		want := map[int64]string{both1.ID: "attended 0", both2.ID: "accepted 0", onlyA.ID: "declined 0", self.ID: "attended 0"}
		rows, err := s.PersonHistory(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Invitation.PersonID != b.ID {
				if r.Event.ID != deputy.ID || r.Invitation.RepresentedBy != b.ID {
					t.Errorf("deputy row = %+v, want b as Vogel's deputy", r.Invitation)
				}
				continue
			}
			if got := fmt.Sprint(r.Invitation.Status, " ", r.Invitation.RepresentedBy); got != want[r.Event.ID] {
				t.Errorf("%s: %s, want %s", r.Event.Title, got, want[r.Event.ID])
			}
			delete(want, r.Event.ID)
		}
		if len(want) != 0 || len(rows) != 5 {
			t.Errorf("history of b has %d rows, missing %v", len(rows), want)
		}
		if inv, _ := s.Invitation(ctx, both2.ID, b.ID); inv.Note != "seat 3" {
			t.Errorf("kept invitation = %+v, want b's own", inv)
		}
		rs, err := s.Search(ctx, "brandt", 10, true)
		if err != nil || len(rs) != 1 || rs[0].ID != b.ID {
			t.Errorf("Search(brandt) = %+v, %v; want b alone", rs, err)
		}
	})
	t.Run("the history of both is readable", func(t *testing.T) {
		if got, want := actions(t, s, EntityPerson, a.ID), "create delete"; got != want {
			t.Errorf("history of a = %q, want %q", got, want)
		}
		m, err := s.MergedInto(ctx, EntityPerson, a.ID)
		if err != nil || m.Into != b.ID || m.IntoName != "Brandt Katharina" || m.BatchID != batch || m.UndoneAt != "" {
			t.Errorf("MergedInto(a) = %+v, %v", m, err)
		}
		hist, err := s.History(ctx, EntityPerson, a.ID)
		if err != nil || len(hist) < 6 {
			t.Errorf("History(a) = %d changes, %v; want its record's and its invitations'", len(hist), err)
		}
		bs, _ := s.Batches(ctx)
		if len(bs) == 0 || bs[0].Kind != BatchMerge || bs[0].Source != "Brandt Katharina → Brandt Katharina" {
			t.Errorf("Batches = %+v", bs)
		}
	})
	t.Run("undo restores everything", func(t *testing.T) {
		if _, err := s.UndoImport(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if got := snapshot(t, s); got != before {
			t.Errorf("after undo:\n%s\nwant\n%s", got, before)
		}
		if m, err := s.MergedInto(ctx, EntityPerson, a.ID); err != nil || m.UndoneAt == "" {
			t.Errorf("MergedInto(a) after undo = %+v, %v; want undone", m, err)
		}
		_, err := s.UndoImport(ctx, batch)
		if !errors.Is(err, ErrNotUndoable) || !strings.HasPrefix(err.Error(), "the merge cannot be undone: it was undone already") {
			t.Errorf("undo twice: %v", err)
		}
		// The window says it in its language.
		if got := i18n.Ru.ErrorText(err); !strings.HasPrefix(got, "объединение нельзя отменить: оно уже отменено") {
			t.Errorf("in Russian: %q", got)
		}
	})
}

func TestMergePeopleRefused(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	atPost := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Dupré", GivenName: "Hélène"})
	gone := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Dupre", GivenName: "Helene", Departed: true})
	for _, c := range []struct {
		name       string
		from, into int64
		want       error
	}{
		{"into itself", atPost.ID, atPost.ID, ErrCannotMerge},
		{"someone at post into someone departed", atPost.ID, gone.ID, ErrCannotMerge},
		{"an unknown person", 999, atPost.ID, liaison.ErrNotFound},
		{"into an unknown person", atPost.ID, 999, liaison.ErrNotFound},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, _, err := s.Merge(ctx, EntityPerson, c.from, c.into); !errors.Is(err, c.want) {
				t.Errorf("Merge = %v, want %v", err, c.want)
			}
		})
	}
	t.Run("someone departed into someone at post", func(t *testing.T) {
		if _, _, err := s.Merge(ctx, EntityPerson, gone.ID, atPost.ID); err != nil {
			t.Fatal(err)
		}
	})
}

func TestMergeMissions(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	b := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of the Federal Republic of Germany"})
	a := mustMission(t, s, liaison.Mission{Kind: liaison.OtherMission, Name: "Deutsche Botschaft Astana",
		Email: "info@astana.diplo.de", Phones: []string{"+7 7172 79 12 00"}})
	bHead := mustPerson(t, s, liaison.Person{MissionID: b.ID, FamilyName: "Brandt", GivenName: "Katharina", HeadOfMission: true})
	aHead := mustPerson(t, s, liaison.Person{MissionID: a.ID, FamilyName: "Vogel", GivenName: "Jan", HeadOfMission: true})
	aStaff := mustPerson(t, s, liaison.Person{MissionID: a.ID, FamilyName: "Weber", GivenName: "Eva"})
	e := mustEvent(t, s, "Briefing")
	mustInvite(t, s, liaison.Invitation{EventID: e.ID, PersonID: aHead.ID, Status: liaison.Attended, RepresentedBy: aStaff.ID})
	before := snapshot(t, s)

	plan, _, err := s.Merge(ctx, EntityMission, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := stepKinds(plan), "keep keep fill fill head_to_staff move_person delete"; got != want {
		t.Errorf("steps = %s, want %s", got, want)
	}
	if _, err := s.Mission(ctx, a.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("Mission(a) after the merge: %v", err)
	}
	got, _ := s.Mission(ctx, b.ID)
	if got.Email != "info@astana.diplo.de" || len(got.Phones) != 1 || got.Kind != liaison.Embassy {
		t.Errorf("survivor = %+v", got)
	}
	people, _ := s.People(ctx, PeopleQuery{MissionID: b.ID})
	var heads []string
	for _, r := range people {
		if r.Person.HeadOfMission {
			heads = append(heads, r.Person.FamilyName)
		}
	}
	if len(people) != 3 || strings.Join(heads, ",") != "Brandt" {
		t.Errorf("people of b = %d, heads %v; want 3 and Brandt alone", len(people), heads)
	}
	if inv, err := s.Invitation(ctx, e.ID, aHead.ID); err != nil || inv.RepresentedBy != aStaff.ID {
		t.Errorf("Vogel's invitation = %+v, %v; want it as it was", inv, err)
	}
	if m, err := s.MergedInto(ctx, EntityMission, a.ID); err != nil || m.Into != b.ID {
		t.Errorf("MergedInto = %+v, %v", m, err)
	}

	if _, err := s.UndoImport(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, s); got != before {
		t.Errorf("after undo:\n%s\nwant\n%s", got, before)
	}

	t.Run("a head into a mission without one heads it", func(t *testing.T) {
		empty := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
		plan, _, err := s.Merge(ctx, EntityMission, b.ID, empty.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := stepKinds(plan), "keep move_person delete"; got != want {
			t.Errorf("steps = %s, want %s", got, want)
		}
		p, _ := s.Person(ctx, bHead.ID)
		if !p.HeadOfMission || p.MissionID != empty.ID {
			t.Errorf("Brandt = %+v, want head of the survivor", p)
		}
	})
	t.Run("into an archived mission", func(t *testing.T) {
		c := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "AT", Name: "Embassy of Austria", Archived: true})
		if _, _, err := s.Merge(ctx, EntityMission, a.ID, c.ID); !errors.Is(err, ErrCannotMerge) {
			t.Errorf("Merge = %v, want ErrCannotMerge", err)
		}
	})
}

func TestUndoMergeRefusedAfterLaterWork(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	a := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Dupré", Position: "Counsellor"})
	b := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Dupre"})
	_, batch, err := s.Merge(ctx, EntityPerson, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.Person(ctx, b.ID)
	p.Notes = "edited after the merge"
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UndoImport(ctx, batch); !errors.Is(err, ErrNotUndoable) {
		t.Errorf("UndoImport = %v, want ErrNotUndoable", err)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM people`).Scan(&n); err != nil || n != 1 {
		t.Errorf("people = %d, %v; want the refused undo to write nothing", n, err)
	}
}

// TestEraseAfterMerge erases a person with the duplicate merged into them:
// the duplicate's record, history and photo go too.
func TestEraseAfterMerge(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	const secret = "xylander.dup@erase.example"
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "SE", Name: "Embassy of Sweden"})
	b := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Xylander", GivenName: "Quintus"})
	a := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Xylander", Notes: secret})
	if err := s.Update(ctx, func(tx *Tx) error {
		return tx.SetPhoto(b.ID, liaison.Photo{MIME: "image/png", Data: []byte("\x89PNG b")})
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, func(tx *Tx) error {
		return tx.SetPhoto(a.ID, liaison.Photo{MIME: "image/png", Data: []byte("\x89PNG " + secret)})
	}); err != nil {
		t.Fatal(err)
	}
	e := mustEvent(t, s, "Briefing")
	mustInvite(t, s, liaison.Invitation{EventID: e.ID, PersonID: a.ID, Status: liaison.Declined, Note: secret})
	if _, _, err := s.Merge(ctx, EntityPerson, a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ErasePerson(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if cs, err := s.History(ctx, EntityPerson, a.ID); err != nil || len(cs) != 0 {
		t.Errorf("History(a) = %d entries, %v; want none", len(cs), err)
	}
	if _, err := s.MergedInto(ctx, EntityPerson, a.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("MergedInto(a) = %v, want ErrNotFound", err)
	}
	if found := inFiles(t, s.Path(), secret); len(found) > 0 {
		t.Errorf("%q is still in %v", secret, found)
	}
}
