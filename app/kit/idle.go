package kit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/kiosk"
)

// Idle times, unless Deps sets others.
const (
	defaultIdleAfter    = 90 * time.Second
	defaultWarnFor      = 20 * time.Second
	defaultAttractAfter = 3 * time.Minute
)

// idle watches for a kiosk left alone: it asks "È ancora lì?", then
// wipes what the citizen entered and goes home, then shows the attract
// screen.
type idle struct {
	last      time.Time // the last touch
	warning   *widget.PopUp
	countdown *widget.Label
	cont      *Button
	attract   bool // the attract screen is shown
}

// LastTouch is when the kiosk was last touched; call it on the UI goroutine.
func (u *Shell) LastTouch() time.Time { return u.idle.last }

// Touched records a touch: the citizen is still there.
func (u *Shell) Touched() {
	u.idle.last = u.Now()
	if u.idle.warning != nil {
		u.idle.warning.Hide()
		u.idle.warning = nil
	}
}

// pristine reports whether there is nothing of a citizen's to wipe: home
// screen, default language and accessibility, no keyboard.
func (u *Shell) pristine() bool {
	return len(u.stack) == 1 && u.Tr.Lang() == kiosk.Italian && u.access == (access{}) && !u.listening && (u.Busy == nil || !u.Busy())
}

// checkIdle runs each second: it warns, wipes or attracts as time passes.
func (u *Shell) checkIdle() {
	quiet := u.Now().Sub(u.idle.last)
	if u.Session != nil {
		if active, after, end := u.Session(); active { // a staff session: no citizen to warn, it just ends
			if quiet >= after {
				end()
			}
			return
		}
	}
	switch {
	case u.idle.attract:
	case u.pristine():
		if quiet >= u.AttractAfter {
			u.showAttract()
		}
	case quiet >= u.IdleAfter+u.WarnFor:
		u.Wipe()
	case quiet >= u.IdleAfter:
		u.warn(u.IdleAfter + u.WarnFor - quiet)
	}
}

// warn shows, or updates, the "are you still there?" dialog.
func (u *Shell) warn(left time.Duration) {
	secs := int((left + time.Second - 1) / time.Second)
	if u.idle.warning == nil {
		title := widget.NewLabelWithStyle(u.Tr.T("idle.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		title.SizeName = SizeHeading
		u.idle.countdown = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
		u.idle.countdown.Wrapping = fyne.TextWrapWord
		u.idle.cont = u.Primary(u.Tr.T("idle.continue"), nil) // the touch itself closes the dialog
		box := container.NewVBox(title, u.idle.countdown, container.New(&FixedSize{fyne.NewSize(480, 96)}, u.idle.cont))
		u.idle.warning = widget.NewModalPopUp(container.NewPadded(box), u.Win.Canvas())
		u.idle.warning.Show()
		u.Say(u.Tr.T("idle.title"))
	}
	u.idle.countdown.SetText(u.Tr.T("idle.countdown", map[string]any{"N": secs}))
}

// Wipe forgets everything the citizen entered and chose, and goes home.
func (u *Shell) Wipe() {
	if u.idle.warning != nil {
		u.idle.warning.Hide()
		u.idle.warning = nil
	}
	u.Tr.SetLang(kiosk.Italian)
	u.SetAccess(access{})
	u.SetListening(false)
	u.volume = defaultVolume
	u.GoHome()
	u.idle.last = u.Now()
}

// showAttract shows "Tocchi per iniziare" until someone touches the screen.
func (u *Shell) showAttract() {
	if u.Attract == nil {
		return
	}
	u.idle.attract = true
	u.stack = []Screen{u.Attract}
	u.Render()
	u.bar.Hide() // nothing to choose yet: the whole screen invites a touch
	u.Relayout()
}

// Attracting reports whether the attract screen is shown.
func (u *Shell) Attracting() bool { return u.idle.attract }
