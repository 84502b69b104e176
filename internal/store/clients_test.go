package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// clientEnv hands a child process its part in TestFiveClientsEditAtOnce,
// as JSON (clientJob).
const clientEnv = "LIAISON_TEST_CLIENT"

// clientRounds is how many times each client edits everything.
const clientRounds = 12

type clientJob struct {
	Client  int
	Target  string
	Event   int64
	Shared  []int64 // people every client edits
	Guests  []int64 // this client's own guests of the event
	Sharing int64   // the person whose invitation every client edits
}

type clientReport struct {
	// Saves counts the saves that went through, by record ("person 3",
	// "event 1", "invitation 7").
	Saves map[string]int
	// Conflicts counts the saves refused with a ConflictError naming the
	// field the client changed; GuestConflicts those on its own guests,
	// which must be none.
	Conflicts, GuestConflicts int
	// Last is the note each of its own guests was left with.
	Last map[int64]string
}

// TestFiveClientsEditAtOnce runs five client processes on one database
// at once: each appends its marks to the notes of the same people, the
// same event and the same invitation, reading, waiting a moment and
// saving against the version it read, retrying when refused; and each
// records replies of guests of its own. No mark may be lost, every
// refusal must be a conflict naming the field, the versions must count
// every save, and replies of different guests must never conflict.
func TestFiveClientsEditAtOnce(t *testing.T) {
	if job := os.Getenv(clientEnv); job != "" {
		runClient(job)
		return
	}
	if testing.Short() {
		t.Skip("five processes")
	}
	ctx := context.Background()
	target := filepath.Join(t.TempDir(), "liaison.db")
	if testServer != nil {
		target = newServerDatabase(t)
	}
	s, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "AT", Name: "Embassy of Austria"})
	var shared []int64
	for _, name := range []string{"Adler", "Berger", "Czerny"} {
		shared = append(shared, mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: name}).ID)
	}
	ev := mustEvent(t, s, "Reception")
	everyone := slices.Clone(shared)
	jobs := make([]clientJob, 5)
	for i := range jobs {
		jobs[i] = clientJob{Client: i, Target: target, Event: ev.ID, Shared: shared, Sharing: shared[0]}
		for g := range 4 {
			p := mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: fmt.Sprintf("Guest %d-%d", i, g)})
			jobs[i].Guests = append(jobs[i].Guests, p.ID)
			everyone = append(everyone, p.ID)
		}
	}
	if _, err := s.Invite(ctx, ev.ID, everyone, liaison.Invited); err != nil {
		t.Fatal(err)
	}

	reports := make([]clientReport, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, _ := json.Marshal(job)
			cmd := exec.Command(os.Args[0], "-test.run=^TestFiveClientsEditAtOnce$", "-test.count=1")
			cmd.Env = append(os.Environ(), clientEnv+"="+string(b))
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			if err := cmd.Run(); err != nil {
				errs[i] = fmt.Errorf("client %d: %v: %s", i, err, stderr.String())
				return
			}
			// The test binary prints PASS after the report.
			line, _, _ := strings.Cut(out.String(), "\n")
			errs[i] = json.Unmarshal([]byte(line), &reports[i])
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}

	total := map[string]int{}
	conflicts := 0
	for i, r := range reports {
		for k, n := range r.Saves {
			total[k] += n
		}
		conflicts += r.Conflicts
		if r.GuestConflicts != 0 {
			t.Errorf("client %d met %d conflicts on replies of its own guests", i, r.GuestConflicts)
		}
	}
	t.Logf("%d saves refused as conflicts and retried", conflicts)
	// Every client's every mark is in each shared record, once, and the
	// version counts every save.
	marks := func(notes string) []string { return strings.Fields(strings.ReplaceAll(notes, ";", " ")) }
	check := func(what, notes string, version int64, from int64) {
		t.Helper()
		got := marks(notes)
		if len(got) != total[what] || len(got) != len(jobs)*clientRounds {
			t.Errorf("%s holds %d marks; %d saves went through, %d were made", what, len(got), total[what], len(jobs)*clientRounds)
		}
		for i := range jobs {
			for r := range clientRounds {
				if n := strings.Count(" "+strings.Join(got, " ")+" ", fmt.Sprintf(" c%dr%d ", i, r)); n != 1 {
					t.Errorf("%s holds the mark of client %d, round %d %d times, want once", what, i, r, n)
				}
			}
		}
		if want := from + int64(total[what]); version != want {
			t.Errorf("%s is at version %d after %d saves from version %d", what, version, total[what], from)
		}
	}
	for _, id := range shared {
		p, err := s.Person(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("person %d", id), p.Notes, p.Version, 1)
	}
	e, err := s.Event(ctx, ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(fmt.Sprintf("event %d", ev.ID), e.Notes, e.Version, ev.Version)
	inv, err := s.Invitation(ctx, ev.ID, shared[0])
	if err != nil {
		t.Fatal(err)
	}
	check(fmt.Sprintf("invitation %d", inv.ID), inv.Note, inv.Version, 1)
	// Each guest keeps the last reply its own client recorded.
	for i, job := range jobs {
		for _, g := range job.Guests {
			inv, err := s.Invitation(ctx, ev.ID, g)
			if err != nil {
				t.Fatal(err)
			}
			if want := reports[i].Last[g]; inv.Note != want {
				t.Errorf("guest %d of client %d: note %q, want %q", g, i, inv.Note, want)
			}
			if want := int64(1 + clientRounds); inv.Version != want {
				t.Errorf("guest %d of client %d: version %d, want %d", g, i, inv.Version, want)
			}
		}
	}
}

// runClient is a child process of TestFiveClientsEditAtOnce: it prints its
// report as one line of JSON, or fails with a message.
func runClient(jobText string) {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var job clientJob
	if err := json.Unmarshal([]byte(jobText), &job); err != nil {
		fail(err)
	}
	ctx := context.Background()
	s, err := Open(ctx, job.Target)
	if err != nil {
		fail(err)
	}
	defer s.Close()
	r := clientReport{Saves: map[string]int{}, Last: map[int64]string{}}
	// edit reads, changes and saves one record until a save goes through;
	// a refusal must be a conflict naming field.
	edit := func(what, field string, save func() error) {
		for {
			err := save()
			if err == nil {
				r.Saves[what]++
				return
			}
			var ce *ConflictError
			if !errors.As(err, &ce) || !errors.Is(err, ErrConflict) {
				fail(fmt.Errorf("client %d: saving %s: %w", job.Client, what, err))
			}
			if !slices.Contains(ce.Fields, field) {
				fail(fmt.Errorf("client %d: the conflict on %s names %v, not %s", job.Client, what, ce.Fields, field))
			}
			r.Conflicts++
		}
	}
	pause := func() { time.Sleep(time.Duration(1+job.Client) * time.Millisecond) }
	shared, err := s.Invitation(ctx, job.Event, job.Sharing)
	if err != nil {
		fail(err)
	}
	sharedWhat := fmt.Sprintf("invitation %d", shared.ID)
	for round := range clientRounds {
		mark := "c" + strconv.Itoa(job.Client) + "r" + strconv.Itoa(round) + ";"
		for _, id := range job.Shared {
			edit(fmt.Sprintf("person %d", id), "Notes", func() error {
				p, err := s.Person(ctx, id)
				if err != nil {
					return err
				}
				p.Notes += mark
				pause()
				return s.UpdatePerson(ctx, p)
			})
		}
		edit(fmt.Sprintf("event %d", job.Event), "Notes", func() error {
			e, err := s.Event(ctx, job.Event)
			if err != nil {
				return err
			}
			e.Notes += mark
			pause()
			return s.UpdateEvent(ctx, e)
		})
		edit(sharedWhat, "Note", func() error {
			inv, err := s.Invitation(ctx, job.Event, job.Sharing)
			if err != nil {
				return err
			}
			inv.Note += mark
			pause()
			return s.UpdateInvitation(ctx, inv)
		})
		for _, g := range job.Guests {
			inv, err := s.Invitation(ctx, job.Event, g)
			if err != nil {
				fail(err)
			}
			inv.Status = []liaison.Status{liaison.Accepted, liaison.Declined}[round%2]
			inv.Note = "reply " + mark
			if err := s.UpdateInvitation(ctx, inv); errors.Is(err, ErrConflict) {
				r.GuestConflicts++
			} else if err != nil {
				fail(err)
			}
			r.Last[g] = inv.Note
		}
	}
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
}
