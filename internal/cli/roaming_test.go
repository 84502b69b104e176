package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMoveFromRoaming(t *testing.T) {
	ctx := context.Background()
	// roamingDemo makes the sample where earlier builds kept it on Windows, in a
	// user folder named in Kazakh, and the globals of a first start of this
	// Liaison there.
	roamingDemo := func(t *testing.T) (Globals, string) {
		base := filepath.Join(t.TempDir(), "Users", "Әсел", "AppData")
		roaming := filepath.Join(base, "Roaming", "Liaison", "liaison.db")
		os.MkdirAll(filepath.Dir(roaming), 0o700)
		mustRun(t, roaming, "demo")
		return Globals{DBPath: filepath.Join(base, "Local", "Liaison", "liaison.db"), Default: true}, roaming
	}

	t.Run("the first start moves the data", func(t *testing.T) {
		g, roaming := roamingDemo(t)
		want := mustRun(t, roaming, "list", "missions", "--json")
		var stderr bytes.Buffer
		got := MoveFromRoaming(ctx, g, roaming, &stderr, fixedNow())
		if got.DBPath != g.DBPath {
			t.Fatalf("DBPath = %q, want %q", got.DBPath, g.DBPath)
		}
		if !strings.Contains(stderr.String(), "moved your database") {
			t.Errorf("stderr = %q", stderr.String())
		}
		if out := mustRun(t, g.DBPath, "list", "missions", "--json"); out != want {
			t.Error("the moved database lists other missions")
		}
		if _, err := os.Stat(roaming); err == nil {
			t.Error("the roaming database is still there")
		}
		// The next start finds nothing to move.
		stderr.Reset()
		if got := MoveFromRoaming(ctx, g, roaming, &stderr, fixedNow()); got.DBPath != g.DBPath || stderr.Len() != 0 {
			t.Errorf("second start: DBPath %q, stderr %q", got.DBPath, stderr.String())
		}
	})

	t.Run("a database named with --db is never replaced", func(t *testing.T) {
		g, roaming := roamingDemo(t)
		g.Default = false
		var stderr bytes.Buffer
		if got := MoveFromRoaming(ctx, g, roaming, &stderr, fixedNow()); got.DBPath != g.DBPath || stderr.Len() != 0 {
			t.Errorf("DBPath %q, stderr %q", got.DBPath, stderr.String())
		}
		if _, err := os.Stat(roaming); err != nil {
			t.Errorf("the roaming database: %v", err)
		}
	})

	t.Run("a failed move keeps working on the old database", func(t *testing.T) {
		g, roaming := roamingDemo(t)
		// A file where the new folder should be: the move cannot create it.
		os.MkdirAll(filepath.Dir(filepath.Dir(g.DBPath)), 0o700)
		os.WriteFile(filepath.Dir(g.DBPath), []byte("in the way"), 0o600)
		var stderr bytes.Buffer
		got := MoveFromRoaming(ctx, g, roaming, &stderr, fixedNow())
		if got.DBPath != roaming {
			t.Errorf("DBPath = %q, want the old %q", got.DBPath, roaming)
		}
		if !strings.Contains(stderr.String(), "working on "+roaming) {
			t.Errorf("stderr = %q", stderr.String())
		}
		mustRun(t, got.DBPath, "list", "missions")
	})
}
