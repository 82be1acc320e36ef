package store

import (
	"database/sql"
	"errors"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

const ticketColumns = `id, day, line, number, priority, lang, token, kiosk, taken, queued, called, desk, finished, status`

func scanTicket(scan func(...any) error) (queue.Ticket, error) {
	var t queue.Ticket
	var priority int
	var taken, queued, status string
	var called, finished sql.NullString
	err := scan(&t.ID, &t.Day, &t.Line, &t.Number, &priority, &t.Lang, &t.Token, &t.Kiosk, &taken, &queued, &called, &t.Desk, &finished, &status)
	t.Priority, t.Status = priority != 0, queue.Status(status)
	t.Taken, t.Queued = parseTime(taken), parseTime(queued)
	if c := parseNullTime(called); c != nil {
		t.Called = *c
	}
	if f := parseNullTime(finished); f != nil {
		t.Finished = *f
	}
	return t, err
}

// ErrTooSoon is the answer to a second ticket from the same kiosk within the misuse time.
var ErrTooSoon = kiosk.NewError(kiosk.TooMany,
	"Un biglietto è appena stato preso qui: se le serve un altro servizio, attenda qualche secondo e riprovi.",
	"A ticket was just taken here: if you need another service, wait a few seconds and try again.")

// TakeTicket gives t the next number of its line and day and stores it,
// in one transaction, unless the same kiosk took a ticket within misuse.
func (d *DB) TakeTicket(t *queue.Ticket, misuse time.Duration) error {
	return d.tx(func(tx *txn) error {
		if misuse > 0 && t.Kiosk != "" {
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM queue_tickets WHERE kiosk = ? AND taken > ?`,
				t.Kiosk, formatTime(t.Taken.Add(-misuse))).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return ErrTooSoon
			}
		}
		if err := tx.QueryRow(`INSERT INTO queue_counters (day, line, last) VALUES (?, ?, 1)
			ON CONFLICT (day, line) DO UPDATE SET last = queue_counters.last + 1 RETURNING last`, t.Day, t.Line).Scan(&t.Number); err != nil {
			return err
		}
		priority := 0
		if t.Priority {
			priority = 1
		}
		return tx.QueryRow(`INSERT INTO queue_tickets (day, line, number, priority, lang, token, kiosk, taken, queued, status)
			VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id`, t.Day, t.Line, t.Number, priority, t.Lang, t.Token, t.Kiosk,
			formatTime(t.Taken), formatTime(t.Queued), string(t.Status)).Scan(&t.ID)
	})
}

// Tickets returns the tickets of a day, in the order they were taken.
func (d *DB) Tickets(day string) ([]queue.Ticket, error) {
	return d.tickets(`SELECT `+ticketColumns+` FROM queue_tickets WHERE day = ? ORDER BY id`, day)
}

// LastCalls returns the last n tickets called, the newest first.
func (d *DB) LastCalls(n int) ([]queue.Ticket, error) {
	return d.tickets(`SELECT `+ticketColumns+` FROM queue_tickets WHERE called IS NOT NULL ORDER BY called DESC, id DESC LIMIT ?`, n)
}

func (d *DB) tickets(query string, args ...any) ([]queue.Ticket, error) {
	var out []queue.Ticket
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(query, func(scan func(...any) error) error {
			t, err := scanTicket(scan)
			out = append(out, t)
			return err
		}, args...)
		return rd.err
	})
	return out, err
}

var errNoTicket = kiosk.NewError(kiosk.NotFound, "Nessun biglietto con questo codice.", "No ticket with this code.")

// TicketByToken returns the ticket whose QR carries token.
func (d *DB) TicketByToken(token string) (queue.Ticket, error) {
	t, err := scanTicket(d.db.QueryRow(`SELECT `+ticketColumns+` FROM queue_tickets WHERE token = ?`, token).Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return t, errNoTicket
	}
	return t, err
}

// UpdateTicket applies change to the stored ticket with id in one
// transaction, only if its status is still from: another desk may have
// moved it meanwhile, and then it answers kiosk.Conflict.
func (d *DB) UpdateTicket(id int64, from queue.Status, change func(*queue.Ticket)) (queue.Ticket, error) {
	var t queue.Ticket
	err := d.tx(func(tx *txn) error {
		var err error
		t, err = scanTicket(tx.QueryRow(`SELECT `+ticketColumns+` FROM queue_tickets WHERE id = ?`, id).Scan)
		if errors.Is(err, sql.ErrNoRows) {
			return errNoTicket
		}
		if err != nil {
			return err
		}
		if t.Status != from {
			return kiosk.Errorf(kiosk.Conflict, "Il biglietto %s è già %s.", "Ticket %s is already %s.", t.Label(), t.Status)
		}
		change(&t)
		res, err := tx.Exec(`UPDATE queue_tickets SET called = ?, desk = ?, finished = ?, status = ? WHERE id = ? AND status = ?`,
			nullTime(nonZero(t.Called)), t.Desk, nullTime(nonZero(t.Finished)), string(t.Status), id, string(from))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return kiosk.Errorf(kiosk.Conflict, "Il biglietto %s è cambiato nel frattempo.", "Ticket %s changed meanwhile.", t.Label())
		}
		return nil
	})
	return t, err
}

// nonZero is &t, or nil for the zero time.
func nonZero(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// ServedSince returns the tickets of a line served since a time, for how long a service takes.
func (d *DB) ServedSince(line string, since time.Time) ([]queue.Ticket, error) {
	return d.tickets(`SELECT `+ticketColumns+` FROM queue_tickets WHERE line = ? AND status = ? AND finished >= ? ORDER BY id`,
		line, string(queue.Served), formatTime(since))
}
