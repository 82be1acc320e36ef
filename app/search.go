package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/hours"
	"sportello/internal/search"
)

// searchScreen finds anything as the citizen types.
type searchScreen struct {
	query   string
	entry   *kioskEntry
	results *fyne.Container
	found   []search.Result
}

func (u *UI) searchScreen() fyne.CanvasObject {
	if u.search == nil {
		u.search = &searchScreen{}
	}
	s := u.search
	s.entry = u.entry()
	s.entry.SetPlaceHolder(u.tr.T("search.placeholder"))
	setEntry(s.entry, s.query)
	s.results = container.NewVBox()
	s.entry.OnChanged = func(q string) {
		s.query = q
		s.show(u)
	}
	s.show(u)
	u.focus = s.entry
	return u.page(u.tr.T("search.title"), container.NewBorder(s.entry, nil, nil, nil, u.scroller(s.results)))
}

// show lists the results for the current query, grouped by kind.
func (s *searchScreen) show(u *UI) {
	s.results.RemoveAll()
	if u.index == nil {
		u.index = search.FromContent(u.content, hours.Today(u.Now()))
	}
	s.found = u.index.Search(s.query, u.tr.Lang(), 60)
	if len(s.found) == 0 {
		if s.query != "" {
			s.results.Add(paragraph(u.tr.T("search.none")))
		}
		return
	}
	for _, kind := range search.Kinds {
		first := true
		for _, r := range s.found {
			if r.Kind != kind {
				continue
			}
			if first {
				s.results.Add(widget.NewLabelWithStyle(u.tr.T("search.kind."+string(kind)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
				first = false
			}
			s.results.Add(u.row(u.tr.Text(r.Title), "", func() { u.show(u.open(r.Item)) }))
		}
	}
}

// open returns the screen of a search result.
func (u *UI) open(it search.Item) screen {
	switch it.Kind {
	case search.Office:
		return u.officePage(it.ID)
	case search.Service:
		return u.servicePage(it.ID)
	case search.Notice:
		for _, n := range u.content.Notices {
			if n.ID == it.ID {
				return u.noticePage(n)
			}
		}
	}
	for _, d := range u.docs() {
		if d.id == it.ID && (d.kind == formKind) == (it.Kind == search.Form) {
			return u.documentPage(d)
		}
	}
	return u.homeScreen
}
