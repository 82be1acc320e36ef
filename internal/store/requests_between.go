package store

import (
	"database/sql"
	"errors"
	"time"

	"sportello/internal/kiosk"
)

// RequestsBetween returns the requests registered from from (included) to to
// (excluded), oldest first, each with its history: what the access register
// and the service charter read of a period.
func (d *DB) RequestsBetween(from, to time.Time) ([]kiosk.Request, error) {
	var out []kiosk.Request
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		at := map[int64]int{}
		rd.each(`SELECT `+requestColumns+` FROM `+requestsWithRegistration+` WHERE r.registered >= ? AND r.registered < ?
			ORDER BY r.registered, r.id`, func(scan func(...any) error) error {
			r, err := scanRequest(scan)
			at[r.ID] = len(out)
			out = append(out, r)
			return err
		}, formatTime(from), formatTime(to))
		rd.each(eventsQuery+` WHERE request_id IN (SELECT id FROM requests WHERE registered >= ? AND registered < ?) ORDER BY id`,
			func(scan func(...any) error) error {
				id, e, err := scanEvent(scan)
				if i, ok := at[id]; ok {
					out[i].History = append(out[i].History, e)
				}
				return err
			}, formatTime(from), formatTime(to))
		return rd.err
	})
	return out, err
}

// AddAudit records e in the audit log.
func (d *DB) AddAudit(e kiosk.AuditEntry) error {
	return d.tx(func(tx *txn) error { return addAudit(tx, e) })
}

// LastAudit returns the newest audit entry of an action; found is false
// when there is none.
func (d *DB) LastAudit(action string) (e kiosk.AuditEntry, found bool, err error) {
	var at string
	err = d.db.QueryRow(`SELECT at, who, action, target, before, after FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1`, action).
		Scan(&at, &e.Who, &e.Action, &e.Target, &e.Before, &e.After)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	e.At = parseTime(at)
	return e, err == nil, err
}
