package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
)

// A kiosk that knows its office rates it in one tap from home; another
// office is a small link away. The thanks count down, and go home at once
// on "Torna all'inizio".
func TestRateTheKiosksOfficeInOneTap(t *testing.T) {
	u, _ := newTestUI(t)
	s := u.Settings()
	s.Office = "urp-trani"
	u.ApplySettings(s)
	u.GoHome()
	test.Tap(u.home.tiles[sectionRate])
	f := u.rate
	if len(f.faces) == 0 || f.rating.Office != "urp-trani" || f.another == nil {
		t.Fatalf("one tap from home: faces %d, office %q, link %v", len(f.faces), f.rating.Office, f.another != nil)
	}
	test.Tap(f.another)
	if len(f.offices) == 0 {
		t.Fatal("«Un altro ufficio?» does not offer the offices")
	}
	test.Tap(f.offices["urp-andria"])
	test.Tap(f.faces[3])
	if !strings.Contains(f.thanks.Desc, "5 secondi") {
		t.Errorf("the thanks do not count down: %q", f.thanks.Desc)
	}
	kittest.Advance(u.Shell, 2*time.Second)
	if !strings.Contains(f.thanks.Desc, "3 secondi") {
		t.Errorf("after 2 s the thanks say %q", f.thanks.Desc)
	}
	test.Tap(f.home)
	if u.Depth() != 1 {
		t.Error("«Torna all'inizio» did not go home")
	}
	if recent, _ := u.db.RecentRatings("urp-andria", 5); len(recent) != 1 {
		t.Errorf("ratings of the office chosen: %+v", recent)
	}
}
