package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
	"sportello/internal/hours"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
)

// A citizen takes a number to talk to a clerk: what for, priority or not,
// then the number large, those ahead, and the ticket printed.
func TestANumberForTheDesk(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionDesk])
	if u.PageTitle.Text != "Parlare con un operatore" || len(u.desk.lines) != 3 {
		t.Fatalf("the desk screen: %q, %d lines", u.PageTitle.Text, len(u.desk.lines))
	}
	test.Tap(u.desk.lines["A"])
	if u.desk.priority == nil || !strings.Contains(u.desk.priority.Text, "disabilità") {
		t.Fatal("no priority button")
	}
	test.Tap(u.desk.take)
	shown := kittest.VisibleText(u.Body)
	if !strings.Contains(shown, "A001") || !strings.Contains(shown, "Informazioni e orientamento") ||
		!strings.Contains(shown, "Ritiri il biglietto con il numero A001.") {
		t.Fatalf("the number screen:\n%s", shown)
	}
	if len(u.fake.Printed()) != 1 {
		t.Errorf("%d tickets printed", len(u.fake.Printed()))
	}
	test.Tap(u.BackBtn) // to the lines, never to the same choice again
	if u.PageTitle.Text != "Parlare con un operatore" || u.desk.lines["A"] == nil {
		t.Errorf("Back from the number: %q", u.PageTitle.Text)
	}
	u.GoHome()

	// A second number from the same kiosk at once is refused, in words.
	test.Tap(u.home.tiles[sectionDesk])
	test.Tap(u.desk.lines["P"])
	test.Tap(u.desk.priority)
	if !strings.Contains(u.desk.problem.Text, "appena stato preso") {
		t.Errorf("a second number at once: %q", u.desk.problem.Text)
	}

	// With the printer down the number shows and the screen says to remember it.
	kittest.Advance(u.Shell, 60e9)
	u.fake.Down = true
	test.Tap(u.desk.priority)
	if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "P001") || !strings.Contains(shown, "con precedenza") ||
		!strings.Contains(shown, "ricordi il numero P001") {
		t.Errorf("printer down:\n%s", shown)
	}
}

// A citizen served at a desk scans the ticket's QR at the kiosk: it says
// where it was served and offers the rating of that desk, stored once a
// ticket however many times the QR is scanned.
func TestAServedCitizenRatesTheDesk(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.home.tiles[sectionDesk])
	test.Tap(u.desk.lines["A"])
	test.Tap(u.desk.take)
	token := u.desk.place.Token
	desks := &queue.Service{Store: u.db, Content: u.db.Content, Now: u.Now}
	lookUp := func() string {
		u.GoHome()
		test.Tap(u.home.tiles[sectionStatus])
		test.Type(u.status.code, "https://urp.example.it/coda/"+token)
		test.Tap(u.status.search)
		kittest.Eventually(t, func() bool { return !u.status.busy })
		return kittest.VisibleText(u.Body)
	}
	if shown := lookUp(); !strings.Contains(shown, "A001") || !strings.Contains(shown, "Persone prima di Lei") || u.status.rate != nil {
		t.Fatalf("a ticket waiting:\n%s", shown)
	}
	called, err := desks.CallNext("sportello-1")
	if err != nil {
		t.Fatal(err)
	}
	if shown := lookUp(); !strings.Contains(shown, "Chiamato a") || !strings.Contains(shown, "Sportello 1") {
		t.Fatalf("a ticket called:\n%s", shown)
	}
	if _, err := desks.Served(called.ID); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if shown := lookUp(); !strings.Contains(shown, "Sportello 1, alle") || u.status.rate == nil {
			t.Fatalf("a ticket served:\n%s", shown)
		}
		test.Tap(u.status.rate)
		if shown := kittest.VisibleText(u.Body); !strings.Contains(shown, "Informazioni e orientamento · Sportello 1") {
			t.Fatalf("the rating of the desk:\n%s", shown)
		}
		test.Tap(u.rate.faces[u.Content.Ratings.Scale])
		kittest.Eventually(t, func() bool { return u.rate.thanks != nil })
		kittest.Advance(u.Shell, 30e9)
	}
	got, err := u.db.RecentRatings("urp-andria", 10)
	if err != nil || len(got) != 1 || got[0].Desk != "sportello-1" {
		t.Errorf("the ratings of the office: %+v (%v)", got, err)
	}
	all, _ := u.db.RatingCounts(kiosk.RatingQuery{From: hours.Today(u.Now()), To: hours.Today(u.Now()), Office: "urp-andria", IncludeMisuse: true})
	if len(all) != 1 || all[0].Count != 1 {
		t.Errorf("scanned twice, rated twice: %+v stored", all)
	}
}
