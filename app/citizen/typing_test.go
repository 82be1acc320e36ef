package citizen

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"sportello/app/kit"
	"sportello/internal/kiosk"
)

// abs is where o is on the window, and where it ends.
func abs(o fyne.CanvasObject) (top, bottom float32) {
	y := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y
	return y, y + o.Size().Height
}

// With the keyboard open on a 1280x720 panel the text of a request shows
// at least four lines, each contact field typed in shows whole above the
// keyboard, and the step's action stands away from the keyboard.
func TestTypingOnAShortLandscapePanel(t *testing.T) {
	u, w := newTestUI(t)
	w.Resize(fyne.NewSize(1280, 720))
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindComplaint])
	test.Tap(f.offices[""])
	k := u.Keyboard()
	if !k.Shown() {
		t.Fatal("the keyboard is not docked for the text")
	}
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	if h := f.text.Size().Height; h < 4*line {
		t.Errorf("the text field is %.0f high: under four lines of %.0f", h, line)
	}
	keysTop, _ := abs(k.Key("q"))
	if _, bottom := abs(f.text); bottom > keysTop {
		t.Errorf("the text field ends at %.0f, under the keyboard's top at %.0f", bottom, keysTop)
	}
	if actionTop, _ := abs(f.next); actionTop > keysTop-100 {
		t.Errorf("the action at %.0f sits next to the keyboard (top at %.0f)", actionTop, keysTop)
	}
	test.Type(f.text, "Attesa di due ore allo sportello")
	test.Tap(f.next)
	test.Tap(f.accept)
	test.Tap(f.next)
	for _, e := range []fyne.Focusable{f.name, f.email, f.phone} {
		w.Canvas().Focus(e)
		keysTop, _ := abs(k.Key("back"))
		top, bottom := abs(e.(fyne.CanvasObject))
		if bottom > keysTop || top < 0 {
			t.Errorf("a contact field typed in lies at %.0f–%.0f, the keyboard starts at %.0f", top, bottom, keysTop)
		}
	}
}

// After a status lookup the keyboard steps aside: the result is not
// covered; the field keeps the focus for the next scan, and a tap on it
// brings the keyboard back.
func TestTheStatusResultIsNotCovered(t *testing.T) {
	u, w := newTestUI(t)
	r, err := u.svc.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	test.Tap(u.home.tiles[sectionStatus])
	if !u.Keyboard().Shown() || w.Canvas().Focused() != u.status.code {
		t.Fatal("no keyboard to type the code")
	}
	u.status.code.SetText(r.Code)
	u.status.code.OnSubmitted(r.Code) // a scanner ends with Enter
	if u.status.found == nil || u.Keyboard().Shown() {
		t.Fatalf("found %v, keyboard shown %v", u.status.found != nil, u.Keyboard().Shown())
	}
	if w.Canvas().Focused() != u.status.code {
		t.Error("the field lost the focus the next scan types into")
	}
	test.Tap(u.status.code)
	if !u.Keyboard().Shown() {
		t.Error("a tap on the field does not bring the keyboard back")
	}
}

// Invio on the keyboard moves from a contact field to the next one, and
// after the phone puts the keyboard away.
func TestInvioMovesThroughTheContactFields(t *testing.T) {
	u, w := newTestUI(t)
	f := suggestionToContact(u, "Più sedie")
	w.Canvas().Focus(f.name)
	for _, want := range []*kit.Entry{f.email, f.phone} {
		w.Canvas().Focused().(*kit.Entry).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if w.Canvas().Focused() != want {
			t.Fatalf("Invio went to %v", w.Canvas().Focused())
		}
	}
}
