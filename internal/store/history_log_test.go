package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// actions lists a record's history as "action" words, oldest first.
func actions(t *testing.T, s *Store, entity string, id int64) string {
	t.Helper()
	cs, err := s.Changes(context.Background(), entity, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := len(cs) - 1; i >= 0; i-- {
		out = append(out, cs[i].Action)
	}
	return strings.Join(out, " ")
}

func TestChangeHistory(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	p := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Anna",
		Position: "Counsellor", Emails: []string{"anna@example.de"}})

	p.Position = "Minister-Counsellor"
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	p.Version++
	if err := s.UpdatePerson(ctx, p); err != nil { // saved unchanged
		t.Fatal(err)
	}
	if err := s.ArchivePerson(ctx, p.ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.ArchivePerson(ctx, p.ID, false); err != nil {
		t.Fatal(err)
	}
	if got, want := actions(t, s, EntityPerson, p.ID), "create update archive restore"; got != want {
		t.Errorf("person history = %q, want %q (an unchanged save is not news)", got, want)
	}
	cs, _ := s.Changes(ctx, EntityPerson, p.ID)
	update := cs[2]
	if f := update.Fields(); len(f) != 1 || f[0] != `Position: "Counsellor" → "Minister-Counsellor"` {
		t.Errorf("Fields of the update = %q", f)
	}
	if update.At == "" || update.Before == "" || update.After == "" || update.BatchID != 0 {
		t.Errorf("update change = %+v, want when, before and after, and no batch", update)
	}

	m.Notes = "New address from March"
	if err := s.UpdateMission(ctx, m); err != nil {
		t.Fatal(err)
	}
	if got, want := actions(t, s, EntityMission, m.ID), "create update"; got != want {
		t.Errorf("mission history = %q, want %q", got, want)
	}

	e := mustEvent(t, s, "Briefing")
	if _, err := s.Invite(ctx, e.ID, []int64{p.ID}, liaison.Planned); err != nil {
		t.Fatal(err)
	}
	inv, err := s.Invitation(ctx, e.ID, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.MarkInvited(ctx, e.ID, liaison.Email); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReply(ctx, e.ID, p.ID, liaison.Accepted, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Uninvite(ctx, e.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	if got, want := actions(t, s, EntityInvitation, inv.ID), "create update update delete"; got != want {
		t.Errorf("invitation history = %q, want %q", got, want)
	}
	if err := s.ArchiveEvent(ctx, e.ID, true); err != nil {
		t.Fatal(err)
	}
	if got, want := actions(t, s, EntityEvent, e.ID), "create archive"; got != want {
		t.Errorf("event history = %q, want %q", got, want)
	}
}

func TestHistoryIsInTheSameTransaction(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	boom := errors.New("boom")
	var id int64
	err := s.Update(ctx, func(tx *Tx) error {
		p := liaison.Person{FamilyName: "Rolled", GivenName: "Back"}
		if err := tx.CreatePerson(&p); err != nil {
			return err
		}
		id = p.ID
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update = %v", err)
	}
	if cs, _ := s.Changes(ctx, EntityPerson, id); len(cs) != 0 {
		t.Errorf("a rolled back create left %d changes in the history", len(cs))
	}
}

// importSome imports a new mission with its head, and a new position for
// an existing person, as one batch.
func importSome(t *testing.T, s *Store, existing liaison.Person) (batch int64, created liaison.Person) {
	t.Helper()
	batch, err := s.Import(context.Background(), "cards.vcf", func(tx *Tx) error {
		m := liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Ambassade de France"}
		if err := tx.CreateMission(&m); err != nil {
			return err
		}
		created = liaison.Person{MissionID: m.ID, FamilyName: "Dubois", GivenName: "Jean", HeadOfMission: true}
		if err := tx.CreatePerson(&created); err != nil {
			return err
		}
		existing.Position = "Deputy head of mission"
		existing.Phones = []string{"+7 717 000 00 00"}
		return tx.UpdatePerson(existing)
	})
	if err != nil || batch == 0 {
		t.Fatalf("Import = %d, %v", batch, err)
	}
	return batch, created
}

func TestUndoImport(t *testing.T) {
	ctx := context.Background()

	t.Run("takes back what the import created and updated, in one step", func(t *testing.T) {
		s := openTest(t)
		m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
		was := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Anna", Position: "Counsellor"})
		batch, created := importSome(t, s, was)

		bs, err := s.Batches(ctx)
		if err != nil || len(bs) != 1 || bs[0].ID != batch || bs[0].Source != "cards.vcf" || bs[0].Changes != 3 {
			t.Fatalf("Batches = %+v, %v; want the one import of 3 changes", bs, err)
		}
		undone, err := s.UndoImport(ctx, 0) // the latest
		if err != nil || undone.ID != batch {
			t.Fatalf("UndoImport = %+v, %v", undone, err)
		}
		if got, _ := s.Person(ctx, was.ID); personString(got) != personString(was) || got.Position != "Counsellor" || len(got.Phones) != 0 {
			t.Errorf("after undo the updated person is %+v, want %+v", got, was)
		}
		if _, err := s.Person(ctx, created.ID); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("the person the import created is still there: %v", err)
		}
		if _, err := s.Mission(ctx, created.MissionID); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("the mission the import created is still there: %v", err)
		}
		if rs, _ := s.Search(ctx, "Dubois", 10, true); len(rs) != 0 {
			t.Errorf("search still finds the undone person: %+v", rs)
		}
		bs, _ = s.Batches(ctx)
		if bs[0].UndoneAt == "" {
			t.Errorf("the batch is not marked undone: %+v", bs[0])
		}
		if _, err := s.UndoImport(ctx, batch); !errors.Is(err, ErrNotUndoable) {
			t.Errorf("undoing twice = %v, want ErrNotUndoable", err)
		}
		if _, err := s.UndoImport(ctx, 0); !errors.Is(err, ErrNotUndoable) {
			t.Errorf("undoing with none left = %v, want ErrNotUndoable", err)
		}
		// The undo is history too.
		if got := actions(t, s, EntityPerson, created.ID); got != "create delete" {
			t.Errorf("history of the undone person = %q", got)
		}
	})

	t.Run("refuses when a record it wrote has changed since", func(t *testing.T) {
		s := openTest(t)
		was := mustPerson(t, s, liaison.Person{FamilyName: "Schmidt", GivenName: "Anna"})
		batch, created := importSome(t, s, was)
		created.Notes = "Met at the national day"
		if err := s.UpdatePerson(ctx, created); err != nil {
			t.Fatal(err)
		}
		_, err := s.UndoImport(ctx, batch)
		if !errors.Is(err, ErrNotUndoable) || !strings.Contains(err.Error(), "changed since") {
			t.Fatalf("UndoImport = %v, want a refusal", err)
		}
		if got, _ := s.Person(ctx, created.ID); got.Notes != created.Notes {
			t.Errorf("a refused undo changed the later work: %+v", got)
		}
	})

	t.Run("refuses when someone it added was invited since", func(t *testing.T) {
		s := openTest(t)
		was := mustPerson(t, s, liaison.Person{FamilyName: "Schmidt", GivenName: "Anna"})
		batch, created := importSome(t, s, was)
		e := mustEvent(t, s, "Briefing")
		if _, err := s.Invite(ctx, e.ID, []int64{created.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		if _, err := s.UndoImport(ctx, batch); !errors.Is(err, ErrNotUndoable) {
			t.Fatalf("UndoImport = %v, want a refusal", err)
		}
	})

	t.Run("an import that changes nothing leaves no batch", func(t *testing.T) {
		s := openTest(t)
		was := mustPerson(t, s, liaison.Person{FamilyName: "Schmidt", GivenName: "Anna"})
		batch, err := s.Import(ctx, "same.vcf", func(tx *Tx) error { return tx.UpdatePerson(was) })
		if err != nil || batch != 0 {
			t.Fatalf("Import = %d, %v; want 0", batch, err)
		}
		if bs, _ := s.Batches(ctx); len(bs) != 0 {
			t.Errorf("Batches = %+v", bs)
		}
	})

	t.Run("a failed import leaves neither records nor a batch", func(t *testing.T) {
		s := openTest(t)
		_, err := s.Import(ctx, "bad.vcf", func(tx *Tx) error {
			p := liaison.Person{FamilyName: "Half", GivenName: "Written"}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
			return errors.New("the third card is broken")
		})
		if err == nil {
			t.Fatal("Import succeeded")
		}
		if bs, _ := s.Batches(ctx); len(bs) != 0 {
			t.Errorf("Batches = %+v", bs)
		}
		if n, _ := s.CountPeople(ctx, PeopleQuery{IncludeArchived: true}); n != 0 {
			t.Errorf("%d people left by a failed import", n)
		}
	})

	t.Run("an unknown batch is not found", func(t *testing.T) {
		s := openTest(t)
		if _, err := s.UndoImport(ctx, 42); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("UndoImport(42) = %v", err)
		}
	})
}

// Every change names who made it: on a file, the system user; on a
// server, the login.
func TestChangeHistoryNamesWho(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	want := systemUser() // on a file; on a server, the login
	if testServer != nil {
		if err := s.db.QueryRowContext(ctx, `SELECT current_user`).Scan(&want); err != nil {
			t.Fatal(err)
		}
	}
	if s.who != want || want == "" {
		t.Errorf("Open set who = %q, want %q", s.who, want)
	}
	s.who = "a.sadykova"
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FI", Name: "Embassy of Finland"})
	if _, err := s.Import(ctx, "finland.vcf", func(tx *Tx) error {
		return tx.CreatePerson(&liaison.Person{MissionID: m.ID, FamilyName: "Virtanen"})
	}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM changes WHERE who <> 'a.sadykova'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d changes, %v, name someone else", n, err)
	}
	if cs, err := s.Changes(ctx, EntityMission, m.ID); err != nil || len(cs) != 1 || cs[0].Who != "a.sadykova" {
		t.Errorf("Changes = %+v, %v; want the create by a.sadykova", cs, err)
	}
	if bs, err := s.Batches(ctx); err != nil || len(bs) != 1 || bs[0].Who != "a.sadykova" {
		t.Errorf("Batches = %+v, %v; want the import by a.sadykova", bs, err)
	}
}
