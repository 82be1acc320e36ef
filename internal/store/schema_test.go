package store_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// coarse are the column types of both databases, as the store uses them;
// SQLite keeps booleans as integers.
var coarse = map[string]string{
	"integer": "integer", "bigint": "integer", "smallint": "integer", "boolean": "integer",
	"text": "text", "character varying": "text",
	"real": "real", "double precision": "real", "numeric": "real",
	"blob": "blob", "bytea": "blob",
	"timestamp with time zone": "time", "timestamp without time zone": "time", "date": "time",
}

// migrate applies every migration to the database at source.
func migrate(t *testing.T, source string) {
	t.Helper()
	db, err := store.Open(source)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// columns migrates the database at source and returns its columns, as
// "table.column", with their coarse types.
func columns(t *testing.T, source string) map[string]string {
	t.Helper()
	migrate(t, source)
	query := `SELECT m.name, c.name, c.type FROM sqlite_master m, pragma_table_info(m.name) c
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
	if store.IsPostgres(source) {
		query = `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()`
	}
	rows, err := testdb.Raw(t, source).Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var table, column, typ string
		if err := rows.Scan(&table, &column, &typ); err != nil {
			t.Fatal(err)
		}
		if out[table+"."+column] = coarse[strings.ToLower(typ)]; out[table+"."+column] == "" {
			t.Errorf("%s.%s: a column of type %s", table, column, typ)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// After every migration, the SQLite and the PostgreSQL databases have the
// same tables, with the same columns of the same types.
func TestSchemasMatch(t *testing.T) {
	lite := columns(t, filepath.Join(t.TempDir(), "lite.db"))
	if os.Getenv(testdb.Variable) == "" {
		t.Skip(testdb.Variable + " is not set: make test starts a PostgreSQL server and sets it")
	}
	pg := columns(t, testdb.Source(t))
	var names []string
	for name := range lite {
		names = append(names, name)
	}
	for name := range pg {
		if _, ok := lite[name]; !ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		if lite[name] != pg[name] {
			t.Errorf("%s: SQLite %q, PostgreSQL %q", name, lite[name], pg[name])
		}
	}
}

// A database written before 011_times.sql has its times rewritten in the
// one fixed width: they sort as times, read the same, and the register and
// the audit log stay as unchangeable as they were.
func TestOlderTimesAreRewritten(t *testing.T) {
	source := testdb.Source(t)
	migrate(t, source)
	raw := testdb.Raw(t, source)
	for _, q := range []string{
		`DELETE FROM migrations WHERE name = '011_times.sql'`,
		`INSERT INTO audit (at, who, action, target, before, after) VALUES ('2026-11-25T09:30:00.5Z', 'a', 'x', '', '', '')`,
		`INSERT INTO audit (at, who, action, target, before, after) VALUES ('2026-11-25T09:30:00Z', 'b', 'x', '', '', '')`,
		`INSERT INTO register (year, number, direction, registered) VALUES (2026, 1, 'in', '2026-11-25T09:30:00.123Z')`,
		`INSERT INTO outbox (kind, key, payload, created) VALUES ('rating', 'k', '{}', '2026-11-25T09:30:01Z')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db, err := store.Open(source)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var stored []string
	for _, q := range []string{`SELECT at FROM audit ORDER BY at`, `SELECT registered || '|' || emergency_at FROM register`,
		`SELECT created || '|' || coalesce(set_aside, 'NULL') FROM outbox`} {
		rows, err := raw.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			stored = append(stored, s)
		}
		rows.Close()
	}
	if want := []string{"2026-11-25T09:30:00.000000000Z", "2026-11-25T09:30:00.500000000Z", "2026-11-25T09:30:00.123000000Z|",
		"2026-11-25T09:30:01.000000000Z|NULL"}; !slices.Equal(stored, want) {
		t.Errorf("stored %q, want %q", stored, want)
	}
	at := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	if a, err := db.Audit(); err != nil || len(a) != 2 || !a[0].At.Equal(at) || !a[1].At.Equal(at.Add(time.Second/2)) {
		t.Errorf("audit %+v, %v", a, err)
	}
	if g, err := db.Registration(kiosk.Protocol{Year: 2026, Number: 1}); err != nil || !g.At.Equal(at.Add(123*time.Millisecond)) || !g.EmergencyAt.IsZero() {
		t.Errorf("registration %+v, %v", g, err)
	}
	for _, q := range []string{`UPDATE audit SET who = 'x'`, `UPDATE register SET registered = '2026-01-01T00:00:00.000000000Z'`} {
		if _, err := raw.Exec(q); err == nil {
			t.Errorf("%s: changed after the rewrite", q)
		}
	}
}
