package hours

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func slot(a, b string) kiosk.Slot {
	s, err := kiosk.ParseSlot(a + "-" + b)
	if err != nil {
		panic(err)
	}
	return s
}

func TestStatusAt(t *testing.T) {
	week := kiosk.Week{
		Mon: []kiosk.Slot{slot("09:00", "13:00")},
		Tue: []kiosk.Slot{slot("09:00", "13:00"), slot("15:00", "17:00")},
		Thu: []kiosk.Slot{slot("09:00", "13:00"), slot("15:00", "17:00")},
		Fri: []kiosk.Slot{slot("09:00", "13:00")},
	}
	cal := Calendar{Closures: []kiosk.Closure{
		{Date: day("2026-12-24"), Reason: kiosk.T("Chiusura straordinaria", "")},
		{Date: day("2026-12-31"), Reason: kiosk.T("Orario ridotto", ""), Hours: []kiosk.Slot{slot("09:00", "11:00")}},
	}}
	at := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, Rome)
		if err != nil {
			panic(err)
		}
		return t
	}
	cases := []struct {
		name, at string
		open     bool
		closes   string
		holiday  string
		next     string // "YYYY-MM-DD H:MM"
	}{
		{"opening minute", "2026-11-24 09:00", true, "13:00", "", ""},
		{"last minute of the morning", "2026-11-24 12:59", true, "13:00", "", ""},
		{"closing minute", "2026-11-24 13:00", false, "", "", "2026-11-24 15:00"},
		{"lunch break", "2026-11-24 14:30", false, "", "", "2026-11-24 15:00"},
		{"afternoon", "2026-11-24 16:10", true, "17:00", "", ""},
		{"Tuesday evening", "2026-11-24 18:00", false, "", "", "2026-11-26 9:00"},
		{"before opening", "2026-11-23 08:59", false, "", "", "2026-11-23 9:00"},
		{"weekend", "2026-11-28 10:00", false, "", "", "2026-11-30 9:00"},
		{"All Saints on a Sunday", "2026-11-01 10:00", false, "", "Ognissanti", "2026-11-02 9:00"},
		{"Christmas Eve closure, Christmas, Santo Stefano", "2026-12-24 10:00", false, "", "Chiusura straordinaria", "2026-12-28 9:00"},
		{"special hours open", "2026-12-31 10:30", true, "11:00", "", ""},
		{"special hours over", "2026-12-31 11:30", false, "", "", "2027-01-04 9:00"},
		{"special hours on a day it is closed", "2026-12-30 10:00", false, "", "", "2026-12-31 9:00"},
		{"Easter Monday 2027", "2027-03-29 10:00", false, "", "Lunedì dell'Angelo", "2027-03-30 9:00"},
		{"spring clock change, Sunday 29 March 2026", "2026-03-30 09:30", true, "13:00", "", ""},
		{"autumn clock change week", "2026-10-27 16:59", true, "17:00", "", ""},
		{"UTC time in a Rome slot", "2026-11-24 12:30", true, "13:00", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := cal.StatusAt(week, at(c.at))
			next := ""
			if !st.NextDay.IsZero() {
				next = st.NextDay.String() + " " + st.NextOpen.String()
			}
			closes := ""
			if st.Open {
				closes = st.Closes.String()
			}
			if st.Open != c.open || closes != c.closes || st.Holiday.It != c.holiday || (!c.open && next != c.next) {
				t.Errorf("at %s: open %v closes %q holiday %q next %q; want %v %q %q %q", c.at, st.Open, closes, st.Holiday.It, next, c.open, c.closes, c.holiday, c.next)
			}
		})
	}
	// The same instant given in UTC: 11:30 UTC is 12:30 in Rome in November.
	if st := cal.StatusAt(week, time.Date(2026, 11, 24, 11, 30, 0, 0, time.UTC)); !st.Open {
		t.Error("11:30 UTC on a Tuesday in November is 12:30 in Rome: open")
	}
	if st := cal.StatusAt(kiosk.Week{}, at("2026-11-24 10:00")); st.Open || !st.NextDay.IsZero() {
		t.Errorf("an office with no hours: %+v", st)
	}
}
