package store

import "sportello/internal/queue"

// TicketsBetween returns the tickets of the days from from to to, both
// included (YYYY-MM-DD), in the order they were taken: what the report of
// the queue reads of a period.
func (d *DB) TicketsBetween(from, to string) ([]queue.Ticket, error) {
	return d.tickets(`SELECT `+ticketColumns+` FROM queue_tickets WHERE day >= ? AND day <= ? ORDER BY id`, from, to)
}
