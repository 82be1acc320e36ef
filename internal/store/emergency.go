package store

import (
	"database/sql"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// EmergencyRegister registers the request with code in this kiosk's
// emergency register (art. 63) at at, opening an outage with its cause when
// none is open, and returns its emergency number.
func (d *DB) EmergencyRegister(kioskName, code, cause string, at time.Time) (string, error) {
	var number string
	err := d.tx(func(tx *txn) error {
		var outage int64
		err := tx.QueryRow(`SELECT id FROM emergency_outages WHERE ended IS NULL ORDER BY id DESC LIMIT 1`).Scan(&outage)
		if err == sql.ErrNoRows {
			err = tx.QueryRow(`INSERT INTO emergency_outages (began, cause) VALUES (?, ?) RETURNING id`, at.UTC().Format(timeFormat), cause).Scan(&outage)
		}
		if err != nil {
			return err
		}
		year := at.In(hours.Rome).Year()
		var seq int
		if err := tx.QueryRow(`SELECT coalesce(max(seq), 0) + 1 FROM emergency_register WHERE kiosk = ? AND year = ?`, kioskName, year).Scan(&seq); err != nil {
			return err
		}
		number = kiosk.EmergencyNumber(kioskName, year, seq)
		_, err = tx.Exec(`INSERT INTO emergency_register (number, kiosk, year, seq, at, request_code, outage_id) VALUES (?,?,?,?,?,?,?)`,
			number, kioskName, year, seq, at.UTC().Format(timeFormat), code, outage)
		return err
	})
	return number, err
}

// EndOutage closes the open outage, if any, at at: the central database answers again.
func (d *DB) EndOutage(at time.Time) error {
	_, err := d.db.Exec(`UPDATE emergency_outages SET ended = ? WHERE ended IS NULL`, at.UTC().Format(timeFormat))
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
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(`SELECT id, began, ended, cause FROM emergency_outages ORDER BY id DESC`, func(scan func(...any) error) error {
			var o kiosk.Outage
			var began string
			var ended sql.NullString
			if err := scan(&o.ID, &began, &ended, &o.Cause); err != nil {
				return err
			}
			o.Began, _ = time.Parse(timeFormat, began)
			if ended.Valid {
				t, _ := time.Parse(timeFormat, ended.String)
				o.Ended = &t
			}
			o.PerDay = map[kiosk.Date]int{}
			out = append(out, o)
			return nil
		})
		for i := range out {
			rd.each(`SELECT at FROM emergency_register WHERE outage_id = ?`, func(scan func(...any) error) error {
				var at string
				err := scan(&at)
				t, _ := time.Parse(timeFormat, at)
				out[i].PerDay[hours.Today(t)]++
				return err
			}, out[i].ID)
		}
		return rd.err
	})
	return out, err
}
