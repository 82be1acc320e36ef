package web

import (
	"bytes"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

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
