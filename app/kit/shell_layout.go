package kit

import (
	"fyne.io/fyne/v2"
)

// shortWindow is the window height, in Fyne units, under which the header
// takes one short line: 1280x720 and 1366x768 panels.
const shortWindow = 800

// shellLayout stacks the header, the screen and the dock (keyboard,
// accessibility panel, bottom bar) down the window; the screen takes what
// the others leave. On a short window the header is compact.
type shellLayout struct{ u *Shell }

func (l *shellLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	header, body, dock := objs[0], objs[1], objs[2]
	l.u.header.compact(size.Height < shortWindow)
	hh, dh := float32(0), dock.MinSize().Height
	if header.Visible() {
		hh = header.MinSize().Height
	}
	header.Move(fyne.NewPos(0, 0))
	header.Resize(fyne.NewSize(size.Width, hh))
	body.Move(fyne.NewPos(0, hh))
	body.Resize(fyne.NewSize(size.Width, max(0, size.Height-hh-dh)))
	dock.Move(fyne.NewPos(0, size.Height-dh))
	dock.Resize(fyne.NewSize(size.Width, dh))
}

func (l *shellLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, objs[2].MinSize().Height)
}

// shrinkable asks for no space of its own: the screen body takes what the
// header, the keyboard and the bar leave, and is clipped rather than pushing
// the window past the screen.
type shrinkable struct{}

func (shrinkable) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

func (shrinkable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}
