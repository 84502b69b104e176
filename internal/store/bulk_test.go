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
