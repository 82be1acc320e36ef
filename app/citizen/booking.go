package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"slices"

	"sportello/app/kit"
	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/ticket"
)

// Booker books, cancels and checks in appointments.
type Booker interface {
	OpenDays(service string) ([]kiosk.Date, error)
	Free(service string, day kiosk.Date) ([]appointments.Slot, error)
	Book(d appointments.Draft) (appointments.Appointment, error)
	ByCode(typed string) (appointments.Appointment, error)
	Cancel(typed string) (appointments.Appointment, error)
	CheckIn(typed string) (appointments.Appointment, queue.Place, error)
}

// bookingFlow walks a citizen through booking an appointment for a service,
// as the Designers Italia model has it: day and time, reason, privacy,
// name and a contact, summary, confirmation. The draft outlives each step.
type bookingFlow struct {
	service kiosk.Service
	draft   appointments.Draft
	day     kiosk.Date
	days    map[string]*kit.Button // by date
	times   map[string]*kit.Button // by "10:20"
	reason  *kit.Entry
	name    *kit.Entry
	email   *kit.Entry
	phone   *kit.Entry
	accept  *kit.Button
	problem *widget.Label
	next    *kit.Button
	busy    bool
	done    appointments.Appointment
	printed *widget.Label

	// What was read for the steps, kept while the flow lasts.
	daysRead bool
	openDays []kiosk.Date
	freeFor  kiosk.Date // the day free was read for
	free     []appointments.Slot
	readErr  error
}

// startBooking opens the day step of an appointment for a service.
func (u *Screens) startBooking(sv kiosk.Service) {
	u.booking = &bookingFlow{service: sv, draft: appointments.Draft{Service: sv.ID}}
	u.Show(u.dayStep)
}

// bookingSteps are the booking's steps, in order, by their titles' keys.
var bookingSteps = []string{"booking.day.title", "booking.time.title", "booking.reason.title", "request.contact.title", "request.summary.title"}

// bookingPage frames a step with its title, «Passo 2 di 5» and the error line.
func (u *Screens) bookingPage(titleKey string, body fyne.CanvasObject, action *kit.Button) fyne.CanvasObject {
	f := u.booking
	step := widget.NewLabel(u.Tr.T("request.step", map[string]any{"N": slices.Index(bookingSteps, titleKey) + 1, "Of": len(bookingSteps)}))
	if action == nil {
		return u.PageStep(u.Tr.T(titleKey), step, container.NewBorder(nil, f.problem, nil, nil, u.Scroller(body)))
	}
	return u.PageStep(u.Tr.T(titleKey), step, u.WithAction(u.Scroller(body), f.problem, action))
}

func (u *Screens) dayStep() fyne.CanvasObject {
	f := u.booking
	f.problem, f.days = kit.ProblemLabel(), map[string]*kit.Button{}
	grid := container.New(u.Columns(3))
	if !f.daysRead { // the central database may be slow: the days come when they come
		var days []kiosk.Date
		var err error
		if !u.Load(func() { days, err = u.Bookings.OpenDays(f.service.ID) }, func() { f.openDays, f.readErr, f.daysRead = days, err, true }) {
			return u.bookingPage("booking.day.title", kit.Paragraph(u.Tr.T("staff.loading")), nil)
		}
	}
	days, err := f.openDays, f.readErr
	switch {
	case err != nil:
		f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
	case len(days) == 0:
		f.problem.SetText(u.Tr.T("booking.day.none"))
	}
	for _, d := range days { // only days the office is open and has a time free
		b := u.Button(i18n.LongDate(d, u.Tr.Lang()), nil, func() {
			f.day = d
			u.Show(u.timeStep)
		})
		f.days[d.String()] = b
		grid.Add(b)
	}
	body := container.NewVBox(kit.Paragraph(u.Tr.T("booking.day.hint", map[string]any{"S": u.Tr.Text(f.service.Title)})), grid)
	return u.bookingPage("booking.day.title", body, nil)
}

func (u *Screens) timeStep() fyne.CanvasObject {
	f := u.booking
	f.problem, f.times = kit.ProblemLabel(), map[string]*kit.Button{}
	grid := container.New(u.Columns(6))
	body := container.NewVBox(kit.Paragraph(i18n.LongDate(f.day, u.Tr.Lang())), grid)
	if f.freeFor != f.day {
		var free []appointments.Slot
		var err error
		day := f.day
		if !u.Load(func() { free, err = u.Bookings.Free(f.service.ID, day) }, func() { f.free, f.readErr, f.freeFor = free, err, day }) {
			return u.bookingPage("booking.time.title", kit.Paragraph(u.Tr.T("staff.loading")), nil)
		}
	}
	free, err := f.free, f.readErr
	switch {
	case err != nil:
		f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
	case len(free) == 0:
		f.problem.SetText(u.Tr.T("booking.time.none"))
	}
	for _, s := range free {
		label := i18n.Clock(s.Start.In(hours.Rome))
		b := u.Button(label, nil, func() {
			f.draft.Start = s.Start
			u.Show(u.reasonStep)
		})
		f.times[label] = b
		grid.Add(b)
	}
	return u.bookingPage("booking.time.title", body, nil)
}

func (u *Screens) reasonStep() fyne.CanvasObject {
	f := u.booking
	f.problem = kit.ProblemLabel()
	f.reason = u.NewMultiLineEntry()
	f.reason.Wrapping = fyne.TextWrapWord
	f.reason.SetPlaceHolder(u.Tr.T("booking.reason.placeholder")) // the hint above may be scrolled off while typing
	kit.SetEntry(f.reason, f.draft.Reason)
	f.reason.OnChanged = func(s string) { f.draft.Reason = s }
	f.accept = u.Toggle(u.Tr.T("request.privacy.accept"), &f.draft.PrivacyAccepted)
	notice := u.Content.Organization.Privacy.WithRetention(u.Settings().RetentionMonths)
	f.next = u.Primary(u.Tr.T("nav.next"), func() {
		if !f.draft.PrivacyAccepted {
			f.problem.SetText(u.Tr.T("booking.privacy.needed"))
			u.HideKeyboard() // the notice and its toggle, under the keyboard, come into view
			u.Reveal(f.accept)
			return
		}
		u.Show(u.bookingContactStep)
	})
	body := container.NewBorder(container.NewVBox(kit.Paragraph(u.Tr.T("booking.reason.hint")),
		container.New(&kit.MinHeight{Height: 160}, f.reason), kit.Paragraph(u.Tr.Text(notice.Short)), f.accept), nil, nil, nil)
	u.Focus = f.reason
	return u.bookingPage("booking.reason.title", body, f.next)
}

func (u *Screens) bookingContactStep() fyne.CanvasObject {
	f := u.booking
	f.problem = kit.ProblemLabel()
	c, form := newContactFields(u.Shell, &f.draft.Name, &f.draft.Email, &f.draft.Phone, u.Tr.T("request.contact.required"), nil)
	f.name, f.email, f.phone = c.name, c.email, c.phone
	f.next = u.Primary(u.Tr.T("nav.next"), func() { u.Show(u.bookingSummary) })
	u.Focus = f.name
	return u.bookingPage("request.contact.title", form, f.next)
}

func (u *Screens) bookingSummary() fyne.CanvasObject {
	f := u.booking
	f.problem = kit.ProblemLabel()
	office := ""
	if o, ok := u.Content.Office(f.service.Office); ok {
		office = u.Tr.Text(o.Name)
	}
	start := f.draft.Start.In(hours.Rome)
	rows := container.NewVBox(
		kit.Field(u.Tr.T("booking.service"), u.Tr.Text(f.service.Title)),
		kit.Field(u.Tr.T("request.summary.office"), office),
		kit.Field(u.Tr.T("booking.when"), i18n.LongDate(hours.Today(start), u.Tr.Lang())+", "+i18n.Clock(start)),
		kit.Field(u.Tr.T("request.summary.contact"), f.draft.Name+"\n"+f.draft.Email+"\n"+f.draft.Phone),
		kit.Field(u.Tr.T("booking.reason"), f.draft.Reason))
	f.next = u.Primary(u.Tr.T("booking.confirm"), func() { u.book(f) })
	return u.bookingPage("request.summary.title", rows, f.next)
}

// book books off the UI goroutine; on a refusal the draft stays as typed.
func (u *Screens) book(f *bookingFlow) {
	if f.busy {
		return
	}
	f.busy = true
	f.draft.Lang = u.Tr.Lang()
	f.problem.SetText(u.Tr.T("request.summary.sending"))
	draft := f.draft
	var a appointments.Appointment
	var err error
	u.Background(func() { a, err = u.Bookings.Book(draft) }, func() {
		f.busy = false
		if err != nil {
			f.problem.Importance = widget.DangerImportance
			f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		f.done = a
		u.ShowOverFirst(u.bookedScreen)
		u.printBooking(f, a)
	})
}

// bookedScreen confirms the appointment: when, where, the code and its QR.
func (u *Screens) bookedScreen() fyne.CanvasObject {
	f := u.booking
	a := f.done
	start := a.Start.In(hours.Rome)
	code := widget.NewLabelWithStyle(ticket.Format(a.Code), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	code.SizeName = kit.SizeHuge
	if f.printed == nil {
		f.printed = kit.Paragraph(u.Tr.T("request.done.printing"))
	}
	facts := container.NewVBox( // the code and how printing went first, the QR beside: above the fold at 1280x720
		widget.NewLabelWithStyle(u.Tr.T("booking.done"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		kit.Paragraph(u.Tr.T("booking.code")), code, f.printed, widget.NewSeparator(),
		kit.Field(u.Tr.T("booking.service"), u.Tr.Text(f.service.Title)),
		kit.Field(u.Tr.T("booking.when"), i18n.LongDate(hours.Today(start), u.Tr.Lang())+", "+i18n.Clock(start)))
	var qr fyne.CanvasObject
	if png, err := ticket.QR(ticket.Link(u.Content.Organization.StatusURL, a.Code), 8); err == nil {
		img := canvas.NewImageFromResource(fyne.NewStaticResource("qr.png", png))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSquareSize(220))
		qr = img
	}
	out := u.Page(u.Tr.T("booking.title"), container.NewBorder(nil, u.Primary(u.Tr.T("nav.back.start"), u.GoHome), nil, nil,
		u.Scroller(container.NewBorder(nil, nil, nil, qr, facts))))
	u.BackBtn.SetText(u.Tr.T("nav.back.start")) // Back from the confirmation goes home, as the button says
	return out
}

// printBooking prints the confirmation with its QR, off the UI goroutine.
func (u *Screens) printBooking(f *bookingFlow, a appointments.Appointment) {
	b := appointments.Summary(a, u.Content)
	var err error
	u.Background(func() {
		var pdf []byte
		if pdf, err = ticket.BookingPDF(b); err == nil {
			err = u.Printer.Print("appuntamento-"+a.Code, pdf) // the spool: a confirmation printed later still serves
		}
	}, func() {
		key, importance := "booking.printed", widget.SuccessImportance
		if err != nil {
			u.Log.Warn("appointment confirmation not printed", "err", err)
			key, importance = "booking.notprinted", widget.DangerImportance
		}
		if f.printed != nil {
			f.printed.Importance = importance
			f.printed.SetText(u.Tr.T(key))
		}
	})
}
