package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// openTest opens a new database in a temporary folder, or a new database
// on the test server when the tests run on PostgreSQL (engine_test.go).
func openTest(tb testing.TB) *Store {
	tb.Helper()
	target := filepath.Join(tb.TempDir(), "data", "liaison.db")
	if testServer != nil {
		target = newServerDatabase(tb)
	}
	s, err := Open(context.Background(), target)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// mustMission creates a mission and returns it with its ID.
func mustMission(tb testing.TB, s *Store, m liaison.Mission) liaison.Mission {
	tb.Helper()
	if err := s.CreateMission(context.Background(), &m); err != nil {
		tb.Fatalf("CreateMission(%q): %v", m.Name, err)
	}
	return m
}

// mustPerson creates a person and returns them with their ID.
func mustPerson(tb testing.TB, s *Store, p liaison.Person) liaison.Person {
	tb.Helper()
	if err := s.CreatePerson(context.Background(), &p); err != nil {
		tb.Fatalf("CreatePerson(%q): %v", p.FullName(), err)
	}
	return p
}

func mustEvent(tb testing.TB, s *Store, title string) liaison.Event {
	tb.Helper()
	e := liaison.Event{Title: title, Kind: liaison.Briefing, StartsAt: liaison.Day(2026, 12, 1).At(10, 0)}
	if err := s.CreateEvent(context.Background(), &e); err != nil {
		tb.Fatalf("CreateEvent: %v", err)
	}
	return e
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	t.Run("creates a private file in a private folder", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("POSIX permissions")
		}
		path := filepath.Join(t.TempDir(), "new", "liaison.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := fi.Mode().Perm(), os.FileMode(0o600); got != want {
			t.Errorf("file mode = %v, want %v", got, want)
		}
		di, _ := os.Stat(filepath.Dir(path))
		if got, want := di.Mode().Perm(), os.FileMode(0o700); got != want {
			t.Errorf("folder mode = %v, want %v", got, want)
		}
		if v, err := s.SchemaVersion(ctx); err != nil || v < 1 {
			t.Errorf("SchemaVersion = %d, %v; want >= 1", v, err)
		}
	})
	t.Run("keeps data across opens", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "liaison.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
		s.Close()
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		got, err := s.Mission(ctx, m.ID)
		if err != nil || got.Name != m.Name {
			t.Errorf("Mission after reopen = %+v, %v", got, err)
		}
	})
	t.Run("refuses a file that is not a database", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.db")
		os.WriteFile(path, []byte("Dear colleagues, please find attached"), 0o600)
		_, err := Open(ctx, path)
		if err == nil || !strings.Contains(err.Error(), "not a Liaison database") {
			t.Fatalf("Open(text file) = %v, want 'not a Liaison database'", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "Dear colleagues, please find attached" {
			t.Error("the file was changed")
		}
	})
	t.Run("refuses a database from a newer Liaison", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "liaison.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		s.db.Exec(`INSERT INTO schema_migrations VALUES (9999, '9999_future', '')`)
		s.Close()
		if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer Liaison") {
			t.Fatalf("Open = %v, want 'newer Liaison'", err)
		}
	})
}

func TestMissions(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	de := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany",
		ShortName: "Germany", Phones: []string{"+7 7172 79 12 00"}, NationalDay: liaison.MonthDay{Month: 10, Day: 3}})

	t.Run("round trip", func(t *testing.T) {
		got, err := s.Mission(ctx, de.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != de.Name || got.NationalDay != de.NationalDay || len(got.Phones) != 1 || got.Phones[0] != de.Phones[0] {
			t.Errorf("Mission = %+v, want %+v", got, de)
		}
	})
	t.Run("not found is a sentinel", func(t *testing.T) {
		if _, err := s.Mission(ctx, 999); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("Mission(999) error = %v, want ErrNotFound", err)
		}
		if err := s.UpdateMission(ctx, liaison.Mission{ID: 999, Kind: liaison.Embassy, Country: "FR", Name: "x"}); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("UpdateMission(999) error = %v, want ErrNotFound", err)
		}
	})
	t.Run("invalid is refused and nothing written", func(t *testing.T) {
		bad := liaison.Mission{Kind: liaison.Embassy, Country: "XX", Name: "Nowhere"}
		err := s.CreateMission(ctx, &bad)
		if !errors.Is(err, liaison.ErrInvalid) || !strings.Contains(err.Error(), "Country") {
			t.Errorf("CreateMission(XX) error = %v, want ErrInvalid naming Country", err)
		}
		ms, _ := s.Missions(ctx, MissionQuery{})
		if len(ms) != 1 {
			t.Errorf("%d missions after a refused create, want 1", len(ms))
		}
	})
	t.Run("delete of an empty mission deletes", func(t *testing.T) {
		m := mustMission(t, s, liaison.Mission{Kind: liaison.OtherMission, Name: "Typo"})
		archived, err := s.DeleteMission(ctx, m.ID, 0)
		if err != nil || archived {
			t.Fatalf("DeleteMission = %v, %v; want deleted", archived, err)
		}
		if _, err := s.Mission(ctx, m.ID); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("deleted mission still there: %v", err)
		}
	})
	t.Run("delete of a mission with people archives", func(t *testing.T) {
		m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "FR", Name: "Embassy of France"})
		mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Dupont"})
		archived, err := s.DeleteMission(ctx, m.ID, 0)
		if err != nil || !archived {
			t.Fatalf("DeleteMission = %v, %v; want archived", archived, err)
		}
		got, err := s.Mission(ctx, m.ID)
		if err != nil || !got.Archived {
			t.Errorf("Mission = %+v, %v; want archived", got, err)
		}
		ms, _ := s.Missions(ctx, MissionQuery{})
		for _, hm := range ms {
			if hm.Mission.ID == m.ID {
				t.Error("archived mission listed by default")
			}
		}
		all, _ := s.Missions(ctx, MissionQuery{IncludeArchived: true})
		if len(all) != 2 {
			t.Errorf("%d missions with archived, want 2", len(all))
		}
	})
}

func TestPeople(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "IT", Name: "Embassy of Italy"})

	t.Run("round trip of every field", func(t *testing.T) {
		want := liaison.Person{MissionID: m.ID, FamilyName: "Rossi", GivenName: "Mario", MiddleName: "Luigi",
			AltName: "Росси Марио", Salutation: "Mr.", Rank: liaison.Counsellor, Position: "Political section",
			Agrement: liaison.Day(2023, 1, 2), Credentials: liaison.Day(2023, 2, 3).At(11, 30),
			Notification: liaison.Day(2023, 1, 5), Emails: []string{"m.rossi@example.org", "mario@example.org"},
			Phones: []string{"+7 701 111 22 33"}, Languages: []string{"it", "en", "ru"}, Spouse: "Anna",
			Notes: "Prefers Russian", PostingStart: liaison.Day(2022, 9, 1), PostingEnd: liaison.Day(2026, 8, 31)}
		want = mustPerson(t, s, want)
		got, err := s.Person(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := personString(got), personString(want); g != w {
			t.Errorf("Person =\n%s\nwant\n%s", g, w)
		}
	})
	t.Run("a new head of mission takes over from the old", func(t *testing.T) {
		old := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Bianchi", Rank: liaison.ChargeAI, HeadOfMission: true})
		amb := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Verdi", Rank: liaison.Ambassador, HeadOfMission: true})
		got, _ := s.Person(ctx, old.ID)
		if got.HeadOfMission {
			t.Error("the chargé is still head after the ambassador arrived")
		}
		ms, _ := s.Missions(ctx, MissionQuery{})
		if len(ms) != 1 || ms[0].Head.ID != amb.ID {
			t.Errorf("mission head = %+v, want %s", ms, amb.FullName())
		}
	})
	t.Run("a person of a missing mission is refused", func(t *testing.T) {
		p := liaison.Person{MissionID: 999, FamilyName: "Ghost"}
		if err := s.CreatePerson(ctx, &p); !errors.Is(err, liaison.ErrNotFound) {
			t.Errorf("CreatePerson(mission 999) = %v, want ErrNotFound", err)
		}
	})
	t.Run("delete with history archives", func(t *testing.T) {
		p := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Neri"})
		e := mustEvent(t, s, "Reception")
		if _, err := s.Invite(ctx, e.ID, []int64{p.ID}, liaison.Planned); err != nil {
			t.Fatal(err)
		}
		archived, err := s.DeletePerson(ctx, p.ID, 0)
		if err != nil || !archived {
			t.Fatalf("DeletePerson = %v, %v; want archived", archived, err)
		}
		hist, err := s.PersonHistory(ctx, p.ID)
		if err != nil || len(hist) != 1 {
			t.Errorf("history after delete = %d rows, %v; want 1", len(hist), err)
		}
	})
	t.Run("paging and counting", func(t *testing.T) {
		n, err := s.CountPeople(ctx, PeopleQuery{})
		if err != nil {
			t.Fatal(err)
		}
		page, err := s.People(ctx, PeopleQuery{Limit: 2, Offset: 1})
		if err != nil {
			t.Fatal(err)
		}
		if n != 3 || len(page) != 2 {
			t.Errorf("count = %d, page = %d; want 3 current people and a page of 2", n, len(page))
		}
		if page[0].Mission.ID != m.ID {
			t.Errorf("row mission = %+v, want %d", page[0].Mission, m.ID)
		}
	})
}

func personString(p liaison.Person) string {
	return strings.Join([]string{p.FamilyName, p.GivenName, p.MiddleName, p.AltName, p.Salutation,
		string(p.Rank), p.Position, p.Agrement.String(), p.Credentials.String(), p.Notification.String(),
		strings.Join(p.Emails, ","), strings.Join(p.Phones, ","), strings.Join(p.Languages, ","), p.Spouse,
		p.Notes, p.PostingStart.String(), p.PostingEnd.String()}, "|")
}

func TestUpdateIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	err := s.Update(ctx, func(tx *Tx) error {
		m := liaison.Mission{Kind: liaison.Embassy, Country: "AT", Name: "Embassy of Austria"}
		if err := tx.CreateMission(&m); err != nil {
			return err
		}
		bad := liaison.Person{MissionID: m.ID} // no name
		return tx.CreatePerson(&bad)
	})
	if !errors.Is(err, liaison.ErrInvalid) {
		t.Fatalf("Update = %v, want ErrInvalid", err)
	}
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Error("the mission of a failed transaction was kept")
	}
	if rs, _ := s.Search(ctx, "austria", 10, true); len(rs) != 0 {
		t.Errorf("the search index kept %d rows of a failed transaction", len(rs))
	}
}

// TestConcurrentWriters checks that transactions that read and then write
// wait for each other instead of failing with SQLITE_BUSY.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "PL", Name: "Embassy of Poland"})
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 5 {
				err := s.Update(ctx, func(tx *Tx) error {
					if _, err := mission(ctx, tx.tx, m.ID); err != nil {
						return err
					}
					time.Sleep(time.Millisecond)
					p := liaison.Person{MissionID: m.ID, FamilyName: "Kowalski", GivenName: string(rune('A'+i)) + string(rune('a'+j))}
					return tx.CreatePerson(&p)
				})
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	if n, _ := s.CountPeople(ctx, PeopleQuery{}); n != 40 {
		t.Errorf("%d people, want 40", n)
	}
}

func TestWindowsPaths(t *testing.T) {
	env := map[string]string{
		"LocalAppData": filepath.Join("C:", "Users", "Әсел", "AppData", "Local"),
		"AppData":      filepath.Join("C:", "Users", "Әсел", "AppData", "Roaming"),
	}
	local, roaming, err := WindowsPaths(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if got, want := local, filepath.Join(env["LocalAppData"], "Liaison", "liaison.db"); got != want {
		t.Errorf("local = %q, want %q", got, want)
	}
	if got, want := roaming, filepath.Join(env["AppData"], "Liaison", "liaison.db"); got != want {
		t.Errorf("roaming = %q, want %q", got, want)
	}
	if _, _, err := WindowsPaths(func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "--db") {
		t.Errorf("without %%LocalAppData%%: %v", err)
	}
}
