package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// AccessPanel holds the accessibility choices: large text, high contrast,
// listening mode and its volume. It docks above the bottom bar.
type AccessPanel struct {
	object                  *fyne.Container
	Large, Contrast, Listen *Button
	Louder, Quieter         *Button
}

const (
	defaultVolume = 100
	volumeStep    = 25
)

func newAccessPanel() *AccessPanel {
	p := &AccessPanel{object: container.NewStack()}
	p.object.Hide()
	return p
}

// Palette is the colour set of the current accessibility choice.
func (u *Shell) Palette() palette { return u.access.colors() }

// SetAccess applies an accessibility choice to the whole kiosk.
func (u *Shell) SetAccess(a access) {
	u.access = a
	fyne.CurrentApp().Settings().SetTheme(newTheme(a))
}

// changeAccess applies a citizen's new choice and builds the screen anew
// in it. The screen shown leaves the window first: a new theme refreshes
// the whole window, and the old screen's texts would be set again, in the
// new sizes, only to be thrown away.
func (u *Shell) changeAccess(a access) {
	u.Body.Objects = nil
	u.SetAccess(a)
	u.Render()
}

// toggleAccessPanel opens or closes the panel.
func (u *Shell) toggleAccessPanel() {
	if u.accessPanel.object.Visible() {
		u.accessPanel.object.Hide()
	} else {
		u.keyboard.detach()
		u.buildAccessPanel()
		u.accessPanel.object.Show()
	}
	u.Relayout()
}

func (u *Shell) buildAccessPanel() {
	p := u.accessPanel
	on := func(b *Button, set bool) *Button {
		b.Icon, b.Importance = theme.CheckButtonIcon(), widget.MediumImportance
		if set {
			b.Icon, b.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
		}
		return b
	}
	p.Large = on(u.Button(u.Tr.T("access.large"), nil, func() {
		u.changeAccess(access{largeText: !u.access.largeText, highContrast: u.access.highContrast})
	}), u.access.largeText)
	p.Contrast = on(u.Button(u.Tr.T("access.contrast"), nil, func() {
		u.changeAccess(access{largeText: u.access.largeText, highContrast: !u.access.highContrast})
	}), u.access.highContrast)
	row := container.NewGridWithColumns(2, p.Large, p.Contrast)
	box := container.NewVBox(row)
	if u.Speech != nil {
		p.Listen = on(u.Button(u.Tr.T("access.listen"), nil, func() {
			u.SetListening(!u.listening)
			u.Render()
		}), u.listening)
		p.Quieter = u.Button(u.Tr.T("access.quieter"), theme.VolumeDownIcon(), func() { u.setVolume(u.volume - volumeStep) })
		p.Louder = u.Button(u.Tr.T("access.louder"), theme.VolumeUpIcon(), func() { u.setVolume(u.volume + volumeStep) })
		if !u.listening {
			p.Quieter.Disable()
			p.Louder.Disable()
		}
		box.Add(container.NewGridWithColumns(3, p.Listen, p.Quieter, p.Louder))
	}
	p.object.Objects = []fyne.CanvasObject{container.NewPadded(box)}
	p.object.Refresh()
}

// CloseAccessPanel hides the panel when the citizen moves on.
func (u *Shell) CloseAccessPanel() {
	if u.accessPanel.object.Visible() {
		u.accessPanel.object.Hide()
		u.Relayout()
	}
}

// SetListening turns listening mode on or off; a short phrase confirms it.
func (u *Shell) SetListening(on bool) {
	if u.Speech == nil || u.listening == on {
		return
	}
	u.listening = on
	if on {
		u.Say(u.Tr.T("access.listening"))
	} else {
		u.Speech.Stop()
	}
}

func (u *Shell) setVolume(v int) {
	u.volume = max(25, min(v, 200))
	u.Say(u.Tr.T("access.volume"))
}

// Say speaks text when listening mode is on.
func (u *Shell) Say(text string) {
	if u.listening && u.Speech != nil && text != "" {
		if err := u.Speech.Say(text, u.Tr.Lang(), u.volume); err != nil {
			u.Log.Warn("speech", "err", err)
		}
	}
}
