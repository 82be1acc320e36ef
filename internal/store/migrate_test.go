package store

import (
	"os"
	"path/filepath"
	"testing"
)

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
