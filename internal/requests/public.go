package requests

import (
	"sync"
	"time"

	"sportello/internal/hours"
	"sportello/internal/i18n"
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
	Service    kiosk.Text // the service the request is about, if any
	Status     kiosk.Status
	Outcome    kiosk.Outcome
	Deadline   kiosk.Date
	History    []PublicEvent
	Number     kiosk.Text // the protocol number as a citizen reads it, with the emergency number if any
	Annulled   *time.Time // the registration was annulled on this day: nothing else is shown
	// The access clocks, set by WithClocks.
	PauseUntil   kiosk.Date // the term stopped for the counter-interested parties until this day
	ReleaseAfter kiosk.Date // granted over an opposition: the documents go out from this day
	Remedy       kiosk.Text // what the citizen may do, and by when, when access was refused or unanswered
	CanReview    bool       // a riesame may be asked now
}

// WithClocks adds to p where r's access clocks stand on today.
func WithClocks(p Public, r kiosk.Request, today kiosk.Date, cal hours.Calendar) Public {
	if p.Annulled != nil {
		return p
	}
	if until := PauseUntil(r); !until.IsZero() && !until.Before(today) && r.Open() {
		p.PauseUntil = until
	}
	p.ReleaseAfter = r.ReleaseAfter
	if m, ok := Remedies(r, today, cal); ok {
		p.Remedy, p.CanReview = m.Text(), m.Review
	}
	return p
}

// AnnulledNotice says, when the registration was annulled, that it was and
// on what date.
func (p Public) AnnulledNotice() kiosk.Text {
	if p.Annulled == nil {
		return kiosk.Text{}
	}
	day := i18n.ShortDate(hours.Today(*p.Annulled))
	return kiosk.T("Registrazione ANNULLATA il "+day+" (art. 54 DPR 445/2000).", "Registration ANNULLATA (annulled) on "+day+" (art. 54 DPR 445/2000).")
}

// PublicEvent is a status change as the citizen sees it.
type PublicEvent struct {
	Clock   kiosk.ClockChange
	Status  kiosk.Status
	Outcome kiosk.Outcome
	Note    string
	At      time.Time
}

// PublicView strips a request down to what the citizen may see; of an
// annulled registration, only its number and the day it was annulled.
func PublicView(r kiosk.Request, c kiosk.Content) Public {
	if a := r.Annulment(); a != nil {
		at := a.At
		return Public{Protocol: r.Protocol, Number: r.ProtocolLabel(), Annulled: &at}
	}
	return PublicFacts(r, c)
}

// PublicFacts are the facts of a request a citizen's view has, whether or
// not its registration was annulled: staff see them whole, beside the
// annulment.
func PublicFacts(r kiosk.Request, c kiosk.Content) Public {
	p := Public{KindID: r.Kind, Protocol: r.Protocol, Registered: r.Registered, Status: r.Status, Outcome: r.Outcome, Deadline: r.Deadline,
		Number: r.ProtocolLabel()}
	p.Kind = c.KindLabel(r.Kind)
	if o, ok := c.Office(r.Office); ok {
		p.Office = o.Name
	} else if r.Office != "" {
		p.Office = kiosk.T(r.Office, r.Office) // an office since removed from the content: its id, never "none"
	}
	if s, ok := c.Service(r.Service); ok {
		p.Service = s.Title
	}
	for _, e := range r.History {
		p.History = append(p.History, PublicEvent{Clock: e.Clock, Status: e.Status, Outcome: e.Outcome, Note: e.PublicNote, At: e.At})
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
	return WithClocks(PublicView(r, c), r, hours.Today(s.Now()), hours.AdministrationCalendar(c.Closures)), nil
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
	kind := c.KindLabel(r.Kind)
	return ticket.Ticket{
		Lang: lang, Organization: c.Organization.Name.In(lang), Office: c.Organization.Office.In(lang),
		Kind: kind.In(lang), Protocol: r.Protocol, Number: r.ProtocolLabel().In(lang), Registered: r.Registered, Deadline: r.Deadline,
		Segnatura: ticketSegnatura(r, c),
		Code:      r.Code, Link: ticket.Link(c.Organization.StatusURL, r.Code), Phone: c.Organization.Phone,
	}
}

// ticketSegnatura is the stamp of art. 55 printed on the ticket; none while
// the request waits in the emergency register for its ordinary number.
func ticketSegnatura(r kiosk.Request, c kiosk.Content) string {
	if r.Protocol.Provisional() {
		return ""
	}
	if r.Registration != nil {
		return r.Registration.Segnatura(hours.Rome)
	}
	return kiosk.Registration{Register: c.Organization.Register, Protocol: r.Protocol, At: r.Registered}.Segnatura(hours.Rome)
}
