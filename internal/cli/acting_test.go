package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// personID finds a person of the sample by family name.
func personID(t *testing.T, db, family string) string {
	t.Helper()
	var people []struct {
		ID       int64  `json:"id"`
		FullName string `json:"full_name"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		if strings.HasPrefix(p.FullName, family+" ") {
			return strconv64(p.ID)
		}
	}
	t.Fatalf("no %s in the sample", family)
	return ""
}

func TestActingHead(t *testing.T) {
	db := demoDB(t)
	virtanen, laine := personID(t, db, "Virtanen"), personID(t, db, "Laine")

	out := mustRun(t, db, "acting-head", "--person", virtanen, "--since", "2026-11-20")
	if want := "Virtanen Johanna is the chargé d'affaires a.i. of Finland, notified 2026-11-20\n"; out != want {
		t.Errorf("acting-head printed %q, want %q", out, want)
	}
	for _, tc := range []struct {
		name string
		args []string
		says string
	}{
		{"twice", []string{"--person", virtanen}, "already the head of Finland"},
		{"a mission with a head", []string{"--person", laine}, "Finland has a head, Virtanen Johanna; mark them departed first"},
		{"no person", nil, "acting-head needs --person ID"},
		{"a bad date", []string{"--person", laine, "--since", "soon"}, "--since"},
	} {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			_, errOut, code := liaisonCmd(t, db, append([]string{"acting-head"}, tc.args...)...)
			if code != 1 || !strings.Contains(errOut, tc.says) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, errOut, tc.says)
			}
		})
	}

	t.Run("invite --heads covers vacant posts and ranks the acting head", func(t *testing.T) {
		id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Briefing", "--date", "2026-12-03"))
		out := mustRun(t, db, "invite", "--event", id, "--heads")
		if !strings.Contains(out, "through their senior member (no head): Brazil\n") || strings.Contains(out, "nobody at post") {
			t.Errorf("invite --heads printed %q; want Brazil through its senior member, nobody left out", out)
		}
		var rows []struct {
			Person string `json:"person"`
			Rank   string `json:"rank"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, db, "list", "invitations", "--event", id, "--json")), &rows); err != nil {
			t.Fatal(err)
		}
		found := false
		for i, r := range rows {
			if strings.HasPrefix(r.Person, "Virtanen") {
				found = r.Rank == "charge_ai"
				if i > 0 && rows[i-1].Rank != "charge_ai" && rows[i-1].Rank != "charge_en_pied" && rows[i-1].Rank != "ambassador" {
					t.Errorf("%s after %+v, want her among the chargés a.i.", r.Person, rows[i-1])
				}
			}
		}
		if !found {
			t.Errorf("Virtanen is not on the list as chargé a.i.: %+v", rows)
		}
	})
}
