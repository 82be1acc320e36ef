package web

import (
	_ "embed" // the status page's source
	"html/template"
	"strings"
	texttemplate "text/template"

	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

//go:embed status.html
var statusSource string

// pageWords are the status page's own words in one language, escaped for
// HTML, put in by statusPageIn.
type pageWords struct {
	Lang, OtherLang                                           kiosk.Lang
	Title, Code, Placeholder, Search, Found, History, Privacy string
	OtherLabel                                                string // the other language's name, in it
}

// statusPageIn returns the status page in lang: its own words, in square
// brackets in status.html, put in once, so that a request executes only
// what changes from one request to the next. That is a dozen of the page's
// forty actions fewer, each a reflected call to the catalogue or an escaper
// or both: some 30 % of the page's time.
func statusPageIn(cat *i18n.Catalog, lang kiosk.Lang) (*template.Template, error) {
	t := func(l kiosk.Lang, id string) string {
		// Escaped here for the page's text and quoted attributes; a brace
		// would open an action of the page's own template.
		return strings.ReplaceAll(template.HTMLEscapeString(cat.T(l, id, nil)), "{", "&#123;")
	}
	other := otherLang(lang)
	words := pageWords{Lang: lang, OtherLang: other, Title: t(lang, "status.title"), Code: t(lang, "web.code"),
		Placeholder: t(lang, "status.placeholder"), Search: t(lang, "status.search"), Found: t(lang, "web.found"),
		History: t(lang, "status.history"), Privacy: t(lang, "web.privacy"), OtherLabel: t(other, "web.language")}
	first, err := texttemplate.New("words").Delims("[[", "]]").Parse(statusSource)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := first.Execute(&b, words); err != nil {
		return nil, err
	}
	return template.New("status").Parse(b.String())
}

// otherLang is the language the page offers beside lang.
func otherLang(lang kiosk.Lang) kiosk.Lang {
	if lang == kiosk.English {
		return kiosk.Italian
	}
	return kiosk.English
}

// page returns the status page in lang, made the first time.
func (s *Server) page(lang kiosk.Lang) (*template.Template, error) {
	if p, ok := s.statusPages.Load(lang); ok {
		return p.(*template.Template), nil
	}
	p, err := statusPageIn(s.Catalog, lang)
	if err == nil {
		s.statusPages.Store(lang, p)
	}
	return p, err
}

// withResult is v showing the request r describes. The two lists are
// written here, not ranged over in status.html, where every item cost
// reflected calls to its fields and to an escaper each: a third of the
// page's time.
func (v statusView) withResult(r requests.StatusView) statusView {
	var b strings.Builder
	for _, f := range r.Fields { // <dt>label</dt><dd>value</dd>, a line each
		b.WriteString("<dt>" + template.HTMLEscapeString(f.Label) + "</dt><dd>" + template.HTMLEscapeString(f.Value) + "</dd>\n")
	}
	v.FactList = template.HTML(b.String())
	b.Reset()
	for _, e := range r.History { // <li><strong>date</strong> status, then the note if any
		b.WriteString("<li><strong>" + template.HTMLEscapeString(e.Date) + "</strong> " + template.HTMLEscapeString(e.Status))
		if e.Note != "" {
			b.WriteString(`<span class="note">` + template.HTMLEscapeString(e.Note) + "</span>")
		}
		b.WriteString("</li>\n")
	}
	v.Found, v.HistoryList, v.Remedy = true, template.HTML(b.String()), r.Remedy
	return v
}
