package store

import (
	"database/sql"
	"slices"
	"strings"

	"sportello/internal/kiosk"
)

// PublicRequestByCode returns the request with the canonical code as far as
// what anyone holding the code may see needs it (requests.PublicView and
// WithClocks): its kind, office, service, dates, status and clocks, its
// number with the emergency number and the day of an annulment, and its
// history without the internal notes. It never reads the text, the
// contacts or the register's other fields. The status page a phone opens
// calls it at any rate, so it costs a fraction of RequestByCode: see
// publicByCodeQuery.
func (d *DB) PublicRequestByCode(code string) (kiosk.Request, error) {
	var r kiosk.Request
	var events []publicEvent
	rd := &reader{tx: d.prepared()}
	defer d.inTurn()()
	rd.each(publicByCodeQuery, func(scan func(...any) error) error {
		request, event, err := scanPublic(scan)
		if request != nil {
			r = *request
		} else {
			events = append(events, event)
		}
		return err
	}, code, code)
	if rd.err != nil {
		return kiosk.Request{}, rd.err
	}
	if r.ID == 0 {
		return kiosk.Request{}, errNoRequest
	}
	r.Code = code
	slices.SortFunc(events, func(a, b publicEvent) int { return int(a.id - b.id) })
	for _, e := range events {
		r.History = append(r.History, e.StatusEvent)
	}
	return r, nil
}

// publicRow is a row of publicByCodeQuery: the request's columns, NULL in
// an event's row, then the event's, NULL in the request's. One value holds
// them all, so that a row costs one allocation, not one a column.
type publicRow struct {
	id, termDays, suspendedDays, year, number, eventID                                                 sql.NullInt64
	kind, office, service, registered, deadline, status, outcome, notified, release, prefix, emergency sql.NullString
	annulled, clock, eventStatus, eventOutcome, note, at                                               sql.NullString
}

// scanPublic reads a row of publicByCodeQuery: the request, or else one of
// its events.
func scanPublic(scan func(...any) error) (*kiosk.Request, publicEvent, error) {
	var w publicRow
	err := scan(&w.id, &w.kind, &w.office, &w.service, &w.registered, &w.termDays, &w.suspendedDays, &w.deadline, &w.status, &w.outcome,
		&w.notified, &w.release, &w.year, &w.number, &w.prefix, &w.emergency, &w.annulled,
		&w.eventID, &w.clock, &w.eventStatus, &w.eventOutcome, &w.note, &w.at)
	if !w.id.Valid {
		return nil, publicEvent{id: w.eventID.Int64, StatusEvent: kiosk.StatusEvent{Clock: kiosk.ClockChange(w.clock.String),
			Status: kiosk.Status(w.eventStatus.String), Outcome: kiosk.Outcome(w.eventOutcome.String), PublicNote: w.note.String,
			At: parseTime(w.at.String)}}, err
	}
	r := &kiosk.Request{ID: w.id.Int64, Kind: w.kind.String, Office: w.office.String, Service: w.service.String,
		Registered: parseTime(w.registered.String), TermDays: int(w.termDays.Int64), SuspendedDays: int(w.suspendedDays.Int64),
		Deadline: parseDate(w.deadline.String), Status: kiosk.Status(w.status.String), Outcome: kiosk.Outcome(w.outcome.String),
		CounterNotified: parseNullTime(w.notified), Emergency: w.emergency.String,
		Protocol: kiosk.Protocol{Prefix: w.prefix.String, Year: int(w.year.Int64), Number: int(w.number.Int64)}}
	if w.release.String != "" { // most are: parsing "" costs an error in two languages
		r.ReleaseAfter = parseDate(w.release.String)
	}
	r.Registration = &kiosk.Registration{Protocol: r.Protocol, Emergency: r.Emergency,
		Annulment: annulment(w.annulled, sql.NullString{}, sql.NullString{}, sql.NullString{})}
	return r, publicEvent{}, err
}

// publicEvent is a status event with its id, which orders the history.
type publicEvent struct {
	id int64
	kiosk.StatusEvent
}

// publicByCodeQuery reads what PublicRequestByCode returns in one
// statement: the request's row, with its registration's number, emergency
// number and annulment each looked up beside it, then a row for each event,
// the columns of the other kind of row NULL. It holds no join and no ORDER
// BY, either of which makes SQLite plan the statement anew for every code
// bound (some 20 µs of a lookup's 40); the history is put in order here.
var publicByCodeQuery = `SELECT r.id, r.kind, r.office_id, r.service_id, r.registered, r.term_days, r.suspended_days,
	r.deadline, r.status, r.outcome, r.counter_notified, r.release_after, r.protocol_year, r.protocol_number,
	(SELECT g.prefix FROM register g WHERE g.year = r.protocol_year AND g.number = r.protocol_number),
	(SELECT g.emergency FROM register g WHERE g.year = r.protocol_year AND g.number = r.protocol_number),
	(SELECT g.annulled_at FROM register g WHERE g.year = r.protocol_year AND g.number = r.protocol_number),
	` + nulls(6) + ` FROM requests r WHERE r.code = ?
	UNION ALL SELECT ` + nulls(17) + `, e.id, e.clock, e.status, e.outcome, e.public_note, e.at
	FROM request_events e WHERE e.request_id = (SELECT id FROM requests WHERE code = ?)`

// nulls is n NULL columns of a SELECT.
func nulls(n int) string { return strings.TrimSuffix(strings.Repeat("NULL, ", n), ", ") }
