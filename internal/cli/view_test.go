package cli

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/datadir"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
	"sportello/internal/store"
	"sportello/internal/web"
)

// The status web page and `sportello requests status` show the same facts
// of a request, as requests.View writes them: with an office, with none in
// particular, and annulled.
func TestWebAndCommandLineShowTheSameView(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	add := func(args ...string) (code, protocol string) {
		t.Helper()
		args = append([]string{"requests", "add", "--kind", "reclamo", "--text", "Attesa di due ore", "--name", "Anna Esempio",
			"--email", "anna@example.org", "--json"}, args...)
		exit, out, stderr := sportello(t, data, args...)
		var added struct{ Code, Protocol string }
		if err := json.Unmarshal([]byte(out), &added); exit != 0 || err != nil {
			t.Fatalf("add: %s %v", stderr, err)
		}
		return added.Code, added.Protocol
	}
	withOffice, _ := add("--office", "urp-andria")
	if exit, _, stderr := sportello(t, data, "requests", "set", withOffice, "assegnata", "--note", "Affidata all'ufficio"); exit != 0 {
		t.Fatal(stderr)
	}
	noOffice, _ := add()
	annulled, number := add()
	if exit, _, stderr := sportello(t, data, "register", "annul", number, "--reason", "doppione", "--act", "disposizione n. 12"); exit != 0 {
		t.Fatal(stderr)
	}
	db, err := store.Open(datadir.Database(data))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	svc := &requests.Service{Store: db, Content: db.Content, Now: time.Now}
	page := httptest.NewServer((&web.Server{Requests: svc, Catalog: cat, Lookups: 100, Now: time.Now,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler())
	defer page.Close()
	for _, c := range []struct {
		name, code string
		lang       kiosk.Lang
		office     string // what the view says of the office; "" when it says nothing
	}{
		{"an office", withOffice, kiosk.Italian, "URP - Sede di Andria"},
		{"an office, in English", withOffice, kiosk.English, "Public Relations Office - Andria"},
		{"no office", noOffice, kiosk.Italian, "Nessuno in particolare"},
		{"no office, in English", noOffice, kiosk.English, "None in particular"},
		{"annulled", annulled, kiosk.Italian, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := svc.Status(c.code)
			if err != nil {
				t.Fatal(err)
			}
			v := requests.View(p, cat, c.lang)
			facts := []string{}
			for _, f := range v.Fields {
				facts = append(facts, f.Label, f.Value)
			}
			for _, e := range v.History {
				facts = append(facts, e.Date, e.Status, e.Note)
			}
			if c.office != "" && !strings.Contains(strings.Join(facts, "\n"), c.office) {
				t.Errorf("the view says nothing of the office %q: %q", c.office, facts)
			}
			resp, err := page.Client().Get(page.URL + "/?lang=" + string(c.lang) + "&code=" + c.code)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			shown := map[string]string{"web page": html.UnescapeString(string(body)), "command line": statusIn(t, data, c.lang, c.code)}
			for where, text := range shown {
				for _, fact := range facts {
					if !strings.Contains(text, fact) {
						t.Errorf("the %s lacks %q:\n%s", where, fact, text)
					}
				}
			}
		})
	}
}

// statusIn is the text of `sportello requests status code` in lang.
func statusIn(t *testing.T, data string, lang kiosk.Lang, code string) string {
	t.Helper()
	env := map[string]string{"LANG": map[kiosk.Lang]string{kiosk.Italian: "it_IT.UTF-8", kiosk.English: "en_GB.UTF-8"}[lang]}
	var out, stderr bytes.Buffer
	if exit := Run([]string{"--data", data, "requests", "status", code}, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &stderr,
		Getenv: func(k string) string { return env[k] }}); exit != 0 {
		t.Fatalf("requests status: %s", stderr.String())
	}
	return out.String()
}
