package store

import (
	"database/sql"
	"errors"
	"time"

	"sportello/internal/appointments"
	"sportello/internal/kiosk"
)

const appointmentColumns = `id, code, service_id, office_id, starts, minutes, reason, name, email, phone, lang, booked, status, changed`

func scanAppointment(scan func(...any) error) (appointments.Appointment, error) {
	var a appointments.Appointment
	var start, lang, booked, status, changed string
	err := scan(&a.ID, &a.Code, &a.Service, &a.Office, &start, &a.Minutes, &a.Reason, &a.Name, &a.Email, &a.Phone, &lang, &booked, &status, &changed)
	a.Start, a.Booked, a.Changed = parseTime(start), parseTime(booked), parseTime(changed)
	a.Lang, a.Status = kiosk.Lang(lang), appointments.Status(status)
	return a, err
}

// ErrSlotTaken is the answer to a booking of a slot whose last place just went.
var ErrSlotTaken = kiosk.NewError(kiosk.Conflict, "Questo orario è appena stato prenotato da un'altra persona: ne scelga un altro.",
	"This time was just booked by someone else: please choose another.")

// BookAppointment takes a place of a's slot, if one is left of capacity,
// and stores a, in one transaction: a slot taken is gone for everyone at once.
func (d *DB) BookAppointment(a *appointments.Appointment, capacity int) error {
	return d.tx(func(tx *txn) error {
		if err := takePlace(tx, a.Service, a.Start, capacity); err != nil {
			return err
		}
		return tx.QueryRow(`INSERT INTO appointments (code, service_id, office_id, starts, minutes, reason, name, email, phone, lang, booked, status, changed)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`, a.Code, a.Service, a.Office, formatTime(a.Start), a.Minutes, a.Reason,
			a.Name, a.Email, a.Phone, string(a.Lang), formatTime(a.Booked), string(a.Status), formatTime(a.Changed)).Scan(&a.ID)
	})
}

// MoveAppointment moves the booked appointment with code to the slot at
// to, if one is left of capacity, giving its old place back, in one
// transaction.
func (d *DB) MoveAppointment(code string, to time.Time, capacity int, at time.Time) (appointments.Appointment, error) {
	var a appointments.Appointment
	err := d.tx(func(tx *txn) error {
		var err error
		if a, err = scanAppointment(tx.QueryRow(`SELECT `+appointmentColumns+` FROM appointments WHERE code = ?`, code).Scan); errors.Is(err, sql.ErrNoRows) {
			return errNoAppointment
		} else if err != nil {
			return err
		}
		if a.Status != appointments.Booked {
			return kiosk.Errorf(kiosk.Conflict, "L'appuntamento è già %s.", "The appointment is already %s.", a.Status)
		}
		if err := takePlace(tx, a.Service, to, capacity); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE appointment_slots SET taken = taken - 1 WHERE service_id = ? AND starts = ?`, a.Service, formatTime(a.Start)); err != nil {
			return err
		}
		a.Start, a.Changed = to, at
		_, err = tx.Exec(`UPDATE appointments SET starts = ?, changed = ? WHERE id = ?`, formatTime(to), formatTime(at), a.ID)
		return err
	})
	return a, err
}

// takePlace takes a place of a service's slot at start, if one is left of capacity.
func takePlace(tx *txn, service string, start time.Time, capacity int) error {
	var taken int
	err := tx.QueryRow(`INSERT INTO appointment_slots (service_id, starts, taken) VALUES (?, ?, 1)
		ON CONFLICT (service_id, starts) DO UPDATE SET taken = appointment_slots.taken + 1 WHERE appointment_slots.taken < ?
		RETURNING taken`, service, formatTime(start), capacity).Scan(&taken)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrSlotTaken
	}
	return err
}

var errNoAppointment = kiosk.NewError(kiosk.NotFound, "Nessun appuntamento con questo codice.", "No appointment with this code.")

// AppointmentByCode returns the appointment with a canonical code.
func (d *DB) AppointmentByCode(code string) (appointments.Appointment, error) {
	a, err := scanAppointment(d.db.QueryRow(`SELECT `+appointmentColumns+` FROM appointments WHERE code = ?`, code).Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return a, errNoAppointment
	}
	return a, err
}

// SetAppointmentStatus moves the appointment with code from status from to
// to at at, in one transaction; a cancellation gives its place back.
func (d *DB) SetAppointmentStatus(code string, from, to appointments.Status, at time.Time) (appointments.Appointment, error) {
	var a appointments.Appointment
	err := d.tx(func(tx *txn) error {
		var err error
		a, err = scanAppointment(tx.QueryRow(`SELECT `+appointmentColumns+` FROM appointments WHERE code = ?`, code).Scan)
		if errors.Is(err, sql.ErrNoRows) {
			return errNoAppointment
		}
		if err != nil {
			return err
		}
		if a.Status != from {
			return kiosk.Errorf(kiosk.Conflict, "L'appuntamento è già %s.", "The appointment is already %s.", a.Status)
		}
		if _, err := tx.Exec(`UPDATE appointments SET status = ?, changed = ? WHERE id = ?`, string(to), formatTime(at), a.ID); err != nil {
			return err
		}
		if to == appointments.Cancelled {
			if _, err := tx.Exec(`UPDATE appointment_slots SET taken = taken - 1 WHERE service_id = ? AND starts = ?`,
				a.Service, formatTime(a.Start)); err != nil {
				return err
			}
		}
		a.Status, a.Changed = to, at
		return nil
	})
	return a, err
}

// Appointments returns the appointments starting from from to to, in time order.
func (d *DB) Appointments(from, to time.Time) ([]appointments.Appointment, error) {
	var out []appointments.Appointment
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(`SELECT `+appointmentColumns+` FROM appointments WHERE starts >= ? AND starts < ? ORDER BY starts, id`,
			func(scan func(...any) error) error {
				a, err := scanAppointment(scan)
				out = append(out, a)
				return err
			}, formatTime(from), formatTime(to))
		return rd.err
	})
	return out, err
}

// SlotsTaken says how many places of each start of a service are taken from from to to.
func (d *DB) SlotsTaken(service string, from, to time.Time) (map[time.Time]int, error) {
	out := map[time.Time]int{}
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(`SELECT starts, taken FROM appointment_slots WHERE service_id = ? AND starts >= ? AND starts < ?`,
			func(scan func(...any) error) error {
				var start string
				var n int
				err := scan(&start, &n)
				out[parseTime(start)] = n
				return err
			}, service, formatTime(from), formatTime(to))
		return rd.err
	})
	return out, err
}
