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

// runsSQL is what a handle runs statements on: a *sql.DB or a *sql.Tx.
type runsSQL interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// handle is the database or a transaction, speaking each database's
// placeholders, with the context its calls are bound to: a caller's time
// limit cancels them.
type handle struct {
	on       runsSQL
	postgres bool
	ctx      context.Context
}

func (h handle) q(query string) string {
	if h.postgres {
		return rebind(query)
	}
	return query
}

func (h handle) Exec(query string, args ...any) (sql.Result, error) {
	return h.on.ExecContext(h.ctx, h.q(query), args...)
}
func (h handle) Query(query string, args ...any) (*sql.Rows, error) {
	return h.on.QueryContext(h.ctx, h.q(query), args...)
}
func (h handle) QueryRow(query string, args ...any) *sql.Row {
	return h.on.QueryRowContext(h.ctx, h.q(query), args...)
}

// txn is a transaction: a handle on a *sql.Tx.
type txn struct{ handle }
