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

// inboxPage is how many requests a page of the inbox shows.
const inboxPage = 50

// InboxReader reads the inbox a page at a time, filtered where the requests
// are kept.
type InboxReader interface {
	InboxPage(q kiosk.InboxQuery, text string) (kiosk.InboxPage, error)
}

// inboxScreen lists the requests a page at a time in the order
// requests.InboxPage gives, open ones first and the nearest deadline
// first, by status, overdue, or the protocol number or code typed.
type inboxScreen struct {
	*kit.Shell
	desk    InboxReader
	open    func(kiosk.Request) // shows a request's detail
	filter  kiosk.Status        // "" for every open request
	overdue bool
	query   string
	offset  int                  // requests before the page shown
	rows    map[string]*kit.Tile // by canonical code
	list    []kiosk.Request      // the page as last read; nil: to read
	more    bool                 // more requests follow the page
	read    inboxView            // what list was read for
	err     error
	prev    *kit.Button // the page before
	next    *kit.Button // the page after
}

// inboxView is what the inbox shows: its filters and the page.
type inboxView struct {
	filter  kiosk.Status
	overdue bool
	query   string
	offset  int
}

func newInbox(shell *kit.Shell, desk InboxReader, open func(kiosk.Request)) *inboxScreen {
	return &inboxScreen{Shell: shell, desk: desk, open: open}
}

func (u *inboxScreen) view() inboxView {
	return inboxView{filter: u.filter, overdue: u.overdue, query: u.query, offset: u.offset}
}

// show moves to another filter, search or page.
func (u *inboxScreen) show(change func()) {
	change()
	u.Render()
}

func (u *inboxScreen) screen() fyne.CanvasObject {
	if v := u.view(); u.list == nil || u.read != v { // a central database may be slow: the screen shows now, the list when it comes
		var page kiosk.InboxPage
		var err error
		q := kiosk.InboxQuery{Status: v.filter, Overdue: v.overdue, Offset: v.offset, Limit: inboxPage}
		ready := u.Load(func() { page, err = u.desk.InboxPage(q, v.query) }, func() {
			if err != nil {
				u.Log.Error("reading requests", "err", err)
			}
			u.list, u.more, u.err, u.read = append([]kiosk.Request{}, page.Requests...), page.More, err, v
		})
		if !ready {
			return u.Page(u.Tr.T("staff.requests"), kit.Paragraph(u.Tr.T("staff.loading")))
		}
	}
	list := u.listed()
	if u.err != nil {
		list.Add(kit.Paragraph(kiosk.ErrorMessage(u.err, u.Tr.Lang())))
	}
	return u.Page(u.Tr.T("staff.requests"), container.NewBorder(u.filters(), u.pager(), nil, nil, u.Scroller(list)))
}

// filters are the buttons that pick a status and the overdue, and the
// search field; the ones in use are highlighted.
func (u *inboxScreen) filters() fyne.CanvasObject {
	filters := container.NewGridWithColumns(4)
	for _, st := range append([]kiosk.Status{""}, kiosk.Statuses...) {
		label := u.Tr.T("staff.open")
		if st != "" {
			label = u.Tr.T("staff.filter." + string(st))
		}
		b := u.Button(label, nil, func() { u.show(func() { u.filter, u.offset = st, 0 }) })
		if u.filter == st {
			b.Importance = widget.HighImportance
		}
		filters.Add(b)
	}
	overdue := u.Button(u.Tr.T("staff.overdue"), theme.CheckButtonIcon(), func() { u.show(func() { u.overdue, u.offset = !u.overdue, 0 }) })
	if u.overdue {
		overdue.Icon, overdue.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
	}
	search := u.NewEntry()
	search.SetPlaceHolder(u.Tr.T("staff.search"))
	kit.SetEntry(search, u.query)
	search.OnSubmitted = func(q string) { u.show(func() { u.query, u.offset = q, 0 }) }
	return container.NewVBox(filters, container.NewBorder(nil, nil, nil, overdue, search))
}

// listed is a row for each request of the page read.
func (u *inboxScreen) listed() *fyne.Container {
	today := hours.Today(u.Now())
	u.rows = map[string]*kit.Tile{}
	list := container.NewVBox()
	for _, r := range u.list {
		late := requests.Overdue(r, today)
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
		row := u.Row(r.Protocol.String()+" · "+u.Tr.Text(u.Content.KindLabel(r.Kind)), desc, func() { u.open(r) })
		row.SetDesc(desc, colour)
		u.rows[r.Code] = row
		list.Add(row)
	}
	if len(u.rows) == 0 {
		list.Add(kit.Paragraph(u.Tr.T("list.empty")))
	}
	return list
}

// pager moves to the page before and after, with large buttons; none
// shows while every request fits one page.
func (u *inboxScreen) pager() fyne.CanvasObject {
	u.prev = u.Button(u.Tr.T("doc.prev"), theme.NavigateBackIcon(), func() { u.show(func() { u.offset = max(0, u.offset-inboxPage) }) })
	u.next = u.Button(u.Tr.T("doc.next"), theme.NavigateNextIcon(), func() { u.show(func() { u.offset += inboxPage }) })
	u.next.IconPlacement = widget.ButtonIconTrailingText
	if u.offset == 0 && !u.more {
		return nil
	}
	if u.offset == 0 {
		u.prev.Disable()
	}
	if !u.more {
		u.next.Disable()
	}
	return container.NewGridWithColumns(2, u.prev, u.next)
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
