package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/charter"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// fileForCharter gives the driveway permit alone a standard of 30 days in 90% of
// cases and files, on a clock of its own, requests decided after 10, 20 and
// 40 days and one after 50 of which 20 suspended, and one still open.
func fileForCharter(t *testing.T, u *testStaff) {
	t.Helper()
	content := func() (kiosk.Content, error) {
		c, err := u.db.Content()
		for i := range c.Services {
			c.Services[i].Standard = nil
			if c.Services[i].ID == "passo-carrabile" {
				c.Services[i].Standard = &kiosk.Standard{Indicator: kiosk.T("Tempo di risposta", "Response time"), Target: kiosk.Term{Days: 30}, Threshold: 90}
			}
		}
		return c, err
	}
	var now time.Time
	svc := &requests.Service{Store: u.db, Content: content, Now: func() time.Time { return now }}
	move := func(code string, at time.Time, to kiosk.Status, outcome kiosk.Outcome) {
		now = at
		if _, err := svc.SetStatus(code, "test", to, outcome, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	reg := time.Date(2026, 9, 1, 9, 0, 0, 0, hours.Rome)
	for _, c := range []struct{ days, suspended int }{{10, 0}, {20, 0}, {40, 0}, {50, 20}, {-1, 0}} {
		if c.days < 0 {
			reg = time.Date(2026, 11, 20, 9, 0, 0, 0, hours.Rome)
		}
		now = reg
		r, err := svc.Register(requests.Draft{Kind: kiosk.KindDisservice, Office: "viabilita", Service: "passo-carrabile", Text: "Cantiere fermo", PrivacyAccepted: true})
		if err != nil {
			t.Fatal(err)
		}
		move(r.Code, reg.Add(time.Hour), kiosk.StatusInProgress, "")
		if c.suspended > 0 {
			move(r.Code, reg.AddDate(0, 0, 2), kiosk.StatusSuspended, "")
			move(r.Code, reg.AddDate(0, 0, 2+c.suspended), kiosk.StatusInProgress, "")
		}
		if c.days > 0 {
			move(r.Code, reg.AddDate(0, 0, c.days), kiosk.StatusConcluded, kiosk.OutcomeAccepted)
		}
	}
	if _, err := u.db.AddRating(&kiosk.Rating{Office: "viabilita", Service: "passo-carrabile", Scale: 3, Value: 3, At: reg}); err != nil {
		t.Fatal(err)
	}
	u.Charter = &charter.Service{Requests: u.db, Ratings: u.ratings, Content: content, Now: u.Now}
}

// The reports screen leads to the service charter measured over a period:
// the share within the standard against its threshold, the figures, and
// their export onto a USB stick.
func TestCharterScreen(t *testing.T) {
	u, _ := newTestUI(t)
	fileForCharter(t, u)
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Sticks = []string{filepath.Dir(stick)}
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	test.Tap(u.staff.reports.toCharter)
	c := u.staff.reports.charter
	if u.PageTitle.Text != "Carta dei servizi: gli standard misurati" || c.days != 365 {
		t.Fatalf("opened %q over %d days", u.PageTitle.Text, c.days)
	}
	// 10 20 30 40: median 25, 90th percentile the 4th, 40; 3 of 4 within 30 days.
	text := kittest.VisibleText(u.Body)
	for _, want := range []string{"26/11/2025 – 25/11/2026", "Casi entro lo standard (%)", "Passo carrabile su strada provinciale · Ufficio Viabilità e trasporti",
		"Passo carrabile su strada provinciale · Ufficio Viabilità e trasporti\nnon rispettato", "75,0% · soglia 90%", "Tempo di risposta: 30 giorni nel 90% dei casi\nStandard", "4\nGestite", "1\nAncora aperte",
		"25,0 giorni\nMediana", "40,0 giorni\n90° percentile", "100,0 (1 valutazioni)\nSoddisfazione"} {
		if !strings.Contains(text, want) {
			t.Errorf("the charter screen lacks %q:\n%s", want, text)
		}
	}
	for _, format := range []string{"csv", "pdf"} {
		test.Tap(c.export[format])
		test.Tap(u.staff.files.picks[0])
		b, err := os.ReadFile(filepath.Join(stick, "carta-servizi-2025-11-26-2026-11-25."+format))
		if err != nil || (format == "pdf" && !strings.HasPrefix(string(b), "%PDF")) ||
			(format == "csv" && !strings.Contains(string(b), ";30 giorni;90;4;1;25,0;40,0;25,0;75,0;non rispettato;1;100,0\n")) {
			t.Errorf("%s export: %v\n%s", format, err, b)
		}
		test.Tap(u.BackBtn)
	}
	test.Tap(c.periods[30]) // from 27 October: only the open one
	if text := kittest.VisibleText(u.Body); !strings.Contains(text, "— · soglia 90%") || !strings.Contains(text, "nessun caso") || !strings.Contains(text, "1\nAncora aperte") {
		t.Errorf("the last 30 days:\n%s", text)
	}
}

// A ratings desk that does not measure the charter offers no way to it.
func TestNoCharterWithoutItsDesk(t *testing.T) {
	u, _ := newTestUI(t)
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	if u.staff.reports.charter != nil || u.staff.reports.toCharter != nil {
		t.Error("the reports screen offers the charter")
	}
}
