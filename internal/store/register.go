package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"slices"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// register takes the next number of the year's register for reg, has doc
// write the document now that number and time are known, and records the
// registration with the document's fingerprint and the document itself.
func register(tx *txn, reg *kiosk.Registration, doc kiosk.DocumentFunc) (kiosk.Protocol, error) {
	year := reg.At.In(hours.Rome).Year()
	if tx.postgres { // kiosks and office PCs register at once: one at a time takes a number
		if _, err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, 7000000+year); err != nil {
			return kiosk.Protocol{}, err
		}
	} // SQLite transactions begin IMMEDIATE: they are one at a time already
	var n int
	if err := tx.QueryRow(`SELECT coalesce(max(number), 0) + 1 FROM register WHERE year = ?`, year).Scan(&n); err != nil {
		return kiosk.Protocol{}, err
	}
	reg.Protocol = kiosk.Protocol{Prefix: reg.Register.Prefix(), Year: year, Number: n}
	var data []byte
	if doc != nil {
		var err error
		if reg.Document, data, err = doc(*reg); err != nil {
			return kiosk.Protocol{}, err
		}
		sum := sha256.Sum256(data)
		reg.SHA256 = hex.EncodeToString(sum[:])
	}
	var emergencyAt string
	if !reg.EmergencyAt.IsZero() {
		emergencyAt = formatTime(reg.EmergencyAt)
	}
	_, err := tx.Exec(`INSERT INTO register (year, number, direction, registered, ipa, aoo, code, prefix,
		sender, recipient, subject, class_code, class_name, document, sha256, emergency, emergency_at)
		VALUES (?,?,?,?, ?,?,?,?, ?,?,?,?,?, ?,?,?,?)`,
		year, n, string(reg.Direction), formatTime(reg.At), reg.Register.IPA, reg.Register.AOO, reg.Register.Code, reg.Protocol.Prefix,
		reg.Sender, reg.Recipient, reg.Subject, reg.Class.Code, reg.Class.Name, reg.Document, reg.SHA256, reg.Emergency, emergencyAt)
	if err != nil {
		return kiosk.Protocol{}, err
	}
	if data != nil {
		if _, err := tx.Exec(`INSERT INTO register_documents (year, number, data) VALUES (?, ?, ?)`, year, n, data); err != nil {
			return kiosk.Protocol{}, err
		}
	}
	return reg.Protocol, nil
}

const registrationColumns = `year, number, direction, registered, ipa, aoo, code, prefix, sender, recipient, subject,
	class_code, class_name, document, sha256, emergency, emergency_at, annulled_at, annulled_by, annul_reason, annul_act`

func scanRegistration(scan func(...any) error) (kiosk.Registration, error) {
	var g kiosk.Registration
	err := scanRegistrationAfter(scan, &g)
	return g, err
}

// scanRegistrationAfter scans the columns before, then registrationColumns into g.
func scanRegistrationAfter(scan func(...any) error, g *kiosk.Registration, before ...any) error {
	var direction, at, emergencyAt string
	var annulledAt, by, reason, act sql.NullString
	err := scan(append(before, &g.Protocol.Year, &g.Protocol.Number, &direction, &at, &g.Register.IPA, &g.Register.AOO, &g.Register.Code, &g.Protocol.Prefix,
		&g.Sender, &g.Recipient, &g.Subject, &g.Class.Code, &g.Class.Name, &g.Document, &g.SHA256, &g.Emergency, &emergencyAt,
		&annulledAt, &by, &reason, &act)...)
	if err != nil {
		return err
	}
	g.Direction = kiosk.Direction(direction)
	g.At = parseTime(at)
	g.Register.Mode = kiosk.RegisterGeneral
	if g.Protocol.Prefix != "" {
		g.Register.Mode = kiosk.RegisterParticular
	}
	g.EmergencyAt, g.Annulment = parseTime(emergencyAt), annulment(annulledAt, by, reason, act)
	return nil
}

// annulment reads the annulment columns of a registration: nil while it stands.
func annulment(at, by, reason, act sql.NullString) *kiosk.Annulment {
	if !at.Valid {
		return nil
	}
	return &kiosk.Annulment{At: parseTime(at.String), Who: by.String, Reason: reason.String, Act: act.String}
}

var errNoRegistration = kiosk.NewError(kiosk.NotFound,
	"Nessuna registrazione con questo numero di protocollo.", "No registration with this registry number.")

// Registration returns the registration with the year and number of p.
func (d *DB) Registration(p kiosk.Protocol) (kiosk.Registration, error) {
	g, err := scanRegistration(d.db.QueryRow(`SELECT `+registrationColumns+` FROM register WHERE year = ? AND number = ?`, p.Year, p.Number).Scan)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !samePrefix(p, g.Protocol)) {
		return kiosk.Registration{}, errNoRegistration
	}
	return g, err
}

// samePrefix reports whether a number as typed names the registration
// stored: a register code typed before it must be the registration's.
func samePrefix(typed, stored kiosk.Protocol) bool {
	return typed.Prefix == "" || typed.Prefix == stored.Prefix
}

// RegisteredDocument returns the working copy of the document a
// registration registered; found is false once retention erased it.
func (d *DB) RegisteredDocument(p kiosk.Protocol) (data []byte, found bool, err error) {
	return registeredDocument(d.db, p)
}

// Annul annuls the registration a names, once, with its reason and act, and
// records it in the audit log; the number is never given again.
func (d *DB) Annul(a kiosk.Annul) (kiosk.Registration, error) {
	var g kiosk.Registration
	err := d.tx(func(tx *txn) error {
		var err error
		g, err = scanRegistration(tx.QueryRow(`SELECT `+registrationColumns+` FROM register WHERE year = ? AND number = ?`, a.Protocol.Year, a.Protocol.Number).Scan)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !samePrefix(a.Protocol, g.Protocol)) {
			return errNoRegistration
		}
		if err != nil {
			return err
		}
		if g.Annulled() {
			return kiosk.Errorf(kiosk.Conflict, "La registrazione %s è già stata annullata il %s.", "The registration %s was already annulled on %s.",
				g.Protocol, g.Annulment.At.In(hours.Rome).Format("02/01/2006"))
		}
		if _, err := tx.Exec(`UPDATE register SET annulled_at = ?, annulled_by = ?, annul_reason = ?, annul_act = ? WHERE year = ? AND number = ?`,
			formatTime(a.At), a.Who, a.Reason, a.Act, a.Protocol.Year, a.Protocol.Number); err != nil {
			return err
		}
		g.Annulment = &kiosk.Annulment{At: a.At, Who: a.Who, Reason: a.Reason, Act: a.Act}
		return addAudit(tx, kiosk.AuditEntry{At: a.At, Who: a.Who, Action: "register.annul", Target: g.Protocol.String(),
			Before: "registrata", After: "ANNULLATO: " + a.Reason + " (" + a.Act + ")"})
	})
	return g, err
}

// RegisterDay returns what the daily register of day holds: the
// registrations made that day, in number order, and the registrations
// annulled that day, whatever day they were made.
func (d *DB) RegisterDay(day kiosk.Date) (made, annulled []kiosk.Registration, err error) {
	return registerDay(d.db, day)
}

// dayBounds are the first instant of day in Rome and of the day after, as
// stored times compare with them.
func dayBounds(day kiosk.Date) (from, to string) {
	return formatTime(day.In(hours.Rome)), formatTime(day.AddDays(1).In(hours.Rome))
}

func registerDay(q querier, day kiosk.Date) (made, annulled []kiosk.Registration, err error) {
	from, to := dayBounds(day)
	rd := &reader{tx: q}
	collect := func(into *[]kiosk.Registration) func(func(...any) error) error {
		return func(scan func(...any) error) error {
			g, err := scanRegistration(scan)
			*into = append(*into, g)
			return err
		}
	}
	rd.each(`SELECT `+registrationColumns+` FROM register WHERE registered >= ? AND registered < ? ORDER BY year, number`, collect(&made), from, to)
	rd.each(`SELECT `+registrationColumns+` FROM register WHERE annulled_at >= ? AND annulled_at < ? ORDER BY year, number`, collect(&annulled), from, to)
	return made, annulled, rd.err
}

// RegisterDays returns, in order, the days in Rome from since on that have
// registrations or annulments: the days that need a daily register.
func (d *DB) RegisterDays(since kiosk.Date) ([]kiosk.Date, error) {
	from, _ := dayBounds(since)
	seen := map[kiosk.Date]bool{}
	var out []kiosk.Date
	err := func() error {
		rd := &reader{tx: d.db}
		rd.each(`SELECT registered FROM register WHERE registered >= ? UNION SELECT annulled_at FROM register WHERE annulled_at >= ?`,
			func(scan func(...any) error) error {
				var at string
				if err := scan(&at); err != nil {
					return err
				}
				if day := hours.Today(parseTime(at)); !seen[day] {
					seen[day] = true
					out = append(out, day)
				}
				return nil
			}, from, from)
		return rd.err
	}()
	sortDates(out)
	return out, err
}

func sortDates(ds []kiosk.Date) {
	slices.SortFunc(ds, func(a, b kiosk.Date) int {
		switch {
		case a.Before(b):
			return -1
		case b.Before(a):
			return 1
		}
		return 0
	})
}

// DailyRegister returns the daily register of day delivered for the
// register key (IPA-AOO-CODE); found is false when none was.
func (d *DB) DailyRegister(key string, day kiosk.Date) (dr kiosk.DailyRegister, found bool, err error) {
	var made string
	err = d.db.QueryRow(`SELECT register, day, file, folder, sha256, first_number, last_number, count, made, made_by
		FROM daily_registers WHERE register = ? AND day = ?`, key, day.String()).
		Scan(&dr.Register, new(string), &dr.File, &dr.Folder, &dr.SHA256, &dr.First, &dr.Last, &dr.Count, &made, &dr.MadeBy)
	if errors.Is(err, sql.ErrNoRows) {
		return dr, false, nil
	}
	dr.Day = day
	dr.Made = parseTime(made)
	return dr, err == nil, err
}

// DeliverDailyRegister makes the daily register of day once: unless the
// day was delivered already, it reads the day's registrations and
// annulments and their documents, runs deliver (which writes the files) and
// records what deliver returns, marking the day's documents as gone to
// conservation. On PostgreSQL it does so in one transaction that holds the
// register's lock, so one machine of all that share the database makes it;
// on SQLite (one machine) it reads and writes the files outside any
// transaction, so that citizens' registrations never wait for the files.
// delivered tells whether this call made it; otherwise dr is the earlier
// delivery.
func (d *DB) DeliverDailyRegister(key string, day kiosk.Date, deliver kiosk.DeliverFunc) (dr kiosk.DailyRegister, delivered bool, err error) {
	write := func(q querier) error {
		made, annulled, err := registerDay(q, day)
		if err != nil {
			return err
		}
		dr, err = deliver(made, annulled, func(p kiosk.Protocol) ([]byte, bool, error) { return registeredDocument(q, p) })
		return err
	}
	if d.db.postgres {
		err = d.tx(func(tx *txn) error {
			if _, err := tx.Exec(`SELECT pg_advisory_xact_lock(8000)`); err != nil {
				return err
			}
			if found, err := dailyRecorded(tx, key, day); err != nil || found {
				return err
			}
			if err := write(tx); err != nil {
				return err
			}
			delivered = true
			return recordDaily(tx, key, day, dr)
		})
	} else if found, ferr := dailyRecorded(d.db, key, day); ferr != nil || found {
		err = ferr
	} else if err = write(d.db); err == nil {
		err = d.tx(func(tx *txn) error { return recordDaily(tx, key, day, dr) })
		delivered = err == nil
	}
	if err == nil && !delivered {
		dr, _, err = d.DailyRegister(key, day)
	}
	return dr, delivered, err
}

func dailyRecorded(q querier, key string, day kiosk.Date) (bool, error) {
	rows, err := q.Query(`SELECT 1 FROM daily_registers WHERE register = ? AND day = ?`, key, day.String())
	if err != nil {
		return false, err
	}
	defer rows.Close()
	return rows.Next(), rows.Err()
}

func recordDaily(tx *txn, key string, day kiosk.Date, dr kiosk.DailyRegister) error {
	if _, err := tx.Exec(`INSERT INTO daily_registers (register, day, file, folder, sha256, first_number, last_number, count, made, made_by)
		VALUES (?,?,?,?,?,?,?,?,?,?)`, key, day.String(), dr.File, dr.Folder, dr.SHA256, dr.First, dr.Last, dr.Count, formatTime(dr.Made), dr.MadeBy); err != nil {
		return err
	}
	from, to := dayBounds(day)
	_, err := tx.Exec(`UPDATE register_documents SET conserved = ? WHERE conserved IS NULL AND (year, number) IN
		(SELECT year, number FROM register WHERE registered >= ? AND registered < ?)`, formatTime(dr.Made), from, to)
	return err
}

func registeredDocument(q querier, p kiosk.Protocol) ([]byte, bool, error) {
	rows, err := q.Query(`SELECT data FROM register_documents WHERE year = ? AND number = ?`, p.Year, p.Number)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, false, rows.Err()
	}
	var data []byte
	err = rows.Scan(&data)
	return data, err == nil, err
}

// LatestDailyRegister returns the last day whose daily register was
// delivered, under any register codes; found is false when none ever was.
func (d *DB) LatestDailyRegister() (day kiosk.Date, found bool, err error) {
	var s sql.NullString
	if err = d.db.QueryRow(`SELECT max(day) FROM daily_registers`).Scan(&s); err != nil || !s.Valid {
		return day, false, err
	}
	day, err = kiosk.ParseDate(s.String)
	return day, err == nil, err
}
