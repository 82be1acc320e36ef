package staffmode

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/register"
)

// annulForm asks an admin the reason and the authorising act of an
// annulment (art. 54 DPR 445/2000); what is typed stays while the screen
// is rebuilt.
type annulForm struct {
	reason  *kit.Entry
	act     *kit.Entry
	confirm *kit.Button
	problem *widget.Label
	busy    bool // the annulment is under way: a second tap does nothing
}

// annulmentRows adds ANNULLATO to rows, with its date, operator, reason and
// act, when r's registration was annulled; it reports whether it was.
func (u *detailScreen) annulmentRows(rows *fyne.Container, r kiosk.Request) bool {
	a := r.Annulment()
	if a == nil {
		return false
	}
	tr := u.Tr
	at := a.At.In(hours.Rome)
	banner := widget.NewLabelWithStyle(tr.T("register.annulled", map[string]any{"D": i18n.ShortDate(hours.Today(at)) + " " + i18n.Clock(at), "Who": a.Who}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	banner.Importance, banner.Wrapping = widget.DangerImportance, fyne.TextWrapWord
	rows.Add(banner)
	rows.Add(kit.Field(tr.T("register.reason"), a.Reason))
	rows.Add(kit.Field(tr.T("register.act"), a.Act))
	return true
}

// registrationRows adds what the register holds of r's registration to
// rows: the segnatura, sender, recipient, subject, fingerprint and the
// emergency number.
func (u *detailScreen) registrationRows(rows *fyne.Container, r kiosk.Request) {
	if r.Registration == nil {
		return
	}
	g := *r.Registration
	tr := u.Tr
	for _, f := range [][2]string{
		{tr.T("register.segnatura"), g.Segnatura(hours.Rome)},
		{tr.T("register.sender"), g.Sender},
		{tr.T("register.recipient"), g.Recipient},
		{tr.T("register.subject"), g.Subject},
		{tr.T("register.emergency"), g.Emergency},
		{tr.T("register.fingerprint"), g.SHA256},
	} {
		if f[1] != "" {
			rows.Add(kit.Field(f[0], f[1]))
		}
	}
}

// annulScreen annuls the registration of the request shown, once the
// admin gives the reason and the act; nothing changes otherwise.
func (u *detailScreen) annulScreen() fyne.CanvasObject {
	s := u
	tr := u.Tr
	r := s.req
	if s.annulF == nil {
		s.annulF = &annulForm{reason: u.NewMultiLineEntry(), act: u.NewEntry()}
	}
	f := s.annulF
	f.act.SetPlaceHolder(tr.T("register.act.example"))
	f.problem = kit.ProblemLabel()
	f.confirm = u.Primary(tr.T("register.annul.confirm"), func() {
		if f.busy {
			return
		}
		f.busy = true
		a := kiosk.Annul{Protocol: r.Protocol, Who: u.s.user.Username, Reason: strings.TrimSpace(f.reason.Text),
			Act: strings.TrimSpace(f.act.Text), At: u.Now()}
		role, depth := u.s.user.Role, u.Depth()
		f.confirm.Disable()
		f.problem.SetText(tr.T("register.working"))
		var err error
		u.Background(func() { _, err = register.Annul(u.register, role, a) }, func() {
			f.busy = false
			if u.s.ended || u.Depth() != depth {
				return // signed out, or on another screen, meanwhile
			}
			f.confirm.Enable()
			if err != nil {
				f.problem.SetText(kiosk.ErrorMessage(err, tr.Lang()))
				return
			}
			s.annulF, s.readFor = nil, "" // changed: read anew
			u.changed()
			u.Back()
		})
	})
	body := container.NewVBox(
		kit.Paragraph(tr.T("register.annul.hint", map[string]any{"P": r.Protocol.String()})),
		widget.NewLabel(tr.T("register.reason")),
		container.New(&kit.MinHeight{Height: 120}, f.reason),
		widget.NewLabel(tr.T("register.act")),
		f.act,
	)
	u.Focus = f.reason
	return u.Page(tr.T("register.annul.title", map[string]any{"P": r.Protocol.String()}), kit.WithAction(u.Scroller(body), f.problem, f.confirm))
}
