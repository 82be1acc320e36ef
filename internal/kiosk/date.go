package kiosk

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar day with no time and no zone, written 2006-01-02.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads a date written YYYY-MM-DD and rejects days that do not exist.
func ParseDate(s string) (Date, error) {
	if s == "" { // an unset date, read often: its error is written once
		e := *errNoDate
		return Date{}, &e
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, Errorf(Invalid, "la data %q non è un giorno valido nella forma AAAA-MM-GG", "the date %q is not a real day written YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// errNoDate is ParseDate's error for "", as it writes any other.
var errNoDate = Errorf(Invalid, "la data %q non è un giorno valido nella forma AAAA-MM-GG", "the date %q is not a real day written YYYY-MM-DD", "")

// In returns midnight of the day in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns the day n calendar days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.In(time.UTC).AddDate(0, 0, n)) }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.In(time.UTC).Weekday() }

// Before reports whether d comes before e.
func (d Date) Before(e Date) bool { return d.In(time.UTC).Before(e.In(time.UTC)) }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText writes the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written YYYY-MM-DD, or "" for an unset one (as MarshalText writes it).
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// MonthDay is a day that recurs every year, such as a patron saint's feast, written MM-DD.
type MonthDay struct {
	Month time.Month
	Day   int
}

// IsZero reports whether the day is unset.
func (m MonthDay) IsZero() bool { return m == MonthDay{} }

// In returns the day in year.
func (m MonthDay) In(year int) Date { return Date{year, m.Month, m.Day} }

// MarshalText writes the day as MM-DD.
func (m MonthDay) MarshalText() ([]byte, error) {
	return fmt.Appendf(nil, "%02d-%02d", m.Month, m.Day), nil
}

// UnmarshalText reads a day written MM-DD; 02-29 is refused, as it does not recur every year.
func (m *MonthDay) UnmarshalText(b []byte) error {
	t, err := time.Parse("01-02", string(b))
	if err != nil || string(b) == "02-29" {
		return Errorf(Invalid, "il giorno %q non è un giorno di ogni anno nella forma MM-GG", "the day %q is not a day of every year written MM-DD", b)
	}
	*m = MonthDay{t.Month(), t.Day()}
	return nil
}

// Clock is a time of day in minutes after midnight.
type Clock int

// ParseClock reads a time of day written H:MM or HH:MM (00:00 to 24:00).
func ParseClock(s string) (Clock, error) {
	var h, m int
	var rest string
	n, _ := fmt.Sscanf(s, "%d:%2d%s", &h, &m, &rest)
	if n != 2 || len(s) < 4 || s[len(s)-3] != ':' || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m > 0) {
		return 0, Errorf(Invalid, "l'orario %q non è un'ora nella forma HH:MM", "the time %q is not a time of day written HH:MM", s)
	}
	return Clock(h*60 + m), nil
}

// Hour and Minute split the clock time.
func (c Clock) Hour() int   { return int(c) / 60 }
func (c Clock) Minute() int { return int(c) % 60 }

// String writes the time the Italian way: 9:00, 15:30.
func (c Clock) String() string { return fmt.Sprintf("%d:%02d", c.Hour(), c.Minute()) }

// Slot is an opening interval within a day, from Open up to Close.
type Slot struct {
	Open, Close Clock
}

// ParseSlot reads an interval written 09:00-13:00.
func ParseSlot(s string) (Slot, error) {
	var a, b string
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			a, b = s[:i], s[i+1:]
			break
		}
	}
	open, err1 := ParseClock(a)
	closing, err2 := ParseClock(b)
	if a == "" || err1 != nil || err2 != nil {
		return Slot{}, Errorf(Invalid, "l'orario %q non è scritto come 09:00-13:00", "the hours %q are not written like 09:00-13:00", s)
	}
	return Slot{open, closing}, nil
}

// MarshalText writes the slot as 09:00-13:00.
func (s Slot) MarshalText() ([]byte, error) {
	return fmt.Appendf(nil, "%02d:%02d-%02d:%02d", s.Open.Hour(), s.Open.Minute(), s.Close.Hour(), s.Close.Minute()), nil
}

// SlotsText writes slots as 09:00-13:00 15:00-17:00.
func SlotsText(slots []Slot) string {
	parts := make([]string, len(slots))
	for i, s := range slots {
		b, _ := s.MarshalText()
		parts[i] = string(b)
	}
	return strings.Join(parts, " ")
}

// UnmarshalText reads a slot written 09:00-13:00.
func (s *Slot) UnmarshalText(b []byte) error {
	v, err := ParseSlot(string(b))
	*s = v
	return err
}
