package hours

import (
	"time"

	"sportello/internal/kiosk"
)

// Slots returns the opening slots of an office on day d: none on a holiday
// or a full-day closure; on a day it usually opens, the special hours of a
// closure that has them; the usual weekly hours otherwise.
func (c Calendar) Slots(week kiosk.Week, d kiosk.Date) []kiosk.Slot {
	usual := week.Day(d.Weekday())
	if _, closed := c.Holiday(d); closed || len(usual) == 0 {
		return nil
	}
	for _, cl := range c.Closures {
		if cl.Date == d {
			return cl.Hours
		}
	}
	return usual
}

// Status is whether an office is open at a moment, and what comes next.
type Status struct {
	Open     bool
	Closes   kiosk.Clock // when open: the end of the current slot
	Holiday  kiosk.Text  // when closed all day today for a holiday or closure
	NextDay  kiosk.Date  // when closed: the day it opens next (zero: not within a year)
	NextOpen kiosk.Clock // when closed: the time it opens next
}

// StatusAt tells whether an office with these weekly hours is open at t,
// read on the wall clock in Rome (so the days clocks change need no care).
func (c Calendar) StatusAt(week kiosk.Week, t time.Time) Status {
	local := t.In(Rome)
	today := kiosk.DateOf(local)
	now := kiosk.Clock(local.Hour()*60 + local.Minute())
	var st Status
	if name, closed := c.Holiday(today); closed {
		st.Holiday = name
	}
	for _, s := range c.Slots(week, today) {
		if s.Open <= now && now < s.Close {
			return Status{Open: true, Closes: s.Close}
		}
	}
	for i := range 370 {
		d := today.AddDays(i)
		for _, s := range c.Slots(week, d) {
			if i > 0 || s.Open > now {
				st.NextDay, st.NextOpen = d, s.Open
				return st
			}
		}
	}
	return st
}
