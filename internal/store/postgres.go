package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// IsServerURL reports whether target names a PostgreSQL server
// (postgres://… or postgresql://…) rather than a database file.
func IsServerURL(target string) bool {
	t := strings.ToLower(strings.TrimSpace(target))
	return strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://")
}

// RedactURL returns the server URL without its password, for showing and
// remembering: passwords come from PostgreSQL's own places (.pgpass,
// PGPASSWORD, a service file), never from Liaison's settings.
func RedactURL(target string) string {
	u, err := url.Parse(strings.TrimSpace(target))
	if err != nil {
		return "postgres://…"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// openPostgres opens the Liaison database on the PostgreSQL server at
// target and brings its schema up to date. pgx reads the password, when
// the URL has none, from PGPASSWORD, ~/.pgpass (%APPDATA%\postgresql\pgpass.conf
// on Windows) or a service file, and honours sslmode.
func openPostgres(ctx context.Context, target string) (*Store, error) {
	shown := RedactURL(target)
	cfg, err := pgx.ParseConfig(strings.TrimSpace(target))
	if err != nil {
		return nil, fmt.Errorf("the server address %s is not a PostgreSQL URL: %w", shown, plainPgError(err))
	}
	// The store's queries look up a few thousand rows by index. The
	// server's default cost of a random read (4, for spinning disks) made
	// PostgreSQL hash-join a search's matches against a whole table, which
	// doubled its time; a Liaison database fits in the server's memory.
	// This applies to Liaison's own sessions only.
	if _, ok := cfg.RuntimeParams["random_page_cost"]; !ok {
		cfg.RuntimeParams["random_page_cost"] = "1.1"
	}
	// pgx prepares every statement, and after five runs PostgreSQL may
	// plan one for any arguments: a page of people, LIMIT 100 OFFSET n,
	// was then planned for 10,000 rows and read the whole table, 120 ms
	// instead of 30. The store's queries are quick to plan.
	if _, ok := cfg.RuntimeParams["plan_cache_mode"]; !ok {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	// A desktop holds a few connections: the window's reads, a writer and
	// the change listener. The server has many officers to serve.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(maxIdleConns)
	s := &Store{db: db, path: shown, engine: EnginePostgres, now: time.Now, pgcfg: cfg}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot connect to %s: %w", shown, plainPgError(err))
	}
	// The change history names the login, read once: it is the same on
	// every connection of the pool.
	if err := db.QueryRowContext(ctx, `SELECT session_user`).Scan(&s.who); err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot connect to %s: %w", shown, plainPgError(err))
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", shown, plainPgError(err))
	}
	// A viewer's login may read every table but write none (TeamInit).
	var canWrite bool
	if err := db.QueryRowContext(ctx, `SELECT has_table_privilege('people', 'INSERT')`).Scan(&canWrite); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", shown, plainPgError(err))
	}
	s.readOnly = !canWrite
	return s, nil
}

// maxIdleConns is how many connections to a server the pool keeps open
// between uses.
const maxIdleConns = 4

// plainPgError says a PostgreSQL error in the words an officer can act on,
// keeping the error for errors.Is and errors.As.
func plainPgError(err error) error {
	if plain := plainConnectError(err); plain != nil {
		return plain
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "28P01", "28000":
			return fmt.Errorf("the server refused the login (wrong user name or password; passwords come from PGPASSWORD, .pgpass or a service file): %w", err)
		case "3D000":
			return fmt.Errorf("the server has no such database: %w", err)
		case "42501":
			return fmt.Errorf("this login may not do that on the server: %w", err)
		}
	}
	return err
}

// isPermissionDenied reports whether the server refused a statement for
// want of a privilege.
func isPermissionDenied(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "42501"
}

// pgConnector makes pgx's database/sql connections speak the store's SQL:
// SQLite's ? and ?N placeholders become $N, and Go bools become 0 and 1,
// as the schema keeps flags in integers on both engines.
type pgConnector struct{ inner driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{conn.(*stdlib.Conn)}, nil
}

func (c pgConnector) Driver() driver.Driver { return c.inner.Driver() }

type pgConn struct{ *stdlib.Conn }

func (c *pgConn) Prepare(query string) (driver.Stmt, error) {
	return c.Conn.Prepare(rebind(query))
}

func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebind(query))
}

func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebind(query), args)
}

func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebind(query), args)
}

func (c *pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	switch v := nv.Value.(type) {
	case bool:
		if v {
			nv.Value = int64(1)
		} else {
			nv.Value = int64(0)
		}
	case int:
		nv.Value = int64(v)
	}
	return c.Conn.CheckNamedValue(nv)
}

// rebind rewrites SQLite's placeholders for PostgreSQL: ?N becomes $N, and
// a bare ? the next number after the highest used so far, as SQLite counts
// them. Text in quotes and comments is left alone.
func rebind(query string) string {
	if !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	highest := 0
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch c {
		case '\'', '"':
			j := i + 1
			for j < len(query) {
				if query[j] == c {
					if j+1 < len(query) && query[j+1] == c {
						j += 2
						continue
					}
					break
				}
				j++
			}
			b.WriteString(query[i:min(j+1, len(query))])
			i = j
		case '-':
			if i+1 < len(query) && query[i+1] == '-' {
				j := strings.IndexByte(query[i:], '\n')
				if j < 0 {
					j = len(query) - i
				}
				b.WriteString(query[i : i+j])
				i += j - 1
				continue
			}
			b.WriteByte(c)
		case '?':
			j := i + 1
			for j < len(query) && query[j] >= '0' && query[j] <= '9' {
				j++
			}
			n := highest + 1
			if j > i+1 {
				n, _ = strconv.Atoi(query[i+1 : j])
			}
			highest = max(highest, n)
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
