package store

import (
	"database/sql"
	"errors"
	"time"

	"sportello/internal/kiosk"
)

// Enqueue adds an item at the end of the outbox; the same key twice is kept once.
func (d *DB) Enqueue(kind, key string, payload []byte, at time.Time) error {
	_, err := d.db.Exec(`INSERT INTO outbox (kind, key, payload, created) VALUES (?,?,?,?) ON CONFLICT (key) DO NOTHING`,
		kind, key, string(payload), formatTime(at))
	return err
}

// outboxColumns are what scanOutboxItem reads, in its order.
const outboxColumns = `id, kind, key, payload, created, attempts, last_error, set_aside`

func scanOutboxItem(row interface{ Scan(...any) error }) (kiosk.OutboxItem, error) {
	var it kiosk.OutboxItem
	var payload, created string
	var aside sql.NullString
	err := row.Scan(&it.ID, &it.Kind, &it.Key, &payload, &created, &it.Attempts, &it.Error, &aside)
	it.Payload = []byte(payload)
	it.Created = parseTime(created)
	it.SetAside = parseNullTime(aside)
	return it, err
}

// Outbox returns the items waiting to be sent, oldest first: not those set aside.
func (d *DB) Outbox() ([]kiosk.OutboxItem, error) { return d.outbox(`set_aside IS NULL`) }

// SetAside returns the items the central database kept refusing, oldest
// first, with their errors: for staff to see.
func (d *DB) SetAside() ([]kiosk.OutboxItem, error) { return d.outbox(`set_aside IS NOT NULL`) }

func (d *DB) outbox(where string) ([]kiosk.OutboxItem, error) {
	rows, err := d.db.Query(`SELECT ` + outboxColumns + ` FROM outbox WHERE ` + where + ` ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kiosk.OutboxItem
	for rows.Next() {
		it, err := scanOutboxItem(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Delivered removes an item the central database has stored.
func (d *DB) Delivered(id int64) error {
	_, err := d.db.Exec(`DELETE FROM outbox WHERE id = ?`, id)
	return err
}

// Undelivered records a failed attempt to send an item. One the central
// database refused (refused true) kiosk.MaxAttempts times is set aside at at.
func (d *DB) Undelivered(id int64, cause error, refused bool, at time.Time) error {
	_, err := d.db.Exec(`UPDATE outbox SET attempts = attempts + 1, last_error = ?,
		set_aside = CASE WHEN ? AND attempts + 1 >= ? THEN ? ELSE set_aside END WHERE id = ?`,
		cause.Error(), refused, kiosk.MaxAttempts, formatTime(at), id)
	return err
}

// Pending returns the item with key, if it waits in the outbox.
func (d *DB) Pending(key string) (kiosk.OutboxItem, bool, error) {
	it, err := scanOutboxItem(d.db.QueryRow(`SELECT `+outboxColumns+` FROM outbox WHERE key = ?`, key))
	if errors.Is(err, sql.ErrNoRows) {
		return it, false, nil
	}
	return it, err == nil, err
}
