package app

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/report"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/ticket"
)

// staffIdle is how long a staff session lasts untouched.
const staffIdle = 5 * time.Minute

// staffScreens holds the staff mode's state and widgets.
type staffScreens struct {
	user     *kiosk.Account
	name     *kioskEntry
	secret   *kioskEntry
	signIn   *widget.Button
	problem  *widget.Label
	menu     map[string]*tile
	filter   kiosk.Status // "" for every open request
	overdue  bool
	query    string
	rows     map[string]*tile // by canonical code
	detail   kiosk.Request
	moves    map[kiosk.Status]*widget.Button
	outcome  kiosk.Outcome
	outcomes map[kiosk.Outcome]*widget.Button
	public   *kioskEntry
	internal *kioskEntry
	reply    *kioskEntry // a written reply, registered as outgoing
	save     *widget.Button
	alerts   map[int64]*widget.Button

	kinds  map[string]*tile // the content screen's rows, by list, "import" and "export"
	items  []*tile          // the items of the list shown
	add    *widget.Button
	edit   *contentEdit
	notice string  // what the last content change did
	picks  []*tile // files or USB sticks to choose from

	days    int // the period of the reports screen
	periods map[int]*widget.Button
	export  map[string]*widget.Button // by format: csv, pdf

	annul  *widget.Button // on the detail of a registration an admin may annul
	annulF *annulForm

	inbox      []kiosk.Request // as last read; nil: to read
	report     *reportData     // the reports screen's figures as last read; nil: to read
	inboxErr   error
	detailFor  string // the code whose detail was read; "" to read it again
	detailNote string // what the last change of the detail left to say (a letter not printed)
	saving     bool   // a status change is being saved: a second Salva does nothing
	busy       bool   // a file is read from or written to a USB stick: a second tap does nothing
	detailErr  error
}

// openSignIn shows the staff sign-in: a long press on the header, Ctrl+Alt+S, or --staff.
func (u *UI) openSignIn() {
	if u.staff == nil {
		u.staff = &staffScreens{}
	}
	u.show(u.signInScreen)
}

func (u *UI) signInScreen() fyne.CanvasObject {
	s := u.staff
	s.name = u.entry()
	s.name.SetPlaceHolder(u.tr.T("staff.user"))
	s.secret = u.entry()
	s.secret.Password = true
	s.secret.SetPlaceHolder(u.tr.T("staff.secret"))
	s.problem = problemLabel()
	s.signIn = u.primary(u.tr.T("staff.signin"), func() {
		if s.busy {
			return
		}
		s.busy = true
		name, secret := strings.TrimSpace(s.name.Text), s.secret.Text
		s.secret.SetText("")
		s.signIn.Disable()
		s.problem.Importance = widget.MediumImportance
		s.problem.SetText(u.tr.T("staff.signing"))
		var a kiosk.Account
		var err error
		u.background(func() { a, err = u.Staff.SignIn(name, secret) }, func() { // bcrypt takes its time, by design
			s.busy = false
			if u.staff != s {
				return // the kiosk went home meanwhile
			}
			s.signIn.Enable()
			s.problem.Importance = widget.DangerImportance
			if err != nil {
				s.problem.SetText(kiosk.ErrorMessage(err, u.tr.Lang()))
				return
			}
			s.user = &a
			u.stack = u.stack[:1]
			u.show(u.staffHome)
		})
	})
	s.secret.OnSubmitted = func(string) { s.signIn.OnTapped() }
	s.name.OnSubmitted = func(string) { u.win.Canvas().Focus(s.secret) }
	u.focus = s.name
	body := container.NewGridWithColumns(2, // side by side, so both show above the keyboard
		container.NewVBox(widget.NewLabel(u.tr.T("staff.user")), s.name),
		container.NewVBox(widget.NewLabel(u.tr.T("staff.secret")), s.secret))
	return u.page(u.tr.T("staff.title"), withAction(u.scroller(body), s.problem, s.signIn))
}

// signOut ends the staff session and gives the kiosk back to citizens.
func (u *UI) signOut() {
	u.staff = nil
	u.GoHome()
}

// allowed shows a denial in place of a screen the role may not open.
func (u *UI) allowed(a staff.Action, open screen) screen {
	return func() fyne.CanvasObject {
		if err := staff.Can(u.staff.user.Role, a); err != nil {
			return u.page(u.tr.T("staff.denied"), paragraph(kiosk.ErrorMessage(err, u.tr.Lang())))
		}
		return open()
	}
}

func (u *UI) staffHome() fyne.CanvasObject {
	s := u.staff
	u.settingsForm = nil // Back from the settings drops what was not saved
	s.menu = map[string]*tile{
		"requests": u.row(u.tr.T("staff.requests"), u.tr.T("staff.requests.desc"), func() {
			s.inbox = nil // read anew each time the inbox opens
			u.show(u.allowed(staff.HandleRequests, u.inboxScreen))
		}),
		"reports": u.row(u.tr.T("staff.reports"), u.tr.T("staff.reports.desc"), func() {
			s.report = nil // read anew each time the reports open
			u.show(u.allowed(staff.ReadReports, u.staffReports))
		}),
		"content":  u.row(u.tr.T("staff.content"), u.tr.T("staff.content.desc"), func() { u.show(u.allowed(staff.EditContent, u.staffContent)) }),
		"settings": u.row(u.tr.T("settings.title"), u.tr.T("settings.desc"), func() { u.show(u.allowed(staff.ChangeSettings, u.settingsScreen)) }),
		"signout":  u.row(u.tr.T("staff.signout"), s.user.Username, u.signOut),
	}
	list := container.NewVBox()
	if u.StaffWarnings != nil { // they may ask the central database: not on the UI goroutine
		warnings := container.NewVBox()
		list.Add(warnings)
		var found []kiosk.Text
		u.background(func() { found = u.StaffWarnings() }, func() {
			for _, w := range found {
				warning := paragraph("⚠ " + u.tr.Text(w))
				warning.Importance = widget.DangerImportance
				warnings.Add(warning)
			}
		})
	}
	for _, k := range []string{"requests", "reports", "content", "settings", "signout"} {
		list.Add(s.menu[k])
	}
	title := u.tr.T("staff.home", map[string]any{"User": s.user.Username, "Role": string(s.user.Role)})
	return u.page(title, u.scroller(list))
}

// dueOrder sorts requests: open ones (not closed, not annulled) first, the overdue and nearest deadline first.
func dueOrder(rs []kiosk.Request) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Open() != b.Open() {
			return a.Open()
		}
		return a.Deadline.Before(b.Deadline)
	})
}

func (u *UI) inboxScreen() fyne.CanvasObject {
	s := u.staff
	if s.inbox == nil { // a central database may be slow: the screen shows now, the list when it comes
		var all []kiosk.Request
		var err error
		ready := u.load(func() { all, err = u.Requests.Store.Requests() }, func() {
			if err != nil {
				u.Log.Error("reading requests", "err", err)
			}
			s.inbox, s.inboxErr = append([]kiosk.Request{}, all...), err
		})
		if !ready {
			return u.page(u.tr.T("staff.requests"), paragraph(u.tr.T("staff.loading")))
		}
	}
	all := append([]kiosk.Request{}, s.inbox...)
	dueOrder(all)
	today := hours.Today(u.Now())
	filters := container.NewGridWithColumns(4)
	for _, st := range append([]kiosk.Status{""}, kiosk.Statuses...) {
		label := u.tr.T("staff.open")
		if st != "" {
			label = u.tr.T("staff.filter." + string(st))
		}
		b := u.button(label, nil, func() { s.filter = st; u.render() })
		if s.filter == st {
			b.Importance = widget.HighImportance
		}
		filters.Add(b)
	}
	overdue := u.button(u.tr.T("staff.overdue"), theme.CheckButtonIcon(), func() { s.overdue = !s.overdue; u.render() })
	if s.overdue {
		overdue.Icon, overdue.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
	}
	search := u.entry()
	search.SetPlaceHolder(u.tr.T("staff.search"))
	setEntry(search, s.query)
	search.OnSubmitted = func(q string) { s.query = q; u.render() }
	s.rows = map[string]*tile{}
	list := container.NewVBox()
	for _, r := range all {
		late := r.Open() && r.Deadline.Before(today)
		switch {
		case s.filter == "" && !r.Open(), s.filter != "" && r.Status != s.filter, s.overdue && !late:
			continue
		case s.query != "" && !matchesQuery(r, s.query):
			continue
		}
		kind, _ := u.content.Kind(r.Kind)
		desc := u.tr.Text(r.Status.Label()) + " · " + u.tr.T("status.deadline") + " " + i18n.ShortDate(r.Deadline)
		colour := fyne.ThemeColorName("")
		switch {
		case r.Annulment() != nil:
			desc, colour = u.tr.T("register.annulled.short")+" · "+desc, theme.ColorNameError
		case late:
			desc, colour = u.tr.T("staff.late")+" · "+desc, theme.ColorNameError
		case r.Open() && r.Deadline.Before(today.AddDays(6)):
			colour = theme.ColorNameWarning
		}
		row := u.row(r.Protocol.String()+" · "+u.tr.Text(kind.Label), desc, func() {
			s.detail, s.detailFor, s.detailNote = r, "", ""
			u.show(u.requestDetail)
		})
		row.SetDesc(desc, colour)
		s.rows[r.Code] = row
		list.Add(row)
	}
	if len(s.rows) == 0 {
		list.Add(paragraph(u.tr.T("list.empty")))
	}
	if s.inboxErr != nil {
		list.Add(paragraph(kiosk.ErrorMessage(s.inboxErr, u.tr.Lang())))
	}
	top := container.NewVBox(filters, container.NewBorder(nil, nil, nil, overdue, search))
	return u.page(u.tr.T("staff.requests"), container.NewBorder(top, nil, nil, nil, u.scroller(list)))
}

// matchesQuery finds a request by its protocol number or its code, as typed.
func matchesQuery(r kiosk.Request, q string) bool {
	q = strings.TrimSpace(q)
	if strings.Contains(r.Protocol.String(), q) {
		return true
	}
	code, err := ticket.Parse(q)
	return err == nil && code == r.Code
}

func (u *UI) requestDetail() fyne.CanvasObject {
	s := u.staff
	s.annulF = nil                                // Back from the annulment drops what was not confirmed
	s.public, s.internal, s.reply = nil, nil, nil // and from a status change what was not saved
	code := s.detail.Code
	var r kiosk.Request
	var err error
	if s.detailFor != code && !u.load(func() { r, err = u.Requests.Store.RequestByCode(code) }, func() {
		if err == nil {
			s.detail = r
		}
		s.detailErr, s.detailFor = err, code
	}) {
		return u.page(s.detail.Protocol.String(), paragraph(u.tr.T("staff.loading")))
	}
	if s.detailErr != nil {
		return u.page(u.tr.T("staff.requests"), paragraph(kiosk.ErrorMessage(s.detailErr, u.tr.Lang())))
	}
	r = s.detail
	tr := u.tr
	kind, _ := u.content.Kind(r.Kind)
	office := r.Office
	if o, ok := u.content.Office(r.Office); ok {
		office = tr.Text(o.Name)
	}
	status := tr.Text(r.Status.Label())
	if r.Outcome != "" {
		status += ": " + tr.Text(r.Outcome.Label())
	}
	rows := container.NewVBox()
	if s.detailNote != "" {
		note := paragraph(s.detailNote)
		note.Importance = widget.DangerImportance
		rows.Add(note)
	}
	annulled := u.registrationRows(rows, r)
	for _, f := range [][2]string{
		{tr.T("status.kind"), tr.Text(kind.Label)},
		{tr.T("status.protocol"), tr.Text(r.ProtocolLabel())},
		{tr.T("staff.code"), ticket.Format(r.Code)},
		{tr.T("status.registered"), i18n.ShortDate(hours.Today(r.Registered)) + " " + i18n.Clock(r.Registered.In(hours.Rome))},
		{tr.T("status.office"), office},
		{tr.T("status.status"), status},
		{tr.T("status.deadline"), i18n.LongDate(r.Deadline, tr.Lang())},
		{tr.T("request.contact.name"), r.Name},
		{tr.T("request.contact.email"), r.Email},
		{tr.T("request.contact.phone"), r.Phone},
		{tr.T("request.summary.text"), r.Text},
	} {
		if f[1] != "" {
			rows.Add(field(f[0], f[1]))
		}
	}
	rows.Add(widget.NewLabelWithStyle(tr.T("status.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for i := len(r.History) - 1; i >= 0; i-- {
		e := r.History[i]
		text := tr.Text(e.Status.Label())
		for _, n := range []string{e.PublicNote, e.InternalNote} {
			if n != "" {
				text += "\n" + n
			}
		}
		rows.Add(field(i18n.ShortDate(hours.Today(e.At)), text))
	}
	s.moves = map[kiosk.Status]*widget.Button{}
	moves := container.NewGridWithColumns(3)
	for _, to := range kiosk.Statuses {
		if annulled || kiosk.CheckTransition(r.Status, to, firstOutcome(to)) != nil {
			continue
		}
		b := u.button(tr.Text(to.Label()), nil, func() {
			s.outcome = firstOutcome(to)
			u.show(u.statusChange(to))
		})
		s.moves[to] = b
		moves.Add(b)
	}
	printed := paragraph("")
	reprint := u.button(tr.T("staff.reprint"), theme.DocumentPrintIcon(), func() {
		pdf, err := ticket.PDF(requests.TicketFor(r, u.content))
		printed.SetText(tr.T("doc.printing"))
		u.background(func() {
			if err == nil {
				err = u.Printer.Print(r.Protocol.String(), pdf)
			}
		}, func() {
			if err != nil {
				u.Log.Warn("reprinting a ticket", "protocol", r.Protocol.String(), "err", err)
				printed.SetText(tr.T("staff.reprint.failed"))
				return
			}
			printed.SetText(tr.T("staff.reprint.done"))
		})
	})
	actions := container.NewVBox(moves, printed, reprint)
	if s.annul = nil; !annulled && u.Register != nil && staff.Can(s.user.Role, staff.AnnulRegister) == nil && !r.Protocol.Provisional() {
		s.annul = u.button(tr.T("register.annul"), theme.CancelIcon(), func() { u.show(u.annulScreen) })
		s.annul.Importance = widget.DangerImportance
		actions.Add(s.annul)
	}
	if annulled {
		actions = container.NewVBox()
	}
	return u.page(r.Protocol.String(), container.NewBorder(nil, actions, nil, nil, u.scroller(rows)))
}

// firstOutcome is the outcome a status change starts with: the first it allows.
func firstOutcome(to kiosk.Status) kiosk.Outcome {
	if o := kiosk.Outcomes(to); len(o) > 0 {
		return o[0]
	}
	return ""
}

// statusChange asks the outcome, the public note and the internal note of a change.
func (u *UI) statusChange(to kiosk.Status) screen {
	return func() fyne.CanvasObject {
		s := u.staff
		tr := u.tr
		body := container.NewVBox()
		s.outcomes = map[kiosk.Outcome]*widget.Button{}
		if outs := kiosk.Outcomes(to); len(outs) > 0 {
			grid := container.NewGridWithColumns(2)
			for _, o := range outs {
				b := u.button(tr.Text(o.Label()), nil, func() { s.outcome = o; u.render() })
				if s.outcome == o {
					b.Importance = widget.HighImportance
				}
				s.outcomes[o] = b
				grid.Add(b)
			}
			body.Add(widget.NewLabel(tr.T("staff.outcome")))
			body.Add(grid)
		}
		if s.public == nil {
			s.public, s.internal, s.reply = u.multiLineEntry(), u.multiLineEntry(), u.multiLineEntry()
		}
		if to == kiosk.StatusConcluded {
			body.Add(widget.NewLabel(tr.T("staff.reply")))
			body.Add(container.New(&minHeight{200}, s.reply))
		}
		body.Add(widget.NewLabel(tr.T("staff.public")))
		body.Add(container.New(&minHeight{120}, s.public))
		body.Add(widget.NewLabel(tr.T("staff.internal")))
		body.Add(container.New(&minHeight{120}, s.internal))
		problem := problemLabel()
		s.save = u.primary(tr.T("staff.save"), func() {
			if s.saving {
				return
			}
			s.saving = true
			code, who, outcome, public, internal, reply := s.detail.Code, s.user.Username, s.outcome, s.public.Text, s.internal.Text, s.reply.Text
			withReply := to == kiosk.StatusConcluded && strings.TrimSpace(reply) != ""
			depth := len(u.stack)
			s.save.Disable()
			problem.Importance = widget.MediumImportance
			problem.SetText(tr.T("edit.working"))
			var err, printErr error
			u.background(func() { // the central database and CUPS may be slow
				if !withReply {
					_, err = u.Requests.SetStatus(code, who, to, outcome, public, internal)
					return
				}
				var r kiosk.Reply
				var letter []byte
				if _, r, letter, err = u.Requests.Reply(code, who, outcome, reply); err == nil {
					if printErr = u.Direct.Print(r.Protocol.String(), letter); printErr != nil {
						u.Log.Warn("printing a reply letter", "protocol", r.Protocol.String(), "err", printErr)
					}
				}
			}, func() {
				s.saving = false
				if u.staff != s || len(u.stack) != depth {
					return // signed out, or on another screen, meanwhile
				}
				s.save.Enable()
				problem.Importance = widget.DangerImportance
				if err != nil {
					problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
					return
				}
				s.detailNote = ""
				if printErr != nil {
					s.detailNote = tr.T("staff.letter.notprinted")
				}
				s.public, s.internal, s.reply = nil, nil, nil
				s.detailFor, s.inbox = "", nil // changed: read anew
				u.back()
			})
		})
		return u.page(tr.T("staff.change", map[string]any{"S": tr.Text(to.Label())}), withAction(u.scroller(body), problem, s.save))
	}
}

// reportData is what the reports screen shows of a period.
type reportData struct {
	days   int
	rep    report.Report
	alerts []kiosk.Alert
	err    error
}

// reportPeriods are the periods the reports screen offers, in days.
var reportPeriods = []int{30, 90, 365}

// staffReports shows the satisfaction of a period with charts, its export,
// and the alerts to acknowledge.
func (u *UI) staffReports() fyne.CanvasObject {
	s := u.staff
	tr := u.tr
	if s.days == 0 {
		s.days = reportPeriods[0]
	}
	today := hours.Today(u.Now())
	if s.report == nil || s.report.days != s.days { // the central database may be slow: the figures come when they come
		var rep report.Report
		var alerts []kiosk.Alert
		var err error
		days := s.days
		if !u.load(func() {
			rep, err = report.Ratings(u.Ratings.Store, kiosk.RatingQuery{From: today.AddDays(1 - days), To: today})
			if err == nil {
				alerts, err = u.Ratings.Store.Alerts()
			}
		}, func() { s.report = &reportData{days: days, rep: rep, alerts: alerts, err: err} }) {
			return u.page(tr.T("staff.reports"), paragraph(tr.T("staff.loading")))
		}
	}
	rep, alerts, err := s.report.rep, s.report.alerts, s.report.err
	rows := container.NewVBox()
	periods := container.NewGridWithColumns(len(reportPeriods))
	s.periods = map[int]*widget.Button{}
	for _, d := range reportPeriods {
		b := u.button(tr.T("staff.days", map[string]any{"N": d}), nil, func() { s.days = d; u.render() })
		if d == s.days {
			b.Importance = widget.HighImportance
		}
		s.periods[d] = b
		periods.Add(b)
	}
	rows.Add(periods)
	if err != nil {
		rows.Add(paragraph(kiosk.ErrorMessage(err, tr.Lang())))
	}
	rows.Add(field(tr.T("staff.period"), i18n.ShortDate(rep.Query.From)+" – "+i18n.ShortDate(rep.Query.To)))
	rows.Add(field(tr.T("staff.total"), strconv.Itoa(rep.Total)))
	rows.Add(field(tr.T("staff.satisfied"), i18n.Decimal(rep.Satisfied, tr.Lang())))
	rows.Add(field(tr.T("staff.score"), i18n.Decimal(rep.Score, tr.Lang())+" / 100"))
	rows.Add(u.reportCharts(rep))
	s.export = map[string]*widget.Button{}
	office := u.content.Organization.Office.It
	for _, format := range []string{"csv", "pdf"} {
		s.export[format] = u.button(tr.T("staff.export."+format), theme.DownloadIcon(), func() {
			u.show(u.exportScreen(tr.T("staff.export."+format), func(dir string) (string, error) { return u.writeReport(rep, office, format, dir) }))
		})
	}
	rows.Add(container.NewGridWithColumns(2, s.export["csv"], s.export["pdf"]))
	rows.Add(widget.NewLabelWithStyle(tr.T("staff.alerts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	s.alerts = map[int64]*widget.Button{}
	for _, a := range alerts {
		office := a.Office
		if o, ok := u.content.Office(a.Office); ok {
			office = tr.Text(o.Name)
		}
		text := tr.T("staff.alert", map[string]any{"Office": office, "N": a.Negative, "Of": a.Window, "D": i18n.ShortDate(hours.Today(a.At))})
		if a.Acknowledged != nil {
			rows.Add(field("✓ "+a.By, text))
			continue
		}
		var b *widget.Button
		b = u.button(tr.T("staff.ack"), theme.ConfirmIcon(), func() {
			b.Disable()
			var err error
			u.background(func() { err = u.Ratings.Store.AcknowledgeAlert(a.ID, s.user.Username, u.Now()) }, func() {
				if err != nil {
					u.Log.Warn("acknowledging an alert", "err", err)
				}
				s.report = nil // read anew
				u.render()
			})
		})
		s.alerts[a.ID] = b
		rows.Add(container.NewBorder(nil, nil, nil, b, paragraph(text)))
	}
	return u.page(tr.T("staff.reports"), u.scroller(rows))
}

// reportCharts draws the ratings by value, the reasons given and the weekly score.
func (u *UI) reportCharts(rep report.Report) fyne.CanvasObject {
	tr := u.tr
	peak := 1
	for _, v := range rep.Counts {
		peak = max(peak, v.Count)
	}
	var values, reasons, weeks []bar
	for _, v := range rep.Counts {
		values = append(values, bar{tr.Text(report.ValueLabel(v.Scale, v.Value)), float32(v.Count) / float32(peak), strconv.Itoa(v.Count), toneColours[report.Tone(v.Scale, v.Value)]})
	}
	peak = 1
	for _, m := range rep.Reasons {
		peak = max(peak, m.Count)
	}
	for _, m := range rep.Reasons {
		reasons = append(reasons, bar{tr.Text(report.ReasonLabel(m.Reason)), float32(m.Count) / float32(peak), strconv.Itoa(m.Count), theme.ColorNameError})
	}
	for _, w := range rep.Weeks {
		value := "—"
		if w.Count > 0 {
			value = i18n.Decimal(w.Score, tr.Lang())
		}
		weeks = append(weeks, bar{tr.T("staff.week", map[string]any{"D": i18n.ShortDate(w.Start)}), float32(w.Score / 100), value, theme.ColorNamePrimary})
	}
	charts := container.NewVBox(u.barChart(tr.T("staff.chart.values"), values))
	if len(reasons) > 0 {
		charts.Add(u.barChart(tr.T("staff.chart.reasons"), reasons))
	}
	charts.Add(u.barChart(tr.T("staff.chart.weeks"), weeks))
	return charts
}

// writeReport writes the report as CSV or PDF into dir.
// It runs off the UI goroutine: office is the content's office, read before.
func (u *UI) writeReport(rep report.Report, office, format, dir string) (string, error) {
	name := filepath.Join(dir, fmt.Sprintf("valutazioni-%s-%s.%s", rep.Query.From, rep.Query.To, format))
	var data []byte
	var err error
	if format == "pdf" {
		data, err = report.PDF(rep, office)
	} else {
		var b bytes.Buffer
		err = report.CSV(rep, &b)
		data = b.Bytes()
	}
	if err != nil {
		return "", kiosk.Wrap(err)
	}
	return name, media.WriteFile(name, data)
}
