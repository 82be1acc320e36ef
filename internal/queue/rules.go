// Package queue holds the rules of the desk queue: who is called next,
// how many are ahead of a ticket, and how long the wait is likely to be.
// Its functions are pure: the service and the store hold the tickets.
package queue

import (
	"fmt"
	"slices"
	"sort"
	"time"
)

// Status is where a ticket stands.
type Status string

// The statuses of a ticket.
const (
	Waiting     Status = "attesa"
	Called      Status = "chiamato"
	Served      Status = "servito"
	NoShow      Status = "assente"
	Transferred Status = "trasferito" // moved to another line: a new ticket there keeps its place
)

// Ticket is one number taken at the kiosk (or a desk) for a line: no
// personal data.
type Ticket struct {
	ID       int64
	Day      string // YYYY-MM-DD in Rome: numbers restart each day
	Line     string // the line's letter: "A"
	Number   int
	Priority bool   // disability, pregnancy, age: served first, no proof asked
	Lang     string // the language it was taken in: the call is spoken in it too
	Token    string // what its QR carries, to see its place from a phone
	Kiosk    string
	Taken    time.Time
	Called   time.Time // zero while waiting
	Desk     string    // the desk that called it
	Finished time.Time // served, no-show or transferred
	Status   Status
	// Queued is when it joined its line: Taken, or for a ticket moved from
	// another line, the moment it was first taken, so it keeps its place.
	Queued time.Time
}

// Label is the number as called and printed: A017.
func (t Ticket) Label() string { return fmt.Sprintf("%s%03d", t.Line, t.Number) }

// Rules are an office's choices for its queue.
type Rules struct {
	// Aging is the head start a priority ticket has: an ordinary ticket
	// that has waited this much longer than a priority one goes first, so
	// none waits for ever.
	Aging time.Duration
}

// DefaultAging is the head start of a priority ticket when the content says none.
const DefaultAging = 20 * time.Minute

// turn is when a waiting ticket counts as having joined: a priority ticket
// Aging earlier than it did.
func (r Rules) turn(t Ticket) time.Time {
	if t.Priority {
		return t.Queued.Add(-r.Aging)
	}
	return t.Queued
}

// Order sorts waiting tickets in the order they are called: by turn, then
// by number. Tickets of any status but Waiting are left out.
func (r Rules) Order(tickets []Ticket) []Ticket {
	var out []Ticket
	for _, t := range tickets {
		if t.Status == Waiting {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := r.turn(out[i]), r.turn(out[j])
		if !a.Equal(b) {
			return a.Before(b)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Candidates are the tickets a desk serving lines may call, in the order
// it calls them: the first is the next; when another desk called it a
// moment before, the one after.
func (r Rules) Candidates(tickets []Ticket, lines []string) []Ticket {
	var out []Ticket
	for _, t := range r.Order(tickets) {
		if slices.Contains(lines, t.Line) {
			out = append(out, t)
		}
	}
	return out
}

// Ahead is how many waiting tickets of the same line go before t.
func (r Rules) Ahead(tickets []Ticket, t Ticket) int {
	n := 0
	for _, o := range r.Order(tickets) {
		if o.ID == t.ID {
			return n
		}
		if o.Line == t.Line {
			n++
		}
	}
	return n
}

// Wait is the likely wait of a ticket with ahead tickets before it, when
// the last tickets served took durations at the desk and desks serve its
// line: the median duration times those ahead, shared by the desks. With
// no duration known it is zero and known is false.
func Wait(ahead int, durations []time.Duration, desks int) (wait time.Duration, known bool) {
	if len(durations) == 0 {
		return 0, false
	}
	d := slices.Clone(durations)
	slices.Sort(d)
	median := d[len(d)/2]
	if len(d)%2 == 0 {
		median = (d[len(d)/2-1] + d[len(d)/2]) / 2
	}
	return median * time.Duration(ahead) / time.Duration(max(desks, 1)), true
}
