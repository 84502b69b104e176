package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migrations holds the schema changes of each engine, numbered
// NNNN_name.sql in migrations/sqlite and migrations/postgres, applied in
// order, each in its own transaction, and recorded in schema_migrations.
// A migration that SQL cannot express well has a Go step too (goSteps),
// run after its SQL in the same transaction.
// The numbers are shared: a PostgreSQL database starts at the schema an
// SQLite file reached in 0007 (its 0007_schema.sql makes all of it at
// once), and every later change has the same number on both engines.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrations embed.FS

// A migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations(engine string) ([]migration, error) {
	dir := "migrations/" + engine + "/"
	names, err := fs.Glob(migrations, dir+"*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, dir), ".sql")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", n)
		}
		body, err := migrations.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// SchemaVersion returns the number of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrate applies the migrations the database has not seen yet. It refuses
// a database written by a newer Liaison rather than guess at its schema.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.createMigrationsTable(ctx); err != nil {
		return fmt.Errorf("cannot read the schema version: %w", err)
	}
	ms, err := loadMigrations(s.engine)
	if err != nil {
		return err
	}
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if last := ms[len(ms)-1].version; current > last {
		return fmt.Errorf("the database was written by a newer Liaison (schema %d, this one knows %d); update Liaison", current, last)
	}
	applied, err := s.appliedMigrations(ctx)
	if err != nil {
		return err
	}
	// Every migration not recorded, a lower number too: numbers are
	// handed out to changes made side by side, so a database may have met
	// 0010 before 0008 was merged. Each stands on its own.
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			if s.engine == EnginePostgres && isPermissionDenied(err) {
				return fmt.Errorf("the office database needs Liaison's schema update %s, which only the owner of its tables may make; "+
					"ask the office's administrator to run: liaison team init URL (%w)", m.name, err)
			}
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// appliedMigrations returns the numbers of the migrations recorded.
func (s *Store) appliedMigrations(ctx context.Context) (map[int]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("cannot read the schema version: %w", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out[v] = true
	}
	return out, rows.Err()
}

// createMigrationsTable makes the table that records migrations when it is
// not there. On a server only the owner may create tables, and PostgreSQL
// checks that before it sees the table exists: an officer's or a viewer's
// login would fail on CREATE TABLE IF NOT EXISTS.
func (s *Store) createMigrationsTable(ctx context.Context) error {
	if s.engine == EnginePostgres {
		var exists bool
		if err := s.db.QueryRowContext(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
			return err
		}
		if exists {
			return nil
		}
	}
	_, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`)
	return err
}

func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.engine == EnginePostgres {
		// SQLite's immediate transactions hold the file's write lock;
		// on a server, two Liaisons starting at once take turns here.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7352141)`); err != nil {
			return err
		}
	}
	// Another process may have applied it while this one waited for the lock.
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
		return err
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if step, ok := goSteps[m.version]; ok {
		if err := step(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, s.stamp()); err != nil {
		return err
	}
	return tx.Commit()
}
