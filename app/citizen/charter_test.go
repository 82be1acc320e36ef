package citizen

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/charter"
	"sportello/internal/kiosk"
)

// withStandard gives a service of the content shown a standard.
func withStandard(u *testKiosk, service string, st kiosk.Standard) {
	c := u.Content
	c.Services = slices.Clone(c.Services)
	for i := range c.Services {
		if c.Services[i].ID == service {
			c.Services[i].Standard = &st
		}
	}
	u.SetContent(c)
}

// A service's page says its standard and, with enough cases, how the last
// 12 months kept it; with fewer, that the figure is not yet meaningful.
func TestServicePageShowsTheStandardMeasured(t *testing.T) {
	u, _ := newTestUI(t)
	days30 := kiosk.Standard{Indicator: kiosk.T("Tempo di risposta", "Response time"), Target: kiosk.Term{Days: 30}, Threshold: 95}
	withStandard(u, "passo-carrabile", days30)
	var asked []string
	measure := charter.Measure{Standard: &days30, Handled: 25, Mean: 11.6, Within: 96.8}
	var fail error
	u.Charter = func(service string) (charter.Measure, error) { asked = append(asked, service); return measure, fail }
	shown := func() string { u.Show(u.servicePage("passo-carrabile")); return kittest.VisibleText(u.Body) }
	for _, c := range []struct {
		name    string
		measure charter.Measure
		fail    error
		want    string
	}{
		{"enough cases", measure, nil, "Standard: 30 giorni · negli ultimi 12 mesi: 12 giorni in media, 96% entro lo standard"},
		{"fewer than 20", charter.Measure{Standard: &days30, Handled: 19, Mean: 3, Within: 100},
			nil, "Standard: 30 giorni · negli ultimi 12 mesi i casi conclusi sono ancora troppo pochi (19) per un dato significativo"},
		{"the figures cannot be read", measure, errors.New("database down"), "\nStandard: 30 giorni\nCarta dei servizi\n"},
	} {
		measure, fail = c.measure, c.fail
		if text := shown(); !strings.Contains(text, c.want) {
			t.Errorf("%s: the page lacks %q:\n%s", c.name, c.want, text)
		}
	}
	if !slices.Equal(asked, []string{"passo-carrabile", "passo-carrabile", "passo-carrabile"}) {
		t.Errorf("asked %v", asked)
	}
	measure, fail = charter.Measure{Standard: &days30, Handled: 40, Mean: 7.2, Within: 100}, nil
	shown()
	test.Tap(u.LangBtn) // the figures already read, in the other language
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "Standard: 30 days · in the last 12 months: 7 days on average, 100% within the standard") || len(asked) != 4 {
		t.Errorf("in English, asked %d times:\n%s", len(asked), text)
	}
	test.Tap(u.LangBtn)

	working := kiosk.Standard{Indicator: kiosk.T("Appuntamento", "Appointment"), Target: kiosk.Term{Days: 5, Working: true}, Threshold: 90}
	withStandard(u, "passo-carrabile", working)
	measure = charter.Measure{Standard: &working, Handled: 20, Mean: 3.4, Within: 99.6}
	if text := shown(); !strings.Contains(text, "Standard: 5 giorni lavorativi · negli ultimi 12 mesi: 3 giorni lavorativi in media, 99% entro lo standard") {
		t.Errorf("working days:\n%s", text)
	}
	u.Charter = nil
	if text := shown(); !strings.Contains(text, "Standard: 5 giorni lavorativi\n") {
		t.Errorf("with no measure, the standard alone:\n%s", text)
	}
	u.Show(u.servicePage("informazioni-urp"))
	if text := kittest.VisibleText(u.Body); strings.Contains(text, "Carta dei servizi") {
		t.Errorf("a service with no standard:\n%s", text)
	}
}
