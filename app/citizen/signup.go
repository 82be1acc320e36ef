package citizen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/events"
	"sportello/internal/kiosk"
	"sportello/internal/ticket"
)

// SignupDesk signs citizens up for events.
type SignupDesk interface {
	SignUp(d events.Draft) (events.Signup, error)
	ByCode(typed string) (events.Signup, error)
	Cancel(typed string) (events.Signup, *events.Signup, error)
}

// signupFlow is a citizen signing up for an event: the privacy notice
// first, then a name and a contact, then the seat or the waiting list.
type signupFlow struct {
	notice  kiosk.Notice
	draft   events.Draft
	accept  *kit.Button
	name    *kit.Entry
	email   *kit.Entry
	phone   *kit.Entry
	problem *widget.Label
	next    *kit.Button
	busy    bool
	done    events.Signup
	printed *widget.Label
}

func (u *Screens) startSignup(n kiosk.Notice) {
	u.signup = &signupFlow{notice: n, draft: events.Draft{Notice: n.ID}}
	u.Show(u.signupPrivacy)
}

func (u *Screens) signupPrivacy() fyne.CanvasObject {
	f := u.signup
	f.problem = kit.ProblemLabel()
	notice := u.Content.Organization.Privacy.WithRetention(u.Settings().RetentionMonths)
	f.accept = u.Toggle(u.Tr.T("request.privacy.accept"), &f.draft.PrivacyAccepted)
	f.next = u.Primary(u.Tr.T("nav.next"), func() {
		if !f.draft.PrivacyAccepted {
			f.problem.SetText(u.Tr.T("booking.privacy.needed"))
			return
		}
		u.Show(u.signupContact)
	})
	body := container.NewVBox(kit.Paragraph(u.Tr.Text(f.notice.Title)), kit.Paragraph(u.Tr.Text(notice.Short)), f.accept)
	return u.Page(u.Tr.T("request.privacy.title"), u.WithAction(u.Scroller(body), f.problem, f.next))
}

func (u *Screens) signupContact() fyne.CanvasObject {
	f := u.signup
	f.problem = kit.ProblemLabel()
	c, form := newContactFields(u.Shell, &f.draft.Name, &f.draft.Email, &f.draft.Phone, u.Tr.T("request.contact.required"), nil)
	f.name, f.email, f.phone = c.name, c.email, c.phone
	f.next = u.Primary(u.Tr.T("event.confirm"), func() { u.signUp(f) })
	u.Focus = f.name
	return u.Page(u.Tr.T("request.contact.title"), u.WithAction(u.Scroller(form), f.problem, f.next))
}

// signUp signs up off the UI goroutine; on a refusal what was typed stays.
func (u *Screens) signUp(f *signupFlow) {
	if f.busy {
		return
	}
	f.busy = true
	f.draft.Lang = u.Tr.Lang()
	draft := f.draft
	var su events.Signup
	var err error
	u.Background(func() { su, err = u.Signups.SignUp(draft) }, func() {
		f.busy = false
		if err != nil {
			f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		f.done = su
		u.ShowOverFirst(u.signedScreen)
		u.printSignup(f, su)
	})
}

// signedScreen says whether the citizen has a seat or waits, and the code.
func (u *Screens) signedScreen() fyne.CanvasObject {
	f := u.signup
	key := "event.seated"
	if f.done.Status == events.Waiting {
		key = "event.waiting"
	}
	code := widget.NewLabelWithStyle(ticket.Format(f.done.Code), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	code.SizeName = kit.SizeHuge
	if f.printed == nil {
		f.printed = kit.Paragraph(u.Tr.T("request.done.printing"))
	}
	body := container.NewVBox(widget.NewLabelWithStyle(u.Tr.T(key), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		kit.Paragraph(u.Tr.Text(f.notice.Title)), f.printed, widget.NewSeparator(), kit.Paragraph(u.Tr.T("event.code")), code)
	if png, err := ticket.QR(ticket.Link(u.Content.Organization.StatusURL, f.done.Code), 8); err == nil {
		img := canvas.NewImageFromResource(fyne.NewStaticResource("qr.png", png))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSquareSize(220))
		body.Add(img)
	}
	return u.Page(u.Tr.T("event.signup"), container.NewBorder(nil, u.Primary(u.Tr.T("nav.back.start"), u.GoHome), nil, nil, u.Scroller(body)))
}

// printSignup prints the confirmation with its QR, off the UI goroutine.
func (u *Screens) printSignup(f *signupFlow, su events.Signup) {
	c, lang := u.Content, su.Lang
	status := map[events.Status]kiosk.Text{events.Seated: kiosk.T("Posto confermato", "Seat confirmed"),
		events.Waiting: kiosk.T("In lista d'attesa", "On the waiting list")}[su.Status]
	b := ticket.Booking{Lang: lang, Organization: c.Organization.Name.In(lang), Service: f.notice.Title.In(lang), When: status.In(lang),
		Code: su.Code, Link: ticket.Link(c.Organization.StatusURL, su.Code)}
	var err error
	u.Background(func() {
		var pdf []byte
		if pdf, err = ticket.SignupPDF(b); err == nil {
			err = u.Printer.Print("iscrizione-"+su.Code, pdf)
		}
	}, func() {
		key, importance := "booking.printed", widget.SuccessImportance
		if err != nil {
			key, importance = "booking.notprinted", widget.DangerImportance
		}
		if f.printed != nil {
			f.printed.Importance = importance
			f.printed.SetText(u.Tr.T(key))
		}
	})
}
