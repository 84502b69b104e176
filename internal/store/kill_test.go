package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"liaison/internal/liaison"
)

// killChildEnv names the database a child process imports into until it
// is killed (TestKilledImportLeavesNothing).
const killChildEnv = "LIAISON_TEST_KILL_IMPORT"

// TestKilledImportLeavesNothing kills a client in the middle of an import,
// after it has written thousands of people in its transaction, and checks
// that nothing of the import remains: on a server, which rolls back the
// transaction of a connection that went away, and on a file.
func TestKilledImportLeavesNothing(t *testing.T) {
	if target := os.Getenv(killChildEnv); target != "" {
		importUntilKilled(target)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("the test kills a process with SIGKILL")
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
	m := mustMission(t, s, liaison.Mission{Kind: liaison.Embassy, Country: "DE", Name: "Embassy of Germany"})
	mustPerson(t, s, liaison.Person{MissionID: m.ID, FamilyName: "Keller", GivenName: "Anna"})
	s.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledImportLeavesNothing$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+target)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	written := false
	for lines.Scan() {
		if lines.Text() == "written" {
			written = true
			break
		}
	}
	if !written {
		cmd.Wait()
		t.Fatal("the child process ended before it had written anything")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	// The server notices the lost connection and rolls back; give it the
	// time a real office would, polling.
	deadline := time.Now().Add(10 * time.Second)
	for {
		s, err = Open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.CountPeople(ctx, PeopleQuery{IncludeArchived: true, IncludeDeparted: true})
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 || time.Now().After(deadline) {
			if n != 1 {
				t.Fatalf("after the killed import the database holds %d people, want the 1 from before", n)
			}
			break
		}
		s.Close()
		time.Sleep(100 * time.Millisecond)
	}
	defer s.Close()
	bs, err := s.Batches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 0 {
		t.Errorf("the killed import left %d batches", len(bs))
	}
	if rs, err := s.Search(ctx, "Importovich", 5, true); err != nil || len(rs) != 0 {
		t.Errorf("search finds %d records of the killed import (%v)", len(rs), err)
	}
	if rs, err := s.Search(ctx, "Keller", 5, true); err != nil || len(rs) != 1 {
		t.Errorf("search for the person from before = %+v, %v", rs, err)
	}
	// The database takes writes again: nothing of the child holds a lock.
	wctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := s.Update(wctx, func(tx *Tx) error {
		p := liaison.Person{MissionID: m.ID, FamilyName: "After"}
		return tx.CreatePerson(&p)
	}); err != nil {
		t.Errorf("writing after the killed import: %v", err)
	}
}

// importUntilKilled is the child: it imports people into target, says
// "written" once thousands are in its transaction, and goes on until it
// is killed.
func importUntilKilled(target string) {
	ctx := context.Background()
	s, err := Open(ctx, target)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	_, err = s.Import(ctx, "killed.vcf", func(tx *Tx) error {
		for i := 0; ; i++ {
			p := liaison.Person{FamilyName: "Importovich", GivenName: fmt.Sprintf("Ivan %d", i)}
			if err := tx.CreatePerson(&p); err != nil {
				return err
			}
			if i == 3000 {
				// Also past the first flush of search keys and history.
				if err := tx.flushPending(); err != nil {
					return err
				}
				if err := tx.flushChanges(); err != nil {
					return err
				}
				fmt.Println("written")
			}
			if i > 3000 && i%500 == 0 {
				time.Sleep(10 * time.Millisecond)
			}
		}
	})
	fmt.Fprintln(os.Stderr, "the import ended before it was killed:", err)
	os.Exit(3)
}
