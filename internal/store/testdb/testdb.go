// Package testdb names an empty database for a test: a SQLite file in a
// temporary folder or, when SPORTELLO_TEST_POSTGRES holds the URL of a
// PostgreSQL server (make test starts one with packaging/test-postgres), a new
// database on it, dropped after the test. So the tests of the store and of
// the services over it run against both databases.
package testdb

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

// Variable names the PostgreSQL server tests use, as an admin URL.
const Variable = "SPORTELLO_TEST_POSTGRES"

// Source returns what store.Open opens: a new, empty database.
func Source(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(Variable)
	if admin == "" {
		return filepath.Join(t.TempDir(), "test.db")
	}
	server, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("sportello_test_%d", rand.Uint64())
	if _, err := server.Exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // after the test's own clean-ups, which close the store
		server.Exec(`DROP DATABASE ` + name + ` WITH (FORCE)`)
		server.Close()
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
