package store

import (
	"slices"
	"strings"

	"sportello/internal/kiosk"
)

// AuditPage returns the page of the audit log q selects, newest first, and
// whether older entries follow it.
func (d *DB) AuditPage(q kiosk.AuditQuery) (page []kiosk.AuditEntry, more bool, err error) {
	where, args := []string{"1 = 1"}, []any{}
	if q.Kind != "" {
		where = append(where, `(action = ? OR action LIKE ? ESCAPE '\')`)
		args = append(args, q.Kind, likeEscaper.Replace(q.Kind)+".%")
	}
	if q.Who != "" {
		where = append(where, "who = ?")
		args = append(args, q.Who)
	}
	limit := max(q.Limit, 1)
	args = append(args, limit+1, max(q.Offset, 0))
	rows, err := d.db.Query(`SELECT at, who, action, target, before, after FROM audit WHERE `+strings.Join(where, " AND ")+
		` ORDER BY id DESC LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var e kiosk.AuditEntry
		var at string
		if err := rows.Scan(&at, &e.Who, &e.Action, &e.Target, &e.Before, &e.After); err != nil {
			return nil, false, err
		}
		e.At = parseTime(at)
		page = append(page, e)
	}
	if len(page) > limit {
		page, more = page[:limit], true
	}
	return page, more, rows.Err()
}

// likeEscaper escapes what LIKE reads as a wildcard.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// AuditFilters returns what the audit log can be filtered by: the kinds of
// action (kiosk.AuditKind) and the people who made changes, each sorted.
func (d *DB) AuditFilters() (kinds, who []string, err error) {
	rows, err := d.db.Query(`SELECT DISTINCT action, who FROM audit`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var action, by string
		if err := rows.Scan(&action, &by); err != nil {
			return nil, nil, err
		}
		if k := kiosk.AuditKind(action); !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
		if by != "" && !slices.Contains(who, by) {
			who = append(who, by)
		}
	}
	slices.Sort(kinds)
	slices.Sort(who)
	return kinds, who, rows.Err()
}
