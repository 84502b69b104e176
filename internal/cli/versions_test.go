package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestIfVersion: a script that read a record passes its version; when
// another officer changed the record since, the command exits 1 with one
// line naming the record, and writes nothing.
func TestIfVersion(t *testing.T) {
	db, amb, _ := embassyDB(t)
	var ms []struct {
		ID      int64  `json:"id"`
		Name    string `json:"name"`
		Version int64  `json:"version"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "missions", "--json")), &ms); err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Version != 1 {
		t.Fatalf("list missions --json = %+v, want one mission at version 1", ms)
	}
	id := strconv64(ms[0].ID)

	mustRun(t, db, "missions", "edit", "--mission", id, "--if-version", "1", "--short", "Germany")
	// The script read version 1; the mission is at 2 now.
	stdout, stderr, code := liaisonCmd(t, db, "missions", "edit", "--mission", id, "--if-version", "1", "--short", "FRG")
	if code != 1 || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
	}
	want := "liaison: conflict: mission " + id + " (Germany) was changed by someone else meanwhile (now version 2); nothing saved — look again and retry\n"
	if stderr != want {
		t.Errorf("stderr =\n%s\nwant\n%s", stderr, want)
	}
	if out := mustRun(t, db, "list", "missions", "--json"); !strings.Contains(out, `"short_name": "Germany"`) || !strings.Contains(out, `"version": 2`) {
		t.Errorf("after the refused edit:\n%s", out)
	}

	t.Run("rsvp", func(t *testing.T) {
		ev := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Reception", "--date", "2026-12-10"))
		mustRun(t, db, "invite", "--event", ev, "--person", strconv64(amb), "--status", "invited")
		mustRun(t, db, "rsvp", "--event", ev, "--person", strconv64(amb), "--status", "accepted", "--if-version", "1")
		_, stderr, code := liaisonCmd(t, db, "rsvp", "--event", ev, "--person", strconv64(amb), "--status", "declined", "--if-version", "1")
		if code != 1 || !strings.HasPrefix(stderr, "liaison: conflict: invitation ") ||
			!strings.Contains(stderr, "(Schmidt Hans, Reception) was changed by someone else meanwhile (now version 2); nothing saved") ||
			strings.Count(stderr, "\n") != 1 {
			t.Errorf("exit %d: %q", code, stderr)
		}
		var invs []struct {
			Status  string `json:"status"`
			Version int64  `json:"version"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, db, "list", "invitations", "--event", ev, "--json")), &invs); err != nil {
			t.Fatal(err)
		}
		if len(invs) != 1 || invs[0].Status != "accepted" || invs[0].Version != 2 {
			t.Errorf("after the refused reply: %+v, want accepted at version 2", invs)
		}
	})

	t.Run("a version that is not a number", func(t *testing.T) {
		_, stderr, code := liaisonCmd(t, db, "missions", "edit", "--mission", id, "--if-version", "two", "--short", "X")
		if code != 1 || !strings.Contains(stderr, `"two" is not a version`) {
			t.Errorf("exit %d: %q", code, stderr)
		}
	})
}
