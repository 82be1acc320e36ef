// Package events holds the sign-ups of events (notices of kind evento): a
// seat while there are seats, else a place on the waiting list, and a seat
// given back going to the first waiting.
package events

import (
	"io"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// Status is where a sign-up stands.
type Status string

// The statuses of a sign-up.
const (
	Seated    Status = "iscritto"
	Waiting   Status = "attesa"
	Cancelled Status = "annullato"
)

// Signup is one person signed up for an event. Name, Email and Phone are
// personal: only staff see them.
type Signup struct {
	ID                 int64
	Notice             string
	Code               string // canonical, as a request's
	Name, Email, Phone string
	Lang               kiosk.Lang
	Status             Status
	Signed, Changed    time.Time
}

// Store keeps the sign-ups.
type Store interface {
	// SignUp seats s if a seat of seats is left, else puts it on the waiting list.
	SignUp(s *Signup, seats int) error
	SignupByCode(code string) (Signup, error)
	// CancelSignup cancels a sign-up; the seat it gives back goes to the
	// first waiting, who is returned.
	CancelSignup(code string, at time.Time) (Signup, *Signup, error)
	Signups(notice string) ([]Signup, error)
}

// Service signs people up for events.
type Service struct {
	Store   Store
	Content func() (kiosk.Content, error)
	Now     func() time.Time
	Rand    io.Reader
}

// Draft is a sign-up being written.
type Draft struct {
	Notice             string
	Name, Email, Phone string
	Lang               kiosk.Lang
	PrivacyAccepted    bool
}

// Open returns the event with sign-ups open on today: an evento that takes
// them, its deadline not passed.
func Open(c kiosk.Content, id string, today kiosk.Date) (kiosk.Notice, error) {
	for _, n := range c.Notices {
		if n.ID != id || n.Signups == nil {
			continue
		}
		if n.Signups.Deadline.Before(today) {
			return n, kiosk.NewError(kiosk.Conflict, "Le iscrizioni a questo evento sono chiuse.", "Sign-ups for this event are closed.")
		}
		return n, nil
	}
	return kiosk.Notice{}, kiosk.Errorf(kiosk.Invalid, "L'evento «%s» non prende iscrizioni.", "The event «%s» takes no sign-ups.", id)
}

// SignUp signs the draft up: a seat if one is left, else the waiting list.
func (s *Service) SignUp(d Draft) (Signup, error) {
	c, err := s.Content()
	if err != nil {
		return Signup{}, kiosk.Wrap(err)
	}
	now := s.Now()
	n, err := Open(c, d.Notice, hours.Today(now))
	if err != nil {
		return Signup{}, err
	}
	if err := check(d); err != nil {
		return Signup{}, err
	}
	code, err := ticket.NewCode(s.Rand)
	if err != nil {
		return Signup{}, kiosk.Wrap(err)
	}
	su := Signup{Notice: n.ID, Code: code, Name: strings.TrimSpace(d.Name), Email: d.Email, Phone: d.Phone, Lang: d.Lang, Signed: now, Changed: now}
	return su, kiosk.Wrap(s.Store.SignUp(&su, n.Signups.Seats))
}

func check(d Draft) error {
	switch {
	case !d.PrivacyAccepted:
		return kiosk.NewError(kiosk.Invalid, "Per continuare deve accettare l'informativa sulla privacy.", "To go on you must accept the privacy notice.")
	case strings.TrimSpace(d.Name) == "":
		return kiosk.NewError(kiosk.Invalid, "Scriva nome e cognome.", "Please write your name and surname.")
	case d.Email == "" && d.Phone == "":
		return kiosk.NewError(kiosk.Invalid, "Indichi almeno un recapito: e-mail o telefono.", "Please give at least one contact: e-mail or phone.")
	}
	if d.Email != "" {
		if err := kiosk.CheckEmail(d.Email); err != nil {
			return err
		}
	}
	if d.Phone != "" {
		return kiosk.CheckPhone(d.Phone)
	}
	return nil
}

// Cancel cancels the sign-up with the code as typed; its seat goes to the
// first waiting, who is returned.
func (s *Service) Cancel(typed string) (Signup, *Signup, error) {
	code, err := ticket.ParseScan(typed)
	if err != nil {
		return Signup{}, nil, err
	}
	su, promoted, err := s.Store.CancelSignup(code, s.Now())
	return su, promoted, kiosk.Wrap(err)
}

// ByCode returns the sign-up with the code as typed or scanned.
func (s *Service) ByCode(typed string) (Signup, error) {
	code, err := ticket.ParseScan(typed)
	if err != nil {
		return Signup{}, err
	}
	su, err := s.Store.SignupByCode(code)
	return su, kiosk.Wrap(err)
}

// Position is where a sign-up waits: 1 for the first; 0 when seated or cancelled.
func Position(all []Signup, su Signup) int {
	if su.Status != Waiting {
		return 0
	}
	n := 0
	for _, o := range all {
		if o.Status == Waiting && o.ID <= su.ID {
			n++
		}
	}
	return n
}
