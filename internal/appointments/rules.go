// Package appointments holds the rules of booking a slot with an office for
// a service: which slots a day offers, when a citizen may check in, and the
// service that books, cancels and checks in.
package appointments

import (
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// Status is where an appointment stands.
type Status string

// The statuses of an appointment.
const (
	Booked    Status = "prenotato"
	Cancelled Status = "annullato"
	Arrived   Status = "presente" // checked in at the kiosk: in the queue ahead of walk-ins
)

// Appointment is a slot booked. Reason, Name, Email and Phone are personal:
// only staff see them.
type Appointment struct {
	ID                         int64
	Code                       string // the tracking code, canonical, as for requests
	Service, Office            string
	Start                      time.Time
	Minutes                    int
	Reason, Name, Email, Phone string
	Lang                       kiosk.Lang
	Booked, Changed            time.Time
	Status                     Status
}

// Slot is a time that can be booked and how many places it has left.
type Slot struct {
	Start time.Time
	Free  int
}

// Slots are the times of day that can still be booked for a service with
// rule b at an office open week and closed on cal's days, after now and
// within the days it books ahead; taken says how many places each start
// has taken already, keyed by the start in UTC. An appointment fits whole
// in an opening slot.
func Slots(cal hours.Calendar, week kiosk.Week, b kiosk.Booking, day kiosk.Date, taken map[time.Time]int, now time.Time) []Slot {
	today := hours.Today(now)
	if day.Before(today) || today.AddDays(b.Ahead()).Before(day) || b.Minutes <= 0 {
		return nil
	}
	var out []Slot
	midnight := day.In(hours.Rome)
	for _, open := range cal.Slots(week, day) {
		for m := int(open.Open); m+b.Minutes <= int(open.Close); m += b.Minutes {
			start := time.Date(midnight.Year(), midnight.Month(), midnight.Day(), m/60, m%60, 0, 0, hours.Rome)
			if !start.After(now) {
				continue
			}
			if free := b.Capacity() - taken[start.UTC()]; free > 0 { // taken is keyed in UTC, as stored
				out = append(out, Slot{start, free})
			}
		}
	}
	return out
}

// Days are the days from today that have a slot to book, within the days
// the service books ahead.
func Days(cal hours.Calendar, week kiosk.Week, b kiosk.Booking, now time.Time, taken map[time.Time]int) []kiosk.Date {
	var out []kiosk.Date
	today := hours.Today(now)
	for i := 0; i <= b.Ahead(); i++ {
		if d := today.AddDays(i); len(Slots(cal, week, b, d, taken, now)) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// The check-in window: from Early before the appointment to Late after it.
const (
	Early = 30 * time.Minute
	Late  = 15 * time.Minute
)

// CheckWindow accepts a check-in at now for an appointment starting at
// start; otherwise it says, in the citizen's words, why not.
func CheckWindow(start, now time.Time) error {
	day := hours.Today(start)
	switch {
	case hours.Today(now) != day:
		return kiosk.Errorf(kiosk.Conflict, "L'appuntamento è per il %s alle %s: la presenza si registra quel giorno.",
			"The appointment is on %s at %s: arrival is registered on that day.", i18n.ShortDate(day), i18n.Clock(start.In(hours.Rome)))
	case now.Before(start.Add(-Early)):
		return kiosk.Errorf(kiosk.Conflict, "È in anticipo: la presenza si registra dalle %s.", "You are early: arrival is registered from %s.",
			i18n.Clock(start.Add(-Early).In(hours.Rome)))
	case now.After(start.Add(Late)):
		return kiosk.NewError(kiosk.Conflict, "L'orario dell'appuntamento è passato da più di 15 minuti: prenda il numero per lo sportello.",
			"The appointment's time passed more than 15 minutes ago: please take a number for the desk.")
	}
	return nil
}
