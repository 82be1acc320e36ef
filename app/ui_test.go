package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/crypto/bcrypt"

	"sportello/assets"
	"sportello/internal/content"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/pdfview"
	"sportello/internal/printer"
	"sportello/internal/ratings"
	"sportello/internal/requests"
	"sportello/internal/staff"
	"sportello/internal/store"
	"sportello/internal/store/testdb"
)

// newTestUI builds the interface on the test driver over a real database
// with the demo content, at a fixed time: Wednesday 25 November 2026, 10:30 in Rome.
func newTestUI(t *testing.T) (*UI, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	db, err := store.Open(testdb.Source(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := content.Load(assets.Demo, assets.DemoFile)
	if err := db.ReplaceContent(f.Content, f.Files, kiosk.AuditEntry{Action: "content.import"}); err != nil {
		t.Fatal(err)
	}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1080, 1920))
	now := func() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }
	fake := &fakePrinter{}
	u := New(w, Deps{
		Content:  db,
		Requests: &requests.Service{Store: db, Content: db.Content, Now: now},
		Printer:  fake,
		Direct:   fake,
		PrinterFor: func(queue string) printer.Printer {
			fake.queues = append(fake.queues, queue)
			return fake
		},
		Lookups:  &requests.Limiter{Max: 10, Window: time.Minute, Now: now},
		Ratings:  &ratings.Service{Store: db, Content: db.Content, Now: now, Kiosk: "test"},
		Staff:    &staff.Service{Store: db, Now: now, Cost: bcrypt.MinCost},
		Settings: db,
		Register: db,
		Pages:    pdfview.Renderer{CacheDir: t.TempDir(), DPI: 40},
		Catalog:  cat, Now: now, Inline: true,
	})
	return u, w
}

func suggestionDraft() requests.Draft {
	return requests.Draft{Kind: kiosk.KindSuggestion, Text: "Più sedie", PrivacyAccepted: true}
}

// findRow returns the first row under the current screen with this title.
func findRow(t *testing.T, u *UI, title string) *tile {
	t.Helper()
	var found *tile
	walk(u.body, func(o fyne.CanvasObject) {
		if r, ok := o.(*tile); ok && r.title == title && found == nil {
			found = r
		}
	})
	if found == nil {
		t.Fatalf("no row %q on screen %q", title, u.pageTitle.Text)
	}
	return found
}

// findButton returns the first button under the current screen with this text.
func findButton(t *testing.T, u *UI, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(u.body, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// walk visits o and every object inside it, widgets included.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walk(c, visit)
		}
	case *container.Scroll:
		walk(w.Content, visit)
	case fyne.Widget:
		if _, isTile := w.(*tile); isTile {
			return
		}
		for _, c := range test.WidgetRenderer(w).Objects() {
			walk(c, visit)
		}
	}
}

// visibleText gathers the text of the labels under o.
func visibleText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *tile:
			b.WriteString(w.title + "\n" + w.desc + "\n")
		}
	})
	return b.String()
}

func TestHeaderShowsOfficeDateAndTime(t *testing.T) {
	u, _ := newTestUI(t)
	h := u.header
	if h.org.Text != "Provincia di Barletta-Andria-Trani" || h.office.Text != "Ufficio Relazioni con il Pubblico" {
		t.Errorf("header = %q / %q", h.org.Text, h.office.Text)
	}
	if h.date.Text != "mercoledì 25 novembre 2026" || h.clock.Text != "10:30" {
		t.Errorf("date and time = %q %q", h.date.Text, h.clock.Text)
	}
}

func TestEveryTileOpensItsSectionAndBackReturns(t *testing.T) {
	u, _ := newTestUI(t)
	if len(u.home.tiles) != 7 {
		t.Fatalf("home has %d tiles, want 7", len(u.home.tiles))
	}
	for _, s := range sections {
		home, title := u.home, u.pageTitle
		test.Tap(home.tiles[s.id])
		if len(u.stack) != 2 || u.pageTitle == title || u.pageTitle.Text == "" {
			t.Errorf("tile %s opened no page", s.id)
		}
		test.Tap(u.backBtn)
		if u.home == home || len(u.stack) != 1 {
			t.Errorf("back from %s did not rebuild the home screen", s.id)
		}
	}
}

func TestTilesTooShortForTheirLineShowTheTitleOnly(t *testing.T) {
	u, w := newTestUI(t)
	shown := func(id string) int { return len(u.home.tiles[id].text.Segments) }
	if shown(sectionForms) != 2 {
		t.Fatal("on the full screen the forms tile does not show the line under its title")
	}
	w.Resize(fyne.NewSize(720, 1100))
	if shown(sectionForms) != 1 {
		tl := u.home.tiles[sectionForms]
		t.Errorf("on a small screen the forms tile still shows the line under its title, cut (tile %v, text %v)", tl.Size(), tl.text.MinSize())
	}
	if tl := u.home.tiles[sectionForms]; tl.text.Size().Height > tl.Size().Height {
		t.Errorf("the forms tile's title (%v high) does not fit the tile (%v)", tl.text.Size().Height, tl.Size().Height)
	}
	w.Resize(fyne.NewSize(1080, 1920))
	if shown(sectionForms) != 2 {
		t.Error("back on the full screen the forms tile does not show its line again")
	}
}

func TestTilesNeverBreakAWordOfTheirTitle(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(1920, 1080))
	if u.home.tiles[sectionNotices].Position().Y != u.home.tiles[sectionOffices].Position().Y {
		t.Error("a landscape screen does not show four tiles a row")
	}
	w.Resize(fyne.NewSize(720, 1100))
	test.Tap(u.accessBtn) // the panel takes height: the tiles' area becomes wider than high
	for id, tl := range u.home.tiles {
		if need := tl.widthForLongestWord(); tl.Size().Width < need {
			t.Errorf("tile %s is %.0f wide, its title's longest word needs %.0f", id, tl.Size().Width, need)
		}
	}
}

func TestLanguageSwitchRebuildsTheScreen(t *testing.T) {
	u, _ := newTestUI(t)
	if got := u.home.tiles[sectionOffices].title; got != "Uffici e orari" {
		t.Fatalf("Italian tile = %q", got)
	}
	test.Tap(u.langBtn)
	if got := u.home.tiles[sectionOffices].title; got != "Offices and hours" {
		t.Errorf("English tile = %q", got)
	}
	if u.header.date.Text != "Wednesday 25 November 2026" || u.langBtn.Text != "Italiano" {
		t.Errorf("after switch: date %q, button %q", u.header.date.Text, u.langBtn.Text)
	}
	test.Tap(u.home.tiles[sectionServices])
	test.Tap(u.langBtn)
	if u.pageTitle.Text != "Servizi" {
		t.Errorf("switching on a page gave %q", u.pageTitle.Text)
	}
	test.Tap(u.homeBtn)
	if len(u.stack) != 1 || u.home.tiles[sectionServices].title != "Servizi" {
		t.Error("Home did not return to the home screen")
	}
}
