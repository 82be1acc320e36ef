// Package hours knows the Italian calendar: public holidays, local closures,
// opening hours and the legal deadlines that run over them. Everything is
// computed in Europe/Rome, whatever the machine's time zone.
package hours

import (
	"time"
	_ "time/tzdata" // Europe/Rome on machines without a zoneinfo database

	"sportello/internal/kiosk"
)

// Rome is the time zone every rule of this package uses.
var Rome = mustLoad("Europe/Rome")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Today returns the calendar day of t in Rome.
func Today(t time.Time) kiosk.Date { return kiosk.DateOf(t.In(Rome)) }

// Easter returns Easter Sunday of year (Gregorian computus).
func Easter(year int) kiosk.Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return kiosk.Date{Year: year, Month: time.Month(month), Day: day}
}

// Holiday is a day on which public offices are closed.
type Holiday struct {
	Date kiosk.Date
	Name kiosk.Text
}

type fixedHoliday struct {
	month time.Month
	day   int
	since int // first year it is a holiday
	name  kiosk.Text
}

var fixedHolidays = []fixedHoliday{
	{time.January, 1, 0, kiosk.T("Capodanno", "New Year's Day")},
	{time.January, 6, 0, kiosk.T("Epifania", "Epiphany")},
	{time.April, 25, 0, kiosk.T("Festa della Liberazione", "Liberation Day")},
	{time.May, 1, 0, kiosk.T("Festa del Lavoro", "Labour Day")},
	{time.June, 2, 0, kiosk.T("Festa della Repubblica", "Republic Day")},
	{time.August, 15, 0, kiosk.T("Ferragosto", "Assumption Day")},
	{time.October, 4, 2026, kiosk.T("San Francesco d'Assisi", "Saint Francis of Assisi")}, // L. 151/2025
	{time.November, 1, 0, kiosk.T("Ognissanti", "All Saints' Day")},
	{time.December, 8, 0, kiosk.T("Immacolata Concezione", "Immaculate Conception")},
	{time.December, 25, 0, kiosk.T("Natale", "Christmas Day")},
	{time.December, 26, 0, kiosk.T("Santo Stefano", "Saint Stephen's Day")},
}

// NationalHolidays returns the Italian public holidays of year in date order,
// Easter Sunday and Easter Monday included.
func NationalHolidays(year int) []Holiday {
	easter := Easter(year)
	var out []Holiday
	for _, f := range fixedHolidays {
		if year < f.since {
			continue
		}
		out = append(out, Holiday{kiosk.Date{Year: year, Month: f.month, Day: f.day}, f.name})
	}
	out = append(out,
		Holiday{easter, kiosk.T("Pasqua", "Easter Sunday")},
		Holiday{easter.AddDays(1), kiosk.T("Lunedì dell'Angelo", "Easter Monday")})
	sortHolidays(out)
	return out
}

func sortHolidays(h []Holiday) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && h[j].Date.Before(h[j-1].Date); j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}
