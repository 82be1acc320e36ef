package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// statusScreen looks a request up by the code a citizen scans or types, and
// shows what anyone holding the code may see.
type statusScreen struct {
	u       *UI
	typed   string // kept across language switches
	code    *kioskEntry
	search  *widget.Button
	problem *widget.Label
	result  *fyne.Container
	found   *requests.Public
	busy    bool // a lookup is under way: a second tap does nothing
}

func (u *UI) statusScreen() fyne.CanvasObject {
	if u.status == nil {
		u.status = &statusScreen{u: u}
	}
	s := u.status
	s.code = u.entry()
	setEntry(s.code, s.typed)
	s.code.SetPlaceHolder(u.tr.T("status.placeholder"))
	s.code.OnChanged = func(t string) { s.typed = t }
	s.code.OnSubmitted = func(string) { s.lookup() } // a scanner ends with Enter
	s.search = u.button(u.tr.T("status.search"), theme.SearchIcon(), s.lookup)
	s.search.Importance = widget.HighImportance
	s.problem = problemLabel()
	s.result = container.NewVBox()
	if s.found != nil {
		s.show(*s.found)
	}
	input := container.NewBorder(nil, nil, nil, s.search, s.code)
	top := container.NewVBox(paragraph(u.tr.T("status.hint")), input, s.problem)
	out := u.page(u.tr.T("status.title"), container.NewBorder(top, nil, nil, nil, u.scroller(s.result)))
	u.focus = s.code
	return out
}

// lookup asks for the status in the background (a central database may be
// slow), saying at once that it searches.
func (s *statusScreen) lookup() {
	u := s.u
	if s.busy {
		return
	}
	s.found = nil
	s.result.RemoveAll()
	err := u.Lookups.Allow()
	if err != nil {
		s.problem.SetText(kiosk.ErrorMessage(err, u.tr.Lang()))
		return
	}
	s.busy = true
	s.search.Disable()
	s.problem.Importance = widget.MediumImportance
	s.problem.SetText(u.tr.T("status.searching"))
	typed := s.code.Text
	var p requests.Public
	u.background(func() { p, err = u.Requests.Status(typed) }, func() {
		s.busy = false
		s.search.Enable()
		s.problem.Importance = widget.DangerImportance
		if err != nil {
			if kiosk.ErrorCode(err) == kiosk.Internal {
				u.Log.Error("status lookup", "err", err)
			}
			s.problem.SetText(kiosk.ErrorMessage(err, u.tr.Lang()))
			return
		}
		s.problem.SetText("")
		s.found = &p
		s.show(p)
		s.typed = ""
		s.code.SetText("") // ready for the next scan
	})
}

func (s *statusScreen) show(p requests.Public) {
	tr := s.u.tr
	if p.Annulled != nil {
		s.result.Add(widget.NewSeparator())
		s.result.Add(field(tr.T("status.protocol"), tr.Text(p.Number)))
		s.result.Add(paragraph(tr.Text(p.AnnulledNotice())))
		return
	}
	status := tr.Text(p.Status.Label())
	if p.Outcome != "" {
		status += ": " + tr.Text(p.Outcome.Label())
	}
	office := tr.Text(p.Office)
	if office == "" {
		office = tr.T("request.place.none")
	}
	reg := p.Registered.In(hours.Rome)
	s.result.Add(widget.NewSeparator())
	for _, row := range [][2]string{
		{tr.T("status.kind"), tr.Text(p.Kind)},
		{tr.T("status.protocol"), tr.Text(p.Number)},
		{tr.T("status.registered"), i18n.ShortDate(hours.Today(reg)) + " " + i18n.Clock(reg)},
		{tr.T("status.office"), office},
		{tr.T("status.status"), status},
		{tr.T("status.deadline"), i18n.LongDate(p.Deadline, tr.Lang())},
	} {
		s.result.Add(field(row[0], row[1]))
	}
	s.result.Add(widget.NewLabelWithStyle(tr.T("status.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for i := len(p.History) - 1; i >= 0; i-- {
		e := p.History[i]
		text := tr.Text(e.Status.Label())
		if e.Outcome != "" {
			text += ": " + tr.Text(e.Outcome.Label())
		}
		if e.Note != "" {
			text += "\n" + e.Note
		}
		s.result.Add(field(i18n.ShortDate(hours.Today(e.At)), text))
	}
}
