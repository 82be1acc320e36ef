package staffmode

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// auditPage is how many entries of the audit log a page shows.
const auditPage = 12

// auditScreen lists the audit log, newest first, a page at a time, by kind
// of action and by who; a tap on an entry shows what it changed.
type auditScreen struct {
	*kit.Shell
	log   AuditLog
	q     kiosk.AuditQuery       // the page shown
	data  *auditData             // as last read; nil: to read
	kinds map[string]*kit.Button // the kind filters, "" for every kind
	who   map[string]*kit.Button // the people filters, "" for anyone
	prev  *kit.Button            // newer entries
	next  *kit.Button            // older entries
	rows  []*kit.Tile            // the entries on the page, newest first
}

// auditData is a page of the log as read, with the filters it offers.
type auditData struct {
	q          kiosk.AuditQuery
	entries    []kiosk.AuditEntry
	more       bool
	kinds, who []string
	err        error
}

func newAudit(shell *kit.Shell, log AuditLog) *auditScreen {
	a := &auditScreen{Shell: shell, log: log}
	a.reset()
	return a
}

// reset goes back to the newest entries, of every kind and person, read anew.
func (u *auditScreen) reset() {
	u.q, u.data = kiosk.AuditQuery{Limit: auditPage}, nil
}

// show moves to another page or filter.
func (u *auditScreen) show(q kiosk.AuditQuery) {
	u.q = q
	u.Render()
}

func (u *auditScreen) screen() fyne.CanvasObject {
	tr := u.Tr
	if u.data == nil || u.data.q != u.q { // the central database may be slow: the page comes when it comes
		q, d := u.q, &auditData{}
		if !u.Load(func() {
			d.entries, d.more, d.err = u.log.AuditPage(q)
			if d.err == nil {
				d.kinds, d.who, d.err = u.log.AuditFilters()
			}
		}, func() {
			if d.err != nil {
				u.Log.Error("reading the audit log", "err", d.err)
			}
			d.q, u.data = q, d
		}) {
			return u.Page(tr.T("audit.title"), kit.Paragraph(tr.T("staff.loading")))
		}
	}
	d := u.data
	list := container.NewVBox()
	if d.err != nil {
		list.Add(kit.Paragraph(kiosk.ErrorMessage(d.err, tr.Lang())))
	}
	u.rows = nil
	for _, e := range d.entries {
		title := u.actionLabel(e.Action)
		if e.Target != "" {
			title += " · " + e.Target
		}
		row := u.Row(title, u.when(e)+" · "+u.whoLabel(e.Who), func() { u.Show(u.entryScreen(e)) })
		u.rows = append(u.rows, row)
		list.Add(row)
	}
	if len(d.entries) == 0 && d.err == nil {
		list.Add(kit.Paragraph(tr.T("list.empty")))
	}
	top := container.NewVBox(u.filters(d), widget.NewSeparator())
	return u.Page(tr.T("audit.title"), container.NewBorder(top, u.pager(d), nil, nil, u.Scroller(list)))
}

// filters are the buttons that pick a kind of action and a person; the one
// in use is highlighted.
func (u *auditScreen) filters(d *auditData) fyne.CanvasObject {
	tr := u.Tr
	u.kinds, u.who = map[string]*kit.Button{}, map[string]*kit.Button{}
	kinds := container.New(u.Columns(4))
	for _, k := range append([]string{""}, d.kinds...) {
		label := tr.T("audit.kind.all")
		if k != "" {
			label = translated(tr, "audit.kind."+k, k)
		}
		b := u.Button(label, nil, func() { q := u.q; q.Kind, q.Offset = k, 0; u.show(q) })
		if u.q.Kind == k {
			b.Importance = widget.HighImportance
		}
		u.kinds[k] = b
		kinds.Add(b)
	}
	who := container.New(u.Columns(4))
	for _, w := range append([]string{""}, d.who...) {
		label := tr.T("audit.who.all")
		if w != "" {
			label = w
		}
		b := u.Button(label, nil, func() { q := u.q; q.Who, q.Offset = w, 0; u.show(q) })
		if u.q.Who == w {
			b.Importance = widget.HighImportance
		}
		u.who[w] = b
		who.Add(b)
	}
	beside := func(key string, grid fyne.CanvasObject) fyne.CanvasObject { // one row a filter: the list keeps its room
		label := widget.NewLabelWithStyle(tr.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		label.Wrapping = fyne.TextWrapWord
		return container.NewBorder(nil, nil, container.New(&kit.FixedWidth{Width: 200}, label), nil, grid)
	}
	return container.NewVBox(beside("audit.filter.kind", kinds), beside("audit.filter.who", who))
}

// pager moves to newer and older entries, with large buttons.
func (u *auditScreen) pager(d *auditData) fyne.CanvasObject {
	tr := u.Tr
	u.prev = u.Button(tr.T("audit.newer"), theme.NavigateBackIcon(), func() { q := u.q; q.Offset = max(0, q.Offset-auditPage); u.show(q) })
	u.next = u.Button(tr.T("audit.older"), theme.NavigateNextIcon(), func() { q := u.q; q.Offset += auditPage; u.show(q) })
	u.next.IconPlacement = widget.ButtonIconTrailingText
	if u.q.Offset == 0 {
		u.prev.Disable()
	}
	if !d.more {
		u.next.Disable()
	}
	page := widget.NewLabelWithStyle(tr.T("audit.entries", map[string]any{"From": u.q.Offset + min(1, len(d.entries)), "To": u.q.Offset + len(d.entries)}),
		fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	return container.NewGridWithColumns(3, u.prev, page, u.next)
}

// entryScreen shows one entry in full: what was there before and after.
func (u *auditScreen) entryScreen(e kiosk.AuditEntry) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		rows := container.NewVBox(
			kit.Field(tr.T("audit.when"), u.when(e)),
			kit.Field(tr.T("audit.who"), u.whoLabel(e.Who)),
			kit.Field(tr.T("audit.action"), u.actionLabel(e.Action)+" ("+e.Action+")"),
			kit.Field(tr.T("audit.target"), e.Target))
		for _, f := range []struct{ key, value string }{{"audit.before", e.Before}, {"audit.after", e.After}} {
			if strings.TrimSpace(f.value) != "" {
				rows.Add(widget.NewLabelWithStyle(tr.T(f.key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
				rows.Add(kit.Paragraph(f.value))
			}
		}
		return u.Page(u.actionLabel(e.Action), u.Scroller(rows))
	}
}

// when is the day and time of an entry, in Rome: 25/11/2026 10:30.
func (u *auditScreen) when(e kiosk.AuditEntry) string {
	return i18n.ShortDate(hours.Today(e.At)) + " " + i18n.Clock(e.At.In(hours.Rome))
}

// whoLabel names who made a change; the kiosk itself when no one did.
func (u *auditScreen) whoLabel(who string) string {
	if who == "" {
		return u.Tr.T("audit.system")
	}
	return who
}

// actionLabel says an action in words: "Stato di una richiesta cambiato",
// "Contenuti, Uffici e orari: modifica"; an action with no words yet is
// shown as it is recorded.
func (u *auditScreen) actionLabel(action string) string {
	tr := u.Tr
	if list, change, ok := strings.Cut(strings.TrimPrefix(action, "content."), "."); ok && strings.HasPrefix(action, "content.") {
		return tr.T("audit.action.content", map[string]any{"Kind": translated(tr, "edit.kind."+list, list), "Change": translated(tr, "audit.change."+change, change)})
	}
	return translated(tr, "audit.action."+action, action)
}

// translated is the catalogue's words for id, or fallback when it has none.
func translated(tr *i18n.Translator, id, fallback string) string {
	if s := tr.T(id); s != id {
		return s
	}
	return fallback
}
