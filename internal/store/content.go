package store

import (
	"database/sql"
	"encoding/json"
	"errors"

	"sportello/internal/kiosk"
)

var contentTables = []string{"service_forms", "services", "forms", "documents", "notices", "categories",
	"closures", "office_hours", "offices", "departments", "request_kinds", "organization", "files"}

// ReplaceContent swaps all the content, and the files it names, and logs the
// change, in one transaction.
func (d *DB) ReplaceContent(c kiosk.Content, files map[string][]byte, change kiosk.AuditEntry) error {
	if change.At.IsZero() {
		change.At = d.Now()
	}
	return d.tx(func(tx *txn) error {
		for _, t := range contentTables {
			if _, err := tx.Exec(`DELETE FROM ` + t); err != nil {
				return err
			}
		}
		w := &writer{tx: tx}
		w.content(c)
		for path, data := range files {
			w.exec(`INSERT INTO files (path, data) VALUES (?, ?)`, path, data)
		}
		if w.err != nil {
			return w.err
		}
		return addAudit(tx, change)
	})
}

// writer runs inserts until the first error, which it keeps.
type writer struct {
	tx  *txn
	err error
}

func (w *writer) exec(query string, args ...any) {
	if w.err == nil {
		_, w.err = w.tx.Exec(query, args...)
	}
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// bookingText is how a service takes appointments, as stored: JSON, empty for none.
func bookingText(b *kiosk.Booking) string {
	if b == nil {
		return ""
	}
	return jsonText(b)
}

// standardText is a service's standard as stored: JSON, empty for none.
func standardText(st *kiosk.Standard) string {
	if st == nil {
		return ""
	}
	return jsonText(st)
}

// queueJSON is the content's queue as stored: ” for none.
func queueJSON(q kiosk.Queue) string {
	if len(q.Lines) == 0 && len(q.Desks) == 0 {
		return ""
	}
	return jsonText(q)
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func (w *writer) content(c kiosk.Content) {
	o := c.Organization
	rr := c.Ratings
	rg := o.Register
	w.exec(`INSERT INTO organization (id, name_it, name_en, office_it, office_en, phone, email, status_url, logo, demo,
		privacy_short_it, privacy_short_en, privacy_full_it, privacy_full_en,
		rating_scale, misuse_seconds, alert_window, alert_percent,
		register_ipa, register_aoo, register_code, register_mode, register_class_code, register_class_name, queue)
		VALUES (1, ?,?, ?,?, ?,?,?,?, ?, ?,?, ?,?, ?,?,?,?, ?,?,?,?,?,?, ?)`,
		o.Name.It, o.Name.En, o.Office.It, o.Office.En, o.Phone, o.Email, o.StatusURL, o.Logo, o.Demo,
		o.Privacy.Short.It, o.Privacy.Short.En, o.Privacy.Full.It, o.Privacy.Full.En,
		rr.Scale, rr.MisuseSeconds, rr.AlertWindow, rr.AlertPercent,
		rg.IPA, rg.AOO, rg.Code, rg.Mode, rg.Class.Code, rg.Class.Name, queueJSON(c.Queue))
	for i, k := range c.RequestKinds {
		w.exec(`INSERT INTO request_kinds (id, pos, label_it, label_en, description_it, description_en, term_days, class_code, class_name)
			VALUES (?,?, ?,?, ?,?, ?, ?,?)`, k.ID, i, k.Label.It, k.Label.En, k.Description.It, k.Description.En, k.TermDays,
			k.Class.Code, k.Class.Name)
	}
	for i, dp := range c.Departments {
		w.exec(`INSERT INTO departments (id, pos, name_it, name_en, head, purpose_it, purpose_en) VALUES (?,?, ?,?, ?, ?,?)`, dp.ID, i, dp.Name.It, dp.Name.En, dp.Head, dp.Purpose.It, dp.Purpose.En)
	}
	for i, of := range c.Offices {
		var patron kiosk.Patron
		if of.Patron != nil {
			patron = *of.Patron
		}
		day, _ := patron.Day.MarshalText()
		if patron.Day.IsZero() {
			day = nil
		}
		w.exec(`INSERT INTO offices (id, pos, department_id, name_it, name_en, address, floor_it, floor_en, room, phones,
			email, pec, officer, directions_it, directions_en, patron_day, patron_it, patron_en)
			VALUES (?,?, ?, ?,?, ?, ?,?, ?, ?, ?,?,?, ?,?, ?,?,?)`,
			of.ID, i, nullable(of.Department), of.Name.It, of.Name.En, of.Address, of.Floor.It, of.Floor.En, of.Room,
			jsonText(of.Phones), of.Email, of.PEC, of.Officer, of.Directions.It, of.Directions.En,
			string(day), patron.Name.It, patron.Name.En)
		for wd := range 7 {
			for _, s := range of.Hours.Day(weekdays[wd]) {
				w.exec(`INSERT INTO office_hours (office_id, weekday, opens, closes) VALUES (?, ?, ?, ?)`, of.ID, wd, s.Open, s.Close)
			}
		}
		w.closures(of.ID, of.Closures)
	}
	w.closures("", c.Closures)
	for i, cat := range c.Categories {
		w.exec(`INSERT INTO categories (id, pos, name_it, name_en) VALUES (?,?, ?,?)`, cat.ID, i, cat.Name.It, cat.Name.En)
	}
	for i, f := range c.Forms {
		w.exec(`INSERT INTO forms (id, pos, title_it, title_en, language, file, url) VALUES (?,?, ?,?, ?,?,?)`, f.ID, i, f.Title.It, f.Title.En, string(f.Language), f.File, f.URL)
	}
	for i, s := range c.Services {
		w.exec(`INSERT INTO services (id, pos, office_id, category_id, title_it, title_en, summary_it, summary_en, body_it, body_en,
			eligible_it, eligible_en, documents, fees_it, fees_en, response_days, standard, booking)
			VALUES (?,?, ?,?, ?,?, ?,?, ?,?, ?,?, ?, ?,?, ?, ?, ?)`,
			s.ID, i, s.Office, s.Category, s.Title.It, s.Title.En, s.Summary.It, s.Summary.En, s.Body.It, s.Body.En,
			s.Eligible.It, s.Eligible.En, jsonText(s.Documents), s.Fees.It, s.Fees.En, s.ResponseDays, standardText(s.Standard), bookingText(s.Booking))
		for j, f := range s.Forms {
			w.exec(`INSERT INTO service_forms (service_id, form_id, pos) VALUES (?, ?, ?)`, s.ID, f, j)
		}
	}
	for i, dc := range c.Documents {
		w.exec(`INSERT INTO documents (id, pos, kind, title_it, title_en, day, file, url) VALUES (?,?, ?, ?,?, ?,?,?)`, dc.ID, i, dc.Kind, dc.Title.It, dc.Title.En, dc.Date.String(), dc.File, dc.URL)
	}
	for i, n := range c.Notices {
		signups := ""
		if n.Signups != nil {
			signups = jsonText(n.Signups)
		}
		w.exec(`INSERT INTO notices (id, pos, kind, title_it, title_en, body_it, body_en, valid_from, valid_to, url, office_id, signups)
			VALUES (?,?, ?, ?,?, ?,?, ?,?,?, ?, ?)`, n.ID, i, n.Kind, n.Title.It, n.Title.En, n.Body.It, n.Body.En, n.From.String(), n.To.String(), n.URL, n.Office, signups)
	}
}

func (w *writer) closures(office string, cs []kiosk.Closure) {
	for i, c := range cs {
		w.exec(`INSERT INTO closures (office_id, pos, day, reason_it, reason_en, hours) VALUES (?, ?, ?, ?,?, ?)`, nullable(office), i, c.Date.String(), c.Reason.It, c.Reason.En, kiosk.SlotsText(c.Hours))
	}
}

// HasContent reports whether any content was ever imported.
func (d *DB) HasContent() (bool, error) {
	var n int
	err := d.db.QueryRow(`SELECT count(*) FROM organization`).Scan(&n)
	return n > 0, err
}

// File returns a file the content names.
func (d *DB) File(path string) ([]byte, error) {
	var data []byte
	err := d.db.QueryRow(`SELECT data FROM files WHERE path = ?`, path).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, kiosk.Errorf(kiosk.NotFound, "Il file %s non è disponibile.", "The file %s is not available.", path)
	}
	return data, err
}

// Files returns every file the content names, keyed by path.
func (d *DB) Files() (map[string][]byte, error) {
	rows, err := d.db.Query(`SELECT path, data FROM files`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]byte{}
	for rows.Next() {
		var p string
		var b []byte
		if err := rows.Scan(&p, &b); err != nil {
			return nil, err
		}
		out[p] = b
	}
	return out, rows.Err()
}
