package store

import (
	"strings"

	"sportello/internal/kiosk"
)

// openRequest is the condition of the partial index requests_open
// (019_inbox.sql): written the same here, so that both databases see that
// the index serves the query.
const openRequest = `r.status NOT IN ('conclusa', 'archiviata')`

// RequestsPage returns the page of the staff inbox q selects, without
// history, and whether more requests follow it. Open requests are read
// through a partial index of their own and the others through their
// status's index, both in the page's order, so that a page costs the same
// after ten years as after one. An annulled request stays in its place
// among those of its status; "every open request" leaves it out.
func (d *DB) RequestsPage(q kiosk.InboxQuery) (kiosk.InboxPage, error) {
	where, args := d.inboxWhere(q)
	limit := max(q.Limit, 1)
	args = append(args, limit+1, max(q.Offset, 0))
	var page kiosk.InboxPage
	rd := &reader{tx: d.db}
	rd.each(`SELECT `+requestColumns+` FROM `+requestsWithRegistration+` WHERE `+strings.Join(where, " AND ")+
		` ORDER BY r.deadline, r.protocol_year DESC, r.protocol_number DESC LIMIT ? OFFSET ?`,
		func(scan func(...any) error) error {
			r, err := scanRequest(scan)
			page.Requests = append(page.Requests, r)
			return err
		}, args...)
	if len(page.Requests) > limit {
		page.Requests, page.More = page.Requests[:limit], true
	}
	return page, rd.err
}

// inboxWhere is the WHERE of q's page, with its arguments.
func (d *DB) inboxWhere(q kiosk.InboxQuery) (where []string, args []any) {
	if q.Status == "" || q.Overdue {
		where = append(where, openRequest, "g.annulled_at IS NULL")
	}
	if q.Status != "" {
		where, args = append(where, "r.status = ?"), append(args, string(q.Status))
	}
	if q.Overdue {
		// A suspended request's clock stopped on the day it was suspended:
		// staff suspend at their desk in office hours, when that day in UTC
		// is the day in Rome.
		where = append(where, `r.deadline < ?`, `(r.status != 'sospesa' OR r.suspended_since IS NULL OR r.deadline < substr(r.suspended_since, 1, 10))`)
		args = append(args, q.Today.String())
	}
	for _, f := range []struct{ column, value string }{{"r.kind", q.Kind}, {"r.office_id", q.Office}, {"r.code", q.Code}} {
		if f.value != "" {
			where, args = append(where, f.column+" = ?"), append(args, f.value)
		}
	}
	if q.Number != "" {
		where = append(where, d.protocolText()+` LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscaper.Replace(q.Number)+"%")
	}
	if len(where) == 0 {
		where = []string{"1 = 1"}
	}
	return where, args
}

// protocolText is the registration's number as kiosk.Protocol writes it
// (URP-2026/0000123), in each database's words.
func (d *DB) protocolText() string {
	number := `printf('%07d', g.number)`
	if d.db.postgres {
		number = `CASE WHEN g.number > 9999999 THEN g.number::text ELSE lpad(g.number::text, 7, '0') END`
	}
	return `(CASE WHEN g.prefix = '' THEN '' ELSE g.prefix || '-' END) || g.year || '/' || ` + number
}
