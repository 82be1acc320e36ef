package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// AddRating stores a rating and counts it in its day, in one transaction; a
// rating with a UID already stored is not stored again.
func (d *DB) AddRating(r *kiosk.Rating) (bool, error) {
	fresh := true
	err := d.tx(func(tx *txn) error {
		day := hours.Today(r.At).String()
		err := tx.QueryRow(`INSERT INTO ratings (at, day, office_id, service_id, desk, scale, value, reason, comment, kiosk, misuse, uid)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (uid) DO NOTHING RETURNING id`, formatTime(r.At), day, r.Office, r.Service, r.Desk,
			r.Scale, r.Value, r.Reason, r.Comment, r.Kiosk, r.Misuse, nullable(r.UID)).Scan(&r.ID)
		if errors.Is(err, sql.ErrNoRows) { // stored already: sent twice
			fresh = false
			return tx.QueryRow(`SELECT id FROM ratings WHERE uid = ?`, r.UID).Scan(&r.ID)
		}
		if err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO rating_days (day, office_id, service_id, scale, value, reason, misuse, count) VALUES (?,?,?,?,?,?,?,1)
			ON CONFLICT (day, office_id, service_id, scale, value, reason, misuse) DO UPDATE SET count = rating_days.count + 1`,
			day, r.Office, r.Service, r.Scale, r.Value, r.Reason, r.Misuse)
		return err
	})
	return fresh && err == nil, err
}

// RecentRatings returns an office's last n ratings that are not misuse, newest first.
func (d *DB) RecentRatings(office string, n int) ([]kiosk.Rating, error) {
	rows, err := d.db.Query(`SELECT id, at, scale, value, desk FROM ratings WHERE office_id = ? AND NOT misuse ORDER BY id DESC LIMIT ?`, office, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kiosk.Rating
	for rows.Next() {
		r := kiosk.Rating{Office: office}
		var at string
		if err := rows.Scan(&r.ID, &at, &r.Scale, &r.Value, &r.Desk); err != nil {
			return nil, err
		}
		r.At = parseTime(at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// OpenAlert reports whether an office has an alert not yet acknowledged.
func (d *DB) OpenAlert(office string) (bool, error) {
	var n int
	err := d.db.QueryRow(`SELECT count(*) FROM alerts WHERE office_id = ? AND acknowledged_at IS NULL`, office).Scan(&n)
	return n > 0, err
}

// AddAlert records an alert and sets its ID.
func (d *DB) AddAlert(a *kiosk.Alert) error {
	return d.db.QueryRow(`INSERT INTO alerts (office_id, at, negative, "window") VALUES (?,?,?,?) RETURNING id`,
		a.Office, formatTime(a.At), a.Negative, a.Window).Scan(&a.ID)
}

// Alerts returns every alert, newest first.
func (d *DB) Alerts() ([]kiosk.Alert, error) {
	rows, err := d.db.Query(`SELECT id, office_id, at, negative, "window", acknowledged_at, acknowledged_by FROM alerts ORDER BY id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kiosk.Alert
	for rows.Next() {
		var a kiosk.Alert
		var at string
		var ack sql.NullString
		if err := rows.Scan(&a.ID, &a.Office, &at, &a.Negative, &a.Window, &ack, &a.By); err != nil {
			return nil, err
		}
		a.At = parseTime(at)
		a.Acknowledged = parseNullTime(ack)
		out = append(out, a)
	}
	return out, rows.Err()
}

// AcknowledgeAlert marks an alert seen by a member of staff.
func (d *DB) AcknowledgeAlert(id int64, by string, at time.Time) error {
	return d.tx(func(tx *txn) error {
		res, err := tx.Exec(`UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL`,
			formatTime(at), by, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kiosk.Errorf(kiosk.NotFound, "Nessun avviso aperto con numero %d.", "No open alert numbered %d.", id)
		}
		return addAudit(tx, kiosk.AuditEntry{At: at, Who: by, Action: "alert.acknowledge", Target: fmt.Sprintf("alert %d", id),
			Before: "open", After: "acknowledged"})
	})
}

// RatingCounts returns the day counts a report is built from.
func (d *DB) RatingCounts(q kiosk.RatingQuery) ([]kiosk.RatingCount, error) {
	query := `SELECT day, scale, value, reason, sum(count) FROM rating_days WHERE day BETWEEN ? AND ?`
	args := []any{q.From.String(), q.To.String()}
	if q.Office != "" {
		query += ` AND office_id = ?`
		args = append(args, q.Office)
	}
	if q.Service != "" {
		query += ` AND service_id = ?`
		args = append(args, q.Service)
	}
	if !q.IncludeMisuse {
		query += ` AND NOT misuse`
	}
	rows, err := d.db.Query(query+` GROUP BY day, scale, value, reason ORDER BY day`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kiosk.RatingCount
	for rows.Next() {
		var c kiosk.RatingCount
		var day string
		if err := rows.Scan(&day, &c.Scale, &c.Value, &c.Reason, &c.Count); err != nil {
			return nil, err
		}
		c.Day = parseDate(day)
		out = append(out, c)
	}
	return out, rows.Err()
}
