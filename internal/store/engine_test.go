package store

import (
	"context"
	"os"
	"testing"

	"liaison/internal/pgtest"
)

// testServer is the throwaway PostgreSQL server the tests run on when
// LIAISON_TEST_ENGINE=postgres (make test runs the package both ways);
// nil runs them on SQLite files.
var testServer *pgtest.Server

func TestMain(m *testing.M) {
	if os.Getenv("LIAISON_TEST_ENGINE") == EnginePostgres {
		os.Exit(pgtest.ForTests(func(srv *pgtest.Server) int {
			testServer = srv
			code := m.Run()
			closeBench()
			closeServerBench()
			return code
		}))
	}
	code := m.Run()
	closeBench()
	closeServerBench()
	os.Exit(code)
}

// newServerDatabase creates an empty database on the test server and
// returns its URL.
func newServerDatabase(tb testing.TB) string {
	tb.Helper()
	url, err := testServer.CreateDatabase(context.Background(), "")
	if err != nil {
		tb.Fatalf("create a test database: %v", err)
	}
	return url
}
