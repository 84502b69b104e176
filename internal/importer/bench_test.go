package importer

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime/metrics"
	"testing"
	"time"

	vcard "github.com/emersion/go-vcard"

	"liaison/internal/i18n"
	"liaison/internal/pgtest"
	"liaison/internal/store"
	"liaison/internal/vcf"
)

// benchCards writes n vCard 3.0 cards of the shape phones and Google
// export: names in both scripts, an organisation of 200, title, two
// emails, two phones, an address, a note.
func benchCards(n int) []byte {
	families := []string{"Ivanov", "Ёлкин", "Schmidt", "Нұрланов", "Dupont", "Tanaka", "Kowalski", "Ахметова"}
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "BEGIN:VCARD\r\nVERSION:3.0\r\n")
		fmt.Fprintf(&b, "N:%s;Person %d;;;\r\nFN:Person %d %s\r\n", families[i%len(families)], i, i, families[i%len(families)])
		fmt.Fprintf(&b, "ORG:Embassy number %d of the Republic;Political section\r\n", i%200)
		fmt.Fprintf(&b, "TITLE:Counsellor\r\n")
		fmt.Fprintf(&b, "EMAIL;TYPE=INTERNET;TYPE=pref:p%d@example.org\r\nEMAIL;TYPE=INTERNET:p%d.home@example.org\r\n", i, i)
		fmt.Fprintf(&b, "TEL;TYPE=CELL:+7 701 %07d\r\nTEL;TYPE=WORK:+7 7172 %06d\r\n", i, i%1000000)
		fmt.Fprintf(&b, "ADR;TYPE=WORK:;;Kabanbay Batyr Ave %d;Astana;;010000;Kazakhstan\r\n", i%300)
		fmt.Fprintf(&b, "NOTE:Met at the reception\\, spoke about the annual report.\r\nEND:VCARD\r\n")
	}
	return b.Bytes()
}

func benchmarkImport(b *testing.B, n int) {
	benchmarkImportInto(b, n, func(b *testing.B) string { return filepath.Join(b.TempDir(), "bench.db") })
}

// benchmarkImportInto imports n cards into a new database at the place
// target gives, a file or a server database.
func benchmarkImportInto(b *testing.B, n int, target func(*testing.B) string) {
	data := benchCards(n)
	ctx := context.Background()
	var floor, took time.Duration
	var peak uint64
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, target(b))
		if err != nil {
			b.Fatal(err)
		}
		floor += timed(func() { goVcardDecode(b, data) })
		stop := watchHeap(&peak)
		start := time.Now()
		b.StartTimer()
		contacts, err := vcf.Decode(bytes.NewReader(data), i18n.En)
		if err != nil {
			b.Fatal(err)
		}
		plan, err := NewPlan(ctx, s, Source{Name: "bench.vcf", Contacts: contacts})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := plan.Apply(ctx, s); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		took += time.Since(start)
		stop()
		if c := plan.Counts(); c.New != n {
			b.Fatalf("imported %s, want %d new", c, n)
		}
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n), "cards/op")
	b.ReportMetric(float64(took)/float64(floor), "x-go-vcard")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkImport10k and BenchmarkImport100k import cards end to end into
// a new database: decode, plan, one transaction, search index, history.
// x-go-vcard is the time over bare go-vcard decoding of the same file,
// measured in the same iterations; peak-heap-MB the most the heap held.
func BenchmarkImport10k(b *testing.B)  { benchmarkImport(b, 10_000) }
func BenchmarkImport100k(b *testing.B) { benchmarkImport(b, 100_000) }

// BenchmarkImport10kEngines imports 10,000 cards into a new file and into
// a new database on a throwaway PostgreSQL server on loopback, in one run.
func BenchmarkImport10kEngines(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) { benchmarkImport(b, 10_000) })
	b.Run("postgres", func(b *testing.B) {
		srv, err := pgtest.Start()
		if err != nil {
			b.Skipf("no PostgreSQL server: %v", err)
		}
		defer srv.Stop()
		benchmarkImportInto(b, 10_000, func(b *testing.B) string {
			url, err := srv.CreateDatabase(context.Background(), "")
			if err != nil {
				b.Fatal(err)
			}
			return url
		})
	})
}

// timed returns how long fn takes.
func timed(fn func()) time.Duration {
	start := time.Now()
	fn()
	return time.Since(start)
}

// goVcardDecode decodes the cards with go-vcard alone.
func goVcardDecode(tb testing.TB, data []byte) {
	dec := vcard.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := dec.Decode(); err == io.EOF {
			return
		} else if err != nil {
			tb.Fatal(err)
		}
	}
}

// watchHeap samples the heap (live objects and garbage not yet collected)
// every millisecond until stop is called, and keeps its peak.
func watchHeap(peak *uint64) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				return
			case <-t.C:
				metrics.Read(s)
				*peak = max(*peak, s[0].Value.Uint64())
			}
		}
	}()
	return func() { close(done); <-finished }
}

func benchmarkGoVcard(b *testing.B, n int) {
	data := benchCards(n)
	for b.Loop() {
		goVcardDecode(b, data)
	}
}

// BenchmarkGoVcard10k and BenchmarkGoVcard100k are the floor: bare
// go-vcard decoding of the same cards, nothing written.
func BenchmarkGoVcard10k(b *testing.B)  { benchmarkGoVcard(b, 10_000) }
func BenchmarkGoVcard100k(b *testing.B) { benchmarkGoVcard(b, 100_000) }
