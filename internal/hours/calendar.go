package hours

import (
	"time"

	"sportello/internal/kiosk"
)

// Calendar is the set of days an office is closed beyond Sundays: the national
// holidays, the patron saint's day and the content's closures.
type Calendar struct {
	Patron   *kiosk.Patron
	Closures []kiosk.Closure // only those with no hours close the whole day
}

// AdministrationCalendar is the calendar legal deadlines run over: the
// national holidays and the closures of every office.
func AdministrationCalendar(closures []kiosk.Closure) Calendar { return Calendar{Closures: closures} }

// CalendarOf returns the calendar of an office, with the closures that apply to every office.
func CalendarOf(o kiosk.Office, common []kiosk.Closure) Calendar {
	closures := append(append([]kiosk.Closure{}, common...), o.Closures...)
	return Calendar{Patron: o.Patron, Closures: closures}
}

// Holiday returns the holiday or full-day closure on d, if any.
func (c Calendar) Holiday(d kiosk.Date) (kiosk.Text, bool) {
	for _, h := range NationalHolidays(d.Year) {
		if h.Date == d {
			return h.Name, true
		}
	}
	if c.Patron != nil && c.Patron.Day.In(d.Year) == d {
		return c.Patron.Name, true
	}
	for _, cl := range c.Closures {
		if cl.Date == d && len(cl.Hours) == 0 {
			return cl.Reason, true
		}
	}
	return kiosk.Text{}, false
}

// WorkingDay reports whether d is neither a Sunday nor a holiday or closure.
func (c Calendar) WorkingDay(d kiosk.Date) bool {
	if d.Weekday() == time.Sunday {
		return false
	}
	_, closed := c.Holiday(d)
	return !closed
}

// Deadline is the legal due date of something registered on from with a term
// of days calendar days: from + days, moved on to the next working day when
// it falls on a Sunday, a holiday or a closure.
func (c Calendar) Deadline(from kiosk.Date, days int) kiosk.Date {
	d := from.AddDays(days)
	for !c.WorkingDay(d) {
		d = d.AddDays(1)
	}
	return d
}

// ClosedDays returns every day of year on which the office is closed for a
// holiday or a closure (not the usual weekly rest), in date order.
func (c Calendar) ClosedDays(year int) []Holiday {
	out := NationalHolidays(year)
	if c.Patron != nil {
		out = append(out, Holiday{c.Patron.Day.In(year), c.Patron.Name})
	}
	for _, cl := range c.Closures {
		if cl.Date.Year == year && len(cl.Hours) == 0 {
			out = append(out, Holiday{cl.Date, cl.Reason})
		}
	}
	sortHolidays(out)
	return out
}
