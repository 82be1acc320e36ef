package store

import (
	"database/sql"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// RegisterEmergency registers the request with code in this kiosk's
// emergency register (art. 63) at at, opening an outage with its cause when
// none is open, and queues for the central database what payload makes of
// it, in one transaction: a number is never taken for a request that is
// not queued. It returns the emergency number.
func (d *DB) RegisterEmergency(kioskName, code, cause string, at time.Time, payload func(number string) ([]byte, error)) (string, error) {
	var number string
	err := d.tx(func(tx *txn) error {
		outage, err := openOutage(tx, cause, at)
		if err != nil {
			return err
		}
		year := at.In(hours.Rome).Year()
		var seq int
		if err := tx.QueryRow(`SELECT coalesce(max(seq), 0) + 1 FROM emergency_register WHERE kiosk = ? AND year = ?`, kioskName, year).Scan(&seq); err != nil {
			return err
		}
		number = kiosk.EmergencyNumber(kioskName, year, seq)
		if _, err = tx.Exec(`INSERT INTO emergency_register (number, kiosk, year, seq, at, request_code, outage_id) VALUES (?,?,?,?,?,?,?)`,
			number, kioskName, year, seq, formatTime(at), code, outage); err != nil {
			return err
		}
		data, err := payload(number)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO outbox (kind, key, payload, created) VALUES ('request', ?, ?, ?)`, code, string(data), formatTime(at))
		return err
	})
	return number, err
}

// OpenOutage records that the central database stopped answering at at,
// for cause, unless an outage is open already.
func (d *DB) OpenOutage(cause string, at time.Time) error {
	return d.tx(func(tx *txn) error {
		_, err := openOutage(tx, cause, at)
		return err
	})
}

func openOutage(tx *txn, cause string, at time.Time) (int64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM emergency_outages WHERE ended IS NULL ORDER BY id DESC LIMIT 1`).Scan(&id)
	if err == sql.ErrNoRows {
		err = tx.QueryRow(`INSERT INTO emergency_outages (began, cause) VALUES (?, ?) RETURNING id`, formatTime(at), cause).Scan(&id)
	}
	return id, err
}

// EndOutage closes the open outage, if any, at at: the central database answers again.
func (d *DB) EndOutage(at time.Time) error {
	_, err := d.db.Exec(`UPDATE emergency_outages SET ended = ? WHERE ended IS NULL`, formatTime(at))
	return err
}

// LinkEmergency records, once, the ordinary number an emergency registration got on sync.
func (d *DB) LinkEmergency(number string, ordinary kiosk.Protocol) error {
	_, err := d.db.Exec(`UPDATE emergency_register SET ordinary = ? WHERE number = ? AND ordinary = ''`, ordinary.String(), number)
	return err
}

// EmergencyLink returns the ordinary number an emergency registration got, "" while it waits.
func (d *DB) EmergencyLink(number string) (string, error) {
	var ordinary string
	err := d.db.QueryRow(`SELECT ordinary FROM emergency_register WHERE number = ?`, number).Scan(&ordinary)
	return ordinary, err
}

// Outages returns the kiosk's outages, newest first, with how many
// registrations the emergency register made each day of each.
func (d *DB) Outages() ([]kiosk.Outage, error) {
	var out []kiosk.Outage
	err := func() error {
		rd := &reader{tx: d.db}
		rd.each(`SELECT id, began, ended, cause FROM emergency_outages ORDER BY id DESC`, func(scan func(...any) error) error {
			var o kiosk.Outage
			var began string
			var ended sql.NullString
			if err := scan(&o.ID, &began, &ended, &o.Cause); err != nil {
				return err
			}
			o.Began = parseTime(began)
			o.Ended = parseNullTime(ended)
			o.PerDay = map[kiosk.Date]int{}
			out = append(out, o)
			return nil
		})
		for i := range out {
			rd.each(`SELECT at FROM emergency_register WHERE outage_id = ?`, func(scan func(...any) error) error {
				var at string
				err := scan(&at)
				out[i].PerDay[hours.Today(parseTime(at))]++
				return err
			}, out[i].ID)
		}
		return rd.err
	}()
	return out, err
}
