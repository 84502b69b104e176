package store

import (
	"context"
	"database/sql"
	"strings"
)

// Rows and bytes per INSERT: many rows a statement make a copy several
// times faster than one a statement, and both engines accept 30,000
// parameters in one (SQLite 32,766, PostgreSQL 65,535). The byte limit
// keeps photos from filling memory.
const (
	copyRows   = 500
	copyParams = 30000
	copyBytes  = 8 << 20
)

// copyTable streams the rows of one table from src into dst, a batch of
// rows an INSERT, and returns how many it copied.
func copyTable(ctx context.Context, src, dst *sql.Tx, t dataTable) (int64, error) {
	cols := make([]string, len(t.cols))
	for i, c := range t.cols {
		cols[i] = quoteIdent(c)
	}
	list := strings.Join(cols, ", ")
	rows, err := src.QueryContext(ctx, `SELECT `+list+` FROM `+quoteIdent(t.name))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	w := newBatchInsert(ctx, dst, `INSERT INTO `+quoteIdent(t.name)+` (`+list+`) VALUES `, len(cols))
	defer w.close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		// Scanning into an any copies the driver's bytes.
		if err := rows.Scan(ptrs...); err != nil {
			return w.rows, err
		}
		if err := w.add(vals); err != nil {
			return w.rows, err
		}
	}
	if err := rows.Err(); err != nil {
		return w.rows, err
	}
	return w.rows, w.flush()
}

// A batchInsert writes rows into one table, many an INSERT.
type batchInsert struct {
	ctx    context.Context
	tx     *sql.Tx
	prefix string // INSERT INTO t (columns) VALUES
	cols   int
	per    int       // rows a full batch
	full   *sql.Stmt // the INSERT of a full batch, prepared once
	batch  []any     // the values of the rows not yet written
	size   int       // bytes of text and blobs in batch
	rows   int64     // rows written
}

func newBatchInsert(ctx context.Context, tx *sql.Tx, prefix string, cols int) *batchInsert {
	per := max(1, min(copyRows, copyParams/cols))
	return &batchInsert{ctx: ctx, tx: tx, prefix: prefix, cols: cols, per: per, batch: make([]any, 0, per*cols)}
}

// add queues a row, and writes the batch when it is full.
func (w *batchInsert) add(vals []any) error {
	for _, v := range vals {
		switch v := v.(type) {
		case string:
			w.size += len(v)
		case []byte:
			w.size += len(v)
		}
	}
	w.batch = append(w.batch, vals...)
	if len(w.batch) == w.per*w.cols || w.size >= copyBytes {
		return w.flush()
	}
	return nil
}

// flush writes the rows queued.
func (w *batchInsert) flush() error {
	k := len(w.batch) / w.cols
	if k == 0 {
		return nil
	}
	var err error
	if k == w.per {
		if w.full == nil {
			if w.full, err = w.tx.PrepareContext(w.ctx, w.insert(k)); err != nil {
				return err
			}
		}
		_, err = w.full.ExecContext(w.ctx, w.batch...)
	} else {
		_, err = w.tx.ExecContext(w.ctx, w.insert(k), w.batch...)
	}
	w.rows += int64(k)
	w.batch, w.size = w.batch[:0], 0
	return err
}

// insert is the INSERT of n rows.
func (w *batchInsert) insert(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", w.cols), ", ") + ")"
	return w.prefix + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

func (w *batchInsert) close() {
	if w.full != nil {
		w.full.Close()
	}
}
