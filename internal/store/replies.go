package store

import (
	"fmt"
	"strings"
	"time"

	"sportello/internal/kiosk"
)

// AddReply registers a written reply to the request with code as outgoing,
// with the next number of the year's register and the letter doc writes, in
// one transaction with the change of status that change makes; the audit log
// records both.
func (d *DB) AddReply(code, who string, reply *kiosk.Reply, change func(*kiosk.Request) error, registration func(kiosk.Request) (kiosk.Registration, kiosk.DocumentFunc)) error {
	return d.tx(func(tx *txn) error {
		r, err := requestByCode(tx, code)
		if err != nil {
			return err
		}
		before, stored := auditState(r), len(r.History)
		reg, doc := registration(r)
		if err := change(&r); err != nil {
			return err
		}
		reg.At, reg.Direction = reply.At, kiosk.Outgoing
		p, err := register(tx, &reg, doc)
		if err != nil {
			return err
		}
		reply.Protocol, reply.Who = p, who
		if _, err := tx.Exec(`INSERT INTO replies (request_id, protocol_year, protocol_number, body, at, who) VALUES (?,?,?,?,?,?)`,
			r.ID, p.Year, p.Number, reply.Text, formatTime(reply.At), who); err != nil {
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

// closedStatuses are, as an SQL list, the statuses that end a request (kiosk.Status.Closed).
var closedStatuses = func() string {
	var quoted []string
	for _, s := range kiosk.Statuses {
		if s.Closed() {
			quoted = append(quoted, "'"+strings.ReplaceAll(string(s), "'", "''")+"'")
		}
	}
	return strings.Join(quoted, ", ")
}()

// ErasePersonal erases the kiosk's working copies of requests closed (or
// their registration annulled) before cutoff whose documents have gone to
// conservation: e-mail, phone and text,
// and the registered documents' copies. The registration (number, sender,
// subject, fingerprint) stays for ever: the register is a permanent record
// (GDPR art. 17(3)(b)). It returns how many requests it erased, and records
// the erasure in the audit log.
func (d *DB) ErasePersonal(cutoff time.Time, who string) (int, error) {
	var n int64
	err := d.tx(func(tx *txn) error {
		due := `((status IN (` + closedStatuses + `) AND (SELECT max(at) FROM request_events WHERE request_id = requests.id) < ?)
				OR EXISTS (SELECT 1 FROM register a WHERE a.year = requests.protocol_year AND a.number = requests.protocol_number AND a.annulled_at < ?))
			AND NOT EXISTS (SELECT 1 FROM register_documents dc WHERE dc.conserved IS NULL AND
				((dc.year = requests.protocol_year AND dc.number = requests.protocol_number) OR
				 (dc.year, dc.number) IN (SELECT protocol_year, protocol_number FROM replies WHERE request_id = requests.id)))`
		at := formatTime(cutoff)
		if _, err := tx.Exec(`UPDATE appointments SET name = '', email = '', phone = '', reason = ''
			WHERE starts < ? AND (name != '' OR email != '' OR phone != '' OR reason != '')`, at); err != nil {
			return err // an appointment's personal data go as a request's do, counted from its day
		}
		if _, err := tx.Exec(`UPDATE event_signups SET name = '', email = '', phone = ''
			WHERE signed < ? AND (name != '' OR email != '' OR phone != '')`, at); err != nil {
			return err // and a sign-up's, counted from when it was made
		}
		if _, err := tx.Exec(`UPDATE mail_queue SET recipient = '', body = '' WHERE due < ? AND recipient != ''`, at); err != nil {
			return err // and a mail's that was never sent, counted from when it was due
		}
		if _, err := tx.Exec(`DELETE FROM register_documents WHERE (year, number) IN
			(SELECT protocol_year, protocol_number FROM requests WHERE `+due+`
			 UNION SELECT protocol_year, protocol_number FROM replies WHERE request_id IN (SELECT id FROM requests WHERE `+due+`))`, at, at, at, at); err != nil {
			return err
		}
		res, err := tx.Exec(`UPDATE requests SET email = '', phone = '', body = ''
			WHERE (email != '' OR phone != '' OR body != '') AND `+due, at, at)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		return addAudit(tx, kiosk.AuditEntry{At: d.Now(), Who: who, Action: "retention.erase", Target: fmt.Sprintf("%d requests", n),
			Before: "closed before " + cutoff.UTC().Format(time.DateOnly) + ", documents conserved", After: "contacts, text and working copies erased; registrations kept"})
	})
	return int(n), err
}
