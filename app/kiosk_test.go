package app

import (
	"image/color"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"sportello/internal/kiosk"
)

// fakeSpeaker records what would be spoken.
type fakeSpeaker struct {
	mu      sync.Mutex
	said    []string
	volumes []int
	stops   int
}

func (s *fakeSpeaker) Say(text string, _ kiosk.Lang, volume int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.said, s.volumes = append(s.said, text), append(s.volumes, volume)
	return nil
}

func (s *fakeSpeaker) Stop() { s.mu.Lock(); s.stops++; s.mu.Unlock() }

func (s *fakeSpeaker) last() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.said) == 0 {
		return ""
	}
	return s.said[len(s.said)-1]
}

// advance moves the kiosk's clock on and runs the each-second work.
func advance(u *UI, d time.Duration) {
	now := u.Now().Add(d)
	u.Now = func() time.Time { return now }
	u.Tick()
}

func TestKeyboardTypesIntoTheFocusedField(t *testing.T) {
	u, w := newTestUI(t)
	test.Tap(u.home.tiles[sectionRequests])
	f := u.flow
	test.Tap(f.kinds[kiosk.KindSuggestion])
	test.Tap(f.offices[""])
	k := u.keyboard
	if !k.object.Visible() || k.target != f.text {
		t.Fatal("the keyboard is not docked for the text field")
	}
	for _, key := range []string{"shift", "c", "i", "a", "o", "space", "è"} {
		test.Tap(k.keys[key])
	}
	test.Tap(k.keys["page"])
	test.Tap(k.keys["@"])
	test.Tap(k.keys["1"])
	test.Tap(k.keys["back"])
	if f.text.Text != "Ciao è@" || f.draft.Text != "Ciao è@" {
		t.Errorf("typed %q (draft %q)", f.text.Text, f.draft.Text)
	}
	w.Resize(fyne.NewSize(1080, 1920))
	for name, key := range k.keys {
		if s := key.Size(); s.Width < keySize || s.Height < keySize {
			t.Errorf("key %q is %v, smaller than %d px", name, s, keySize)
		}
	}
	test.Type(f.text, "!") // a physical keyboard still types
	if f.text.Text != "Ciao è@!" {
		t.Errorf("physical typing gave %q", f.text.Text)
	}
	test.Tap(u.backBtn)
	if k.object.Visible() {
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
	k := u.keyboard
	for _, c := range strings.ToLower(strings.ReplaceAll(r.Code, "-", "")) {
		if b, ok := k.keys[string(c)]; ok {
			test.Tap(b)
		} else {
			u.status.code.TypedRune(c) // a check symbol on the other page
		}
	}
	test.Tap(k.keys["enter"])
	if u.status.found == nil {
		t.Fatalf("Enter did not look the code up: %q", u.status.problem.Text)
	}
}

func TestIdleWarnsThenWipesThenAttracts(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.langBtn) // English
	test.Tap(u.accessBtn)
	test.Tap(u.accessPanel.large)
	test.Tap(u.home.tiles[sectionRequests])
	test.Tap(u.flow.kinds[kiosk.KindSuggestion])
	test.Tap(u.flow.offices[""])
	test.Type(u.flow.text, "Più sedie")
	advance(u, 89*time.Second)
	if u.idle.warning != nil {
		t.Fatal("warned before 90 s")
	}
	advance(u, time.Second)
	if u.idle.warning == nil || !strings.Contains(u.idle.countdown.Text, "20 seconds") {
		t.Fatalf("no warning at 90 s: %v", u.idle.countdown)
	}
	advance(u, 10*time.Second)
	if !strings.Contains(u.idle.countdown.Text, "10 seconds") {
		t.Errorf("countdown %q", u.idle.countdown.Text)
	}
	test.Tap(u.idle.cont)
	if u.idle.warning != nil || u.flow.text.Text != "Più sedie" {
		t.Fatal("Continue did not keep the citizen where they were")
	}
	advance(u, 90*time.Second)
	advance(u, 20*time.Second)
	if len(u.stack) != 1 || u.flow != nil || u.tr.Lang() != kiosk.Italian || u.access != (access{}) {
		t.Fatalf("not wiped: stack %d, flow %v, lang %s, access %+v", len(u.stack), u.flow, u.tr.Lang(), u.access)
	}
	if fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText) != 22 {
		t.Error("large text outlived the citizen")
	}
	test.Tap(u.home.tiles[sectionRequests])
	if u.flow.draft.Text != "" {
		t.Error("the next citizen sees the text")
	}
	test.Tap(u.homeBtn)
	advance(u, u.AttractAfter)
	if u.attract == nil || !u.idle.attract || !strings.Contains(u.attract.desc, "Aperto ora") && !strings.Contains(u.attract.desc, "Chiuso") {
		t.Fatalf("no attract screen: %+v", u.attract)
	}
	test.Tap(u.attract)
	if u.idle.attract || u.home == nil || len(u.stack) != 1 {
		t.Error("a touch on the attract screen does not start")
	}
}

func TestSecondTapWithinTheGuardIsIgnored(t *testing.T) {
	u, _ := newTestUI(t)
	u.TapGuard = 300 * time.Millisecond
	test.Tap(u.langBtn)
	advance(u, 200*time.Millisecond)
	test.Tap(u.langBtn)
	if u.tr.Lang() != kiosk.English {
		t.Fatal("the second tap within 300 ms was taken")
	}
	advance(u, 200*time.Millisecond)
	test.Tap(u.langBtn)
	if u.tr.Lang() != kiosk.Italian {
		t.Error("a tap 400 ms after the first was ignored")
	}
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(v uint32) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestThemeContrast(t *testing.T) {
	for _, c := range []struct {
		name string
		p    palette
		min  float64
	}{{"normal", normalColors, 4.5}, {"high contrast", highContrast, 7}} {
		pairs := map[string][2]color.Color{
			"text on background":     {c.p.text, c.p.background},
			"text on buttons":        {c.p.text, c.p.muted},
			"white on primary":       {colorWhite, c.p.primary},
			"white on pressed":       {colorWhite, c.p.pressed},
			"primary on rows":        {c.p.primary, c.p.muted},
			"primary on pressed row": {c.p.primary, c.p.rowPressed},
			"success on background":  {c.p.success, c.p.background},
			"warning on rows":        {c.p.warning, c.p.muted},
			"danger on background":   {c.p.danger, c.p.background},
		}
		for name, pair := range pairs {
			if r := contrast(pair[0], pair[1]); r < c.min {
				t.Errorf("%s: %s is %.2f:1, want at least %.1f:1", c.name, name, r, c.min)
			}
		}
	}
	th := newTheme(access{largeText: true, highContrast: true})
	if th.Size(theme.SizeNameText) < 22*1.6 || th.Color(theme.ColorNameForeground, theme.VariantLight) != highContrast.text {
		t.Error("the accessible theme is not large and high-contrast")
	}
}

func TestListeningMode(t *testing.T) {
	u, _ := newTestUI(t)
	sp := &fakeSpeaker{}
	u.Speech = sp
	test.Tap(u.home.tiles[sectionOffices])
	if len(sp.said) != 0 {
		t.Fatal("spoke before listening mode was on")
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1}) // the kiosk's help key
	if !u.listening || !strings.HasPrefix(sp.last(), "Modalità ascolto attiva") {
		t.Fatalf("F1 did not start listening: %v", sp.said)
	}
	test.Tap(u.backBtn)
	test.Tap(u.home.tiles[sectionServices])
	if sp.last() != "Servizi" {
		t.Errorf("the screen title was not spoken: %q", sp.last())
	}
	test.Tap(u.accessBtn)
	test.Tap(u.accessPanel.louder)
	if sp.volumes[len(sp.volumes)-1] != defaultVolume+volumeStep {
		t.Errorf("volume %v", sp.volumes)
	}
	u.wipe()
	if u.listening || u.volume != defaultVolume {
		t.Error("listening mode or volume outlived the citizen")
	}
	// A long press (2 s) on the home screen starts it without sight.
	tl := u.home.tiles[sectionNotices]
	tl.MouseDown(nil)
	advance(u, 2*time.Second)
	test.Tap(tl)
	if !u.listening || u.pageTitle != nil && u.pageTitle.Text == "Avvisi" && len(u.stack) > 1 {
		t.Errorf("a long press did not start listening mode (stack %d)", len(u.stack))
	}
}

func TestNoSpeechHidesListen(t *testing.T) {
	u, _ := newTestUI(t)
	test.Tap(u.accessBtn)
	if u.accessPanel.listen != nil {
		t.Error("Ascolta offered without espeak-ng")
	}
	if !u.accessPanel.object.Visible() || u.accessPanel.contrast == nil {
		t.Error("the accessibility panel did not open")
	}
}

// The phone field gets a numeric pad; the name field the letters.
func TestThePhoneFieldGetsANumericPad(t *testing.T) {
	u, w := newTestUI(t)
	f := toContact(t, u, kiosk.KindComplaint, "Attesa lunga")
	w.Canvas().Focus(f.phone)
	k := u.keyboard
	if k.target != f.phone || k.keys["q"] != nil || k.keys["5"] == nil || k.keys["+"] == nil {
		t.Fatalf("the phone field's keyboard: target %v, keys %d", k.target == f.phone, len(k.keys))
	}
	for _, key := range []string{"+", "3", "9", "space", "1"} {
		test.Tap(k.keys[key])
	}
	if f.phone.Text != "+39 1" {
		t.Errorf("typed %q", f.phone.Text)
	}
	w.Canvas().Focus(f.name)
	if k.keys["q"] == nil {
		t.Error("the name field kept the numeric pad")
	}
}
