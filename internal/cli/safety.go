package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"liaison/internal/backup"
	"liaison/internal/safefile"
	"liaison/internal/store"
)

// runBackup writes a consistent copy of the database: to FILE, or without
// one, as today's backup in the backup folder beside the database.
func runBackup(ctx context.Context, c *cmdContext, args []string) error {
	rest, err := parse(newFlags("backup"), args)
	if err != nil {
		return err
	}
	var path string
	switch len(rest) {
	case 0:
		if path, err = backup.Now(ctx, c.s, backup.DefaultFolder(c.g.DBPath), c.now()); err != nil {
			return err
		}
	case 1:
		path = rest[0]
		if err := c.s.Backup(ctx, path); err != nil {
			return err
		}
	default:
		return errors.New("backup takes one FILE")
	}
	info, err := store.Check(ctx, path)
	if err != nil {
		return fmt.Errorf("the backup %s was written but does not check out: %w", path, err)
	}
	msg := fmt.Sprintf("Backed up to %s: %s.\n", path, holds(info))
	if c.s.Engine() == store.EnginePostgres {
		msg = fmt.Sprintf("Wrote a snapshot of %s to %s: %s.\n", c.shownDB(), path, holds(info)) +
			"It holds the office's personal data: keep it safe and delete it when no longer needed. " +
			"It restores with: liaison copy --from " + path + " --to " + c.shownDB() + " --replace\n"
	}
	_, err = io.WriteString(c.stdout, msg)
	return err
}

// holds says what a database holds.
func holds(info store.BackupInfo) string {
	return fmt.Sprintf("%d missions, %d people, %d events", info.Missions, info.People, info.Events)
}

// runRestore replaces the database with a backup, keeping the current one
// in the backup folder. It opens no store: the database may be damaged.
func runRestore(ctx context.Context, c *cmdContext, args []string) error {
	rest, err := parse(newFlags("restore"), args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return errors.New("restore needs the backup FILE (liaison backups lists them)")
	}
	if store.IsServerURL(c.g.DBPath) {
		return fmt.Errorf("restore replaces a database file; to put a snapshot on the office server, run: liaison copy --from %s --to %s --replace",
			rest[0], c.shownDB())
	}
	r, err := store.Restore(ctx, c.g.DBPath, rest[0], backup.DefaultFolder(c.g.DBPath), c.now())
	if err != nil {
		return fmt.Errorf("nothing was restored: %w", err)
	}
	msg := fmt.Sprintf("Restored %s: %s.\n", rest[0], holds(r.BackupInfo))
	if r.SavedAs != "" {
		msg += fmt.Sprintf("The database as it was is kept as %s.\n", r.SavedAs)
	}
	_, err = io.WriteString(c.stdout, msg)
	return err
}

// runBackups lists the backups in the backup folder, newest first.
func runBackups(ctx context.Context, c *cmdContext, args []string) error {
	if err := noArgs("backups", args); err != nil {
		return err
	}
	dir := backup.DefaultFolder(c.g.DBPath)
	files, err := backup.List(dir)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		_, err := fmt.Fprintf(c.stdout, "No backups in %s yet.\n", dir)
		return err
	}
	t := newTable(c.stdout, "MADE", "SIZE", "FILE")
	for _, f := range files {
		t.row(f.ModTime.Format("2006-01-02 15:04"), size(f.Size), f.Path)
	}
	return t.flush()
}

// size says a file size in plain units.
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

// runImports lists the imports, latest first, with what undo-import needs.
func runImports(ctx context.Context, c *cmdContext, args []string) error {
	if err := noArgs("imports", args); err != nil {
		return err
	}
	bs, err := c.s.Batches(ctx)
	if err != nil {
		return err
	}
	if len(bs) == 0 {
		_, err := fmt.Fprintln(c.stdout, "No imports yet.")
		return err
	}
	t := newTable(c.stdout, "IMPORT", "WHEN", "WHO", "CHANGES", "STATE", "FILES")
	for _, b := range bs {
		state := "stands"
		if b.UndoneAt != "" {
			state = "undone " + local(b.UndoneAt)
		}
		source := b.Source
		if b.Kind == store.BatchMerge {
			source = "merge: " + source
		}
		t.row(fmt.Sprint(b.ID), local(b.At), orDash(b.Who), fmt.Sprint(b.Changes), state, source)
	}
	return t.flush()
}

// local shows a stored UTC time in local time.
func local(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.Local().Format("2006-01-02 15:04")
}

// runUndoImport takes back an import, the latest standing one when none
// is named.
func runUndoImport(ctx context.Context, c *cmdContext, args []string) error {
	rest, err := parse(newFlags("undo-import"), args)
	if err != nil {
		return err
	}
	var id int64
	switch len(rest) {
	case 0:
	case 1:
		if id, err = parseID(rest[0]); err != nil {
			return err
		}
	default:
		return errors.New("undo-import takes at most one import number (liaison imports lists them)")
	}
	b, err := c.s.UndoImport(ctx, id)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Undone: %s %d of %s (%s).\n", b.Kind, b.ID, b.Source, local(b.At))
	return err
}

// runErase erases a person completely. It cannot be undone, so it asks
// for --yes.
func runErase(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("erase")
	var id int64
	fs.Func("person", "", func(s string) (err error) { id, err = parseID(s); return err })
	yes := fs.Bool("yes", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("erase", rest); err != nil {
		return err
	}
	if id == 0 {
		return errors.New("erase needs --person ID")
	}
	d, err := c.s.PersonData(ctx, id)
	if err != nil {
		return err
	}
	if !*yes {
		return fmt.Errorf("erasing %s (person %d) with %d invitations and their history cannot be undone; "+
			"run again with --yes to erase (export-person first keeps a copy of what is held)",
			d.Person.FullName(), id, len(d.Invitations))
	}
	e, err := c.s.ErasePerson(ctx, id)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("Erased %s: the record, %d invitations, %d entries of history; "+
		"%d invitations of others they attended no longer name them.\n", e.Name, e.Invitations, e.Changes, e.Represented)
	if e.OnServer {
		msg += "The office server's own backups, its archive of the write-ahead log and its replicas may still hold them " +
			"until those expire: tell the server's administrator, who must see to them. " +
			"Snapshots made with liaison backup hold them too: delete those.\n"
	} else {
		msg += "Backups made before today still hold them until they are pruned (about five weeks).\n"
	}
	_, err = io.WriteString(c.stdout, msg)
	return err
}

// runExportPerson writes everything held about one person as JSON.
func runExportPerson(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("export-person")
	var id int64
	fs.Func("person", "", func(s string) (err error) { id, err = parseID(s); return err })
	out := fs.String("o", "", "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("export-person", rest); err != nil {
		return err
	}
	if id == 0 {
		return errors.New("export-person needs --person ID")
	}
	d, err := c.s.PersonData(ctx, id)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error { return writeJSON(w, d) }
	if *out == "" || *out == "-" {
		return write(c.stdout)
	}
	if err := safefile.Write(*out, write); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdout, "Wrote everything held about %s to %s.\n", d.Person.FullName(), *out)
	return err
}

// runHistory prints the change history of a record: when, who, what, and
// each field an update changed. Changes recorded before Liaison noted who
// made them show "—".
func runHistory(ctx context.Context, c *cmdContext, args []string) error {
	fs := newFlags("history")
	var entity string
	var id int64
	for _, e := range []string{store.EntityPerson, store.EntityMission, store.EntityEvent} {
		fs.Func(e, "", func(s string) (err error) { entity = e; id, err = parseID(s); return err })
	}
	asJSON := fs.Bool("json", false, "")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("history", rest); err != nil {
		return err
	}
	if id == 0 {
		return errors.New("history needs --person ID, --mission ID or --event ID")
	}
	cs, err := c.s.History(ctx, entity, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.stdout, cs)
	}
	if len(cs) == 0 {
		_, err := fmt.Fprintf(c.stdout, "No changes recorded for %s %d.\n", entity, id)
		return err
	}
	var b strings.Builder
	kinds, err := mergedAway(ctx, c, &b, entity, id)
	if err != nil {
		return err
	}
	for _, ch := range cs {
		fmt.Fprintf(&b, "%s  %s  %s %s %d", local(ch.At), orDash(ch.Who), ch.Action, ch.Entity, ch.EntityID)
		if ch.BatchID != 0 {
			fmt.Fprintf(&b, " (%s %d)", kinds[ch.BatchID], ch.BatchID)
		}
		b.WriteByte('\n')
		for _, f := range ch.Fields() {
			fmt.Fprintf(&b, "    %s\n", f)
		}
	}
	_, err = io.WriteString(c.stdout, b.String())
	return err
}

// orDash shows an unknown value as "—".
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
