package queue

import (
	"crypto/rand"
	"encoding/base32"
	"errors"
	"io"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Store keeps the tickets.
type Store interface {
	// TakeTicket numbers t in its line and day and stores it, unless its
	// kiosk took one within misuse.
	TakeTicket(t *Ticket, misuse time.Duration) error
	Tickets(day string) ([]Ticket, error)
	LastCalls(n int) ([]Ticket, error)
	TicketByToken(token string) (Ticket, error)
	// UpdateTicket changes a ticket still in status from; Conflict otherwise.
	UpdateTicket(id int64, from Status, change func(*Ticket)) (Ticket, error)
	ServedSince(line string, since time.Time) ([]Ticket, error)
}

// Service takes tickets at the kiosk and calls them at the desks.
type Service struct {
	Store   Store
	Content func() (kiosk.Content, error)
	Now     func() time.Time
	Rand    io.Reader // for the tokens of the QR; crypto/rand when nil
	Kiosk   string    // the kiosk's name, for misuse
}

// Place is where a ticket stands: for the printed ticket, the phone's page
// and the kiosk's result.
type Place struct {
	Ticket
	LineName  kiosk.Text
	Ahead     int
	Wait      time.Duration
	WaitKnown bool // some ticket of the line was served lately: Wait is an estimate
}

// recent is how far back served tickets count for the likely wait.
const recent = 3 * time.Hour

// DefaultMisuse is how soon a second ticket from the same kiosk is refused when the content says nothing.
const DefaultMisuse = 10 * time.Second

func rules(q kiosk.Queue) Rules {
	if q.AgingMinutes > 0 {
		return Rules{Aging: time.Duration(q.AgingMinutes) * time.Minute}
	}
	return Rules{Aging: DefaultAging}
}

var errNoLine = kiosk.NewError(kiosk.Invalid, "Scelga per che cosa prende il numero.", "Please choose what the ticket is for.")

// Take gives the citizen a number for a line, priority if asked (no proof
// is asked), in the language of the kiosk.
func (s *Service) Take(line string, priority bool, lang kiosk.Lang) (Place, error) {
	c, err := s.Content()
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	if _, ok := c.Queue.Line(line); !ok {
		return Place{}, errNoLine
	}
	if priority && c.Queue.Priority.It == "" {
		return Place{}, kiosk.NewError(kiosk.Invalid, "Questo ufficio non dà precedenze.", "This office gives no priority.")
	}
	token, err := s.token()
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	now := s.Now()
	t := Ticket{Day: hours.Today(now).String(), Line: line, Priority: priority, Lang: string(lang), Token: token, Kiosk: s.Kiosk,
		Taken: now, Queued: now, Status: Waiting}
	misuse := DefaultMisuse
	if c.Queue.MisuseSeconds > 0 {
		misuse = time.Duration(c.Queue.MisuseSeconds) * time.Second
	}
	if err := s.Store.TakeTicket(&t, misuse); err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	return s.place(c, t)
}

// bookedLead is how much earlier than its appointment a booked citizen's
// ticket counts as queued: ahead of every walk-in of the day.
const bookedLead = 12 * time.Hour

// TakeBooked gives a citizen who booked an appointment at at, and checked
// in, a number of a line that is called before the walk-ins'.
func (s *Service) TakeBooked(line string, lang kiosk.Lang, at time.Time) (Place, error) {
	c, err := s.Content()
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	if _, ok := c.Queue.Line(line); !ok {
		return Place{}, errNoLine
	}
	token, err := s.token()
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	now := s.Now()
	t := Ticket{Day: hours.Today(now).String(), Line: line, Lang: string(lang), Token: token, Taken: now, Queued: at.Add(-bookedLead), Status: Waiting}
	if err := s.Store.TakeTicket(&t, 0); err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	return s.place(c, t)
}

// token is what a ticket's QR carries: 16 random characters.
func (s *Service) token() (string, error) {
	r := s.Rand
	if r == nil {
		r = rand.Reader
	}
	b := make([]byte, 10)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", err
	}
	return base32.StdEncoding.EncodeToString(b), nil
}

// Place is where the ticket whose QR carries token stands now.
func (s *Service) Place(token string) (Place, error) {
	t, err := s.Store.TicketByToken(token)
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	c, err := s.Content()
	if err != nil {
		return Place{}, kiosk.Wrap(err)
	}
	return s.place(c, t)
}

func (s *Service) place(c kiosk.Content, t Ticket) (Place, error) {
	l, _ := c.Queue.Line(t.Line)
	p := Place{Ticket: t, LineName: l.Name}
	if t.Status != Waiting {
		return p, nil
	}
	all, err := s.Store.Tickets(t.Day)
	if err != nil {
		return p, kiosk.Wrap(err)
	}
	p.Ahead = rules(c.Queue).Ahead(all, t)
	served, err := s.Store.ServedSince(t.Line, s.Now().Add(-recent))
	if err != nil {
		return p, kiosk.Wrap(err)
	}
	var durations []time.Duration
	for _, o := range served {
		durations = append(durations, o.Finished.Sub(o.Called))
	}
	p.Wait, p.WaitKnown = Wait(p.Ahead, durations, c.Queue.Serving(t.Line))
	return p, nil
}

// ErrEmpty is the answer to a call when no one waits for the desk's lines.
var ErrEmpty = kiosk.NewError(kiosk.NotFound, "Nessuno in attesa per questo sportello.", "No one is waiting for this desk.")

// CallNext calls the next ticket for a desk: the first in Order of the
// lines it serves. Two desks calling at once never call the same ticket.
func (s *Service) CallNext(desk string) (Ticket, error) {
	c, err := s.Content()
	if err != nil {
		return Ticket{}, kiosk.Wrap(err)
	}
	d, ok := c.Queue.Desk(desk)
	if !ok {
		return Ticket{}, kiosk.Errorf(kiosk.Invalid, "Lo sportello «%s» non esiste.", "The desk «%s» does not exist.", desk)
	}
	for range 5 { // other desks took every one seen: read again
		now := s.Now()
		all, err := s.Store.Tickets(hours.Today(now).String())
		if err != nil {
			return Ticket{}, kiosk.Wrap(err)
		}
		candidates := rules(c.Queue).Candidates(all, d.Lines)
		if len(candidates) == 0 {
			return Ticket{}, ErrEmpty
		}
		for _, next := range candidates {
			t, err := s.Store.UpdateTicket(next.ID, Waiting, func(t *Ticket) { t.Called, t.Desk, t.Status = now, desk, Called })
			if kiosk.ErrorCode(err) == kiosk.Conflict {
				continue // another desk called it a moment ago: the next one
			}
			return t, kiosk.Wrap(err)
		}
	}
	return Ticket{}, kiosk.NewError(kiosk.Unavailable, "Troppe chiamate insieme: riprovi.", "Too many calls at once: please try again.")
}

// Recall calls a ticket again: the display shows it and speaks it once more.
func (s *Service) Recall(id int64) (Ticket, error) {
	return s.finish(id, Called, func(t *Ticket) { t.Called = s.Now() })
}

// Served closes a ticket called whose citizen was served.
func (s *Service) Served(id int64) (Ticket, error) {
	return s.finish(id, Called, func(t *Ticket) { t.Status, t.Finished = Served, s.Now() })
}

// NoShow closes a ticket called whose citizen did not come.
func (s *Service) NoShow(id int64) (Ticket, error) {
	return s.finish(id, Called, func(t *Ticket) { t.Status, t.Finished = NoShow, s.Now() })
}

func (s *Service) finish(id int64, from Status, change func(*Ticket)) (Ticket, error) {
	t, err := s.Store.UpdateTicket(id, from, change)
	return t, kiosk.Wrap(err)
}

// Transfer moves a ticket called to another line: it closes there and a
// new ticket of that line keeps the place of the first.
func (s *Service) Transfer(id int64, line string) (Ticket, error) {
	c, err := s.Content()
	if err != nil {
		return Ticket{}, kiosk.Wrap(err)
	}
	if _, ok := c.Queue.Line(line); !ok {
		return Ticket{}, errNoLine
	}
	old, err := s.Store.UpdateTicket(id, Called, func(t *Ticket) { t.Status, t.Finished = Transferred, s.Now() })
	if err != nil {
		return Ticket{}, kiosk.Wrap(err)
	}
	token, err := s.token()
	if err != nil {
		return Ticket{}, kiosk.Wrap(err)
	}
	now := s.Now()
	moved := Ticket{Day: old.Day, Line: line, Priority: old.Priority, Lang: old.Lang, Token: token, Kiosk: old.Kiosk,
		Taken: now, Queued: old.Queued, Status: Waiting}
	return moved, kiosk.Wrap(s.Store.TakeTicket(&moved, 0))
}

// LineState is how a line stands now: how many wait and for how long the
// first has.
type LineState struct {
	Line    kiosk.QueueLine
	Waiting int
	Longest time.Duration
}

// Lines is the state of every line of the content today, in its order.
func (s *Service) Lines() ([]LineState, error) {
	c, err := s.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	now := s.Now()
	all, err := s.Store.Tickets(hours.Today(now).String())
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	var out []LineState
	for _, l := range c.Queue.Lines {
		st := LineState{Line: l}
		for _, t := range all {
			if t.Line == l.Letter && t.Status == Waiting {
				st.Waiting++
				st.Longest = max(st.Longest, now.Sub(t.Queued))
			}
		}
		out = append(out, st)
	}
	return out, nil
}

// LastCalls are the last n calls, the newest first.
func (s *Service) LastCalls(n int) ([]Ticket, error) {
	t, err := s.Store.LastCalls(n)
	return t, kiosk.Wrap(err)
}

// IsEmpty reports whether err says no one waits.
func IsEmpty(err error) bool { return errors.Is(err, ErrEmpty) }
