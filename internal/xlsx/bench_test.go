package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"liaison/internal/i18n"
	"liaison/internal/liaison"
)

// BenchmarkWriteInvitations100k writes an invitation list of 100,000
// invitees (the goal: under 2 s and 100 MB). B/op is all the memory
// allocated, an upper bound on what is held at once.
func BenchmarkWriteInvitations100k(b *testing.B) {
	e := liaison.Event{ID: 1, Title: "Conference", Kind: liaison.Conference, StartsAt: liaison.Day(2026, 12, 1)}
	invitees := make([]Invitee, 100_000)
	for i := range invitees {
		invitees[i] = Invitee{Precedence: i + 1, Invitation: liaison.Invitation{Status: liaison.Invited, Note: "Confirmed by phone"},
			Person: liaison.Person{ID: int64(i + 1), FamilyName: fmt.Sprintf("Иванов %d", i), GivenName: "Сергей",
				Salutation: "Mr.", Rank: liaison.Counsellor, Position: "Political section",
				Emails: []string{fmt.Sprintf("p%d@example.org", i)}, Phones: []string{"+7 701 555 01 02 (mobile)"}},
			Mission: liaison.Mission{Country: "DE", Name: "Embassy of the Federal Republic of Germany"}}
	}
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		stop := watchHeap(&peak)
		if _, err := WriteInvitations(io.Discard, i18n.En, e, invitees); err != nil {
			b.Fatal(err)
		}
		stop()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-live-MB")
}

// watchHeap samples the live heap (what the last garbage collection found
// in use) every millisecond, above what it was when called, into peak,
// until stop is called.
func watchHeap(peak *uint64) (stop func()) {
	runtime.GC()
	base := liveHeap()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if live := liveHeap(); live > base && live-base > *peak {
					*peak = live - base
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// listWorkbook makes a diplomatic list of n rows shaped like the
// ministry's: a title above the header, dates as Excel dates, phones as
// numbers, a country column.
func listWorkbook(tb testing.TB, n int) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close() // removes the stream's temporary file
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	sw.SetRow("A1", []any{"СПИСОК ДИПЛОМАТИЧЕСКОГО КОРПУСА"})
	sw.SetRow("A3", []any{"№", "Страна", "Наименование представительства", "Глава представительства", "Должность",
		"Дата вручения верительных грамот", "Национальный праздник", "Телефон", "Эл. почта", "Адрес"})
	countries := []string{"Германия", "Франция", "Италия", "Япония", "Китай"}
	for i := range n {
		cell, _ := excelize.CoordinatesToCellName(1, 4+i)
		sw.SetRow(cell, []any{i + 1, countries[i%len(countries)], fmt.Sprintf("Embassy number %d", i),
			fmt.Sprintf("ИВАНОВ Сергей %d", i), "Чрезвычайный и Полномочный Посол", 44000 + i%3000, "3 октября",
			77172000000 + i, fmt.Sprintf("m%d@example.org", i), fmt.Sprintf("Street %d, Astana", i)})
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

// BenchmarkReadList100k reads a list of 100,000 rows into entries: what
// an import does before it looks at the database.
func BenchmarkReadList100k(b *testing.B) {
	data := listWorkbook(b, 100_000)
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		stop := watchHeap(&peak)
		book, err := Read(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		s := book.Sheets[0]
		entries, problems := s.Entries(s.Mapping)
		stop()
		if len(entries) != 100_000 || len(problems) != 0 {
			b.Fatalf("%d entries, problems %v", len(entries), problems[:min(len(problems), 3)])
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-live-MB")
}

// BenchmarkExcelizeRows100k reads the same list with bare excelize
// (GetRows, raw values): the floor BenchmarkReadList100k is measured
// against.
func BenchmarkExcelizeRows100k(b *testing.B) {
	data := listWorkbook(b, 100_000)
	b.ReportAllocs()
	for b.Loop() {
		f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.GetRows("Sheet1")
		if err != nil || len(rows) != 100_003 {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
		f.Close()
	}
}
