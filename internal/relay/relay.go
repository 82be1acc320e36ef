// Package relay lets a kiosk work with the central database without depending
// on it: a request is registered there directly when the database answers
// within Timeout, and otherwise kept in the kiosk's own outbox with its code
// in its emergency register (art. 63) until it gets its ordinary number;
// ratings likewise. Flush sends the
// outbox in order, retried, idempotent (a request is known by its code, a
// rating by its uid: sent twice, stored once); the central register gives the
// numbers, gap-free across every kiosk. Pull brings the central content to the
// kiosk. Status lookups ask the central database, and the outbox for what it
// has not received yet.
package relay

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"sportello/internal/kiosk"
	"sportello/internal/store"
)

// Central is what a kiosk asks of the central database.
type Central interface {
	kiosk.RequestStore
	Annul(a kiosk.Annul) (kiosk.Registration, error)
	kiosk.RatingStore
	kiosk.ContentStore
	LastContentChange() (kiosk.AuditEntry, bool, error)
}

// Local is the kiosk's own database: the content it shows and its outbox.
type Local interface {
	kiosk.ContentStore
	LastContentChange() (kiosk.AuditEntry, bool, error)
	Enqueue(kind, key string, payload []byte, at time.Time) error
	Outbox() ([]kiosk.OutboxItem, error)
	Delivered(id int64) error
	Undelivered(id int64, cause error, refused bool, at time.Time) error
	Pending(key string) (kiosk.OutboxItem, bool, error)
	RegisterEmergency(kioskName, code, cause string, at time.Time, payload func(number string) ([]byte, error)) (string, error)
	OpenOutage(cause string, at time.Time) error
	EndOutage(at time.Time) error
	LinkEmergency(number string, ordinary kiosk.Protocol) error
}

// ErrUnreachable is the answer while the central database does not answer.
var ErrUnreachable = kiosk.NewError(kiosk.Unavailable,
	"Il database centrale non risponde: riprovi più tardi.", "The central database does not answer: please try again later.")

// Relay is the kiosk's request and rating store when it works with a central database.
type Relay struct {
	Local Local
	// Connect opens the central database within ctx.
	Connect func(ctx context.Context) (*store.DB, error)
	Timeout time.Duration // how long the central database has to answer (2 s)
	// BulkTimeout is how long it has for what moves the whole content or
	// every request (content sync and saves, the inbox, reports); Timeout
	// when zero.
	BulkTimeout time.Duration
	Retry       time.Duration // after it failed, how long to go straight to the outbox (30 s)
	Now         func() time.Time
	// RetentionMonths is the kiosk's retention setting, for the privacy
	// notice a relayed request's document quotes; nil: the default.
	RetentionMonths func() int
	Log             *slog.Logger
	Kiosk           func() string // this kiosk's name, in its emergency register's numbers
	// Arrived is told of each rating from the outbox once the central
	// database stored it: it raises the alert the rating makes due.
	Arrived func(c kiosk.RatingStore, r kiosk.Rating)

	mu        sync.Mutex
	central   *store.DB
	downUntil time.Time
	pulled    string // the central content change last brought here
	answered  bool   // the central database answered since the last failure: no outage is open
}

// call runs fn on the central database, its every call bound to a time
// limit of Timeout: when the limit passes, the call in flight is cancelled
// and its transaction rolled back, so nothing commits after the kiosk gave
// up (a cable that swallows packets, a database that answers too late).
// When the database is not connected, is known to be down, or does not
// answer in time, call returns ErrUnreachable.
func (r *Relay) call(fn func(Central) error) error { return r.within(r.Timeout, fn) }

// bulk is call with BulkTimeout.
func (r *Relay) bulk(fn func(Central) error) error {
	if r.BulkTimeout == 0 {
		return r.call(fn)
	}
	return r.within(r.BulkTimeout, fn)
}

func (r *Relay) within(timeout time.Duration, fn func(Central) error) error {
	r.mu.Lock()
	if r.Now().Before(r.downUntil) {
		r.mu.Unlock()
		return ErrUnreachable
	}
	c := r.central
	r.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if c == nil {
		var err error
		if c, err = r.connect(ctx); err != nil {
			r.down(err)
			return ErrUnreachable
		}
	}
	if err := fn(c.WithContext(ctx)); err != nil {
		if isAnswer(err) && ctx.Err() == nil {
			return err
		}
		r.down(err)
		return ErrUnreachable
	}
	r.up()
	return nil
}

// up ends the outage, if one is open, once the central database answers.
func (r *Relay) up() {
	r.mu.Lock()
	answered := r.answered
	r.answered = true
	r.mu.Unlock()
	if !answered {
		if err := r.Local.EndOutage(r.Now()); err != nil {
			r.Log.Warn("recording the end of an outage", "err", err)
		}
	}
}

// connect opens the central database once; a second caller that connected
// meanwhile keeps its own.
func (r *Relay) connect(ctx context.Context) (*store.DB, error) {
	c, err := r.Connect(ctx)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.central != nil {
		c.Close()
		return r.central, nil
	}
	r.central = c
	return c, nil
}

// ask runs fn on the central database as call does and returns its answer,
// or the zero value when the database did not answer in time.
func ask[T any](r *Relay, fn func(Central) (T, error)) (T, error) {
	var out T
	err := r.call(func(c Central) error {
		var err error
		out, err = fn(c)
		return err
	})
	if err != nil {
		var none T
		return none, err
	}
	return out, nil
}

// isAnswer tells an answer of the database (not found, invalid, a
// constraint it refused...) from a failure to reach it: of PostgreSQL's
// errors only data (22), constraint (23), syntax (42) and raised ones (P0)
// answer; connection (08), resources (53), shutdown (57) and system (58)
// ones mean it is not there.
func isAnswer(err error) bool {
	var e *kiosk.Error
	if errors.As(err, &e) {
		return true
	}
	var pg *pgconn.PgError
	if !errors.As(err, &pg) || len(pg.Code) < 2 {
		return false
	}
	switch pg.Code[:2] {
	case "22", "23", "42", "P0":
		return true
	}
	return false
}

// down records that the central database did not answer: the kiosk goes
// straight to its outbox for Retry, and an outage opens (art. 63).
func (r *Relay) down(cause error) {
	r.mu.Lock()
	r.downUntil = r.Now().Add(r.Retry)
	r.answered = false
	r.mu.Unlock()
	r.Log.Warn("central database unreachable", "err", cause)
	if err := r.Local.OpenOutage(OutageCause, r.Now()); err != nil {
		r.Log.Warn("recording an outage", "err", err)
	}
}
