package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fixedNow is the day the tests run on.
func fixedNow() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) }

// liaisonCmd runs the command line against the database at db and returns
// what it printed and its exit code.
func liaisonCmd(t *testing.T, db string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	g, rest, err := ParseGlobals(append([]string{"--db", db}, args...), func(string) string { return "" })
	if err != nil {
		t.Fatalf("ParseGlobals(%q): %v", args, err)
	}
	code = Run(context.Background(), g, rest, &out, &errOut, fixedNow)
	return out.String(), errOut.String(), code
}

// mustRun runs a command that must succeed and returns its output.
func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, errOut, code := liaisonCmd(t, db, args...)
	if code != 0 {
		t.Fatalf("liaison %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// demoDB returns a database loaded with the sample.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	mustRun(t, db, "demo")
	return db
}

func TestDemoAndListMissions(t *testing.T) {
	db := demoDB(t)
	var missions []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "missions", "--json")), &missions); err != nil {
		t.Fatal(err)
	}
	// The sample's 57 accredited missions and its 5 government bodies.
	accredited := 0
	for _, m := range missions {
		if m["kind"] != "government" {
			accredited++
		}
	}
	if got, want := len(missions), 62; got != want {
		t.Errorf("%d missions, want %d", got, want)
	}
	if got, want := accredited, 57; got != want {
		t.Errorf("%d missions besides the government bodies, want %d", got, want)
	}
	for _, key := range []string{"id", "name", "country", "kind", "head", "head_rank", "archived"} {
		if _, ok := missions[0][key]; !ok {
			t.Errorf("mission JSON has no %q: %v", key, missions[0])
		}
	}
	t.Run("demo refuses a database with data", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "demo")
		if code != 1 || !strings.Contains(errOut, "already has data") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("second demo: exit %d, stderr %q", code, errOut)
		}
	})
}

func TestInviteHeadsInPrecedenceOrder(t *testing.T) {
	db := demoDB(t)
	id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Briefing", "--date", "2026-12-03", "--time", "10:00", "--venue", "Conference hall"))
	mustRun(t, db, "invite", "--event", id, "--heads")
	var rows []struct {
		Precedence int    `json:"precedence"`
		PersonID   int64  `json:"person_id"`
		Person     string `json:"person"`
		Mission    string `json:"mission"`
		Rank       string `json:"rank"`
		Status     string `json:"status"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "invitations", "--event", id, "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) < 40 {
		t.Fatalf("%d invitations, want every head of mission", len(rows))
	}
	if rows[0].Rank != "ambassador" || rows[0].Precedence != 1 || rows[0].Status != "planned" {
		t.Errorf("first on the list = %+v, want the doyen (an ambassador), planned", rows[0])
	}
	// Ambassadors come before chargés, chargés before organisations.
	order := map[string]int{"ambassador": 0, "charge_en_pied": 1, "charge_ai": 2}
	last := 0
	for _, r := range rows {
		if o, ok := order[r.Rank]; ok {
			if o < last {
				t.Errorf("%s (%s) after a lower class", r.Person, r.Rank)
			}
			last = o
		}
	}

	t.Run("rsvp", func(t *testing.T) {
		person := strconv64(rows[0].PersonID)
		out := mustRun(t, db, "rsvp", "--event", id, "--person", person, "--status", "accepted")
		if !strings.Contains(out, "Accepted") {
			t.Errorf("rsvp printed %q", out)
		}
		var evs []map[string]any
		json.Unmarshal([]byte(mustRun(t, db, "list", "events", "--json")), &evs)
		for _, e := range evs {
			if e["title"] == "Briefing" && (e["accepted"] != 1.0 || e["starts_at"] != "2026-12-03T10:00") {
				t.Errorf("event = %v", e)
			}
		}
	})
	t.Run("rsvp with an unknown status writes nothing", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "rsvp", "--event", id, "--person", strconv64(rows[1].PersonID), "--status", "maybe")
		if code != 1 || !strings.Contains(errOut, `"maybe" is not a status`) {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func strconv64(id int64) string { return strconv.FormatInt(id, 10) }

func TestSearchFindsAcrossScripts(t *testing.T) {
	db := demoDB(t)
	var rs []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, db, "search", "elkin", "--json")), &rs); err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 || !strings.Contains(rs[0]["name"].(string), "Ёлкин") || rs[0]["kind"] != "person" {
		t.Errorf("search elkin = %v, want a Ёлкин first", rs)
	}
	for _, key := range []string{"kind", "id", "name", "mission"} {
		if len(rs) > 0 {
			if _, ok := rs[0][key]; !ok {
				t.Errorf("search JSON has no %q", key)
			}
		}
	}
	if out := mustRun(t, db, "search", "Германия"); !strings.Contains(out, "Germany") {
		t.Errorf("search Германия:\n%s", out)
	}
}

func TestPeopleJSONKeys(t *testing.T) {
	db := demoDB(t)
	var people []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	if len(people) == 0 {
		t.Fatal("no people")
	}
	for _, key := range []string{"id", "full_name", "mission_id", "mission", "rank", "position", "head_of_mission", "emails", "phones", "departed"} {
		if _, ok := people[0][key]; !ok {
			t.Errorf("person JSON has no %q", key)
		}
	}
}

func TestFailures(t *testing.T) {
	db := filepath.Join(t.TempDir(), "liaison.db")
	tests := []struct {
		name string
		args []string
		want string // in the one line on stderr
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"list nothing", []string{"list"}, "list what?"},
		{"event without date", []string{"events", "add", "--title", "X"}, "needs --title and --date"},
		{"bad date", []string{"events", "add", "--title", "X", "--date", "31.02.2026"}, `"31.02.2026" is not a date`},
		{"bad time", []string{"events", "add", "--title", "X", "--date", "2026-12-01", "--time", "25:00"}, "is not a time of day"},
		{"invite missing event", []string{"invite", "--event", "42", "--heads"}, "event 42: not found"},
		{"invite two ways", []string{"invite", "--event", "1", "--heads", "--person", "3"}, "needs one of"},
		{"bad id", []string{"list", "invitations", "--event", "abc"}, `"abc" is not an ID`},
		{"unknown flag", []string{"list", "missions", "--colour"}, "flag provided but not defined"},
		{"empty search", []string{"search"}, "search needs something"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := liaisonCmd(t, db, tt.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "liaison: ") {
				t.Errorf("stderr = %q, want one line with %q", errOut, tt.want)
			}
		})
	}
	t.Run("nothing was written", func(t *testing.T) {
		if out := mustRun(t, db, "list", "events"); strings.Count(out, "\n") != 1 {
			t.Errorf("events after failures:\n%s", out)
		}
	})
}

func TestDatabaseLocation(t *testing.T) {
	t.Run("LIAISON_DB", func(t *testing.T) {
		g, _, err := ParseGlobals([]string{"where"}, func(k string) string {
			if k == "LIAISON_DB" {
				return "/tmp/x.db"
			}
			return ""
		})
		if err != nil || g.DBPath != "/tmp/x.db" {
			t.Errorf("DBPath = %q, %v", g.DBPath, err)
		}
	})
	t.Run("--db wins over LIAISON_DB", func(t *testing.T) {
		g, rest, err := ParseGlobals([]string{"--db", "a.db", "list", "missions"}, func(string) string { return "b.db" })
		if err != nil || g.DBPath != "a.db" || strings.Join(rest, " ") != "list missions" {
			t.Errorf("DBPath = %q, rest %q, %v", g.DBPath, rest, err)
		}
	})
	t.Run("a file that is not a database", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "letter.db")
		os.WriteFile(path, []byte("not a database"), 0o600)
		_, errOut, code := liaisonCmd(t, path, "list", "missions")
		if code != 1 || !strings.Contains(errOut, "not a Liaison database") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}
