package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// benchPeople is how many people the table benchmark scrolls through.
const benchPeople = 100_000

// fillPeople writes n people in 100 missions, in one transaction.
func fillPeople(b testing.TB, s *store.Store, n int) {
	b.Helper()
	families := []string{"Ivanov", "Ёлкин", "Schmidt", "Nurlanov", "Dupont", "Tanaka", "Kowalski", "Ахметова"}
	err := s.Update(context.Background(), func(tx *store.Tx) error {
		codes := liaison.CountryCodes()
		ids := make([]int64, 100)
		for i := range ids {
			m := liaison.Mission{Kind: liaison.Embassy, Country: codes[i], Name: "Embassy " + codes[i]}
			if err := tx.CreateMission(&m); err != nil {
				return err
			}
			ids[i] = m.ID
		}
		for i := range n {
			p := liaison.Person{MissionID: ids[i%100], FamilyName: families[i%len(families)],
				GivenName: fmt.Sprintf("Person %d", i), Rank: liaison.Counsellor,
				Emails: []string{fmt.Sprintf("p%d@example.org", i)}, Phones: []string{fmt.Sprintf("+7 701 %07d", i)}}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// peopleTableUI opens the window on 100,000 people, on the People screen.
func peopleTableUI(b *testing.B) (*UI, float32) {
	s, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "big.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	fillPeople(b, s, benchPeople)
	u := newUI(test.NewTempApp(b), s, Options{Now: testNow}, testTasks())
	u.win.Resize(fyne.NewSize(1280, 800))
	u.show(screenPeople)
	u.tasks.wait()
	if got := u.people.src.Len(); got != benchPeople {
		b.Fatalf("the table has %d rows, want %d", got, benchPeople)
	}
	// Scroll as the scroll bar and the wheel do, by offset. (Table.ScrollTo
	// adds up the heights of every row above in float32: slow and
	// imprecise at 100,000 rows.)
	return u, u.people.table.createCell().MinSize().Height + theme.Padding()
}

// scrollTimes scrolls the people table to the row next returns, b.N times,
// each time until the visible rows show their data, and reports the 95th
// percentile.
func scrollTimes(b *testing.B, u *UI, rowHeight float32, next func() int) {
	durations := make([]time.Duration, 0, b.N)
	for b.Loop() {
		row := next()
		start := time.Now()
		u.people.table.table.ScrollToOffset(fyne.NewPos(0, float32(row)*rowHeight))
		u.tasks.wait() // a page that was missing arrives and the table refreshes
		if _, ok := u.people.src.Row(row); !ok {
			b.Fatalf("row %d did not load", row)
		}
		durations = append(durations, time.Since(start))
	}
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkPeopleTableJump jumps the people table to random places in
// 100,000 people, as dragging the scroll bar does: each jump loads a page
// (the query), then the cell texts and Fyne's layout of the visible cells.
func BenchmarkPeopleTableJump(b *testing.B) {
	u, h := peopleTableUI(b)
	rng := rand.New(rand.NewPCG(5, 6))
	scrollTimes(b, u, h, func() int { return rng.IntN(benchPeople - 50) })
}

// BenchmarkPeopleTableWheel scrolls three rows at a time, as the mouse
// wheel does: mostly from cached pages, a page query every 66 steps.
func BenchmarkPeopleTableWheel(b *testing.B) {
	u, h := peopleTableUI(b)
	row := 40_000
	scrollTimes(b, u, h, func() int { row += 3; return row })
}
