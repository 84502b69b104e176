package importer

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/store"
	"liaison/internal/xlsx"
)

// listWorkbook makes a diplomatic list of n rows shaped like the
// ministry's: a title above the header, dates as Excel dates, phones as
// numbers.
func listWorkbook(tb testing.TB, n int) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close() // removes the stream's temporary file
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	sw.SetRow("A1", []any{"СПИСОК ДИПЛОМАТИЧЕСКОГО КОРПУСА"})
	sw.SetRow("A3", []any{"№", "Наименование представительства", "Глава представительства", "Должность",
		"Дата вручения верительных грамот", "Телефон", "Эл. почта", "Адрес"})
	for i := range n {
		cell, _ := excelize.CoordinatesToCellName(1, 4+i)
		sw.SetRow(cell, []any{i + 1, fmt.Sprintf("Embassy number %d", i), fmt.Sprintf("ИВАНОВ Сергей %d", i),
			"Чрезвычайный и Полномочный Посол", 44000 + i%3000, 77172000000 + i, fmt.Sprintf("m%d@example.org", i),
			fmt.Sprintf("Street %d, Astana", i)})
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// BenchmarkImportList100k imports a list of 100,000 rows end to end into
// a new database: read, map, plan, one transaction (the goal: under 6 s).
func BenchmarkImportList100k(b *testing.B) {
	data := listWorkbook(b, 100_000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		book, err := xlsx.Read(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		sheet := book.Sheets[0]
		entries, problems := sheet.Entries(sheet.Mapping)
		plan, err := NewListPlan(ctx, s, i18n.En, entries, problems)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := plan.Apply(ctx, s, "bench.xlsx"); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if c := plan.Counts(); c.NewMissions != 100_000 || c.Problems != 0 {
			b.Fatalf("plan: %s", c)
		}
		s.Close()
		b.StartTimer()
	}
}
