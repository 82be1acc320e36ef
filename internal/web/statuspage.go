package web

import (
	_ "embed" // the status page's source
	"fmt"
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
// HTML, put in by pageText.
type pageWords struct {
	Lang, OtherLang                                           kiosk.Lang
	Title, Code, Placeholder, Search, Found, History, Privacy string
	OtherLabel                                                string // the other language's name, in it
}

// pageText is status.html in lang: its own words, in square brackets, put
// in; what is in braces is left for each request.
func pageText(cat *i18n.Catalog, lang kiosk.Lang) (string, error) {
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
		return "", err
	}
	var b strings.Builder
	if err := first.Execute(&b, words); err != nil {
		return "", err
	}
	return b.String(), nil
}

// statusPage is the status page in one language cut, once, where a request
// puts in its own: html/template spent some 15 µs a page, a quarter of the
// handler, in reflected calls to fields and escapers for a dozen actions
// whose context never changes. The braces status.html holds are few:
// {{.Field}}, written escaped as html/template would there (see
// htmlEscaper), and {{if .Field}} … {{end}}.
type statusPage []pagePart

// pagePart is fixed text, or a value of the view, or the start of what
// shows only when a value is set, the page resuming at end otherwise.
type pagePart struct {
	text  string
	value func(*statusView) string // nil for fixed text
	cond  bool
	end   int
}

// htmlEscaper is html/template's escaping of a string in text and in a
// quoted attribute, the only contexts status.html puts values in: the link
// to the other language is a query string url.Values.Encode wrote, which
// html/template's URL filter and normalizer leave as it is.
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// pageValues are the values status.html may name, as the page writes them.
var pageValues = map[string]func(*statusView) string{
	"Org":         func(v *statusView) string { return htmlEscaper.Replace(v.Org) },
	"Code":        func(v *statusView) string { return htmlEscaper.Replace(v.Code) },
	"Other":       func(v *statusView) string { return htmlEscaper.Replace(v.Other) },
	"Problem":     func(v *statusView) string { return htmlEscaper.Replace(v.Problem) },
	"Remedy":      func(v *statusView) string { return htmlEscaper.Replace(v.Remedy) },
	"FactList":    func(v *statusView) string { return string(v.FactList) },
	"HistoryList": func(v *statusView) string { return string(v.HistoryList) },
	"Found": func(v *statusView) string {
		if v.Found {
			return "found"
		}
		return ""
	},
}

// statusPageIn returns the status page in lang.
func statusPageIn(cat *i18n.Catalog, lang kiosk.Lang) (statusPage, error) {
	text, err := pageText(cat, lang)
	if err != nil {
		return nil, err
	}
	var page statusPage
	var open []int // the conditions not yet ended
	for text != "" {
		i := strings.Index(text, "{{")
		if i < 0 {
			page, text = append(page, pagePart{text: text}), ""
			break
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			return nil, fmt.Errorf("status.html: %q opens no action", text[i:])
		}
		action := text[i+2 : i+j]
		page, text = append(page, pagePart{text: text[:i]}), text[i+j+2:]
		name, cond := strings.CutPrefix(action, "if ")
		switch value := pageValues[strings.TrimPrefix(name, ".")]; {
		case action == "end" && len(open) > 0:
			page[open[len(open)-1]].end, open = len(page), open[:len(open)-1]
		case value != nil && strings.HasPrefix(name, "."):
			if cond {
				open = append(open, len(page))
			}
			page = append(page, pagePart{value: value, cond: cond})
		default:
			return nil, fmt.Errorf("status.html: %q is no action the page knows", action)
		}
	}
	if len(open) > 0 {
		return nil, fmt.Errorf("status.html: an {{if}} has no {{end}}")
	}
	return page, nil
}

// appendTo appends the page showing v to b.
func (p statusPage) appendTo(b []byte, v *statusView) []byte {
	for i := 0; i < len(p); i++ {
		part := &p[i]
		switch {
		case part.value == nil:
			b = append(b, part.text...)
		case !part.cond:
			b = append(b, part.value(v)...)
		case part.value(v) == "":
			i = part.end - 1
		}
	}
	return b
}

// otherLang is the language the page offers beside lang.
func otherLang(lang kiosk.Lang) kiosk.Lang {
	if lang == kiosk.English {
		return kiosk.Italian
	}
	return kiosk.English
}

// page returns the status page in lang, made the first time.
func (s *Server) page(lang kiosk.Lang) (statusPage, error) {
	if p, ok := s.statusPages.Load(lang); ok {
		return p.(statusPage), nil
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
