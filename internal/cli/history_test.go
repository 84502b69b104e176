package cli

import (
	"encoding/json"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
)

// liaison history names who made each change: on a file, the system user.
func TestHistoryNamesWho(t *testing.T) {
	u, err := user.Current()
	if err != nil || u.Username == "" {
		t.Skip("the system does not say who runs the tests")
	}
	db := demoDB(t)
	var people []struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	id := itoa(people[0].ID)
	out := mustRun(t, db, "history", "--person", id)
	if !strings.Contains(out, "  "+u.Username+"  create person "+id+"\n") {
		t.Errorf("history does not name %s as who created person %s:\n%s", u.Username, id, out)
	}
	var cs []struct{ Who string }
	if err := json.Unmarshal([]byte(mustRun(t, db, "history", "--person", id, "--json")), &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 || cs[len(cs)-1].Who != u.Username {
		t.Errorf("history --json = %+v, want Who %q", cs, u.Username)
	}
}

// liaison imports names who made each import.
func TestImportsNameWho(t *testing.T) {
	u, err := user.Current()
	if err != nil || u.Username == "" {
		t.Skip("the system does not say who runs the tests")
	}
	db := filepath.Join(t.TempDir(), "liaison.db")
	mustRun(t, db, "import", fixture("iphone30.vcf"))
	out := mustRun(t, db, "imports")
	if lines := strings.Split(out, "\n"); len(lines) < 2 || !strings.Contains(lines[0], "WHO") ||
		!strings.Contains(lines[1], " "+u.Username+" ") {
		t.Errorf("imports does not name %s:\n%s", u.Username, out)
	}
}
