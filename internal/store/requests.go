package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"sportello/internal/kiosk"
)

// CreateRequest registers r: in one transaction it takes the next number of
// the year's register (the year of the registration in Rome), writes the
// registration reg with the document doc makes of it, and stores the request
// with its first status event. It sets r.ID and r.Protocol. A failure leaves
// no trace, so the register has no gap. A request first taken by a kiosk's
// emergency register (r.Emergency set) gets its ordinary number now.
func (d *DB) CreateRequest(r *kiosk.Request, reg kiosk.Registration, doc kiosk.DocumentFunc) error {
	return d.tx(func(tx *txn) error {
		reg.At, reg.Direction = r.Registered, kiosk.Incoming
		if r.Emergency != "" {
			reg.At, reg.Emergency, reg.EmergencyAt = d.Now(), r.Emergency, r.EmergencyAt
		}
		p, err := register(tx, &reg, doc)
		if err != nil {
			return err
		}
		var id int64
		err = tx.QueryRow(`INSERT INTO requests (protocol_year, protocol_number, code, kind, office_id, service_id,
			body, name, email, phone, lang, registered, term_days, deadline, status, outcome, review_of)
			VALUES (?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
			p.Year, p.Number, r.Code, r.Kind, r.Office, r.Service, r.Text, r.Name, r.Email, r.Phone, string(r.Lang),
			formatTime(r.Registered), r.TermDays, r.Deadline.String(), string(r.Status), string(r.Outcome), r.ReviewOf).Scan(&id)
		if err != nil {
			return err
		}
		for _, e := range r.History {
			if err := insertEvent(tx, id, e); err != nil {
				return err
			}
		}
		r.ID, r.Protocol, r.Registration = id, p, &reg
		return nil
	})
}

func insertEvent(tx *txn, requestID int64, e kiosk.StatusEvent) error {
	_, err := tx.Exec(`INSERT INTO request_events (request_id, clock, status, outcome, public_note, internal_note, at) VALUES (?,?,?,?,?,?,?)`,
		requestID, string(e.Clock), string(e.Status), string(e.Outcome), e.PublicNote, e.InternalNote, formatTime(e.At))
	return err
}

// requestColumns are read FROM requestsWithRegistration: the request and
// what its registration says of it.
const requestColumns = `r.id, r.code, r.kind, r.office_id, r.service_id, r.body, r.name, r.email, r.phone, r.lang,
	r.registered, r.term_days, r.suspended_days, r.suspended_since, r.deadline, r.status, r.outcome,
	r.counter_notified, r.release_after, r.review_of, r.access_summary, r.access_reason,
	g.year, g.number, g.direction, g.registered, g.ipa, g.aoo, g.code, g.prefix, g.sender, g.recipient, g.subject,
	g.class_code, g.class_name, g.document, g.sha256, g.emergency, g.emergency_at, g.annulled_at, g.annulled_by, g.annul_reason, g.annul_act`

const requestsWithRegistration = `requests r JOIN register g ON g.year = r.protocol_year AND g.number = r.protocol_number`

func scanRequest(scan func(...any) error) (kiosk.Request, error) {
	var r kiosk.Request
	var lang, registered, deadline, status, outcome, release string
	var since, notified sql.NullString
	var g kiosk.Registration
	err := scanRegistrationAfter(scan, &g, &r.ID, &r.Code, &r.Kind, &r.Office, &r.Service, &r.Text, &r.Name, &r.Email, &r.Phone, &lang,
		&registered, &r.TermDays, &r.SuspendedDays, &since, &deadline, &status, &outcome,
		&notified, &release, &r.ReviewOf, &r.AccessSummary, &r.AccessReason)
	if err != nil {
		return r, err
	}
	r.Lang, r.Status, r.Outcome = kiosk.Lang(lang), kiosk.Status(status), kiosk.Outcome(outcome)
	r.Registered = parseTime(registered)
	r.Deadline = parseDate(deadline)
	r.SuspendedSince = parseNullTime(since)
	r.CounterNotified, r.ReleaseAfter = parseNullTime(notified), parseDate(release)
	r.Protocol, r.Emergency, r.EmergencyAt, r.Registration = g.Protocol, g.Emergency, g.EmergencyAt, &g
	return r, nil
}

var errNoRequest = kiosk.NewError(kiosk.NotFound,
	"Nessuna richiesta con questo codice.", "No request with this code.")

// RequestByCode returns the request with the canonical code, with its
// history. It reads outside a transaction, through statements prepared
// once: a status lookup, which phones make at any rate, takes no lock and
// waits for no writer.
func (d *DB) RequestByCode(code string) (kiosk.Request, error) {
	return requestByCode(d.prepared(), code)
}

func requestByCode(h querier, code string) (kiosk.Request, error) {
	var r kiosk.Request
	rd := &reader{tx: h}
	found := false
	rd.each(byCodeQuery, func(scan func(...any) error) error {
		var clock, status, outcome, public, internal, at sql.NullString
		event := []any{&clock, &status, &outcome, &public, &internal, &at}
		row, err := scanRequest(func(dest ...any) error { return scan(append(dest, event...)...) })
		if !found {
			r, found = row, true
		}
		if at.Valid {
			r.History = append(r.History, kiosk.StatusEvent{Clock: kiosk.ClockChange(clock.String), Status: kiosk.Status(status.String),
				Outcome: kiosk.Outcome(outcome.String), PublicNote: public.String, InternalNote: internal.String, At: parseTime(at.String)})
		}
		return err
	}, code)
	if rd.err == nil && !found {
		return r, errNoRequest
	}
	return r, rd.err
}

// byCodeQuery reads a request and its history in one statement: a row an
// event, oldest first.
const byCodeQuery = `SELECT ` + requestColumns + `, e.clock, e.status, e.outcome, e.public_note, e.internal_note, e.at FROM ` +
	requestsWithRegistration + ` LEFT JOIN request_events e ON e.request_id = r.id WHERE r.code = ? ORDER BY e.id`

const eventsQuery = `SELECT request_id, clock, status, outcome, public_note, internal_note, at FROM request_events`

// scanEvent reads a row of eventsQuery.
func scanEvent(scan func(...any) error) (int64, kiosk.StatusEvent, error) {
	var e kiosk.StatusEvent
	var id int64
	var clock, status, outcome, at string
	err := scan(&id, &clock, &status, &outcome, &e.PublicNote, &e.InternalNote, &at)
	e.Clock, e.Status, e.Outcome = kiosk.ClockChange(clock), kiosk.Status(status), kiosk.Outcome(outcome)
	e.At = parseTime(at)
	return id, e, err
}

// UpdateRequest changes the request with code in one transaction: change
// receives the stored request and alters it; the status, outcome, deadline
// and suspension are saved, history events beyond those stored are added,
// and the audit log records who changed what.
func (d *DB) UpdateRequest(code, who string, change func(*kiosk.Request) error) error {
	return d.tx(func(tx *txn) error {
		r, err := requestByCode(tx, code)
		if err != nil {
			return err
		}
		stored := len(r.History)
		before := auditState(r)
		if err := change(&r); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE requests SET status = ?, outcome = ?, deadline = ?, suspended_days = ?, suspended_since = ?,
			counter_notified = ?, release_after = ?, access_summary = ?, access_reason = ? WHERE id = ?`,
			string(r.Status), string(r.Outcome), r.Deadline.String(), r.SuspendedDays, nullTime(r.SuspendedSince),
			nullTime(r.CounterNotified), r.ReleaseAfter.String(), r.AccessSummary, r.AccessReason, r.ID); err != nil {
			return err
		}
		for _, e := range r.History[stored:] {
			if err := insertEvent(tx, r.ID, e); err != nil {
				return err
			}
		}
		return addAudit(tx, kiosk.AuditEntry{At: d.Now(), Who: who, Action: "request.status", Target: r.Protocol.String(),
			Before: before, After: auditState(r)})
	})
}

// auditState is what the audit log keeps of a request: never personal data.
func auditState(r kiosk.Request) string {
	s := fmt.Sprintf("status=%s outcome=%s deadline=%s suspended_days=%d", r.Status, r.Outcome, r.Deadline, r.SuspendedDays)
	if r.CounterNotified != nil {
		s += " counter_notified=" + formatTime(*r.CounterNotified)
	}
	if !r.ReleaseAfter.IsZero() {
		s += " release_after=" + r.ReleaseAfter.String()
	}
	return s
}

// nullTime is t for a nullable column.
func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return formatTime(*t)
}

func addAudit(tx *txn, e kiosk.AuditEntry) error {
	_, err := tx.Exec(`INSERT INTO audit (at, who, action, target, before, after) VALUES (?,?,?,?,?,?)`,
		formatTime(e.At), e.Who, e.Action, e.Target, e.Before, e.After)
	return err
}

// Audit returns the audit log, newest first.
func (d *DB) Audit() ([]kiosk.AuditEntry, error) {
	rows, err := d.db.Query(`SELECT at, who, action, target, before, after FROM audit ORDER BY id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kiosk.AuditEntry
	for rows.Next() {
		var e kiosk.AuditEntry
		var at string
		if err := rows.Scan(&at, &e.Who, &e.Action, &e.Target, &e.Before, &e.After); err != nil {
			return nil, err
		}
		e.At = parseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// LastContentChange returns the newest audit entry of a content change
// (import, demo, an edit); found is false when the content never changed.
func (d *DB) LastContentChange() (e kiosk.AuditEntry, found bool, err error) {
	var at string
	err = d.db.QueryRow(`SELECT at, who, action, target, before, after FROM audit WHERE action LIKE 'content.%' ORDER BY id DESC LIMIT 1`).
		Scan(&at, &e.Who, &e.Action, &e.Target, &e.Before, &e.After)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	e.At = parseTime(at)
	return e, err == nil, err
}

// Requests returns every request, newest first, without history.
func (d *DB) Requests() ([]kiosk.Request, error) {
	var out []kiosk.Request
	err := d.tx(func(tx *txn) error {
		rd := &reader{tx: tx}
		rd.each(`SELECT `+requestColumns+` FROM `+requestsWithRegistration+` ORDER BY r.protocol_year DESC, r.protocol_number DESC`,
			func(scan func(...any) error) error {
				r, err := scanRequest(scan)
				out = append(out, r)
				return err
			})
		return rd.err
	})
	return out, err
}
