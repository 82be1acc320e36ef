package staffmode

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// staffBooking is an appointment staff book on a citizen's behalf, at the
// desk or on the phone, and the slot pickers' state.
type staffBooking struct {
	draft   appointments.Draft
	days    map[string]*kit.Button // the days offered, by date
	times   map[string]*kit.Button // the times offered, by clock
	problem *widget.Label          // on the times page: a slot just taken
	fields  map[string]*kit.Entry  // name, email, phone, reason
	book    *kit.Button
}

// startBooking asks which service, then the slot, then who.
func (u *appointmentsScreen) startBooking() {
	u.booking = &staffBooking{draft: appointments.Draft{Lang: u.Tr.Lang()}}
	u.Show(func() fyne.CanvasObject {
		tr := u.Tr
		rows := container.NewVBox()
		for _, sv := range u.Content.Services {
			if sv.Booking == nil {
				continue
			}
			rows.Add(u.Row(tr.Text(sv.Title), "", func() {
				u.booking.draft.Service = sv.ID
				u.pickSlot(sv.ID, func(start time.Time) {
					u.booking.draft.Start = start
					u.Show(u.bookingForm)
				})
			}))
		}
		return u.Page(tr.T("staff.appt.service"), u.Scroller(rows))
	})
}

// pickSlot shows the days a service has a slot free, then that day's free
// times; picked is given the time chosen.
func (u *appointmentsScreen) pickSlot(service string, picked func(time.Time)) {
	if u.booking == nil {
		u.booking = &staffBooking{}
	}
	b := u.booking
	var days []kiosk.Date
	var err error
	read := false
	u.Show(func() fyne.CanvasObject {
		tr := u.Tr
		if !read && !u.Load(func() { days, err = u.desk.OpenDays(service) }, func() { read = true }) {
			return u.Page(tr.T("staff.appt.day"), kit.Paragraph(tr.T("staff.loading")))
		}
		grid := container.New(u.Columns(4))
		b.days = map[string]*kit.Button{}
		for _, d := range days {
			b.days[d.String()] = u.Button(i18n.LongDate(d, tr.Lang()), nil, func() { u.pickTime(service, d, picked) })
			grid.Add(b.days[d.String()])
		}
		return u.Page(tr.T("staff.appt.day"), u.Scroller(kit.FoldingBox(u.readProblem(err, len(days), "booking.day.none"), grid)))
	})
}

// pickTime shows a day's free times of a service.
func (u *appointmentsScreen) pickTime(service string, day kiosk.Date, picked func(time.Time)) {
	b := u.booking
	var free []appointments.Slot
	var err error
	read := false
	u.Show(func() fyne.CanvasObject {
		tr := u.Tr
		if !read && !u.Load(func() { free, err = u.desk.Free(service, day) }, func() { read = true }) {
			return u.Page(tr.T("staff.appt.time"), kit.Paragraph(tr.T("staff.loading")))
		}
		grid := container.New(u.Columns(6))
		b.times = map[string]*kit.Button{}
		for _, s := range free {
			label := i18n.Clock(s.Start.In(hours.Rome))
			b.times[label] = u.Button(label, nil, func() { picked(s.Start) })
			grid.Add(b.times[label])
		}
		b.problem = u.readProblem(err, len(free), "booking.time.none")
		heading := widget.NewLabelWithStyle(i18n.LongDate(day, tr.Lang()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		return u.Page(tr.T("staff.appt.time"), u.Scroller(kit.FoldingBox(heading, b.problem, grid)))
	})
}

// readProblem is the line above a choice: the error reading it, or that
// there is nothing to choose.
func (u *appointmentsScreen) readProblem(err error, n int, none string) *widget.Label {
	problem := kit.ProblemLabel()
	switch {
	case err != nil:
		problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
	case n == 0:
		problem.SetText(u.Tr.T(none))
	}
	return problem
}

// pickProblem says on the times page why the time picked cannot be had.
func (u *appointmentsScreen) pickProblem(err error) {
	if u.booking != nil && u.booking.problem != nil {
		u.booking.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
	}
}

// bookingForm asks who the appointment is for: a name, a contact, the
// reason, and that the privacy notice was given.
func (u *appointmentsScreen) bookingForm() fyne.CanvasObject {
	tr, b := u.Tr, u.booking
	d := &b.draft
	b.fields = map[string]*kit.Entry{}
	field := func(key string, v *string) fyne.CanvasObject {
		e := u.NewEntry()
		kit.SetEntry(e, *v)
		e.OnChanged = func(s string) { *v = s }
		b.fields[key] = e
		return labelled(tr.T(key), e)
	}
	start := d.Start.In(hours.Rome)
	body := container.NewVBox(
		kit.Field(tr.T("booking.when"), i18n.LongDate(hours.Today(start), tr.Lang())+", "+i18n.Clock(start)),
		field("staff.appt.who", &d.Name), field("request.contact.email", &d.Email), field("request.contact.phone", &d.Phone), field("booking.reason", &d.Reason),
		u.Toggle(tr.T("staff.appt.privacy"), &d.PrivacyAccepted),
	)
	problem := kit.ProblemLabel()
	b.book = u.Primary(tr.T("staff.appt.book"), func() {
		var a appointments.Appointment
		var err error
		b.book.Disable()
		u.Background(func() { a, err = u.desk.Book(*d) }, func() {
			b.book.Enable()
			if err != nil {
				problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			u.booking = nil
			u.day = hours.Today(a.Start)
			u.backToDay(tr.T("staff.appt.booked", map[string]any{"Code": ticket.Format(a.Code), "Name": a.Name}))
		})
	})
	return u.Page(tr.T("staff.appt.new"), kit.WithAction(u.Scroller(body), problem, b.book))
}
