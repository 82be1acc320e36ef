package citizen

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/appointments"
	"sportello/internal/events"
	"sportello/internal/kiosk"
	"sportello/internal/pdfview"
	"sportello/internal/queue"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/store"
)

// testKiosk is the citizen screens on the test driver, with what a test
// reaches behind them: the database and the printer.
type testKiosk struct {
	*Screens
	db   *store.DB
	svc  *requests.Service
	fake *kittest.Printer
}

// newTestUI builds the citizen screens on the test driver over a real
// database with the demo content, at a fixed time: Wednesday 25 November
// 2026, 10:30 in Rome.
func newTestUI(t *testing.T) (*testKiosk, fyne.Window) {
	t.Helper()
	f := kittest.New(t)
	shell := f.Shell()
	db, now := f.DB, f.Now
	svc := &requests.Service{Store: db, Content: db.Content, Now: now}
	q := &queue.Service{Store: db, Content: db.Content, Now: func() time.Time { return shell.Now() }, Kiosk: "test"}
	u := New(shell, Deps{
		Requests: svc,
		Printer:  f.Printer,
		Direct:   f.Printer,
		Lookups:  &requests.Limiter{Max: 10, Window: time.Minute, Now: now},
		Ratings:  &ratings.Service{Store: db, Content: db.Content, Now: now, Kiosk: "test"},
		Pages:    pdfview.Renderer{CacheDir: t.TempDir(), DPI: 40},
		Queue:    q,
		Bookings: &appointments.Service{Store: db, Content: db.Content, Now: func() time.Time { return shell.Now() }, Queue: q},
		Signups:  &events.Service{Store: db, Content: db.Content, Now: func() time.Time { return shell.Now() }},
	})
	shell.Start(u.Search())
	return &testKiosk{Screens: u, db: db, svc: svc, fake: f.Printer}, f.Win
}

func suggestionDraft() requests.Draft {
	return requests.Draft{Kind: kiosk.KindSuggestion, Text: "Più sedie", PrivacyAccepted: true}
}

func TestEveryTileOpensItsSectionAndBackReturns(t *testing.T) {
	u, _ := newTestUI(t)
	if len(u.home.tiles) != 8 {
		t.Fatalf("home has %d tiles, want 8", len(u.home.tiles))
	}
	for _, s := range sections {
		home, title := u.home, u.PageTitle
		test.Tap(home.tiles[s.id])
		if u.Depth() != 2 || u.PageTitle == title || u.PageTitle.Text == "" {
			t.Errorf("tile %s opened no page", s.id)
		}
		test.Tap(u.BackBtn)
		if u.home == home || u.Depth() != 1 {
			t.Errorf("back from %s did not rebuild the home screen", s.id)
		}
	}
}

func TestTilesTooShortForTheirLineShowTheTitleOnly(t *testing.T) {
	u, w := newTestUI(t)
	shown := func(id string) bool { return u.home.tiles[id].ShowsDesc() }
	if !shown(sectionForms) {
		t.Fatal("on the full screen the forms tile does not show the line under its title")
	}
	w.Resize(fyne.NewSize(720, 1100))
	if shown(sectionForms) {
		tl := u.home.tiles[sectionForms]
		t.Errorf("on a small screen the forms tile still shows the line under its title, cut (tile %v, text %v)", tl.Size(), tl.TextMinSize())
	}
	if tl := u.home.tiles[sectionForms]; tl.TextSize().Height > tl.Size().Height {
		t.Errorf("the forms tile's title (%v high) does not fit the tile (%v)", tl.TextSize().Height, tl.Size().Height)
	}
	w.Resize(fyne.NewSize(1080, 1920))
	if !shown(sectionForms) {
		t.Error("back on the full screen the forms tile does not show its line again")
	}
}

func TestTilesNeverBreakAWordOfTheirTitle(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(1920, 1080))
	if u.home.tiles[sectionForms].Position().Y != u.home.tiles[sectionDesk].Position().Y { // the first and the fourth
		t.Error("a landscape screen does not show four tiles a row")
	}
	w.Resize(fyne.NewSize(720, 1100))
	test.Tap(u.AccessBtn) // the panel takes height: the tiles' area becomes wider than high
	for id, tl := range u.home.tiles {
		if need := tl.WidthForLongestWord(); tl.Size().Width < need {
			t.Errorf("tile %s is %.0f wide, its title's longest word needs %.0f", id, tl.Size().Width, need)
		}
	}
}

func TestLanguageSwitchRebuildsTheScreen(t *testing.T) {
	u, _ := newTestUI(t)
	if got := u.home.tiles[sectionOffices].Title; got != "Uffici e orari" {
		t.Fatalf("Italian tile = %q", got)
	}
	test.Tap(u.LangBtn)
	if got := u.home.tiles[sectionOffices].Title; got != "Offices and hours" {
		t.Errorf("English tile = %q", got)
	}
	if _, _, date, _, _ := u.Header(); date != "Wednesday 25 November 2026" || u.LangBtn.Text != "Italiano" {
		t.Errorf("after switch: date %q, button %q", date, u.LangBtn.Text)
	}
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.LangBtn)
	if u.PageTitle.Text != "Servizi" {
		t.Errorf("switching on a page gave %q", u.PageTitle.Text)
	}
	test.Tap(u.HomeBtn)
	if u.Depth() != 1 || u.home.tiles[sectionServices].Title != "Servizi" {
		t.Error("Home did not return to the home screen")
	}
}
