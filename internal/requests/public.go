package requests

import (
	"sync"
	"time"

	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// Public is what anyone holding the code may see of a request: never the
// name, the contact or the text.
type Public struct {
	KindID     string // "reclamo": the Open311 service code
	Kind       kiosk.Text
	Protocol   kiosk.Protocol
	Registered time.Time
	Office     kiosk.Text
	Status     kiosk.Status
	Outcome    kiosk.Outcome
	Deadline   kiosk.Date
	History    []PublicEvent
}

// PublicEvent is a status change as the citizen sees it.
type PublicEvent struct {
	Status  kiosk.Status
	Outcome kiosk.Outcome
	Note    string
	At      time.Time
}

// PublicView strips a request down to what the citizen may see.
func PublicView(r kiosk.Request, c kiosk.Content) Public {
	p := Public{KindID: r.Kind, Protocol: r.Protocol, Registered: r.Registered, Status: r.Status, Outcome: r.Outcome, Deadline: r.Deadline}
	p.Kind = kiosk.T(r.Kind, r.Kind)
	if k, ok := c.Kind(r.Kind); ok {
		p.Kind = k.Label
	}
	if o, ok := c.Office(r.Office); ok {
		p.Office = o.Name
	}
	for _, e := range r.History {
		p.History = append(p.History, PublicEvent{Status: e.Status, Outcome: e.Outcome, Note: e.PublicNote, At: e.At})
	}
	return p
}

// Status looks a request up by the code as typed or scanned.
func (s *Service) Status(typed string) (Public, error) {
	code, err := ticket.ParseScan(typed)
	if err != nil {
		return Public{}, err
	}
	r, err := s.Store.RequestByCode(code)
	if err != nil {
		return Public{}, kiosk.Wrap(err)
	}
	c, err := s.Content()
	if err != nil {
		return Public{}, kiosk.Wrap(err)
	}
	return PublicView(r, c), nil
}

// Limiter allows at most Max events in any Window: the kiosk's brake on
// guessing codes.
type Limiter struct {
	Max    int
	Window time.Duration
	Now    func() time.Time
	mu     sync.Mutex
	recent []time.Time
}

// ErrTooMany is the answer past the limit.
var ErrTooMany = kiosk.NewError(kiosk.TooMany,
	"Troppe ricerche in poco tempo. Riprovi tra un minuto.", "Too many lookups in a short time. Please try again in a minute.")

// Allow records an event and reports ErrTooMany when it exceeds the limit.
func (l *Limiter) Allow() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.Now()
	kept := l.recent[:0]
	for _, t := range l.recent {
		if now.Sub(t) < l.Window {
			kept = append(kept, t)
		}
	}
	l.recent = kept
	if len(l.recent) >= l.Max {
		return ErrTooMany
	}
	l.recent = append(l.recent, now)
	return nil
}

// TicketFor returns the printed ticket of a request, in the request's language.
func TicketFor(r kiosk.Request, c kiosk.Content) ticket.Ticket {
	lang := r.Lang
	kind := kiosk.T(r.Kind, r.Kind)
	if k, ok := c.Kind(r.Kind); ok {
		kind = k.Label
	}
	return ticket.Ticket{
		Lang: lang, Organization: c.Organization.Name.In(lang), Office: c.Organization.Office.In(lang),
		Kind: kind.In(lang), Protocol: r.Protocol, Registered: r.Registered, Deadline: r.Deadline,
		Code: r.Code, Link: ticket.Link(c.Organization.StatusURL, r.Code), Phone: c.Organization.Phone,
	}
}
