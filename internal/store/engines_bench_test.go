package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"liaison/internal/pgtest"
)

// The same 100,000 people on a PostgreSQL server, for BenchmarkEngines:
// on the package's test server when the tests run on PostgreSQL, else on
// one started for the benchmarks.
var (
	bigServerOnce sync.Once
	bigServerDB   *Store
	bigServerErr  error
	benchServer   *pgtest.Server
)

func bigServerStore(b *testing.B) *Store {
	b.Helper()
	bigServerOnce.Do(func() {
		srv := testServer
		if srv == nil {
			if benchServer, bigServerErr = pgtest.Start(); bigServerErr != nil {
				return
			}
			srv = benchServer
		}
		url, err := srv.CreateDatabase(context.Background(), "")
		if err != nil {
			bigServerErr = err
			return
		}
		start := time.Now()
		if bigServerDB, bigServerErr = Open(context.Background(), url); bigServerErr == nil {
			if bigServerErr = fillBig(bigServerDB, 300, 100_000); bigServerErr == nil {
				// What autovacuum does within a minute of a large import.
				_, bigServerErr = bigServerDB.db.Exec("VACUUM ANALYZE")
			}
		}
		fmt.Fprintf(os.Stderr, "built the benchmark database on the server (100,000 people) in %v\n", time.Since(start).Round(time.Millisecond))
	})
	if bigServerErr != nil {
		b.Skipf("no PostgreSQL server for the benchmark: %v", bigServerErr)
	}
	return bigServerDB
}

// closeServerBench closes the server benchmarks' database and stops the
// server started for them.
func closeServerBench() {
	if bigServerDB != nil {
		bigServerDB.Close()
	}
	if benchServer != nil {
		benchServer.Stop()
	}
}

// BenchmarkEngines measures what an officer waits for on both engines in
// one run, on the same 100,000 people: a search as she types and a page of
// the people list (p95 of each). The server is on loopback: an office's
// network adds its round trips.
func BenchmarkEngines(b *testing.B) {
	engines := []struct {
		name string
		open func(*testing.B) *Store
	}{{EngineSQLite, bigStore}, {EnginePostgres, bigServerStore}}
	for _, e := range engines {
		b.Run(e.name+"/search", func(b *testing.B) {
			s := e.open(b)
			ctx := context.Background()
			p95(b, func(i int) error {
				_, err := s.Search(ctx, searchQueries[i%len(searchQueries)], 50, false)
				return err
			})
		})
		b.Run(e.name+"/people-page", func(b *testing.B) {
			s := e.open(b)
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(3, 4))
			p95(b, func(int) error {
				rows, err := s.People(ctx, PeopleQuery{Offset: rng.IntN(100_000 - 100), Limit: 100})
				if err == nil && len(rows) != 100 {
					err = fmt.Errorf("page of %d people, want 100", len(rows))
				}
				return err
			})
		})
		b.Run(e.name+"/picker", func(b *testing.B) {
			s := e.open(b)
			ctx := context.Background()
			p95(b, func(i int) error {
				_, err := s.People(ctx, PeopleQuery{Search: searchQueries[i%len(searchQueries)], SearchMission: true,
					Sort: PeopleByMission, Limit: 300})
				return err
			})
		})
	}
}
