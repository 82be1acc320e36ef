package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// accessPanel holds the accessibility choices: large text, high contrast,
// listening mode and its volume. It docks above the bottom bar.
type accessPanel struct {
	object                  *fyne.Container
	large, contrast, listen *widget.Button
	louder, quieter         *widget.Button
}

const (
	defaultVolume = 100
	volumeStep    = 25
)

func newAccessPanel() *accessPanel {
	p := &accessPanel{object: container.NewStack()}
	p.object.Hide()
	return p
}

// palette is the colour set of the current accessibility choice.
func (u *UI) palette() palette { return u.access.colors() }

// setAccess applies an accessibility choice to the whole kiosk.
func (u *UI) setAccess(a access) {
	u.access = a
	fyne.CurrentApp().Settings().SetTheme(newTheme(a))
}

// toggleAccessPanel opens or closes the panel.
func (u *UI) toggleAccessPanel() {
	if u.accessPanel.object.Visible() {
		u.accessPanel.object.Hide()
	} else {
		u.keyboard.detach()
		u.buildAccessPanel()
		u.accessPanel.object.Show()
	}
	u.relayout()
}

func (u *UI) buildAccessPanel() {
	p := u.accessPanel
	on := func(b *widget.Button, set bool) *widget.Button {
		b.Icon, b.Importance = theme.CheckButtonIcon(), widget.MediumImportance
		if set {
			b.Icon, b.Importance = theme.CheckButtonCheckedIcon(), widget.HighImportance
		}
		return b
	}
	p.large = on(u.button(u.tr.T("access.large"), nil, func() {
		u.setAccess(access{largeText: !u.access.largeText, highContrast: u.access.highContrast})
		u.render()
	}), u.access.largeText)
	p.contrast = on(u.button(u.tr.T("access.contrast"), nil, func() {
		u.setAccess(access{largeText: u.access.largeText, highContrast: !u.access.highContrast})
		u.render()
	}), u.access.highContrast)
	row := container.NewGridWithColumns(2, p.large, p.contrast)
	box := container.NewVBox(row)
	if u.Speech != nil {
		p.listen = on(u.button(u.tr.T("access.listen"), nil, func() {
			u.setListening(!u.listening)
			u.render()
		}), u.listening)
		p.quieter = u.button(u.tr.T("access.quieter"), theme.VolumeDownIcon(), func() { u.setVolume(u.volume - volumeStep) })
		p.louder = u.button(u.tr.T("access.louder"), theme.VolumeUpIcon(), func() { u.setVolume(u.volume + volumeStep) })
		if !u.listening {
			p.quieter.Disable()
			p.louder.Disable()
		}
		box.Add(container.NewGridWithColumns(3, p.listen, p.quieter, p.louder))
	}
	p.object.Objects = []fyne.CanvasObject{container.NewPadded(box)}
	p.object.Refresh()
}

// closeAccessPanel hides the panel when the citizen moves on.
func (u *UI) closeAccessPanel() {
	if u.accessPanel.object.Visible() {
		u.accessPanel.object.Hide()
		u.relayout()
	}
}

// setListening turns listening mode on or off; a short phrase confirms it.
func (u *UI) setListening(on bool) {
	if u.Speech == nil || u.listening == on {
		return
	}
	u.listening = on
	if on {
		u.say(u.tr.T("access.listening"))
	} else {
		u.Speech.Stop()
	}
}

func (u *UI) setVolume(v int) {
	u.volume = max(25, min(v, 200))
	u.say(u.tr.T("access.volume"))
}

// say speaks text when listening mode is on.
func (u *UI) say(text string) {
	if u.listening && u.Speech != nil && text != "" {
		if err := u.Speech.Say(text, u.tr.Lang(), u.volume); err != nil {
			u.Log.Warn("speech", "err", err)
		}
	}
}
