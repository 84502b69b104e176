// Package cli runs the liaison command line: the verbs that read and write
// the same database as the window, for scripts and automation.
//
// Every verb prints its result on standard output and returns 0, or prints
// one line saying what went wrong on standard error and returns 1, having
// written nothing. A verb that reads a record and writes it in two steps
// (missions edit) is refused when someone changed the record in between:
// "conflict: mission 3 (Germany) was changed by someone else meanwhile:
// email; nothing saved — look again and retry". Scripts that read first
// pass the version they read with --if-version.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"liaison/internal/backup"
	"liaison/internal/i18n"
	"liaison/internal/liaison"
	"liaison/internal/store"
)

// Version is the version of Liaison, set by the build.
var Version = "0.1.0"

// Globals are the options that come before the verb.
type Globals struct {
	DBPath string // the database file
	// Default is set when DBPath is the default, store.DefaultPath: neither
	// --db nor $LIAISON_DB named one.
	Default bool
}

// ParseGlobals reads the options before the verb (--db PATH) and returns
// them with the remaining arguments. Without --db the database is
// $LIAISON_DB, else store.DefaultPath. getenv is os.Getenv outside tests.
func ParseGlobals(args []string, getenv func(string) string) (Globals, []string, error) {
	var g Globals
	fs := flag.NewFlagSet("liaison", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&g.DBPath, "db", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return g, []string{"help"}, nil
		}
		return g, nil, fmt.Errorf("%v; run liaison help", err)
	}
	if g.DBPath == "" {
		g.DBPath = getenv("LIAISON_DB")
	}
	if g.DBPath == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return g, nil, err
		}
		g.DBPath, g.Default = p, true
	}
	return g, fs.Args(), nil
}

// A command is one verb's run, given the open store.
type command struct {
	run func(ctx context.Context, c *cmdContext, args []string) error
	// noStore is set for verbs that do not open the database.
	noStore bool
}

// cmdContext is what a verb works with.
type cmdContext struct {
	g      Globals
	s      *store.Store
	stdout io.Writer
	now    func() time.Time
	// lang is the language of exported lists: the locale's (LANGUAGE,
	// LC_ALL, LC_MESSAGES, LANG), English when Liaison does not speak it.
	lang i18n.Lang
}

func (c *cmdContext) today() liaison.Date { return liaison.DateOf(c.now()) }

var commands map[string]command

func init() {
	commands = map[string]command{
		"demo":          {run: runDemo},
		"list":          {run: runList},
		"search":        {run: runSearch},
		"events":        {run: runEvents},
		"missions":      {run: runMissions},
		"invite":        {run: runInvite},
		"rsvp":          {run: runRSVP},
		"checkin":       {run: runCheckin},
		"seating":       {run: runSeating},
		"acting-head":   {run: runActingHead},
		"import":        {run: runImport},
		"export":        {run: runExport},
		"documents":     {run: runDocuments},
		"backup":        {run: runBackup},
		"restore":       {run: runRestore, noStore: true},
		"backups":       {run: runBackups, noStore: true},
		"imports":       {run: runImports},
		"undo-import":   {run: runUndoImport},
		"history":       {run: runHistory},
		"merge":         {run: runMerge},
		"erase":         {run: runErase},
		"export-person": {run: runExportPerson},
		"copy":          {run: runCopy, noStore: true},
		"team":          {run: runTeam, noStore: true},
		"where":         {run: runWhere, noStore: true},
		"version":       {run: runVersion, noStore: true},
		"help":          {run: runHelp, noStore: true},
	}
}

// Run runs the verb in args[0] with its arguments and returns the exit
// code: 0 on success, 1 after printing one line on stderr.
func Run(ctx context.Context, g Globals, args []string, stdout, stderr io.Writer, now func() time.Time) int {
	if err := run(ctx, g, args, stdout, now); err != nil {
		if errors.Is(err, store.ErrReadOnly) {
			err = store.ErrReadOnly // one line, whatever the verb added
		}
		fmt.Fprintln(stderr, "liaison: "+oneLine(err))
		return 1
	}
	return 0
}

func run(ctx context.Context, g Globals, args []string, stdout io.Writer, now func() time.Time) error {
	if len(args) == 0 {
		return errors.New("no command given; run liaison help")
	}
	verb := args[0]
	if verb == "-h" || verb == "--help" {
		verb = "help"
	}
	cmd, ok := commands[verb]
	if !ok {
		return fmt.Errorf("unknown command %q; run liaison help", verb)
	}
	c := &cmdContext{g: g, stdout: stdout, now: now, lang: i18n.FromEnv(os.Getenv)}
	if !cmd.noStore {
		if !store.IsServerURL(g.DBPath) {
			backup.CleanUp(g.DBPath, backup.DefaultFolder(g.DBPath))
		}
		s, err := store.Open(ctx, g.DBPath)
		if errors.Is(err, store.ErrDamaged) {
			return damagedHelp(ctx, g.DBPath, err)
		}
		if err != nil {
			return err
		}
		defer s.Close()
		c.s = s
	}
	return cmd.run(ctx, c, args[1:])
}

// damagedHelp explains what to do about a damaged database: restore the
// latest good backup.
func damagedHelp(ctx context.Context, dbPath string, err error) error {
	dir := backup.DefaultFolder(dbPath)
	f, info, ok := backup.LatestGood(ctx, dir)
	if !ok {
		return fmt.Errorf("%w. There is no good backup in %s; restore one from elsewhere with: liaison restore FILE", err, dir)
	}
	return fmt.Errorf("%w. The latest good backup is %s, made %s (%d missions, %d people); restore it with: liaison restore %s",
		err, f.Path, f.ModTime.Format("2006-01-02 15:04"), info.Missions, info.People, f.Path)
}

// oneLine keeps an error message to one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ")), " ")
}

func runWhere(_ context.Context, c *cmdContext, args []string) error {
	if err := noArgs("where", args); err != nil {
		return err
	}
	_, err := fmt.Fprintln(c.stdout, c.shownDB())
	return err
}

// shownDB is the database as the officer may see it: the file's path, or
// the server's URL without a password.
func (c *cmdContext) shownDB() string {
	if store.IsServerURL(c.g.DBPath) {
		return store.RedactURL(c.g.DBPath)
	}
	return c.g.DBPath
}

func runVersion(_ context.Context, c *cmdContext, args []string) error {
	_, err := fmt.Fprintln(c.stdout, "Liaison "+Version)
	return err
}

func runHelp(_ context.Context, c *cmdContext, args []string) error {
	_, err := io.WriteString(c.stdout, usage)
	return err
}

const usage = `Liaison keeps the diplomatic missions, their people, the office's events
and who was invited to each.

Usage:
  liaison [--db PATH]                 open the window
  liaison [--db PATH] COMMAND [...]   run a command

The database is PATH, else $LIAISON_DB, else the default (liaison where).
Backups go to the folder "backups" beside it. PATH may be the office's
database on a PostgreSQL server, postgres://LOGIN@HOST/DATABASE; its
password comes from PGPASSWORD, ~/.pgpass or a service file.

Commands:
  demo                                fill an empty database with a sample
  list missions [--kind K] [--sort precedence|country|name] [--all] [--json]
  list people [--mission ID] [--all] [--json]
  list events [--all] [--json]
  list invitations --event ID [--json]      in order of precedence
  search QUERY [--limit N] [--all] [--json]
  events add --title T --date YYYY-MM-DD [--time HH:MM] [--venue V]
             [--kind K] [--host H] [--partners P] [--rsvp-by YYYY-MM-DD]
             prints the new ID; partners support the event beside the host
  missions add --kind K --name N [--country C] [--short S]
               [--name-en|--name-ru|--name-kk T] [--short-en|--short-ru|--short-kk T]
                                      prints the new ID; the names in each
                                      language are what lists in it show
  missions edit --mission ID [--if-version N] [the same flags]
                                      changes only the flags given; an empty
                                      --name-ru "" clears the Russian name;
                                      --if-version N: only while the mission
                                      is at version N (list missions --json)
  invite --event ID (--heads [--kind K,...] | --mission ID... | --person ID...)
         [--status planned|invited] [--for-two]
                                      --for-two: with a spouse or companion
  rsvp --event ID --person ID (--status STATUS [--represented-by ID] |
       --represented-by ID) [--for-two | --alone] [--if-version N]
                                      attended and no_show from the event's day
                                      on; a deputy named before it: accepted;
                                      --for-two or --alone alone just says
                                      whom the invitation is for;
                                      --if-version N: only while the
                                      invitation is at version N (list
                                      invitations --json)
  checkin --event ID [--deputy PERSON_ID] CODE|NAME...
                                      at the door: mark each guest attended,
                                      by the badge's code (LIAISON-INV:EVENT:
                                      PERSON) or a few letters of a name that
                                      finds one invitee; prints arrived,
                                      already arrived, not on the list or
                                      ambiguous (with the candidates) for each,
                                      and fails if any was not checked in;
                                      --deputy: who came instead of one absent
                                      guest, of the same mission
  seating --event ID [--tables "head:12,10,10"] [--host "Name, Title"]...
          [--deputies own|principal] [--spouses beside|not-seated] [--save]
          [--seat-list]
                                      the seating plan by precedence, table by
                                      table (the first guest at the host's
                                      right); options seat the guests afresh,
                                      --save stores the plan; --seat-list: who
                                      sits where, by name
  acting-head --person ID [--since YYYY-MM-DD]
                                      make a member of a mission whose post is
                                      vacant its chargé d'affaires a.i. (notified
                                      on --since, today by default) and head
  import [--dry-run] [--merge-likely] FILE.vcf...
                                      read business cards; prints what each
                                      card does, then writes them all or none;
                                      --merge-likely merges a card with the
                                      person it is possibly the same as
  import [--dry-run] [--sheet NAME] FILE.xlsx|FILE.xlsm
                                      a diplomatic list, a people list, or an
                                      invitation list that came back with
                                      replies
  export --format vcf [--event ID | --mission ID | --person ID...] [--all]
         [--vcard-version 3.0|4.0] -o FILE
  export --format xlsx (--event ID | --missions | --people) [--lang en|ru|kk] -o FILE
  documents --event ID --kind letters|envelopes|place-cards|badges [--lang en|ru|kk] -o FILE.pdf
         [--letterhead IMAGE] [--text FILE] [--signatory NAME] [--signatory-title TITLE]
         [--size DL|C5|C4] [--sender LINE]
  documents --event ID --kind letters --template FILE.docx [--lang en|ru|kk] -o FILE.docx
         [--signatory NAME] [--signatory-title TITLE]
                                      an event's paperwork from its list (see README)
                                      --kind seating|seat-list: the seating
                                      plan, the who-sits-where list
  backup [FILE]                       a consistent copy of the database: to
                                      FILE, or as today's in the backup folder;
                                      of a server's, an SQLite snapshot (without
                                      FILE, liaison-office-DAY.db there)
  backups                             list the backups in the backup folder
  restore FILE                        check a backup, keep the current database
                                      in the backup folder, then put it in place
  merge (--person ID | --mission ID) --into ID [--dry-run]
                                      merge a duplicate into the record that
                                      stays; prints each change (see README)
  imports                             list the imports and merges, latest first
  undo-import [IMPORT]                take back an import or merge (the latest
                                      standing one when none is named) while
                                      nothing it wrote has changed since
  history (--person|--mission|--event) ID [--json]
                                      the changes of a record, latest first,
                                      with who made each
  export-person --person ID [-o FILE] everything held about a person, as JSON
  erase --person ID --yes             erase a person completely: record, photo,
                                      invitations and history (cannot be undone)
  copy --from A --to B [--replace]    copy a whole database, each a file or a
                                      postgres:// URL (not --db); a target that
                                      holds data is refused unless --replace,
                                      which first keeps a snapshot of it in the
                                      backup folder
  team init postgres://ADMIN@HOST/DB  prepare a server's database for an office:
                                      the schema and the roles DB_officers (read
                                      and write) and DB_viewers (read only)
  where                               print the database path
  version                             print the version
  help                                print this help

Statuses: planned, invited, accepted, declined, no_reply, attended, no_show.
Kinds of mission: embassy, consulate, international_organisation,
government, other.
`

// noArgs refuses arguments to a verb that takes none.
func noArgs(verb string, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("%s takes no arguments (got %q)", verb, strings.Join(args, " "))
	}
	return nil
}
