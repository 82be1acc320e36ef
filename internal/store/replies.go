package store

import (
	"fmt"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// AddReply registers a written reply to the request with code as outgoing,
// with the next number of the year's register, in one transaction with the
// change of status that change makes; the audit log records both.
func (d *DB) AddReply(code, who string, reply *kiosk.Reply, change func(*kiosk.Request) error) error {
	return d.tx(func(tx *txn) error {
		r, err := requestByCode(tx, code)
		if err != nil {
			return err
		}
		before, stored := auditState(r), len(r.History)
		if err := change(&r); err != nil {
			return err
		}
		p, err := nextProtocol(tx, reply.At.In(hours.Rome).Year(), "out", reply.At)
		if err != nil {
			return err
		}
		reply.Protocol, reply.Who = p, who
		if _, err := tx.Exec(`INSERT INTO replies (request_id, protocol_year, protocol_number, body, at, who) VALUES (?,?,?,?,?,?)`,
			r.ID, p.Year, p.Number, reply.Text, reply.At.UTC().Format(timeFormat), who); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE requests SET status = ?, outcome = ?, deadline = ?, suspended_days = ?, suspended_since = NULL WHERE id = ?`,
			string(r.Status), string(r.Outcome), r.Deadline.String(), r.SuspendedDays, r.ID); err != nil {
			return err
		}
		for _, e := range r.History[stored:] {
			if err := insertEvent(tx, r.ID, e); err != nil {
				return err
			}
		}
		return addAudit(tx, kiosk.AuditEntry{At: reply.At, Who: who, Action: "request.reply", Target: r.Protocol.String(),
			Before: before, After: auditState(r) + fmt.Sprintf(" reply=%s", p)})
	})
}

// ErasePersonal blanks the name, contacts and text of requests closed before
// cutoff, keeping their register rows, statuses and dates. It returns how
// many it erased, and records the erasure in the audit log.
func (d *DB) ErasePersonal(cutoff time.Time, who string) (int, error) {
	var n int64
	err := d.tx(func(tx *txn) error {
		res, err := tx.Exec(`UPDATE requests SET name = '', email = '', phone = '', body = ''
			WHERE status IN ('conclusa', 'archiviata')
			AND (name != '' OR email != '' OR phone != '' OR body != '')
			AND (SELECT max(at) FROM request_events WHERE request_id = requests.id) < ?`, cutoff.UTC().Format(timeFormat))
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		return addAudit(tx, kiosk.AuditEntry{At: d.Now(), Who: who, Action: "retention.erase", Target: fmt.Sprintf("%d requests", n),
			Before: "closed before " + cutoff.UTC().Format(time.DateOnly), After: "name, contacts and text erased"})
	})
	return int(n), err
}
