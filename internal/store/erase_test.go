package store

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// inFiles reports which of the database's files hold s.
func inFiles(t *testing.T, db string, s string) []string {
	t.Helper()
	var found []string
	for _, f := range []string{db, db + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(s)) {
			found = append(found, f)
		}
	}
	return found
}

// inTables reports which tables hold s, in any case, in a text or binary
// column (the photo holds the email in this test's): on a server, what is
// left of a person erased is in its tables or nowhere the store can reach.
func inTables(t *testing.T, st *Store, s string) []string {
	t.Helper()
	var found []string
	for table, rows := range dumpTables(t, st, true) {
		for _, row := range rows {
			row = strings.ToLower(row) // the search index holds folded text
			if strings.Contains(row, strings.ToLower(s)) || strings.Contains(row, hex.EncodeToString([]byte(s))) {
				found = append(found, table)
				break
			}
		}
	}
	return found
}

// heldAnywhere reports where a database holds s: in its files (and their
// free pages) for a file, in its tables for a server.
func heldAnywhere(t *testing.T, st *Store, s string) []string {
	t.Helper()
	if st.Engine() == EnginePostgres {
		return inTables(t, st, s)
	}
	return inFiles(t, st.Path(), s)
}

func TestErasePerson(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	const email = "q.xylander@erase.example"
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "SE", Name: "Embassy of Sweden"})
	head := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Lindqvist", GivenName: "Erik", HeadOfMission: true})
	p := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Xylander", GivenName: "Quintus",
		Emails: []string{email}, Phones: []string{"+46 8 555 0199"}, Notes: "Prefers tea"})
	err := s.Update(ctx, func(tx *Tx) error {
		return tx.SetPhoto(p.ID, liaison.Photo{MIME: "image/png", Data: append([]byte("\x89PNG\r\n\x1a\n"), email...)})
	})
	if err != nil {
		t.Fatal(err)
	}
	p.Position = "Counsellor (" + email + ")"
	if err := s.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	e := mustEvent(t, s, "Briefing")
	if _, err := s.Invite(ctx, e.ID, []int64{head.ID, p.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReply(ctx, e.ID, head.ID, liaison.Attended, p.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReply(ctx, e.ID, p.ID, liaison.Declined, 0); err != nil {
		t.Fatal(err)
	}

	t.Run("export-person holds everything", func(t *testing.T) {
		d, err := s.PersonData(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Person.Emails[0] != email || d.Mission == nil || d.Mission.Name != m.Name || d.Photo == nil {
			t.Errorf("PersonData = %+v", d)
		}
		if len(d.Invitations) != 1 || d.Invitations[0].Invitation.Status != liaison.Declined ||
			len(d.Represented) != 1 || d.Represented[0].Invitee != head.FullName() {
			t.Errorf("invitations = %+v, represented = %+v", d.Invitations, d.Represented)
		}
		if len(d.History) < 4 { // create, update, invite, reply
			t.Errorf("history has %d entries", len(d.History))
		}
		b, err := json.Marshal(d)
		if err != nil || !bytes.Contains(b, []byte(email)) {
			t.Errorf("JSON: %v", err)
		}
	})

	if found := heldAnywhere(t, s, email); len(found) == 0 {
		t.Fatal("the email is nowhere before erasure: the test would prove nothing")
	}
	folded := liaison.Fold("Xylander") // as the search index holds it
	found := append(inTables(t, s, "Xylander"), inTables(t, s, folded)...)
	for _, want := range []string{"people", "changes", "search_index"} {
		if !slices.Contains(found, want) {
			t.Fatalf("the name is only in %v before erasure, not in %s: the test would prove little", found, want)
		}
	}
	erased, err := s.ErasePerson(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if erased.Name != "Xylander Quintus" || erased.Invitations != 1 || erased.Represented != 1 || erased.Changes < 4 {
		t.Errorf("ErasePerson = %+v", erased)
	}
	if _, err := s.Person(ctx, p.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("the person is still there: %v", err)
	}
	if rs, _ := s.Search(ctx, "Xylander", 5, true); len(rs) != 0 {
		t.Errorf("search still finds them: %+v", rs)
	}
	inv, err := s.Invitation(ctx, e.ID, head.ID)
	if err != nil || inv.RepresentedBy != 0 || inv.Status != liaison.Attended {
		t.Errorf("the head's invitation = %+v, %v; want it kept, without the deputy", inv, err)
	}
	if cs, _ := s.Changes(ctx, EntityPerson, p.ID); len(cs) != 1 || cs[0].Action != ActionErase || cs[0].Before != "" {
		t.Errorf("history of the erased person = %+v, want only the erasure", cs)
	}
	if got, want := erased.OnServer, s.Engine() == EnginePostgres; got != want {
		t.Errorf("Erased.OnServer = %v on %s", got, s.Engine())
	}
	for _, held := range []string{email, "Xylander", folded, "+46 8 555 0199", "Prefers tea"} {
		if found := heldAnywhere(t, s, held); len(found) > 0 {
			t.Errorf("the erased %q is still in %v", held, found)
		}
		if found := inTables(t, s, held); len(found) > 0 {
			t.Errorf("the erased %q is still in the tables %v", held, found)
		}
	}
	if _, err := s.ErasePerson(ctx, p.ID); !errors.Is(err, liaison.ErrNotFound) {
		t.Errorf("erasing twice = %v", err)
	}
	// The rest is untouched.
	if got, err := s.Person(ctx, head.ID); err != nil || got.FamilyName != "Lindqvist" {
		t.Errorf("head = %+v, %v", got, err)
	}
}
