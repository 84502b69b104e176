package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A Server is what Probe learnt of a PostgreSQL server.
type Server struct {
	User     string // the login, as the server knows it
	Database string
	Version  string // "15.8"
	// Liaison is set when the database already holds Liaison's tables;
	// else Open creates them.
	Liaison bool
}

// probeTimeout is how long Probe waits for a server that does not answer.
const probeTimeout = 10 * time.Second

// Probe connects to the server at target, as Open would, and says what it
// found, without changing anything there.
func Probe(ctx context.Context, target string) (Server, error) {
	shown := RedactURL(target)
	cfg, err := pgx.ParseConfig(strings.TrimSpace(target))
	if err != nil {
		return Server{}, fmt.Errorf("the server address %s is not a PostgreSQL URL: %w", shown, plainPgError(err))
	}
	if cfg.ConnectTimeout == 0 || cfg.ConnectTimeout > probeTimeout {
		cfg.ConnectTimeout = probeTimeout
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return Server{}, fmt.Errorf("cannot connect to %s: %w", shown, plainPgError(err))
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var srv Server
	err = conn.QueryRow(ctx, `SELECT current_user, current_database(), current_setting('server_version'),
		to_regclass('schema_migrations') IS NOT NULL`).Scan(&srv.User, &srv.Database, &srv.Version, &srv.Liaison)
	if err != nil {
		return Server{}, fmt.Errorf("%s: %w", shown, plainPgError(err))
	}
	srv.Version, _, _ = strings.Cut(srv.Version, " ")
	return srv, nil
}

// Unreachable reports whether err came of the server being out of reach
// (no network, the server down, the connection cut) rather than of what
// was asked of it: the same request may work once it is back.
func Unreachable(err error) bool {
	if err == nil {
		return false
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &pe):
		// 57P01..57P03: the server is shutting down or starting;
		// 08xxx: connection exceptions.
		return strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57P")
	case errors.As(err, &ce), errors.As(err, &ne),
		errors.Is(err, driver.ErrBadConn), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, net.ErrClosed), pgconn.Timeout(err):
		return true
	}
	return strings.Contains(err.Error(), "conn closed")
}

// plainConnectError says why no connection to the server could be made,
// when the network is why, without pgx's dial details; nil for other
// errors.
func plainConnectError(err error) error {
	var ce *pgconn.ConnectError
	if !errors.As(err, &ce) {
		return nil
	}
	where := ce.Config.Host
	if ce.Config.Port != 0 && ce.Config.Port != 5432 {
		where += fmt.Sprintf(" port %d", ce.Config.Port)
	}
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		return plainError{fmt.Sprintf("there is no server named %s (check its name, or the network)", ce.Config.Host), err}
	case errors.Is(err, syscall.ECONNREFUSED):
		return plainError{fmt.Sprintf("nothing answers at %s: the server is not running there, or the port is wrong", where), err}
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return plainError{fmt.Sprintf("%s cannot be reached from this computer (check the network)", where), err}
	case pgconn.Timeout(err), errors.Is(err, context.DeadlineExceeded):
		return plainError{fmt.Sprintf("%s does not answer (check the network, or whether the server runs)", where), err}
	}
	return nil
}

// plainError is an error said in plain words, keeping the one it stands
// for, for errors.Is and errors.As.
type plainError struct {
	text string
	err  error
}

func (e plainError) Error() string { return e.text }
func (e plainError) Unwrap() error { return e.err }
