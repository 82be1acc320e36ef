package citizen

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"sportello/app/kit"
	"sportello/internal/hours"
	"sportello/internal/search"
)

// searchScreen finds anything as the citizen types.
type searchScreen struct {
	query   string
	entry   *kit.Entry
	results *fyne.Container
	found   []search.Result
	first   *search.Item // the first result shown: Invio opens it
}

func (u *Screens) searchScreen() fyne.CanvasObject {
	if u.search == nil {
		u.search = &searchScreen{}
	}
	s := u.search
	s.entry = u.NewEntry()
	s.entry.SetPlaceHolder(u.Tr.T("search.placeholder"))
	kit.SetEntry(s.entry, s.query)
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
	u.Focus = s.entry
	return u.PageField(u.Tr.T("search.title"), s.entry, u.Scroller(s.results))
}

// show lists the results for the current query, grouped by kind, each with
// its line; with no query, the sections and what citizens open most.
func (s *searchScreen) show(u *Screens) {
	s.results.RemoveAll()
	s.first = nil
	if u.index == nil {
		u.index = search.FromContent(u.Content, hours.Today(u.Now()))
	}
	if len(search.Words(s.query)) == 0 {
		s.suggest(u)
		return
	}
	s.found = u.index.Search(s.query, u.Tr.Lang(), 60)
	if len(s.found) == 0 {
		s.results.Add(kit.Paragraph(u.Tr.T("search.none")))
		return
	}
	for _, kind := range search.Kinds {
		first := true
		for _, r := range s.found {
			if r.Kind != kind {
				continue
			}
			if first {
				s.results.Add(groupName(u.Tr.T("search.kind." + string(kind))))
				first = false
			}
			if s.first == nil {
				it := r.Item
				s.first = &it
			}
			s.results.Add(u.CompactRow(u.Tr.Text(r.Title), u.Tr.Text(r.Line), func() { u.openResult(r.Item) }))
		}
	}
}

// suggest offers, before anything is typed, the kiosk's sections and the
// results citizens opened most.
func (s *searchScreen) suggest(u *Screens) {
	if top := u.opened.top(5); len(top) > 0 {
		s.results.Add(groupName(u.Tr.T("search.most")))
		for _, it := range top {
			s.results.Add(u.CompactRow(u.Tr.Text(it.Title), u.Tr.Text(it.Line), func() { u.openResult(it) }))
		}
	}
	s.results.Add(groupName(u.Tr.T("search.sections")))
	for _, sec := range sections {
		open := u.section(sec.id)
		s.results.Add(u.CompactRow(u.Tr.T("tile."+sec.id), u.Tr.T("tile."+sec.id+".desc"), func() { u.Show(open) }))
	}
}

// groupName names a group of results in small bold type, without a
// label's padding: the rows below it take the room.
func groupName(name string) fyne.CanvasObject {
	t := canvas.NewText(name, theme.Color(theme.ColorNameForeground))
	t.TextSize, t.TextStyle = theme.CaptionTextSize(), fyne.TextStyle{Bold: true}
	return container.New(layout.NewCustomPaddedLayout(0, 0, theme.Padding(), 0), t)
}

// openResult opens a search result and counts it among the most opened.
func (u *Screens) openResult(it search.Item) {
	u.opened.add(it)
	u.Show(u.open(it))
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
func (u *Screens) open(it search.Item) kit.Screen {
	switch it.Kind {
	case search.Office:
		return u.officePage(it.ID)
	case search.Service:
		return u.servicePage(it.ID)
	case search.Notice:
		for _, n := range u.Content.Notices {
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
