package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrTargetNotEmpty is returned by Copy when the target already holds
// data and it was not told to replace it.
var ErrTargetNotEmpty = errors.New("the target database already holds missions, people, events or their history")

// CopyOptions says how Copy treats a target that holds data.
type CopyOptions struct {
	// Replace lets Copy replace a target that holds data, after writing a
	// snapshot of it into SnapshotDir. Without it such a target is refused
	// with ErrTargetNotEmpty.
	Replace     bool
	SnapshotDir string
}

// Copied says what Copy did.
type Copied struct {
	Tables []CopiedTable // in the order written
	// Indexed is how many missions and people the copy's search index
	// holds, rebuilt from them.
	Indexed int
	// Snapshot is the SQLite file that holds the target as it was before
	// it was replaced, "" when it held nothing.
	Snapshot string
}

// A CopiedTable is how many rows Copy wrote into one table.
type CopiedTable struct {
	Name string
	Rows int64
}

// Rows returns how many rows of table were copied.
func (c Copied) Rows(table string) int64 {
	for _, t := range c.Tables {
		if t.Name == table {
			return t.Rows
		}
	}
	return 0
}

// snapshotPrefix names the snapshots Copy keeps of a target it replaces:
// liaison-before-copy-2026-12-02-130405.db, beside the daily backups.
const snapshotPrefix = "liaison-before-copy-"

// Copy copies every table of one database into another, a file or a
// server either way, keeping every ID: the records, photos, invitations,
// imports, merges and the change history; the search index, which each
// engine keeps in its own shape, is rebuilt from them. The source is
// read in one consistent snapshot (a read-only repeatable-read transaction
// on a server) and the target written in one transaction, so that a
// failure leaves it as it was. Tables and columns come from the databases'
// catalogues, so columns later migrations add are copied too; both must be
// at the same schema version, which opening them with this Liaison gives.
//
// A target holding data is refused unless opts.Replace, which first writes
// a snapshot of it (see Copied.Snapshot). Nobody can write to a server
// target meanwhile: its tables are locked until the copy is committed.
func Copy(ctx context.Context, from, to *Store, opts CopyOptions) (Copied, error) {
	var c Copied
	if err := mayCopy(ctx, from, to); err != nil {
		return c, err
	}
	src, err := from.readSnapshot(ctx)
	if err != nil {
		return c, fmt.Errorf("cannot read the source: %w", err)
	}
	defer src.Rollback()
	dst, err := to.db.BeginTx(ctx, nil)
	if err != nil {
		return c, fmt.Errorf("cannot start writing to the target: %w", err)
	}
	defer dst.Rollback()

	tables, err := to.dataTables(ctx, dst)
	if err != nil {
		return c, err
	}
	srcTables, err := from.dataTables(ctx, src)
	if err != nil {
		return c, err
	}
	if err := sameSchema(srcTables, tables); err != nil {
		return c, fmt.Errorf("the two databases' tables differ (%w); open both with the same Liaison first", err)
	}
	if err := to.lockTables(ctx, dst, tables); err != nil {
		return c, err
	}
	holds, err := holdsData(ctx, dst)
	if err != nil {
		return c, err
	}
	if holds && !opts.Replace {
		return c, ErrTargetNotEmpty
	}
	if holds {
		if c.Snapshot, err = to.snapshotBeforeCopy(ctx, opts.SnapshotDir); err != nil {
			return c, err
		}
	}
	if c.Tables, err = replaceTables(ctx, src, dst, tables); err != nil {
		return c, err
	}
	if c.Indexed, err = to.reindex(ctx, dst); err != nil {
		return c, fmt.Errorf("cannot build the search index of the copy: %w", err)
	}
	if err := to.resetIdentities(ctx, dst, tables); err != nil {
		return c, err
	}
	if err := dst.Commit(); err != nil {
		return c, fmt.Errorf("cannot save the copy: %w", explainWrite(err))
	}
	to.writes.Add(1) // as Update counts its commits
	return c, nil
}

// mayCopy refuses a copy into a database the login may only read, onto
// the source itself, or between two schema versions.
func mayCopy(ctx context.Context, from, to *Store) error {
	if to.readOnly {
		return ErrReadOnly
	}
	if same, err := sameDatabase(ctx, from, to); err != nil || same {
		if err == nil {
			err = errors.New("the source and the target are the same database")
		}
		return err
	}
	fv, err := from.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	tv, err := to.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if fv != tv {
		return fmt.Errorf("the source has schema %d and the target schema %d; open both with the same Liaison first", fv, tv)
	}
	return nil
}

// replaceTables empties the target's tables, those a migration fills too,
// so that the source's rows take their IDs, and copies the source's rows
// into them.
func replaceTables(ctx context.Context, src, dst *sql.Tx, tables []dataTable) ([]CopiedTable, error) {
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := dst.ExecContext(ctx, `DELETE FROM `+quoteIdent(tables[i].name)); err != nil {
			return nil, fmt.Errorf("cannot empty %s in the target: %w", tables[i].name, err)
		}
	}
	var copied []CopiedTable
	for _, t := range tables {
		n, err := copyTable(ctx, src, dst, t)
		if err != nil {
			return nil, fmt.Errorf("cannot copy %s: %w", t.name, explainWrite(err))
		}
		copied = append(copied, CopiedTable{Name: t.name, Rows: n})
	}
	return copied, nil
}

// sameDatabase reports whether two stores are one database: one file, or
// one database of one server (its system identifier) however the URLs
// name it.
func sameDatabase(ctx context.Context, a, b *Store) (bool, error) {
	if a.engine != b.engine {
		return false, nil
	}
	if a.engine == EngineSQLite {
		return a.path == b.path, nil
	}
	const which = `SELECT current_database() || '/' || (SELECT system_identifier FROM pg_control_system())`
	var wa, wb string
	if err := a.db.QueryRowContext(ctx, which).Scan(&wa); err != nil {
		return a.path == b.path, nil // a server that hides its identifier
	}
	if err := b.db.QueryRowContext(ctx, which).Scan(&wb); err != nil {
		return a.path == b.path, nil
	}
	return wa == wb, nil
}

// readSnapshot begins a read-only transaction that sees the database as
// it was at one moment, whatever is written meanwhile: repeatable read on
// a server; on a file, SQLite's deferred transaction reads one snapshot of
// the write-ahead log from its first read on.
func (s *Store) readSnapshot(ctx context.Context) (*sql.Tx, error) {
	opts := &sql.TxOptions{ReadOnly: true}
	if s.engine == EnginePostgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	return s.db.BeginTx(ctx, opts)
}

// lockTables keeps every other writer out of a server's tables until the
// transaction ends, so that nothing written between the snapshot of a
// replaced target and its replacement is lost. Readers are not kept out.
// On a file the transaction holds SQLite's write lock already.
func (s *Store) lockTables(ctx context.Context, tx *sql.Tx, tables []dataTable) error {
	if s.engine != EnginePostgres {
		return nil
	}
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = quoteIdent(t.name)
	}
	if _, err := tx.ExecContext(ctx, `LOCK TABLE `+strings.Join(names, ", ")+` IN EXCLUSIVE MODE`); err != nil {
		return fmt.Errorf("cannot lock the target's tables: %w", plainPgError(err))
	}
	return nil
}

// holdsData reports whether a database holds any mission, person, event or
// entry of history: what a copy would replace.
func holdsData(ctx context.Context, q queryer) (bool, error) {
	empty, err := isEmpty(ctx, q)
	if err != nil || !empty {
		return !empty, err
	}
	var n int
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM changes LIMIT 1) AS c`).Scan(&n)
	return n > 0, err
}

// snapshotBeforeCopy writes a snapshot of the database into dir before a
// copy replaces it, and returns its path.
func (s *Store) snapshotBeforeCopy(ctx context.Context, dir string) (string, error) {
	if dir == "" {
		return "", errors.New("no folder was given for the snapshot of the target")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot create the folder %s for the snapshot of the target: %w", dir, err)
	}
	path := filepath.Join(dir, snapshotPrefix+s.now().Format("2006-01-02-150405")+".db")
	if err := s.Backup(ctx, path); err != nil {
		return "", fmt.Errorf("nothing was copied: the snapshot of the target failed: %w", err)
	}
	return path, nil
}

// reindex rebuilds the search index of every mission and person in the
// transaction, through the store's own indexing, as their import would.
func (s *Store) reindex(ctx context.Context, sqltx *sql.Tx) (int, error) {
	tx := s.newTx(ctx, sqltx)
	defer tx.closeStmts()
	clearIndex := []string{`DELETE FROM search_index`}
	if s.engine == EngineSQLite {
		// On a server search_rank is a view of search_index.
		clearIndex = append(clearIndex, `DELETE FROM search_rank`)
	}
	for _, q := range clearIndex {
		if _, err := tx.exec(q); err != nil {
			return 0, err
		}
	}
	// Missions from the highest ID down, so that their rowids (-id) rise,
	// as FTS5 writes them fastest (see flushSearchIndex).
	missions, err := tx.ids(`SELECT id FROM missions ORDER BY id DESC`)
	if err != nil {
		return 0, err
	}
	people, err := tx.ids(`SELECT id FROM people ORDER BY id`)
	if err != nil {
		return 0, err
	}
	// Nothing is indexed yet: there are no old rows to delete first.
	for _, id := range missions {
		tx.created[-id] = true
	}
	for _, id := range people {
		tx.created[id] = true
	}
	if err := tx.indexMissions(missions); err != nil {
		return 0, err
	}
	if err := tx.indexPeople(people); err != nil {
		return 0, err
	}
	return len(missions) + len(people), nil
}

// resetIdentities sets each identity sequence of a server past the highest
// ID copied, so that the next record created there gets a new one. SQLite
// needs nothing: a new rowid is one past the highest.
func (s *Store) resetIdentities(ctx context.Context, tx *sql.Tx, tables []dataTable) error {
	if s.engine != EnginePostgres {
		return nil
	}
	for _, t := range tables {
		if t.identity == "" {
			continue
		}
		q := `SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(` + quoteIdent(t.identity) + `), 0) + 1, false) FROM ` + quoteIdent(t.name)
		if _, err := tx.ExecContext(ctx, q, quoteIdent(t.name), t.identity); err != nil {
			return fmt.Errorf("cannot set the next ID of %s: %w", t.name, plainPgError(err))
		}
	}
	return nil
}
