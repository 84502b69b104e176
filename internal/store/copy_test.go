package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"liaison/internal/liaison"
)

// openFileTest opens a new database file, whichever engine the tests run on.
func openFileTest(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "liaison.db"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// openServerTest opens a new database on the test server, and skips the
// test when it runs on files only.
func openServerTest(tb testing.TB) *Store {
	tb.Helper()
	if testServer == nil {
		tb.Skip("needs a server: LIAISON_TEST_ENGINE=postgres (make test-postgres)")
	}
	s, err := Open(context.Background(), newServerDatabase(tb))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// fillForCopy writes a record of every kind a copy carries: missions,
// people, a photo, an event with invitations and a deputy, an import, a
// merge that kept the duplicate's photo for its undo, and their history.
func fillForCopy(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "NO", Name: "Embassy of Norway", ShortName: "Norway"})
	head := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Haugen", GivenName: "Ingrid", HeadOfMission: true,
		Emails: []string{"ingrid@norway.example"}, Position: "Ambassador"})
	deputy := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Берг", GivenName: "Олав", Notes: "Говорит по-казахски"})
	dup := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Berg", GivenName: "Olav"})
	err := s.Update(ctx, func(tx *Tx) error {
		return tx.SetPhoto(dup.ID, liaison.Photo{MIME: "image/png", Data: []byte("\x89PNG\r\n\x1a\n\x00\x01\xff")})
	})
	if err != nil {
		t.Fatal(err)
	}
	e := mustEvent(t, s, "National Day reception")
	if _, err := s.Invite(ctx, e.ID, []int64{head.ID, deputy.ID}, liaison.Invited); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReply(ctx, e.ID, head.ID, liaison.Accepted, deputy.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Import(ctx, "cards.vcf", func(tx *Tx) error {
		return tx.CreatePerson(&liaison.Person{FamilyName: "Қасымов", GivenName: "Ерлан", Phones: []string{"+7 717 255 0101"}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Merge(ctx, EntityPerson, dup.ID, deputy.ID); err != nil {
		t.Fatal(err)
	}
}

// dump returns every row of every table of Liaison's data as text, table
// by table in the order of their first column, so that two databases on
// either engine can be compared. Their search indexes differ in shape.
func dump(t *testing.T, s *Store) map[string][]string { return dumpTables(t, s, false) }

// dumpTables is dump, with the search index's tables when withIndex.
func dumpTables(t *testing.T, s *Store, withIndex bool) map[string][]string {
	t.Helper()
	ctx := context.Background()
	tables, err := s.dataTables(ctx, s.db)
	if withIndex {
		tables, err = s.allTables(ctx, s.db)
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, tb := range tables {
		cols := make([]string, len(tb.cols))
		for i, c := range tb.cols {
			cols[i] = quoteIdent(c)
		}
		// Columns by name, so that their order in each engine's table
		// does not matter.
		rows, err := s.db.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+quoteIdent(tb.name)+` ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fields := make([]string, len(cols))
			for i, v := range vals {
				fields[i] = tb.cols[i] + "=" + showValue(v)
			}
			sort.Strings(fields)
			out[tb.name] = append(out[tb.name], strings.Join(fields, " "))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return out
}

func showValue(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return "x'" + hex.EncodeToString(v) + "'"
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprint(v)
}

// sameData fails the test unless two databases hold the same rows.
func sameData(t *testing.T, got, want *Store) {
	t.Helper()
	g, w := dump(t, got), dump(t, want)
	for table, rows := range w {
		if len(g[table]) != len(rows) {
			t.Errorf("%s: %d rows, want %d", table, len(g[table]), len(rows))
			continue
		}
		for i := range rows {
			if g[table][i] != rows[i] {
				t.Errorf("%s row %d:\n got %s\nwant %s", table, i, g[table][i], rows[i])
			}
		}
	}
	for table := range g {
		if _, ok := w[table]; !ok {
			t.Errorf("table %s is only in the copy", table)
		}
	}
}

func TestCopy(t *testing.T) {
	ctx := context.Background()
	pairs := []struct {
		name     string
		from, to func(testing.TB) *Store
	}{
		{"file to file", openFileTest, openFileTest},
		{"file to server", openFileTest, openServerTest},
		{"server to file", openServerTest, openFileTest},
		{"server to server", openServerTest, openServerTest},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			from, to := p.from(t), p.to(t)
			fillForCopy(t, from)
			c, err := Copy(ctx, from, to, CopyOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sameData(t, to, from)
			if got, want := c.Rows("people"), int64(3); got != want { // the duplicate merged away is gone
				t.Errorf("copied %d people, want %d", got, want)
			}
			if c.Rows("changes") == 0 || c.Rows("merges") != 1 || c.Indexed != 4 || c.Snapshot != "" {
				t.Errorf("Copied = %+v", c)
			}
			// The copy searches, and its next IDs follow the copied ones.
			for _, q := range []string{"haugen", "Берг", "қасым", "norway"} {
				if rs, err := to.Search(ctx, q, 5, false); err != nil || len(rs) == 0 {
					t.Errorf("Search(%q) in the copy = %v, %v", q, rs, err)
				}
			}
			var highest int64
			if err := to.db.QueryRowContext(ctx, `SELECT max(id) FROM people`).Scan(&highest); err != nil {
				t.Fatal(err)
			}
			if p := mustPerson(t, to, liaison.Person{FamilyName: "Newcomer"}); p.ID <= highest {
				t.Errorf("a person created after the copy got ID %d, not past %d", p.ID, highest)
			}
			if _, err := to.UndoImport(ctx, 0); err != nil {
				t.Errorf("the copied merge cannot be undone: %v", err)
			}
		})
	}
}

// TestCopyBatches copies more rows than one INSERT takes and photos larger
// than a batch may hold.
func TestCopyBatches(t *testing.T) {
	ctx := context.Background()
	from, to := openFileTest(t), openTest(t)
	if err := fillBig(from, 3, 2*copyRows+7); err != nil {
		t.Fatal(err)
	}
	// Five photos near the 2 MB a photo may be pass the 8 MB of a batch.
	photo := make([]byte, 2<<20-1024)
	for i := range photo {
		photo[i] = byte(i * 7)
	}
	err := from.Update(ctx, func(tx *Tx) error {
		for id := int64(1); id <= 5; id++ {
			photo[0] = byte(id)
			if err := tx.SetPhoto(id, liaison.Photo{MIME: "image/jpeg", Data: photo}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Copy(ctx, from, to, CopyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Rows("people"), int64(2*copyRows+7); got != want {
		t.Errorf("copied %d people, want %d", got, want)
	}
	if got, want := c.Rows("person_photos"), int64(5); got != want {
		t.Errorf("copied %d photos, want %d", got, want)
	}
	sameData(t, to, from)
}

func TestCopyRefusesATargetWithData(t *testing.T) {
	ctx := context.Background()
	from, to := openFileTest(t), openTest(t)
	fillForCopy(t, from)
	mustMission(t, to, liaison.Mission{Kind: liaison.Embassy, Country: "IS", Name: "Embassy of Iceland"})
	before := dump(t, to)
	if _, err := Copy(ctx, from, to, CopyOptions{}); !errors.Is(err, ErrTargetNotEmpty) {
		t.Fatalf("Copy over a target with data = %v, want ErrTargetNotEmpty", err)
	}
	if after := dump(t, to); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("the refused target changed:\n%v\nwas\n%v", after, before)
	}
	if _, err := Copy(ctx, from, from, CopyOptions{Replace: true, SnapshotDir: t.TempDir()}); err == nil ||
		!strings.Contains(err.Error(), "same database") {
		t.Errorf("Copy of a database onto itself = %v", err)
	}
}

func TestCopyReplaceKeepsASnapshot(t *testing.T) {
	ctx := context.Background()
	from, to := openFileTest(t), openTest(t)
	fillForCopy(t, from)
	iceland := mustMission(t, to, liaison.Mission{Kind: liaison.Embassy, Country: "IS", Name: "Embassy of Iceland"})
	dir := filepath.Join(t.TempDir(), "backups")
	c, err := Copy(ctx, from, to, CopyOptions{Replace: true, SnapshotDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	sameData(t, to, from)
	if c.Snapshot == "" || filepath.Dir(c.Snapshot) != dir || !strings.HasPrefix(filepath.Base(c.Snapshot), snapshotPrefix) {
		t.Fatalf("snapshot = %q, want a %s… file in %s", c.Snapshot, snapshotPrefix, dir)
	}
	info, err := Check(ctx, c.Snapshot)
	if err != nil || info.Missions != 1 || info.People != 0 {
		t.Fatalf("Check(snapshot) = %+v, %v; want the target as it was", info, err)
	}
	snap, err := Open(ctx, c.Snapshot)
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if m, err := snap.Mission(ctx, iceland.ID); err != nil || m.Name != iceland.Name {
		t.Errorf("the snapshot's mission = %+v, %v", m, err)
	}
}

func TestCopyFailureLeavesTheTarget(t *testing.T) {
	ctx := context.Background()
	for _, replace := range []bool{false, true} {
		t.Run(fmt.Sprint("replace=", replace), func(t *testing.T) {
			from, to := openFileTest(t), openTest(t)
			fillForCopy(t, from)
			if replace {
				mustMission(t, to, liaison.Mission{Kind: liaison.Embassy, Country: "IS", Name: "Embassy of Iceland"})
			}
			// An invitation of nobody, which SQLite takes with its
			// foreign keys off, fails the copy after the tables before it.
			raw, err := sql.Open("sqlite", "file:"+from.Path())
			if err != nil {
				t.Fatal(err)
			}
			_, err = raw.ExecContext(ctx, `INSERT INTO invitations (event_id, person_id, status, created_at, updated_at)
				SELECT id, 999999, 'invited', '', '' FROM events LIMIT 1`)
			raw.Close()
			if err != nil {
				t.Fatal(err)
			}
			before := dump(t, to)
			c, err := Copy(ctx, from, to, CopyOptions{Replace: true, SnapshotDir: t.TempDir()})
			if err == nil || !strings.Contains(err.Error(), "invitations") {
				t.Fatalf("Copy = %+v, %v; want it to fail on the invitations", c, err)
			}
			if after := dump(t, to); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("the target changed:\n%v\nwas\n%v", after, before)
			}
			// Nothing holds the target's tables after the failure.
			mustMission(t, to, liaison.Mission{Kind: liaison.Embassy, Country: "DK", Name: "Embassy of Denmark"})
		})
	}
}

func TestSameSchema(t *testing.T) {
	a := []dataTable{{name: "people", cols: []string{"id", "family_name"}}}
	for _, c := range []struct {
		b    []dataTable
		want string
	}{
		{[]dataTable{{name: "people", cols: []string{"family_name", "id"}}}, ""},
		{[]dataTable{{name: "people", cols: []string{"id", "family_name", "version"}}}, "people.version is only in the target"},
		{[]dataTable{{name: "people", cols: []string{"id"}}}, "people.family_name is only in the source"},
		{[]dataTable{{name: "people", cols: []string{"id", "family_name"}}, {name: "votes"}}, "table votes is only in the target"},
		{nil, "table people is only in the source"},
	} {
		err := sameSchema(a, c.b)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("sameSchema(%v) = %v, want %q", c.b, err, c.want)
		}
	}
}

func TestDataTablesOrder(t *testing.T) {
	s := openTest(t)
	tables, err := s.dataTables(context.Background(), s.db)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tb := range tables {
		for _, r := range tb.refs {
			if r != tb.name && !seen[r] {
				t.Errorf("%s comes before %s, which it refers to", tb.name, r)
			}
		}
		seen[tb.name] = true
	}
	for _, want := range tableOrder {
		if !seen[want] {
			t.Errorf("no table %s in %v", want, tables)
		}
	}
	if seen["schema_migrations"] || seen["search_index_data"] || seen["search_index"] || seen["search_rank"] {
		t.Errorf("tables = %v: each database keeps its own record of migrations and its own search index", tables)
	}
}

// BenchmarkCopy copies the database of 100,000 people, with their
// history and search index, into a new file, and to a server and back
// when the tests have one.
func BenchmarkCopy(b *testing.B) {
	ctx := context.Background()
	big := bigStore(b)
	copyTo := func(b *testing.B, from *Store, open func(testing.TB) *Store) *Store {
		var to *Store
		for b.Loop() {
			b.StopTimer()
			to = open(b)
			b.StartTimer()
			c, err := Copy(ctx, from, to, CopyOptions{})
			if err != nil {
				b.Fatal(err)
			}
			if c.Rows("people") != 100_000 {
				b.Fatalf("copied %d people", c.Rows("people"))
			}
		}
		return to
	}
	b.Run("file to file", func(b *testing.B) { copyTo(b, big, openFileTest) })
	if testServer == nil {
		return
	}
	onServer := openServerTest(b)
	b.Run("file to server", func(b *testing.B) {
		copyTo(b, big, func(testing.TB) *Store {
			if _, err := onServer.db.ExecContext(ctx, `DELETE FROM changes; DELETE FROM invitations; DELETE FROM search_index;
				DELETE FROM search_rank; DELETE FROM person_photos; DELETE FROM people; DELETE FROM missions`); err != nil {
				b.Fatal(err)
			}
			return onServer
		})
	})
	b.Run("server to file", func(b *testing.B) { copyTo(b, onServer, openFileTest) })
}
