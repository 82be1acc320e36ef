package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// rebind turns the ? placeholders of a query into PostgreSQL's $1, $2...;
// the queries hold no ? inside quotes.
func rebind(query string) string {
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// handle is the database, speaking each database's placeholders, with the
// context its calls are bound to: a caller's time limit cancels them.
type handle struct {
	*sql.DB
	postgres bool
	ctx      context.Context // nil: no limit
}

func (h handle) context() context.Context {
	if h.ctx == nil {
		return context.Background()
	}
	return h.ctx
}

func (h handle) q(query string) string {
	if h.postgres {
		return rebind(query)
	}
	return query
}

func (h handle) Exec(query string, args ...any) (sql.Result, error) {
	return h.DB.ExecContext(h.context(), h.q(query), args...)
}
func (h handle) Query(query string, args ...any) (*sql.Rows, error) {
	return h.DB.QueryContext(h.context(), h.q(query), args...)
}
func (h handle) QueryRow(query string, args ...any) *sql.Row {
	return h.DB.QueryRowContext(h.context(), h.q(query), args...)
}

// txn is a transaction, speaking each database's placeholders.
type txn struct {
	*sql.Tx
	postgres bool
	ctx      context.Context
}

func (t *txn) q(query string) string {
	if t.postgres {
		return rebind(query)
	}
	return query
}

func (t *txn) Exec(query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(t.ctx, t.q(query), args...)
}
func (t *txn) Query(query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(t.ctx, t.q(query), args...)
}
func (t *txn) QueryRow(query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(t.ctx, t.q(query), args...)
}
