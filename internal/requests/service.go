package requests

import (
	"io"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/register"
	"sportello/internal/ticket"
)

// Service registers requests and moves their status.
type Service struct {
	Store   kiosk.RequestStore
	Content func() (kiosk.Content, error)
	Now     func() time.Time
	Rand    io.Reader // for tracking codes; crypto/rand when nil
	// RetentionMonths is the retention the settings give, written into the
	// privacy notice the registered document quotes; nil: the default.
	RetentionMonths func() int
}

// WithNotice is c with its privacy notice as the citizen read it: the
// retention period of the settings written in.
func WithNotice(c kiosk.Content, months func() int) kiosk.Content {
	m := kiosk.DefaultSettings().RetentionMonths
	if months != nil {
		m = months()
	}
	c.Organization.Privacy = c.Organization.Privacy.WithRetention(m)
	return c
}

// Register checks the draft and files it: protocol number, tracking code and
// deadline, in one transaction.
func (s *Service) Register(d Draft) (kiosk.Request, error) {
	c, err := s.Content()
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	if err := Check(d, c); err != nil {
		return kiosk.Request{}, err
	}
	kind, _ := c.Kind(d.Kind)
	code, err := ticket.NewCode(s.Rand)
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	now := s.Now()
	r := kiosk.Request{
		Code: code, Kind: d.Kind, Office: d.Office, Service: d.Service,
		Text: d.Text, Name: strings.TrimSpace(d.Name), Email: d.Email, Phone: d.Phone, Lang: d.Lang,
		Registered: now, TermDays: kind.TermDays, ReviewOf: d.ReviewOf,
		Deadline: hours.AdministrationCalendar(c.Closures).Deadline(hours.Today(now), kind.TermDays),
		Status:   kiosk.StatusReceived,
		History:  []kiosk.StatusEvent{{Status: kiosk.StatusReceived, At: now}},
	}
	if r.Lang == "" {
		r.Lang = kiosk.Italian
	}
	if err := s.Store.CreateRequest(&r, register.ForRequest(c, r), register.RequestDocument(WithNotice(c, s.RetentionMonths), r)); err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	return r, nil
}

// SetStatus moves the request with code (as typed) to a new status, if the
// rules allow it, on behalf of who (for the audit log). Leaving sospesa adds
// the days suspended to the term and moves the deadline accordingly.
func (s *Service) SetStatus(code, who string, to kiosk.Status, outcome kiosk.Outcome, publicNote, internalNote string) (kiosk.Request, error) {
	canonical, err := ticket.ParseScan(code)
	if err != nil {
		return kiosk.Request{}, err
	}
	c, err := s.Content()
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	var out kiosk.Request
	err = s.Store.UpdateRequest(canonical, who, func(r *kiosk.Request) error {
		if err := CheckNotAnnulled(*r); err != nil {
			return err
		}
		if err := kiosk.CheckTransition(r.Status, to, outcome); err != nil {
			return err
		}
		now := s.Now()
		Move(r, to, outcome, now, hours.AdministrationCalendar(c.Closures))
		r.History = append(r.History, kiosk.StatusEvent{Status: to, Outcome: outcome, PublicNote: publicNote, InternalNote: internalNote, At: now})
		out = *r
		return nil
	})
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	return out, nil
}

// CheckNotAnnulled refuses to move or answer a request whose registration
// was annulled: it stays as it was, readable, for ever.
func CheckNotAnnulled(r kiosk.Request) error {
	if a := r.Annulment(); a != nil {
		return kiosk.Errorf(kiosk.Conflict, "La registrazione %s è stata annullata: la richiesta non cambia più.",
			"The registration %s was annulled: the request no longer changes.", r.Protocol)
	}
	return nil
}

// Move applies a status change at now to the request's clock: entering
// sospesa stops it; leaving sospesa adds the calendar days suspended to the
// term and computes the deadline again.
func Move(r *kiosk.Request, to kiosk.Status, outcome kiosk.Outcome, now time.Time, cal hours.Calendar) {
	if r.Status == kiosk.StatusSuspended && r.SuspendedSince != nil {
		from := hours.Today(*r.SuspendedSince)
		days := int(hours.Today(now).In(time.UTC).Sub(from.In(time.UTC)).Hours() / 24)
		r.SuspendedDays += days
		r.SuspendedSince = nil
		r.Deadline = cal.Deadline(hours.Today(r.Registered), r.TermDays+r.SuspendedDays)
	}
	if to == kiosk.StatusSuspended {
		r.SuspendedSince = &now
	}
	r.Status, r.Outcome = to, outcome
}
