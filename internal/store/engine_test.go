package store

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

// testServer is the PostgreSQL server the tests run on when
// LIAISON_TEST_ENGINE=postgres; nil runs them on SQLite files.
var testServer *serverForTests

type serverForTests struct {
	base string // URL of the server's maintenance database
	n    atomic.Int64
}

func TestMain(m *testing.M) {
	if os.Getenv("LIAISON_TEST_ENGINE") == EnginePostgres {
		url := os.Getenv("LIAISON_TEST_PG")
		if url == "" {
			fmt.Fprintln(os.Stderr, "LIAISON_TEST_ENGINE=postgres needs LIAISON_TEST_PG")
			os.Exit(2)
		}
		testServer = &serverForTests{base: url}
	}
	code := m.Run()
	closeBench()
	os.Exit(code)
}

// newServerDatabase creates an empty database on the test server and
// returns its URL.
func newServerDatabase(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, testServer.base)
	if err != nil {
		tb.Fatalf("connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("t%d_%d", os.Getpid(), testServer.n.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 ENCODING 'UTF8'"); err != nil {
		tb.Fatalf("create a test database: %v", err)
	}
	i := strings.LastIndex(testServer.base, "/")
	url := testServer.base[:i+1] + name
	if q := strings.Index(testServer.base[i:], "?"); q >= 0 {
		url += testServer.base[i+q:]
	}
	return url
}
