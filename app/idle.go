package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sportello/internal/kiosk"
)

// Idle times, unless Deps sets others.
const (
	defaultIdleAfter    = 90 * time.Second
	defaultWarnFor      = 20 * time.Second
	defaultAttractAfter = 3 * time.Minute
)

// idle watches for a kiosk left alone: it asks "Sei ancora lì?", then
// wipes what the citizen entered and goes home, then shows the attract
// screen.
type idle struct {
	last      time.Time // the last touch
	warning   *widget.PopUp
	countdown *widget.Label
	cont      *widget.Button
	attract   bool // the attract screen is shown
}

// LastTouch is when the kiosk was last touched; call it on the UI goroutine.
func (u *UI) LastTouch() time.Time { return u.idle.last }

// touched records a touch: the citizen is still there.
func (u *UI) touched() {
	u.idle.last = u.Now()
	if u.idle.warning != nil {
		u.idle.warning.Hide()
		u.idle.warning = nil
	}
}

// pristine reports whether there is nothing of a citizen's to wipe: home
// screen, default language and accessibility, no keyboard.
func (u *UI) pristine() bool {
	return len(u.stack) == 1 && u.tr.Lang() == kiosk.Italian && u.access == (access{}) && !u.listening && u.flow == nil && u.status == nil
}

// checkIdle runs each second: it warns, wipes or attracts as time passes.
func (u *UI) checkIdle() {
	quiet := u.Now().Sub(u.idle.last)
	if u.staff != nil && u.staff.user != nil { // a staff session: no citizen to warn, it just ends
		if quiet >= staffIdle {
			u.signOut()
		}
		return
	}
	switch {
	case u.idle.attract:
	case u.pristine():
		if quiet >= u.AttractAfter {
			u.showAttract()
		}
	case quiet >= u.IdleAfter+u.WarnFor:
		u.wipe()
	case quiet >= u.IdleAfter:
		u.warn(u.IdleAfter + u.WarnFor - quiet)
	}
}

// warn shows, or updates, the "are you still there?" dialog.
func (u *UI) warn(left time.Duration) {
	secs := int((left + time.Second - 1) / time.Second)
	if u.idle.warning == nil {
		title := widget.NewLabelWithStyle(u.tr.T("idle.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		title.SizeName = sizeHeading
		u.idle.countdown = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
		u.idle.countdown.Wrapping = fyne.TextWrapWord
		u.idle.cont = u.primary(u.tr.T("idle.continue"), nil) // the touch itself closes the dialog
		box := container.NewVBox(title, u.idle.countdown, container.New(&fixedSize{fyne.NewSize(480, 96)}, u.idle.cont))
		u.idle.warning = widget.NewModalPopUp(container.NewPadded(box), u.win.Canvas())
		u.idle.warning.Show()
		u.say(u.tr.T("idle.title"))
	}
	u.idle.countdown.SetText(u.tr.T("idle.countdown", map[string]any{"N": secs}))
}

// wipe forgets everything the citizen entered and chose, and goes home.
func (u *UI) wipe() {
	if u.idle.warning != nil {
		u.idle.warning.Hide()
		u.idle.warning = nil
	}
	u.tr.SetLang(kiosk.Italian)
	u.setAccess(access{})
	u.setListening(false)
	u.volume = defaultVolume
	u.GoHome()
	u.idle.last = u.Now()
}

// showAttract shows "Tocca per iniziare" until someone touches the screen.
func (u *UI) showAttract() {
	u.idle.attract = true
	u.stack = []screen{u.attractScreen}
	u.render()
}

func (u *UI) attractScreen() fyne.CanvasObject {
	desc := u.tr.Text(u.content.Organization.Office)
	if o, ok := u.kioskOffice(); ok {
		status, _ := u.openText(o)
		desc = u.tr.Text(o.Name) + "\n" + status
	}
	t := u.tile(theme.LoginIcon(), u.tr.T("attract.title"), desc, func() {
		u.idle.attract = false
		u.GoHome()
	})
	u.attract = t
	return t
}

// kioskOffice is the office the kiosk stands in: the one configured, else the first.
func (u *UI) kioskOffice() (kiosk.Office, bool) {
	if o, ok := u.content.Office(u.Office); ok {
		return o, true
	}
	if len(u.content.Offices) > 0 {
		return u.content.Offices[0], true
	}
	return kiosk.Office{}, false
}
