package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"sportello/assets"
	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

// open returns an empty database, SQLite or PostgreSQL (see testdb): the same
// tests run against both.
func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func demo(t *testing.T) content.File {
	t.Helper()
	f := content.Load(assets.Demo, assets.DemoFile)
	if len(f.Problems) > 0 {
		t.Fatalf("demo: %v", f.Problems)
	}
	return f
}

func TestMigrationsOnceAndPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	for range 2 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var applied, want int
		db.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&applied)
		names, _ := migrations.ReadDir("migrations/sqlite")
		want = len(names)
		if applied != want {
			t.Errorf("migrations recorded = %d, want %d", applied, want)
		}
		var fk int
		db.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk)
		var mode string
		db.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
		if fk != 1 || mode != "wal" {
			t.Errorf("foreign_keys = %d, journal_mode = %s", fk, mode)
		}
		db.Close()
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("database file mode = %v, %v; want 0600", st.Mode().Perm(), err)
	}
}

func TestContentRoundTrip(t *testing.T) {
	db := open(t)
	if has, _ := db.HasContent(); has {
		t.Fatal("a new database has content")
	}
	f := demo(t)
	if err := db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Action: "content.import"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Content()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := content.Encode(f.Content)
	have, _ := content.Encode(got)
	if !bytes.Equal(want, have) {
		t.Errorf("stored content differs from imported:\n%s\n---\n%s", want, have)
	}
	pdf, err := db.File(f.Content.Forms[0].File)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("form file: %v", err)
	}
	if _, err := db.File("nope.pdf"); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("missing file error = %v", err)
	}
}

func TestFailedReplaceChangesNothing(t *testing.T) {
	db := open(t)
	f := demo(t)
	if err := db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Action: "content.import"}); err != nil {
		t.Fatal(err)
	}
	before, _ := db.Content()
	bad := f.Content
	bad.Services = append([]kiosk.Service{}, bad.Services...)
	bad.Services[3].Office = "no-such-office" // the store's foreign key refuses it
	bad.Organization.Name.It = "Changed"
	if err := db.ReplaceContent(bad, nil, kiosk.AuditEntry{Action: "content.import"}); err == nil {
		t.Fatal("a service of an unknown office was stored")
	}
	after, _ := db.Content()
	a, _ := content.Encode(before)
	b, _ := content.Encode(after)
	if !bytes.Equal(a, b) {
		t.Error("a failed replace changed the content")
	}
	if files, _ := db.Files(); len(files) != len(f.Files) {
		t.Errorf("files after failed replace = %d, want %d", len(files), len(f.Files))
	}
}

// A database made before the PostgreSQL migrations came, which recorded its
// migrations as "migrations/NAME", opens without applying them again.
func TestOlderDatabaseOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.db.Exec(`UPDATE migrations SET name = 'migrations/' || name WHERE name NOT IN ('008_outbox.sql', '010_outbox_aside.sql')`)
	db.db.Exec(`DELETE FROM migrations WHERE name IN ('008_outbox.sql', '010_outbox_aside.sql')`)
	db.db.Exec(`DROP TABLE outbox`)
	db.db.Exec(`DROP INDEX ratings_uid`)
	db.db.Exec(`ALTER TABLE ratings DROP COLUMN uid`)
	db.Close()
	if db, err = Open(path); err != nil {
		t.Fatalf("an older database: %v", err)
	}
	defer db.Close()
	if _, err := db.Outbox(); err != nil {
		t.Errorf("the new migration was not applied: %v", err)
	}
}
