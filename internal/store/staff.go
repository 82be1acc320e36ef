package store

import (
	"database/sql"
	"errors"
	"strings"
	"time"

	"sportello/internal/kiosk"
)

// AddAccount creates a staff account, with an audit entry.
func (d *DB) AddAccount(a kiosk.Account, by string, at time.Time) error {
	return d.tx(func(tx *txn) error {
		_, err := tx.Exec(`INSERT INTO staff (username, role, hash, created) VALUES (?,?,?,?)`,
			a.Username, string(a.Role), a.Hash, formatTime(at))
		if err != nil && (strings.Contains(err.Error(), "UNIQUE") || strings.Contains(err.Error(), "23505")) { // SQLite's, PostgreSQL's unique_violation
			return kiosk.Errorf(kiosk.Conflict, "L'utente %s esiste già.", "The user %s already exists.", a.Username)
		}
		if err != nil {
			return err
		}
		return addAudit(tx, kiosk.AuditEntry{At: at, Who: by, Action: "staff.add", Target: a.Username, After: "role=" + string(a.Role)})
	})
}

// Account returns a staff account.
func (d *DB) Account(username string) (kiosk.Account, error) {
	a := kiosk.Account{Username: username}
	var role string
	var locked sql.NullString
	err := d.db.QueryRow(`SELECT role, hash, failures, lockouts, locked_until FROM staff WHERE username = ?`, username).
		Scan(&role, &a.Hash, &a.Failures, &a.Lockouts, &locked)
	if errors.Is(err, sql.ErrNoRows) {
		return a, kiosk.Errorf(kiosk.NotFound, "Nessun utente %s.", "No user %s.", username)
	}
	a.Role = kiosk.Role(role)
	if locked.Valid {
		a.LockedUntil = parseTime(locked.String)
	}
	return a, err
}

// UpdateAccount saves an account's failures and lock.
func (d *DB) UpdateAccount(a kiosk.Account) error {
	var locked any
	if !a.LockedUntil.IsZero() {
		locked = formatTime(a.LockedUntil)
	}
	_, err := d.db.Exec(`UPDATE staff SET failures = ?, lockouts = ?, locked_until = ? WHERE username = ?`,
		a.Failures, a.Lockouts, locked, a.Username)
	return err
}

// LogStaff records a sign-in event.
func (d *DB) LogStaff(username, event string, at time.Time) error {
	_, err := d.db.Exec(`INSERT INTO staff_log (at, username, event) VALUES (?,?,?)`, formatTime(at), username, event)
	return err
}
