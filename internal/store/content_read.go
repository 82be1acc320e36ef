package store

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"sportello/internal/kiosk"
)

var weekdays = [7]time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}

// reader runs queries until the first error, which it keeps.
type reader struct {
	tx  querier
	err error
}

// querier runs a query: a transaction, or the database outside one (a read
// that must not take SQLite's write lock).
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
}

// each runs query and calls row for every result; row scans with the given function.
func (r *reader) each(query string, row func(scan func(...any) error) error, args ...any) {
	if r.err != nil {
		return
	}
	rows, err := r.tx.Query(query, args...)
	if err != nil {
		r.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows.Scan); err != nil {
			r.err = err
			return
		}
	}
	r.err = rows.Err()
}

func parseSlots(s string) []kiosk.Slot {
	var out []kiosk.Slot
	for _, f := range strings.Fields(s) {
		if sl, err := kiosk.ParseSlot(f); err == nil {
			out = append(out, sl)
		}
	}
	return out
}

func parseDate(s string) kiosk.Date {
	d, _ := kiosk.ParseDate(s) // written by ReplaceContent; "" for an unset date
	return d
}

// Content returns all the content, in the order it was imported.
func (d *DB) Content() (kiosk.Content, error) {
	var c kiosk.Content
	err := d.tx(func(tx *txn) error {
		r := &reader{tx: tx}
		r.read(&c)
		return r.err
	})
	return c, err
}

func (r *reader) read(c *kiosk.Content) {
	o, rr := &c.Organization, &c.Ratings
	r.each(`SELECT name_it, name_en, office_it, office_en, phone, email, status_url, logo, demo,
		privacy_short_it, privacy_short_en, privacy_full_it, privacy_full_en,
		rating_scale, misuse_seconds, alert_window, alert_percent,
		register_ipa, register_aoo, register_code, register_mode, register_class_code, register_class_name, queue FROM organization`,
		func(scan func(...any) error) error {
			rg := &o.Register
			var queue string
			err := scan(&o.Name.It, &o.Name.En, &o.Office.It, &o.Office.En, &o.Phone, &o.Email, &o.StatusURL, &o.Logo, &o.Demo,
				&o.Privacy.Short.It, &o.Privacy.Short.En, &o.Privacy.Full.It, &o.Privacy.Full.En,
				&rr.Scale, &rr.MisuseSeconds, &rr.AlertWindow, &rr.AlertPercent,
				&rg.IPA, &rg.AOO, &rg.Code, &rg.Mode, &rg.Class.Code, &rg.Class.Name, &queue)
			if err == nil && queue != "" {
				err = json.Unmarshal([]byte(queue), &c.Queue)
			}
			return err
		})
	r.each(`SELECT id, label_it, label_en, description_it, description_en, term_days, class_code, class_name FROM request_kinds ORDER BY pos`,
		func(scan func(...any) error) error {
			var k kiosk.RequestKind
			err := scan(&k.ID, &k.Label.It, &k.Label.En, &k.Description.It, &k.Description.En, &k.TermDays, &k.Class.Code, &k.Class.Name)
			c.RequestKinds = append(c.RequestKinds, k)
			return err
		})
	r.each(`SELECT id, name_it, name_en, head, purpose_it, purpose_en FROM departments ORDER BY pos`,
		func(scan func(...any) error) error {
			var dp kiosk.Department
			err := scan(&dp.ID, &dp.Name.It, &dp.Name.En, &dp.Head, &dp.Purpose.It, &dp.Purpose.En)
			c.Departments = append(c.Departments, dp)
			return err
		})
	r.offices(c)
	c.Closures = r.closures(nil)
	r.each(`SELECT id, name_it, name_en FROM categories ORDER BY pos`, func(scan func(...any) error) error {
		var cat kiosk.Category
		err := scan(&cat.ID, &cat.Name.It, &cat.Name.En)
		c.Categories = append(c.Categories, cat)
		return err
	})
	r.services(c)
	r.each(`SELECT id, title_it, title_en, language, file, url FROM forms ORDER BY pos`, func(scan func(...any) error) error {
		var f kiosk.Form
		err := scan(&f.ID, &f.Title.It, &f.Title.En, &f.Language, &f.File, &f.URL)
		c.Forms = append(c.Forms, f)
		return err
	})
	r.each(`SELECT id, kind, title_it, title_en, day, file, url FROM documents ORDER BY pos`, func(scan func(...any) error) error {
		var dc kiosk.Document
		var day string
		err := scan(&dc.ID, &dc.Kind, &dc.Title.It, &dc.Title.En, &day, &dc.File, &dc.URL)
		dc.Date = parseDate(day)
		c.Documents = append(c.Documents, dc)
		return err
	})
	r.each(`SELECT id, kind, title_it, title_en, body_it, body_en, valid_from, valid_to, url, office_id, signups FROM notices ORDER BY pos`,
		func(scan func(...any) error) error {
			var n kiosk.Notice
			var from, to, signups string
			err := scan(&n.ID, &n.Kind, &n.Title.It, &n.Title.En, &n.Body.It, &n.Body.En, &from, &to, &n.URL, &n.Office, &signups)
			n.From, n.To = parseDate(from), parseDate(to)
			if signups != "" && err == nil {
				n.Signups = &kiosk.Signups{}
				err = json.Unmarshal([]byte(signups), n.Signups)
			}
			c.Notices = append(c.Notices, n)
			return err
		})
}

func (r *reader) offices(c *kiosk.Content) {
	r.each(`SELECT id, coalesce(department_id, ''), name_it, name_en, address, floor_it, floor_en, room, phones,
		email, pec, officer, directions_it, directions_en, patron_day, patron_it, patron_en FROM offices ORDER BY pos`,
		func(scan func(...any) error) error {
			var of kiosk.Office
			var phones, patronDay string
			var patron kiosk.Patron
			err := scan(&of.ID, &of.Department, &of.Name.It, &of.Name.En, &of.Address, &of.Floor.It, &of.Floor.En, &of.Room, &phones,
				&of.Email, &of.PEC, &of.Officer, &of.Directions.It, &of.Directions.En, &patronDay, &patron.Name.It, &patron.Name.En)
			json.Unmarshal([]byte(phones), &of.Phones)
			if patronDay != "" && patron.Day.UnmarshalText([]byte(patronDay)) == nil {
				of.Patron = &patron
			}
			c.Offices = append(c.Offices, of)
			return err
		})
	for i := range c.Offices {
		of := &c.Offices[i]
		days := map[time.Weekday]*[]kiosk.Slot{
			time.Monday: &of.Hours.Mon, time.Tuesday: &of.Hours.Tue, time.Wednesday: &of.Hours.Wed, time.Thursday: &of.Hours.Thu,
			time.Friday: &of.Hours.Fri, time.Saturday: &of.Hours.Sat, time.Sunday: &of.Hours.Sun,
		}
		r.each(`SELECT weekday, opens, closes FROM office_hours WHERE office_id = ? ORDER BY weekday, opens`,
			func(scan func(...any) error) error {
				var wd int
				var s kiosk.Slot
				err := scan(&wd, &s.Open, &s.Close)
				day := days[weekdays[wd]]
				*day = append(*day, s)
				return err
			}, of.ID)
		of.Closures = r.closures(&of.ID)
	}
}

// closures returns an office's closures, or with office nil those of every office.
func (r *reader) closures(office *string) []kiosk.Closure {
	var out []kiosk.Closure
	r.each(`SELECT day, reason_it, reason_en, hours FROM closures WHERE office_id IS NOT DISTINCT FROM ? ORDER BY pos`,
		func(scan func(...any) error) error {
			var c kiosk.Closure
			var day, hours string
			err := scan(&day, &c.Reason.It, &c.Reason.En, &hours)
			c.Date, c.Hours = parseDate(day), parseSlots(hours)
			out = append(out, c)
			return err
		}, office)
	return out
}

func (r *reader) services(c *kiosk.Content) {
	r.each(`SELECT id, office_id, category_id, title_it, title_en, summary_it, summary_en, body_it, body_en,
		eligible_it, eligible_en, documents, fees_it, fees_en, response_days, standard, booking FROM services ORDER BY pos`,
		func(scan func(...any) error) error {
			var s kiosk.Service
			var docs, standard, booking string
			err := scan(&s.ID, &s.Office, &s.Category, &s.Title.It, &s.Title.En, &s.Summary.It, &s.Summary.En, &s.Body.It, &s.Body.En,
				&s.Eligible.It, &s.Eligible.En, &docs, &s.Fees.It, &s.Fees.En, &s.ResponseDays, &standard, &booking)
			if booking != "" && err == nil {
				s.Booking = &kiosk.Booking{}
				err = json.Unmarshal([]byte(booking), s.Booking)
			}
			json.Unmarshal([]byte(docs), &s.Documents)
			if standard != "" {
				s.Standard = &kiosk.Standard{}
				if err == nil {
					err = json.Unmarshal([]byte(standard), s.Standard)
				}
			}
			c.Services = append(c.Services, s)
			return err
		})
	forms := map[string][]string{}
	r.each(`SELECT service_id, form_id FROM service_forms ORDER BY service_id, pos`, func(scan func(...any) error) error {
		var s, f string
		err := scan(&s, &f)
		forms[s] = append(forms[s], f)
		return err
	})
	for i := range c.Services {
		c.Services[i].Forms = forms[c.Services[i].ID]
	}
}
