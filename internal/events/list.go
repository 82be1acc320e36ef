package events

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// Event is an event that takes sign-ups, with how its seats stand.
type Event struct {
	Notice          kiosk.Notice
	Seated, Waiting int
	Signups         []Signup // in the order they came
	Seats           int
}

// Events are the content's events that take sign-ups, with their sign-ups.
func (s *Service) Events() ([]Event, error) {
	c, err := s.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	var out []Event
	for _, n := range c.Notices {
		if n.Signups == nil {
			continue
		}
		list, err := s.Store.Signups(n.ID)
		if err != nil {
			return nil, kiosk.Wrap(err)
		}
		e := Event{Notice: n, Signups: list, Seats: n.Signups.Seats}
		for _, su := range list {
			switch su.Status {
			case Seated:
				e.Seated++
			case Waiting:
				e.Waiting++
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// CSV is an event's list as staff print or export it: seated first, then
// the waiting list in its order; cancelled sign-ups left out.
func CSV(e Event) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	rows := [][]string{{"stato", "posizione", "nome", "e-mail", "telefono", "iscritto il", "codice"}}
	for _, want := range []Status{Seated, Waiting} {
		pos := 0
		for _, su := range e.Signups {
			if su.Status != want {
				continue
			}
			pos++
			rows = append(rows, []string{string(su.Status), strconv.Itoa(pos), su.Name, su.Email, su.Phone,
				su.Signed.In(hours.Rome).Format(time.DateTime), ticket.Format(su.Code)})
		}
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), w.Error()
}
