package app

import (
	"sort"

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
	first   *search.Item // the first result shown: Invio opens it
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
	s.entry.OnSubmitted = func(string) {
		if s.first != nil {
			u.openResult(*s.first)
		}
	}
	s.show(u)
	u.focus = s.entry
	return u.page(u.tr.T("search.title"), container.NewBorder(s.entry, nil, nil, nil, u.scroller(s.results)))
}

// show lists the results for the current query, grouped by kind, each with
// its line; with no query, the sections and what citizens open most.
func (s *searchScreen) show(u *UI) {
	s.results.RemoveAll()
	s.first = nil
	if u.index == nil {
		u.index = search.FromContent(u.content, hours.Today(u.Now()))
	}
	if len(search.Words(s.query)) == 0 {
		s.suggest(u)
		return
	}
	s.found = u.index.Search(s.query, u.tr.Lang(), 60)
	if len(s.found) == 0 {
		s.results.Add(paragraph(u.tr.T("search.none")))
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
			if s.first == nil {
				it := r.Item
				s.first = &it
			}
			s.results.Add(u.row(u.tr.Text(r.Title), u.tr.Text(r.Line), func() { u.openResult(r.Item) }))
		}
	}
}

// suggest offers, before anything is typed, the kiosk's sections and the
// results citizens opened most.
func (s *searchScreen) suggest(u *UI) {
	if top := u.opened.top(5); len(top) > 0 {
		s.results.Add(widget.NewLabelWithStyle(u.tr.T("search.most"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, it := range top {
			s.results.Add(u.row(u.tr.Text(it.Title), u.tr.Text(it.Line), func() { u.openResult(it) }))
		}
	}
	s.results.Add(widget.NewLabelWithStyle(u.tr.T("search.sections"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, sec := range sections {
		open := u.section(sec.id)
		s.results.Add(u.row(u.tr.T("tile."+sec.id), u.tr.T("tile."+sec.id+".desc"), func() { u.show(open) }))
	}
}

// openResult opens a search result and counts it among the most opened.
func (u *UI) openResult(it search.Item) {
	u.opened.add(it)
	u.show(u.open(it))
}

// openedItems counts the search results citizens open at this kiosk (never
// who opened them), to suggest the most opened.
type openedItems struct {
	counts map[string]int
	items  map[string]search.Item
}

func (o *openedItems) add(it search.Item) {
	if o.counts == nil {
		o.counts, o.items = map[string]int{}, map[string]search.Item{}
	}
	key := string(it.Kind) + "/" + it.ID
	o.counts[key]++
	o.items[key] = it
}

// top returns at most n items, the most opened first.
func (o *openedItems) top(n int) []search.Item {
	keys := make([]string, 0, len(o.counts))
	for k := range o.counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if o.counts[keys[i]] != o.counts[keys[j]] {
			return o.counts[keys[i]] > o.counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []search.Item
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, o.items[k])
	}
	return out
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
