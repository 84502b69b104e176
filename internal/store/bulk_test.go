package store

import (
	"context"
	"fmt"
	"testing"

	"liaison/internal/liaison"
)

// TestImportKeepsEveryChangeInOrder covers the changes an import writes
// a statement of changeBatch rows at a time: full statements, the rows
// left over, and an undo that reads them back.
func TestImportKeepsEveryChangeInOrder(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	const n = 2*changeBatch + 5
	var ids []int64
	batch, err := s.Import(ctx, "test.vcf", func(tx *Tx) error {
		for i := range n {
			p := liaison.Person{FamilyName: fmt.Sprintf("Person %d", i)}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
			ids = append(ids, p.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bs, err := s.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(bs), 1; got != want {
		t.Fatalf("%d batches, want %d", got, want)
	}
	if got, want := bs[0].Changes, n; got != want {
		t.Errorf("the import recorded %d changes, want %d", got, want)
	}
	for i, id := range ids {
		cs, err := s.Changes(ctx, EntityPerson, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 1 || cs[0].BatchID != batch || cs[0].Action != ActionCreate {
			t.Fatalf("person %d: changes %+v, want one create in batch %d", i, cs, batch)
		}
		if i > 0 {
			prev, _ := s.Changes(ctx, EntityPerson, ids[i-1])
			if prev[0].ID >= cs[0].ID {
				t.Errorf("person %d recorded before person %d", i, i-1)
			}
		}
	}
	if _, err := s.UndoImport(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if n, err := s.CountPeople(ctx, PeopleQuery{IncludeArchived: true, IncludeDeparted: true}); err != nil || n != 0 {
		t.Errorf("after the undo %d people (%v), want 0", n, err)
	}
}

// TestMissionIndexFromWhatWasWritten checks that the search index rows of
// missions a transaction created, kept from what it wrote, are those a
// mission read back gets: across the write of the rows kept, after an
// update and after a delete in the same transaction.
func TestMissionIndexFromWhatWasWritten(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	var ids []int64
	err := s.Update(ctx, func(tx *Tx) error {
		for i := range pendingChunk + 5 {
			m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: fmt.Sprintf("  Embassy %d of Germany ", i),
				Phones: []string{" +49 30 12345 ", fmt.Sprintf("+49 30 %05d", i)}, Email: "info@example.de"}
			if err := tx.CreateMission(&m); err != nil {
				return err
			}
			ids = append(ids, m.ID)
		}
		for _, i := range []int{0, pendingChunk + 1} {
			m, err := mission(tx.ctx, tx.tx, ids[i])
			if err != nil {
				return err
			}
			m.Name = "Renamed Mission"
			if err := tx.UpdateMission(m); err != nil {
				return err
			}
		}
		for _, i := range []int{1, pendingChunk + 2} {
			if _, err := tx.DeleteMission(ids[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	keys := map[int64]string{}
	rows, err := s.db.QueryContext(ctx, `SELECT -rowid, key FROM search_index WHERE rowid < 0`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var key string
		if err := rows.Scan(&id, &key); err != nil {
			t.Fatal(err)
		}
		keys[id] = key
	}
	rows.Close()
	if got, want := len(keys), len(ids)-2; got != want {
		t.Errorf("%d missions in the index, want %d", got, want)
	}
	for i, id := range ids {
		m, err := s.Mission(ctx, id)
		if i == 1 || i == pendingChunk+2 {
			if _, in := keys[id]; in || err == nil {
				t.Errorf("mission %d deleted, still in the index or the table", i)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if got, want := keys[id], compactKey(m.SearchKey()); got != want {
			t.Errorf("mission %d: key %q, want %q", i, got, want)
		}
	}
	got, err := s.Search(ctx, "renamed mission", 10, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Errorf("'renamed mission' found %+v, want the 2 renamed", got)
	}
}
