package importer

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
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
// a new database as the CLI does: read, choose the sheets, plan, one
// transaction. x-excelize is the time over a bare excelize read of the
// same workbook (GetRows with RawCellValue), measured in the same
// iterations; peak-heap-MB the most the heap held.
func BenchmarkImportList100k(b *testing.B) {
	data := listWorkbook(b, 100_000)
	ctx := context.Background()
	var floor, took time.Duration
	var peak uint64
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		floor += timed(func() { excelizeRead(b, data) })
		stop := watchHeap(&peak)
		start := time.Now()
		b.StartTimer()
		book, err := xlsx.Read(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		choices, _, err := Choose([]NamedBook{{Name: "bench.xlsx", Book: book}}, "")
		if err != nil {
			b.Fatal(err)
		}
		plan, err := NewBookPlan(ctx, s, i18n.En, "bench.xlsx", choices)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := plan.Apply(ctx, s, liaison.Day(2026, 11, 24)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		took += time.Since(start)
		stop()
		if c := plan.List.Counts(); c.NewMissions != 100_000 || c.Problems != 0 {
			b.Fatalf("plan: %s", c)
		}
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(took)/float64(floor), "x-excelize")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// excelizeRead reads every row of the workbook's first sheet with
// excelize alone.
func excelizeRead(tb testing.TB, data []byte) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true}); err != nil {
		tb.Fatal(err)
	}
}
