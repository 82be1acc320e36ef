package citizen

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/ticket"
)

// confirm registers the request in the background, then shows the result
// and prints the ticket; the screen says at once that it is working, and a
// second tap meanwhile does nothing. On failure the draft stays as typed.
func (f *requestFlow) confirm() {
	u := f.u
	if f.sending {
		return
	}
	f.sending = true
	f.draft.Lang = u.Tr.Lang()
	f.next.Disable()
	f.problem.Importance = widget.MediumImportance
	f.problem.SetText(u.Tr.T("request.summary.sending"))
	draft := f.draft
	var r kiosk.Request
	var err error
	file := u.Requests.Register
	if draft.ReviewOf != "" {
		file = func(d requests.Draft) (kiosk.Request, error) { return u.Requests.RequestReview(d.ReviewOf, "", d) }
	}
	u.Background(func() { r, err = file(draft) }, func() {
		f.sending = false
		if err != nil {
			u.Log.Error("registering a request", "err", err)
			f.next.Enable()
			f.problem.Importance = widget.DangerImportance
			f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		f.registered(r)
	})
}

// registered shows the result of a request just registered and prints its ticket.
func (f *requestFlow) registered(r kiosk.Request) {
	u := f.u
	f.done, f.printed = r, printing
	f.draft = requests.Draft{}
	if u.current() == f { // the citizen is still there: not wiped for idleness meanwhile
		u.ShowOverFirst(f.doneStep) // Back from the result goes home, never to a second submission
	}
	var pdf []byte
	var err, renderErr error
	c := u.Content
	u.Background(func() {
		if pdf, renderErr = ticket.PDF(requests.TicketFor(r, c)); renderErr != nil {
			u.Log.Error("rendering a ticket", "protocol", r.Protocol.String(), "err", renderErr)
			return
		}
		if err = u.Printer.Print(jobName(r), pdf); err != nil {
			u.Log.Warn("ticket spooled, not printed", "protocol", r.Protocol.String(), "err", err)
		}
	}, func() {
		switch {
		case renderErr != nil:
			f.printed = printLost
		case err != nil:
			f.printed = printFailed
		default:
			f.printed = printedOK
		}
		if f.printState != nil {
			f.showPrintState()
		}
	})
}

// showPrintState says how printing went, in the current language.
func (f *requestFlow) showPrintState() {
	text, importance := map[printResult]string{
		printing: "request.done.printing", printedOK: "request.done.printed", printFailed: "request.done.noprinter",
		printLost: "request.done.notprinted",
	}[f.printed], map[printResult]widget.Importance{
		printing: widget.MediumImportance, printedOK: widget.SuccessImportance, printFailed: widget.DangerImportance,
		printLost: widget.DangerImportance,
	}[f.printed]
	f.printState.Text = f.u.Tr.T(text)
	f.printState.Importance = importance
	f.printState.Refresh()
	if f.donePage != nil {
		f.donePage.Refresh() // the line may take another line: the page makes room, nothing is cut
	}
}

func (f *requestFlow) doneStep() fyne.CanvasObject {
	u := f.u
	r := f.done
	f.codeLabel = widget.NewLabelWithStyle(ticket.Format(r.Code), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	f.codeLabel.SizeName = kit.SizeHuge
	f.printState = kit.Paragraph("")
	f.printState.Alignment = fyne.TextAlignCenter
	f.printState.TextStyle.Bold = true
	f.showPrintState()
	center := func(s string, bold bool) *widget.Label {
		return widget.NewLabelWithStyle(s, fyne.TextAlignCenter, fyne.TextStyle{Bold: bold})
	}
	var qr fyne.CanvasObject = widget.NewLabel("")
	if png, err := ticket.QR(ticket.Link(u.Content.Organization.StatusURL, r.Code), 8); err == nil {
		img := canvas.NewImageFromResource(fyne.NewStaticResource("qr.png", png))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSquareSize(260))
		qr = img
	}
	kind := u.Content.KindLabel(r.Kind)
	protocolText := u.Tr.T("request.done.protocol", map[string]any{"P": r.Protocol.String()})
	if r.Protocol.Provisional() {
		protocolText = u.Tr.Text(r.ProtocolLabel()) + "\n" + u.Tr.T("request.done.provisional")
	}
	protocol := center(protocolText, true)
	protocol.SizeName = kit.SizeHeading
	facts := container.NewVBox( // the code and how printing went first: a citizen must not leave without them
		center(u.Tr.T("request.done.code"), false),
		f.codeLabel,
		f.printState,
		widget.NewSeparator(),
		center(u.Tr.Text(kind), true),
		protocol,
	)
	speech := "request.done.speech.anonymous"
	if !r.Anonymous() { // nobody to answer: no deadline promised
		facts.Add(center(u.Tr.T("request.done.deadline", map[string]any{"D": i18n.LongDate(r.Deadline, u.Tr.Lang())}), true))
		speech = "request.done.speech"
	}
	body := container.NewBorder(nil, nil, nil, qr, facts) // the QR beside them: the whole result above the fold at 1280x720
	rate := u.Button(u.Tr.T("tile.rate"), theme.ConfirmIcon(), func() { u.Show(u.startRating(r.Office, r.Service)) })
	out := u.Page(u.Tr.T("request.done.title"), container.NewBorder(nil, rate, nil, nil, u.Scroller(body)))
	f.donePage = out
	u.BackBtn.SetText(u.Tr.T("nav.back.start")) // Back from the result goes home, never to a second submission
	u.Say(u.Tr.T(speech, map[string]any{
		"Kind": u.Tr.Text(kind), "P": u.Tr.Text(r.ProtocolLabel()),
		"Code": strings.Join(strings.Split(ticket.Format(r.Code), ""), " "),
		"D":    i18n.LongDate(r.Deadline, u.Tr.Lang()),
	}))
	return out
}

// jobName names a ticket's print job: its protocol number, or its code while provisional.
func jobName(r kiosk.Request) string {
	if r.Protocol.Provisional() {
		return r.Code
	}
	return fmt.Sprintf("%d-%07d", r.Protocol.Year, r.Protocol.Number)
}
