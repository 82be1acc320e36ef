package citizen

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
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
