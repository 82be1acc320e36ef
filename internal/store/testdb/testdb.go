// Package testdb gives a test a database: a SQLite file in a temporary
// folder or, when SPORTELLO_TEST_POSTGRES holds the URL of a PostgreSQL
// server (make test starts one with packaging/test-postgres), a new database
// on it, dropped after the test; empty, or with the demo content. So the
// tests of the store and of the services over it run against both databases.
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

	"sportello/assets"
	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/store"
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

// Open opens a new, empty database (see Source), closed when the test ends.
func Open(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// WithDemo opens a new database (see Source) with the demo content loaded,
// closed when the test ends.
func WithDemo(t testing.TB) *store.DB {
	t.Helper()
	db := Open(t)
	LoadDemo(t, db)
	return db
}

// Demo returns the demo content and the files it names; the test fails if
// the content has problems.
func Demo(t testing.TB) content.File {
	t.Helper()
	f := content.Load(assets.Demo, assets.DemoFile)
	if len(f.Problems) > 0 {
		t.Fatalf("demo: %v", f.Problems)
	}
	return f
}

// LoadDemo imports the demo content into db, as a content import does, and
// returns it.
func LoadDemo(t testing.TB, db *store.DB) content.File {
	t.Helper()
	f := Demo(t)
	if err := db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Action: "content.import"}); err != nil {
		t.Fatal(err)
	}
	return f
}

// Raw opens source with its driver, past the store, as someone at the
// database's console might: to see what the database itself holds or
// refuses. It is closed when the test ends.
func Raw(t testing.TB, source string) *sql.DB {
	t.Helper()
	driver := "sqlite3" // registered by the store
	if store.IsPostgres(source) {
		driver = "pgx"
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
