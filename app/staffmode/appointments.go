package staffmode

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/ticket"
)

// AppointmentDesk is what staff do with appointments: the day's list, a
// booking on a citizen's behalf, a move, a cancellation, and the e-mails
// given up sent again.
type AppointmentDesk interface {
	Day(day kiosk.Date) ([]appointments.Appointment, error)
	OpenDays(service string) ([]kiosk.Date, error)
	Free(service string, day kiosk.Date) ([]appointments.Slot, error)
	Book(d appointments.Draft) (appointments.Appointment, error)
	Move(code string, to time.Time) (appointments.Appointment, error)
	Cancel(code string) (appointments.Appointment, error)
	SendAgain() (int, error)
}

// appointmentsScreen is a day's appointments, a day at a time, and what
// staff do with each.
type appointmentsScreen struct {
	*kit.Shell
	s       *session
	desk    AppointmentDesk
	printer printer.Printer // confirmations: the spool
	day     kiosk.Date      // the day shown; zero: today
	list    []appointments.Appointment
	err     error
	read    bool   // list and err are the day's, as read since it was shown
	notice  string // what the last action did
	depth   int    // the list's depth in the shell's stack: where an action goes back to

	prev, next, today, add, mailAgain *kit.Button
	rows                              map[string]*kit.Tile // by code
	cancel, move, print               *kit.Button          // on an appointment's page
	problem                           *widget.Label        // on an appointment's page
	booking                           *staffBooking        // the booking being made; nil: none
}

func newAppointments(shell *kit.Shell, s *session, desk AppointmentDesk, p printer.Printer) *appointmentsScreen {
	if desk == nil {
		return nil
	}
	return &appointmentsScreen{Shell: shell, s: s, desk: desk, printer: p}
}

// shown is the day shown: today until staff move on.
func (u *appointmentsScreen) shown() kiosk.Date {
	if u.day.IsZero() {
		return hours.Today(u.Now())
	}
	return u.day
}

func (u *appointmentsScreen) screen() fyne.CanvasObject {
	tr, day := u.Tr, u.shown()
	u.depth = u.Depth()
	if !u.read {
		var list []appointments.Appointment
		var err error
		if !u.Load(func() { list, err = u.desk.Day(day) }, func() { u.list, u.err, u.read = list, err, true }) {
			return u.Page(tr.T("staff.appointments"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	goTo := func(d kiosk.Date) func() {
		return func() { u.day, u.read, u.notice = d, false, ""; u.Render() }
	}
	u.prev = u.Button(tr.T("staff.appt.prev"), theme.NavigateBackIcon(), goTo(day.AddDays(-1)))
	u.next = u.Button(tr.T("staff.appt.next"), theme.NavigateNextIcon(), goTo(day.AddDays(1)))
	u.today = u.Button(tr.T("staff.appt.today"), nil, goTo(hours.Today(u.Now())))
	u.add = u.Primary(tr.T("staff.appt.new"), u.startBooking)
	u.mailAgain = u.Button(tr.T("staff.appt.mailagain"), theme.MailSendIcon(), u.sendAgain)
	heading := widget.NewLabelWithStyle(i18n.LongDate(day, tr.Lang()), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	top := container.NewVBox(container.New(u.Columns(3), u.prev, u.today, u.next), heading)
	rows := container.NewVBox()
	u.rows = map[string]*kit.Tile{}
	for _, a := range u.list { // one line each: a day's list shows many on a landscape screen
		row := u.CompactRow(u.rowTitle(a), tr.T("booking.status."+string(a.Status))+" · "+a.Name, func() { u.Show(u.appointment(a)) })
		u.rows[a.Code] = row
		rows.Add(row)
	}
	switch {
	case u.err != nil:
		rows.Add(kit.Paragraph(kiosk.ErrorMessage(u.err, tr.Lang())))
	case len(u.list) == 0:
		rows.Add(kit.Paragraph(tr.T("staff.appt.none")))
	}
	state := kit.Paragraph(u.notice)
	state.TextStyle.Bold = true
	bottom := kit.FoldingBox(state, container.New(u.Columns(2), u.mailAgain, u.add))
	return u.Page(tr.T("staff.appointments"), container.NewBorder(top, bottom, nil, nil, u.Scroller(rows)))
}

// rowTitle is an appointment's line of the day: its time and service.
func (u *appointmentsScreen) rowTitle(a appointments.Appointment) string {
	service := a.Service
	if sv, ok := u.Content.Service(a.Service); ok {
		service = u.Tr.Text(sv.Title)
	}
	return i18n.Clock(a.Start.In(hours.Rome)) + " · " + service
}

// appointment is one appointment: everything staff may see of it, and,
// while it is booked, its move and cancellation.
func (u *appointmentsScreen) appointment(a appointments.Appointment) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		start := a.Start.In(hours.Rome)
		body := container.NewVBox(
			kit.Field(tr.T("staff.appt.code"), ticket.Format(a.Code)),
			kit.Field(tr.T("booking.when"), i18n.LongDate(hours.Today(start), tr.Lang())+", "+i18n.Clock(start)),
			kit.Field(tr.T("status.status"), tr.T("booking.status."+string(a.Status))),
			kit.Field(tr.T("staff.appt.who"), a.Name),
			kit.Field(tr.T("staff.appt.contact"), a.Email+" "+a.Phone),
			kit.Field(tr.T("booking.reason"), a.Reason),
		)
		u.problem = kit.ProblemLabel()
		u.move = u.Button(tr.T("staff.appt.move"), theme.CalendarIcon(), func() { u.pickSlot(a.Service, func(to time.Time) { u.moveTo(a, to) }) })
		u.cancel = u.Button(tr.T("staff.appt.cancel"), theme.CancelIcon(), func() { u.Show(u.confirmCancel(a)) })
		u.print = u.Button(tr.T("staff.appt.print"), theme.DocumentPrintIcon(), func() { u.printConfirmation(a) })
		if a.Status != appointments.Booked {
			u.move.Disable()
			u.cancel.Disable()
			u.print.Disable()
		}
		actions := kit.FoldingBox(u.problem, container.New(u.Columns(3), u.print, u.cancel, u.move))
		return u.Page(u.rowTitle(a), container.NewBorder(nil, actions, nil, nil, u.Scroller(body)))
	}
}

// confirmCancel asks before an appointment is cancelled.
func (u *appointmentsScreen) confirmCancel(a appointments.Appointment) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		problem := kit.ProblemLabel()
		var yes *kit.Button
		yes = u.Primary(tr.T("staff.appt.cancel.yes"), func() {
			var err error
			yes.Disable()
			u.Background(func() { _, err = u.desk.Cancel(a.Code) }, func() {
				if err != nil {
					yes.Enable()
					problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
					return
				}
				u.backToDay(tr.T("staff.appt.cancelled"))
			})
		})
		start := a.Start.In(hours.Rome)
		question := tr.T("staff.appt.cancel.ask", map[string]any{"Name": a.Name, "When": i18n.LongDate(hours.Today(start), tr.Lang()) + ", " + i18n.Clock(start)})
		return u.Page(tr.T("staff.appt.cancel"), kit.WithAction(u.Scroller(kit.Paragraph(question)), problem, yes))
	}
}

// moveTo moves an appointment to the slot staff picked, and says so on the day's list.
func (u *appointmentsScreen) moveTo(a appointments.Appointment, to time.Time) {
	var err error
	u.Background(func() { a, err = u.desk.Move(a.Code, to) }, func() {
		if err != nil {
			u.pickProblem(err)
			return
		}
		start := a.Start.In(hours.Rome)
		u.day = hours.Today(start)
		u.backToDay(u.Tr.T("staff.appt.moved", map[string]any{"When": i18n.LongDate(u.day, u.Tr.Lang()) + ", " + i18n.Clock(start)}))
	})
}

// backToDay goes back to the day's list, read anew, with what was done.
func (u *appointmentsScreen) backToDay(notice string) {
	if u.s.ended {
		return // signed out meanwhile
	}
	for u.Depth() > u.depth {
		u.Back()
	}
	u.read, u.notice = false, notice
	u.Render()
}

// printConfirmation prints the appointment's confirmation with its QR,
// through the spool: for the citizen at the desk.
func (u *appointmentsScreen) printConfirmation(a appointments.Appointment) {
	var err error
	u.print.Disable()
	b := appointments.Summary(a, u.Content)
	u.Background(func() {
		var pdf []byte
		if pdf, err = ticket.BookingPDF(b); err == nil {
			err = u.printer.Print("appuntamento-"+a.Code, pdf)
		}
	}, func() {
		u.print.Enable()
		u.problem.Importance = widget.SuccessImportance
		text := u.Tr.T("booking.printed")
		if err != nil {
			u.Log.Warn("appointment confirmation not printed", "err", err)
			u.problem.Importance, text = widget.DangerImportance, kiosk.ErrorMessage(err, u.Tr.Lang())
		}
		u.problem.SetText(text)
	})
}

// sendAgain puts the e-mails given up back in the queue.
func (u *appointmentsScreen) sendAgain() {
	var n int
	var err error
	u.mailAgain.Disable()
	u.Background(func() { n, err = u.desk.SendAgain() }, func() {
		switch {
		case err != nil:
			u.notice = kiosk.ErrorMessage(err, u.Tr.Lang())
		case n == 0:
			u.notice = u.Tr.T("staff.appt.mailagain.none")
		default:
			u.notice = u.Tr.T("staff.appt.mailagain.done", map[string]any{"N": n})
		}
		u.Render()
	})
}
