package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestMissionsAddEditNames(t *testing.T) {
	db := filepath.Join(t.TempDir(), "liaison.db")
	id := strings.TrimSpace(mustRun(t, db, "missions", "add", "--kind", "embassy", "--country", "TM",
		"--name", "Embassy of Turkmenistan", "--short", "Turkmenistan", "--name-ru", "Посольство Туркменистана"))
	mustRun(t, db, "missions", "edit", "--mission", id, "--name-kk", "Түрікменстан Елшілігі", "--short-ru", "Туркменистан")

	var ms []struct {
		ID    int64                                   `json:"id"`
		Name  string                                  `json:"name"`
		Names map[string]struct{ Name, Short string } `json:"names"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "missions", "--json")), &ms); err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || strconv64(ms[0].ID) != id {
		t.Fatalf("list missions --json = %+v", ms)
	}
	m := ms[0]
	if m.Name != "Embassy of Turkmenistan" || m.Names["ru"].Name != "Посольство Туркменистана" ||
		m.Names["ru"].Short != "Туркменистан" || m.Names["kk"].Name != "Түрікменстан Елшілігі" {
		t.Errorf("names after add and edit: %+v", m)
	}
	if _, ok := m.Names["en"]; ok {
		t.Errorf("an English name appeared: %+v", m.Names["en"])
	}

	t.Run("the table speaks the locale's language", func(t *testing.T) {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", "ru_RU.UTF-8")
		if out := mustRun(t, db, "list", "missions"); !strings.Contains(out, "Посольство Туркменистана") {
			t.Errorf("list missions in Russian:\n%s", out)
		}
	})
	t.Run("an empty flag clears a name, others stay", func(t *testing.T) {
		mustRun(t, db, "missions", "edit", "--mission", id, "--name-kk", "")
		out := mustRun(t, db, "list", "missions", "--json")
		if strings.Contains(out, "Елшілігі") || !strings.Contains(out, "Посольство Туркменистана") {
			t.Errorf("after clearing the Kazakh name:\n%s", out)
		}
	})
	t.Run("search finds it by its Russian name", func(t *testing.T) {
		if out := mustRun(t, db, "search", "Посольство Туркменистана"); !strings.Contains(out, "Turkmenistan") {
			t.Errorf("search:\n%s", out)
		}
	})
	t.Run("bad input writes nothing", func(t *testing.T) {
		for _, args := range [][]string{
			{"missions", "add", "--name", "Embassy of Nowhere"},
			{"missions", "add", "--kind", "embassy", "--country", "Atlantis", "--name", "Embassy of Atlantis"},
			{"missions", "edit", "--mission", id, "--name", ""},
			{"missions", "edit", "--mission", "999", "--name-ru", "Посольство"},
		} {
			if _, errOut, code := liaisonCmd(t, db, args...); code != 1 || errOut == "" {
				t.Errorf("liaison %s: exit %d, %q; want an error", strings.Join(args, " "), code, errOut)
			}
		}
		if out := mustRun(t, db, "list", "missions", "--json"); strings.Count(out, `"id"`) != 1 || !strings.Contains(out, "Embassy of Turkmenistan") {
			t.Errorf("after refused commands:\n%s", out)
		}
	})
}

func TestInviteAndRSVPForTwo(t *testing.T) {
	db, amb, counsellor := embassyDB(t)
	id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Reception", "--date", "2026-12-10"))
	mustRun(t, db, "invite", "--event", id, "--person", strconv64(amb), "--status", "invited", "--for-two")
	mustRun(t, db, "invite", "--event", id, "--person", strconv64(counsellor), "--status", "invited")
	guests := func() map[int64]int {
		var rows []struct {
			PersonID int64 `json:"person_id"`
			Guests   int   `json:"guests"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, db, "list", "invitations", "--event", id, "--json")), &rows); err != nil {
			t.Fatal(err)
		}
		out := map[int64]int{}
		for _, r := range rows {
			out[r.PersonID] = r.Guests
		}
		return out
	}
	if g := guests(); g[amb] != 2 || g[counsellor] != 1 {
		t.Errorf("after invite: guests %v; want the ambassador 2, the counsellor 1", g)
	}
	out := mustRun(t, db, "rsvp", "--event", id, "--person", strconv64(counsellor), "--status", "accepted", "--for-two")
	if !strings.Contains(out, "Accepted, for two") {
		t.Errorf("rsvp --for-two printed %q", out)
	}
	mustRun(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--alone")
	if g := guests(); g[amb] != 1 || g[counsellor] != 2 {
		t.Errorf("after rsvp: guests %v; want the ambassador 1, the counsellor 2", g)
	}
	if _, errOut, code := liaisonCmd(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--for-two", "--alone"); code != 1 ||
		!strings.Contains(errOut, "not both") {
		t.Errorf("--for-two --alone: exit %d, %q", code, errOut)
	}
	if g := guests(); g[amb] != 1 {
		t.Errorf("a refused rsvp changed the ambassador's guests to %d", g[amb])
	}
}
