//go:build !race && (linux || darwin)

package crashtest

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"liaison/internal/store"
)

// testImport kills imports into one database, which each kill leaves with
// a hot write-ahead log to recover, and checks that every import is there
// wholly or not at all.
func testImport(t *testing.T, k *killer, filled string) {
	dir := t.TempDir()
	db := filepath.Join(dir, "liaison.db")
	copyDatabase(t, filled, db)
	env := func(db string, batch int) []string {
		return []string{childEnv + "=import", dbEnv + "=" + db, fmt.Sprint(batchEnv, "=", batch)}
	}
	// An import takes longer the more people there are: the uninterrupted
	// one goes into a copy, so that the first killed one meets the
	// database it was measured with.
	trial := filepath.Join(dir, "trial.db")
	copyDatabase(t, db, trial)
	span := k.calibrate(env(trial, 1)...)
	before := iteration{mode: k.mode, delay: -1}
	s := openStore(t, before, trial)
	if !importLanded(t, before, s, 1) {
		t.Fatal("search does not find the people of an uninterrupted import")
	}
	s.Close()
	stored := recovered(t, before, db)
	landed := []string{filledSource}
	for batch := 1; k.more(); batch++ {
		it := k.kill(&span, env(db, batch)...)
		s := openStore(t, it, db) // recovers the write-ahead log
		in := importLanded(t, it, s, batch)
		if in {
			landed = append(landed, batchSource(batch))
		}
		checkBatches(t, it, s, landed)
		s.Close()
		after := checked(t, it, db)
		want := stored
		if in {
			want.People += importCards
		}
		if after.People != want.People || after.Missions != want.Missions || after.Events != want.Events {
			t.Fatalf("%v: %d people, %d missions, %d events; want %d, %d, %d", it, after.People, after.Missions,
				after.Events, want.People, want.Missions, want.Events)
		}
		stored = after
	}
	t.Logf("%d of %d killed imports were in before the kill", len(landed)-1, k.runs)
}

// importLanded reports whether the import of batch is in the database: all
// of its people, findable by search, or none of them.
func importLanded(t *testing.T, it iteration, s *store.Store, batch int) bool {
	t.Helper()
	rs, err := s.Search(t.Context(), batchTag(batch), 1, true)
	if err != nil {
		t.Fatalf("%v: search: %v", it, err)
	}
	n, err := s.CountPeople(t.Context(), store.PeopleQuery{Search: batchTag(batch), IncludeDeparted: true, IncludeArchived: true})
	if err != nil {
		t.Fatalf("%v: count: %v", it, err)
	}
	switch {
	case n != 0 && n != importCards:
		t.Fatalf("%v: %d people of the import are in, want all %d or none", it, n, importCards)
	case (len(rs) > 0) != (n > 0):
		t.Fatalf("%v: search finds %d of the import's people, the list %d", it, len(rs), n)
	}
	return n > 0
}

// checkBatches fails unless the database records one batch for each
// import that landed, and no other.
func checkBatches(t *testing.T, it iteration, s *store.Store, landed []string) {
	t.Helper()
	bs, err := s.Batches(t.Context())
	if err != nil {
		t.Fatalf("%v: batches: %v", it, err)
	}
	var got []string
	for _, b := range slices.Backward(bs) { // Batches gives the latest first
		got = append(got, b.Source)
		if b.Changes < importCards {
			t.Errorf("%v: batch %d (%s) records %d changes, want at least %d", it, b.ID, b.Source, b.Changes, importCards)
		}
	}
	if !slices.Equal(got, landed) {
		t.Fatalf("%v: batches %q, want %q", it, got, landed)
	}
}

// copyDatabase backs the database at from up to to.
func copyDatabase(t *testing.T, from, to string) {
	t.Helper()
	s := openStore(t, setup, from)
	defer s.Close()
	if err := s.Backup(t.Context(), to); err != nil {
		t.Fatal(err)
	}
}
