package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"liaison/internal/liaison"
	"liaison/internal/store"
)

// embassyDB makes a database with one embassy, its ambassador and a
// counsellor, and returns it with their IDs.
func embassyDB(t *testing.T) (db string, amb, counsellor int64) {
	t.Helper()
	ctx := context.Background()
	db = filepath.Join(t.TempDir(), "liaison.db")
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"}
	if err := s.CreateMission(ctx, &m); err != nil {
		t.Fatal(err)
	}
	a := liaison.Person{MissionID: m.ID, FamilyName: "Schmidt", GivenName: "Hans", Rank: liaison.Ambassador, HeadOfMission: true}
	c := liaison.Person{MissionID: m.ID, FamilyName: "Weber", GivenName: "Anna", Rank: liaison.Counsellor}
	for _, p := range []*liaison.Person{&a, &c} {
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	return db, a.ID, c.ID
}

func TestRSVPBeforeTheEvent(t *testing.T) {
	db, amb, counsellor := embassyDB(t)
	// Today is 24.11.2026 (fixedNow); the briefing is on 10.12.2026.
	id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Briefing on the annual report", "--date", "2026-12-10"))
	mustRun(t, db, "invite", "--event", id, "--person", strconv64(amb), "--status", "invited")

	for _, status := range []string{"attended", "no_show"} {
		t.Run(status+" is refused, naming the event's day", func(t *testing.T) {
			_, errOut, code := liaisonCmd(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--status", status,
				"--represented-by", strconv64(counsellor))
			label := map[string]string{"attended": "Attended", "no_show": "No-show"}[status]
			want := label + " is only for the event's day or later; Briefing on the annual report is on 10.12.2026"
			if code != 1 || !strings.Contains(errOut, want) {
				t.Errorf("exit %d, stderr %q; want %q", code, errOut, want)
			}
		})
	}
	t.Run("nothing was written", func(t *testing.T) {
		if out := mustRun(t, db, "list", "invitations", "--event", id); !strings.Contains(out, "Invited") {
			t.Errorf("the list after refusals:\n%s", out)
		}
	})
	t.Run("a deputy named before the event means accepted", func(t *testing.T) {
		out := mustRun(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--represented-by", strconv64(counsellor))
		if want := "Accepted, represented by Weber Anna"; !strings.Contains(out, want) {
			t.Errorf("rsvp printed %q, want %q", out, want)
		}
	})
	t.Run("neither status nor deputy", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "rsvp", "--event", id, "--person", strconv64(amb))
		if code != 1 || !strings.Contains(errOut, "--status") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func TestRSVPOnTheEventsDay(t *testing.T) {
	db, amb, counsellor := embassyDB(t)
	id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Reception", "--date", "2026-11-24", "--time", "18:00"))
	mustRun(t, db, "invite", "--event", id, "--person", strconv64(amb), "--status", "invited")
	out := mustRun(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--represented-by", strconv64(counsellor))
	if want := "Attended, represented by Weber Anna"; !strings.Contains(out, want) {
		t.Errorf("a deputy named on the day: rsvp printed %q, want %q", out, want)
	}
	out = mustRun(t, db, "rsvp", "--event", id, "--person", strconv64(amb), "--status", "no_show")
	if !strings.Contains(out, "No-show") || strings.Contains(out, "represented") {
		t.Errorf("no-show on the day: rsvp printed %q", out)
	}
}

func TestEventPartners(t *testing.T) {
	db, _, _ := embassyDB(t)
	id := strings.TrimSpace(mustRun(t, db, "events", "add", "--title", "Briefing", "--date", "2026-12-10",
		"--host", "Ombudsman's Office", "--partners", "OSCE Programme Office, UNICEF"))
	var events []struct {
		ID       int64  `json:"id"`
		Host     string `json:"host"`
		Partners string `json:"partners"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "events", "--json")), &events); err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || strconv64(events[0].ID) != id || events[0].Host != "Ombudsman's Office" ||
		events[0].Partners != "OSCE Programme Office, UNICEF" {
		t.Errorf("list events --json gave %+v, want event %s with its host and partners", events, id)
	}
}
