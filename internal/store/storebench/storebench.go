// Package storebench gives benchmarks a database of any size: n requests,
// each with its registration and first event, and n ratings, filed at the
// pace of a busy office (274 a day, a million in ten years) up to
// 25 November 2026, all but the newest few hundred requests closed. The
// rows are written in SQL, a thousand a statement, in one transaction; a
// SQLite file is kept under os.TempDir() by size, so that later runs open
// it instead of writing it again.
package storebench

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/store"
	"sportello/internal/ticket"
)

// Sizes are the numbers of requests, and of ratings, the benchmarks run at.
var Sizes = []int{1_000, 10_000, 100_000, 1_000_000}

// Open are how many of the newest requests are still open, at any size.
const Open = 300

// End is when the newest request was filed.
var End = time.Date(2026, 11, 25, 10, 0, 0, 0, hours.Rome)

// pace is the time between two requests, and between two ratings.
const pace = 86400 * time.Second / 274

// version names the data written: a change to what is written changes it,
// and the files of before are not opened.
const version = 1

// SQLite returns the path of a SQLite file holding n requests and n
// ratings, written the first time and kept for later runs.
func SQLite(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sportello-bench-v%d-%d.db", version, n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	part := path + ".part"
	os.Remove(part)
	os.Remove(part + "-wal")
	if err := Fill(part, n); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(part, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Fill writes n requests and n ratings into the empty database source (a
// SQLite path or a PostgreSQL URL), its schema made by store.Open.
func Fill(source string, n int) error {
	db, err := store.Open(source)
	if err != nil {
		return err
	}
	db.Close()
	driver, dsn := "sqlite3", "file:"+source+"?_journal_mode=WAL"
	if store.IsPostgres(source) {
		driver, dsn = "pgx", source
	}
	raw, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer raw.Close()
	tx, err := raw.Begin()
	if err != nil {
		return err
	}
	if err := fill(tx, n); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = raw.Exec(`ANALYZE`)
	return err
}

// fill writes the rows, a thousand a statement.
func fill(tx *sql.Tx, n int) error {
	tables := []struct{ insert, columns string }{
		{`register`, `year, number, direction, registered, subject`},
		{`requests`, `id, protocol_year, protocol_number, code, kind, office_id, service_id, body, name, email, phone, lang, registered, term_days, deadline, status, outcome`},
		{`request_events`, `request_id, status, outcome, public_note, internal_note, at`},
		{`ratings`, `at, day, office_id, service_id, scale, value, reason, comment, kiosk, misuse`},
	}
	rows := make([][]string, len(tables))
	flush := func() error {
		for t, values := range rows {
			if len(values) > 0 {
				if _, err := tx.Exec(`INSERT INTO ` + tables[t].insert + ` (` + tables[t].columns + `) VALUES ` + strings.Join(values, ",")); err != nil {
					return fmt.Errorf("%s: %w", tables[t].insert, err)
				}
			}
			rows[t] = rows[t][:0]
		}
		return nil
	}
	g := generator{rand: rand.New(rand.NewPCG(uint64(n), 21)), codes: rand.NewChaCha8([32]byte{21}), n: n}
	for i := range n {
		for t, row := range g.rows(i) {
			rows[t] = append(rows[t], row)
		}
		if len(rows[0]) == 1000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	_, err := tx.Exec(`INSERT INTO rating_days (day, office_id, service_id, scale, value, reason, misuse, count)
		SELECT day, office_id, service_id, scale, value, reason, misuse, count(*) FROM ratings
		GROUP BY day, office_id, service_id, scale, value, reason, misuse`)
	return err
}

// offices are where requests and ratings go, two services each.
var offices = []string{"urp-andria", "urp-barletta", "urp-trani", "viabilita", "ambiente", "scuole"}

// generator makes the rows of request i and rating i.
type generator struct {
	rand   *rand.Rand
	codes  *rand.ChaCha8 // the tracking codes' random bits
	n      int
	year   int // of the last request's number
	number int // the last request's number in its year
}

// rows are the values of request i's registration, request and event, and of rating i.
func (g *generator) rows(i int) [4]string {
	at := End.Add(-time.Duration(g.n-1-i) * pace)
	if at.In(hours.Rome).Year() != g.year {
		g.year, g.number = at.In(hours.Rome).Year(), 0
	}
	g.number++
	code, _ := ticket.NewCode(g.codes)
	status, outcome := kiosk.StatusConcluded, kiosk.OutcomeAccepted
	if i >= g.n-Open {
		status, outcome = kiosk.StatusReceived, ""
	}
	office := offices[g.rand.IntN(len(offices))]
	when := at.UTC().Format("2006-01-02T15:04:05.000000000Z")
	deadline := hours.Today(at).AddDays(30)
	value := 1 + g.rand.IntN(3)
	reason := ""
	if value == 1 {
		reason = kiosk.RatingReasons[g.rand.IntN(len(kiosk.RatingReasons))]
	}
	misuse := "FALSE"
	if g.rand.IntN(50) == 0 {
		misuse = "TRUE"
	}
	return [4]string{
		fmt.Sprintf("(%d,%d,'in','%s','Suggerimento')", g.year, g.number, when),
		fmt.Sprintf("(%d,%d,%d,'%s','suggerimento','%s','%s-a','Più sedie nella sala d''attesa','','','','it','%s',30,'%s','%s','%s')",
			i+1, g.year, g.number, code, office, office, when, deadline, status, outcome),
		fmt.Sprintf("(%d,'ricevuta','','','','%s')", i+1, when),
		fmt.Sprintf("('%s','%s','%s','%s-%c',3,%d,'%s','','k',%s)", when, hours.Today(at), office, office, 'a'+rune(g.rand.IntN(2)), value, reason, misuse),
	}
}
