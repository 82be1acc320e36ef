package appointments

import (
	"slices"
	"time"

	"sportello/internal/hours"
	"sportello/internal/kiosk"
)

// Day returns the appointments of a day, in time order: for staff.
func (s *Service) Day(day kiosk.Date) ([]Appointment, error) {
	all, err := s.Store.Appointments(day.In(hours.Rome), day.AddDays(1).In(hours.Rome))
	return all, kiosk.Wrap(err)
}

// Move moves a booked appointment to another slot of its service, one the
// day offers and still free: its old place goes back to everyone, and its
// e-mails are written anew for the new time.
func (s *Service) Move(code string, to time.Time) (Appointment, error) {
	a, err := s.ByCode(code)
	if err != nil {
		return a, err
	}
	c, err := s.Content()
	if err != nil {
		return a, kiosk.Wrap(err)
	}
	sv, _, _, err := booking(c, a.Service)
	if err != nil {
		return a, err
	}
	free, err := s.Free(a.Service, hours.Today(to))
	if err != nil {
		return a, err
	}
	if to.Equal(a.Start) || !slices.ContainsFunc(free, func(f Slot) bool { return f.Start.Equal(to) }) {
		return a, errNotBookable
	}
	now := s.Now()
	if a, err = s.Store.MoveAppointment(a.Code, to, sv.Booking.Capacity(), now); err != nil {
		return a, kiosk.Wrap(err)
	}
	s.mail(a, func() error {
		if err := s.Mail.DropMail(a.Code); err != nil || !s.mailOn() {
			return err
		}
		return s.Mail.QueueMail(MailsFor(a, c, now)...)
	})
	return a, nil
}

// SendAgain puts the e-mails given up back in the queue, those of
// appointments still to come, and returns how many go again.
func (s *Service) SendAgain() (int, error) {
	if s.Mail == nil {
		return 0, nil
	}
	n, err := s.Mail.SendAgain(s.Now())
	return n, kiosk.Wrap(err)
}
