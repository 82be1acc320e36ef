package citizen

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"sportello/app/kit"
	"sportello/app/kit/kittest"
	"sportello/internal/kiosk"
)

// accessChosen reports whether large text or high contrast is on.
func accessChosen(u *testKiosk) bool {
	large, contrast := u.Access()
	return large || contrast
}

func TestKeyboardTypesIntoTheFocusedField(t *testing.T) {
	u, w := newTestUI(t)
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	k := u.Keyboard()
	if !k.Shown() || k.Target() != f.text {
		t.Fatal("the keyboard is not docked for the text field")
	}
	for _, key := range []string{"shift", "c", "i", "a", "o", "space", "è"} {
		test.Tap(k.Key(key))
	}
	test.Tap(k.Key("page"))
	test.Tap(k.Key("@"))
	test.Tap(k.Key("1"))
	test.Tap(k.Key("back"))
	if f.text.Text != "Ciao è@" || f.draft.Text != "Ciao è@" {
		t.Errorf("typed %q (draft %q)", f.text.Text, f.draft.Text)
	}
	w.Resize(fyne.NewSize(1080, 1920))
	for name, key := range k.Keys() {
		if s := key.Size(); s.Width < kit.KeySize || s.Height < kit.KeySize {
			t.Errorf("key %q is %v, smaller than %d px", name, s, kit.KeySize)
		}
	}
	test.Type(f.text, "!") // a physical keyboard still types
	if f.text.Text != "Ciao è@!" {
		t.Errorf("physical typing gave %q", f.text.Text)
	}
	test.Tap(u.BackBtn)
	if k.Shown() {
		t.Error("the keyboard stays on a screen with no text field")
	}
}

func TestKeyboardEnterSubmitsAScan(t *testing.T) {
	u, _ := newTestUI(t)
	r, err := u.Requests.Register(suggestionDraft())
	if err != nil {
		t.Fatal(err)
	}
	test.Tap(u.home.tiles[sectionStatus])
	k := u.Keyboard()
	for _, c := range strings.ToLower(strings.ReplaceAll(r.Code, "-", "")) {
		if b := k.Key(string(c)); b != nil {
			test.Tap(b)
		} else {
			u.status.code.TypedRune(c) // a check symbol on the other page
		}
	}
	test.Tap(k.Key("enter"))
	if u.status.found == nil {
		t.Fatalf("Enter did not look the code up: %q", u.status.problem.Text)
	}
}

func TestIdleWarnsThenWipesThenAttracts(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.LangBtn) // English
	test.Tap(u.AccessBtn)
	test.Tap(u.AccessPanel().Large)
	test.Tap(u.home.tiles[sectionRequests])
	test.Tap(u.flow.kinds[kiosk.KindSuggestion])
	test.Tap(u.flow.offices[""])
	test.Type(u.flow.text, "Più sedie")
	kittest.Advance(u.Shell, 89*time.Second)
	if _, _, shown := u.IdleWarning(); shown {
		t.Fatal("warned before 90 s")
	}
	kittest.Advance(u.Shell, time.Second)
	if countdown, _, shown := u.IdleWarning(); !shown || !strings.Contains(countdown, "20 seconds") {
		t.Fatalf("no warning at 90 s: %q", countdown)
	}
	kittest.Advance(u.Shell, 10*time.Second)
	countdown, cont, _ := u.IdleWarning()
	if !strings.Contains(countdown, "10 seconds") {
		t.Errorf("countdown %q", countdown)
	}
	test.Tap(cont)
	if _, _, shown := u.IdleWarning(); shown || u.flow.text.Text != "Più sedie" {
		t.Fatal("Continue did not keep the citizen where they were")
	}
	kittest.Advance(u.Shell, 90*time.Second)
	kittest.Advance(u.Shell, 20*time.Second)
	if u.Depth() != 1 || u.flow != nil || u.Tr.Lang() != kiosk.Italian || accessChosen(u) {
		t.Fatalf("not wiped: stack %d, flow %v, lang %s, access chosen %v", u.Depth(), u.flow, u.Tr.Lang(), accessChosen(u))
	}
	if fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText) != 22 {
		t.Error("large text outlived the citizen")
	}
	test.Tap(u.home.tiles[sectionRequests])
	if u.flow.draft.Text != "" {
		t.Error("the next citizen sees the text")
	}
	test.Tap(u.HomeBtn)
	kittest.Advance(u.Shell, u.AttractAfter)
	if u.attract == nil || !u.Attracting() || !strings.Contains(u.attract.Desc, "Aperto ora") && !strings.Contains(u.attract.Desc, "Chiuso") {
		t.Fatalf("no attract screen: %+v", u.attract)
	}
	test.Tap(u.attract)
	if u.Attracting() || u.home == nil || u.Depth() != 1 {
		t.Error("a touch on the attract screen does not start")
	}
}

func TestListeningMode(t *testing.T) {
	u, _ := newTestUI(t)
	sp := &kittest.Speaker{}
	u.Speech = sp
	test.Tap(u.home.tiles[sectionOffices])
	if len(sp.Said) != 0 {
		t.Fatal("spoke before listening mode was on")
	}
	u.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1}) // the kiosk's help key
	if on, _ := u.Listening(); !on || !strings.HasPrefix(sp.Last(), "Modalità ascolto attiva") {
		t.Fatalf("F1 did not start listening: %v", sp.Said)
	}
	test.Tap(u.BackBtn)
	test.Tap(u.home.tiles[sectionServices])
	if sp.Last() != "Servizi" {
		t.Errorf("the screen title was not spoken: %q", sp.Last())
	}
	test.Tap(u.AccessBtn)
	test.Tap(u.AccessPanel().Louder)
	if sp.Volumes[len(sp.Volumes)-1] != 125 { // a step of 25 over 100
		t.Errorf("volume %v", sp.Volumes)
	}
	u.Wipe()
	if on, volume := u.Listening(); on || volume != 100 {
		t.Error("listening mode or volume outlived the citizen")
	}
	// A long press (2 s) on the home screen starts it without sight.
	tl := u.home.tiles[sectionNotices]
	tl.MouseDown(nil)
	kittest.Advance(u.Shell, 2*time.Second)
	test.Tap(tl)
	if on, _ := u.Listening(); !on || u.PageTitle != nil && u.PageTitle.Text == "Avvisi" && u.Depth() > 1 {
		t.Errorf("a long press did not start listening mode (stack %d)", u.Depth())
	}
}

func TestThePhoneFieldGetsANumericPad(t *testing.T) {
	u, w := newTestUI(t)
	f := toContact(t, u, kiosk.KindComplaint, "Attesa lunga")
	w.Canvas().Focus(f.phone)
	k := u.Keyboard()
	if k.Target() != f.phone || k.Key("q") != nil || k.Key("5") == nil || k.Key("+") == nil {
		t.Fatalf("the phone field's keyboard: target %v, keys %d", k.Target() == f.phone, len(k.Keys()))
	}
	for _, key := range []string{"+", "3", "9", "space", "1"} {
		test.Tap(k.Key(key))
	}
	if f.phone.Text != "+39 1" {
		t.Errorf("typed %q", f.phone.Text)
	}
	w.Canvas().Focus(f.name)
	if k.Key("q") == nil {
		t.Error("the name field kept the numeric pad")
	}
}
