package store

import (
	"cmp"
	"database/sql"
	"slices"
	"time"

	"sportello/internal/appointments"
	"sportello/internal/mail"
)

const mailColumns = `id, ref, kind, recipient, subject, body, due, attempts, last_error, failed`

func scanMail(scan func(...any) error) (mail.Queued, error) {
	var m mail.Queued
	var due string
	var failed sql.NullString
	err := scan(&m.ID, &m.Ref, &m.Kind, &m.To, &m.Subject, &m.Body, &due, &m.Attempts, &m.Error, &failed)
	m.Due = parseTime(due)
	if t := parseNullTime(failed); t != nil {
		m.Failed = *t
	}
	return m, err
}

// QueueMail adds messages to the mail queue.
func (d *DB) QueueMail(ms ...mail.Queued) error {
	return d.tx(func(tx *txn) error {
		for _, m := range ms {
			if _, err := tx.Exec(`INSERT INTO mail_queue (ref, kind, recipient, subject, body, due) VALUES (?,?,?,?,?,?)`,
				m.Ref, m.Kind, m.To, m.Subject, m.Body, formatTime(m.Due)); err != nil {
				return err
			}
		}
		return nil
	})
}

// ClaimMail returns the messages due at now, oldest first, at most 20, and
// holds them till until, in one transaction.
func (d *DB) ClaimMail(now, until time.Time) ([]mail.Queued, error) {
	ms, err := d.mails(`UPDATE mail_queue SET due = ? WHERE id IN (SELECT id FROM mail_queue
		WHERE sent IS NULL AND failed IS NULL AND due <= ? ORDER BY due, id LIMIT 20) RETURNING `+mailColumns,
		formatTime(until), formatTime(now))
	slices.SortFunc(ms, func(a, b mail.Queued) int { return cmp.Compare(a.ID, b.ID) }) // RETURNING keeps no order
	return ms, err
}

// MailSent marks a message sent, and erases its recipient and body.
func (d *DB) MailSent(id int64, at time.Time) error {
	_, err := d.db.Exec(`UPDATE mail_queue SET sent = ?, recipient = '', body = '', last_error = '' WHERE id = ?`, formatTime(at), id)
	return err
}

// MailRetry records an attempt that failed at at: due again at next, or
// given up when next is zero.
func (d *DB) MailRetry(id int64, problem string, at, next time.Time) error {
	if next.IsZero() {
		_, err := d.db.Exec(`UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, failed = ? WHERE id = ?`, problem, formatTime(at), id)
		return err
	}
	_, err := d.db.Exec(`UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, due = ? WHERE id = ?`, problem, formatTime(next), id)
	return err
}

// DropMail removes the messages about ref not yet sent.
func (d *DB) DropMail(ref string) error {
	_, err := d.db.Exec(`DELETE FROM mail_queue WHERE ref = ? AND sent IS NULL`, ref)
	return err
}

// SendAgain puts the messages given up back in the queue, due at now,
// with their attempts from zero, those about an appointment still to come;
// the others are dropped. It returns how many go again.
func (d *DB) SendAgain(now time.Time) (int, error) {
	var n int64
	err := d.tx(func(tx *txn) error {
		res, err := tx.Exec(`UPDATE mail_queue SET failed = NULL, attempts = 0, due = ? WHERE failed IS NOT NULL
			AND ref IN (SELECT code FROM appointments WHERE starts > ? AND status = ?)`, formatTime(now), formatTime(now), string(appointments.Booked))
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		_, err = tx.Exec(`DELETE FROM mail_queue WHERE failed IS NOT NULL`)
		return err
	})
	return int(n), err
}

// FailedMail returns the messages given up, newest first.
func (d *DB) FailedMail() ([]mail.Queued, error) {
	return d.mails(`SELECT ` + mailColumns + ` FROM mail_queue WHERE failed IS NOT NULL ORDER BY failed DESC, id DESC`)
}

// mails runs a query of mail_queue rows in a transaction.
func (d *DB) mails(query string, args ...any) ([]mail.Queued, error) {
	var out []mail.Queued
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(query, func(scan func(...any) error) error {
			m, err := scanMail(scan)
			out = append(out, m)
			return err
		}, args...)
		return rd.err
	})
	return out, err
}
