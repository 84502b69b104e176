package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// testTarget is a new database for a test: a file, or a database on the
// test server when the tests run on PostgreSQL.
func testTarget(tb testing.TB) string {
	tb.Helper()
	if testServer != nil {
		return newServerDatabase(tb)
	}
	return filepath.Join(tb.TempDir(), "office.db")
}

// openTwo opens one database twice, as two officers' windows do.
func openTwo(tb testing.TB) (a, b *Store) {
	tb.Helper()
	path := testTarget(tb)
	for _, s := range []**Store{&a, &b} {
		var err error
		if *s, err = Open(context.Background(), path); err != nil {
			tb.Fatalf("Open: %v", err)
		}
		tb.Cleanup(func() { (*s).Close() })
	}
	return a, b
}

// mustConflict returns err as a *ConflictError, failing the test when it
// is not one.
func mustConflict(tb testing.TB, err error) *ConflictError {
	tb.Helper()
	if !errors.Is(err, ErrConflict) {
		tb.Fatalf("err = %v, want a conflict", err)
	}
	c, ok := errors.AsType[*ConflictError](err)
	if !ok {
		tb.Fatalf("err = %T, want a *ConflictError", err)
	}
	return c
}

func TestPersonConflict(t *testing.T) {
	ctx := context.Background()
	a, b := openTwo(t)
	m := mustMission(t, a, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	p := mustPerson(t, a, liaison.Person{MissionID: m.ID, FamilyName: "Ivanov", GivenName: "Ivan",
		Position: "Counsellor", Phones: []string{"+7 717 200 00 00"}})

	// Both officers open the person.
	hers, err := a.Person(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	his, err := b.Person(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if hers.Version != 1 || his.Version != 1 {
		t.Fatalf("versions read = %d, %d; want 1", hers.Version, his.Version)
	}

	hers.Position = "Minister-Counsellor"
	if err := a.UpdatePerson(ctx, hers); err != nil {
		t.Fatal(err)
	}
	his.Phones = []string{"+7 717 200 00 01"}
	c := mustConflict(t, b.UpdatePerson(ctx, his))

	if c.Entity != EntityPerson || c.ID != p.ID || c.Name != "Ivanov Ivan" {
		t.Errorf("conflict about %s %d (%s), want person %d (Ivanov Ivan)", c.Entity, c.ID, c.Name, p.ID)
	}
	if got, want := c.Fields, []string{"Position", "Phones"}; !slices.Equal(got, want) {
		t.Errorf("Fields = %v, want %v", got, want)
	}
	saved := c.Saved.(liaison.Person)
	if saved.Position != "Minister-Counsellor" || saved.Version != 2 {
		t.Errorf("Saved = %q at version %d, want her position at version 2", saved.Position, saved.Version)
	}
	if yours := c.Yours.(liaison.Person); yours.Phones[0] != "+7 717 200 00 01" {
		t.Errorf("Yours = %v, want his phones", yours.Phones)
	}
	want := "conflict: person 1 (Ivanov Ivan) was changed by someone else meanwhile: position, phones (now version 2); nothing saved — look again and retry"
	if c.Error() != want {
		t.Errorf("Error() =\n%s\nwant\n%s", c.Error(), want)
	}

	stored, _ := a.Person(ctx, p.ID)
	if stored.Position != "Minister-Counsellor" || stored.Phones[0] != "+7 717 200 00 00" || stored.Version != 2 {
		t.Errorf("stored = %q %v v%d; his refused save must write nothing", stored.Position, stored.Phones, stored.Version)
	}

	t.Run("merged against the new version", func(t *testing.T) {
		merged := saved
		merged.Phones = his.Phones
		if err := b.UpdatePerson(ctx, merged); err != nil {
			t.Fatal(err)
		}
		got, _ := a.Person(ctx, p.ID)
		if got.Position != "Minister-Counsellor" || got.Phones[0] != "+7 717 200 00 01" || got.Version != 3 {
			t.Errorf("after the merge: %q %v v%d, want both changes at version 3", got.Position, got.Phones, got.Version)
		}
	})

	t.Run("version 0 is not checked", func(t *testing.T) {
		old := his
		old.Version = 0
		old.Notes = "written over whatever is stored"
		if err := b.UpdatePerson(ctx, old); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("a delete of a person changed meanwhile is refused", func(t *testing.T) {
		other := mustPerson(t, a, liaison.Person{FamilyName: "Petrov"})
		seen := other
		other.Position = "Adviser"
		if err := a.UpdatePerson(ctx, other); err != nil {
			t.Fatal(err)
		}
		c := mustConflict(t, func() error { _, err := b.DeletePerson(ctx, seen.ID, seen.Version); return err }())
		if !c.Delete || !strings.Contains(c.Error(), "nothing deleted") {
			t.Errorf("conflict = %v, want a refused delete", c)
		}
		if _, err := a.Person(ctx, seen.ID); err != nil {
			t.Errorf("the person is gone: %v", err)
		}
		if _, err := b.DeletePerson(ctx, seen.ID, seen.Version+1); err != nil {
			t.Errorf("delete at the current version: %v", err)
		}
	})

	t.Run("a person deleted meanwhile is not found", func(t *testing.T) {
		gone := mustPerson(t, a, liaison.Person{FamilyName: "Sidorov"})
		if _, err := a.DeletePerson(ctx, gone.ID, gone.Version); err != nil {
			t.Fatal(err)
		}
		gone.Position = "Attaché"
		if err := b.UpdatePerson(ctx, gone); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("err = %v, want not found", err)
		}
	})
}

func TestMissionAndEventConflicts(t *testing.T) {
	ctx := context.Background()
	a, b := openTwo(t)
	m := mustMission(t, a, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
	e := mustEvent(t, a, "Reception")
	if m.Version != 1 || e.Version != 1 {
		t.Fatalf("created at versions %d, %d; want 1", m.Version, e.Version)
	}

	hers, his := m, m
	hers.Email = "info@ambafrance.kz"
	if err := a.UpdateMission(ctx, hers); err != nil {
		t.Fatal(err)
	}
	his.Website = "kz.ambafrance.org"
	c := mustConflict(t, b.UpdateMission(ctx, his))
	if got, want := c.Fields, []string{"Email", "Website"}; !slices.Equal(got, want) {
		t.Errorf("mission Fields = %v, want %v", got, want)
	}
	if got, _ := a.Mission(ctx, m.ID); got.Website != "" || got.Version != 2 {
		t.Errorf("mission = %+v; the refused save must write nothing", got)
	}

	// Archiving reads and writes in one transaction: not checked, but a
	// form read before it then conflicts on Archived.
	if err := a.ArchiveMission(ctx, m.ID, true); err != nil {
		t.Fatal(err)
	}
	hers.Version++
	hers.Notes = "national day on 14 July"
	c = mustConflict(t, a.UpdateMission(ctx, hers))
	if !slices.Equal(c.Fields, []string{"Notes", "Archived"}) {
		t.Errorf("after an archive, Fields = %v, want [Notes Archived]", c.Fields)
	}

	evA, evB := e, e
	evA.Venue = "Hall 1"
	if err := a.UpdateEvent(ctx, evA); err != nil {
		t.Fatal(err)
	}
	evB.Venue = "Hall 2"
	c = mustConflict(t, b.UpdateEvent(ctx, evB))
	if !slices.Equal(c.Fields, []string{"Venue"}) || c.Saved.(liaison.Event).Venue != "Hall 1" {
		t.Errorf("event conflict = %v, want Venue with Hall 1 saved", c)
	}
	if _, err := b.DeleteEvent(ctx, e.ID, e.Version); !errors.Is(err, ErrConflict) {
		t.Errorf("DeleteEvent at the old version: %v, want a conflict", err)
	}
}

func TestInvitationConflicts(t *testing.T) {
	ctx := context.Background()
	a, b := openTwo(t)
	de := mustMission(t, a, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	amb := mustPerson(t, a, liaison.Person{MissionID: de.ID, FamilyName: "Schmidt", HeadOfMission: true, Rank: liaison.Ambassador})
	sec := mustPerson(t, a, liaison.Person{MissionID: de.ID, FamilyName: "Braun", Rank: liaison.FirstSecretary})
	e := mustEvent(t, a, "Reception")
	if _, err := a.Invite(ctx, e.ID, []int64{amb.ID, sec.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	rowsA, err := a.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	rowsB, err := b.Invitations(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	byPerson := func(rows []InvitationRow, id int64) liaison.Invitation {
		for _, r := range rows {
			if r.Invitation.PersonID == id {
				return r.Invitation
			}
		}
		t.Fatalf("person %d not on the list", id)
		return liaison.Invitation{}
	}

	t.Run("replies of different guests never conflict", func(t *testing.T) {
		inv := byPerson(rowsA, amb.ID)
		inv.Status, inv.Answered = liaison.Accepted, a.Today()
		if err := a.UpdateInvitation(ctx, inv); err != nil {
			t.Fatal(err)
		}
		// The event's own fields change too: the list keeps its versions.
		ev, _ := a.Event(ctx, e.ID)
		ev.Venue = "Hall 2"
		if err := a.UpdateEvent(ctx, ev); err != nil {
			t.Fatal(err)
		}
		other := byPerson(rowsB, sec.ID)
		other.Status, other.Answered = liaison.Declined, b.Today()
		if err := b.UpdateInvitation(ctx, other); err != nil {
			t.Errorf("his reply for another guest: %v", err)
		}
		if got, _ := a.Invitation(ctx, e.ID, amb.ID); got.Status != liaison.Accepted || got.Version != 2 {
			t.Errorf("her reply = %s v%d, want accepted at version 2", got.Status, got.Version)
		}
		if got, _ := a.Invitation(ctx, e.ID, sec.ID); got.Status != liaison.Declined || got.Version != 2 {
			t.Errorf("his reply = %s v%d, want declined at version 2", got.Status, got.Version)
		}
	})

	t.Run("the same guest's invitation conflicts", func(t *testing.T) {
		stale := byPerson(rowsB, amb.ID) // read before her reply
		stale.Note = "with interpreter"
		c := mustConflict(t, b.UpdateInvitation(ctx, stale))
		if c.Entity != EntityInvitation || !slices.Equal(c.Fields, []string{"Status", "Answered", "Note"}) {
			t.Errorf("conflict = %s %v, want the invitation's Status, Answered and Note", c.Entity, c.Fields)
		}
		if !strings.Contains(c.Name, "Schmidt") || !strings.Contains(c.Name, "Reception") {
			t.Errorf("Name = %q, want the guest and the event", c.Name)
		}
		if err := b.SetReplyAt(ctx, stale.Version, e.ID, amb.ID, liaison.Declined, 0); !errors.Is(err, ErrConflict) {
			t.Errorf("SetReplyAt the old version: %v, want a conflict", err)
		}
		if got, _ := a.Invitation(ctx, e.ID, amb.ID); got.Status != liaison.Accepted || got.Note != "" {
			t.Errorf("after refused saves: %+v", got)
		}
	})

	t.Run("an undo does not overwrite a later change", func(t *testing.T) {
		before, err := a.SetForTwo(ctx, e.ID, []int64{sec.ID}, true)
		if err != nil || len(before) != 1 {
			t.Fatalf("SetForTwo = %v, %v", before, err)
		}
		now, _ := b.Invitation(ctx, e.ID, sec.ID)
		now.Note = "arrives late"
		if err := b.UpdateInvitation(ctx, now); err != nil {
			t.Fatal(err)
		}
		mustConflict(t, a.RestoreInvitations(ctx, before))
		if got, _ := a.Invitation(ctx, e.ID, sec.ID); !got.ForTwo || got.Note != "arrives late" {
			t.Errorf("after a refused undo: %+v", got)
		}
	})
}

// TestVersionsInOneTransaction: a transaction that writes one record twice,
// as an import does, checks the version its caller read, not its own.
func TestVersionsInOneTransaction(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	p := mustPerson(t, s, liaison.Person{FamilyName: "Ivanov"})
	err := s.Update(ctx, func(tx *Tx) error {
		first := p
		first.Position = "Counsellor"
		if err := tx.UpdatePerson(first); err != nil {
			return err
		}
		second := p
		second.Position = "Minister-Counsellor"
		return tx.UpdatePerson(second)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Person(ctx, p.ID); got.Position != "Minister-Counsellor" || got.Version != 3 {
		t.Errorf("got %q v%d, want the second write at version 3", got.Position, got.Version)
	}
}

func TestFieldWords(t *testing.T) {
	for field, want := range map[string]string{
		"Position": "position", "HeadOfMission": "head of mission", "MissionID": "mission",
		"RSVPBy": "rsvp by", "UID": "uid", "NameRu": "name ru",
	} {
		if got := FieldWords(field); got != want {
			t.Errorf("FieldWords(%q) = %q, want %q", field, got, want)
		}
	}
}

// TestMigrationMetAfterLaterOnes: a database that met later migrations
// before 0008 was merged gets the versions all the same.
func TestMigrationMetAfterLaterOnes(t *testing.T) {
	ctx := context.Background()
	path := testTarget(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	for _, q := range []string{`ALTER TABLE missions DROP COLUMN version`, `ALTER TABLE people DROP COLUMN version`,
		`ALTER TABLE events DROP COLUMN version`, `ALTER TABLE invitations DROP COLUMN version`,
		`DELETE FROM schema_migrations WHERE version = 8`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, err := s.Missions(ctx, MissionQuery{})
	if err != nil || len(ms) != 1 || ms[0].Mission.Version != 1 {
		t.Fatalf("Missions = %+v, %v; want the mission at version 1", ms, err)
	}
}
