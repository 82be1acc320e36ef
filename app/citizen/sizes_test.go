package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

var kioskSizes = kittest.KioskSizes

// citizenScreens open each citizen screen from home, as a citizen would.
var citizenScreens = []struct {
	name string
	open func(t *testing.T, u *testKiosk)
}{
	{"home", func(t *testing.T, u *testKiosk) {}},
	{"home, accessibility panel open", func(t *testing.T, u *testKiosk) { test.Tap(u.AccessBtn) }},
	{"offices", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionOffices]) }},
	{"office", func(t *testing.T, u *testKiosk) { u.Show(u.officePage("viabilita")) }},
	{"services", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionServices]) }},
	{"service", func(t *testing.T, u *testKiosk) { u.Show(u.servicePage("passo-carrabile")) }},
	{"documents", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionForms]) }},
	{"notices", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionNotices]) }},
	{"request kind", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionRequests]) }},
	{"request text", func(t *testing.T, u *testKiosk) {
		test.Tap(u.home.tiles[sectionRequests])
		test.Tap(u.flow.kinds[kiosk.KindComplaint])
		test.Tap(u.flow.offices[""])
	}},
	{"request contact", func(t *testing.T, u *testKiosk) { toContact(t, u, kiosk.KindComplaint, "Attesa lunga") }},
	{"request summary", func(t *testing.T, u *testKiosk) { toSummary(t, u, "Più sedie") }},
	{"request result", func(t *testing.T, u *testKiosk) { test.Tap(toSummary(t, u, "Più sedie").next) }},
	{"search", func(t *testing.T, u *testKiosk) { test.Tap(u.SearchBtn) }},
	{"rate", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionRate]) }},
	{"rate why", func(t *testing.T, u *testKiosk) {
		test.Tap(u.home.tiles[sectionRate])
		test.Tap(u.rate.offices["urp-andria"])
		test.Tap(u.rate.faces[1])
		u.Win.Canvas().Focus(u.rate.comment) // typing the comment, the keyboard open
	}},
	{"status", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionStatus]) }},
	{"desk", func(t *testing.T, u *testKiosk) { test.Tap(u.home.tiles[sectionDesk]) }},
	{"event sign-up contact", func(t *testing.T, u *testKiosk) {
		for _, n := range u.Content.Notices {
			if n.ID == "seminario-urp" {
				u.startSignup(n)
			}
		}
		test.Tap(u.signup.accept)
		test.Tap(u.signup.next)
	}},
	{"booking day", func(t *testing.T, u *testKiosk) { u.startBooking(bookable(t, u)) }},
	{"booking time", func(t *testing.T, u *testKiosk) {
		u.startBooking(bookable(t, u))
		test.Tap(u.booking.days["2026-11-26"])
	}},
	{"desk priority", func(t *testing.T, u *testKiosk) {
		test.Tap(u.home.tiles[sectionDesk])
		test.Tap(u.desk.lines["P"])
	}},
	{"desk number", func(t *testing.T, u *testKiosk) {
		kittest.Advance(u.Shell, time.Minute) // past the misuse time since the last size's number
		test.Tap(u.home.tiles[sectionDesk])
		test.Tap(u.desk.lines["P"])
		test.Tap(u.desk.priority)
		if u.desk.place.Number == 0 {
			t.Fatalf("no number: %q", u.desk.problem.Text)
		}
	}},
}

// Every citizen screen shows whole at every kiosk size, in normal and large
// text: no text cut, nothing off the window.
func TestEveryCitizenScreenAtEverySize(t *testing.T) {
	for _, size := range kioskSizes {
		for _, large := range []bool{false, true} {
			u := uiAt(t, size, large)
			w := u.Win
			for _, s := range citizenScreens {
				u.GoHome()
				s.open(t, u)
				if m := w.Content().MinSize(); m.Width > size.Width+1 || m.Height > size.Height+1 {
					t.Errorf("%s at %v (large %v): the window needs %v, more than the screen", s.name, size, large, m)
				}
				if problems := kittest.Cut(u.Body, w.Canvas().Size()); len(problems) > 0 {
					t.Errorf("%s at %v (large %v):\n  %s", s.name, size, large, strings.Join(problems, "\n  "))
				}
			}
		}
	}
}

// bookable is the demo's service that takes appointments.
func bookable(t *testing.T, u *testKiosk) kiosk.Service {
	sv, ok := u.Content.Service("passo-carrabile")
	if !ok || sv.Booking == nil {
		t.Fatal("the demo's passo-carrabile takes no appointments")
	}
	return sv
}
