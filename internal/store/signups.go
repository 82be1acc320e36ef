package store

import (
	"database/sql"
	"errors"
	"time"

	"sportello/internal/events"
	"sportello/internal/kiosk"
)

const signupColumns = `id, notice_id, code, name, email, phone, lang, status, signed, changed`

func scanSignup(scan func(...any) error) (events.Signup, error) {
	var s events.Signup
	var lang, status, signed, changed string
	err := scan(&s.ID, &s.Notice, &s.Code, &s.Name, &s.Email, &s.Phone, &lang, &status, &signed, &changed)
	s.Lang, s.Status, s.Signed, s.Changed = kiosk.Lang(lang), events.Status(status), parseTime(signed), parseTime(changed)
	return s, err
}

// SignUp seats s if one of seats is left, else puts it on the waiting
// list, in one transaction: the last seat goes to one person only.
func (d *DB) SignUp(s *events.Signup, seats int) error {
	return d.tx(func(tx *txn) error {
		var taken int
		err := tx.QueryRow(`INSERT INTO event_seats (notice_id, taken) VALUES (?, 1)
			ON CONFLICT (notice_id) DO UPDATE SET taken = event_seats.taken + 1 WHERE event_seats.taken < ?
			RETURNING taken`, s.Notice, seats).Scan(&taken)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			s.Status = events.Waiting
		case err != nil:
			return err
		default:
			s.Status = events.Seated
		}
		return tx.QueryRow(`INSERT INTO event_signups (notice_id, code, name, email, phone, lang, status, signed, changed)
			VALUES (?,?,?,?,?,?,?,?,?) RETURNING id`, s.Notice, s.Code, s.Name, s.Email, s.Phone, string(s.Lang), string(s.Status),
			formatTime(s.Signed), formatTime(s.Changed)).Scan(&s.ID)
	})
}

var errNoSignup = kiosk.NewError(kiosk.NotFound, "Nessuna iscrizione con questo codice.", "No sign-up with this code.")

// SignupByCode returns the sign-up with a canonical code.
func (d *DB) SignupByCode(code string) (events.Signup, error) {
	s, err := scanSignup(d.db.QueryRow(`SELECT `+signupColumns+` FROM event_signups WHERE code = ?`, code).Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return s, errNoSignup
	}
	return s, err
}

// CancelSignup cancels the sign-up with code; a seat it gives back goes to
// the first waiting, in the same transaction, who is returned.
func (d *DB) CancelSignup(code string, at time.Time) (events.Signup, *events.Signup, error) {
	var s events.Signup
	var promoted *events.Signup
	err := d.tx(func(tx *txn) error {
		var err error
		if s, err = scanSignup(tx.QueryRow(`SELECT `+signupColumns+` FROM event_signups WHERE code = ?`, code).Scan); errors.Is(err, sql.ErrNoRows) {
			return errNoSignup
		} else if err != nil {
			return err
		}
		if s.Status == events.Cancelled {
			return kiosk.NewError(kiosk.Conflict, "L'iscrizione è già annullata.", "The sign-up is already cancelled.")
		}
		if _, err := tx.Exec(`UPDATE event_signups SET status = ?, changed = ? WHERE id = ?`, string(events.Cancelled), formatTime(at), s.ID); err != nil {
			return err
		}
		was := s.Status
		s.Status, s.Changed = events.Cancelled, at
		if was != events.Seated {
			return nil
		}
		first, err := scanSignup(tx.QueryRow(`SELECT `+signupColumns+` FROM event_signups WHERE notice_id = ? AND status = ? ORDER BY id LIMIT 1`,
			s.Notice, string(events.Waiting)).Scan)
		if errors.Is(err, sql.ErrNoRows) { // no one waits: the seat is free
			_, err = tx.Exec(`UPDATE event_seats SET taken = taken - 1 WHERE notice_id = ?`, s.Notice)
			return err
		}
		if err != nil {
			return err
		}
		first.Status, first.Changed = events.Seated, at
		promoted = &first
		_, err = tx.Exec(`UPDATE event_signups SET status = ?, changed = ? WHERE id = ?`, string(events.Seated), formatTime(at), first.ID)
		return err
	})
	return s, promoted, err
}

// Signups returns an event's sign-ups in the order they came.
func (d *DB) Signups(notice string) ([]events.Signup, error) {
	var out []events.Signup
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(`SELECT `+signupColumns+` FROM event_signups WHERE notice_id = ? ORDER BY id`, func(scan func(...any) error) error {
			s, err := scanSignup(scan)
			out = append(out, s)
			return err
		}, notice)
		return rd.err
	})
	return out, err
}
