package appointments

import (
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/ticket"
)

// Store keeps the appointments.
type Store interface {
	// BookAppointment stores a if its slot has a place left of capacity.
	BookAppointment(a *Appointment, capacity int) error
	AppointmentByCode(code string) (Appointment, error)
	SetAppointmentStatus(code string, from, to Status, at time.Time) (Appointment, error)
	Appointments(from, to time.Time) ([]Appointment, error)
	SlotsTaken(service string, from, to time.Time) (map[time.Time]int, error)
	// MoveAppointment moves a booked appointment to the slot at to, if it
	// has a place left of capacity.
	MoveAppointment(code string, to time.Time, capacity int, at time.Time) (Appointment, error)
}

// Queue is where a citizen who checks in joins, ahead of walk-ins.
type Queue interface {
	TakeBooked(line string, lang kiosk.Lang, at time.Time) (queue.Place, error)
}

// Service books, cancels and checks in appointments.
type Service struct {
	Store    Store
	Content  func() (kiosk.Content, error)
	Now      func() time.Time
	Rand     io.Reader                            // for codes; crypto/rand when nil
	Queue    Queue                                // nil: checking in takes no number
	Mail     Mails                                // nil: no e-mail
	Settings func() (kiosk.Settings, bool, error) // whose Mail names the SMTP server, if any
	Log      *slog.Logger
}

// Draft is an appointment being booked.
type Draft struct {
	Service                    string
	Start                      time.Time
	Reason, Name, Email, Phone string
	Lang                       kiosk.Lang
	PrivacyAccepted            bool
}

// booking returns a service that takes appointments, and its office's calendar and hours.
func booking(c kiosk.Content, id string) (kiosk.Service, kiosk.Office, hours.Calendar, error) {
	s, ok := c.Service(id)
	if !ok || s.Booking == nil {
		return s, kiosk.Office{}, hours.Calendar{}, kiosk.Errorf(kiosk.Invalid, "Il servizio «%s» non prende appuntamenti.",
			"The service «%s» takes no appointments.", id)
	}
	o, _ := c.Office(s.Office)
	return s, o, hours.CalendarOf(o, c.Closures), nil
}

// Free are the slots of a service still free on day.
func (s *Service) Free(service string, day kiosk.Date) ([]Slot, error) {
	c, err := s.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	sv, o, cal, err := booking(c, service)
	if err != nil {
		return nil, err
	}
	from := day.In(hours.Rome)
	taken, err := s.Store.SlotsTaken(service, from, day.AddDays(1).In(hours.Rome))
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	return Slots(cal, o.Hours, *sv.Booking, day, taken, s.Now()), nil
}

// OpenDays are the days from today with a slot of the service still free.
func (s *Service) OpenDays(service string) ([]kiosk.Date, error) {
	c, err := s.Content()
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	sv, o, cal, err := booking(c, service)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	today := hours.Today(now)
	taken, err := s.Store.SlotsTaken(service, today.In(hours.Rome), today.AddDays(sv.Booking.Ahead()+1).In(hours.Rome))
	if err != nil {
		return nil, kiosk.Wrap(err)
	}
	return Days(cal, o.Hours, *sv.Booking, now, taken), nil
}

// Book checks the draft and books it: the slot must be one the day offers,
// still free at the moment it is taken.
func (s *Service) Book(d Draft) (Appointment, error) {
	c, err := s.Content()
	if err != nil {
		return Appointment{}, kiosk.Wrap(err)
	}
	sv, _, _, err := booking(c, d.Service)
	if err != nil {
		return Appointment{}, err
	}
	if err := check(d); err != nil {
		return Appointment{}, err
	}
	free, err := s.Free(d.Service, hours.Today(d.Start))
	if err != nil {
		return Appointment{}, err
	}
	if !slices.ContainsFunc(free, func(f Slot) bool { return f.Start.Equal(d.Start) }) {
		return Appointment{}, errNotBookable
	}
	code, err := ticket.NewCode(s.Rand)
	if err != nil {
		return Appointment{}, kiosk.Wrap(err)
	}
	now := s.Now()
	a := Appointment{Code: code, Service: sv.ID, Office: sv.Office, Start: d.Start, Minutes: sv.Booking.Minutes, Reason: strings.TrimSpace(d.Reason),
		Name: strings.TrimSpace(d.Name), Email: d.Email, Phone: d.Phone, Lang: d.Lang, Booked: now, Changed: now, Status: Booked}
	if err := s.Store.BookAppointment(&a, sv.Booking.Capacity()); err != nil {
		return Appointment{}, kiosk.Wrap(err)
	}
	if s.mailOn() {
		s.mail(a, func() error { return s.Mail.QueueMail(MailsFor(a, c, now)...) })
	}
	return a, nil
}

// mailOn reports whether the settings name a server to mail through.
func (s *Service) mailOn() bool {
	if s.Settings == nil {
		return false
	}
	settings, _, err := s.Settings()
	return err == nil && settings.Mail.On()
}

// mail queues or drops an appointment's e-mails: the booking stands
// whatever happens to its mail, and a failure goes to the log.
func (s *Service) mail(a Appointment, change func() error) {
	if s.Mail == nil {
		return
	}
	if err := change(); err != nil && s.Log != nil {
		s.Log.Error("appointment mail", "code", a.Code, "err", err)
	}
}

var errNotBookable = kiosk.NewError(kiosk.Invalid, "Questo orario non si può prenotare: è passato, l'ufficio è chiuso o è già preso. Ne scelga un altro.",
	"This time cannot be booked: it is past, the office is closed or it is taken. Please choose another.")

// check accepts a draft with a name, a valid contact and the privacy notice accepted.
func check(d Draft) error {
	switch {
	case strings.TrimSpace(d.Name) == "":
		return kiosk.NewError(kiosk.Invalid, "Scriva nome e cognome.", "Please write your name and surname.")
	case d.Email == "" && d.Phone == "":
		return kiosk.NewError(kiosk.Invalid, "Indichi almeno un recapito: e-mail o telefono.", "Please give at least one contact: e-mail or phone.")
	case !d.PrivacyAccepted:
		return kiosk.NewError(kiosk.Invalid, "Per continuare deve accettare l'informativa sulla privacy.", "To go on you must accept the privacy notice.")
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

// ByCode returns the appointment with the code as typed or scanned.
func (s *Service) ByCode(typed string) (Appointment, error) {
	code, err := ticket.ParseScan(typed)
	if err != nil {
		return Appointment{}, err
	}
	a, err := s.Store.AppointmentByCode(code)
	return a, kiosk.Wrap(err)
}

// Cancel cancels the appointment with the code as typed: its place goes
// back to everyone at once.
func (s *Service) Cancel(typed string) (Appointment, error) {
	a, err := s.ByCode(typed)
	if err != nil {
		return a, err
	}
	if a, err = s.Store.SetAppointmentStatus(a.Code, Booked, Cancelled, s.Now()); err != nil {
		return a, kiosk.Wrap(err)
	}
	s.mail(a, func() error { return s.Mail.DropMail(a.Code) })
	return a, nil
}

// CheckIn registers the citizen's arrival within the window: they join the
// service's queue line ahead of walk-ins, with the number it gives.
func (s *Service) CheckIn(typed string) (Appointment, queue.Place, error) {
	a, err := s.ByCode(typed)
	if err != nil {
		return a, queue.Place{}, err
	}
	now := s.Now()
	if err := CheckWindow(a.Start, now); err != nil {
		return a, queue.Place{}, err
	}
	c, err := s.Content()
	if err != nil {
		return a, queue.Place{}, kiosk.Wrap(err)
	}
	a, err = s.Store.SetAppointmentStatus(a.Code, Booked, Arrived, now)
	if err != nil {
		return a, queue.Place{}, kiosk.Wrap(err)
	}
	sv, _ := c.Service(a.Service)
	if s.Queue == nil || sv.Booking == nil || sv.Booking.Line == "" {
		return a, queue.Place{}, nil
	}
	p, err := s.Queue.TakeBooked(sv.Booking.Line, a.Lang, a.Start)
	return a, p, err
}
