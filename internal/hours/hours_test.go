package hours

import (
	"testing"
	"time"

	"sportello/internal/kiosk"
)

func day(s string) kiosk.Date {
	d, err := kiosk.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestEaster(t *testing.T) {
	for year, want := range map[int]string{
		2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05",
		2027: "2027-03-28", 2038: "2038-04-25", 2285: "2285-03-22",
	} {
		if got := Easter(year).String(); got != want {
			t.Errorf("Easter(%d) = %s, want %s", year, got, want)
		}
	}
}

func TestNationalHolidays(t *testing.T) {
	names := func(year int) map[string]string {
		m := map[string]string{}
		for _, h := range NationalHolidays(year) {
			m[h.Date.String()] = h.Name.It
		}
		return m
	}
	h25, h26 := names(2025), names(2026)
	if _, ok := h25["2025-10-04"]; ok {
		t.Error("4 October is a holiday only from 2026")
	}
	for d, want := range map[string]string{
		"2026-10-04": "San Francesco d'Assisi", "2026-04-06": "Lunedì dell'Angelo",
		"2026-12-26": "Santo Stefano", "2026-06-02": "Festa della Repubblica",
	} {
		if h26[d] != want {
			t.Errorf("2026 %s = %q, want %q", d, h26[d], want)
		}
	}
	if len(h26) != 13 { // 11 fixed, Easter Sunday and Monday
		t.Errorf("2026 has %d holidays, want 13", len(h26))
	}
	list := NationalHolidays(2027)
	for i := 1; i < len(list); i++ {
		if !list[i-1].Date.Before(list[i].Date) {
			t.Fatalf("holidays not in order: %v then %v", list[i-1].Date, list[i].Date)
		}
	}
}

func TestDeadline(t *testing.T) {
	cal := Calendar{
		Patron:   &kiosk.Patron{Day: kiosk.MonthDay{Month: time.May, Day: 9}, Name: kiosk.T("San Riccardo", "")},
		Closures: []kiosk.Closure{{Date: day("2026-12-24"), Reason: kiosk.T("Chiusura", "")}, {Date: day("2026-12-31"), Reason: kiosk.T("Orario ridotto", ""), Hours: []kiosk.Slot{{Open: 540, Close: 720}}}},
	}
	cases := []struct {
		name, from string
		days       int
		want       string
	}{
		{"plain weekday", "2026-11-02", 30, "2026-12-02"},
		{"lands on Sunday", "2026-11-01", 28, "2026-11-30"},
		{"lands on Christmas, then Santo Stefano, then Sunday", "2026-11-25", 30, "2026-12-28"},
		{"lands on a full-day closure", "2026-11-24", 30, "2026-12-28"},
		{"special hours are not a closure", "2026-12-01", 30, "2026-12-31"},
		{"lands on Easter Monday 2027", "2027-02-27", 30, "2027-03-30"},
		{"lands on the patron's day", "2026-04-09", 30, "2026-05-11"},
		{"lands on 4 October 2026, a Sunday", "2026-09-04", 30, "2026-10-05"},
		{"lands on 1 January, across the new year", "2026-12-02", 30, "2027-01-02"},
		{"zero days on a working day", "2026-11-25", 0, "2026-11-25"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cal.Deadline(day(c.from), c.days).String(); got != c.want {
				t.Errorf("Deadline(%s, %d) = %s, want %s", c.from, c.days, got, c.want)
			}
		})
	}
}

func TestCheckSlots(t *testing.T) {
	s := func(a, b int) kiosk.Slot { return kiosk.Slot{Open: kiosk.Clock(a * 60), Close: kiosk.Clock(b * 60)} }
	cases := []struct {
		name  string
		slots []kiosk.Slot
		ok    bool
	}{
		{"none", nil, true},
		{"morning and afternoon", []kiosk.Slot{s(9, 13), s(15, 17)}, true},
		{"touching", []kiosk.Slot{s(9, 13), s(13, 17)}, true},
		{"ends before it starts", []kiosk.Slot{s(13, 9)}, false},
		{"empty", []kiosk.Slot{s(9, 9)}, false},
		{"overlap out of order", []kiosk.Slot{s(15, 17), s(9, 16)}, false},
	}
	for _, c := range cases {
		if err := CheckSlots(c.slots); (err == nil) != c.ok {
			t.Errorf("%s: CheckSlots = %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestToday(t *testing.T) {
	// 23:30 UTC on 31 December is already 1 January in Rome.
	at := time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)
	if got := Today(at).String(); got != "2027-01-01" {
		t.Errorf("Today = %s", got)
	}
}
