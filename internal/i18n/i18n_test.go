package i18n

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"testing"
	"time"

	"sportello/assets"
	"sportello/internal/kiosk"
)

func keys(t *testing.T, name string) map[string]bool {
	b, err := fs.ReadFile(assets.Translations, name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

func TestCataloguesHaveTheSameKeys(t *testing.T) {
	it, en := keys(t, "it.json"), keys(t, "en.json")
	for k := range it {
		if !en[k] {
			t.Errorf("%s has no English", k)
		}
	}
	for k := range en {
		if !it[k] {
			t.Errorf("%s has no Italian", k)
		}
	}
}

func TestTranslatorSwitches(t *testing.T) {
	c, err := Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	tr := NewTranslator(c)
	if got := tr.T("nav.back"); got != "Indietro" {
		t.Errorf("Italian = %q", got)
	}
	tr.SetLang(kiosk.English)
	if got := tr.T("nav.back"); got != "Back" {
		t.Errorf("English = %q", got)
	}
	if got := tr.T("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key = %q", got)
	}
}

func TestDates(t *testing.T) {
	d := kiosk.Date{Year: 2026, Month: time.November, Day: 25}
	if got := LongDate(d, kiosk.Italian); got != "mercoledì 25 novembre 2026" {
		t.Errorf("Italian = %q", got)
	}
	if got := LongDate(d, kiosk.English); got != "Wednesday 25 November 2026" {
		t.Errorf("English = %q", got)
	}
	if got := Clock(time.Date(2026, 1, 1, 9, 5, 0, 0, time.UTC)); got != "9:05" {
		t.Errorf("Clock = %q", got)
	}
	if ShortDate(d) != "25/11/2026" {
		t.Error(ShortDate(d))
	}
}

// Every Italian string addresses the citizen with the polite Lei, never tu.
func TestItalianIsPolite(t *testing.T) {
	b, err := fs.ReadFile(assets.Translations, "it.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	tu := regexp.MustCompile(`(?i)\b(sei|tuo|tua|tuoi|tue|hai|puoi|vuoi|devi|tocca|scegli|scrivi|inserisci|premi|guarda|leggi|attendi|fai|ti)\b`)
	for k, v := range m {
		if w := tu.FindString(v); w != "" {
			t.Errorf("%s says %q: %q", k, w, v)
		}
	}
}
