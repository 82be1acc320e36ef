package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/appointments"
	"sportello/internal/events"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// showAppointment shows an appointment found by its code, with what the
// citizen may do: register the arrival, or cancel it.
func (s *statusScreen) showAppointment(a appointments.Appointment, typed string) {
	u, tr := s.u, s.u.Tr
	s.result.RemoveAll()
	s.result.Add(widget.NewSeparator())
	service := a.Service
	if sv, ok := u.Content.Service(a.Service); ok {
		service = tr.Text(sv.Title)
	}
	start := a.Start.In(hours.Rome)
	s.result.Add(kit.Field(tr.T("booking.service"), service))
	s.result.Add(kit.Field(tr.T("booking.when"), i18n.LongDate(hours.Today(start), tr.Lang())+", "+i18n.Clock(start)))
	s.result.Add(kit.Field(tr.T("status.status"), tr.T("booking.status."+string(a.Status))))
	if a.Status != appointments.Booked {
		return
	}
	problem := kit.ProblemLabel()
	s.checkIn = u.Primary(tr.T("booking.checkin"), func() {
		var p queue.Place
		var err error
		u.Background(func() { _, p, err = u.Bookings.CheckIn(typed) }, func() {
			if err != nil {
				problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			u.arrived(p)
		})
	})
	s.cancel = u.Button(tr.T("booking.cancel"), nil, func() {
		var err error
		u.Background(func() { _, err = u.Bookings.Cancel(typed) }, func() {
			if err != nil {
				problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			a.Status = appointments.Cancelled
			s.showAppointment(a, typed)
		})
	})
	s.result.Add(container.New(u.Columns(2), s.cancel, s.checkIn))
	s.result.Add(problem)
}

// arrived shows the number of a citizen who checked in for an
// appointment, as a number taken at the desk tile, and prints it.
func (u *Screens) arrived(p queue.Place) {
	if p.Number == 0 { // the service joins no queue: the arrival is registered
		u.Show(func() fyne.CanvasObject {
			return u.Page(u.Tr.T("booking.title"), kit.Paragraph(u.Tr.T("booking.arrived")))
		})
		return
	}
	u.desk = &deskFlow{place: p}
	u.ShowOverFirst(u.numberScreen)
	u.printNumber(u.desk, p)
}

// showSignup shows a sign-up found by its code: the event, a seat or the
// waiting list, and cancelling it.
func (s *statusScreen) showSignup(su events.Signup, typed string) {
	u, tr := s.u, s.u.Tr
	s.result.RemoveAll()
	s.result.Add(widget.NewSeparator())
	for _, n := range u.Content.Notices {
		if n.ID == su.Notice {
			s.result.Add(kit.Field(tr.T("event.event"), tr.Text(n.Title)))
		}
	}
	s.result.Add(kit.Field(tr.T("status.status"), tr.T("event.status."+string(su.Status))))
	if su.Status == events.Cancelled {
		return
	}
	problem := kit.ProblemLabel()
	s.cancel = u.Button(tr.T("event.cancel"), nil, func() {
		var err error
		u.Background(func() { _, _, err = u.Signups.Cancel(typed) }, func() {
			if err != nil {
				problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			su.Status = events.Cancelled
			s.showSignup(su, typed)
		})
	})
	s.result.Add(s.cancel)
	s.result.Add(problem)
}
