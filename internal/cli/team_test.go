package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"liaison/internal/backup"
	"liaison/internal/pgtest"
	"liaison/internal/store"
)

// The tests of the office's database start one throwaway PostgreSQL server
// when the first of them runs, and TestMain stops it.
var (
	serverOnce sync.Once
	server     *pgtest.Server
	serverErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if server != nil {
		if err := server.Stop(); err != nil && code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// serverDatabase creates an empty database on the test server and returns
// its URL.
func serverDatabase(t *testing.T) string {
	t.Helper()
	if os.Getenv(pgtest.SkipEnv) == "skip" {
		t.Skip("no PostgreSQL server: " + pgtest.SkipEnv + "=skip")
	}
	serverOnce.Do(func() { server, serverErr = pgtest.Start() })
	if serverErr != nil {
		t.Fatal(serverErr)
	}
	u, err := server.CreateDatabase(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// asLogin returns the URL of the same database for another login.
func asLogin(t *testing.T, target, login string) string {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(login)
	return u.String()
}

// privateDataHome keeps snapshots of a server's database, which go beside
// the officer's own database, out of the real data folder.
func privateDataHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	return filepath.Join(dir, "liaison", "backups")
}

// peopleNames lists the people of a database, as list people --json says.
func peopleNames(t *testing.T, db string) []string {
	t.Helper()
	var people []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--all", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, fmt.Sprint(p["id"], " ", p["full_name"]))
	}
	return names
}

func TestCopyCommand(t *testing.T) {
	backups := privateDataHome(t)
	file := demoDB(t)
	srv := serverDatabase(t)
	want := peopleNames(t, file)

	out := mustRun(t, "", "copy", "--from", file, "--to", srv)
	if !strings.Contains(out, "62 missions") || !strings.Contains(out, "entries of history") {
		t.Errorf("copy printed %q", out)
	}
	if got := peopleNames(t, srv); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the server lists %d people, the file %d", len(got), len(want))
	}
	if out := mustRun(t, srv, "search", "Ёлкин"); out != mustRun(t, file, "search", "Ёлкин") {
		t.Errorf("search on the server = %q", out)
	}

	t.Run("refuses a target with data", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, "", "copy", "--from", file, "--to", srv)
		if code != 1 || !strings.Contains(errOut, "--replace") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("copy over data: exit %d, %q", code, errOut)
		}
	})

	t.Run("replace keeps a snapshot", func(t *testing.T) {
		mustRun(t, srv, "events", "add", "--title", "Only on the server", "--date", "2026-12-10")
		out := mustRun(t, "", "copy", "--from", file, "--to", srv, "--replace")
		files, _ := filepath.Glob(filepath.Join(backups, "liaison-before-copy-*.db"))
		if len(files) != 1 || !strings.Contains(out, files[0]) {
			t.Fatalf("copy --replace printed %q; snapshots %v", out, files)
		}
		if !strings.Contains(mustRun(t, files[0], "list", "events", "--all"), "Only on the server") {
			t.Error("the snapshot does not hold what the server held")
		}
		if strings.Contains(mustRun(t, srv, "list", "events", "--all"), "Only on the server") {
			t.Error("the server still holds what the copy replaced")
		}
	})

	t.Run("server to file", func(t *testing.T) {
		back := filepath.Join(t.TempDir(), "back.db")
		mustRun(t, "", "copy", "--from", srv, "--to", back)
		if got := peopleNames(t, back); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("the copy back lists %d people, want %d", len(got), len(want))
		}
	})

	t.Run("file to file", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "other.db")
		mustRun(t, "", "copy", "--from", file, "--to", other)
		if got := peopleNames(t, other); len(got) != len(want) {
			t.Errorf("the copy lists %d people, want %d", len(got), len(want))
		}
	})

	t.Run("bad arguments", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "missing.db")
		for _, args := range [][]string{
			{"copy", "--from", file},
			{"copy", "--from", missing, "--to", srv},
			{"copy", "--from", file, "--to", file},
		} {
			_, errOut, code := liaisonCmd(t, "", args...)
			if code != 1 || strings.Count(errOut, "\n") != 1 {
				t.Errorf("%q: exit %d, %q", args, code, errOut)
			}
		}
		if _, err := os.Stat(missing); err == nil {
			t.Error("copy from a missing file created it")
		}
	})

	t.Run("a failed copy leaves no new file", func(t *testing.T) {
		// An invitation of nobody, which SQLite takes with its foreign
		// keys off, fails the copy at the invitations.
		broken := filepath.Join(t.TempDir(), "broken.db")
		mustRun(t, "", "copy", "--from", file, "--to", broken)
		raw, err := sql.Open("sqlite", "file:"+broken)
		if err != nil {
			t.Fatal(err)
		}
		_, err = raw.Exec(`INSERT INTO invitations (event_id, person_id, status, created_at, updated_at)
			SELECT id, 999999, 'invited', '', '' FROM events LIMIT 1`)
		raw.Close()
		if err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(t.TempDir(), "new.db")
		_, errOut, code := liaisonCmd(t, "", "copy", "--from", broken, "--to", target)
		if code != 1 || !strings.Contains(errOut, "invitations") {
			t.Errorf("copy of a broken file: exit %d, %q", code, errOut)
		}
		if entries, _ := os.ReadDir(filepath.Dir(target)); len(entries) != 0 {
			t.Errorf("the failed copy left %d files", len(entries))
		}
	})
}

func TestTeamInitCommand(t *testing.T) {
	srv := serverDatabase(t)
	out := mustRun(t, "", "team", "init", srv)
	u, _ := url.Parse(srv)
	db := strings.TrimPrefix(u.Path, "/")
	officers, viewers := db+"_officers", db+"_viewers"
	for _, want := range []string{"GRANT " + officers + " TO alice;", "GRANT " + viewers + " TO bob;",
		"CREATE ROLE alice LOGIN", "liaison --db postgres://alice@", "PGPASSWORD"} {
		if !strings.Contains(out, want) {
			t.Errorf("team init printed no %q:\n%s", want, out)
		}
	}
	if again := mustRun(t, "", "team", "init", srv); strings.Contains(again, "Created the roles") {
		t.Errorf("team init again created roles:\n%s", again)
	}
	mustRun(t, srv, "demo")

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, srv)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{`CREATE ROLE ` + db + `_bob LOGIN IN ROLE ` + viewers, `CREATE ROLE ` + db + `_norights LOGIN`} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	viewer := asLogin(t, srv, db+"_bob")
	if out := mustRun(t, viewer, "list", "missions"); !strings.Contains(out, "Kazakhstan") && !strings.Contains(out, "Russia") {
		t.Errorf("a viewer's list of missions = %q", out)
	}
	for _, args := range [][]string{
		{"events", "add", "--title", "Briefing", "--date", "2026-12-10"},
		{"rsvp", "--event", "1", "--person", "1", "--status", "accepted"},
		{"erase", "--person", "1", "--yes"},
	} {
		_, errOut, code := liaisonCmd(t, viewer, args...)
		if want := "liaison: " + store.ErrReadOnly.Error() + "\n"; code != 1 || errOut != want {
			t.Errorf("a viewer's %s: exit %d, %q; want %q", args[0], code, errOut, want)
		}
	}

	t.Run("a login that may not create roles", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, "", "team", "init", asLogin(t, srv, db+"_norights"))
		if code != 1 || !strings.Contains(errOut, "team init as") {
			t.Errorf("team init without rights: exit %d, %q", code, errOut)
		}
	})
	t.Run("a file", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, "", "team", "init", filepath.Join(t.TempDir(), "x.db"))
		if code != 1 || !strings.Contains(errOut, "postgres://") {
			t.Errorf("team init on a file: exit %d, %q", code, errOut)
		}
	})
}

func TestBackupOnServer(t *testing.T) {
	backups := privateDataHome(t)
	srv := serverDatabase(t)
	mustRun(t, srv, "demo")
	snap := filepath.Join(t.TempDir(), "office.db")
	out := mustRun(t, srv, "backup", snap)
	if !strings.Contains(out, "snapshot") || !strings.Contains(out, "62 missions") || !strings.Contains(out, "personal data") {
		t.Errorf("backup printed %q", out)
	}
	info, err := store.Check(context.Background(), snap)
	if err != nil || info.Missions != 62 || info.People == 0 {
		t.Errorf("Check(snapshot) = %+v, %v", info, err)
	}
	// Without FILE, beside the officer's own backups, never taken for one.
	out = mustRun(t, srv, "backup")
	today := filepath.Join(backups, "liaison-office-"+fixedNow().Format("2006-01-02")+".db")
	if !strings.Contains(out, today) {
		t.Errorf("backup printed %q, want %s", out, today)
	}
	files, err := backup.List(backups)
	if err != nil || len(files) != 1 || files[0].Path != today || !files[0].Day.IsZero() {
		t.Errorf("the backup folder holds %+v, %v; want the snapshot, not as a daily backup", files, err)
	}
	_, errOut, code := liaisonCmd(t, srv, "restore", snap)
	if want := "liaison copy --from " + snap; code != 1 || !strings.Contains(errOut, want) {
		t.Errorf("restore on a server: exit %d, %q; want %q", code, errOut, want)
	}

	t.Run("no automatic backup of a server", func(t *testing.T) {
		s, err := store.Open(context.Background(), srv)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		dir := t.TempDir()
		if _, made, err := backup.DailyBackup(context.Background(), s, dir, fixedNow()); made || err != nil {
			t.Errorf("DailyBackup on a server = %v, %v; want none made", made, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("the automatic backup wrote %d files", len(entries))
		}
	})

	t.Run("export-person and erase", func(t *testing.T) {
		var d struct{ Person struct{ ID int64 } }
		if err := json.Unmarshal([]byte(mustRun(t, srv, "export-person", "--person", "1")), &d); err != nil || d.Person.ID != 1 {
			t.Fatalf("export-person = %+v, %v", d, err)
		}
		out := mustRun(t, srv, "erase", "--person", "1", "--yes")
		if !strings.Contains(out, "server's administrator") || !strings.Contains(out, "write-ahead log") {
			t.Errorf("erase on a server printed %q", out)
		}
	})

	t.Run("restore through copy", func(t *testing.T) {
		out := mustRun(t, "", "copy", "--from", snap, "--to", srv, "--replace")
		if !strings.Contains(out, "62 missions") {
			t.Errorf("copy printed %q", out)
		}
		if _, err := store.Check(context.Background(), snap); err != nil {
			t.Errorf("the snapshot after the restore: %v", err)
		}
		mustRun(t, srv, "export-person", "--person", "1") // back again
	})
}
