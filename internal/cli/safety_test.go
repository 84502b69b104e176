package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestBackupAndRestore(t *testing.T) {
	db := demoDB(t)
	dir := filepath.Dir(db)
	before := mustRun(t, db, "list", "people", "--all")

	out := mustRun(t, db, "backup")
	daily := filepath.Join(dir, "backups", "liaison-2026-11-24.db")
	if !strings.Contains(out, "Backed up to "+daily+": 62 missions") {
		t.Errorf("backup:\n%s", out)
	}
	copyPath := filepath.Join(t.TempDir(), "friday.db")
	mustRun(t, db, "backup", copyPath)
	if out := mustRun(t, db, "backups"); !strings.Contains(out, daily) {
		t.Errorf("backups:\n%s", out)
	}

	// Work after the backup: an import.
	mustRun(t, db, "import", fixture("iphone30.vcf"))
	if mustRun(t, db, "list", "people", "--all") == before {
		t.Fatal("the import changed nothing: the test would prove nothing")
	}
	out = mustRun(t, db, "restore", copyPath)
	if !strings.Contains(out, "Restored "+copyPath) || !strings.Contains(out, "The database as it was is kept as "+filepath.Join(dir, "backups", "liaison-before-restore-")) {
		t.Errorf("restore:\n%s", out)
	}
	if after := mustRun(t, db, "list", "people", "--all"); after != before {
		t.Errorf("after restore the people differ from the backup's:\n%s\nwant\n%s", after, before)
	}

	t.Run("a file that is not a backup is refused, nothing changes", func(t *testing.T) {
		_, errOut, code := liaisonCmd(t, db, "restore", fixture("iphone30.vcf"))
		if code != 1 || !strings.Contains(errOut, "nothing was restored") || !strings.Contains(errOut, "not an SQLite file") {
			t.Errorf("exit %d: %s", code, errOut)
		}
		if after := mustRun(t, db, "list", "people", "--all"); after != before {
			t.Error("a refused restore changed the data")
		}
	})

	t.Run("a damaged database names the backup to restore", func(t *testing.T) {
		b, _ := os.ReadFile(db)
		for i := 2 * 4096; i < len(b)-4096; i++ {
			b[i] = byte(i * 7)
		}
		os.WriteFile(db, b, 0o600)
		_, errOut, code := liaisonCmd(t, db, "list", "missions")
		if code != 1 || !strings.Contains(errOut, "is damaged") || !strings.Contains(errOut, "liaison restore "+filepath.Join(dir, "backups")) {
			t.Errorf("exit %d: %s", code, errOut)
		}
		mustRun(t, db, "restore", daily)
		if after := mustRun(t, db, "list", "people", "--all"); after != before {
			t.Error("restoring over the damaged database did not bring the data back")
		}
	})
}

func TestUndoImport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "liaison.db")
	if out := mustRun(t, db, "imports"); !strings.Contains(out, "No imports yet") {
		t.Errorf("imports:\n%s", out)
	}
	mustRun(t, db, "import", fixture("iphone30.vcf"))
	mustRun(t, db, "import", fixture("thunderbird40.vcf"))
	out := mustRun(t, db, "imports")
	if !strings.Contains(out, "thunderbird40.vcf") || !strings.Contains(out, "iphone30.vcf") || strings.Contains(out, "testdata") {
		t.Errorf("imports:\n%s", out)
	}
	if out := mustRun(t, db, "undo-import"); !strings.Contains(out, "Undone: import 2 of thunderbird40.vcf") {
		t.Errorf("undo-import:\n%s", out)
	}
	if out := mustRun(t, db, "search", "Wiśniewska"); strings.Contains(out, "Wiśniewska") {
		t.Errorf("the undone import's person is still found:\n%s", out)
	}
	if out := mustRun(t, db, "undo-import", "1"); !strings.Contains(out, "Undone: import 1") {
		t.Errorf("undo-import 1:\n%s", out)
	}
	if out := mustRun(t, db, "list", "people", "--all"); strings.Count(out, "\n") != 1 {
		t.Errorf("people after undoing both imports:\n%s", out)
	}
	_, errOut, code := liaisonCmd(t, db, "undo-import")
	if code != 1 || !strings.Contains(errOut, "there is no import or merge to undo") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestEraseAndExportPerson(t *testing.T) {
	db := demoDB(t)
	var people []struct {
		ID     int64    `json:"id"`
		Emails []string `json:"emails"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "list", "people", "--json")), &people); err != nil {
		t.Fatal(err)
	}
	id := people[0].ID

	out := mustRun(t, db, "export-person", "--person", itoa(id))
	var d struct {
		Person      struct{ FamilyName string }
		Invitations []any
		History     []any
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.Person.FamilyName == "" || len(d.History) == 0 {
		t.Fatalf("export-person: %v\n%s", err, out)
	}
	file := filepath.Join(t.TempDir(), "person.json")
	mustRun(t, db, "export-person", "--person", itoa(id), "-o", file)
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), d.Person.FamilyName) || !strings.Contains(string(b), people[0].Emails[0]) {
		t.Errorf("%s holds %q", file, b)
	}

	_, errOut, code := liaisonCmd(t, db, "erase", "--person", itoa(id))
	if code != 1 || !strings.Contains(errOut, "cannot be undone") || !strings.Contains(errOut, "--yes") {
		t.Errorf("erase without --yes: exit %d: %s", code, errOut)
	}
	if _, _, code := liaisonCmd(t, db, "export-person", "--person", itoa(id)); code != 0 {
		t.Fatal("erase without --yes erased")
	}
	out = mustRun(t, db, "erase", "--person", itoa(id), "--yes")
	if !strings.Contains(out, "Erased "+d.Person.FamilyName) {
		t.Errorf("erase:\n%s", out)
	}
	if _, errOut, code := liaisonCmd(t, db, "export-person", "--person", itoa(id)); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("export-person after erase: exit %d: %s", code, errOut)
	}
	if out := mustRun(t, db, "history", "--person", itoa(id)); !strings.Contains(out, "erase person") || strings.Contains(out, d.Person.FamilyName) {
		t.Errorf("history after erase:\n%s", out)
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
