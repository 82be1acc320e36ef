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
