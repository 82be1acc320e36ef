package web

import (
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/store/testdb"
)

// newQueueServer serves the demo content's queue, on a clock the test moves.
func newQueueServer(t *testing.T) (*httptest.Server, *queue.Service, *time.Time) {
	t.Helper()
	db := testdb.WithDemo(t)
	now := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	svc := &queue.Service{Store: db, Content: db.Content, Now: clock}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Queue: svc, Catalog: cat, Lookups: 5, Now: clock, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, svc, &now
}

func take(t *testing.T, svc *queue.Service, line string) queue.Place {
	t.Helper()
	p, err := svc.Take(line, false, kiosk.Italian)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestQueuePageFollowsTheTicket(t *testing.T) {
	ts, svc, now := newQueueServer(t)
	var places []queue.Place
	for range 4 {
		places = append(places, take(t, svc, "A"))
	}
	last := ts.URL + "/coda/" + places[3].Token
	code, h, page := get(t, last, "")
	for _, want := range []string{`lang="it"`, "A004", "Informazioni e orientamento", "Prima di Lei ci sono circa 3 persone.",
		`<meta http-equiv="refresh" content="20">`, "Aggiornato alle 10:30", "Provincia di Barletta-Andria-Trani", `href="?lang=en"`} {
		if code != 200 || !strings.Contains(page, want) {
			t.Errorf("a waiting ticket's page (%d) lacks %q", code, want)
		}
	}
	if strings.Contains(page, "Attesa stimata") || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") || h.Get("Referrer-Policy") != "no-referrer" {
		t.Errorf("a wait with none served yet, or headers %v:\n%s", h, page)
	}

	first, err := svc.CallNext("sportello-2")
	if err != nil || first.ID != places[0].ID {
		t.Fatal(first, err)
	}
	*now = now.Add(6 * time.Minute)
	if _, err := svc.Served(first.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, page = get(t, last, ""); !strings.Contains(page, "Prima di Lei ci sono circa 2 persone.") || !strings.Contains(page, "Attesa stimata: circa 6 min") {
		t.Errorf("after one served in 6 minutes:\n%s", page)
	}
	if _, _, page = get(t, last, "en-GB,en;q=0.8"); !strings.Contains(page, `lang="en"`) || !strings.Contains(page, "There are about 2 people ahead of you.") ||
		!strings.Contains(page, "Information and guidance") || !strings.Contains(page, "Estimated wait: about 6 min") {
		t.Errorf("in English:\n%s", page)
	}
	if _, _, page = get(t, ts.URL+"/coda/"+places[1].Token, ""); !strings.Contains(page, "Il prossimo numero chiamato è il Suo.") {
		t.Errorf("the next one:\n%s", page)
	}
	if _, _, page = get(t, ts.URL+"/coda/"+places[2].Token+"?lang=en", "it"); !strings.Contains(page, "There is 1 person ahead of you.") {
		t.Errorf("one ahead, ?lang=en:\n%s", page)
	}

	if _, _, page = get(t, ts.URL+"/coda/"+strings.ToLower(places[0].Token), ""); !strings.Contains(page, "Servito") || strings.Contains(page, "http-equiv") {
		t.Errorf("a ticket served, its token in lower case: the page should say so and stop refreshing:\n%s", page)
	}
	if _, err := svc.CallNext("sportello-1"); err != nil {
		t.Fatal(err)
	}
	if _, _, page = get(t, ts.URL+"/coda/"+places[1].Token, ""); !strings.Contains(page, "È il Suo turno: Sportello 1") || !strings.Contains(page, "http-equiv") {
		t.Errorf("called:\n%s", page)
	}
	if _, _, page = get(t, ts.URL+"/coda/"+places[1].Token, "en"); !strings.Contains(page, "It is your turn: Desk 1") {
		t.Errorf("called, in English:\n%s", page)
	}
}

func TestQueuePageUnknownTicket(t *testing.T) {
	ts, _, _ := newQueueServer(t)
	for _, token := range []string{"AAAAAAAAAAAAAAAA", "short", "AAAAAAAAAAAAAAA1", "%3Cscript%3E"} {
		code, _, page := get(t, ts.URL+"/coda/"+token, "")
		if code != 404 || !strings.Contains(page, `role="alert"`) || !strings.Contains(page, "Nessun biglietto con questo codice.") || strings.Contains(page, "<script>") {
			t.Errorf("%s: %d\n%s", token, code, page)
		}
	}
}
