package staffmode

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// inboxScreen lists the requests in the order requests.Inbox gives, open
// ones first and the nearest deadline first, by status, overdue, or the
// protocol number or code typed.
type inboxScreen struct {
	*kit.Shell
	desk    RequestDesk
	open    func(kiosk.Request) // shows a request's detail
	filter  kiosk.Status        // "" for every open request
	overdue bool
	query   string
	rows    map[string]*kit.Tile // by canonical code
	list    []kiosk.Request      // as last read; nil: to read
	err     error
}

func newInbox(shell *kit.Shell, desk RequestDesk, open func(kiosk.Request)) *inboxScreen {
	return &inboxScreen{Shell: shell, desk: desk, open: open}
}

func (u *inboxScreen) screen() fyne.CanvasObject {
	s := u
	if s.list == nil { // a central database may be slow: the screen shows now, the list when it comes
		var all []kiosk.Request
		var err error
		ready := u.Load(func() { all, err = u.desk.Inbox() }, func() {
			if err != nil {
				u.Log.Error("reading requests", "err", err)
			}
			s.list, s.err = append([]kiosk.Request{}, all...), err
		})
		if !ready {
			return u.Page(u.Tr.T("staff.requests"), kit.Paragraph(u.Tr.T("staff.loading")))
		}
	}
	all := s.list // in the order requests.Inbox gives: open first, nearest deadline first
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
		kind := u.Content.KindLabel(r.Kind)
		desc := u.describe(r, today)
		colour := fyne.ThemeColorName("")
		switch {
		case r.Annulment() != nil:
			desc, colour = u.Tr.T("register.annulled.short")+" · "+desc, theme.ColorNameError
		case late:
			colour = theme.ColorNameError // the line says it is overdue, in words
		case requests.DueSoon(r, today):
			colour = theme.ColorNameWarning
		}
		row := u.Row(r.Protocol.String()+" · "+u.Tr.Text(kind), desc, func() {
			u.open(r)
		})
		row.SetDesc(desc, colour)
		s.rows[r.Code] = row
		list.Add(row)
	}
	if len(s.rows) == 0 {
		list.Add(kit.Paragraph(u.Tr.T("list.empty")))
	}
	if s.err != nil {
		list.Add(kit.Paragraph(kiosk.ErrorMessage(s.err, u.Tr.Lang())))
	}
	top := container.NewVBox(filters, container.NewBorder(nil, nil, nil, overdue, search))
	return u.Page(u.Tr.T("staff.requests"), container.NewBorder(top, nil, nil, nil, u.Scroller(list)))
}

// describe is a request's line in the inbox: its status, its office, the
// day it was registered and, while open, the days left until its deadline
// ("In lavorazione · Ufficio Viabilità · registrata 25/11/2026 · scade tra
// 12 giorni").
func (u *inboxScreen) describe(r kiosk.Request, today kiosk.Date) string {
	tr := u.Tr
	office := tr.T("staff.inbox.nooffice")
	if o, ok := u.Content.Office(r.Office); ok {
		office = tr.Text(o.Name)
	} else if r.Office != "" {
		office = r.Office // an office since removed is named by its id
	}
	line := tr.Text(r.Status.Label()) + " · " + tr.T("staff.inbox.line", map[string]any{"Office": office, "Date": i18n.ShortDate(hours.Today(r.Registered))})
	if !r.Open() {
		return line
	}
	return line + " · " + daysLeftText(tr, r, today)
}

// daysLeftText says the days left until a request's deadline, as
// requests.DaysLeft counts them: "scade tra 12 giorni", "scade oggi",
// "scaduta da 3 giorni", "termine sospeso: restano 5 giorni".
func daysLeftText(tr *i18n.Translator, r kiosk.Request, today kiosk.Date) string {
	n := requests.DaysLeft(r, today)
	suspended := r.Status == kiosk.StatusSuspended
	switch {
	case n < -1:
		return tr.T("staff.left.late.many", map[string]any{"N": -n})
	case n == -1:
		return tr.T("staff.left.late.one")
	case suspended && n == 1:
		return tr.T("staff.left.suspended.one")
	case suspended:
		return tr.T("staff.left.suspended.many", map[string]any{"N": n})
	case n == 0:
		return tr.T("staff.left.today")
	case n == 1:
		return tr.T("staff.left.one")
	}
	return tr.T("staff.left.many", map[string]any{"N": n})
}
