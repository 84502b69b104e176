package store

import (
	"context"
	"database/sql"
	"fmt"
)

// A Tx is one transaction: everything written through it is committed
// together or not at all. Get one from Store.Update.
type Tx struct {
	// ctx is the context the transaction was begun with; keeping it here
	// spares every write method a parameter that could only ever be this.
	ctx   context.Context
	tx    *sql.Tx
	store *Store
	// Records whose search keys must be refreshed before commit. Writing
	// them once at the end, in bulk, is several times faster for imports
	// than a key per write.
	dirtyPeople   map[int64]bool
	dirtyMissions map[int64]bool
	// created are records this transaction inserted: they have no index
	// rows to delete. A bulk import saves two statements a person.
	created map[int64]bool // search index rowids
	// missions known to exist in this transaction, with their country, so
	// that adding many people to one mission checks it once.
	missions map[int64]string
	// headed are missions created in this transaction that were given a
	// head in it.
	headed map[int64]bool
	// pending are the search index rows of people written in this
	// transaction, computed from what was written rather than read back.
	pending map[int64]indexRow
	// pendingMissions are the index rows of missions this transaction
	// created, computed from what was written: an import of a list creates
	// thousands, and reading them back cost a third of their indexing. A
	// mission written again after is in dirtyMissions and read back.
	pendingMissions map[int64]indexRow
	// indexedMissions are missions created here whose rows the index has
	// already: they stay in created, which spares their heads a query.
	indexedMissions map[int64]bool
	// batch is the import this transaction writes, 0 for none: its
	// changes are recorded under it so that it can be undone.
	batch int64
	// stmts are the statements prepared in this transaction: the driver
	// parses SQL text anew on every call, which in a bulk import cost
	// more than the writing.
	stmts map[string]*sql.Stmt
	// bulk is set by an import: its changes are kept in changeRows and
	// written changeBatch at a time. Nothing an import calls reads the
	// history before flushChanges.
	bulk       bool
	changeRows []any
	// versions are the records this transaction changed, with the version
	// each had before and has now (see Tx.expected).
	versions map[versionKey]versionStep
}

// prepared returns the statement for query, prepared once per
// transaction.
func (tx *Tx) prepared(query string) (*sql.Stmt, error) {
	if st, ok := tx.stmts[query]; ok {
		return st, nil
	}
	st, err := tx.tx.PrepareContext(tx.ctx, query)
	if err != nil {
		return nil, err
	}
	tx.stmts[query] = st
	return st, nil
}

// exec runs a statement of the transaction.
func (tx *Tx) exec(query string, args ...any) (sql.Result, error) {
	st, err := tx.prepared(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(tx.ctx, args...)
}

// insertID runs an INSERT of one row and returns the ID it was given, the
// same way on both engines (PostgreSQL has no last insert ID).
func (tx *Tx) insertID(query string, args ...any) (int64, error) {
	st, err := tx.prepared(query + " RETURNING id")
	if err != nil {
		return 0, err
	}
	var id int64
	err = st.QueryRowContext(tx.ctx, args...).Scan(&id)
	return id, err
}

// closeStmts closes the prepared statements.
func (tx *Tx) closeStmts() {
	for _, st := range tx.stmts {
		st.Close()
	}
}

// newTx wraps a transaction begun on the store's database.
func (s *Store) newTx(ctx context.Context, sqltx *sql.Tx) *Tx {
	return &Tx{ctx: ctx, tx: sqltx, store: s, dirtyPeople: map[int64]bool{}, dirtyMissions: map[int64]bool{},
		created: map[int64]bool{}, missions: map[int64]string{}, pending: map[int64]indexRow{}, pendingMissions: map[int64]indexRow{},
		indexedMissions: map[int64]bool{}, headed: map[int64]bool{},
		stmts: map[string]*sql.Stmt{}, versions: map[versionKey]versionStep{}}
}

// Update runs fn in one transaction and commits it when fn returns nil.
// When fn fails, or the commit does, nothing fn wrote is kept. A login
// that may only read gets ErrReadOnly, and fn is not run.
func (s *Store) Update(ctx context.Context, fn func(*Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot start writing to the database: %w", err)
	}
	defer sqltx.Rollback()
	tx := s.newTx(ctx, sqltx)
	defer tx.closeStmts()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.flushChanges(); err != nil {
		return err
	}
	if err := tx.flushSearchIndex(); err != nil {
		return fmt.Errorf("cannot update the search index: %w", err)
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("cannot save to the database: %w", err)
	}
	s.writes.Add(1)
	return nil
}
