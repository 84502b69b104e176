package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// A dataTable is a table of Liaison's data as the database's own catalogue
// describes it, so that copying carries columns later migrations add
// without a change here.
type dataTable struct {
	name string
	cols []string
	// refs are the tables its foreign keys point to.
	refs []string
	// identity is the column a PostgreSQL identity sequence fills, "" for
	// none (and always on SQLite, whose rowids follow the highest ID).
	identity string
}

// tableOrder is the order copies report tables in; the foreign keys decide
// the order they are written in, and tables added later come after these.
var tableOrder = []string{"missions", "people", "person_photos", "events", "invitations",
	"batches", "changes", "merges"}

// searchTables hold the search index, which each engine keeps in a shape
// of its own: an FTS5 table beside a ranking table on SQLite, one table
// with a trigram index on a server (postgres/0010). Copies rebuild it
// through the store's own indexing instead of copying its rows.
var searchTables = []string{"search_index", "search_rank"}

// dataTables returns the tables of Liaison's data in an order that writes
// every table after those its foreign keys point to: everything but the
// search index and the record of migrations, which each database keeps
// for itself.
func (s *Store) dataTables(ctx context.Context, q queryer) ([]dataTable, error) {
	ts, err := s.allTables(ctx, q)
	return slices.DeleteFunc(ts, func(t dataTable) bool { return slices.Contains(searchTables, t.name) }), err
}

// allTables returns the tables dataTables does and the search index's.
func (s *Store) allTables(ctx context.Context, q queryer) ([]dataTable, error) {
	var (
		ts  []dataTable
		err error
	)
	if s.engine == EnginePostgres {
		ts, err = pgTables(ctx, q)
	} else {
		ts, err = sqliteTables(ctx, q)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the list of tables: %w", err)
	}
	return sortByReferences(ts), nil
}

// sqliteTables reads the tables from SQLite's catalogue. The search index
// is a virtual (FTS5) table: its rowid is copied with its key, and the
// shadow tables that hold its index are left to SQLite to rebuild.
func sqliteTables(ctx context.Context, q queryer) ([]dataTable, error) {
	type entry struct{ name, kind string }
	var list []entry
	err := eachRow(ctx, q, `SELECT name, type FROM pragma_table_list
		WHERE schema = 'main' AND type IN ('table', 'virtual')
		AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> 'schema_migrations'
		ORDER BY name`, nil, func(scan func(...any) error) error {
		var e entry
		if err := scan(&e.name, &e.kind); err != nil {
			return err
		}
		list = append(list, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var ts []dataTable
	for _, e := range list {
		t := dataTable{name: e.name}
		if e.kind == "virtual" {
			t.cols = append(t.cols, "rowid")
		}
		if t.cols, err = appendStrings(ctx, q, t.cols, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, e.name); err != nil {
			return nil, err
		}
		if t.refs, err = appendStrings(ctx, q, nil, `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`, e.name); err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// pgTables reads the tables of the current schema from PostgreSQL's
// catalogue. Generated columns are left out: the server computes them.
func pgTables(ctx context.Context, q queryer) ([]dataTable, error) {
	names, err := appendStrings(ctx, q, nil, `SELECT c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
		AND c.relname <> 'schema_migrations' ORDER BY c.relname`)
	if err != nil {
		return nil, err
	}
	var ts []dataTable
	for _, name := range names {
		t := dataTable{name: name}
		err := eachRow(ctx, q, `SELECT a.attname, a.attidentity <> '' FROM pg_attribute a
			WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND c.relname = ?)
			AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
			[]any{name}, func(scan func(...any) error) error {
				var col string
				var identity bool
				if err := scan(&col, &identity); err != nil {
					return err
				}
				t.cols = append(t.cols, col)
				if identity {
					t.identity = col
				}
				return nil
			})
		if err != nil {
			return nil, err
		}
		if t.refs, err = appendStrings(ctx, q, nil, `SELECT DISTINCT r.relname FROM pg_constraint k
			JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			JOIN pg_class r ON r.oid = k.confrelid
			WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname = ?`, name); err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// sortByReferences orders tables so that each comes after the tables it
// refers to, and otherwise as tableOrder lists them, then by name.
func sortByReferences(ts []dataTable) []dataTable {
	rank := func(name string) int {
		if i := slices.Index(tableOrder, name); i >= 0 {
			return i
		}
		return len(tableOrder)
	}
	sort.SliceStable(ts, func(i, j int) bool {
		ri, rj := rank(ts[i].name), rank(ts[j].name)
		if ri != rj {
			return ri < rj
		}
		return ts[i].name < ts[j].name
	})
	var out []dataTable
	placed := map[string]bool{}
	for len(out) < len(ts) {
		progress := false
		for _, t := range ts {
			if placed[t.name] || !refsPlaced(t, placed) {
				continue
			}
			out, placed[t.name], progress = append(out, t), true, true
			break // start again from the first, so the preferred order holds
		}
		if !progress { // a cycle: keep the rest as they are
			for _, t := range ts {
				if !placed[t.name] {
					out, placed[t.name] = append(out, t), true
				}
			}
		}
	}
	return out
}

func refsPlaced(t dataTable, placed map[string]bool) bool {
	for _, r := range t.refs {
		if r != t.name && !placed[r] {
			return false
		}
	}
	return true
}

// sameSchema checks that two databases have the same tables with the same
// columns, whatever their order, and says the first difference.
func sameSchema(from, to []dataTable) error {
	index := map[string]dataTable{}
	for _, t := range from {
		index[t.name] = t
	}
	for _, t := range to {
		f, ok := index[t.name]
		if !ok {
			return fmt.Errorf("the table %s is only in the target", t.name)
		}
		delete(index, t.name)
		if d := missingFrom(t.cols, f.cols); d != "" {
			return fmt.Errorf("the column %s.%s is only in the target", t.name, d)
		}
		if d := missingFrom(f.cols, t.cols); d != "" {
			return fmt.Errorf("the column %s.%s is only in the source", t.name, d)
		}
	}
	for _, t := range from {
		if _, ok := index[t.name]; ok {
			return fmt.Errorf("the table %s is only in the source", t.name)
		}
	}
	return nil
}

// missingFrom returns the first of want that have lacks, or "".
func missingFrom(want, have []string) string {
	for _, c := range want {
		if !slices.Contains(have, c) {
			return c
		}
	}
	return ""
}

// quoteIdent quotes a table or column name for SQL on both engines.
func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// eachRow runs a query and calls fn with a scanner for each row.
func eachRow(ctx context.Context, q queryer, query string, args []any, fn func(scan func(...any) error) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// appendStrings appends the first column of each row of a query to list.
func appendStrings(ctx context.Context, q queryer, list []string, query string, args ...any) ([]string, error) {
	err := eachRow(ctx, q, query, args, func(scan func(...any) error) error {
		var s string
		if err := scan(&s); err != nil {
			return err
		}
		list = append(list, s)
		return nil
	})
	return list, err
}
