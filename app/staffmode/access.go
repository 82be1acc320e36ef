package staffmode

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// AccessDesk is what staff do to an access request: its legal clocks, a
// riesame filed on the citizen's behalf, and its line in the access register.
type AccessDesk interface {
	NotifyCounterParties(code, who string) (kiosk.Request, error)
	GrantOverOpposition(code, who string) (kiosk.Request, error)
	RequestReview(firstCode, who string, d requests.Draft) (kiosk.Request, error)
	SetAccessNotes(code, who, summary, reason string) (kiosk.Request, error)
}

// accessForm is the form of the access register's notes, or of a riesame.
type accessForm struct {
	summary, reason, text *kit.Entry
	problem               *widget.Label
	save                  *kit.Button
	busy                  bool
}

// accessRows add what staff see of an access request's clocks: when the
// counter-interested parties were told, and the register's notes.
func (u *detailScreen) accessRows(rows *fyne.Container, r kiosk.Request) {
	tr := u.Tr
	if r.CounterNotified != nil {
		rows.Add(kit.Field(tr.T("staff.access.counter"), i18n.ShortDate(hours.Today(*r.CounterNotified))))
	}
	if r.ReviewOf != "" {
		rows.Add(kit.Field(tr.T("staff.access.reviewof"), r.ReviewOf))
	}
	for _, f := range [][2]string{{tr.T("staff.access.summary"), r.AccessSummary}, {tr.T("staff.access.reason"), r.AccessReason}} {
		if f[1] != "" {
			rows.Add(kit.Field(f[0], f[1]))
		}
	}
}

// accessActions are the buttons of an access request's clocks and notes;
// nil for another kind.
func (u *detailScreen) accessActions(r kiosk.Request) fyne.CanvasObject {
	if !requests.IsAccess(r.Kind) && r.Kind != kiosk.KindReview {
		return nil
	}
	tr, who := u.Tr, u.s.user.Username
	grid := u.Columns(3)
	buttons := container.New(grid)
	add := func(key string, tapped func()) {
		buttons.Add(u.Button(tr.T(key), nil, tapped))
	}
	if requests.HasCounterParties(r.Kind) && r.CounterNotified == nil && r.Open() {
		add("staff.access.notify", func() { u.clock(func() (kiosk.Request, error) { return u.access.NotifyCounterParties(r.Code, who) }) })
	}
	granted := r.Outcome == kiosk.OutcomeAccepted || r.Outcome == kiosk.OutcomePartial
	if r.CounterNotified != nil && granted && r.ReleaseAfter.IsZero() {
		add("staff.access.opposed", func() { u.clock(func() (kiosk.Request, error) { return u.access.GrantOverOpposition(r.Code, who) }) })
	}
	if requests.CheckReview(r, hours.Today(u.Now())) == nil {
		add("staff.access.review", func() { u.Show(u.reviewScreen) })
	}
	add("staff.access.notes.button", func() { u.Show(u.notesScreen) })
	return buttons
}

// clock saves a clock change off the UI goroutine, then shows the detail read anew.
func (u *detailScreen) clock(change func() (kiosk.Request, error)) {
	if u.saving {
		return
	}
	u.saving = true
	var err error
	u.Background(func() { _, err = change() }, func() {
		u.saving = false
		u.err, u.readFor = err, ""
		if err == nil {
			u.changed()
		}
		u.Render()
	})
}

// notesScreen edits what the access register publishes of the request:
// never a name, a contact or the citizen's words.
func (u *detailScreen) notesScreen() fyne.CanvasObject {
	tr, r := u.Tr, u.req
	f := &accessForm{summary: u.NewEntry(), reason: u.NewMultiLineEntry(), problem: kit.ProblemLabel()}
	u.accessF = f
	kit.SetEntry(f.summary, r.AccessSummary)
	kit.SetEntry(f.reason, r.AccessReason)
	f.save = u.Primary(tr.T("staff.save"), func() {
		u.submit(f, func() error {
			_, err := u.access.SetAccessNotes(r.Code, u.s.user.Username, f.summary.Text, f.reason.Text)
			return err
		})
	})
	body := container.NewVBox(kit.Paragraph(tr.T("staff.access.notes.hint")),
		widget.NewLabel(tr.T("staff.access.summary")), f.summary,
		widget.NewLabel(tr.T("staff.access.reason")), container.New(&kit.MinHeight{Height: 120}, f.reason))
	u.Focus = f.summary
	return u.Page(tr.T("staff.access.notes.button"), u.WithAction(u.Scroller(body), f.problem, f.save))
}

// reviewScreen files a riesame on the citizen's behalf (by post, at the
// desk): why, as the citizen gives it.
func (u *detailScreen) reviewScreen() fyne.CanvasObject {
	tr, r := u.Tr, u.req
	f := &accessForm{text: u.NewMultiLineEntry(), problem: kit.ProblemLabel()}
	u.accessF = f
	f.save = u.Primary(tr.T("staff.access.review.file"), func() {
		u.submit(f, func() error {
			_, err := u.access.RequestReview(r.Code, u.s.user.Username, requests.Draft{Text: f.text.Text, PrivacyAccepted: true, Lang: r.Lang})
			return err
		})
	})
	body := container.NewVBox(kit.Paragraph(tr.T("staff.access.review.hint", map[string]any{"P": r.Protocol.String()})),
		container.New(&kit.MinHeight{Height: 200}, f.text))
	u.Focus = f.text
	return u.Page(tr.T("staff.access.review"), u.WithAction(u.Scroller(body), f.problem, f.save))
}

// submit runs a form's save off the UI goroutine; on success it goes back
// to the detail, read anew, else it says what went wrong and keeps the form.
func (u *detailScreen) submit(f *accessForm, save func() error) {
	if f.busy {
		return
	}
	f.busy = true
	f.save.Disable()
	f.problem.SetText(u.Tr.T("edit.working"))
	depth := u.Depth()
	var err error
	u.Background(func() { err = save() }, func() {
		f.busy = false
		if u.s.ended || u.Depth() != depth {
			return // signed out, or on another screen, meanwhile
		}
		f.save.Enable()
		if err != nil {
			f.problem.SetText(kiosk.ErrorMessage(err, u.Tr.Lang()))
			return
		}
		u.readFor = ""
		u.changed()
		u.Back()
	})
}
