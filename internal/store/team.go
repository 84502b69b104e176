package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A Team is the office's database on a server as TeamInit left it: its
// schema and the two group roles whose members are the office's logins.
type Team struct {
	Database string // the database's name on the server
	Schema   int    // the number of its last migration
	// Officers may read and write every table; Viewers may only read.
	// Neither can log in: logins are made members of them.
	Officers, Viewers string
	Created           []string // the roles this run created; none when run again
}

// TeamRoles returns the names of the group roles of the database dbname:
// dbname_officers and dbname_viewers, in lower case letters, digits and
// underscores. Roles belong to the whole server, and grants to one
// database: roles of their own keep the officers of one office's database
// out of another's on the same server.
func TeamRoles(dbname string) (officers, viewers string) {
	var b strings.Builder
	for _, r := range strings.ToLower(dbname) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	base := b.String()
	if base == "" || base[0] >= '0' && base[0] <= '9' {
		base = "db_" + base
	}
	// PostgreSQL cuts names at 63 bytes; "_officers" takes nine.
	base = base[:min(len(base), 63-len("_officers"))]
	return base + "_officers", base + "_viewers"
}

// TeamInit prepares the Liaison database on the server at target for an
// office: it creates or updates the schema (Open) and the group roles
// TeamRoles names, and grants the officers reading and writing of every
// table and its ID sequence, and the viewers reading; grants for tables
// later migrations make follow by default. Running it again changes
// nothing but what a newer Liaison's schema needs.
//
// The login must own the database's tables (or be a superuser), and may
// create roles (CREATEROLE) unless they exist already.
func TeamInit(ctx context.Context, target string) (Team, error) {
	var t Team
	if !IsServerURL(target) {
		return t, errors.New("team init needs the address of a PostgreSQL server (postgres://…), not a file")
	}
	s, err := Open(ctx, target)
	if err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "3D000" {
			return t, fmt.Errorf("%w; the server's administrator creates it first, e.g. in psql: CREATE DATABASE office;", err)
		}
		if isPermissionDenied(err) {
			return t, fmt.Errorf("%w; run team init as the login that owns Liaison's tables there, or as the server's administrator", err)
		}
		return t, err
	}
	defer s.Close()
	if t.Schema, err = s.SchemaVersion(ctx); err != nil {
		return t, err
	}
	var who struct {
		user, owner, schema        string
		super, createRole, isOwner bool
	}
	err = s.db.QueryRowContext(ctx, `SELECT current_database(), current_user, current_schema(), r.rolsuper, r.rolcreaterole,
			t.tableowner, pg_has_role(current_user, t.tableowner, 'MEMBER')
		FROM pg_roles r, pg_tables t
		WHERE r.rolname = current_user AND t.schemaname = current_schema() AND t.tablename = 'schema_migrations'`).
		Scan(&t.Database, &who.user, &who.schema, &who.super, &who.createRole, &who.owner, &who.isOwner)
	if err != nil {
		return t, fmt.Errorf("cannot read who this login is: %w", plainPgError(err))
	}
	t.Officers, t.Viewers = TeamRoles(t.Database)
	if !who.super && !who.isOwner {
		return t, fmt.Errorf("the tables of %s belong to %s: run team init as %s or as the server's administrator", t.Database, who.owner, who.owner)
	}
	existing, err := appendStrings(ctx, s.db, nil, `SELECT rolname FROM pg_roles WHERE rolname IN (?, ?)`, t.Officers, t.Viewers)
	if err != nil {
		return t, err
	}
	var missing []string
	for _, r := range []string{t.Officers, t.Viewers} {
		if !slices.Contains(existing, r) {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 && !who.super && !who.createRole {
		return t, fmt.Errorf("the login %s may not create roles (it lacks CREATEROLE); run team init as the server's administrator (postgres), "+
			"or have them run in psql: ALTER ROLE %s CREATEROLE;", who.user, pgx.Identifier{who.user}.Sanitize())
	}
	if err := grantTeam(ctx, s, t, missing, who.owner, who.schema); err != nil {
		return t, fmt.Errorf("cannot set up the roles: %w", plainPgError(err))
	}
	t.Created = missing
	return t, nil
}

// grantTeam creates the missing roles and grants both theirs, in one
// transaction.
func grantTeam(ctx context.Context, s *Store, t Team, missing []string, owner, schema string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	id := func(name string) string { return pgx.Identifier{name}.Sanitize() }
	o, v, sch := id(t.Officers), id(t.Viewers), id(schema)
	var stmts []string
	for _, r := range missing {
		stmts = append(stmts, `CREATE ROLE `+id(r)+` NOLOGIN`)
	}
	defaults := `ALTER DEFAULT PRIVILEGES FOR ROLE ` + id(owner) + ` IN SCHEMA ` + sch
	// Everyone may connect unless the administrator revoked it from
	// PUBLIC; only the database's owner may grant it back.
	var mayGrantConnect bool
	if err := tx.QueryRowContext(ctx, `SELECT has_database_privilege(current_database(), 'CONNECT WITH GRANT OPTION')`).Scan(&mayGrantConnect); err != nil {
		return err
	}
	if mayGrantConnect {
		stmts = append(stmts, `GRANT CONNECT ON DATABASE `+id(t.Database)+` TO `+o+`, `+v)
	}
	stmts = append(stmts,
		`GRANT USAGE ON SCHEMA `+sch+` TO `+o+`, `+v,
		`GRANT SELECT ON ALL TABLES IN SCHEMA `+sch+` TO `+v,
		`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA `+sch+` TO `+o,
		// Only the owner changes the schema, and records it.
		`REVOKE INSERT, UPDATE, DELETE ON TABLE `+sch+`.schema_migrations FROM `+o,
		// UPDATE lets a copy set the next ID (setval).
		`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA `+sch+` TO `+o,
		defaults+` GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO `+o,
		defaults+` GRANT SELECT ON TABLES TO `+v,
		defaults+` GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO `+o,
	)
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return tx.Commit()
}
