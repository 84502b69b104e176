package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"liaison/internal/backup"
)

// MoveFromRoaming moves the database an earlier Liaison kept at roaming
// (on Windows the roaming %AppData%, see store.WindowsPaths) to the
// default path, once: when g uses the default path, nothing is there yet,
// and there is a database at roaming. It returns the globals to go on
// with: g, or, when the move failed, g with the old path, so that the
// officer keeps working on their data; stderr says what happened.
func MoveFromRoaming(ctx context.Context, g Globals, roaming string, stderr io.Writer, now time.Time) Globals {
	if !g.Default || roaming == "" || roaming == g.DBPath {
		return g
	}
	if fi, err := os.Stat(g.DBPath); err == nil && fi.Size() > 0 {
		return g
	}
	if fi, err := os.Stat(roaming); err != nil || fi.Size() == 0 {
		return g
	}
	if err := backup.MoveDatabase(ctx, roaming, g.DBPath, now); err != nil {
		fmt.Fprintf(stderr, "liaison: %s; working on %s this time\n", oneLine(err), roaming)
		g.DBPath = roaming
		return g
	}
	fmt.Fprintf(stderr, "liaison: moved your database from %s to %s, which stays on this computer\n", roaming, g.DBPath)
	return g
}
