package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// openAtVersion makes a database file whose schema stops at migration
// last, as an earlier Liaison left it.
func openAtVersion(t *testing.T, path string, last int) *Store {
	t.Helper()
	if err := prepareFile(path); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{db: db, path: path, engine: EngineSQLite, now: time.Now}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,
		name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(EngineSQLite)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version <= last {
			if err := s.apply(ctx, m); err != nil {
				t.Fatalf("migration %s: %v", m.name, err)
			}
		}
	}
	return s
}

// A file written before the history had a format of its own opens with
// its history converted: the same entries, keyed anew, with the person
// and event of each in columns, and nobody named as their author.
func TestMigrationConvertsTheHistory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old := openAtVersion(t, path, 7)
	person0 := func(position string) string {
		return `{"ID":3,"MissionID":7,"FamilyName":"Иванов","GivenName":"Иван","MiddleName":"","AltName":"",` +
			`"Salutation":"","Rank":"counsellor","Position":"` + position + `","HeadOfMission":false,` +
			`"Agrement":"","Credentials":"","Notification":"","Emails":null,"Phones":null,"Languages":null,` +
			`"Spouse":"","Notes":"","PostingStart":"","PostingEnd":"","Departed":false,"Archived":false,` +
			`"UID":"u-3","Suffix":"","Address":""}`
	}
	invitation0 := `{"ID":9,"EventID":4,"PersonID":3,"Status":"planned","ForTwo":false,"RepresentedBy":0,` +
		`"Channel":"","Sent":"","Answered":"","Note":""}`
	for _, row := range [][]any{
		{"mission", 7, "create", nil, `{"ID":7,"Kind":"embassy","Country":"DE","Name":"Embassy of Germany",` +
			`"ShortName":"","NonResident":false,"ResidentIn":"","Address":"","Phones":null,"Email":"",` +
			`"Website":"","NationalDay":"","Notes":"","Archived":false}`},
		{"person", 3, "create", nil, person0("Counsellor")},
		{"person", 3, "update", person0("Counsellor"), person0("Minister-Counsellor")},
		{"event", 4, "create", nil, `{"ID":4,"Title":"Briefing","Kind":"briefing","StartsAt":"2026-12-01 10:00",` +
			`"Venue":"","Host":"","Partners":"","RSVPBy":"","DressCode":"","Notes":"","Archived":false}`},
		{"invitation", 9, "create", nil, invitation0},
		{"invitation", 9, "delete", invitation0, nil},
		{"person", 5, "erase", nil, nil},
	} {
		if _, err := old.db.ExecContext(ctx, `INSERT INTO changes (at, entity, entity_id, action, before, after)
			VALUES ('2026-11-30T09:00:00Z', ?, ?, ?, ?, ?)`, row...); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v < 9 {
		t.Fatalf("SchemaVersion = %d, %v; want 9 or later", v, err)
	}

	t.Run("every entry is of format 1, by nobody known", func(t *testing.T) {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM changes WHERE format <> 1 OR who <> ''`).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d entries, %v; want every one converted and without a name", n, err)
		}
	})
	t.Run("a person's history", func(t *testing.T) {
		cs, err := s.History(ctx, EntityPerson, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := changeIDs(cs), []int64{6, 5, 3, 2}; !reflect.DeepEqual(got, want) {
			t.Errorf("History(person 3) = entries %v, want %v", got, want)
		}
		if f := cs[2].Fields(); len(f) != 1 || f[0] != `Position: "Counsellor" → "Minister-Counsellor"` {
			t.Errorf("Fields of the update = %q", f)
		}
		if inv, err := cs[0].Invitation(); err != nil || inv.EventID != 4 || inv.Status != liaison.Planned {
			t.Errorf("Invitation of the delete = %+v, %v", inv, err)
		}
		if cs[0].PersonID != 3 || cs[0].EventID != 4 {
			t.Errorf("the delete is about person %d and event %d, want 3 and 4", cs[0].PersonID, cs[0].EventID)
		}
	})
	t.Run("an event's history", func(t *testing.T) {
		cs, err := s.History(ctx, EntityEvent, 4)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := changeIDs(cs), []int64{6, 5, 4}; !reflect.DeepEqual(got, want) {
			t.Errorf("History(event 4) = entries %v, want %v", got, want)
		}
	})
	t.Run("an erasure keeps no data", func(t *testing.T) {
		cs, err := s.History(ctx, EntityPerson, 5)
		if err != nil || len(cs) != 1 || cs[0].Before != "" || cs[0].After != "" {
			t.Errorf("History(person 5) = %+v, %v; want the erasure alone", cs, err)
		}
	})
	t.Run("no index reads JSON", func(t *testing.T) {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master
			WHERE sql LIKE '%json_extract%'`).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d indexes, %v, still read JSON", n, err)
		}
	})
}

func changeIDs(cs []Change) []int64 {
	var out []int64
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// downgrade turns the history back into format 0, as Liaison wrote it
// before migration 0009.
func downgrade(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	cs, err := s.changes(ctx, `ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	back := func(entity, body string) any {
		if body == "" {
			return nil
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatal(err)
		}
		old := map[string]any{}
		for goName, key := range format0Keys[entity] {
			old[goName] = m[key]
		}
		b, _ := json.Marshal(old)
		return string(b)
	}
	for _, c := range cs {
		if _, err := s.db.ExecContext(ctx, `UPDATE changes SET format = 0, before = ?, after = ?, person_id = NULL,
			event_id = NULL, who = '' WHERE id = ?`, back(c.Entity, c.Before), back(c.Entity, c.After), c.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// Converting the history gives back, entry for entry, what this Liaison
// writes, and an import converted can still be undone.
func TestUpgradeHistoryRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.who = ""
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France",
		NationalDay: liaison.MonthDay{Month: time.July, Day: 14}})
	e := mustEvent(t, s, "Briefing")
	batch, err := s.Import(ctx, "france.vcf", func(tx *Tx) error {
		p := liaison.Person{MissionID: m.ID, FamilyName: "Dupont", GivenName: "Marie", Rank: liaison.Counsellor,
			Emails: []string{"marie@example.fr"}, Credentials: liaison.Day(2025, 3, 1).At(11, 0)}
		if err := tx.CreatePerson(&p); err != nil {
			return err
		}
		_, err := tx.Invite(e.ID, []int64{p.ID}, liaison.Invited)
		return err
	})
	if err != nil || batch == 0 {
		t.Fatalf("Import = %d, %v", batch, err)
	}
	want, err := s.changes(ctx, `ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	downgrade(t, s)
	err = s.Update(ctx, func(tx *Tx) error { return upgradeHistory(ctx, tx.tx) })
	if err != nil {
		t.Fatalf("upgradeHistory: %v", err)
	}
	got, err := s.changes(ctx, `ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("converted history =\n%+v\nwant what Liaison writes now\n%+v", got, want)
	}
	if _, err := s.UndoImport(ctx, batch); err != nil {
		t.Fatalf("UndoImport after the conversion: %v", err)
	}
	if ps, err := s.People(ctx, PeopleQuery{}); err != nil || len(ps) != 0 {
		t.Errorf("People after the undo = %d, %v; want none", len(ps), err)
	}
}
