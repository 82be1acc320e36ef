package citizen

import (
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/requests"
)

// requestFlow walks a citizen through filing a request: kind, office, text,
// privacy notice, contact, summary, confirmation. The draft outlives each
// step's widgets, so Back and a language switch lose nothing typed.
type requestFlow struct {
	u           *requestHost
	draft       requests.Draft
	fromService bool       // started from a service's page: its office and service are known
	kindImplied bool       // and the service is itself a kind of request: no kind to choose
	reviewOf    kiosk.Text // a riesame: the number of the request it reviews
	problem     *widget.Label
	next        *kit.Button  // the current step's primary action
	check       func() error // the current step's check: a problem shown clears once it passes

	caption  *widget.Label // "Passo 2 di 6"
	kinds    map[string]*kit.Tile
	offices  map[string]*kit.Button
	services map[string]*kit.Button
	text     *kit.Entry
	counter  *canvas.Text // "46 di 2000 caratteri"
	accept   *kit.Button
	name     *kit.Entry
	email    *kit.Entry
	phone    *kit.Entry

	sending      bool // the request is being registered: a second tap does nothing
	printerAsked bool // whether the ticket printer is ready was asked at the first step
	printerDown  bool // it is not: the citizen is told before writing
	done         kiosk.Request
	codeLabel    *widget.Label
	printState   *widget.Label
	donePage     fyne.CanvasObject // the result, laid out again when the printing line changes
	printed      printResult
}

// requestHost is what the request flow needs besides the shell: where
// requests are filed, the ticket printer and whether it is ready, the rating
// it offers at the end, and the flow current now (a late answer checks it is
// still its own).
type requestHost struct {
	*kit.Shell
	Requests     Registrar
	Printer      printer.Printer
	PrinterReady func() bool
	startRating  func(office, service string) kit.Screen
	current      func() *requestFlow
}

// newRequestFlow starts filing a request from draft; a draft about a
// service that implies its kind of request starts with that kind chosen.
func newRequestFlow(host *requestHost, draft requests.Draft) *requestFlow {
	f := &requestFlow{u: host, draft: draft, fromService: draft.Service != ""}
	if kind, ok := content.ImpliedKind(host.Content, draft.Service); ok {
		f.draft.Kind, f.kindImplied = kind, true
	}
	return f
}

// first is the flow's first step: the kind, unless the service implies it.
func (f *requestFlow) first() kit.Screen {
	if f.kindImplied {
		return f.textStep
	}
	return f.kindStep
}

// steps are the flow's steps in order, as "Passo 2 di 6" counts them: the
// office and its service are one step.
func (f *requestFlow) steps() []string {
	if f.draft.ReviewOf != "" { // the kind, the place and the contact are the first request's
		return []string{"text", "privacy", "summary"}
	}
	var s []string
	if !f.kindImplied {
		s = append(s, "kind")
	}
	if !f.fromService {
		s = append(s, "place")
	}
	return append(s, "text", "privacy", "contact", "summary")
}

// page frames the step name: "Passo 2 di 6" above its body.
func (f *requestFlow) page(name, title string, body fyne.CanvasObject) fyne.CanvasObject {
	steps := f.steps()
	n := slices.Index(steps, name) + 1
	caption := widget.NewLabel(f.u.Tr.T("request.step", map[string]any{"N": n, "Of": len(steps)}))
	f.caption = caption
	if n == 1 {
		body = f.printerWarning(body)
	}
	return f.u.PageStep(title, caption, body)
}

// recheck clears the problem shown once it no longer holds: the field is
// fixed, even if another is still missing (that one is said at Avanti).
func (f *requestFlow) recheck() {
	if f.problem == nil || f.problem.Text == "" || f.check == nil {
		return
	}
	if err := f.check(); err == nil || kiosk.ErrorMessage(err, f.u.Tr.Lang()) != f.problem.Text {
		f.problem.SetText("")
	}
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
func (u *Screens) startRequest() fyne.CanvasObject {
	if u.flow == nil || u.flow.done.ID != 0 {
		u.flow = newRequestFlow(u.requests, requests.Draft{})
	}
	return u.flow.first()()
}

// startReview opens a riesame of the request with code, numbered number,
// from its status: why, the privacy notice, the summary.
func (u *Screens) startReview(code string, number kiosk.Text) {
	u.flow = &requestFlow{u: u.requests, fromService: true, kindImplied: true, reviewOf: number,
		draft: requests.Draft{Kind: kiosk.KindReview, ReviewOf: code}}
	u.Show(u.flow.first())
}

// requestDraftFor starts a request about a service, from its page.
func requestDraftFor(s kiosk.Service) requests.Draft {
	return requests.Draft{Office: s.Office, Service: s.ID}
}

// step frames the step name: its title, the body, the error line and the
// primary action, which moves on once next's check passes.
func (f *requestFlow) step(name, title string, body fyne.CanvasObject, action string, next func() error, then kit.Screen) fyne.CanvasObject {
	f.problem, f.check = kit.ProblemLabel(), next
	f.next = f.u.Primary(action, func() {
		if err := next(); err != nil {
			f.problem.SetText(kiosk.ErrorMessage(err, f.u.Tr.Lang()))
			return
		}
		f.problem.SetText("")
		f.u.Show(then)
	})
	return f.page(name, title, f.u.WithAction(body, f.problem, f.next))
}

var kindIcons = map[string]func() fyne.Resource{
	kiosk.KindComplaint: theme.WarningIcon, kiosk.KindDisservice: theme.ErrorIcon, kiosk.KindSuggestion: theme.ContentAddIcon,
	kiosk.KindAccessRecords: theme.FolderOpenIcon, kiosk.KindCivicAccessSimple: theme.UploadIcon, kiosk.KindCivicAccessGen: theme.FileTextIcon, // not the bar's eye and magnifier
}

func (f *requestFlow) kindStep() fyne.CanvasObject {
	u := f.u
	f.kinds = map[string]*kit.Tile{}
	var tiles []fyne.CanvasObject
	for _, k := range u.Content.RequestKinds {
		id := k.ID
		icon := theme.DocumentIcon
		if i, ok := kindIcons[id]; ok {
			icon = i
		}
		t := u.Tile(icon(), u.Tr.Text(k.Label), u.Tr.Text(k.Description), func() {
			f.draft.Kind = id
			if f.draft.Service != "" { // from a service page: office and service are known
				u.Show(f.textStep)
			} else {
				u.Show(f.placeStep)
			}
		})
		f.kinds[id] = t
		tiles = append(tiles, t)
	}
	return f.page("kind", u.Tr.T("request.kind.title"), u.Tiles(tiles...))
}

// printerWarning puts above the first step, whichever it is, that the
// ticket printer is not working: told up front, not after the citizen has
// written it all.
func (f *requestFlow) printerWarning(body fyne.CanvasObject) fyne.CanvasObject {
	u := f.u
	if !f.printerAsked && u.PrinterReady != nil {
		f.printerAsked = true
		var ready bool
		u.Load(func() { ready = u.PrinterReady() }, func() { f.printerDown = !ready })
	}
	if !f.printerDown {
		return body
	}
	warning := kit.Paragraph(u.Tr.T("request.printer.down"))
	warning.Importance = widget.DangerImportance
	return container.NewBorder(warning, nil, nil, nil, body)
}

func (f *requestFlow) placeStep() fyne.CanvasObject {
	u := f.u
	f.offices = map[string]*kit.Button{}
	var items []choice
	for _, o := range u.Content.Offices {
		items = append(items, choice{o.ID, u.Tr.Text(o.Name)})
	}
	return f.choose(u.Tr.T("request.place.title"), items, f.draft.Office, f.offices, func(id string) {
		if f.draft.Office != id {
			f.draft.Service = ""
		}
		f.draft.Office = id
		if len(f.officeServices()) > 0 {
			u.Show(f.serviceStep)
		} else {
			u.Show(f.textStep)
		}
	})
}

// officeServices lists the services of the office chosen.
func (f *requestFlow) officeServices() []choice {
	var out []choice
	for _, s := range f.u.Content.Services {
		if f.draft.Office != "" && s.Office == f.draft.Office {
			out = append(out, choice{s.ID, f.u.Tr.Text(s.Title)})
		}
	}
	return out
}

func (f *requestFlow) serviceStep() fyne.CanvasObject {
	f.services = map[string]*kit.Button{}
	return f.choose(f.u.Tr.T("request.service.title"), f.officeServices(), f.draft.Service, f.services, func(id string) {
		f.draft.Service = id
		f.u.Show(f.textStep)
	})
}

// choice is one item of a list to choose from.
type choice struct{ id, label string }

// choose shows "None in particular", first, where the hint that names it
// points, then a list of large buttons; the current choice is highlighted.
// buttons gets each button by id ("" for none).
func (f *requestFlow) choose(title string, items []choice, current string, buttons map[string]*kit.Button, picked func(string)) fyne.CanvasObject {
	u := f.u
	list := container.NewVBox()
	for _, it := range append([]choice{{"", u.Tr.T("request.place.none")}}, items...) {
		b := u.Button(it.label, nil, func() { picked(it.id) })
		if current == it.id && current != "" {
			b.Importance = widget.HighImportance
		}
		buttons[it.id] = b
		list.Add(container.New(&kit.MinHeight{Height: 96}, b))
	}
	body := container.NewBorder(kit.Paragraph(u.Tr.T("request.place.hint")), nil, nil, nil, u.Scroller(list))
	return f.page("place", title, body)
}

func (f *requestFlow) textStep() fyne.CanvasObject {
	u := f.u
	f.text = u.NewMultiLineEntry()
	f.text.Wrapping = fyne.TextWrapWord
	kit.SetEntry(f.text, f.draft.Text)
	f.counter = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	f.counter.TextSize = theme.CaptionTextSize()
	count := func(s string) {
		n := utf8.RuneCountInString(s)
		f.counter.Text = u.Tr.T("request.text.counter", map[string]any{"N": n, "Max": requests.MaxText})
		f.counter.Color = theme.Color(theme.ColorNameForeground)
		if n > requests.MaxText {
			f.counter.Color = theme.Color(theme.ColorNameError)
		}
		f.counter.Refresh()
	}
	f.text.OnChanged = func(s string) {
		f.draft.Text = s
		count(s)
		f.recheck()
	}
	count(f.draft.Text)
	title, hintText := u.Tr.T("request.text.title"), u.Tr.T("request.text.hint")
	if f.draft.ReviewOf != "" {
		title, hintText = u.Tr.T("request.review.title"), u.Tr.T("request.review.hint")
	}
	hint := kit.Paragraph(hintText)
	u.OnCompact = func(compact bool) { // a short screen with the keyboard: the hint becomes the placeholder
		hint.Hidden = compact
		f.text.SetPlaceHolder(map[bool]string{true: hintText}[compact])
	}
	top := container.NewBorder(nil, nil, nil, container.NewCenter(f.counter), hint)
	body := container.NewBorder(top, nil, nil, nil, f.text)
	out := f.step("text", title, body, u.Tr.T("nav.next"), func() error { return requests.CheckText(f.draft) }, f.privacyStep)
	u.Focus = f.text
	return out
}

func (f *requestFlow) privacyStep() fyne.CanvasObject {
	u := f.u
	notice := u.Content.Organization.Privacy.WithRetention(u.Settings().RetentionMonths) // one truth: the settings'
	f.accept = u.Toggle(u.Tr.T("request.privacy.accept"), &f.draft.PrivacyAccepted)
	accepted := f.accept.OnTapped
	f.accept.OnTapped = func() { accepted(); f.recheck() }
	full := u.Button(u.Tr.T("request.privacy.full"), theme.DocumentIcon(), func() {
		u.Show(func() fyne.CanvasObject {
			return u.Page(u.Tr.T("request.privacy.title"), u.Scroller(kit.Paragraph(u.Tr.Text(notice.Full))))
		})
	})
	body := container.NewVBox(kit.Paragraph(u.Tr.Text(notice.Short)), full, f.accept)
	return f.step("privacy", u.Tr.T("request.privacy.title"), u.Scroller(body), u.Tr.T("nav.next"),
		func() error { return requests.CheckPrivacy(f.draft) }, f.afterPrivacy())
}

// afterPrivacy is the step after the privacy notice: the contact, which a
// riesame takes from the request it reviews.
func (f *requestFlow) afterPrivacy() kit.Screen {
	if f.draft.ReviewOf != "" {
		return f.summaryStep
	}
	return f.contactStep
}

func (f *requestFlow) contactStep() fyne.CanvasObject {
	u := f.u
	kind, _ := u.Content.Kind(f.draft.Kind)
	note := u.Tr.T("request.contact.required")
	if kind.AnonymousAllowed() {
		note = u.Tr.T("request.contact.optional")
	}
	c, form := newContactFields(u.Shell, &f.draft.Name, &f.draft.Email, &f.draft.Phone, note, f.recheck)
	f.name, f.email, f.phone = c.name, c.email, c.phone
	out := f.step("contact", u.Tr.T("request.contact.title"), u.Scroller(form), u.Tr.T("nav.next"),
		func() error { return requests.CheckContact(f.draft, kind) }, f.summaryStep)
	u.Focus = f.name
	return out
}

func (f *requestFlow) summaryStep() fyne.CanvasObject {
	u := f.u
	kind, _ := u.Content.Kind(f.draft.Kind)
	office := u.Tr.T("request.place.none")
	if o, ok := u.Content.Office(f.draft.Office); ok {
		office = u.Tr.Text(o.Name)
	}
	contact := u.Tr.T("request.summary.anonymous")
	if f.draft.Name != "" {
		contact = f.draft.Name
		for _, c := range []string{f.draft.Email, f.draft.Phone} {
			if c != "" {
				contact += "\n" + c
			}
		}
	}
	rows := container.NewVBox(kit.Field(u.Tr.T("request.summary.kind"), u.Tr.Text(kind.Label)))
	if f.draft.ReviewOf != "" {
		rows.Add(kit.Field(u.Tr.T("request.summary.review"), u.Tr.Text(f.reviewOf)))
		contact = u.Tr.T("request.summary.review.contact")
	} else {
		rows.Add(kit.Field(u.Tr.T("request.summary.office"), office))
	}
	if sv, ok := u.Content.Service(f.draft.Service); ok {
		rows.Add(kit.Field(u.Tr.T("request.summary.service"), u.Tr.Text(sv.Title)))
	}
	rows.Add(kit.Field(u.Tr.T("request.summary.contact"), contact))
	rows.Add(kit.Field(u.Tr.T("request.summary.text"), f.draft.Text))
	f.problem, f.check = kit.ProblemLabel(), nil
	f.next = u.Primary(u.Tr.T("request.summary.confirm"), f.confirm)
	return f.page("summary", u.Tr.T("request.summary.title"), u.WithAction(u.Scroller(rows), f.problem, f.next))
}
