package staffmode

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/media"
	"sportello/internal/report"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/ticket"
)

// session holds the staff mode's state and widgets.
type session struct {
	user     *kiosk.Account
	name     *kit.Entry
	secret   *kit.Entry
	signIn   *widget.Button
	problem  *widget.Label
	menu     map[string]*kit.Tile
	filter   kiosk.Status // "" for every open request
	overdue  bool
	query    string
	rows     map[string]*kit.Tile // by canonical code
	detail   kiosk.Request
	moves    map[kiosk.Status]*widget.Button
	outcome  kiosk.Outcome
	outcomes map[kiosk.Outcome]*widget.Button
	public   *kit.Entry
	internal *kit.Entry
	reply    *kit.Entry // a written reply, registered as outgoing
	save     *widget.Button
	alerts   map[int64]*widget.Button

	kinds  map[string]*kit.Tile // the content screen's rows, by list, "import" and "export"
	items  []*kit.Tile          // the items of the list shown
	add    *widget.Button
	edit   *contentEdit
	notice string  // what the last content change did
	picks  []*kit.Tile // files or USB sticks to choose from

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

// OpenSignIn shows the staff sign-in: a long press on the header, Ctrl+Alt+S, or --staff.
func (u *Screens) OpenSignIn() {
	if u.staff == nil {
		u.staff = &session{}
	}
	u.Show(u.signInScreen)
}

func (u *Screens) signInScreen() fyne.CanvasObject {
	s := u.staff
	s.name = u.NewEntry()
	s.name.SetPlaceHolder(u.Tr.T("staff.user"))
	s.secret = u.NewEntry()
	s.secret.Password = true
	s.secret.SetPlaceHolder(u.Tr.T("staff.secret"))
	s.problem = kit.ProblemLabel()
	s.signIn = u.Primary(u.Tr.T("staff.signin"), func() {
		if s.busy {
			return
		}
		s.busy = true
		name, secret := strings.TrimSpace(s.name.Text), s.secret.Text
		s.secret.SetText("")
		s.signIn.Disable()
		s.problem.Importance = widget.MediumImportance
		s.problem.SetText(u.Tr.T("staff.signing"))
		var a kiosk.Account
		var err error
		u.Background(func() { a, err = u.Staff.SignIn(name, secret) }, func() { // bcrypt takes its time, by design
			s.busy = false
			if u.staff != s {
				return // the kiosk went home meanwhile
			}
			s.signIn.Enable()
			s.problem.Importance = widget.DangerImportance
			if err != nil {
				s.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
				return
			}
			s.user = &a
			u.ShowOverFirst(u.staffHome)
		})
	})
	s.secret.OnSubmitted = func(string) { s.signIn.OnTapped() }
	s.name.OnSubmitted = func(string) { u.Win.Canvas().Focus(s.secret) }
	u.Focus = s.name
	body := container.NewGridWithColumns(2, // side by side, so both show above the keyboard
		container.NewVBox(widget.NewLabel(u.Tr.T("staff.user")), s.name),
		container.NewVBox(widget.NewLabel(u.Tr.T("staff.secret")), s.secret))
	return u.Page(u.Tr.T("staff.title"), kit.WithAction(u.Scroller(body), s.problem, s.signIn))
}

// signOut ends the staff session and gives the kiosk back to citizens.
func (u *Screens) signOut() {
	u.staff = nil
	u.GoHome()
}

// allowed shows a denial in place of a screen the role may not open.
func (u *Screens) allowed(a staff.Action, open kit.Screen) kit.Screen {
	return func() fyne.CanvasObject {
		if err := staff.Can(u.staff.user.Role, a); err != nil {
			return u.Page(u.Tr.T("staff.denied"), kit.Paragraph(kiosk.ErrorMessage(err, u.Tr.Lang())))
		}
		return open()
	}
}

func (u *Screens) staffHome() fyne.CanvasObject {
	s := u.staff
	u.settingsForm = nil // Back from the settings drops what was not saved
	s.menu = map[string]*kit.Tile{
		"requests": u.Row(u.Tr.T("staff.requests"), u.Tr.T("staff.requests.desc"), func() {
			s.inbox = nil // read anew each time the inbox opens
			u.Show(u.allowed(staff.HandleRequests, u.inboxScreen))
		}),
		"reports": u.Row(u.Tr.T("staff.reports"), u.Tr.T("staff.reports.desc"), func() {
			s.report = nil // read anew each time the reports open
			u.Show(u.allowed(staff.ReadReports, u.staffReports))
		}),
		"content":  u.Row(u.Tr.T("staff.content"), u.Tr.T("staff.content.desc"), func() { u.Show(u.allowed(staff.EditContent, u.staffContent)) }),
		"settings": u.Row(u.Tr.T("settings.title"), u.Tr.T("settings.desc"), func() { u.Show(u.allowed(staff.ChangeSettings, u.settingsScreen)) }),
		"signout":  u.Row(u.Tr.T("staff.signout"), s.user.Username, u.signOut),
	}
	list := container.NewVBox()
	if u.StaffWarnings != nil { // they may ask the central database: not on the UI goroutine
		warnings := container.NewVBox()
		list.Add(warnings)
		var found []kiosk.Text
		u.Background(func() { found = u.StaffWarnings() }, func() {
			for _, w := range found {
				warning := kit.Paragraph("⚠ " + u.Tr.Text(w))
				warning.Importance = widget.DangerImportance
				warnings.Add(warning)
			}
		})
	}
	for _, k := range []string{"requests", "reports", "content", "settings", "signout"} {
		list.Add(s.menu[k])
	}
	title := u.Tr.T("staff.home", map[string]any{"User": s.user.Username, "Role": string(s.user.Role)})
	return u.Page(title, u.Scroller(list))
}

func (u *Screens) inboxScreen() fyne.CanvasObject {
	s := u.staff
	if s.inbox == nil { // a central database may be slow: the screen shows now, the list when it comes
		var all []kiosk.Request
		var err error
		ready := u.Load(func() { all, err = u.Requests.Inbox() }, func() {
			if err != nil {
				u.Log.Error("reading requests", "err", err)
			}
			s.inbox, s.inboxErr = append([]kiosk.Request{}, all...), err
		})
		if !ready {
			return u.Page(u.Tr.T("staff.requests"), kit.Paragraph(u.Tr.T("staff.loading")))
		}
	}
	all := s.inbox // in the order requests.Inbox gives: open first, nearest deadline first
	today := hours.Today(u.Now())
	filters := container.NewGridWithColumns(4)
	for _, st := range append([]kiosk.Status{""}, kiosk.Statuses...) {
		label := u.Tr.T("staff.open")
		if st != "" {
			label = u.Tr.T("staff.filter." + string(st))
		}
		b := u.Button(label, nil, func() { s.filter = st; u.Render() })
		if s.filter == st {
			b.Importance = widget.HighImportance
		}
		filters.Add(b)
	}
	overdue := u.Button(u.Tr.T("staff.overdue"), theme.CheckButtonIcon(), func() { s.overdue = !s.overdue; u.Render() })
	if s.overdue {
		overdue.Icon, overdue.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
	}
	search := u.NewEntry()
	search.SetPlaceHolder(u.Tr.T("staff.search"))
	kit.SetEntry(search, s.query)
	search.OnSubmitted = func(q string) { s.query = q; u.Render() }
	s.rows = map[string]*kit.Tile{}
	list := container.NewVBox()
	for _, r := range all {
		late := requests.Overdue(r, today)
		switch {
		case s.filter == "" && !r.Open(), s.filter != "" && r.Status != s.filter, s.overdue && !late:
			continue
		case s.query != "" && !requests.Matches(r, s.query):
			continue
		}
		kind, _ := u.Content.Kind(r.Kind)
		desc := u.Tr.Text(r.Status.Label()) + " · " + u.Tr.T("status.deadline") + " " + i18n.ShortDate(r.Deadline)
		colour := fyne.ThemeColorName("")
		switch {
		case r.Annulment() != nil:
			desc, colour = u.Tr.T("register.annulled.short")+" · "+desc, theme.ColorNameError
		case late:
			desc, colour = u.Tr.T("staff.late")+" · "+desc, theme.ColorNameError
		case requests.DueSoon(r, today):
			colour = theme.ColorNameWarning
		}
		row := u.Row(r.Protocol.String()+" · "+u.Tr.Text(kind.Label), desc, func() {
			s.detail, s.detailFor, s.detailNote = r, "", ""
			u.Show(u.requestDetail)
		})
		row.SetDesc(desc, colour)
		s.rows[r.Code] = row
		list.Add(row)
	}
	if len(s.rows) == 0 {
		list.Add(kit.Paragraph(u.Tr.T("list.empty")))
	}
	if s.inboxErr != nil {
		list.Add(kit.Paragraph(kiosk.ErrorMessage(s.inboxErr, u.Tr.Lang())))
	}
	top := container.NewVBox(filters, container.NewBorder(nil, nil, nil, overdue, search))
	return u.Page(u.Tr.T("staff.requests"), container.NewBorder(top, nil, nil, nil, u.Scroller(list)))
}

func (u *Screens) requestDetail() fyne.CanvasObject {
	s := u.staff
	s.annulF = nil                                // Back from the annulment drops what was not confirmed
	s.public, s.internal, s.reply = nil, nil, nil // and from a status change what was not saved
	code := s.detail.Code
	var r kiosk.Request
	var err error
	if s.detailFor != code && !u.Load(func() { r, err = u.Requests.Request(code) }, func() {
		if err == nil {
			s.detail = r
		}
		s.detailErr, s.detailFor = err, code
	}) {
		return u.Page(s.detail.Protocol.String(), kit.Paragraph(u.Tr.T("staff.loading")))
	}
	if s.detailErr != nil {
		return u.Page(u.Tr.T("staff.requests"), kit.Paragraph(kiosk.ErrorMessage(s.detailErr, u.Tr.Lang())))
	}
	r = s.detail
	tr := u.Tr
	kind, _ := u.Content.Kind(r.Kind)
	office := r.Office
	if o, ok := u.Content.Office(r.Office); ok {
		office = tr.Text(o.Name)
	}
	status := tr.Text(r.Status.Label())
	if r.Outcome != "" {
		status += ": " + tr.Text(r.Outcome.Label())
	}
	rows := container.NewVBox()
	if s.detailNote != "" {
		note := kit.Paragraph(s.detailNote)
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
			rows.Add(kit.Field(f[0], f[1]))
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
		rows.Add(kit.Field(i18n.ShortDate(hours.Today(e.At)), text))
	}
	s.moves = map[kiosk.Status]*widget.Button{}
	moves := container.NewGridWithColumns(3)
	for _, to := range kiosk.Statuses {
		if annulled || kiosk.CheckTransition(r.Status, to, firstOutcome(to)) != nil {
			continue
		}
		b := u.Button(tr.Text(to.Label()), nil, func() {
			s.outcome = firstOutcome(to)
			u.Show(u.statusChange(to))
		})
		s.moves[to] = b
		moves.Add(b)
	}
	printed := kit.Paragraph("")
	reprint := u.Button(tr.T("staff.reprint"), theme.DocumentPrintIcon(), func() {
		pdf, err := ticket.PDF(requests.TicketFor(r, u.Content))
		printed.SetText(tr.T("doc.printing"))
		u.Background(func() {
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
		s.annul = u.Button(tr.T("register.annul"), theme.CancelIcon(), func() { u.Show(u.annulScreen) })
		s.annul.Importance = widget.DangerImportance
		actions.Add(s.annul)
	}
	if annulled {
		actions = container.NewVBox()
	}
	return u.Page(r.Protocol.String(), container.NewBorder(nil, actions, nil, nil, u.Scroller(rows)))
}

// firstOutcome is the outcome a status change starts with: the first it allows.
func firstOutcome(to kiosk.Status) kiosk.Outcome {
	if o := kiosk.Outcomes(to); len(o) > 0 {
		return o[0]
	}
	return ""
}

// statusChange asks the outcome, the public note and the internal note of a change.
func (u *Screens) statusChange(to kiosk.Status) kit.Screen {
	return func() fyne.CanvasObject {
		s := u.staff
		tr := u.Tr
		body := container.NewVBox()
		s.outcomes = map[kiosk.Outcome]*widget.Button{}
		if outs := kiosk.Outcomes(to); len(outs) > 0 {
			grid := container.NewGridWithColumns(2)
			for _, o := range outs {
				b := u.Button(tr.Text(o.Label()), nil, func() { s.outcome = o; u.Render() })
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
			s.public, s.internal, s.reply = u.NewMultiLineEntry(), u.NewMultiLineEntry(), u.NewMultiLineEntry()
		}
		if to == kiosk.StatusConcluded {
			body.Add(widget.NewLabel(tr.T("staff.reply")))
			body.Add(container.New(&kit.MinHeight{Height: 200}, s.reply))
		}
		body.Add(widget.NewLabel(tr.T("staff.public")))
		body.Add(container.New(&kit.MinHeight{Height: 120}, s.public))
		body.Add(widget.NewLabel(tr.T("staff.internal")))
		body.Add(container.New(&kit.MinHeight{Height: 120}, s.internal))
		problem := kit.ProblemLabel()
		s.save = u.Primary(tr.T("staff.save"), func() {
			if s.saving {
				return
			}
			s.saving = true
			code, who, outcome, public, internal, reply := s.detail.Code, s.user.Username, s.outcome, s.public.Text, s.internal.Text, s.reply.Text
			withReply := to == kiosk.StatusConcluded && strings.TrimSpace(reply) != ""
			depth := u.Depth()
			s.save.Disable()
			problem.Importance = widget.MediumImportance
			problem.SetText(tr.T("edit.working"))
			var err, printErr error
			u.Background(func() { // the central database and CUPS may be slow
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
				if u.staff != s || u.Depth() != depth {
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
				u.Back()
			})
		})
		return u.Page(tr.T("staff.change", map[string]any{"S": tr.Text(to.Label())}), kit.WithAction(u.Scroller(body), problem, s.save))
	}
}

// reportData is what the reports screen shows of a period.
type reportData struct {
	days   int
	rep    report.Report
	alerts []kiosk.Alert
	err    error
}

// staffReports shows the satisfaction of a period with charts, its export,
// and the alerts to acknowledge.
func (u *Screens) staffReports() fyne.CanvasObject {
	s := u.staff
	tr := u.Tr
	if s.days == 0 {
		s.days = report.Periods[0]
	}
	today := hours.Today(u.Now())
	if s.report == nil || s.report.days != s.days { // the central database may be slow: the figures come when they come
		var rep report.Report
		var alerts []kiosk.Alert
		var err error
		days := s.days
		if !u.Load(func() {
			rep, err = report.Ratings(u.Ratings, report.LastDays(today, days))
			if err == nil {
				alerts, err = u.Ratings.Alerts()
			}
		}, func() { s.report = &reportData{days: days, rep: rep, alerts: alerts, err: err} }) {
			return u.Page(tr.T("staff.reports"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	rep, alerts, err := s.report.rep, s.report.alerts, s.report.err
	rows := container.NewVBox()
	periods := container.NewGridWithColumns(len(report.Periods))
	s.periods = map[int]*widget.Button{}
	for _, d := range report.Periods {
		b := u.Button(tr.T("staff.days", map[string]any{"N": d}), nil, func() { s.days = d; u.Render() })
		if d == s.days {
			b.Importance = widget.HighImportance
		}
		s.periods[d] = b
		periods.Add(b)
	}
	rows.Add(periods)
	if err != nil {
		rows.Add(kit.Paragraph(kiosk.ErrorMessage(err, tr.Lang())))
	}
	rows.Add(kit.Field(tr.T("staff.period"), i18n.ShortDate(rep.Query.From)+" – "+i18n.ShortDate(rep.Query.To)))
	rows.Add(kit.Field(tr.T("staff.total"), strconv.Itoa(rep.Total)))
	rows.Add(kit.Field(tr.T("staff.satisfied"), i18n.Decimal(rep.Satisfied, tr.Lang())))
	rows.Add(kit.Field(tr.T("staff.score"), i18n.Decimal(rep.Score, tr.Lang())+" / 100"))
	rows.Add(u.reportCharts(rep))
	s.export = map[string]*widget.Button{}
	office := u.Content.Organization.Office.It
	for _, format := range []string{"csv", "pdf"} {
		s.export[format] = u.Button(tr.T("staff.export."+format), theme.DownloadIcon(), func() {
			u.Show(u.exportScreen(tr.T("staff.export."+format), func(dir string) (string, error) { return u.writeReport(rep, office, format, dir) }))
		})
	}
	rows.Add(container.NewGridWithColumns(2, s.export["csv"], s.export["pdf"]))
	rows.Add(widget.NewLabelWithStyle(tr.T("staff.alerts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	s.alerts = map[int64]*widget.Button{}
	for _, a := range alerts {
		office := a.Office
		if o, ok := u.Content.Office(a.Office); ok {
			office = tr.Text(o.Name)
		}
		text := tr.T("staff.alert", map[string]any{"Office": office, "N": a.Negative, "Of": a.Window, "D": i18n.ShortDate(hours.Today(a.At))})
		if a.Acknowledged != nil {
			rows.Add(kit.Field("✓ "+a.By, text))
			continue
		}
		var b *widget.Button
		b = u.Button(tr.T("staff.ack"), theme.ConfirmIcon(), func() {
			b.Disable()
			var err error
			u.Background(func() { err = u.Ratings.Acknowledge(a.ID, s.user.Username) }, func() {
				if err != nil {
					u.Log.Warn("acknowledging an alert", "err", err)
				}
				s.report = nil // read anew
				u.Render()
			})
		})
		s.alerts[a.ID] = b
		rows.Add(container.NewBorder(nil, nil, nil, b, kit.Paragraph(text)))
	}
	return u.Page(tr.T("staff.reports"), u.Scroller(rows))
}

// reportCharts draws the ratings by value, the reasons given and the weekly score.
func (u *Screens) reportCharts(rep report.Report) fyne.CanvasObject {
	tr := u.Tr
	peak := 1
	for _, v := range rep.Counts {
		peak = max(peak, v.Count)
	}
	var values, reasons, weeks []kit.Bar
	for _, v := range rep.Counts {
		values = append(values, kit.Bar{tr.Text(report.ValueLabel(v.Scale, v.Value)), float32(v.Count) / float32(peak), strconv.Itoa(v.Count), kit.ToneColours[report.Tone(v.Scale, v.Value)]})
	}
	peak = 1
	for _, m := range rep.Reasons {
		peak = max(peak, m.Count)
	}
	for _, m := range rep.Reasons {
		reasons = append(reasons, kit.Bar{tr.Text(report.ReasonLabel(m.Reason)), float32(m.Count) / float32(peak), strconv.Itoa(m.Count), theme.ColorNameError})
	}
	for _, w := range rep.Weeks {
		value := "—"
		if w.Count > 0 {
			value = i18n.Decimal(w.Score, tr.Lang())
		}
		weeks = append(weeks, kit.Bar{tr.T("staff.week", map[string]any{"D": i18n.ShortDate(w.Start)}), float32(w.Score / 100), value, theme.ColorNamePrimary})
	}
	charts := container.NewVBox(u.BarChart(tr.T("staff.chart.values"), values))
	if len(reasons) > 0 {
		charts.Add(u.BarChart(tr.T("staff.chart.reasons"), reasons))
	}
	charts.Add(u.BarChart(tr.T("staff.chart.weeks"), weeks))
	return charts
}

// writeReport writes the report as CSV or PDF into dir.
// It runs off the UI goroutine: office is the content's office, read before.
func (u *Screens) writeReport(rep report.Report, office, format, dir string) (string, error) {
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
