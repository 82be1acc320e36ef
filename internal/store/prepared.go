package store

import (
	"context"
	"database/sql"
	"sync"
)

// statements are queries prepared once on the pool and kept: database/sql
// prepares each again on a connection that has not seen it, once.
type statements struct {
	mu sync.Mutex
	by map[string]*sql.Stmt
}

// preparedQuery runs queries through the pool's statements, bound to ctx.
type preparedQuery struct {
	d   *DB
	ctx context.Context
}

// prepared is the database read through statements prepared once.
func (d *DB) prepared() querier { return preparedQuery{d: d, ctx: d.db.ctx} }

// Query runs query, prepared the first time.
func (p preparedQuery) Query(query string, args ...any) (*sql.Rows, error) {
	s := p.d.stmts
	s.mu.Lock()
	st, ok := s.by[query]
	if !ok {
		var err error
		if st, err = p.d.pool.PrepareContext(p.ctx, p.d.db.q(query)); err != nil {
			s.mu.Unlock()
			return nil, err
		}
		s.by[query] = st
	}
	s.mu.Unlock()
	return st.QueryContext(p.ctx, args...)
}
