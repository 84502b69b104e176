package importer

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"liaison/internal/store"
)

// BenchmarkWriteFloor100k writes what importing BenchmarkImport100k's
// cards must store, and nothing else: 100,000 people rows into the real
// schema with plain multi-row INSERTs, their search keys, one history row
// each, then the commit. No decoding, no planning, no checks. It reports
// each stage over bare go-vcard decoding of the same cards in the same
// iteration: this floor, set by SQLite itself, is what the import's own
// x-go-vcard can never go below.
func BenchmarkWriteFloor100k(b *testing.B) {
	const n = 100_000
	data := benchCards(n)
	ctx := context.Background()
	var floor, rows, search, history, commit time.Duration
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "floor.db")
		s, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"+
			"&_pragma=foreign_keys(1)&_pragma=secure_delete(1)&_pragma=cache_size(-16384)&_pragma=mmap_size(268435456)")
		if err != nil {
			b.Fatal(err)
		}
		floor += timed(func() { goVcardDecode(b, data) })
		b.StartTimer()
		tx, err := db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		rows += timed(func() { floorPeople(b, tx, n) })
		search += timed(func() { floorSearch(b, tx, n) })
		history += timed(func() { floorHistory(b, tx, n) })
		commit += timed(func() {
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
			if err := db.Close(); err != nil {
				b.Fatal(err)
			}
		})
	}
	ratio := func(d time.Duration) float64 { return float64(d) / float64(floor) }
	b.ReportMetric(ratio(rows), "x-rows")
	b.ReportMetric(ratio(search), "x-search")
	b.ReportMetric(ratio(history), "x-history")
	b.ReportMetric(ratio(commit), "x-commit")
	b.ReportMetric(ratio(rows+search+history+commit), "x-go-vcard")
}

// floorBatch is how many rows one INSERT writes.
const floorBatch = 32

// floorInsert prepares an INSERT of floorBatch rows into table and calls
// it with the values of rows 1..n that row returns.
func floorInsert(b *testing.B, tx *sql.Tx, table, cols string, n int, row func(i int) []any) {
	width := strings.Count(cols, ",") + 1
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	st, err := tx.Prepare("INSERT INTO " + table + " (" + cols + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(one+", ", floorBatch), ", "))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	args := make([]any, 0, width*floorBatch)
	for i := 1; i <= n; i++ {
		args = append(args, row(i)...)
		if len(args) == cap(args) {
			if _, err := st.Exec(args...); err != nil {
				b.Fatal(err)
			}
			args = args[:0]
		}
	}
	if len(args) > 0 {
		b.Fatalf("%d rows left over: n must be a multiple of %d", len(args)/width, floorBatch)
	}
}

const floorNow = "2026-12-02T10:00:00Z"

func floorPeople(b *testing.B, tx *sql.Tx, n int) {
	floorInsert(b, tx, "people", "id, mission_id, family_name, given_name, middle_name, alt_name, salutation, "+
		"rank, position, head_of_mission, agrement, credentials, notification, emails, phones, languages, "+
		"spouse, notes, posting_start, posting_end, departed, archived, sort_name, uid, suffix, address, "+
		"created_at, updated_at", n, func(i int) []any {
		return []any{i, nil, "Ivanov", fmt.Sprintf("Person %d", i), "", "", "", "", "Counsellor", 0, "", "", "",
			fmt.Sprintf(`["p%d@example.org","p%d.home@example.org"]`, i, i),
			fmt.Sprintf(`["+7 701 %07d","+7 7172 %06d"]`, i, i%1_000_000), "[]", "",
			"Met at the reception, spoke about the annual report.", "", "", 0, 0,
			fmt.Sprintf("ivanov person %d", i), fmt.Sprintf("%08x-1234-4abc-8def-%012x", uint32(i*2654435761), i*7919),
			"", "Kabanbay Batyr Ave 1\nAstana 010000\nKazakhstan", floorNow, floorNow}
	})
}

func floorSearch(b *testing.B, tx *sql.Tx, n int) {
	st, err := tx.Prepare(`INSERT INTO search_index (rowid, key) VALUES (?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for i := 1; i <= n; i++ {
		key := fmt.Sprintf("p%d.home@example.org 77172%06d 7701%07d p%d@example.org ivanov person %d",
			i, i%1_000_000, i, i, i)
		if _, err := st.Exec(i, key); err != nil {
			b.Fatal(err)
		}
	}
}

func floorHistory(b *testing.B, tx *sql.Tx, n int) {
	if _, err := tx.Exec(`INSERT INTO batches (id, at, kind) VALUES (1, ?, 'import')`, floorNow); err != nil {
		b.Fatal(err)
	}
	floorInsert(b, tx, "changes", "at, entity, entity_id, action, after, batch_id, format, who, person_id", n, func(i int) []any {
		return []any{floorNow, "person", i, "create", fmt.Sprintf(`{"id":%d,"family_name":"Ivanov",`+
			`"given_name":"Person %d","position":"Counsellor","emails":["p%d@example.org","p%d.home@example.org"],`+
			`"phones":["+7 701 %07d","+7 7172 %06d"],"notes":"Met at the reception, spoke about the annual report.",`+
			`"address":"Kabanbay Batyr Ave 1\nAstana 010000\nKazakhstan"}`, i, i, i, i, i, i%1_000_000), 1,
			1, "officer", i}
	})
}
