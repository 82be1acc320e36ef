// Package store keeps Sportello's data: the content, the requests and their
// register, the ratings, staff, settings and the audit log. One SQLite file
// per machine by default, or a central PostgreSQL database shared by every
// kiosk and office PC; the same queries serve both. Migrations are embedded
// and applied in order when the database is opened.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
	"github.com/mattn/go-sqlite3"      // the database/sql driver "sqlite3", and its errors

	"sportello/internal/kiosk"
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrations embed.FS

// DB is an open Sportello database.
type DB struct {
	pool  *sql.DB          // the connections
	db    handle           // pool, with the context its calls are bound to
	stmts *statements      // prepared once, shared by the copies WithContext makes
	turns chan struct{}    // PostgreSQL's connections, taken in turn: see inTurn
	Now   func() time.Time // the clock; tests set it
}

// IsPostgres reports whether source names a PostgreSQL database rather than a SQLite file.
func IsPostgres(source string) bool {
	return strings.HasPrefix(source, "postgres://") || strings.HasPrefix(source, "postgresql://")
}

// Open opens the database source and brings its schema up to date: a
// postgres:// URL, or the path of a SQLite file (created, mode 0600, when missing).
func Open(source string) (*DB, error) { return OpenContext(context.Background(), source) }

// pgConnections is the most connections one kiosk or server opens to
// PostgreSQL: many kiosks share a server whose limit is often 100.
const pgConnections = 10

// idleConnections is how many connections wait for the next call.
const idleConnections = pgConnections

// OpenContext is Open within ctx: a database that does not answer in time
// is given up, the connection closed.
func OpenContext(ctx context.Context, source string) (*DB, error) {
	var db *sql.DB
	var err error
	pg := IsPostgres(source)
	if pg {
		db, err = sql.Open("pgx", withConnectTimeout(source))
		if err == nil {
			db.SetMaxOpenConns(pgConnections) // a burst waits its turn instead of exhausting the server's connections
		}
	} else {
		db, err = openSQLite(source)
	}
	if err != nil {
		return nil, err
	}
	// Connections are kept for the next burst: opening one costs more than
	// the lookups it serves (a PostgreSQL session, SQLite's schema read anew).
	db.SetMaxIdleConns(idleConnections)
	d := &DB{pool: db, db: handle{on: db, postgres: pg, ctx: ctx}, stmts: &statements{by: map[string]*sql.Stmt{}}, Now: time.Now}
	if pg {
		d.turns = make(chan struct{}, pgConnections)
	}
	err = d.migrate()
	d.db.ctx = context.Background() // the open's limit is not the calls'
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("migrating %s: %w", redact(source), err)
	}
	return d, nil
}

// inTurn waits, first come first served, for one of PostgreSQL's
// connections to be free, and returns what gives it back; SQLite's are
// never waited for. database/sql hands a freed connection to a waiter
// chosen at random, so in a burst some wait many turns: at 50 status
// lookups on 10 connections the 99th percentile is several times the
// mean wait, where waiting in turn on a channel makes it about the mean.
func (d *DB) inTurn() func() {
	if d.turns == nil {
		return func() {}
	}
	d.turns <- struct{}{}
	return func() { <-d.turns }
}

func openSQLite(path string) (*sql.DB, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	f.Close()
	// synchronous=FULL: a commit returns once the WAL is on the disk, so that
	// a registration whose ticket printed survives a power cut too. NORMAL
	// loses nothing when the program crashes, but leaves the last commits to
	// the next checkpoint's sync, which a power cut can lose. FULL costs
	// about half a millisecond a ticket here (BenchmarkTicketIssue).
	return sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL&_foreign_keys=on&_busy_timeout=10000&_txlock=immediate&_synchronous=FULL")
}

// withConnectTimeout gives up connecting after 2 s unless the URL says
// otherwise: a kiosk must not hang on a database that does not answer.
func withConnectTimeout(source string) string {
	if strings.Contains(source, "connect_timeout=") {
		return source
	}
	if strings.Contains(source, "?") {
		return source + "&connect_timeout=2"
	}
	return source + "?connect_timeout=2"
}

// redact hides the password of a URL in messages.
func redact(source string) string {
	if at := strings.LastIndex(source, "@"); IsPostgres(source) && at > 0 {
		return source[:strings.Index(source, "://")+3] + "…" + source[at:]
	}
	return source
}

// Close closes the database.
func (d *DB) Close() error { return d.pool.Close() }

// WithContext returns the database with its calls bound to ctx: when ctx
// ends (a time limit, say) a call in flight is cancelled and its transaction
// rolled back, so nothing commits after the caller gave up. The copy shares
// the connections; closing either closes both.
func (d *DB) WithContext(ctx context.Context) *DB {
	c := *d
	c.db.ctx = ctx
	return &c
}

// migrate applies, each in its own transaction, the migrations not yet recorded.
func (d *DB) migrate() error {
	if _, err := d.db.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	dir := "migrations/sqlite"
	if d.db.postgres {
		dir = "migrations/postgres"
	}
	names, err := fs.Glob(migrations, dir+"/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := d.apply(name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func (d *DB) apply(name string) error {
	base := name[strings.LastIndex(name, "/")+1:] // the same name for both databases
	return d.tx(func(tx *txn) error {
		if tx.postgres { // two kiosks starting at once: one migrates, the other waits
			if _, err := tx.Exec(`SELECT pg_advisory_xact_lock(7000)`); err != nil {
				return err
			}
		}
		var n int // databases made before PostgreSQL came recorded "migrations/NAME"
		if err := tx.QueryRow(`SELECT count(*) FROM migrations WHERE name IN (?, ?)`, base, "migrations/"+base).Scan(&n); err != nil || n > 0 {
			return err
		}
		script, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := tx.on.ExecContext(tx.ctx, string(script)); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO migrations (name, applied) VALUES (?, ?)`, base, formatTime(d.Now()))
		return err
	})
}

// tx runs fn in a transaction, committed when fn returns nil and rolled back otherwise.
func (d *DB) tx(fn func(*txn) error) error {
	ctx := d.db.ctx
	tx, err := d.pool.BeginTx(ctx, nil)
	if err != nil {
		return full(err)
	}
	if err := fn(&txn{handle{on: tx, postgres: d.db.postgres, ctx: ctx}}); err != nil {
		tx.Rollback()
		return full(err)
	}
	return full(tx.Commit())
}

// ErrFull is the answer when the disk under the database is full: nothing
// was written, and the citizen is sent to the desk.
var ErrFull = kiosk.NewError(kiosk.Unavailable,
	"Lo sportello non riesce a salvare in questo momento (memoria piena): si rivolga allo sportello dell'ufficio. Quanto ha scritto resta qui.",
	"The kiosk cannot save right now (its storage is full): please ask at the office's desk. What you wrote stays here.")

// full tells a full disk (SQLite's SQLITE_FULL, PostgreSQL's disk_full)
// from other failures.
func full(err error) error {
	var lite sqlite3.Error
	var pg *pgconn.PgError
	if errors.As(err, &lite) && lite.Code == sqlite3.ErrFull || errors.As(err, &pg) && pg.Code == "53100" {
		return &kiosk.Error{Code: ErrFull.Code, Message: ErrFull.Message, Err: err}
	}
	return err
}
