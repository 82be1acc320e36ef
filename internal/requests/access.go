package requests

import (
	"strings"
	"unicode/utf8"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// MaxAccessNote is the longest summary or reason the access register takes.
const MaxAccessNote = 300

// change applies a rule to the request with code (as typed) on behalf of who,
// with the administration's calendar, in one transaction.
func (s *Service) change(code, who string, rule func(r *kiosk.Request, cal hours.Calendar) error) (kiosk.Request, error) {
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
		if err := rule(r, hours.AdministrationCalendar(c.Closures)); err != nil {
			return err
		}
		out = *r
		return nil
	})
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	return out, nil
}

// NotifyCounterParties records, now, that the request's counter-interested
// parties were told: its term stops for CounterPauseDays.
func (s *Service) NotifyCounterParties(code, who string) (kiosk.Request, error) {
	return s.change(code, who, func(r *kiosk.Request, cal hours.Calendar) error {
		return NotifyCounterParties(r, s.Now(), cal)
	})
}

// GrantOverOpposition records, now, that the request was granted over an
// opposition: its documents go out ReleaseWaitDays later.
func (s *Service) GrantOverOpposition(code, who string) (kiosk.Request, error) {
	return s.change(code, who, func(r *kiosk.Request, cal hours.Calendar) error {
		return GrantOverOpposition(r, s.Now(), cal)
	})
}

// SetAccessNotes saves what the access register publishes of an access
// request: a short public summary and why it was refused or deferred.
func (s *Service) SetAccessNotes(code, who, summary, reason string) (kiosk.Request, error) {
	summary, reason = strings.TrimSpace(summary), strings.TrimSpace(reason)
	for _, note := range []string{summary, reason} {
		if n := utf8.RuneCountInString(note); n > MaxAccessNote {
			return kiosk.Request{}, kiosk.Errorf(kiosk.Invalid, "Una nota del registro degli accessi è lunga %d caratteri: il massimo è %d.",
				"A note of the access register is %d characters long: the most is %d.", n, MaxAccessNote)
		}
	}
	return s.change(code, who, func(r *kiosk.Request, _ hours.Calendar) error {
		if !IsAccess(r.Kind) && r.Kind != kiosk.KindReview {
			return kiosk.NewError(kiosk.Invalid, "Il registro degli accessi elenca solo le richieste di accesso.",
				"The access register lists access requests only.")
		}
		r.AccessSummary, r.AccessReason = summary, reason
		return nil
	})
}

// RequestReview files a riesame of the request with firstCode (as typed):
// d gives its text and the citizen's acceptance of the privacy notice; the
// name and contact are the first request's, which only staff see. The first
// request's history records it.
func (s *Service) RequestReview(firstCode, who string, d Draft) (kiosk.Request, error) {
	canonical, err := ticket.ParseScan(firstCode)
	if err != nil {
		return kiosk.Request{}, err
	}
	first, err := s.Store.RequestByCode(canonical)
	if err != nil {
		return kiosk.Request{}, kiosk.Wrap(err)
	}
	if err := CheckReview(first, hours.Today(s.Now())); err != nil {
		return kiosk.Request{}, err
	}
	d.Kind, d.ReviewOf, d.Office, d.Service = kiosk.KindReview, first.Code, first.Office, first.Service
	if d.Name == "" && d.Email == "" && d.Phone == "" {
		d.Name, d.Email, d.Phone = first.Name, first.Email, first.Phone
	}
	review, err := s.Register(d)
	if err != nil {
		return kiosk.Request{}, err
	}
	_, err = s.change(first.Code, who, func(r *kiosk.Request, _ hours.Calendar) error {
		r.History = append(r.History, kiosk.StatusEvent{Clock: kiosk.ClockReview, Status: r.Status, Outcome: r.Outcome,
			PublicNote: "Riesame: prot. n. " + review.Protocol.String(), At: s.Now()})
		return nil
	})
	return review, err
}
