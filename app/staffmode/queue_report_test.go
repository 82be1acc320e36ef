package staffmode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// queueMorning is a morning at the desks, this morning (minutes):
// A001 taken 9:00, called 9:10 by sportello 1, served 9:16 (wait 10, service 6);
// A002 taken 9:05, called 9:25 by sportello 2, served 9:27 (wait 20, service 2);
// P001 taken 9:30, never called.
func queueMorning(t *testing.T, u *testStaff) {
	t.Helper()
	takeAt(t, u, "A", 9, 0)
	takeAt(t, u, "A", 9, 5)
	takeAt(t, u, "P", 9, 30)
	var now time.Time
	desks := &queue.Service{Store: u.db, Content: u.db.Content, Now: func() time.Time { return now }}
	for _, c := range []struct {
		desk           string
		called, served int // minutes past 9
	}{{"sportello-1", 10, 16}, {"sportello-2", 25, 27}} {
		now = time.Date(2026, 11, 25, 9, c.called, 0, 0, hours.Rome)
		tk, err := desks.CallNext(c.desk)
		if err != nil {
			t.Fatal(err)
		}
		now = time.Date(2026, 11, 25, 9, c.served, 0, 0, hours.Rome)
		if _, err := desks.Served(tk.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// The reports screen leads to the queue's report over a period: the
// median wait of each line in a chart, the waits and service times by
// line, desk and hour, and their export onto a USB stick.
func TestQueueReportScreen(t *testing.T) {
	u, _ := newTestUI(t)
	queueMorning(t, u)
	stick := filepath.Join(t.TempDir(), "USB")
	os.MkdirAll(stick, 0o755)
	u.Sticks = []string{filepath.Dir(stick)}
	u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
	u.OpenSignIn()
	signIn(t, u, "capo", "975310")
	test.Tap(u.staff.menu["reports"])
	q := u.staff.queueReport
	test.Tap(q.open)
	if u.PageTitle.Text != "Coda agli sportelli: attese e servizio" || q.days != 30 {
		t.Fatalf("opened %q over %d days", u.PageTitle.Text, q.days)
	}
	// waits 10 20: median 15, 90th percentile 20; service 6 2: median 4, 90th percentile 6
	bodyHas(t, u, "27/10/2026 – 25/11/2026", "presi 3 · chiamati 2 · serviti 2 · assenti 0 · trasferiti 0 · mai chiamati 1",
		"Attesa mediana per linea (minuti)", "15,0 min · chiamati: 2", "nessun numero chiamato",
		"Numeri: 2\nAttesa: mediana 15,0 min, 90° percentile 20,0 min · chiamati: 2\nServizio: mediana 4,0 min, 90° percentile 6,0 min · serviti: 2\nA Informazioni e orientamento",
		"Numeri: 1\nAttesa: mediana 10,0 min, 90° percentile 10,0 min · chiamati: 1\nServizio: mediana 6,0 min, 90° percentile 6,0 min · serviti: 1\nSportello 1",
		"Numeri: 1\nAttesa: nessun numero chiamato\nServizio: nessun numero servito\nP Protocollo", "Numeri: 3\nAttesa: mediana 15,0 min", "9:00–10:00")
	for _, format := range []string{"csv", "pdf"} {
		test.Tap(q.export[format])
		test.Tap(u.staff.files.picks[0])
		b, err := os.ReadFile(filepath.Join(stick, "coda-2026-10-27-2026-11-25."+format))
		if err != nil || (format == "pdf" && !strings.HasPrefix(string(b), "%PDF")) ||
			(format == "csv" && !strings.Contains(string(b), "linea;A Informazioni e orientamento;2;2;15,0;20,0;2;4,0;6,0\n")) {
			t.Errorf("%s export: %v\n%s", format, err, b)
		}
		test.Tap(u.BackBtn)
	}
	test.Tap(q.periods[365])
	bodyHas(t, u, "26/11/2025 – 25/11/2026", "presi 3 ·")
	u.LangBtn.OnTapped()
	bodyHas(t, u, "Median wait by line (minutes)", "Wait: median 15.0 min, 90th percentile 20.0 min · called: 2\nService: median 4.0 min")
}

// The queue's report shows whole at every kiosk size.
func TestQueueReportAtEverySize(t *testing.T) {
	for _, size := range kittest.KioskSizes {
		u, w := newTestUI(t)
		w.Resize(size)
		queueMorning(t, u)
		u.accounts.Add("capo", kiosk.RoleAdmin, "975310", "admin")
		u.OpenSignIn()
		signIn(t, u, "capo", "975310")
		test.Tap(u.staff.menu["reports"])
		test.Tap(u.staff.queueReport.open)
		if problems := kittest.Cut(u.Body, w.Canvas().Size()); len(problems) > 0 {
			t.Errorf("at %v:\n  %s", size, strings.Join(problems, "\n  "))
		}
	}
}
