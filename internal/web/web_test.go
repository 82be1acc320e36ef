package web

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store/testdb"
)

// newServer serves a database with the demo content and one complaint,
// taken in hand with a public and an internal note.
func newServer(t *testing.T) (*httptest.Server, kiosk.Request) {
	t.Helper()
	s, r := newStatusServer(t)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, r
}

// newStatusServer is the server of newServer, not yet listening.
func newStatusServer(t testing.TB) (*Server, kiosk.Request) {
	t.Helper()
	db := testdb.WithDemo(t)
	now := func() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }
	svc := &requests.Service{Store: db, Content: db.Content, Now: now}
	r, err := svc.Register(requests.Draft{Kind: kiosk.KindComplaint, Office: "urp-andria", Text: "Ho atteso due ore allo sportello",
		Name: "Anna Bianchi", Email: "anna@example.it", PrivacyAccepted: true, Lang: kiosk.Italian})
	if err != nil {
		t.Fatal(err)
	}
	if r, err = svc.SetStatus(r.Code, "mrossi", kiosk.StatusInProgress, "", "Stiamo verificando gli orari.", "Chiamare il dirigente"); err != nil {
		t.Fatal(err)
	}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Requests: svc, Catalog: cat, Lookups: 5, Now: now, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	return s, r
}

func get(t *testing.T, url, acceptLanguage string) (int, http.Header, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestStatusPageShowsTheStatusAndNothingPersonal(t *testing.T) {
	ts, r := newServer(t)
	code, h, page := get(t, ts.URL+"/?code="+r.Code, "")
	if code != 200 || !strings.Contains(page, `lang="it"`) || !strings.Contains(page, r.Protocol.String()) ||
		!strings.Contains(page, "In lavorazione") || !strings.Contains(page, "Stiamo verificando gli orari.") {
		t.Fatalf("status page %d:\n%s", code, page)
	}
	for _, secret := range []string{"Anna", "anna@example.it", "due ore", "dirigente", "<script"} {
		if strings.Contains(page, secret) {
			t.Errorf("the page shows %q", secret)
		}
	}
	if h.Get("Referrer-Policy") != "no-referrer" || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Errorf("headers %v", h)
	}
	// English by choice or by the browser; the code as printed, with dashes and in lower case, works too.
	dashed := strings.ToLower(r.Code[:4] + "-" + r.Code[4:8] + "-" + r.Code[8:])
	_, _, page = get(t, ts.URL+"/stato?code="+dashed, "en-GB,en;q=0.8")
	if !strings.Contains(page, `lang="en"`) || !strings.Contains(page, "Status of my request") || !strings.Contains(page, "In progress") {
		t.Errorf("English page:\n%s", page)
	}
	_, _, page = get(t, ts.URL+"/?lang=en&code="+r.Code, "it") // a code may end in *, written %2A in a link
	if !strings.Contains(page, "Reply due by") || !strings.Contains(page, `href="?code=`+url.QueryEscape(r.Code)+`&amp;lang=it"`) {
		t.Errorf("?lang=en:\n%s", page)
	}
}

func TestStatusPageProblems(t *testing.T) {
	ts, r := newServer(t)
	if code, _, page := get(t, ts.URL+"/", ""); code != 200 || !strings.Contains(page, `name="code"`) || strings.Contains(page, "role=\"alert\"") {
		t.Errorf("the empty page: %d", code)
	}
	if code, _, page := get(t, ts.URL+"/?code=ABC", ""); code != 400 || !strings.Contains(page, `role="alert"`) {
		t.Errorf("a short code: %d\n%s", code, page)
	}
	wrong := []byte(r.Code)
	wrong[3] = "01"[map[bool]int{true: 1}[wrong[3] == '0']] // one symbol changed: the check symbol no longer matches
	if code, _, _ := get(t, ts.URL+"/?code="+string(wrong), ""); code != 400 && code != 404 {
		t.Errorf("a mistyped code: %d", code)
	}
	for range 3 {
		get(t, ts.URL+"/?code="+r.Code, "")
	}
	if code, _, page := get(t, ts.URL+"/?code="+r.Code, ""); code != 429 || !strings.Contains(page, "Troppe ricerche") {
		t.Errorf("the sixth lookup in a minute: %d", code)
	}
}

func TestOpen311(t *testing.T) {
	ts, r := newServer(t)
	code, h, body := get(t, ts.URL+"/open311/v2/services.json", "")
	var services []map[string]any
	if err := json.Unmarshal([]byte(body), &services); err != nil || code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		t.Fatalf("services %d %v: %s", code, err, body)
	}
	if len(services) != 6 || services[0]["service_code"] == "" || services[0]["type"] != "realtime" || services[0]["metadata"] != false {
		t.Errorf("services %v", services)
	}
	code, _, body = get(t, ts.URL+"/open311/v2/requests/"+r.Code+".json", "en")
	var got []map[string]any
	if err := json.Unmarshal([]byte(body), &got); err != nil || code != 200 || len(got) != 1 {
		t.Fatalf("request %d %v: %s", code, err, body)
	}
	g := got[0]
	if g["status"] != "open" || g["service_code"] != kiosk.KindComplaint || g["status_notes"] != "Stiamo verificando gli orari." ||
		g["expected_datetime"] != r.Deadline.String()+"T23:59:59+01:00" || g["protocol_number"] != r.Protocol.String() {
		t.Errorf("request %v", g)
	}
	if strings.Contains(body, "Anna") || strings.Contains(body, "due ore") {
		t.Errorf("personal data in %s", body)
	}
	code, _, body = get(t, ts.URL+"/open311/v2/requests/0000000000000.json", "")
	if code != 404 || !strings.Contains(body, `"code":404`) {
		t.Errorf("an unknown code: %d %s", code, body)
	}
}
