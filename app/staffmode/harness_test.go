package staffmode

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/crypto/bcrypt"

	"sportello/app/citizen"
	"sportello/app/kit/kittest"
	"sportello/internal/accessreg"
	"sportello/internal/appointments"
	"sportello/internal/events"
	"sportello/internal/kiosk"
	"sportello/internal/pdfview"
	"sportello/internal/queue"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/store"
)

// testStaff is staff mode on the test driver, over the citizen screens,
// with what a test reaches behind them.
type testStaff struct {
	*Screens
	citizen  *citizen.Screens
	db       *store.DB
	svc      *requests.Service
	ratings  *ratings.Service
	accounts *staff.Service
	fake     *kittest.Printer
}

// newTestUI builds the citizen screens and staff mode on the test driver
// over a real database with the demo content, at a fixed time: Wednesday
// 25 November 2026, 10:30 in Rome.
func newTestUI(t *testing.T) (*testStaff, fyne.Window) {
	t.Helper()
	f := kittest.New(t)
	shell := f.Shell()
	db, now := f.DB, f.Now
	svc := &requests.Service{Store: db, Content: db.Content, Now: now}
	rat := &ratings.Service{Store: db, Content: db.Content, Now: now, Kiosk: "test"}
	accounts := &staff.Service{Store: db, Now: now, Cost: bcrypt.MinCost}
	cit := citizen.New(shell, citizen.Deps{Requests: svc, Ratings: rat, Printer: f.Printer, Direct: f.Printer,
		Lookups: &requests.Limiter{Max: 10, Window: time.Minute, Now: now}, Pages: pdfview.Renderer{CacheDir: t.TempDir(), DPI: 40}})
	u := New(shell, Deps{Requests: svc, Ratings: rat, Staff: accounts, SettingsStore: db, Register: db,
		Printer: f.Printer, Direct: f.Printer, PrinterFor: f.Printer.For, Audit: db,
		AccessRegister: &accessreg.Desk{Store: db, Log: db, Content: db.Content, Now: now},
		Events:         &events.Service{Store: db, Content: db.Content, Now: now},
		Queue:          &queue.Service{Store: db, Content: db.Content, Now: now, Kiosk: "test"},
		Appointments:   &appointments.Service{Store: db, Content: db.Content, Now: now}})
	shell.SettingsApplied = append(shell.SettingsApplied, func(s kiosk.Settings) { rat.SetKiosk(s.KioskName) })
	shell.Start(cit.Search())
	return &testStaff{Screens: u, citizen: cit, db: db, svc: svc, ratings: rat, accounts: accounts, fake: f.Printer}, f.Win
}

func suggestionDraft() requests.Draft {
	return requests.Draft{Kind: kiosk.KindSuggestion, Text: "Più sedie", PrivacyAccepted: true}
}

// tapHomeTile goes to the citizens' home screen, as after signing out, and
// taps the tile with this title.
func tapHomeTile(t *testing.T, u *testStaff, title string) {
	t.Helper()
	u.GoHome()
	test.Tap(kittest.FindRow(t, u.Shell, title))
}
