package kiosk

import "time"

// Booking is how a service takes appointments: how long each is, how many
// citizens each slot takes, how far ahead it can be booked, and the queue
// line a citizen joins on arriving.
type Booking struct {
	Minutes int    `yaml:"minutes"`          // the length of an appointment
	Places  int    `yaml:"places,omitempty"` // citizens at once: the desks that serve it; 0: 1
	Days    int    `yaml:"days,omitempty"`   // how many days ahead it can be booked; 0: 30
	Line    string `yaml:"line,omitempty"`   // the queue line checked-in citizens join ahead of walk-ins
}

// Length is an appointment's length.
func (b Booking) Length() time.Duration { return time.Duration(b.Minutes) * time.Minute }

// Capacity is how many citizens a slot takes.
func (b Booking) Capacity() int { return max(b.Places, 1) }

// Ahead is how many days ahead a slot can be booked.
func (b Booking) Ahead() int {
	if b.Days > 0 {
		return b.Days
	}
	return 30
}
