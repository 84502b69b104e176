package cli

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"liaison/internal/backup"
	"liaison/internal/store"
)

// runCopy copies a whole database, a file or a server, into another:
// how an officer moves her file to the office's server, and how a
// snapshot is restored to one. It takes both as flags, not --db.
func runCopy(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("copy")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	replace := fs.Bool("replace", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("copy", rest); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return errors.New("copy needs --from and --to, each a database file or a postgres:// URL")
	}
	src, err := openSource(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	// A new file the copy fails to fill is not left behind, empty.
	isNew := false
	if !store.IsServerURL(*to) {
		_, err := os.Stat(*to)
		isNew = errors.Is(err, os.ErrNotExist)
	}
	dst, err := store.Open(ctx, *to)
	if err != nil {
		return fmt.Errorf("nothing was copied: %w", err)
	}
	dst.SetClock(c.now)
	copied, err := store.Copy(ctx, src, dst, store.CopyOptions{Replace: *replace, SnapshotDir: backup.DefaultFolder(*to)})
	dst.Close()
	if err != nil && isNew {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(*to + suffix)
		}
	}
	switch {
	case errors.Is(err, store.ErrTargetNotEmpty):
		return fmt.Errorf("nothing was copied: %s already holds missions, people, events or their history; "+
			"add --replace to replace it (a snapshot of it is written first)", shown(*to))
	case err != nil:
		return fmt.Errorf("nothing was copied: %w", err)
	}
	msg := fmt.Sprintf("Copied %s to %s: %s.\n", shown(*from), shown(*to), copiedRows(copied))
	if copied.Snapshot != "" {
		msg += fmt.Sprintf("What %s held before is kept in %s; it holds personal data: delete it when no longer needed.\n",
			shown(*to), copied.Snapshot)
	}
	_, err = fmt.Fprint(c.stdout, msg)
	return err
}

// openSource opens the database a copy reads: a server, or a file that
// must exist and pass store.Check (opening a missing file would create an
// empty one).
func openSource(ctx context.Context, from string) (*store.Store, error) {
	if !store.IsServerURL(from) {
		if _, err := os.Stat(from); err != nil {
			return nil, fmt.Errorf("nothing was copied: there is no database at %s", from)
		}
		if _, err := store.Check(ctx, from); err != nil {
			return nil, fmt.Errorf("nothing was copied: %w", err)
		}
	}
	s, err := store.Open(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nothing was copied: %w", err)
	}
	return s, nil
}

// copiedRows says what a copy wrote, in the officer's words.
func copiedRows(c store.Copied) string {
	return fmt.Sprintf("%d missions, %d people, %d events, %d invitations, %d entries of history",
		c.Rows("missions"), c.Rows("people"), c.Rows("events"), c.Rows("invitations"), c.Rows("changes"))
}

// shown is a database as messages name it: a server without its password.
func shown(target string) string {
	if store.IsServerURL(target) {
		return store.RedactURL(target)
	}
	return target
}

// runTeam runs team init, which prepares a server's database for an
// office.
func runTeam(ctx context.Context, c *cmdContext, args []string) error {
	if len(args) == 0 || args[0] != "init" {
		return errors.New("team needs init: liaison team init postgres://ADMIN@HOST/DATABASE")
	}
	rest, err := parse(newFlags("team init"), args[1:])
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return errors.New("team init needs the server's database: liaison team init postgres://ADMIN@HOST/DATABASE")
	}
	t, err := store.TeamInit(ctx, rest[0])
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The office database %s is ready (schema %d).\n", shown(rest[0]), t.Schema)
	if len(t.Created) > 0 {
		fmt.Fprintf(&b, "Created the roles %s.\n", strings.Join(t.Created, " and "))
	}
	fmt.Fprintf(&b, "Members of %s read and write; members of %s only read.\n\n", t.Officers, t.Viewers)
	fmt.Fprintf(&b, "Next, the server's administrator gives each person a login of their own, in psql:\n")
	fmt.Fprintf(&b, "  CREATE ROLE alice LOGIN PASSWORD 'a long password';\n  GRANT %s TO alice;    -- an officer\n", t.Officers)
	fmt.Fprintf(&b, "  CREATE ROLE bob LOGIN PASSWORD 'another one';\n  GRANT %s TO bob;      -- reads only\n\n", t.Viewers)
	fmt.Fprintf(&b, "Each connects with: liaison --db %s\n", withLogin(rest[0], "alice"))
	fmt.Fprintf(&b, "Liaison never stores passwords: it takes them from PGPASSWORD, ~/.pgpass (%%APPDATA%%\\postgresql\\pgpass.conf on Windows)\n")
	fmt.Fprintf(&b, "or a service file, as psql does.\n")
	fmt.Fprintf(&b, "An officer moves her file to the server with: liaison copy --from FILE --to %s\n", withLogin(rest[0], "alice"))
	fmt.Fprintf(&b, "After upgrading Liaison, run team init again as this login: only the owner of the tables updates them.\n")
	_, err = fmt.Fprint(c.stdout, b.String())
	return err
}

// withLogin returns the server URL for another login, without password.
func withLogin(target, login string) string {
	u, err := url.Parse(strings.TrimSpace(target))
	if err != nil {
		return shown(target)
	}
	u.User = url.User(login)
	return store.RedactURL(u.String())
}
