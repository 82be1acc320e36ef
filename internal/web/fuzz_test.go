package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Whatever a phone sends as the code, the status page and Open311 answer
// with a status code a browser understands, never a panic, and never the
// citizen's name or text.
func FuzzStatusHandler(f *testing.F) {
	s, r := newStatusServer(f)
	s.Lookups = 1 << 30 // the limit is tested elsewhere: here every code is looked up
	h := s.Handler()
	for _, c := range []string{r.Code, "ABC", "", "<script>alert(1)</script>", "K7QM-2XHD-9RTA-5", strings.Repeat("x", 5000), "%00"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, code string) {
		for _, target := range []string{"/stato?code=" + url.QueryEscape(code), "/open311/v2/requests/" + url.PathEscape(code) + ".json"} {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
			if w.Code >= http.StatusInternalServerError {
				t.Fatalf("%s: %d", target, w.Code)
			}
			for _, personal := range []string{"Anna Bianchi", "anna@example.it", "Ho atteso"} {
				if strings.Contains(w.Body.String(), personal) {
					t.Fatalf("%s shows %q", target, personal)
				}
			}
		}
	})
}
