package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/ticket"
)

// requestFlow walks a citizen through filing a request: kind, office, text,
// privacy notice, contact, summary, confirmation. The draft outlives each
// step's widgets, so Back and a language switch lose nothing typed.
type requestFlow struct {
	u       *UI
	draft   requests.Draft
	problem *widget.Label
	next    *widget.Button // the current step's primary action

	kinds    map[string]*tile
	offices  map[string]*widget.Button
	services map[string]*widget.Button
	text     *kioskEntry
	counter  *widget.Label
	accept   *widget.Button
	name     *kioskEntry
	email    *kioskEntry
	phone    *kioskEntry

	sending      bool // the request is being registered: a second tap does nothing
	printerAsked bool // whether the ticket printer is ready was asked at the first step
	printerDown  bool // it is not: the citizen is told before writing
	done         kiosk.Request
	codeLabel    *widget.Label
	printState   *widget.Label
	printed      printResult
}

// printResult is how printing the ticket went.
type printResult int

const (
	printing printResult = iota
	printedOK
	printFailed // spooled: it prints when the printer is back
	printLost   // not even spooled (the ticket could not be written)
)

// startRequest opens the first step, keeping a draft in progress (Back to
// the first step loses nothing) and starting afresh after a filed request.
func (u *UI) startRequest() fyne.CanvasObject {
	if u.flow == nil || u.flow.done.ID != 0 {
		u.flow = &requestFlow{u: u}
	}
	return u.flow.kindStep()
}

// requestDraftFor starts a request about a service, from its page.
func requestDraftFor(s kiosk.Service) requests.Draft {
	return requests.Draft{Office: s.Office, Service: s.ID}
}

// step frames a step: its title, the body, the error line and the primary action.
func (f *requestFlow) step(title string, body fyne.CanvasObject, action string, next func() error, then screen) fyne.CanvasObject {
	f.problem = problemLabel()
	f.next = f.u.primary(action, func() {
		if err := next(); err != nil {
			f.problem.SetText(kiosk.ErrorMessage(err, f.u.tr.Lang()))
			return
		}
		f.problem.SetText("")
		f.u.show(then)
	})
	return f.u.page(title, withAction(body, f.problem, f.next))
}

var kindIcons = map[string]func() fyne.Resource{
	kiosk.KindComplaint: theme.WarningIcon, kiosk.KindDisservice: theme.ErrorIcon, kiosk.KindSuggestion: theme.ContentAddIcon,
	kiosk.KindAccessRecords: theme.FolderOpenIcon, kiosk.KindCivicAccessSimple: theme.VisibilityIcon, kiosk.KindCivicAccessGen: theme.SearchIcon,
}

func (f *requestFlow) kindStep() fyne.CanvasObject {
	u := f.u
	f.kinds = map[string]*tile{}
	var tiles []fyne.CanvasObject
	for _, k := range u.content.RequestKinds {
		id := k.ID
		icon := theme.DocumentIcon
		if i, ok := kindIcons[id]; ok {
			icon = i
		}
		t := u.tile(icon(), u.tr.Text(k.Label), u.tr.Text(k.Description), func() {
			f.draft.Kind = id
			if f.draft.Service != "" { // from a service page: office and service are known
				u.show(f.textStep)
			} else {
				u.show(f.placeStep)
			}
		})
		f.kinds[id] = t
		tiles = append(tiles, t)
	}
	grid := container.New(tileGrid{}, tiles...)
	if !f.printerAsked && u.PrinterReady != nil { // told up front, not after the citizen has written it all
		f.printerAsked = true
		var ready bool
		u.load(func() { ready = u.PrinterReady() }, func() { f.printerDown = !ready })
	}
	if f.printerDown {
		warning := paragraph(u.tr.T("request.printer.down"))
		warning.Importance = widget.DangerImportance
		return u.page(u.tr.T("request.kind.title"), container.NewBorder(warning, nil, nil, nil, grid))
	}
	return u.page(u.tr.T("request.kind.title"), grid)
}

func (f *requestFlow) placeStep() fyne.CanvasObject {
	u := f.u
	f.offices = map[string]*widget.Button{}
	var items []choice
	for _, o := range u.content.Offices {
		items = append(items, choice{o.ID, u.tr.Text(o.Name)})
	}
	return f.choose(u.tr.T("request.place.title"), items, f.draft.Office, f.offices, func(id string) {
		if f.draft.Office != id {
			f.draft.Service = ""
		}
		f.draft.Office = id
		if len(f.officeServices()) > 0 {
			u.show(f.serviceStep)
		} else {
			u.show(f.textStep)
		}
	})
}

// officeServices lists the services of the office chosen.
func (f *requestFlow) officeServices() []choice {
	var out []choice
	for _, s := range f.u.content.Services {
		if f.draft.Office != "" && s.Office == f.draft.Office {
			out = append(out, choice{s.ID, f.u.tr.Text(s.Title)})
		}
	}
	return out
}

func (f *requestFlow) serviceStep() fyne.CanvasObject {
	f.services = map[string]*widget.Button{}
	return f.choose(f.u.tr.T("request.service.title"), f.officeServices(), f.draft.Service, f.services, func(id string) {
		f.draft.Service = id
		f.u.show(f.textStep)
	})
}

// choice is one item of a list to choose from.
type choice struct{ id, label string }

// choose shows a list of large buttons and "None in particular"; the current
// choice is highlighted. buttons gets each button by id ("" for none).
func (f *requestFlow) choose(title string, items []choice, current string, buttons map[string]*widget.Button, picked func(string)) fyne.CanvasObject {
	u := f.u
	list := container.NewVBox()
	for _, it := range append(items, choice{"", u.tr.T("request.place.none")}) {
		b := u.button(it.label, nil, func() { picked(it.id) })
		if current == it.id && current != "" {
			b.Importance = widget.HighImportance
		}
		buttons[it.id] = b
		list.Add(container.New(&minHeight{96}, b))
	}
	body := container.NewBorder(paragraph(u.tr.T("request.place.hint")), nil, nil, nil, u.scroller(list))
	return u.page(title, body)
}

func (f *requestFlow) textStep() fyne.CanvasObject {
	u := f.u
	f.text = u.multiLineEntry()
	f.text.Wrapping = fyne.TextWrapWord
	setEntry(f.text, f.draft.Text)
	f.counter = widget.NewLabel("")
	count := func(s string) {
		n := utf8.RuneCountInString(s)
		f.counter.SetText(u.tr.T("request.text.counter", map[string]any{"N": n, "Max": requests.MaxText}))
		f.counter.Importance = widget.MediumImportance
		if n > requests.MaxText {
			f.counter.Importance = widget.DangerImportance
		}
		f.counter.Refresh()
	}
	f.text.OnChanged = func(s string) {
		f.draft.Text = s
		count(s)
	}
	count(f.draft.Text)
	body := container.NewBorder(paragraph(u.tr.T("request.text.hint")), f.counter, nil, nil, f.text)
	out := f.step(u.tr.T("request.text.title"), body, u.tr.T("nav.next"), func() error { return requests.CheckText(f.draft) }, f.privacyStep)
	u.focus = f.text
	return out
}

func (f *requestFlow) privacyStep() fyne.CanvasObject {
	u := f.u
	f.accept = u.toggle(u.tr.T("request.privacy.accept"), &f.draft.PrivacyAccepted)
	full := u.button(u.tr.T("request.privacy.full"), theme.DocumentIcon(), func() {
		u.show(func() fyne.CanvasObject {
			return u.page(u.tr.T("request.privacy.title"), u.scroller(paragraph(u.tr.Text(u.content.Organization.Privacy.Full))))
		})
	})
	body := container.NewVBox(paragraph(u.tr.Text(u.content.Organization.Privacy.Short)), full, f.accept)
	return f.step(u.tr.T("request.privacy.title"), u.scroller(body), u.tr.T("nav.next"),
		func() error { return requests.CheckPrivacy(f.draft) }, f.contactStep)
}

func (f *requestFlow) contactStep() fyne.CanvasObject {
	u := f.u
	entry := func(value *string, placeholder string) *kioskEntry {
		e := u.entry()
		setEntry(e, *value)
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(s string) { *value = s }
		return e
	}
	f.name = entry(&f.draft.Name, u.tr.T("request.contact.name"))
	f.email = entry(&f.draft.Email, "nome@esempio.it")
	f.phone = entry(&f.draft.Phone, "333 1234567")
	f.phone.numeric = true
	kind, _ := u.content.Kind(f.draft.Kind)
	note := u.tr.T("request.contact.required")
	if kind.AnonymousAllowed() {
		note = u.tr.T("request.contact.optional")
	}
	label := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(u.tr.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	form := container.NewVBox(paragraph(note),
		label("request.contact.name"), f.name, label("request.contact.email"), f.email, label("request.contact.phone"), f.phone)
	out := f.step(u.tr.T("request.contact.title"), u.scroller(form), u.tr.T("nav.next"),
		func() error { return requests.CheckContact(f.draft, kind) }, f.summaryStep)
	u.focus = f.name
	return out
}

func (f *requestFlow) summaryStep() fyne.CanvasObject {
	u := f.u
	kind, _ := u.content.Kind(f.draft.Kind)
	office := u.tr.T("request.place.none")
	if o, ok := u.content.Office(f.draft.Office); ok {
		office = u.tr.Text(o.Name)
	}
	contact := u.tr.T("request.summary.anonymous")
	if f.draft.Name != "" {
		contact = f.draft.Name
		for _, c := range []string{f.draft.Email, f.draft.Phone} {
			if c != "" {
				contact += "\n" + c
			}
		}
	}
	rows := container.NewVBox(
		field(u.tr.T("request.summary.kind"), u.tr.Text(kind.Label)),
		field(u.tr.T("request.summary.office"), office),
		field(u.tr.T("request.summary.contact"), contact),
		field(u.tr.T("request.summary.text"), f.draft.Text),
	)
	f.problem = problemLabel()
	f.next = u.primary(u.tr.T("request.summary.confirm"), f.confirm)
	return u.page(u.tr.T("request.summary.title"), withAction(u.scroller(rows), f.problem, f.next))
}

// confirm registers the request in the background, then shows the result
// and prints the ticket; the screen says at once that it is working, and a
// second tap meanwhile does nothing. On failure the draft stays as typed.
func (f *requestFlow) confirm() {
	u := f.u
	if f.sending {
		return
	}
	f.sending = true
	f.draft.Lang = u.tr.Lang()
	f.next.Disable()
	f.problem.Importance = widget.MediumImportance
	f.problem.SetText(u.tr.T("request.summary.sending"))
	draft := f.draft
	var r kiosk.Request
	var err error
	u.background(func() { r, err = u.Requests.Register(draft) }, func() {
		f.sending = false
		if err != nil {
			u.Log.Error("registering a request", "err", err)
			f.next.Enable()
			f.problem.Importance = widget.DangerImportance
			f.problem.SetText(kiosk.ErrorMessage(err, u.tr.Lang()))
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
	if u.flow == f { // the citizen is still there: not wiped for idleness meanwhile
		u.stack = u.stack[:1] // Back from the result goes home, never to a second submission
		u.show(f.doneStep)
	}
	var pdf []byte
	var err, renderErr error
	c := u.content
	u.background(func() {
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
	f.printState.Text = f.u.tr.T(text)
	f.printState.Importance = importance
	f.printState.Refresh()
}

func (f *requestFlow) doneStep() fyne.CanvasObject {
	u := f.u
	r := f.done
	f.codeLabel = widget.NewLabelWithStyle(ticket.Format(r.Code), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	f.codeLabel.SizeName = sizeHuge
	f.printState = paragraph("")
	f.printState.Alignment = fyne.TextAlignCenter
	f.printState.TextStyle.Bold = true
	f.showPrintState()
	center := func(s string, bold bool) *widget.Label {
		return widget.NewLabelWithStyle(s, fyne.TextAlignCenter, fyne.TextStyle{Bold: bold})
	}
	var qr fyne.CanvasObject = widget.NewLabel("")
	if png, err := ticket.QR(ticket.Link(u.content.Organization.StatusURL, r.Code), 8); err == nil {
		img := canvas.NewImageFromResource(fyne.NewStaticResource("qr.png", png))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSquareSize(260))
		qr = img
	}
	kind, _ := u.content.Kind(r.Kind)
	protocolText := u.tr.T("request.done.protocol", map[string]any{"P": r.Protocol.String()})
	if r.Protocol.Provisional() {
		protocolText = u.tr.Text(r.ProtocolLabel()) + "\n" + u.tr.T("request.done.provisional")
	}
	protocol := center(protocolText, true)
	protocol.SizeName = sizeHeading
	body := container.NewVBox(
		center(u.tr.Text(kind.Label), true),
		protocol,
		center(u.tr.T("request.done.deadline", map[string]any{"D": i18n.LongDate(r.Deadline, u.tr.Lang())}), true),
		f.printState, // above the fold in every orientation: a citizen must not leave without the code
		widget.NewSeparator(),
		center(u.tr.T("request.done.code"), false),
		f.codeLabel,
		qr,
	)
	rate := u.button(u.tr.T("tile.rate"), theme.ConfirmIcon(), func() { u.show(u.startRating(r.Office, r.Service)) })
	out := u.page(u.tr.T("request.done.title"), container.NewBorder(nil, rate, nil, nil, u.scroller(body)))
	u.say(u.tr.T("request.done.speech", map[string]any{
		"Kind": u.tr.Text(kind.Label), "P": u.tr.Text(r.ProtocolLabel()),
		"Code": strings.Join(strings.Split(ticket.Format(r.Code), ""), " "),
		"D":    i18n.LongDate(r.Deadline, u.tr.Lang()),
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
