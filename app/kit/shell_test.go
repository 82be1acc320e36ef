package kit_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// newShell builds the shell on the test driver with a home screen of one
// label and shows it.
func newShell(t *testing.T) *kit.Shell {
	t.Helper()
	u := kittest.New(t).Shell()
	u.Home = func() fyne.CanvasObject { return widget.NewLabel("home") }
	u.Start(u.Home)
	return u
}

func TestHeaderShowsOfficeDateAndTime(t *testing.T) {
	org, office, date, clock, _ := newShell(t).Header()
	if org != "Provincia di Barletta-Andria-Trani" || office != "Ufficio Relazioni con il Pubblico" {
		t.Errorf("header = %q / %q", org, office)
	}
	if date != "mercoledì 25 novembre 2026" || clock != "10:30" {
		t.Errorf("date and time = %q %q", date, clock)
	}
}

func TestSecondTapWithinTheGuardIsIgnored(t *testing.T) {
	u := newShell(t)
	u.TapGuard = 300 * time.Millisecond
	test.Tap(u.LangBtn)
	kittest.Advance(u, 200*time.Millisecond)
	test.Tap(u.LangBtn)
	if u.Tr.Lang() != kiosk.English {
		t.Fatal("the second tap within 300 ms was taken")
	}
	kittest.Advance(u, 200*time.Millisecond)
	test.Tap(u.LangBtn)
	if u.Tr.Lang() != kiosk.Italian {
		t.Error("a tap 400 ms after the first was ignored")
	}
}

func TestNoSpeechHidesListen(t *testing.T) {
	u := newShell(t)
	test.Tap(u.AccessBtn)
	if u.AccessPanel().Listen != nil {
		t.Error("Ascolta offered without espeak-ng")
	}
	if !u.AccessPanel().Shown() || u.AccessPanel().Contrast == nil {
		t.Error("the accessibility panel did not open")
	}
}

// The accessibility panel stays open while its choices are toggled, and
// large text scales the header too.
func TestAccessPanelStaysOpenAndLargeTextScalesTheHeader(t *testing.T) {
	u := newShell(t)
	test.Tap(u.AccessBtn)
	test.Tap(u.AccessPanel().Large)
	if !u.AccessPanel().Shown() {
		t.Fatal("the panel closed on toggling large text")
	}
	test.Tap(u.AccessPanel().Contrast)
	if large, contrast := u.Access(); !u.AccessPanel().Shown() || !large || !contrast {
		t.Fatalf("panel shown %v, large %v, contrast %v", u.AccessPanel().Shown(), large, contrast)
	}
	if size := u.HeaderTextSize(); size < 34*1.6 {
		t.Errorf("large text leaves the header's name at %.0f", size)
	}
}
