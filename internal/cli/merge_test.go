package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// twoPeople returns two current people of one mission of the sample, and
// how many people the sample lists.
func twoPeople(t *testing.T, db string) (a, b map[string]any, n int) {
	t.Helper()
	var people []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	byMission := map[any]map[string]any{}
	for _, p := range people {
		if first, ok := byMission[p["mission_id"]]; ok && p["mission_id"] != nil && p["mission_id"] != float64(0) {
			return p, first, len(people)
		}
		byMission[p["mission_id"]] = p
	}
	t.Fatal("the sample has no mission with two people")
	return nil, nil, 0
}

func TestMerge(t *testing.T) {
	db := demoDB(t)
	a, b, n := twoPeople(t, db)
	aID, bID := fmt.Sprint(a["id"]), fmt.Sprint(b["id"])
	count := func() int {
		var people []map[string]any
		_ = json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people)
		return len(people)
	}

	t.Run("dry run writes nothing", func(t *testing.T) {
		out := mustRun(t, db, "merge", "--person", aID, "--into", bID, "--dry-run")
		if !strings.HasPrefix(out, "Would merge person "+aID) || !strings.Contains(out, "deletes person "+aID) ||
			!strings.Contains(out, "Nothing was written") {
			t.Errorf("output:\n%s", out)
		}
		if got := count(); got != n {
			t.Errorf("%d people after a dry run, want %d", got, n)
		}
	})
	var batch string
	t.Run("merge", func(t *testing.T) {
		out := mustRun(t, db, "merge", "--person", aID, "--into", bID)
		if !strings.HasPrefix(out, "Merged person "+aID) || !strings.Contains(out, "liaison undo-import ") {
			t.Errorf("output:\n%s", out)
		}
		batch = strings.Fields(out[strings.Index(out, "liaison undo-import "):])[2]
		if got := count(); got != n-1 {
			t.Errorf("%d people after the merge, want %d", got, n-1)
		}
		hist := mustRun(t, db, "history", "--person", aID)
		if !strings.HasPrefix(hist, "Merged into person "+bID+" ("+fmt.Sprint(b["full_name"])+")") ||
			!strings.Contains(hist, "delete person "+aID+" (merge "+batch+")") {
			t.Errorf("history of the duplicate:\n%s", hist)
		}
		if imports := mustRun(t, db, "imports"); !strings.Contains(imports, "merge: "+fmt.Sprint(a["full_name"])) {
			t.Errorf("imports:\n%s", imports)
		}
	})
	t.Run("undo", func(t *testing.T) {
		mustRun(t, db, "undo-import", batch)
		if got := count(); got != n {
			t.Errorf("%d people after the undo, want %d", got, n)
		}
		if out := mustRun(t, db, "history", "--person", aID); !strings.Contains(out, "undone on") {
			t.Errorf("history after the undo:\n%s", out)
		}
	})
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"into itself", []string{"--person", aID, "--into", aID}, "into itself"},
		{"across kinds", []string{"--person", aID, "--mission", "1", "--into", bID}, "not both"},
		{"no survivor", []string{"--person", aID}, "--into ID"},
		{"a bad ID", []string{"--person", "x", "--into", bID}, "is not an ID"},
		{"an unknown person", []string{"--person", "99999", "--into", bID}, "person 99999: not found"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := liaisonCmd(t, db, append([]string{"merge"}, c.args...)...)
			if code != 1 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, errOut, c.want)
			}
		})
	}
}
