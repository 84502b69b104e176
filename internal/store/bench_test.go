package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// The benchmarks run against 100,000 people in 300 missions, built once
// per run of the test binary.

var (
	bigOnce sync.Once
	bigDB   *Store
	bigErr  error
	bigDir  string
)

// closeBench closes the benchmarks' large database, if one was made.
func closeBench() {
	if bigDB != nil {
		bigDB.Close()
	}
	if bigDir != "" {
		os.RemoveAll(bigDir)
	}
}

var (
	latinFamilies = []string{"Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov",
		"Novikov", "Morozov", "Schmidt", "Müller", "Weber", "Martin", "Bernard", "Dubois", "Rossi", "Russo",
		"García", "Fernández", "Smith", "Johnson", "Brown", "Tanaka", "Suzuki", "Kim", "Lee", "Park",
		"Nowak", "Kowalski", "Horvath", "Novák", "Yilmaz", "Kaya", "Khan", "Ahmed", "Hosseini", "Wang", "Li", "Zhang"}
	cyrillicFamilies = []string{"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев",
		"Козлов", "Новиков", "Морозов", "Ёлкин", "Нурланов", "Сейткали", "Ахметов", "Жумабаев", "Омаров",
		"Қасымов", "Әлиев", "Бекова", "Тоқаев"}
	givenNames = []string{"Anna", "Maria", "Ivan", "Sergei", "Olga", "Aigerim", "Nurlan", "Peter", "John",
		"Hans", "Marie", "Luca", "Ana", "Kenji", "Min-jun", "Jan", "Ahmet", "Ali", "Wei", "Алексей", "Дмитрий",
		"Айгерим", "Ерлан", "Мария", "Ольга"}
)

// bigStore returns the shared database of 100,000 people.
func bigStore(b *testing.B) *Store {
	b.Helper()
	bigOnce.Do(func() {
		bigDir, bigErr = os.MkdirTemp("", "liaison-bench-")
		if bigErr != nil {
			return
		}
		start := time.Now()
		bigDB, bigErr = Open(context.Background(), filepath.Join(bigDir, "big.db"))
		if bigErr == nil {
			bigErr = fillBig(bigDB, 300, 100_000)
		}
		fmt.Fprintf(os.Stderr, "built the benchmark database (100,000 people) in %v\n", time.Since(start).Round(time.Millisecond))
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigDB
}

// fillBig writes missions and people in one transaction.
func fillBig(s *Store, missions, people int) error {
	rng := rand.New(rand.NewPCG(1, 2))
	codes := liaison.CountryCodes()
	return s.Update(context.Background(), func(tx *Tx) error {
		ids := make([]int64, missions)
		for i := range ids {
			m := liaison.Mission{Kind: liaison.Embassy, Country: codes[i%len(codes)],
				Name: fmt.Sprintf("Embassy %d of %s", i, liaison.CountryName(codes[i%len(codes)]))}
			if err := tx.CreateMission(&m); err != nil {
				return err
			}
			ids[i] = m.ID
		}
		for i := range people {
			family := latinFamilies[rng.IntN(len(latinFamilies))]
			if rng.IntN(3) == 0 {
				family = cyrillicFamilies[rng.IntN(len(cyrillicFamilies))]
			}
			p := liaison.Person{MissionID: ids[i%missions], FamilyName: family,
				GivenName: givenNames[rng.IntN(len(givenNames))], Rank: liaison.Ranks[rng.IntN(len(liaison.Ranks))],
				HeadOfMission: i < missions,
				Emails:        []string{fmt.Sprintf("person%d@example.org", i)},
				Phones:        []string{fmt.Sprintf("+7 701 %03d %02d %02d", i/10000, (i/100)%100, i%100)}}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
		}
		return nil
	})
}

// p95 runs f b.N times and reports the 95th percentile of its duration.
func p95(b *testing.B, f func(i int) error) {
	b.Helper()
	durations := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if err := f(i); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(durations)
	if len(durations) > 0 {
		b.ReportMetric(float64(durations[len(durations)*95/100].Microseconds())/1000, "p95-ms")
	}
}

// searchQueries are what officers type: parts of names in either script,
// an email, digits of a phone, a country.
var searchQueries = []string{"ivanov", "Иванов", "elkin", "kowal", "müller", "smirn", "person4711@",
	"701 012", "germany", "Айгерим", "tanaka", "nurlan", "tokaev", "qasim", "kim anna"}

func BenchmarkSearch(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	p95(b, func(i int) error {
		_, err := s.Search(ctx, searchQueries[i%len(searchQueries)], 50, false)
		return err
	})
}

func BenchmarkPeoplePage(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	p95(b, func(int) error {
		rows, err := s.People(ctx, PeopleQuery{Offset: rng.IntN(100_000 - 100), Limit: 100})
		if err == nil && len(rows) != 100 {
			err = fmt.Errorf("page of %d people, want 100", len(rows))
		}
		return err
	})
}

func BenchmarkPeoplePageFiltered(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	p95(b, func(i int) error {
		_, err := s.People(ctx, PeopleQuery{Search: searchQueries[i%len(searchQueries)], Limit: 100})
		return err
	})
}

// BenchmarkPickerSearch is the event's Add people picker as the officer
// types: each word may match the person, the mission or the position.
func BenchmarkPickerSearch(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	p95(b, func(i int) error {
		_, err := s.People(ctx, PeopleQuery{Search: searchQueries[i%len(searchQueries)], SearchMission: true,
			Sort: PeopleByMission, Limit: 300})
		return err
	})
}

// BenchmarkOpen opens the database of 100,000 people as the window does
// at start: quick integrity check and schema check included.
func BenchmarkOpen(b *testing.B) {
	path := bigStore(b).Path()
	for b.Loop() {
		s, err := Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkBackup writes a backup of the database of 100,000 people, as
// the window does when it closes.
func BenchmarkBackup(b *testing.B) {
	s := bigStore(b)
	path := filepath.Join(b.TempDir(), "backup.db")
	for b.Loop() {
		if err := s.Backup(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck runs the full integrity and schema check a restore makes
// of a backup of 100,000 people.
func BenchmarkCheck(b *testing.B) {
	path := filepath.Join(b.TempDir(), "backup.db")
	if err := bigStore(b).Backup(context.Background(), path); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Check(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkErasePerson erases one person from a copy of the database of
// 100,000 people: the deletes, the search index rebuilt, VACUUM and the
// log emptied.
func BenchmarkErasePerson(b *testing.B) {
	path := filepath.Join(b.TempDir(), "erase.db")
	if err := bigStore(b).Backup(context.Background(), path); err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	id := int64(1000)
	for b.Loop() {
		if _, err := s.ErasePerson(context.Background(), id); err != nil {
			b.Fatal(err)
		}
		id++
	}
}

// BenchmarkWrite100k measures the store's part of a bulk import: 300
// missions and 100,000 people in one transaction, history and search
// index included.
func BenchmarkWrite100k(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		s, err := Open(context.Background(), filepath.Join(dir, "w.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := fillBig(s, 300, 100_000); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
