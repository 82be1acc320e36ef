package staffmode

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/printer"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/ticket"
)

// detailScreen is one request as staff see it: what the citizen sees, the
// contacts and the text, the history with internal notes, the moves its
// status may make, a reprint of the ticket and, for an admin, the
// annulment of its registration.
type detailScreen struct {
	*kit.Shell
	s        *session
	desk     RequestDesk
	printer  printer.Printer // tickets reprinted
	direct   printer.Printer // reply letters: printed now or the screen says not
	register RegisterDesk    // nil: no annulment here
	access   AccessDesk      // an access request's clocks and notes
	changed  func()          // a request changed: the inbox reads anew

	req      kiosk.Request
	readFor  string            // the code whose detail was read; "" to read it again
	note     string            // what the last change left to say (a letter not printed)
	saved    kiosk.StatusEvent // the last change saved, said on the detail; zero for none
	err      error
	moves    map[kiosk.Status]*kit.Button
	outcome  kiosk.Outcome
	outcomes map[kiosk.Outcome]*kit.Button
	public   *kit.Entry
	internal *kit.Entry
	reply    *kit.Entry // a written reply, registered as outgoing
	save     *kit.Button
	saving   bool        // a status change is being saved: a second Salva does nothing
	annul    *kit.Button // on the detail of a registration an admin may annul
	annulF   *annulForm
	accessF  *accessForm // the access register's notes, or a riesame, being written
}

func newDetail(shell *kit.Shell, s *session, desk RequestDesk, tickets, letters printer.Printer, register RegisterDesk) *detailScreen {
	return &detailScreen{Shell: shell, s: s, desk: desk, access: desk, printer: tickets, direct: letters, register: register}
}

// open shows the detail of r, read anew.
func (u *detailScreen) open(r kiosk.Request) {
	u.req, u.readFor, u.note, u.saved = r, "", "", kiosk.StatusEvent{}
	u.Show(u.screen)
}

func (u *detailScreen) screen() fyne.CanvasObject {
	s := u
	s.annulF = nil                                // Back from the annulment drops what was not confirmed
	s.public, s.internal, s.reply = nil, nil, nil // and from a status change what was not saved
	code := s.req.Code
	var r kiosk.Request
	var err error
	if s.readFor != code && !u.Load(func() { r, err = u.desk.Request(code) }, func() {
		if err == nil {
			s.req = r
		}
		s.err, s.readFor = err, code
	}) {
		return u.Page(s.req.Protocol.String(), kit.Paragraph(u.Tr.T("staff.loading")))
	}
	if s.err != nil {
		return u.Page(u.Tr.T("staff.requests"), kit.Paragraph(kiosk.ErrorMessage(s.err, u.Tr.Lang())))
	}
	r = s.req
	tr := u.Tr
	rows := container.NewVBox()
	u.feedbackRows(rows)
	annulled := u.annulmentRows(rows, r)
	if r.Text != "" { // what the citizen wrote first, then the facts
		rows.Add(widget.NewLabelWithStyle(tr.T("request.summary.text"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		rows.Add(kit.Paragraph(r.Text))
		rows.Add(widget.NewSeparator())
	}
	u.registrationRows(rows, r)
	today, cal := hours.Today(u.Now()), hours.AdministrationCalendar(u.Content.Closures)
	view := requests.View(requests.WithClocks(requests.PublicFacts(r, u.Content), r, today, cal), u.Catalog, tr.Lang()) // what the citizen sees, then what only staff do
	facts := append(view.Fields[:2:2], requests.Field{Label: tr.T("staff.code"), Value: ticket.Format(r.Code)})
	facts = append(facts, view.Fields[2:]...)
	for _, f := range append(facts,
		requests.Field{Label: tr.T("request.contact.name"), Value: r.Name},
		requests.Field{Label: tr.T("request.contact.email"), Value: r.Email},
		requests.Field{Label: tr.T("request.contact.phone"), Value: r.Phone}) {
		if f.Value != "" {
			rows.Add(kit.Field(f.Label, f.Value))
		}
	}
	u.accessRows(rows, r)
	if view.Remedy != "" {
		rows.Add(kit.Paragraph(view.Remedy))
	}
	u.historyRows(rows, r)
	s.moves = map[kiosk.Status]*kit.Button{}
	moves := container.NewGridWithColumns(3)
	for _, to := range kiosk.Statuses {
		if annulled || kiosk.CheckTransition(r.Status, to, firstOutcome(to)) != nil {
			continue
		}
		b := u.Button(tr.Text(to.Label()), nil, func() {
			s.outcome = "" // staff choose the outcome: none is taken for them
			u.Show(u.statusChange(to))
		})
		s.moves[to] = b
		moves.Add(b)
	}
	printed, reprint := u.reprintButton(r)
	others := container.NewGridWithColumns(1, reprint) // side by side with the annulment: the detail keeps its room
	if s.annul = nil; !annulled && u.register != nil && staff.Can(u.s.user.Role, staff.AnnulRegister) == nil && !r.Protocol.Provisional() {
		s.annul = u.Button(tr.T("register.annul"), theme.CancelIcon(), func() { u.Show(u.annulScreen) })
		s.annul.Importance = widget.DangerImportance
		others = container.NewGridWithColumns(2, reprint, s.annul)
	}
	actions := container.NewVBox(moves, printed, others)
	if access := u.accessActions(r); access != nil && !annulled {
		actions.Add(access)
	}
	if annulled {
		actions = container.NewVBox()
	}
	return u.Page(r.Protocol.String(), container.NewBorder(nil, actions, nil, nil, u.Scroller(rows)))
}

// historyRows add the request's history as the citizen's view writes it,
// newest first, with the internal notes.
func (u *detailScreen) historyRows(rows *fyne.Container, r kiosk.Request) {
	tr := u.Tr
	rows.Add(widget.NewLabelWithStyle(tr.T("status.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for i := len(r.History) - 1; i >= 0; i-- { // as the citizen's view writes it, with the internal notes
		e := r.History[i]
		text := tr.Text(requests.StatusLabel(e.Status, e.Outcome))
		if e.Clock != "" {
			text = tr.T("status.clock." + string(e.Clock))
		}
		for _, n := range []string{e.PublicNote, e.InternalNote} {
			if n != "" {
				text += "\n" + n
			}
		}
		rows.Add(kit.Field(i18n.ShortDate(hours.Today(e.At)), text))
	}
}

// feedbackRows say what the last status change did: saved, and a reply
// letter that could not be printed.
func (u *detailScreen) feedbackRows(rows *fyne.Container) {
	if u.saved.Status != "" {
		saved := kit.Paragraph("✓ " + u.Tr.T("staff.saved", map[string]any{"S": u.Tr.Text(requests.StatusLabel(u.saved.Status, u.saved.Outcome))}))
		saved.Importance, saved.TextStyle.Bold = widget.SuccessImportance, true
		rows.Add(saved)
	}
	if u.note != "" {
		note := kit.Paragraph(u.note)
		note.Importance = widget.DangerImportance
		rows.Add(note)
	}
}

// reprintButton prints r's ticket again; printed says how it went.
func (u *detailScreen) reprintButton(r kiosk.Request) (printed *widget.Label, reprint *kit.Button) {
	tr := u.Tr
	printed = kit.Paragraph("")
	printed.Hide() // no room taken until there is something to say
	reprint = u.Button(tr.T("staff.reprint"), theme.DocumentPrintIcon(), func() {
		pdf, err := ticket.PDF(requests.TicketFor(r, u.Content))
		printed.SetText(tr.T("doc.printing"))
		printed.Show()
		u.Background(func() {
			if err == nil {
				err = u.printer.Print(r.Protocol.String(), pdf)
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
	return printed, reprint
}

// firstOutcome is the outcome a status change starts with: the first it allows.
func firstOutcome(to kiosk.Status) kiosk.Outcome {
	if o := kiosk.Outcomes(to); len(o) > 0 {
		return o[0]
	}
	return ""
}

// statusChange asks the outcome, the public note and the internal note of a change.
func (u *detailScreen) statusChange(to kiosk.Status) kit.Screen {
	return func() fyne.CanvasObject {
		s := u
		tr := u.Tr
		body := container.NewVBox()
		s.outcomes = map[kiosk.Outcome]*kit.Button{}
		if outs := kiosk.Outcomes(to); len(outs) > 0 {
			grid := container.NewGridWithColumns(2)
			for _, o := range outs {
				b := u.Button(capitalized(tr.Text(o.Label())), nil, func() { s.outcome = o; u.Render() })
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
		s.save = u.Primary(tr.T("staff.save"), func() { u.saveChange(to, problem) })
		return u.Page(tr.T("staff.change", map[string]any{"S": tr.Text(to.Label())}), kit.WithAction(u.Scroller(body), problem, s.save))
	}
}

// saveChange saves the status change to to, with the outcome and notes
// typed, off the UI goroutine; problem says what went wrong. A change that
// needs an outcome and has none saves nothing and asks for one.
func (u *detailScreen) saveChange(to kiosk.Status, problem *widget.Label) {
	s, tr := u, u.Tr
	if s.saving {
		return
	}
	if len(kiosk.Outcomes(to)) > 0 && s.outcome == "" {
		problem.Importance = widget.DangerImportance
		problem.SetText(tr.T("staff.outcome.choose"))
		return
	}
	s.saving = true
	code, who, outcome, public, internal, reply := s.req.Code, u.s.user.Username, s.outcome, s.public.Text, s.internal.Text, s.reply.Text
	withReply := to == kiosk.StatusConcluded && strings.TrimSpace(reply) != ""
	depth := u.Depth()
	s.save.Disable()
	problem.Importance = widget.MediumImportance
	problem.SetText(tr.T("edit.working"))
	var err, printErr error
	u.Background(func() { // the central database and CUPS may be slow
		if !withReply {
			_, err = u.desk.SetStatus(code, who, to, outcome, public, internal)
			return
		}
		var r kiosk.Reply
		var letter []byte
		if _, r, letter, err = u.desk.Reply(code, who, outcome, reply); err == nil {
			if printErr = u.direct.Print(r.Protocol.String(), letter); printErr != nil {
				u.Log.Warn("printing a reply letter", "protocol", r.Protocol.String(), "err", printErr)
			}
		}
	}, func() {
		s.saving = false
		if u.s.ended || u.Depth() != depth {
			return // signed out, or on another screen, meanwhile
		}
		s.save.Enable()
		problem.Importance = widget.DangerImportance
		if err != nil {
			problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
			return
		}
		s.note, s.saved = "", kiosk.StatusEvent{Status: to, Outcome: outcome}
		if printErr != nil {
			s.note = tr.T("staff.letter.notprinted")
		}
		s.public, s.internal, s.reply = nil, nil, nil
		s.readFor = "" // changed: read anew
		u.changed()
		u.Back()
	})
}

// capitalized is a label as a button shows it: its first letter capital
// ("Accolta"), where a sentence has it small ("conclusa: accolta").
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
