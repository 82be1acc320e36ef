package store

import (
	"slices"
	"testing"
)

// Both databases have the same migrations, by name.
func TestMigrationsMatch(t *testing.T) {
	names := func(dir string) []string {
		entries, err := migrations.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}
	if lite, pg := names("migrations/sqlite"), names("migrations/postgres"); !slices.Equal(lite, pg) {
		t.Errorf("sqlite %v, postgres %v", lite, pg)
	}
}

func TestRebind(t *testing.T) {
	if got := rebind(`SELECT a FROM b WHERE c = ? AND d IN (?, ?)`); got != `SELECT a FROM b WHERE c = $1 AND d IN ($2, $3)` {
		t.Errorf("rebind: %s", got)
	}
	if got := withConnectTimeout("postgres://h/db?sslmode=disable"); got != "postgres://h/db?sslmode=disable&connect_timeout=2" {
		t.Errorf("connect timeout: %s", got)
	}
	if got := redact("postgres://sportello:segreto@db.provincia:5432/urp"); got != "postgres://…@db.provincia:5432/urp" {
		t.Errorf("redact: %s", got)
	}
}
