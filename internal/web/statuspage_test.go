package web

import (
	"bytes"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// The lists the page writes itself escape what they hold, as the template would.
func TestStatusListsEscape(t *testing.T) {
	v := statusView{}.withResult(requests.StatusView{
		Fields:  []requests.Field{{Label: "Tipo", Value: `<script>alert("x")</script>`}},
		History: []requests.ViewEvent{{Date: "25/11/2026", Status: "Ricevuta"}, {Date: "26/11/2026", Status: "A & B", Note: "<b>'nota'</b>"}},
	})
	if got, want := string(v.FactList), "<dt>Tipo</dt><dd>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</dd>\n"; got != want {
		t.Errorf("fields:\n%s\nwant\n%s", got, want)
	}
	want := "<li><strong>25/11/2026</strong> Ricevuta</li>\n" +
		`<li><strong>26/11/2026</strong> A &amp; B<span class="note">&lt;b&gt;&#39;nota&#39;&lt;/b&gt;</span></li>` + "\n"
	if got := string(v.HistoryList); got != want {
		t.Errorf("history:\n%s\nwant\n%s", got, want)
	}
}

// A lookup that finds the request, or finds none, is no error to log.
func TestStatusLookupsLogNothing(t *testing.T) {
	s, r := newStatusServer(t)
	var log bytes.Buffer
	s.Log = slog.New(slog.NewTextHandler(&log, nil))
	for _, code := range []string{r.Code, "ABC"} {
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/stato?code="+code, nil))
	}
	if log.Len() != 0 {
		t.Errorf("logged:\n%s", strings.TrimSpace(log.String()))
	}
}

// The page statusPage writes is, byte for byte, the one html/template
// writes from status.html, whatever the values hold.
func TestStatusPageAsTemplate(t *testing.T) {
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	odd := "<b>\"A\" & 'B'</b> + è\x00\xff{{.Org}}"
	found := statusView{}.withResult(requests.StatusView{Fields: []requests.Field{{Label: "Stato", Value: odd}},
		History: []requests.ViewEvent{{Date: "25/11/2026", Status: odd, Note: odd}}})
	found.Remedy = odd
	views := []statusView{{}, {Org: odd, Code: odd, Problem: odd}, found}
	for _, lang := range []kiosk.Lang{kiosk.Italian, kiosk.English} {
		ours, err := statusPageIn(cat, lang)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := htmlPageIn(cat, lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range views {
			v.Other = "?" + url.Values{"code": {odd}, "lang": {string(lang)}}.Encode()
			var want strings.Builder
			if err := theirs.Execute(&want, v); err != nil {
				t.Fatal(err)
			}
			if got := string(ours.appendTo(nil, &v)); got != want.String() {
				t.Errorf("%s, %+v:\n%s\nwant\n%s", lang, v, got, want.String())
			}
		}
	}
}
