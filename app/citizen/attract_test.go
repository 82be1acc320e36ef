package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"sportello/app/kit/kittest"
)

// The attract screen hides the bottom bar, says in turn whether the office
// is open and what notices there are, and drifts slowly; a touch starts.
func TestTheAttractScreenTurnsAndDrifts(t *testing.T) {
	u, _ := newTestUI(t)
	kittest.Advance(u.Shell, u.AttractAfter)
	if !u.Attracting() || u.BarShown() {
		t.Fatalf("attracting %v, bar shown %v", u.Attracting(), u.BarShown())
	}
	first, at := u.attract.Desc, u.attract.Position()
	if !strings.Contains(first, "Aperto ora") && !strings.Contains(first, "Chiuso") {
		t.Errorf("the first line does not say whether the office is open: %q", first)
	}
	kittest.Advance(u.Shell, attractTurn)
	if !strings.HasPrefix(u.attract.Desc, "Avviso\n") {
		t.Errorf("after %v the attract screen says %q, not a notice", attractTurn, u.attract.Desc)
	}
	kittest.Advance(u.Shell, 20*time.Second)
	moved := u.attract.Position()
	if moved == at {
		t.Error("the attract screen does not move")
	}
	if dx := moved.X - at.X; dx > 400 || dx < -400 {
		t.Errorf("it jumped %.0f px in 28 s: not slowly", dx)
	}
	test.Tap(u.attract)
	if u.Attracting() || !u.BarShown() || u.Depth() != 1 {
		t.Error("a touch does not start with the bar back")
	}
}
